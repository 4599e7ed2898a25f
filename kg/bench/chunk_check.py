"""The CPU time of checking one chunk of article graphs with the SPARQL engine, and where it goes.

Why: the machine a build is timed on is shared, so wall time moves by a fifth between runs;
process time moves much less. This bench builds ``--articles`` ~500-word articles of real corpus
sentences once (NLP and resolution not timed; ``--facts`` keeps them in a pickle for the next
run), maps them as one chunk, then times in this process, over ``--rounds`` rounds, what a
streamed build's worker runs to check that chunk (``kg.validate.validate_together`` with the
chunk's lines), and its parts: loading the Oxigraph store, the queries of every shape, and
those of each. It prints the median process seconds of each, and the number and a digest of
the results (which a change of the engine must not move).

    python -m kg.bench.chunk_check --data ../shared/data --articles 800 --facts /tmp/facts800.pickle
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from kg import shacl_sparql
from kg.article_graphs import describe, read
from kg.bench.validation import build_facts
from kg.rdf.mapping import context, map_article
from kg.rdf.nodes import context_for
from kg.records import Facts
from kg.validate import _compiled, descriptions, load_shapes, use_validator, validate_together


def facts_of(data: Path, count: int, jobs: int, kept: Path | None) -> Facts:
    """The resolved facts of ``count`` articles, read from ``kept`` when an earlier run wrote them."""
    if kept is not None and kept.exists():
        with kept.open("rb") as file:
            return pickle.load(file)
    facts = build_facts(data, count, jobs)
    if kept is not None:
        with kept.open("wb") as file:
            pickle.dump(facts, file)
    return facts


def cpu_seconds(run: Callable[[], object]) -> tuple[float, object]:
    started = time.process_time()
    result = run()
    return time.process_time() - started, result


def measure(facts: Facts, rounds: int) -> dict:
    """Median process seconds over ``rounds`` of the chunk's check, its store load and each shape's queries."""
    ctx = context_for(facts.articles, context(facts))
    graphs = [map_article(article, ctx) for article in facts.articles]
    flat = [read(graph, False) for graph in graphs]
    nodes = [f.nodes for f in flat]
    lines = [(f.graph.lines, f.terms) for f in flat]
    described = descriptions(describe(ctx))
    compiled = _compiled(load_shapes())
    use_validator("sparql")
    seconds: dict[str, list[float]] = {}
    results = set()
    for _ in range(rounds):
        spent, found = cpu_seconds(lambda: validate_together(graphs, described, None, nodes, lines=lines))
        seconds.setdefault("validate_together", []).append(spent)
        results.add((len(found), hashlib.sha256(repr(sorted(map(repr, found))).encode()).hexdigest()[:12]))
        spent, store = cpu_seconds(lambda: shacl_sparql.load(lines=lines, triples=[
            t for node in {n for found in nodes for n in found} for t in described.get(node, ())]))
        seconds.setdefault("load", []).append(spent)
        spent, _ = cpu_seconds(lambda: shacl_sparql.check(compiled, store, compiled.graph))
        seconds.setdefault("check, every shape", []).append(spent)
        for shape in compiled.top:
            one = shacl_sparql.CompiledShapes((shape,), compiled.graph)
            spent, _ = cpu_seconds(lambda: shacl_sparql.check(one, store, compiled.graph))
            seconds.setdefault(shape.node.n3(compiled.graph.namespace_manager), []).append(spent)
    return {"articles": len(facts.articles), "triples": sum(len(g) for g in graphs), "rounds": rounds,
            "results": sorted(results), "median": {name: statistics.median(s) for name, s in seconds.items()},
            "load": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("KG_DATA", "../shared/data")))
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="NLP processes for building the graphs (not timed)")
    parser.add_argument("--facts", type=Path, help="pickle of the built facts: read if it exists, else written")
    args = parser.parse_args()
    result = measure(facts_of(args.data, args.articles, args.jobs, args.facts), args.rounds)
    print(f"{result['articles']} articles, {result['triples']} triples in one chunk, {result['rounds']} rounds, "
          f"results (count, digest) {result['results']}, load {result['load']:.1f}")
    print("| part | median process s |")
    print("|---|---|")
    for name, median in result["median"].items():
        print(f"| {name} | {median:.3f} |")


if __name__ == "__main__":
    main()
