"""A chunk's articles checked in one pySHACL run report exactly what checking each article alone
(with the descriptions of what it names) reports, and each result is kept with its articles."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from rdflib import RDF, Graph, URIRef

from kg.article_graphs import describe, map_chunk, own_results
from kg.rdf.mapping import context, map_article
from kg.rdf.namespaces import KGO
from kg.rdf.nodes import context_for
from kg.records import Facts
from kg.resources import asset_dir
from kg.validate import (
    Violation,
    descriptions,
    named_nodes,
    validate,
    validate_graphs,
    validate_together,
    with_descriptions,
)
from test_fuzz_rdf import facts
from test_shapes import BASE, BROKEN, PREFIXES

# Shapes that fuzzed graphs break often (the shipped shapes they always pass): results on
# entities (shared by articles), on the build node (shared by all), on article nodes, as
# violations and as warnings.
STRICT = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kgo: <https://w3id.org/kg-news/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<urn:test:person> a sh:NodeShape ; sh:targetClass kgo:Person ;
    sh:property [ sh:path skos:prefLabel ; sh:maxLength 4 ] .
<urn:test:place> a sh:NodeShape ; sh:targetClass kgo:Place ;
    sh:property [ sh:path kgo:iso3166 ; sh:minCount 1 ; sh:severity sh:Warning ] .
<urn:test:mention> a sh:NodeShape ; sh:targetClass kgo:Mention ;
    sh:property [ sh:path kgo:mentionOf ; sh:class kgo:Person ; sh:severity sh:Warning ] .
<urn:test:article> a sh:NodeShape ; sh:targetClass kgo:NewsArticle ;
    sh:property [ sh:path schema:headline ; sh:minCount 1 ] .
<urn:test:build> a sh:NodeShape ; sh:targetClass prov:Activity ;
    sh:property [ sh:path kgo:model ; sh:minCount 1 ] .
"""
ENTITY_IRIS = ("https://w3id.org/kg-news/id/person/", "https://w3id.org/kg-news/id/place/")


def _key(v: Violation) -> tuple:
    """What a result says, leaving out which of the articles naming its focus it is shown with."""
    return (v.focus, v.path, v.shape, v.severity, v.constraint, v.value, v.message)


def _alone(graphs: list[Graph], described: dict, shapes: Path | None) -> list[set[tuple]]:
    """The reference: each article graph checked on its own, with what it names described."""
    return [{_key(v) for v in validate_graphs([with_descriptions(g, described)], shapes, batch=1).violations}
            for g in graphs]


def _assert_same(graphs: list[Graph], described: dict, shapes: Path | None) -> list[Violation]:
    nodes = [named_nodes(g) for g in graphs]
    together = validate_together(graphs, described, shapes, nodes)
    alone = _alone(graphs, described, shapes)
    assert {_key(v) for v in together} == set().union(*alone)
    own = own_results(nodes, together)
    assert own is not None
    assert [{_key(v) for v in found} for found in own] == alone
    # and every field (article, graph) as the per-article copies checked in one batch found it
    old = validate_graphs([with_descriptions(g, described) for g in graphs], shapes, batch=len(graphs))
    assert sorted(map(repr, together)) == sorted(map(repr, old.violations))
    return together


@pytest.fixture(scope="module")
def strict_shapes(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("shapes")
    for path in asset_dir("shapes").glob("*.ttl"):
        shutil.copy(path, folder / path.name)
    (folder / "strict.ttl").write_text(STRICT, encoding="utf-8")
    return folder


def _split(data: str, article: str) -> tuple[Graph, Graph]:
    """The shapes tests' graph as an article graph and the entities' descriptions."""
    whole = Graph().parse(data=PREFIXES + data, format="turtle")
    graph, entities = Graph(identifier=URIRef(f"urn:graph:{article}")), Graph()
    for triple in whole:
        (entities if str(triple[0]).startswith(ENTITY_IRIS) else graph).add(triple)
    news = graph.value(None, RDF.type, KGO.NewsArticle)
    for entity in set(entities.subjects()) - named_nodes(graph):  # a place only the case adds
        graph.add((news, KGO.mentions, entity))
    return graph, entities


def _renamed(data: str) -> str:
    """BASE as another article (its own article, mention, event, quote, role and time nodes)."""
    for old in ("0123456789abcdef", "id:m ", "id:e ", "id:q ", "id:r ", "id:t "):
        data = data.replace(old, "fedcba9876543210" if old[0] == "0" else f"{old[:-1]}2 ")
    return data


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_validate_together_finds_what_each_article_finds_alone_on_broken_graphs(case: str) -> None:
    broken, entities = _split(BROKEN[case][0], "broken")
    other, _ = _split(_renamed(BASE), "other")
    found = _assert_same([broken, other], descriptions(entities), None)
    assert BROKEN[case][1] in {v.constraint for v in found if v.severity == "Violation"}


def test_validate_together_finds_a_warning_alone() -> None:
    graph, entities = _split(BASE.replace("kgo:speaker id:person\\/kim .", "."), "warned")
    found = _assert_same([graph], descriptions(entities), None)
    assert [v.severity for v in found] == ["Warning"]
    assert validate(Graph().parse(data=PREFIXES + BASE, format="turtle")).conforms


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large])
@given(facts())
def test_validate_together_finds_what_each_article_finds_alone_on_fuzzed_graphs(
        strict_shapes: Path, value: Facts) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # roles held by non-persons etc. are left out with a warning
        part = context_for(value.articles, context(value))
        graphs = [map_article(article, part) for article in value.articles]
        chunk = map_chunk(value.articles, part, True, strict_shapes, quads=False)
    described = descriptions(describe(part))
    found = _assert_same(graphs, described, strict_shapes)
    assert sorted(map(repr, chunk.violations)) == sorted(map(repr, found))
    assert chunk.own == own_results([named_nodes(g) for g in graphs], chunk.violations)
