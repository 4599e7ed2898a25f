"""Regions in the graph: resolve -> RDF -> SHACL and the shipped query ``regions``."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import Graph, Literal

from kg.rdf import iri
from kg.rdf.mapping import facts_to_dataset, facts_to_graph
from kg.rdf.namespaces import KGO
from kg.records import LOC, PER, AnnotatedArticle, Article, Mention, Sentence
from kg.resolve import resolve
from kg.resources import asset_dir
from kg.validate import validate_dataset

TEXT = ("Banjir melanda Kabupaten Cilacap, Jawa Tengah. Air merendam Kecamatan Sidareja, Gandrungmangu "
        "dan Desa Tinggarjaya. Warga Dusun Karangsari mengungsi ke Bandung. Kepala BPBD Wijonarko memantau.")
NAMES = [("Kabupaten Cilacap", LOC), ("Jawa Tengah", LOC), ("Kecamatan Sidareja", LOC), ("Gandrungmangu", LOC),
         ("Desa Tinggarjaya", LOC), ("Dusun Karangsari", LOC), ("Bandung", LOC), ("Wijonarko", PER)]


def annotated(text: str = TEXT, names=NAMES, source: str = "banjir.txt") -> AnnotatedArticle:
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, label, 0) for n, label in names)
    article = Article(source, hashlib.sha256(text.encode()).hexdigest(), text, dateline="CILACAP")
    return AnnotatedArticle(article, (Sentence(0, len(text), text),), mentions)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return facts_to_graph(resolve([annotated()]))


def rows(graph: Graph) -> list[tuple]:
    query = (asset_dir("queries") / "regions.rq").read_text(encoding="utf-8")
    return [tuple(None if v is None else str(v) for v in row) for row in graph.query(query)]


def test_regions_query_lists_each_region_with_level_code_and_parent(graph):
    found = {(level, code, parent) for level, code, _, parent, *_ in rows(graph)}
    assert found == {
        ("province", "33", None),
        ("regency", "33.01", "33"),
        ("district", "33.01.11", "33.01"),
        ("district", "33.01.10", "33.01"),
        ("village", "33.01.11.2001", "33.01.11"),
    }


def test_regions_regency_node_has_code_level_and_districts_point_to_it(graph):
    regency = iri.region_iri("33.01")
    assert regency == iri.entity_iri("LOC/region/3301")
    assert str(regency).endswith("/id/place/region/3301")
    assert (regency, KGO.regionCode, Literal("33.01")) in graph
    assert (regency, KGO.partOf, iri.region_iri("33")) in graph
    assert set(graph.subjects(KGO.partOf, regency)) == {iri.region_iri("33.01.11"), iri.region_iri("33.01.10")}


def test_regions_ambiguous_and_hamlet_names_stay_unlinked(graph):
    codes = {code for _, code, *_ in rows(graph)}
    assert not {"32.04", "32.73"} & codes  # "Bandung": regency or city, nothing in the article decides


def test_regions_parent_not_named_gets_a_labelled_node():
    facts = resolve([annotated("Air merendam Kecamatan Sidareja.", [("Kecamatan Sidareja", LOC)], "b.txt")])
    graph = facts_to_graph(facts)
    found = {(level, code, name, parent) for level, code, name, parent, *_ in rows(graph)}
    assert found == {("district", "33.01.11", "Kecamatan Sidareja", "33.01"),
                     ("regency", "33.01", "Cilacap", "33"), ("province", "33", "Jawa Tengah", None)}


def test_regions_graph_conforms_to_the_shapes():
    report = validate_dataset(facts_to_dataset(resolve([annotated()])))
    assert report.conforms, report


def test_regions_same_region_in_two_articles_is_one_node():
    other = annotated("Bupati meninjau Cilacap.", [("Cilacap", LOC)], "c.txt")
    facts = resolve([annotated(), other])
    keys = [e.key for e in facts.entities if e.region is not None and e.region.code == "33.01"]
    assert keys == ["LOC/region/3301"]


def test_regions_shapes_reject_a_malformed_code():
    dataset = facts_to_dataset(resolve([annotated()]))
    for graph in dataset.graphs():
        for node, _, code in list(graph.triples((None, KGO.regionCode, None))):
            graph.remove((node, KGO.regionCode, code))
            graph.add((node, KGO.regionCode, Literal(str(code).replace(".", ""))))
    report = validate_dataset(dataset)
    assert not report.conforms
    assert "Kemendagri kgo:regionCode" in str(report)


def test_regions_report_shows_the_code_and_the_parent():
    from kg.report import collect_report
    from kg.report.sources import select_from_dataset

    data = collect_report(select_from_dataset(facts_to_dataset(resolve([annotated()]))), top=20, source="test")
    shown = {e["n"]: e.get("g") for e in data["entities"]}
    assert shown["Kabupaten Cilacap"] == "33.01 (in Jawa Tengah)"
    assert shown["Kecamatan Sidareja"] == "33.01.11 (in Kabupaten Cilacap)"
    assert shown["Bandung"] is None  # not linked, no code
