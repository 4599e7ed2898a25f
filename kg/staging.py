"""Staging files and folders: where a write goes before it is renamed over its target.

Every file or store kg writes is made in a hidden sibling first and renamed into place when it
is complete, so readers see the old version or the new one, never half. A process killed with
SIGKILL (the out-of-memory killer, a CI timeout, ``docker stop``) cannot remove its staging, so
the staging name carries its owner's process id: the next run that writes the same target
removes whatever belongs to a process that no longer exists, and says so in one line.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import warnings
from pathlib import Path

from kg.processes import process_exists

# .<target name>.kg-<pid>-<token>.<kind>; kind "tmp" for a file, "loading" for a store folder
_STAGING = re.compile(r"^\.(?P<target>.+)\.kg-(?P<pid>\d+)-[0-9a-f]{8}\.(?:tmp|loading)$")


def staging_file(target: Path) -> tuple[int, Path]:
    """Create a new, empty, owner-only staging file beside ``target``.

    RETURNS (tuple[int, Path]): an open file descriptor for writing, and its path.
    Raises OSError when the folder does not let us create it.
    """
    while True:
        path = _staging_path(target, "tmp")
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), path
        except FileExistsError:
            continue


def staging_folder(target: Path) -> Path:
    """Create a new, empty staging folder beside ``target`` (for a store built whole)."""
    while True:
        path = _staging_path(target, "loading")
        try:
            path.mkdir(mode=0o700)
            return path
        except FileExistsError:
            continue


def _staging_path(target: Path, kind: str) -> Path:
    return target.with_name(f".{target.name}.kg-{os.getpid()}-{secrets.token_hex(4)}.{kind}")


def replacement_mode(target: Path) -> int:
    """The permissions a file replacing ``target`` gets: the old file's, or those the umask gives."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def remove_stale(folder: Path, target: str | None = None) -> list[Path]:
    """Remove the staging in ``folder`` left by kg processes that no longer exist.

    folder (Path): where to look (the folder the target is in).
    target (str | None): only staging for the file or store of this name; None for any.
    RETURNS (list[Path]): what was removed; each is also named in one warning.
    Staging of a running process (a concurrent build writing the same file) is left alone.
    """
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # no folder yet, or not ours to list: nothing of ours can be there
    for entry in entries:
        match = _STAGING.match(entry.name)
        if not match or (target is not None and match["target"] != target):
            continue
        pid = int(match["pid"])
        if process_exists(pid):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except FileNotFoundError:
            continue  # another run removed it first
        except OSError as error:
            warnings.warn(f"could not remove {path}, left by kg process {pid} that no longer exists: "
                          f"{describe_os_error(error)}")
            continue
        warnings.warn(f"removed {path}: left half-written by kg process {pid}, which no longer exists (killed?)")
        removed.append(path)
    return removed


_ADVICE = {
    errno.ENOSPC: "free some space and run again",
    errno.EDQUOT: "free some space and run again",
    errno.EFBIG: "larger than this system lets a file grow: see ulimit -f",
    errno.EIO: "the disk failed to write: check it",
}


def describe_os_error(error: OSError) -> str:
    """The cause of a failed write in words, with what to do about it when we know."""
    code = error.errno
    text = " ".join(str(error).split())
    if code is None:  # Rust libraries (Oxigraph, RocksDB) put the cause in the message only
        found = re.search(r"os error (\d+)", text)
        code = int(found.group(1)) if found else None
        code = code or next((known for known in _ADVICE if os.strerror(known) in text), None)
    if code in _ADVICE:
        return f"{os.strerror(code)} ({_ADVICE[code]})"
    return error.strerror or text[:200] or type(error).__name__
