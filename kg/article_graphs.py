"""The per-article back half of a streamed build: map, check and flatten a chunk of articles.

It runs where the chunk is sent (this process, a worker process, a Dask worker) and returns
only compact results: each article graph as sorted N-Triples lines, the validation results and
the prefixes the graphs use. A chunk's articles are checked in one run, together with the
descriptions of the entities, outlets and build they point at, each copied once for the chunk
(``kg.validate.validate_together``; the entities graph holds those descriptions, and is checked
once, on its own: ``check_lines``); the shapes are parsed (and compiled) once per process. Each
article graph is read once (``read``): its lines are what the chunk returns and what the SPARQL
engine checks.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.records import Facts, ResolvedArticle
from kg.rdf.co_mentions import CoMention, co_mention_lines
from kg.rdf.lines import prefixes_of, term_text
from kg.rdf.mapping import map_article, map_entities
from kg.rdf.nodes import Context, add_build, add_entity, add_publisher
from kg.rdf.triple_set import triple_set_graph


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
    The cyclic garbage collector is paused meanwhile, as in ``kg.rdf.mapping.facts_to_dataset``:
    the chunk's new terms (~150,000 for 50 articles) set off collections that rescan the whole
    heap, the worker's NLP pipeline included.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _map_chunk(articles, ctx, validate, shapes_dir, quads)
    finally:
        if collecting:
            gc.enable()


def _map_chunk(articles: Sequence[ResolvedArticle], ctx: Context, validate: bool,
               shapes_dir: Path | None, quads: bool) -> MappedChunk:
    graphs = [map_article(article, ctx) for article in articles]
    flat = [read(g, quads) for g in graphs]
    mapped = [f.graph for f in flat]
    if not (validate and graphs):
        return MappedChunk(mapped, [], [[] for _ in graphs])
    from kg.validate import descriptions, validate_together

    nodes = [f.nodes for f in flat]
    violations = validate_together(graphs, descriptions(describe(ctx)), shapes_dir, nodes,
                                   lines=[(g.lines, f.terms) for g, f in zip(mapped, flat)])
    return MappedChunk(mapped, violations, own_results(nodes, violations))


@dataclass(frozen=True)
class ReadGraph:
    """What one pass over an article graph gives: the graph flattened, its subjects and objects
    (``kg.validate.named_nodes``) and its distinct terms (what its lines are made of)."""

    graph: MappedGraph
    nodes: set[Node]
    terms: list[Node]


def read(graph: Graph, quads: bool) -> ReadGraph:
    """``flatten`` and ``named_nodes`` of ``graph`` in one pass over its triples (rdflib's iteration is
    the slow part: a few microseconds a triple): sorted, distinct lines of terms as
    ``kg.rdf.lines.term_text`` writes them, and the bound prefixes that shorten one of its IRIs
    or datatypes (or its name, when ``quads``)."""
    return read_triples(graph, graph.identifier, quads)


def read_triples(triples: Iterable[tuple[Node, Node, Node]], name: Node, quads: bool) -> ReadGraph:
    """``read`` of the graph named ``name`` that holds ``triples``, without making that graph."""
    texts: dict[Node, str] = {}
    lines: set[str] = set()
    nodes: set[Node] = set()
    for s, p, o in triples:
        for node in (s, p, o):
            if node not in texts:
                texts[node] = term_text(node)
        lines.add(f"{texts[s]} {texts[p]} {texts[o]}")
        nodes.add(s)
        nodes.add(o)
    iris = {str(node) for node in texts if isinstance(node, URIRef)}
    iris.update(str(node.datatype) for node in texts if isinstance(node, Literal) and node.datatype is not None)
    if quads:
        iris.add(str(name))
    flat = MappedGraph(term_text(name), sorted(lines), frozenset(prefixes_of(iris)))
    return ReadGraph(flat, nodes, list(texts))


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


def map_entities_graph(facts: Facts, ctx: Context, validate: bool, shapes_dir: Path | None,
                       quads: bool) -> MappedChunk:
    """The entities graph (``kg.rdf.mapping.map_entities`` without the co-mention table) mapped,
    flattened and, with ``validate``, checked on its own, where the chunk is sent: the coordinator
    then only sends ``facts`` (its entities and events are what the graph is made of) and ``ctx``
    out, instead of mapping the graph while the workers wait for their first chunks."""
    graph = flatten(map_entities(facts, ctx, table=False), quads)
    violations = check_lines(graph, shapes_dir).violations if validate else []
    return MappedChunk([graph], violations)


def check_lines(graph: MappedGraph, shapes_dir: Path | None) -> MappedChunk:
    """Check a flattened graph on its own (the entities graph, in a worker while articles map)."""
    from kg.validate import lines_conform, validate_graphs

    if lines_conform(graph.lines, shapes_dir):
        return MappedChunk([], [])

    parsed = Graph(identifier=URIRef(graph.name[1:-1]))
    parsed.parse(data="".join(f"{line} .\n" for line in graph.lines), format="nt")
    return MappedChunk([], list(validate_graphs([parsed], shapes_dir, batch=1).violations))


def flatten(graph: Graph, quads: bool) -> MappedGraph:
    """A graph as the lines and prefixes a ``kg.spool.GraphSpool`` takes."""
    return read(graph, quads).graph


def flatten_co_mentions(pairs: Iterable[CoMention], name: URIRef, quads: bool) -> MappedGraph:
    """``flatten`` of the graph ``name`` holding ``pairs`` (``kg.rdf.co_mentions.add_co_mentions``), made
    straight from the pairs: an rdflib graph of the table's parts cost the coordinator seconds each."""
    lines, iris = co_mention_lines(pairs)
    if quads:
        iris.add(str(name))
    return MappedGraph(term_text(name), sorted(lines), frozenset(prefixes_of(iris)))


def describe(ctx: Context) -> Graph:
    """What the entities graph says of the entities, outlets and build in ``ctx`` (events left out).

    Aliases are left out: they are checked where they are, in the entities graph (checked whole,
    on its own), no shipped shape reads them from an article's side, and an article's check then
    does not change when a new article adds a spelling of a name it mentions (so
    ``kg.graph_cache`` can keep it).
    """
    graph = triple_set_graph()
    for entity in ctx.entities.values():
        add_entity(graph, entity)
    for node in ctx.publishers:
        add_publisher(graph, node, ctx)
    add_build(graph, ctx.build)
    return graph
