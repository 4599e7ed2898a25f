"""How a worker checks a chunk's article graphs, four ways, on the same graphs (issue 13).

The streamed build's ``map+validate`` stage is dominated by pySHACL, and its figure from
``kg.bench.streaming`` moves by a fifth between runs on a shared machine. This bench takes
that noise out: it builds the graphs once (the ~500-word articles ``kg.bench.streaming``
writes, NLP and resolution in ``--jobs`` processes, not timed), then in this one process
times, round after round in turn, each way of mapping and checking every chunk as a worker does:

- ``alone``: each article graph checked in its own pySHACL run, with the descriptions of
  what it names (the reference the others must agree with);
- ``copies``: one run per chunk over per-article copies of article plus descriptions (the
  build before ``kg.validate.validate_together``);
- ``together``: one pySHACL run per chunk, each triple once (``kg.article_graphs.map_chunk``
  with ``KG_VALIDATOR=pyshacl``);
- ``sparql``: the same chunk, each triple once, checked by the shapes compiled to SPARQL on
  Oxigraph (``kg.shacl_sparql``; ``map_chunk`` now).

The first three run pySHACL whatever ``KG_VALIDATOR`` says. It prints the median seconds of
each over the rounds, and whether each found the same results as ``alone``.

    python -m kg.bench.validation --data ../shared/data --articles 200 --chunk 50 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rdflib import Graph

from kg.article_graphs import MappedChunk, describe, flatten, map_chunk, own_results
from kg.bench.streaming import WORDS_PER_ARTICLE
from kg.rdf.mapping import context, map_article
from kg.rdf.nodes import Context, context_for
from kg.records import Facts, ResolvedArticle
from kg.validate import descriptions, named_nodes, use_validator, validate_graphs, with_descriptions

Check = Callable[[Sequence[ResolvedArticle], Context], MappedChunk]


def build_facts(data: Path, count: int, jobs: int) -> Facts:
    """The resolved facts of ``count`` benchmark articles (not timed)."""
    from kg.api import build
    from kg.bench.corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="kg-validation-") as workdir:
        folder = Path(workdir) / "articles"
        write_corpus(data, folder, count, words=WORDS_PER_ARTICLE)
        return build([folder], jobs=jobs, validate=False, timestamp=False).facts


def _mapped(articles: Sequence[ResolvedArticle], ctx: Context) -> tuple[list[Graph], dict]:
    return [map_article(a, ctx) for a in articles], descriptions(describe(ctx))


def alone(articles: Sequence[ResolvedArticle], ctx: Context) -> MappedChunk:
    """Each article graph in its own pySHACL run."""
    graphs, described = _mapped(articles, ctx)
    found = [list(validate_graphs([with_descriptions(g, described)], batch=1).violations) for g in graphs]
    return MappedChunk([flatten(g, False) for g in graphs], [v for own in found for v in own], found)


def copies(articles: Sequence[ResolvedArticle], ctx: Context) -> MappedChunk:
    """One run per chunk over per-article copies of the descriptions (the build before this bench)."""
    graphs, described = _mapped(articles, ctx)
    violations = list(validate_graphs([with_descriptions(g, described) for g in graphs], batch=len(graphs)).violations)
    return MappedChunk([flatten(g, False) for g in graphs], violations,
                       own_results([named_nodes(g) for g in graphs], violations))


def together(articles: Sequence[ResolvedArticle], ctx: Context) -> MappedChunk:
    """What a worker ran with pySHACL."""
    return map_chunk(articles, ctx, True, None, False)


def sparql(articles: Sequence[ResolvedArticle], ctx: Context) -> MappedChunk:
    """What a worker runs now."""
    return map_chunk(articles, ctx, True, None, False)


WAYS: dict[str, Check] = {"alone": alone, "copies": copies, "together": together, "sparql": sparql}
ENGINE = {"alone": "pyshacl", "copies": "pyshacl", "together": "pyshacl", "sparql": "sparql"}


def _results(chunks: list[MappedChunk]) -> list[list[set]]:
    """Per chunk, per article: what its results say (the graph they are shown with left out)."""
    def key(v) -> tuple:
        return (v.focus, v.path, v.shape, v.severity, v.constraint, v.value, v.message)
    return [[{key(v) for v in own} for own in chunk.own or []] for chunk in chunks]


def measure(facts: Facts, chunk: int, rounds: int) -> dict:
    """Median seconds of each way over ``rounds`` rounds (each round runs every way, in turn)."""
    ctx = context(facts)
    parts = [(facts.articles[i:i + chunk], context_for(facts.articles[i:i + chunk], ctx))
             for i in range(0, len(facts.articles), chunk)]
    seconds: dict[str, list[float]] = {name: [] for name in WAYS}
    found: dict[str, list[list[set]]] = {}
    before = os.environ.get("KG_VALIDATOR")
    try:
        for number in range(rounds):
            order = list(WAYS) if number % 2 == 0 else list(reversed(WAYS))
            for name in order:
                use_validator(ENGINE[name])
                started = time.perf_counter()
                chunks = [WAYS[name](articles, part) for articles, part in parts]
                seconds[name].append(time.perf_counter() - started)
                found[name] = _results(chunks)
    finally:
        os.environ.pop("KG_VALIDATOR", None) if before is None else use_validator(before)
    return {"articles": len(facts.articles), "chunks": len(parts), "rounds": rounds,
            "seconds": seconds, "median": {name: statistics.median(s) for name, s in seconds.items()},
            "same_as_alone": {name: found[name] == found["alone"] for name in WAYS},
            "results": sum(len(own) for chunk in found["alone"] for own in chunk),
            "load": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("KG_DATA", "../shared/data")))
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--chunk", type=int, default=50, help="articles per chunk (a -j 2 build of 400 uses 50)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2, help="NLP processes for building the graphs (not timed)")
    args = parser.parse_args()
    result = measure(build_facts(args.data, args.articles, args.jobs), args.chunk, args.rounds)
    print(f"{result['articles']} articles in {result['chunks']} chunks, {result['rounds']} rounds, "
          f"{result['results']} results per way, load {result['load']:.1f}")
    print("| way | median s | articles/s | every round s | same results as alone |")
    print("|---|---|---|---|---|")
    for name in WAYS:
        median = result["median"][name]
        rounds = ", ".join(f"{s:.1f}" for s in result["seconds"][name])
        print(f"| {name} | {median:.1f} | {result['articles'] / median:.1f} | {rounds} | "
              f"{'yes' if result['same_as_alone'][name] else 'NO'} |")


if __name__ == "__main__":
    main()
