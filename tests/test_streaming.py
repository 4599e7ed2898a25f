"""A streamed build writes the bytes the in-memory build writes, whatever runs the chunks,
and leaves the old output as it was when the graph does not conform."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from kg.output import FORMATS, serialize
from kg.pipeline import StageTimes, stream_graph
from kg.rdf.mapping import facts_to_dataset
from kg.resources import asset_dir
from kg.spool import GraphSpool
from kg.article_graphs import flatten
from rdf.sample import sample_facts

SUFFIX = {"turtle": "ttl", "nt": "nt", "trig": "trig", "nquads": "nq", "jsonld": "jsonld"}


def _stream(facts, target: Path, fmt: str, jobs: int = 1, shapes: Path | None = None):
    return stream_graph(facts, str(target), fmt, validate=True, shapes=shapes, jobs=jobs, scheduler=None,
                        times=StageTimes())


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_stream_graph_writes_the_bytes_of_the_in_memory_graph(tmp_path, fmt):
    facts = sample_facts()
    target = tmp_path / f"graph.{SUFFIX[fmt]}"
    report, written, statements = _stream(facts, target, fmt)
    assert report.conforms and written == fmt and statements > 0
    assert target.read_bytes() == serialize(facts_to_dataset(facts), fmt)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no staging left


def test_stream_graph_in_two_processes_equals_one(tmp_path):
    facts = sample_facts()
    _stream(facts, tmp_path / "one.trig", "trig", jobs=1)
    _stream(facts, tmp_path / "two.trig", "trig", jobs=2)
    assert (tmp_path / "one.trig").read_bytes() == (tmp_path / "two.trig").read_bytes()


@pytest.mark.parametrize("fmt", ["turtle", "nquads"])
def test_spool_merges_runs_in_any_order(tmp_path, fmt):
    dataset = facts_to_dataset(sample_facts())
    spool = GraphSpool(str(tmp_path / f"graph.{SUFFIX[fmt]}"), fmt, run_lines=7)  # many small runs
    for graph in sorted((g for g in dataset.graphs() if len(g)), key=lambda g: str(g.identifier), reverse=True):
        flat = flatten(graph, FORMATS[fmt][1])
        spool.add(flat.name, flat.lines, flat.prefixes)
    spool.commit()
    assert (tmp_path / f"graph.{SUFFIX[fmt]}").read_bytes() == serialize(dataset, fmt)


def test_stream_graph_that_does_not_conform_leaves_the_old_file(tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix kgo: <https://w3id.org/kg-news/ontology#> .\n"
        "<urn:s> a sh:NodeShape ; sh:targetClass kgo:NewsArticle ;\n"
        "  sh:property [ sh:path kgo:neverThere ; sh:minCount 1 ] .\n", encoding="utf-8")
    target = tmp_path / "out" / "graph.ttl"
    target.parent.mkdir()
    target.write_bytes(b"old\n")
    report, written, statements = _stream(sample_facts(), target, "turtle", shapes=shapes)
    assert not report.conforms and written is None and statements == 0
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]


def test_stream_graph_reports_an_entity_violation_once(tmp_path):
    facts = sample_facts()
    broken = dataclasses.replace(facts.entities[0], label="XYZ")  # no type: breaks the entity shape
    facts = dataclasses.replace(facts, entities=(broken,) + facts.entities[1:])
    report, written, _ = _stream(facts, tmp_path / "graph.ttl", "turtle")
    assert not report.conforms and written is None
    focus = [v for v in report.errors if v.constraint == "XoneConstraintComponent"]
    assert len({v.focus for v in focus}) == len(focus) >= 1


WARNINGS = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kgo: <https://w3id.org/kg-news/ontology#> .
<urn:test:mention> a sh:NodeShape ; sh:targetClass kgo:Mention ;
    sh:property [ sh:path kgo:mentionOf ; sh:class kgo:Person ; sh:severity sh:Warning ] .
<urn:test:place> a sh:NodeShape ; sh:targetClass kgo:Place ;
    sh:property [ sh:path kgo:iso3166 ; sh:minCount 1 ; sh:severity sh:Warning ] .
"""


def test_stream_graph_in_two_processes_reports_what_one_reports(tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    for path in asset_dir("shapes").glob("*.ttl"):
        shutil.copy(path, shapes / path.name)
    (shapes / "warnings.ttl").write_text(WARNINGS, encoding="utf-8")
    facts = sample_facts()
    one, _, _ = _stream(facts, tmp_path / "one.trig", "trig", jobs=1, shapes=shapes)
    two, _, _ = _stream(facts, tmp_path / "two.trig", "trig", jobs=2, shapes=shapes)
    assert one.conforms and {v.severity for v in one.violations} == {"Warning"}
    assert {v.constraint for v in one.violations} == {"ClassConstraintComponent", "MinCountConstraintComponent"}
    assert two == one
    assert (tmp_path / "one.trig").read_bytes() == (tmp_path / "two.trig").read_bytes()


def test_stream_graph_writes_and_checks_the_co_mention_table_in_parts(tmp_path, monkeypatch):
    import kg.rdf.co_mentions
    from kg.rdf.co_mentions import co_mentions
    from kg.rdf.mapping import context

    import kg.article_graphs

    facts = sample_facts()
    pairs = len(list(co_mentions(facts.articles, context(facts), facts.co_mentions)))
    assert pairs >= 2
    monkeypatch.setattr(kg.rdf.co_mentions, "PART_PAIRS", 1)  # one pair a part
    checked = []
    check = kg.article_graphs.check_lines
    monkeypatch.setattr(kg.article_graphs, "check_lines", lambda graph, shapes: checked.append(graph) or check(graph, shapes))
    _stream(facts, tmp_path / "counted.trig", "trig", jobs=1)
    assert len(checked) == 1 + pairs  # the entities graph, then each part of the table on its own
    monkeypatch.setattr(kg.article_graphs, "check_lines", check)
    for jobs in (1, 2):
        target = tmp_path / f"graph-{jobs}.trig"
        report, written, _ = _stream(facts, target, "trig", jobs=jobs)
        assert report.conforms and written == "trig"
        assert target.read_bytes() == serialize(facts_to_dataset(facts), "trig")


@pytest.mark.parametrize("fmt", ["nt", "nquads"])
def test_spool_writes_line_formats_as_oxigraph_serialises_them(tmp_path, fmt):
    """N-Triples and N-Quads are written from the merged lines without Oxigraph's serialiser: the
    same bytes, escapes and all."""
    import pyoxigraph as ox
    from rdflib import XSD, Graph, Literal, URIRef

    graph = Graph(identifier=URIRef("https://example.org/g"))
    subject, predicate = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    for value in ['kata "kutip"\n\tbaris\\ baru\r', "ünïcode ✓ 金正恩 \u0007", "", " "]:
        graph.add((subject, predicate, Literal(value)))
        graph.add((subject, predicate, Literal(value, lang="id")))
    graph.add((subject, predicate, Literal("01", datatype=XSD.nonNegativeInteger)))
    graph.add((subject, predicate, URIRef("https://example.org/é?q=1#x")))
    target = tmp_path / f"graph.{SUFFIX[fmt]}"
    spool = GraphSpool(str(target), fmt, run_lines=3)
    flat = flatten(graph, FORMATS[fmt][1])
    spool.add(flat.name, flat.lines, flat.prefixes)
    spool.commit()
    kind = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.N_TRIPLES
    assert target.read_bytes() == ox.serialize(ox.parse(target.read_bytes(), format=kind), format=kind)
