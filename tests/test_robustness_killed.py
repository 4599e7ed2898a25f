"""Killed, not stopped (issue 16): SIGKILL, dying workers, full disks and concurrent runs, through
the command line as a user runs it.

The subprocess tests build with ``--model`` pointing at a blank spaCy pipeline saved to disk (the
``kg_*`` rule components are added to it as to the trained one), so they need no trained model.
They are Linux tests: they look at processes in /proc and limit file sizes with RLIMIT_FSIZE.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
import spacy
from click.testing import CliRunner
from rdflib import Graph, URIRef
from spacy.language import Language

import kg.executor
from kg.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and RLIMIT_FSIZE")

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "seeds" / "004_0b3d239ce94713db.txt").read_text(encoding="utf-8")
IDENTIFIER = URIRef("https://schema.org/identifier")
STAGING = re.compile(r"^\..+\.kg-\d+-[0-9a-f]{8}\.(tmp|loading)$")


def articles(folder: Path, count: int, *, first: int = 0) -> Path:
    """``count`` different articles (no duplicates), each a variation of one seed."""
    paragraphs = GOOD.split("\n")
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + count):
        text = "\n".join(paragraphs[:1] + [f"Laporan nomor {i}."] + paragraphs[1 + i % 3:])
        (folder / f"article-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def article_ids(graph_file: Path) -> set[str]:
    return {str(o) for o in Graph().parse(graph_file, format="turtle").objects(None, IDENTIFIER)}


def staging_left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*") if STAGING.match(p.name))


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("model") / "blank"
    spacy.blank("id").to_disk(folder)
    return folder


def kg_process(*args: str, limit_file_size: int | None = None) -> subprocess.Popen:
    """``python -m kg ARGS`` in its own session (its id is the coordinator's pid)."""
    def child_setup() -> None:
        if limit_file_size is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_size, limit_file_size))

    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True, preexec_fn=child_setup,
    )


