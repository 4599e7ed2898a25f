"""Worker lifetimes: a worker notices its coordinator's death without any signal from the kernel."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from kg.processes import process_exists

WORKER = """
import sys, time
from kg.processes import die_with
die_with(int(sys.argv[1]))
print("watching", flush=True)
time.sleep(60)
"""


def test_process_exists_tells_a_running_process_from_a_reaped_one():
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert process_exists(process.pid)
    finally:
        process.kill()
        process.wait()
    assert not process_exists(process.pid)


def test_die_with_exits_within_seconds_of_a_coordinator_that_is_not_its_parent():
    """The watch thread, not PR_SET_PDEATHSIG (the parent, this test, stays alive): what other systems rely on."""
    coordinator = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    worker = subprocess.Popen([sys.executable, "-c", WORKER, str(coordinator.pid)], stdout=subprocess.PIPE, text=True)
    try:
        assert worker.stdout.readline() == "watching\n"
        assert worker.poll() is None
        coordinator.kill()
        coordinator.wait()
        started = time.monotonic()
        worker.wait(timeout=10)
        assert time.monotonic() - started < 5
        assert worker.returncode == 1
    finally:
        for process in (coordinator, worker):
            if process.poll() is None:
                process.kill()
                process.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_die_with_a_dead_coordinator_exits_at_once():
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    worker = subprocess.run([sys.executable, "-c", WORKER, str(process.pid)], capture_output=True, text=True, timeout=30)
    assert worker.returncode == 1 and worker.stdout == ""
