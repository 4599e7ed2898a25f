"""``make bench``: the whole build at 1,000 and 10,000 articles of real Indonesian text.

Each size runs in a fresh process so its peak memory is its own. For each it prints
articles/s and words/s end to end, seconds per stage, peak RSS of the main process and of
its largest worker, triples, and the median latency of every shipped query
(``queries/*.rq``, the report's included) on the embedded Oxigraph store, against rdflib's
in-memory SPARQL on the same data up to ``--rdflib-max`` articles.

The build is the streamed one, as ``kg build -j N -o graph.nq`` runs it (stages: read, nlp,
resolve, entities, map+validate, write), then ``kg load --store``; ``--in-memory`` times the
build that holds the whole graph as an rdflib Dataset instead (stages map, validate, serialize),
``--dask-workers N`` runs it on a Dask LocalCluster of N single-threaded worker processes.

    python -m kg.bench.pipeline --data ../shared/data --sizes 1000,10000 --jobs 2
    python -m kg.bench.pipeline --sizes 10000 --jobs 2 --keep /tmp/kg-10000   # keep the store
    python -m kg.bench.pipeline --queries /tmp/kg-10000/store                 # queries only
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


def measure(data: Path, count: int, jobs: int, workdir: Path, rdflib_max: int, *,
            in_memory: bool = False, dask_workers: int = 0, store: bool = True) -> dict:
    """Build ``count`` articles and time every stage; runs in its own process.

    store: also load the graph into an embedded store and time the shipped queries on it (hours at
    100,000 articles: ``--no-store`` measures the build alone)."""
    from kg.bench.corpus import write_corpus
    from kg.pipeline import build
    from kg.store import load_files

    words = write_corpus(data, workdir / "articles", count)
    graph = workdir / "graph.nq"
    cluster = _local_cluster(dask_workers) if dask_workers else None
    try:
        scheduler = cluster.scheduler_address if cluster else None
        started = time.perf_counter()
        if in_memory:
            from kg.output import write_graph

            result = build([workdir / "articles"], timestamp=False, jobs=jobs, scheduler=scheduler)
            stages = dict(result.times.seconds)
            with _timed(stages, "serialize"):
                write_graph(result.dataset, str(graph))
        else:  # as `kg build -j N -o graph.nq` runs it
            result = build([workdir / "articles"], timestamp=False, jobs=jobs, scheduler=scheduler,
                           output=str(graph))
            stages = dict(result.times.seconds)
        built = time.perf_counter() - started
    finally:
        if cluster is not None:
            cluster.close()
    build_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if store:
        with _timed(stages, "store load"):  # streamed into a scratch store first (kg.store.files)
            load_files([graph], store=workdir / "store")
    total = built + stages.get("store load", 0.0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queries = store_latencies(workdir / "store") if store else {}
    if store and count <= rdflib_max:  # rdflib holds every quad as Python objects: skip it past that
        for name, seconds in rdflib_latencies(graph).items():
            queries[name]["rdflib"] = seconds
    return {
        "articles": len(result.facts.articles),
        "words": words,
        "seconds": total,
        "build_seconds": built,
        "stages": stages,
        "triples": result.triples,
        "conforms": None if result.report is None else result.report.conforms,
        "entities": len(result.facts.entities),
        "events": len(result.facts.events),
        "peak_rss_mb": peak,
        "build_peak_rss_mb": build_rss,
        "worker_peak_rss_mb": worker_rss,
        "queries": queries,
        "jobs": jobs,
        "dask_workers": dask_workers,
        "in_memory": in_memory,
        "load": os.getloadavg(),
    }


def _local_cluster(workers: int):
    """A Dask LocalCluster of ``workers`` single-threaded worker processes (as the tests start one)."""
    import distributed

    return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                    dashboard_address=None, host="127.0.0.1")


def store_latencies(directory: Path) -> dict[str, dict]:
    """Median seconds and row count of each shipped query on the embedded store in ``directory``."""
    import pyoxigraph

    store = pyoxigraph.Store(str(directory))
    queries = {}
    for path in shipped_queries():
        text = path.read_text(encoding="utf-8")
        rows: list = []
        seconds = _median_seconds(lambda: rows.append(len(list(store.query(text, use_default_graph_as_union=True)))))
        queries[path.stem] = {"oxigraph": seconds, "rows": rows[-1]}
    del store
    return queries


class _timed:
    def __init__(self, stages: dict, name: str) -> None:
        self.stages, self.name = stages, name

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *exc) -> None:
        self.stages[self.name] = time.perf_counter() - self.started


def shipped_queries() -> list[Path]:
    """Every query of ``queries/*.rq``: the ones ``kg query`` names and the report's."""
    return sorted(asset_dir("queries").glob("*.rq"))


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


STREAMED = ("read", "nlp", "resolve", "entities", "map+validate", "write", "store load")
IN_MEMORY = ("read", "nlp", "resolve", "map", "validate", "serialize", "store load")


def print_table(results: list[dict], jobs: int) -> None:
    first = results[0]
    how = "in memory" if first.get("in_memory") else "streamed into graph.nq"
    on = f"a Dask LocalCluster of {first['dask_workers']} workers" if first.get("dask_workers") else f"-j {jobs}"
    stored = bool(first["queries"])
    then = ", then kg load --store" if stored else ", no store load (--no-store)"
    print(f"machine: {machine()}; kg build {on}, {how}, validation on{then}")
    stages = [s for s in (IN_MEMORY if first.get("in_memory") else STREAMED) if stored or s != "store load"]
    print("| articles | words | s | articles/s | words/s | " + " | ".join(f"{s} s" for s in stages)
          + " | peak RSS MB: build (main / largest worker) | " + ("with store load | " if stored else "")
          + "triples | load |")
    print("|" + "---|" * (8 + stored + len(stages)))
    for r in results:
        cells = [f"{r['stages'].get(s, 0):.1f}" for s in stages]
        load = r.get("load", (0.0,))[0]
        print(f"| {r['articles']:,} | {r['words']:,} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.1f} | "
              f"{r['words'] / r['seconds']:,.0f} | " + " | ".join(cells)
              + f" | {r.get('build_peak_rss_mb', 0):,.0f} / {r.get('worker_peak_rss_mb', 0):,.0f} | "
              + (f"{r['peak_rss_mb']:,.0f} | " if stored else "") + f"{r['triples']:,} | {load:.1f} |")
    if stored:
        print()
        print_queries([(f"{r['articles']:,} articles", r["queries"]) for r in results])


def print_queries(columns: list[tuple[str, dict]]) -> None:
    """One row per query, one column per size: median ms on the store (rows), and rdflib's when timed."""
    print(f"query latency, median of {QUERY_RUNS}, ms (rows): Oxigraph store"
          + (f" / rdflib in memory (>{RDFLIB_QUERY_LIMIT:.0f}000: rdflib's {QUERY_RUNS} runs did not finish "
             f"in {RDFLIB_QUERY_LIMIT:.0f} s)" if any("rdflib" in q for _, c in columns for q in c.values()) else ""))
    print("| query | " + " | ".join(name for name, _ in columns) + " |")
    print("|" + "---|" * (1 + len(columns)))
    for query in sorted(columns[0][1]):
        cells = []
        for _, found in columns:
            figures = found[query]
            cell = f"{_ms(figures['oxigraph'])} ({figures.get('rows', '?'):,})"
            if "rdflib" in figures:
                cell += f" / {_rdflib_ms(figures)}"
            cells.append(cell)
        print(f"| {query} | " + " | ".join(cells) + " |")


def _ms(seconds: float | None) -> str:
    return f">{RDFLIB_QUERY_LIMIT:.0f}000" if seconds is None else f"{seconds * 1000:,.0f}"


def _rdflib_ms(query: dict) -> str:
    return _ms(query["rdflib"]) if "rdflib" in query else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("KG_DATA", "../shared/data")))
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--dask-workers", type=int, default=0,
                        help="run the build on a Dask LocalCluster of this many worker processes")
    parser.add_argument("--in-memory", action="store_true",
                        help="time the build that holds the whole graph in memory (not streamed)")
    parser.add_argument("--no-store", dest="store", action="store_false",
                        help="time the build alone: no store load, no query timings (the 100,000-article run)")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--keep", type=Path,
                        help="keep each size's articles, graph.nq and store under this folder (DIR/SIZE)")
    parser.add_argument("--queries", type=Path, metavar="STORE",
                        help="only time the shipped queries on this Oxigraph store directory")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: measure one size
    parser.add_argument("--rdflib", type=Path, help=argparse.SUPPRESS)  # internal: rdflib latencies
    parser.add_argument("--skip", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--rdflib-max", type=int, default=0,
                        help="compare query latency with rdflib up to this many articles (default: never)")
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rdflib:
        _rdflib_child(args.rdflib, args.skip)
        return
    if args.queries:
        print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
        print_queries([(f"the store {args.queries}", store_latencies(args.queries))])
        return
    if args.one:
        print(json.dumps(measure(args.data, args.one, args.jobs, args.workdir, args.rdflib_max,
                                 in_memory=args.in_memory, dask_workers=args.dask_workers, store=args.store)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix=f"kg-bench-{size}-") as workdir:
            if args.keep:
                workdir = args.keep / str(size)
                workdir.mkdir(parents=True, exist_ok=False)
            command = [sys.executable, "-m", "kg.bench.pipeline", "--one", str(size), "--jobs", str(args.jobs),
                       "--data", str(args.data), "--workdir", str(workdir), "--rdflib-max", str(args.rdflib_max),
                       "--dask-workers", str(args.dask_workers)]
            flags = (["--in-memory"] if args.in_memory else []) + ([] if args.store else ["--no-store"])
            done = subprocess.run(command + flags, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"benchmark at {size} articles failed:\n{done.stderr[-2000:]}")
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
            print(f"{size} articles: {results[-1]['seconds']:.1f} s", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print_table(results, args.jobs)


if __name__ == "__main__":
    main()
