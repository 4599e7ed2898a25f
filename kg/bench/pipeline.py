"""``make bench``: the whole build at 100, 1,000 and 10,000 articles of real Indonesian text.

Each size runs in a fresh process so its peak memory is its own. For each it prints
articles/s and words/s end to end, seconds per stage (NLP, resolve, mapping,
validation, serialisation, store load), peak RSS, triples, and the median latency of
the shipped queries on the embedded Oxigraph store against rdflib's in-memory SPARQL
on the same data.

    python -m kg.bench.pipeline --data ../shared/data --sizes 100,1000,10000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.resources import asset_dir

QUERY_RUNS = 3
RDFLIB_QUERY_LIMIT = 30.0  # seconds one rdflib query may take before the comparison gives up
RDFLIB_PARSE_LIMIT = 900.0


def measure(data: Path, count: int, jobs: int, workdir: Path, rdflib_max: int) -> dict:
    """Build ``count`` articles and time every stage; runs in its own process."""
    import pyoxigraph

    from kg.bench.corpus import write_corpus
    from kg.output import write_graph
    from kg.pipeline import build
    from kg.store import load_files

    words = write_corpus(data, workdir / "articles", count)
    started = time.perf_counter()
    result = build([workdir / "articles"], timestamp=False, jobs=jobs)
    stages = dict(result.times.seconds)
    with _timed(stages, "serialize"):
        write_graph(result.dataset, str(workdir / "graph.nq"))
    with _timed(stages, "store load"):
        load_files([workdir / "graph.nq"], store=workdir / "store")
    total = time.perf_counter() - started
    store = pyoxigraph.Store(str(workdir / "store"))
    queries = {}
    for path in shipped_queries():
        text = path.read_text(encoding="utf-8")
        queries[path.stem] = {
            "oxigraph": _median_seconds(lambda: list(store.query(text, use_default_graph_as_union=True)))
        }
    del store
    if count <= rdflib_max:  # rdflib holds every quad as Python objects: skip it past that
        for name, seconds in rdflib_latencies(workdir / "graph.nq").items():
            queries[name]["rdflib"] = seconds
    return {
        "articles": len(result.facts.articles),
        "words": words,
        "seconds": total,
        "stages": stages,
        "triples": result.triples,
        "entities": len(result.facts.entities),
        "events": len(result.facts.events),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "queries": queries,
    }


class _timed:
    def __init__(self, stages: dict, name: str) -> None:
        self.stages, self.name = stages, name

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *exc) -> None:
        self.stages[self.name] = time.perf_counter() - self.started


def shipped_queries() -> list[Path]:
    return [p for p in sorted(asset_dir("queries").glob("*.rq")) if not p.stem.startswith("report_")]


def rdflib_latencies(graph: Path) -> dict[str, float | None]:
    """Median seconds of each shipped query on rdflib's in-memory Dataset (union default graph).

    rdflib runs in a child process; a query that passes ``RDFLIB_QUERY_LIMIT`` seconds
    (its runs together) is stopped and gets None, and a new child takes the next query.
    """
    names = [p.stem for p in shipped_queries()]
    found: dict[str, float | None] = dict.fromkeys(names)
    start = 0
    while start < len(names):
        done = _rdflib_child_run(graph, start, found)
        start = max(start + 1, done)
    return found


def _rdflib_child_run(graph: Path, start: int, found: dict[str, float | None]) -> int:
    """Run queries from index ``start`` in one child; returns the index it stopped at."""
    child = subprocess.Popen(
        [sys.executable, "-m", "kg.bench.pipeline", "--rdflib", str(graph), "--skip", str(start)],
        stdout=subprocess.PIPE, text=True,
    )
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    limit, index = RDFLIB_PARSE_LIMIT, start
    while True:
        if not selector.select(timeout=limit):
            child.kill()
            break
        line = child.stdout.readline()
        if not line:
            break
        name, seconds = line.split()
        if name != "parsed":
            found[name] = float(seconds)
            index += 1
        limit = RDFLIB_QUERY_LIMIT
    child.wait()
    return index


def _rdflib_child(graph: Path, skip: int) -> None:
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(graph, format="nquads")
    print("parsed 0", flush=True)
    for path in shipped_queries()[skip:]:
        text = path.read_text(encoding="utf-8")
        print(path.stem, _median_seconds(lambda: list(dataset.query(text))), flush=True)


def _median_seconds(run) -> float:
    times = []
    for _ in range(QUERY_RUNS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}"


def print_table(results: list[dict], jobs: int) -> None:
    print(f"machine: {machine()}; kg build -j {jobs}")
    stages = ["read", "nlp", "resolve", "map", "validate", "serialize", "store load"]
    print("| articles | words | s | articles/s | words/s | " + " | ".join(f"{s} s" for s in stages)
          + " | peak RSS MB | triples |")
    print("|" + "---|" * (7 + len(stages)))
    for r in results:
        cells = [f"{r['stages'].get(s, 0):.1f}" for s in stages]
        print(f"| {r['articles']} | {r['words']} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.1f} | "
              f"{r['words'] / r['seconds']:.0f} | " + " | ".join(cells)
              + f" | {r['peak_rss_mb']:.0f} | {r['triples']} |")
    print()
    print(f"query latency, median of {QUERY_RUNS} (ms): Oxigraph store / rdflib in memory "
          f"(>{RDFLIB_QUERY_LIMIT:.0f}000: rdflib's {QUERY_RUNS} runs did not finish in {RDFLIB_QUERY_LIMIT:.0f} s)")
    names = sorted(results[0]["queries"])
    print("| articles | " + " | ".join(names) + " |")
    print("|" + "---|" * (1 + len(names)))
    for r in results:
        cells = [f"{_ms(r['queries'][n]['oxigraph'])} / {_rdflib_ms(r['queries'][n])}" for n in names]
        print(f"| {r['articles']} | " + " | ".join(cells) + " |")


def _ms(seconds: float | None) -> str:
    return f">{RDFLIB_QUERY_LIMIT:.0f}000" if seconds is None else f"{seconds * 1000:.0f}"


def _rdflib_ms(query: dict) -> str:
    return _ms(query["rdflib"]) if "rdflib" in query else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("KG_DATA", "../shared/data")))
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size
    parser.add_argument("--rdflib", type=Path, help=argparse.SUPPRESS)  # internal: rdflib latencies
    parser.add_argument("--skip", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--rdflib-max", type=int, default=1000,
                        help="compare query latency with rdflib up to this many articles")
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rdflib:
        _rdflib_child(args.rdflib, args.skip)
        return
    if args.one:
        print(json.dumps(measure(args.data, args.one, args.jobs, args.workdir, args.rdflib_max)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"kg-bench-{size}-") as workdir:
            done = subprocess.run(
                [sys.executable, "-m", "kg.bench.pipeline", "--one", str(size), "--jobs", str(args.jobs),
                 "--data", str(args.data), "--workdir", workdir, "--rdflib-max", str(args.rdflib_max)],
                capture_output=True, text=True,
            )
            if done.returncode != 0:
                sys.exit(f"benchmark at {size} articles failed:\n{done.stderr[-2000:]}")
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(f"{size} articles: {results[-1]['seconds']:.1f} s", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print_table(results, args.jobs)


if __name__ == "__main__":
    main()
