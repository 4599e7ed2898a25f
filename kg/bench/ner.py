"""Benchmark the shipped NER: words per second on one core and peak memory (``make bench-ner``).

    python -m kg.bench.ner [--data ../shared/data] [--model kg/nlp/model] [--runs 5]

Real text: idner-news-2k and BaPOS sentences joined into ~8-sentence paragraphs, fed as raw
strings through ``nlp.pipe`` (so tokenisation is included). Prints the median of several runs
and the machine (CPU model, cores).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

from kg.errors import KgError


def _one_core() -> None:
    """Pin this process and the numeric libraries to a single core."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
        except OSError:
            pass


def cpu_model() -> str:
    """CPU model name from /proc/cpuinfo (Linux), else platform.processor()."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def paragraphs(data_dir: Path, per_paragraph: int = 8) -> list[str]:
    """Raw-text paragraphs from idner-news-2k (all splits) and BaPOS (train)."""
    from kg.train.data import load, spaces_for

    sentences = []
    for corpus, split in (("idner", "train"), ("idner", "dev"), ("idner", "test"), ("bapos", "train")):
        sentences.extend(load(data_dir, corpus, split))
    texts = [
        "".join(w + (" " if s else "") for w, s in zip(x.words, spaces_for(x.words)))
        for x in sentences
    ]
    return [" ".join(texts[i : i + per_paragraph]) for i in range(0, len(texts), per_paragraph)]


def run(model: Path | None, data_dir: Path, runs: int) -> dict:
    """Load the pipeline, time ``runs`` passes over the text; returns the figures."""
    from kg.nlp.ner import load_ner

    started = time.perf_counter()
    nlp = load_ner(model)
    load_seconds = time.perf_counter() - started
    loaded_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    texts = paragraphs(data_dir)
    words = sum(len(t.split()) for t in texts)
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        rates.append(words / (time.perf_counter() - started))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "words": words,
        "paragraphs": len(texts),
        "runs": runs,
        "median_words_per_second": statistics.median(rates),
        "all_runs": rates,
        "load_seconds": load_seconds,
        "peak_rss_mib": peak_kib / 1024,
        "rss_after_load_mib": loaded_kib / 1024,
        "pipeline": nlp.pipe_names,
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point; prints the figures and returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m kg.bench.ner", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    _one_core()
    from kg.train.data import default_data_dir

    try:
        r = run(args.model, args.data or default_data_dir(), args.runs)
    except KgError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    print(f"machine: {r['cpu']}, {r['cores']} cores (benchmark pinned to 1 core)")
    print(f"pipeline: {', '.join(r['pipeline'])} (loaded in {r['load_seconds']:.1f} s)")
    print(f"text: {r['words']} words in {r['paragraphs']} paragraphs, raw text through nlp.pipe")
    print(
        f"speed: median {r['median_words_per_second']:,.0f} words/s over {r['runs']} runs "
        f"(min {min(r['all_runs']):,.0f}, max {max(r['all_runs']):,.0f})"
    )
    print(
        f"peak memory (RSS): {r['peak_rss_mib']:.0f} MiB "
        f"(after loading the pipeline: {r['rss_after_load_mib']:.0f} MiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
