"""Written graphs parse back, in rdflib and in Oxigraph, to the graphs that were written.

Turtle, N-Triples, TriG, N-Quads and JSON-LD are written by Oxigraph from sorted quads (rdflib's
writers took minutes on a thousand articles); these tests hold the output to what rdflib wrote
before: the same triples (Turtle/N-Triples: the union of the graphs), the same named graphs (the rest),
the bound prefixes, and the same bytes whatever the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.output import read_graph, serialize, write_graph
from kg.rdf.mapping import facts_to_dataset
from kg.report.sample import synthetic_facts

ROOT = Path(__file__).resolve().parents[1]
OXIGRAPH_WRITTEN = ("turtle", "nt", "trig", "nquads", "jsonld")
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
KEEP_GRAPHS = ("trig", "nquads", "jsonld")


@pytest.fixture(scope="module")
def synthetic() -> Dataset:
    return facts_to_dataset(synthetic_facts(20, seed=1))


@pytest.fixture(scope="module")
def seed_dataset() -> Dataset:
    from kg.pipeline import build

    return build(["seeds"], timestamp=False).dataset


def _named_graphs(dataset: Dataset) -> dict[str, Graph]:
    graphs: dict[str, Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graphs.setdefault(str(g), Graph()).add((s, p, o))
    return graphs


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _check_rdflib_round_trip(dataset: Dataset, fmt: str) -> None:
    data = serialize(dataset, fmt)
    if fmt in KEEP_GRAPHS:
        parsed = Dataset()
        parsed.parse(data=data, format=RDFLIB_FORMATS[fmt])
        want, got = _named_graphs(dataset), _named_graphs(parsed)
        assert sorted(got) == sorted(want)
        for name, graph in want.items():
            assert isomorphic(got[name], graph), f"{fmt}: graph {name} changed"
    else:
        parsed_graph = Graph().parse(data=data, format=RDFLIB_FORMATS[fmt])
        assert isomorphic(parsed_graph, _union(dataset))


def _check_oxigraph_round_trip(dataset: Dataset, fmt: str) -> None:
    """Oxigraph reads back exactly what it reads from rdflib's own N-Quads of the same dataset."""
    reference = set(ox.parse(dataset.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS))
    got = list(ox.parse(serialize(dataset, fmt), format=OX_FORMATS[fmt]))
    if fmt in KEEP_GRAPHS:
        assert set(got) == reference
        assert len(got) == len(reference)
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in reference}
        assert {ox.Triple(q.subject, q.predicate, q.object) for q in got} == triples
        assert len(got) == len(triples), f"{fmt}: a triple in several graphs is written once"


@pytest.mark.parametrize("fmt", OXIGRAPH_WRITTEN)
def test_serialize_synthetic_round_trips_in_rdflib(synthetic: Dataset, fmt: str) -> None:
    _check_rdflib_round_trip(synthetic, fmt)


@pytest.mark.parametrize("fmt", OXIGRAPH_WRITTEN)
def test_serialize_synthetic_round_trips_in_oxigraph(synthetic: Dataset, fmt: str) -> None:
    _check_oxigraph_round_trip(synthetic, fmt)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", OXIGRAPH_WRITTEN)
def test_serialize_seed_graph_round_trips(seed_dataset: Dataset, fmt: str) -> None:
    _check_rdflib_round_trip(seed_dataset, fmt)
    _check_oxigraph_round_trip(seed_dataset, fmt)


def test_serialize_turtle_uses_the_bound_prefixes_it_needs(synthetic: Dataset) -> None:
    text = serialize(synthetic, "turtle").decode("utf-8")
    assert "@prefix kgo: <https://w3id.org/kg-news/ontology#> ." in text
    assert "@prefix brick:" not in text  # bound by rdflib by default, never used
    assert "kgo:NewsArticle" in text
    assert '"^^xsd:nonNegativeInteger' in text
    assert "\\/" not in text  # no kgid:person\/name: IRIs with a "/" after the prefix are written in full


def test_serialize_odd_terms_default_graph_and_languages_round_trip(tmp_path: Path) -> None:
    dataset = Dataset()
    dataset.bind("ex", "http://example.org/")
    s, p = URIRef("http://example.org/s"), URIRef("http://example.org/p")
    dataset.add((s, p, Literal('tab\t"quote"\nnewline \\ 金正恩 🎉')))  # default graph
    named = dataset.graph(URIRef("http://example.org/g"))
    named.add((s, p, Literal("Jakarta", lang="id")))
    named.add((s, p, Literal("2023-02-30", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))))
    named.add((s, p, Literal('tab\t"quote"\nnewline \\ 金正恩 🎉')))  # also in the default graph
    for fmt in OXIGRAPH_WRITTEN:
        _check_rdflib_round_trip(dataset, fmt)
        _check_oxigraph_round_trip(dataset, fmt)
        path = tmp_path / f"graph.{ {'turtle': 'ttl', 'nt': 'nt', 'trig': 'trig', 'nquads': 'nq', 'jsonld': 'jsonld'}[fmt] }"
        write_graph(dataset, str(path), fmt)
        assert any(True for _ in read_graph([path]).quads((None, None, None, None)))  # kg reads it back


_DIGESTS = """
import hashlib
from kg.output import serialize
from kg.rdf.mapping import facts_to_dataset
from kg.report.sample import synthetic_facts
dataset = facts_to_dataset(synthetic_facts(5, seed=1))
for fmt in ("turtle", "nt", "trig", "nquads", "jsonld"):
    print(fmt, hashlib.sha256(serialize(dataset, fmt)).hexdigest())
"""


def test_serialize_bytes_do_not_depend_on_the_process() -> None:
    outputs = []
    for seed in ("0", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", _DIGESTS], capture_output=True, text=True, env=env, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 5


def _dataset_copied_triple_by_triple(facts) -> Dataset:
    """``facts_to_dataset`` as it was before it was made faster: the reference for its quads."""
    from kg.rdf.mapping import map_article, map_entities
    from kg.rdf.nodes import bind, context

    dataset = Dataset()
    bind(dataset)
    ctx = context(facts)
    for graph in [*(map_article(a, ctx) for a in facts.articles), map_entities(facts, ctx)]:
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
    return dataset


def test_facts_to_dataset_gives_the_quads_of_the_graph_by_graph_copy() -> None:
    import gc

    facts = synthetic_facts(50, seed=1)
    assert gc.isenabled()
    new, old = facts_to_dataset(facts), _dataset_copied_triple_by_triple(facts)
    assert gc.isenabled(), "the collector is switched back on"
    want, got = _named_graphs(old), _named_graphs(new)
    assert sorted(got) == sorted(want) and len(want) == 51
    for name, graph in want.items():
        assert isomorphic(got[name], graph), f"graph {name} changed"
    assert dict(new.namespaces()) == dict(old.namespaces())
