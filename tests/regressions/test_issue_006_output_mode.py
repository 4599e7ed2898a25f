"""Issue 6: the atomic write (temporary file, then rename) left every graph readable by its owner only.

``tempfile.mkstemp`` creates files with mode 0600; renamed into place, the graph lost the
permissions of the file it replaced (and ignored the umask for a new one), so a web server
or a colleague could no longer read it.
"""

from __future__ import annotations

import os
import stat

import pytest

from kg.output import write_atomically



def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_write_atomically_keeps_the_replaced_file_mode(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old")
    path.chmod(0o664)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert _mode(path) == 0o664


def test_write_atomically_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "graph.ttl", b"new")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "graph.ttl") == 0o644
