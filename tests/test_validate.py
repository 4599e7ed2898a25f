"""validate / validate_dataset / format_report on mapped Facts and on broken graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from kg.errors import ShapesError
from kg.rdf import iri
from kg.rdf.mapping import facts_to_dataset, facts_to_graph
from kg.rdf.namespaces import KGO
from kg.validate import format_report, validate, validate_dataset, validate_graphs
from rdf.sample import KIM, sample_facts


def test_validate_mapped_facts_conform() -> None:
    report = validate(facts_to_graph(sample_facts()))
    assert report.conforms, format_report(report)
    assert report.violations == ()


@pytest.mark.parametrize("batch", [1, 32])
def test_validate_dataset_conforms_graph_by_graph(batch: int) -> None:
    report = validate_dataset(facts_to_dataset(sample_facts()), batch=batch)
    assert report.conforms, format_report(report)


def test_validate_dataset_names_article_and_graph_of_violation() -> None:
    facts = sample_facts()
    dataset = facts_to_dataset(facts)
    article = facts.articles[0].annotated.article
    graph = dataset.graph(iri.article_graph_iri(article.sha256))
    mention = iri.mention_iri(article.sha256, 0, 0)  # begin == end, and no offsets stated
    graph.add((mention, RDF.type, KGO.Mention))
    graph.add((mention, KGO.mentionOf, iri.entity_iri(KIM.key, KIM.label)))
    graph.add((mention, KGO.inArticle, iri.article_iri(article.sha256)))
    report = validate_dataset(dataset)
    assert not report.conforms
    assert {v.focus for v in report.errors} == {str(mention)}
    assert {v.source for v in report.errors} == {article.source}
    assert {v.graph for v in report.errors} == {str(graph.identifier)}
    text = format_report(report)
    assert f"in article {article.source}" in text
    assert "ontology#beginIndex" in text
    assert text.startswith("Does not conform: 2 violation(s)")


def test_validate_reports_two_labels_in_union() -> None:
    graph = facts_to_graph(sample_facts())
    kim = iri.entity_iri(KIM.key, KIM.label)
    graph.add((kim, SKOS.prefLabel, Literal("Kim Jong-un")))
    report = validate(graph)
    assert [(v.focus, v.constraint) for v in report.errors] == [(str(kim), "MaxCountConstraintComponent")]
    assert "exactly one skos:prefLabel" in format_report(report)


def test_validate_graphs_rejects_bad_batch() -> None:
    with pytest.raises(ValueError):
        validate_graphs([Graph()], batch=0)


def test_validate_raises_shapes_error_for_empty_dir(tmp_path: Path) -> None:
    with pytest.raises(ShapesError, match="no SHACL shapes"):
        validate(Graph(), tmp_path)


def test_validate_raises_shapes_error_for_unparsable_shapes(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle", encoding="utf-8")
    with pytest.raises(ShapesError, match="bad.ttl"):
        validate(Graph(), tmp_path)


def test_validate_raises_shapes_error_for_malformed_shape(tmp_path: Path) -> None:
    (tmp_path / "s.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <https://example.org/> .\n"
        "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount \"many\" ] .\n",
        encoding="utf-8",
    )
    data = Graph().parse(data="<https://example.org/x> a <https://example.org/C> .", format="turtle")
    with pytest.raises(ShapesError):
        validate(data, tmp_path)


def test_format_report_summarises_long_reports() -> None:
    from kg.validate import ValidationReport, Violation

    many = tuple(Violation(f"https://example.org/q{i}", None, "MinCountConstraintComponent", "A quote has no speaker.",
                           "Warning") for i in range(60))
    text = format_report(ValidationReport(True, many), limit=5)
    assert "... and 55 more. Most common:" in text
    assert "  60 x Warning: A quote has no speaker." in text


def test_validate_dataset_in_worker_processes_finds_the_same() -> None:
    facts = sample_facts()
    dataset = facts_to_dataset(facts)
    kim = iri.entity_iri(KIM.key, KIM.label)
    graph = dataset.graph(iri.article_graph_iri(facts.articles[1].annotated.article.sha256))
    graph.add((kim, SKOS.prefLabel, Literal("Kim Jong-un")))
    serial = validate_dataset(dataset, batch=1)
    parallel = validate_dataset(dataset, batch=1, jobs=2)
    assert not serial.conforms
    assert parallel == serial
