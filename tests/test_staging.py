"""Staging beside a target: named by the owner's process id, removed only once that process is gone."""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest

from kg.staging import describe_os_error, remove_stale, staging_file, staging_folder


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_staging_names_carry_this_process_id(tmp_path):
    handle, path = staging_file(tmp_path / "graph.ttl")
    os.close(handle)
    folder = staging_folder(tmp_path / "store")
    assert path.name.startswith(f".graph.ttl.kg-{os.getpid()}-") and path.name.endswith(".tmp")
    assert folder.name.startswith(f".store.kg-{os.getpid()}-") and folder.name.endswith(".loading")
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_remove_stale_removes_only_what_dead_processes_left_for_that_target(tmp_path):
    dead = _dead_pid()
    stale_file = tmp_path / f".graph.ttl.kg-{dead}-0123abcd.tmp"
    stale_file.write_bytes(b"half")
    stale_folder = tmp_path / f".store.kg-{dead}-0123abcd.loading"
    (stale_folder / "sub").mkdir(parents=True)
    mine = tmp_path / f".graph.ttl.kg-{os.getpid()}-0123abcd.tmp"
    mine.write_bytes(b"being written")
    other_target = tmp_path / f".other.ttl.kg-{dead}-0123abcd.tmp"
    other_target.write_bytes(b"half")
    not_ours = tmp_path / f".graph.ttl.{dead}.tmp"
    not_ours.write_bytes(b"someone else's")

    with pytest.warns(UserWarning) as warned:
        assert remove_stale(tmp_path, "graph.ttl") == [stale_file]
        assert remove_stale(tmp_path, "store") == [stale_folder]
    assert [str(w.message) for w in warned] == [
        f"removed {stale_file}: left half-written by kg process {dead}, which no longer exists (killed?)",
        f"removed {stale_folder}: left half-written by kg process {dead}, which no longer exists (killed?)",
    ]
    assert mine.exists() and other_target.exists() and not_ours.exists()
    assert remove_stale(tmp_path / "missing") == []


@pytest.mark.parametrize("error, expected", [
    (OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "No space left on device (free some space and run again)"),
    (OSError("IO error: While appending to file: s/000021.log: File too large"),
     "File too large (larger than this system lets a file grow: see ulimit -f)"),
    (OSError("No space left on device (os error 28)"), "No space left on device (free some space and run again)"),
    (OSError(errno.EIO, os.strerror(errno.EIO)), "Input/output error (the disk failed to write: check it)"),
    (OSError(errno.EACCES, "Permission denied"), "Permission denied"),
], ids=["enospc", "rocksdb-efbig", "rust-enospc", "eio", "eacces"])
def test_describe_os_error_names_the_cause_and_what_to_do(error, expected):
    assert describe_os_error(error) == expected
