"""Incremental builds: per-article NLP results kept by content and pipeline version.

Re-running a build on a folder where one article changed redoes that one article.
The key covers the article record (its text and metadata), the kg version and the
model's content hash, so a new model or a new kg never reuses stale annotations.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from kg import __version__
from kg.errors import OutputError
from kg.records import AnnotatedArticle, Article
from kg.resources import model_version
from kg.staging import describe_os_error, remove_stale, staging_file


class AnnotationCache:
    """A folder of pickled ``AnnotatedArticle`` records, one file per key."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(
                f"cannot use the cache folder {self.folder}: {error.strerror}; choose another --cache folder"
            ) from None
        self.pipeline = f"{__version__}|{model_version()}"
        self._remove_stale_entries()

    def _remove_stale_entries(self) -> None:
        """Entries a killed build was writing when it died (named by its process id)."""
        try:
            shards = [entry.path for entry in os.scandir(self.folder) if entry.is_dir()]
        except OSError:
            return  # an unusable folder is reported when it is written
        for shard in shards:
            remove_stale(Path(shard))

    def key(self, article: Article) -> str:
        digest = hashlib.sha256(self.pipeline.encode())
        digest.update(pickle.dumps(article, protocol=4))
        return digest.hexdigest()

    def get(self, article: Article) -> AnnotatedArticle | None:
        path = self._path(article)
        try:
            with open(path, "rb") as stream:
                found = pickle.load(stream)
        except Exception:  # noqa: BLE001 - any damaged entry (truncated, garbage, old classes) is redone
            return None  # missing or unreadable entries are simply recomputed
        if not isinstance(found, AnnotatedArticle) or found.article != article:
            return None
        return found

    def put(self, annotated: AnnotatedArticle) -> None:
        """Keep one result; a full disk is an OutputError naming the entry, and leaves no part of it."""
        path = self._path(annotated.article)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = staging_file(path)
        except OSError as error:
            raise OutputError(f"cannot write the cache entry {path}: {describe_os_error(error)}") from None
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(annotated, stream, protocol=4)
            os.replace(temporary, path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise OutputError(f"cannot write the cache entry {path}: {describe_os_error(error)}") from None
        except BaseException:  # Ctrl-C: no half-written entry stays behind
            temporary.unlink(missing_ok=True)
            raise

    def _path(self, article: Article) -> Path:
        key = self.key(article)
        return self.folder / key[:2] / f"{key}.pickle"
