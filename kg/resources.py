"""Where the ontology, shapes, queries and trained model live, installed or in a checkout."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def asset_dir(name: str) -> Path:
    """The folder ``ontology``, ``shapes`` or ``queries``.

    A wheel carries them inside the package (``kg/_assets``); a checkout or an
    editable install reads them from the top of the repository.
    """
    installed = _PACKAGE / "_assets" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def model_dir() -> Path:
    """The trained spaCy pipeline: ``$KG_MODEL`` if set, else the one shipped with the package."""
    chosen = os.environ.get("KG_MODEL")
    return Path(chosen) if chosen else _PACKAGE / "nlp" / "model"


def model_version(path: Path | None = None) -> str:
    """Name, version and content hash of the trained pipeline, for provenance and cache keys.

    The hash covers every file of the model, so a retrained model is never mistaken
    for the old one even if nobody bumped its version.
    """
    return _model_version(path or model_dir())


@lru_cache(maxsize=8)
def _model_version(path: Path) -> str:
    """Hashed once per process and folder: a build asks for it for provenance and for the cache."""
    import hashlib
    import json

    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else []
    for file in files:
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(file.read_bytes())
    meta_file = path / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'missing')}-{meta.get('version', '0')}"
    return f"{name}+{digest.hexdigest()[:12]}"


def files_digest(paths: Iterable[Path]) -> hashlib._Hash:
    """Each file's name and bytes, in the order given."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest


@lru_cache(maxsize=8)
def code_digest(*patterns: str) -> str:
    """The package's files matching ``patterns`` (globs under ``kg/``), hashed once per process: a cache
    keys its entries by the code that made them, so an upgraded kg never reads an older kg's results."""
    paths = sorted({path for pattern in patterns for path in _PACKAGE.glob(pattern) if path.is_file()})
    return files_digest(paths).hexdigest()


def library_versions(names: Iterable[str]) -> str:
    """The installed versions of the named distributions ("rdflib=7.1.1 ..."), for the same keys."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in names:
        try:
            found.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            found.append(name)
    return " ".join(found)
