"""Process lifetimes: whether a process still exists, and workers that die with their coordinator.

A coordinator killed with SIGKILL (the out-of-memory killer, a CI timeout, ``docker stop`` after
its grace period) runs no clean-up, so its worker processes must notice on their own: Linux tells
them with PR_SET_PDEATHSIG, and a watch thread that checks the parent every second covers other
systems and the moment between the fork and the ``prctl`` call.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_SECONDS = 1.0


def process_exists(pid: int) -> bool:
    """Whether a process with this id exists; a zombie counts as gone (it will never act again)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process (EPERM), or we cannot tell: assume it is there
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True  # no /proc (macOS): kill(0) said it exists


def worker_pool(jobs: int, setup: Callable[[], None] | None = None) -> ProcessPoolExecutor:
    """A pool of ``jobs`` processes that exit by themselves when this process dies, however it dies.

    setup: runs first in each worker (a module-level function), after the watch is in place.
    """
    return ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(), setup))


def _start_worker(coordinator: int, setup: Callable[[], None] | None) -> None:
    die_with(coordinator)
    signal.signal(signal.SIGINT, _exit_on_interrupt)
    if setup is not None:
        setup()


def _exit_on_interrupt(signum: int, frame: object) -> None:
    """Ctrl-C reaches the whole process group: the coordinator reports it once, a worker just stops
    (a KeyboardInterrupt here would print a traceback from inside multiprocessing)."""
    os._exit(128 + signum)


def die_with(coordinator: int) -> None:
    """Make this (worker) process exit as soon as ``coordinator`` or its own parent is gone."""
    parent = os.getppid()
    _ask_kernel_for_parent_death_signal()
    if not process_exists(coordinator) or not process_exists(parent):
        os._exit(1)  # it died before the kernel was asked to tell us
    watch = threading.Thread(target=_watch, args=(parent, coordinator), name="kg-watch-coordinator", daemon=True)
    watch.start()


def _ask_kernel_for_parent_death_signal() -> None:
    """On Linux, SIGKILL this process when its parent dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # no prctl here: the watch thread still covers it


def _watch(parent: int, coordinator: int) -> None:
    """Exit within about a second of being orphaned (reparented) or of the coordinator's death."""
    event = threading.Event()
    while not event.wait(WATCH_SECONDS):
        if os.getppid() != parent or not process_exists(coordinator):
            os._exit(1)
