"""The build against the NER alone, on the same texts in the same run (issue 13's table).

For each size it writes that many ~500-word articles of real corpus sentences, then, each in a
fresh process so peak memory is its own:

- the shipped NER pipeline alone: ``nlp.pipe`` over the texts in 2 processes, load included;
- ``kg build -j 2`` on the same files, validation on, written to a graph file.

It prints articles/s of both, their ratio (how close the build comes to the NER's speed), peak
RSS of the build's main process and of its largest worker, and seconds per stage.

With ``--increment F`` it also times a daily run: ``kg build --cache`` of all but the last F of
the articles (yesterday), then of all of them with the same cache (today), against the full build
above; the increment's NLP and article graphs of yesterday's articles come from the cache where
resolution left their inputs unchanged.

    python -m kg.bench.streaming --data ../shared/data --sizes 400,1600 [--increment 0.1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.bench.pipeline import machine

WORDS_PER_ARTICLE = 500


def ner_alone(folder: Path, jobs: int) -> dict:
    """Seconds for the shipped NER to load and run over every text of ``folder`` in ``jobs`` processes."""
    from kg.nlp.ner import load_ner

    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.iterdir())]
    started = time.perf_counter()
    nlp = load_ner()
    for _doc in nlp.pipe(texts, n_process=jobs, batch_size=16):
        pass
    return {"seconds": time.perf_counter() - started, "articles": len(texts)}


def kg_build(folder: Path, jobs: int, output: Path, cache: Path | None = None) -> dict:
    """Seconds per stage for ``kg build -j jobs`` of ``folder`` into ``output``, and peak memory."""
    from kg.api import build

    started = time.perf_counter()
    result = build([folder], jobs=jobs, timestamp=False, output=output, cache=cache)  # as kg build -o does
    stages = dict(result.times.seconds)
    return {
        "code": code_folder(),
        "seconds": time.perf_counter() - started,
        "articles": len(result.facts.articles),
        "triples": result.triples,
        "conforms": result.conforms,
        "stages": stages,
        "cached": {"annotations": result.cached.annotations, "graphs": result.cached.graphs},
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def code_folder() -> str:
    """The folder of the kg package this process runs: ``python -m`` puts the working folder before
    ``PYTHONPATH``, so a "before" worktree run from another folder measures that folder's code."""
    import kg

    return str(Path(kg.__file__).resolve().parent.parent)


def _child(*args: str) -> dict:
    """Run one measurement in a fresh process; returns its JSON figures."""
    done = subprocess.run([sys.executable, "-m", "kg.bench.streaming", *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"benchmark step {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(data: Path, size: int, jobs: int, fmt: str, increment: float = 0.0) -> dict:
    from kg.bench.corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix=f"kg-stream-{size}-") as workdir:
        folder = Path(workdir) / "articles"
        words = write_corpus(data, folder, size, words=WORDS_PER_ARTICLE)
        ner = _child("--ner", str(folder), "--jobs", str(jobs))
        built = _child("--build", str(folder), "--jobs", str(jobs), "--output", str(Path(workdir) / f"graph.{fmt}"))
        daily = _daily(folder, Path(workdir), jobs, fmt, increment) if increment else None
    return {"size": size, "words": words, "ner": ner, "build": built, "daily": daily, "load": os.getloadavg()[0]}


def _daily(folder: Path, workdir: Path, jobs: int, fmt: str, increment: float) -> dict:
    """Yesterday's build (all but the last ``increment`` of the articles) into a cache, then today's."""
    files = sorted(folder.iterdir())
    new = max(1, round(len(files) * increment))
    yesterday = workdir / "yesterday"
    yesterday.mkdir()
    for path in files[:-new]:
        os.link(path, yesterday / path.name)
    cache = str(workdir / "cache")
    common = ("--jobs", str(jobs), "--cache", cache, "--output", str(workdir / f"daily.{fmt}"))
    first = _child("--build", str(yesterday), *common)
    return {"new": new, "yesterday": first, "today": _child("--build", str(folder), *common)}


# "entities": the entities graph mapped and checked; "map+validate": the article graphs mapped and
# checked in the workers and spooled as they come; "write": the spooled runs merged into the file.
STAGES = ("read", "nlp", "resolve", "entities", "map+validate", "write")


def print_table(results: list[dict], jobs: int) -> None:
    codes = sorted({r["build"].get("code", "?") for r in results})
    print(f"machine: {machine()}; code measured: {', '.join(codes)}; load average at the end of each size in the last column")
    print(f"| articles | words | NER alone, articles/s | kg build -j {jobs}, articles/s | kg / NER | "
          "peak RSS MB (main / largest worker) | " + " | ".join(f"{s} s" for s in STAGES)
          + " | other s | triples | load |")
    print("|" + "---|" * (9 + len(STAGES)))
    for r in results:
        ner_rate = r["ner"]["articles"] / r["ner"]["seconds"]
        built = r["build"]
        kg_rate = built["articles"] / built["seconds"]
        stages = built["stages"]
        other = sum(v for k, v in stages.items() if k not in STAGES)
        cells = [f"{stages.get(s, 0):.1f}" for s in STAGES]
        print(f"| {r['size']:,} | {r['words']:,} | {ner_rate:.1f} | {kg_rate:.1f} | {kg_rate / ner_rate:.2f} | "
              f"{built['peak_rss_mb']:,.0f} / {built['worker_peak_rss_mb']:,.0f} | " + " | ".join(cells)
              + f" | {other:.1f} | {built['triples']:,} | {r['load']:.1f} |")


def print_daily(results: list[dict], jobs: int) -> None:
    print(f"\n| articles | new | full build -j {jobs} s | daily run s | NLP from the cache | "
          "article graphs from the cache | nlp s | resolve s | map+validate s | load |")
    print("|" + "---|" * 10)
    for r in results:
        if not r["daily"]:
            continue
        today = r["daily"]["today"]
        stages = today["stages"]
        print(f"| {r['size']:,} | {r['daily']['new']:,} | {r['build']['seconds']:.1f} | {today['seconds']:.1f} | "
              f"{today['cached']['annotations']:,} | {today['cached']['graphs']:,} | {stages.get('nlp', 0):.1f} | "
              f"{stages.get('resolve', 0):.1f} | {stages.get('map+validate', 0):.1f} | {r['load']:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("KG_DATA", "../shared/data")))
    parser.add_argument("--sizes", default="400,1600")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--format", default="ttl", help="graph file suffix: ttl, nq, trig, nt")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--increment", type=float, default=0.0,
                        help="also time a daily run adding this fraction of new articles (e.g. 0.1)")
    parser.add_argument("--ner", type=Path, help=argparse.SUPPRESS)  # internal: NER alone on a folder
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # internal: kg build of a folder
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ner:
        print(json.dumps(ner_alone(args.ner, args.jobs)))
        return
    if args.build:
        print(json.dumps(kg_build(args.build, args.jobs, args.output, args.cache)))
        return
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        results.append(measure(args.data, size, args.jobs, args.format, args.increment))
        print(f"{size} articles: NER {results[-1]['ner']['seconds']:.1f} s, "
              f"kg build {results[-1]['build']['seconds']:.1f} s", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print_table(results, args.jobs)
    if args.increment:
        print_daily(results, args.jobs)


if __name__ == "__main__":
    main()
