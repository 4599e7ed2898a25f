"""The per-article back half of a streamed build: map, check and flatten a chunk of articles.

It runs where the chunk is sent (this process, a worker process, a Dask worker) and returns
only compact results: each article graph as sorted N-Triples lines, the validation results and
the prefixes the graphs use. A chunk's articles are checked in one pySHACL run, together with
the descriptions of the entities, outlets and build they point at, each copied once for the
chunk (``kg.validate.validate_together``; the entities graph holds those descriptions, and is
checked once, on its own: ``check_lines``); the shapes are parsed once per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from kg.records import ResolvedArticle
from kg.rdf.lines import graph_lines, term_text, used_prefixes
from kg.rdf.mapping import map_article
from kg.rdf.nodes import Context, add_build, add_entity, add_publisher


@dataclass(frozen=True)
class MappedGraph:
    """One named graph, flattened: ``name`` its IRI's N-Triples text, ``lines`` from ``kg.rdf.lines``."""

    name: str
    lines: list[str]
    prefixes: frozenset[str]


@dataclass(frozen=True)
class MappedChunk:
    """What a worker sends back for a chunk: its graphs and the validation results (``kg.validate.Violation``).

    own: for each graph, the results whose focus node is one of its nodes (what a build can keep
        with that graph, ``kg.graph_cache``); None when some result belongs to none of them.
    """

    graphs: list[MappedGraph]
    violations: list  # list[kg.validate.Violation]
    own: list[list] | None = None


def map_chunk(articles: Sequence[ResolvedArticle], ctx: Context, validate: bool,
              shapes_dir: Path | None, quads: bool) -> MappedChunk:
    """Map each article of the chunk (``ctx`` from ``kg.rdf.nodes.context_for``), check them, flatten them.

    quads (bool): whether the output keeps named graphs (the graph name then counts for prefixes).
    """
    graphs = [map_article(article, ctx) for article in articles]
    if not (validate and graphs):
        return MappedChunk([flatten(g, quads) for g in graphs], [], [[] for _ in graphs])
    from kg.validate import descriptions, named_nodes, validate_together

    nodes = [named_nodes(g) for g in graphs]
    violations = validate_together(graphs, descriptions(describe(ctx)), shapes_dir, nodes)
    return MappedChunk([flatten(g, quads) for g in graphs], violations, own_results(nodes, violations))


def own_results(nodes: list[set], violations: list) -> list[list] | None:
    """The results of each graph (``nodes``: its subjects and objects): those whose focus is one of
    them (several graphs can share one, an entity they all name); None when a result's focus is
    in none of them."""
    if not violations:
        return [[] for _ in nodes]
    names = [{str(term) for term in found} for found in nodes]
    own: list[list] = [[] for _ in nodes]
    for violation in violations:
        homes = [i for i, found in enumerate(names) if violation.focus in found]
        if not homes:
            return None
        for i in homes:
            own[i].append(violation)
    return own


def check_lines(graph: MappedGraph, shapes_dir: Path | None) -> MappedChunk:
    """Check a flattened graph on its own (the entities graph, in a worker while articles map)."""
    from kg.validate import validate_graphs

    parsed = Graph(identifier=URIRef(graph.name[1:-1]))
    parsed.parse(data="".join(f"{line} .\n" for line in graph.lines), format="nt")
    return MappedChunk([], list(validate_graphs([parsed], shapes_dir, batch=1).violations))


def flatten(graph: Graph, quads: bool) -> MappedGraph:
    """A graph as the lines and prefixes a ``kg.spool.GraphSpool`` takes."""
    return MappedGraph(term_text(graph.identifier), graph_lines(graph),
                       frozenset(used_prefixes(graph, with_name=quads)))


def describe(ctx: Context) -> Graph:
    """What the entities graph says of the entities, outlets and build in ``ctx`` (events left out).

    Aliases are left out: they are checked where they are, in the entities graph (checked whole,
    on its own), no shipped shape reads them from an article's side, and an article's check then
    does not change when a new article adds a spelling of a name it mentions (so
    ``kg.graph_cache`` can keep it).
    """
    graph = Graph()
    for entity in ctx.entities.values():
        add_entity(graph, entity)
    for node in ctx.publishers:
        add_publisher(graph, node, ctx)
    add_build(graph, ctx.build)
    return graph
