"""Map resolved ``Facts`` to RDF: one named graph per article plus one for cross-article facts.

An article graph holds what that article says: the article, its sentences, mentions,
quotes, roles and the events it reports, pointing at entities and events by IRI only. The
entities graph describes every entity (types, labels, aliases, links), outlet and event
(with every article that reports it) and the build, once. Articles can be mapped one at a
time, in parallel (``map_article`` with a ``context``); to validate one alone, add the
descriptions of what it points at (``kg.validate.with_descriptions``).

Data carries both the kg types and the schema.org types (``kgo:Person`` and
``schema:Person``), so plain SPARQL without reasoning finds it either way.
Only ``Graph.add``: no Turtle is ever built from strings.
"""

from __future__ import annotations

import gc

from rdflib import PROV, RDF, Dataset, Graph

from kg.records import Facts
from kg.rdf import iri
from kg.rdf.article import map_article
from kg.rdf.co_mentions import add_co_mentions, co_mentions
from kg.rdf.namespaces import KGO
from kg.rdf.nodes import Context, add_build, add_entity, add_event, add_publisher, add_region_parents, bind, context

__all__ = ["Context", "context", "facts_to_dataset", "facts_to_graph", "map_article", "map_entities"]


def facts_to_dataset(facts: Facts) -> Dataset:
    """Everything in ``facts`` as a Dataset: one named graph per article, plus ``graph/entities``.

    Each graph goes into the dataset's store in one ``addN`` as soon as it is mapped (copying
    triple by triple with ``Graph.add`` took most of the time), and the cyclic garbage collector
    is paused meanwhile: it rescanned every term already built, so its cost grew with the graph.
    """
    dataset = Dataset()
    bind(dataset)
    ctx = context(facts)

    def add(graph: Graph) -> None:
        target = dataset.graph(graph.identifier)
        dataset.store.addN((s, p, o, target) for s, p, o in graph)

    collecting = gc.isenabled()
    gc.disable()
    try:
        for resolved in facts.articles:
            add(map_article(resolved, ctx))
        add(map_entities(facts, ctx))
    finally:
        if collecting:
            gc.enable()
    return dataset


def facts_to_graph(facts: Facts) -> Graph:
    """The union of every graph ``facts_to_dataset`` makes, as one Graph (for Turtle)."""
    union = Graph()
    bind(union)
    ctx = context(facts)
    for resolved in facts.articles:
        union += map_article(resolved, ctx)
    union += map_entities(facts, ctx)
    return union


def map_entities(facts: Facts, ctx: Context | None = None, *, table: bool = True) -> Graph:
    """The cross-article graph: every entity (with aliases), outlet and resolved event, the co-mention
    table (``kg.rdf.co_mentions``; ``table=False`` leaves it to the caller, see ``co_mention_parts``)
    and the build."""
    ctx = ctx or context(facts)
    graph = Graph(identifier=iri.ENTITIES_GRAPH)
    bind(graph)
    for entity in facts.entities:
        add_entity(graph, entity, aliases=True)
    add_region_parents(graph, facts.entities)
    for node in ctx.publishers:
        add_publisher(graph, node, ctx)
    for event in facts.events:
        node = add_event(graph, event, ctx)
        for report in event.reports:
            graph.add((node, KGO.reportedIn, iri.article_iri(report.article)))
    if table:
        add_co_mentions(graph, co_mentions(facts.articles, ctx, facts.co_mentions))
    build = add_build(graph, ctx.build)
    graph.add((iri.ENTITIES_GRAPH, RDF.type, PROV.Entity))
    graph.add((iri.ENTITIES_GRAPH, PROV.wasGeneratedBy, build))
    return graph