def run_kg(*args: str, limit_file_size: int | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    process = kg_process(*args, limit_file_size=limit_file_size)
    stdout, stderr = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def processes_in_session(session: int) -> list[int]:
    """Live (not zombie) processes whose session id is ``session``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != b"Z" and int(fields[3]) == session:
            found.append(int(entry.name))
    return found


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds} s for {what}")
        time.sleep(0.02)


# ------------------------------------------------------------------ SIGKILL of the coordinator

def test_build_sigkilled_coordinator_leaves_no_worker_running(tmp_path, blank_model):
    folder = articles(tmp_path / "in", 200)
    out = tmp_path / "out.ttl"
    process = kg_process("build", str(folder), "-j", "2", "--model", str(blank_model), "-o", str(out))
    try:
        wait_for(lambda: len(children(process.pid)) >= 2 or process.poll() is not None,
                 120, "the two NLP workers to start")
        assert process.poll() is None, "the build ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)  # as the out-of-memory killer or a CI timeout does
        process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while processes_in_session(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert processes_in_session(process.pid) == [], "kg processes outlived their killed coordinator"
    finally:
        for pid in processes_in_session(process.pid):
            os.kill(pid, signal.SIGKILL)
        process.communicate(timeout=30)
    assert not out.exists()
    assert staging_left(tmp_path) == []


# ------------------------------------------------------------------ SIGKILL during a new-store load

def _big_graph(path: Path, quads: int) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for i in range(quads):
            stream.write(f'<http://x/s{i}> <http://x/p> "value number {i} of the load" <http://x/g{i % 50}> .\n')
    return path


def test_load_killed_during_new_store_leaves_staging_the_next_load_removes(tmp_path):
    big = _big_graph(tmp_path / "big.nq", 200_000)
    small = _big_graph(tmp_path / "small.nq", 10)
    store = tmp_path / "stores" / "news"
    store.parent.mkdir()
    process = kg_process("load", str(big), "--store", str(store))
    try:
        wait_for(lambda: staging_left(store.parent) or process.poll() is not None, 120, "the staging folder")
        assert process.poll() is None, "the load ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.communicate()
    left = staging_left(store.parent)
    assert len(left) == 1 and left[0].startswith(".news.kg-") and not store.exists()

    again = run_kg("load", str(small), "--store", str(store))
    assert again.returncode == EXIT_OK, again.stderr
    removed = [line for line in again.stderr.splitlines() if line.startswith("warning: ")]
    assert removed == [f"warning: removed {store.parent / left[0]}: left half-written by kg process "
                       f"{process.pid}, which no longer exists (killed?)"], again.stderr
    assert staging_left(store.parent) == []
    assert len(pyoxigraph.Store(str(store))) == 10


def test_load_leaves_the_staging_of_a_running_load_alone(tmp_path):
    """A staging folder whose owner still runs is a concurrent load, not a leftover."""
    store = tmp_path / "news"
    alive = tmp_path / f".news.kg-{os.getppid()}-0123abcd.loading"
    alive.mkdir()
    result = run_kg("load", str(_big_graph(tmp_path / "small.nq", 3)), "--store", str(store))
    assert result.returncode == EXIT_OK, result.stderr
    assert "warning" not in result.stderr
    assert alive.is_dir()


# ------------------------------------------------------------------ a worker killed mid-chunk

@Language.component("test_kill_worker")
def kill_worker(doc):
    """Kills the process it runs in on 'KILL-ALWAYS', or on 'KILL-ONCE:<file>' while the file exists."""
    once = re.search(r"KILL-ONCE:(\S+)", doc.text)
    if once and os.path.exists(once.group(1)):
        os.unlink(once.group(1))
        os.kill(os.getpid(), signal.SIGKILL)
    if "KILL-ALWAYS" in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


@pytest.fixture
def killing_nlp(monkeypatch):
    """Workers (forked from this process) run a blank pipeline that kills them on a marker."""
    from kg.nlp import add_components

    nlp = add_components(spacy.blank("id"))
    nlp.add_pipe("test_kill_worker", first=True)
    monkeypatch.setattr(kg.executor, "_worker_nlp", nlp)
    monkeypatch.setenv("KG_MODEL", os.environ.get("KG_MODEL", str(ROOT / "kg" / "nlp" / "model")))
    return nlp


def test_build_article_that_kills_its_worker_twice_is_skipped_and_the_rest_built(tmp_path, killing_nlp):
    folder = articles(tmp_path / "in", 23)
    poison = folder / "poison.txt"
    poison.write_text("Berita tentang KILL-ALWAYS di Jakarta, Senin (14/9/2023).\n", encoding="utf-8")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(folder), "-j", "2", "--no-timestamp", "-o", str(out)])
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert skipped == [f"skipped: {poison.name}: the NLP worker process died on this article twice "
                       "(killed by the system, out of memory, or a crash in native code)"]
    assert "23 articles" in result.stderr and "skipped 1 (1 nlp crash)" in result.stderr
    assert len(article_ids(out)) == 23


def test_build_stops_when_fresh_workers_keep_dying(tmp_path, killing_nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"poison-{i}.txt").write_text(f"Berita {i} tentang KILL-ALWAYS di Jakarta.\n", encoding="utf-8")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(folder), "-j", "2", "--no-timestamp", "-o", str(out)])
    assert result.exit_code == EXIT_ERROR, result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: NLP worker processes keep dying (poison-0.txt, poison-1.txt, poison-2.txt): out of memory? "
        "try fewer --jobs or free some memory")
    assert not out.exists()


def test_build_worker_killed_once_mid_chunk_loses_no_article(tmp_path, killing_nlp):
    folder = articles(tmp_path / "in", 23)
    marker = tmp_path / "kill-once"
    marker.write_text("", encoding="utf-8")
    (folder / "victim.txt").write_text(f"Berita KILL-ONCE:{marker} di Bogor, Senin (14/9/2023).\n", encoding="utf-8")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(folder), "-j", "2", "--no-timestamp", "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.stderr
    assert not marker.exists(), "the worker was never killed"
    assert len(article_ids(out)) == 24


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_build_removes_cache_entries_a_killed_build_was_writing(tmp_path, killing_nlp):
    shard = tmp_path / "cache" / "ab"
    shard.mkdir(parents=True)
    stale = shard / f".ab12.pickle.kg-{dead_pid()}-0123abcd.tmp"
    stale.write_bytes(b"half a pickle")
    live = shard / f".cd34.pickle.kg-{os.getpid()}-0123abcd.tmp"
    live.write_bytes(b"being written")
    folder = articles(tmp_path / "in", 2)
    with pytest.warns(UserWarning, match=re.escape(f"removed {stale}: left half-written by kg process")):
        result = CliRunner().invoke(main, ["build", str(folder), "--cache", str(tmp_path / "cache"),
                                           "--no-timestamp", "-o", str(tmp_path / "out.ttl")])
    assert result.exit_code == EXIT_OK, result.stderr
    assert not stale.exists() and live.exists()


# ------------------------------------------------------------------ writes that fail half way

LIMIT = 150_000  # bytes a file may grow to in the child process (RLIMIT_FSIZE): EFBIG beyond


@pytest.fixture(scope="module")
def big_graph(tmp_path_factory, blank_model) -> Path:
    """A graph of twenty articles (a few hundred kB, its dump and report over a MB: well over LIMIT)."""
    folder = tmp_path_factory.mktemp("graph")
    out = folder / "graph.trig"
    result = run_kg("build", str(articles(folder / "in", 20)), "--model", str(blank_model),
                    "--no-timestamp", "--no-validate", "-o", str(out))
    assert result.returncode == EXIT_OK, result.stderr
    assert out.stat().st_size > 2 * LIMIT
    return out


def assert_failed_write(result: subprocess.CompletedProcess, path: Path) -> None:
    assert result.returncode == EXIT_ERROR, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert str(path) in lines[0] and "File too large" in lines[0], result.stderr


def test_build_output_too_large_keeps_the_old_graph(tmp_path, blank_model):
    out = tmp_path / "out.ttl"
    out.write_bytes(b"# the good graph of yesterday\n")
    folder = articles(tmp_path / "in", 20)
    result = run_kg("build", str(folder), "--model", str(blank_model), "--no-validate", "-o", str(out),
                    limit_file_size=LIMIT)
    assert_failed_write(result, out)
    assert out.read_bytes() == b"# the good graph of yesterday\n"
    assert staging_left(tmp_path) == []


def test_dump_too_large_keeps_the_old_file(tmp_path, big_graph):
    store = tmp_path / "store"
    assert run_kg("load", str(big_graph), "--store", str(store)).returncode == EXIT_OK
    out = tmp_path / "backup.nq"
    out.write_bytes(b"# old backup\n")
    result = run_kg("dump", "--store", str(store), "-o", str(out), limit_file_size=LIMIT)
    assert_failed_write(result, out)
    assert out.read_bytes() == b"# old backup\n"
    assert staging_left(tmp_path) == []


def test_report_too_large_keeps_the_old_page(tmp_path, big_graph):
    out = tmp_path / "report.html"
    out.write_bytes(b"<p>old report</p>\n")
    result = run_kg("report", str(big_graph), "-o", str(out), limit_file_size=LIMIT)
    assert_failed_write(result, out)
    assert out.read_bytes() == b"<p>old report</p>\n"
    assert staging_left(tmp_path) == []


def test_load_into_new_store_failing_leaves_no_store_and_no_staging(tmp_path):
    store = tmp_path / "store"
    result = run_kg("load", str(_big_graph(tmp_path / "big.nq", 100_000)), "--store", str(store),
                    limit_file_size=LIMIT)
    assert_failed_write(result, store)
    assert not store.exists()
    assert staging_left(tmp_path) == []


def test_load_into_existing_store_failing_changes_nothing(tmp_path):
    store = tmp_path / "store"
    assert run_kg("load", str(_big_graph(tmp_path / "small.nq", 10)), "--store", str(store)).returncode == EXIT_OK
    result = run_kg("load", str(_big_graph(tmp_path / "big.nq", 100_000)), "--store", str(store),
                    limit_file_size=LIMIT)
    assert_failed_write(result, store)
    assert len(pyoxigraph.Store(str(store))) == 10


# ------------------------------------------------------------------ two builds, one output

def test_two_concurrent_builds_of_one_output_leave_one_complete_graph(tmp_path, blank_model):
    first = articles(tmp_path / "first", 6)
    second = articles(tmp_path / "second", 6, first=100)
    out = tmp_path / "out.ttl"
    runs = [kg_process("build", str(folder), "--model", str(blank_model), "--no-timestamp", "-o", str(out))
            for folder in (first, second)]
    for process in runs:
        _, stderr = process.communicate(timeout=240)
        assert process.returncode == EXIT_OK, stderr
    names = [{path.name for path in folder.iterdir()} for folder in (first, second)]
    assert article_ids(out) in names  # the whole graph of one build: parses, and no article of the other
    assert staging_left(tmp_path) == []


# ------------------------------------------------------------------ SIGKILL of a Dask client

def _tasks_on(scheduler) -> int:
    return scheduler.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))


@pytest.mark.slow
def test_build_sigkilled_dask_client_leaves_no_work_on_the_cluster(tmp_path, blank_model, monkeypatch):
    distributed = pytest.importorskip("distributed")
    monkeypatch.setenv("KG_MODEL", str(blank_model))  # the cluster's workers load the blank pipeline
    folder = articles(tmp_path / "in", 200)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None, host="127.0.0.1") as cluster, \
            distributed.Client(cluster.scheduler_address) as watcher:
        process = kg_process("build", str(folder), "--dask-scheduler", cluster.scheduler_address,
                             "--model", str(blank_model), "-o", str(tmp_path / "out.ttl"))
        try:
            wait_for(lambda: _tasks_on(watcher) > 0 or process.poll() is not None, 120, "chunks on the cluster")
            assert process.poll() is None, "the build ended before it could be killed"
            os.kill(process.pid, signal.SIGKILL)
        finally:
            process.communicate(timeout=30)
        wait_for(lambda: _tasks_on(watcher) == 0, 10, "the cluster to drop the killed build's chunks")
