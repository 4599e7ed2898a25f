"""Derived data kept on disk between processes: built once, then read back in milliseconds.

Indexes built from package data (the region list, GeoNames cities) take a second or so to build
and are needed by every process that runs the rules, each worker of a build included. They are
pickled under ``$XDG_CACHE_HOME/kg`` (else ``~/.cache/kg``) with a key that names what they were
built from, so a new version of the data or of the code that builds them is a new file.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_lock = threading.Lock()


def cached(key: str, build: Callable[[], T]) -> T:
    """The pickled result of ``build`` stored under ``key``, built and stored on a miss.

    key (str): a file name stem that changes whenever the result would (data and code versions).
    """
    with _lock:
        path = cache_dir() / f"{key}.pickle"
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            value = build()
            _write(path, value)
            return value


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def _write(path: Path, value: object) -> None:
    """Write atomically; a read-only home only costs the next process the build again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        pass
