"""Incremental builds: per-article NLP results kept by content and pipeline version.

Re-running a build on a folder where one article changed redoes that one article.
The key covers the article record (its text and metadata), the kg version and the
model's content hash, so a new model or a new kg never reuses stale annotations.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from kg import __version__
from kg.errors import OutputError
from kg.records import AnnotatedArticle, Article
from kg.resources import model_version


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
        path = self._path(annotated.article)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(annotated, stream, protocol=4)
            os.replace(temporary, path)
        except BaseException:  # Ctrl-C or a full disk: no half-written entry stays behind
            Path(temporary).unlink(missing_ok=True)
            raise

    def _path(self, article: Article) -> Path:
        key = self.key(article)
        return self.folder / key[:2] / f"{key}.pickle"
