"""The article graphs' store answers every triple pattern as rdflib's default store does."""

from itertools import product

import pytest

from rdflib import RDF, Graph, Literal, URIRef

from kg.rdf.triple_set import triple_set_graph

EX = "https://example.org/"
TRIPLES = [
    (URIRef(EX + s), URIRef(EX + p), o)
    for s, p, o in [
        ("a", "knows", URIRef(EX + "b")),
        ("a", "knows", URIRef(EX + "c")),
        ("a", "name", Literal("A", lang="id")),
        ("b", "name", Literal("B")),
        ("b", "age", Literal(3)),
        ("c", "knows", URIRef(EX + "a")),
    ]
] + [(URIRef(EX + "a"), RDF.type, URIRef(EX + "Person"))]


def _both() -> tuple[Graph, Graph]:
    light, reference = triple_set_graph(URIRef(EX + "g")), Graph(identifier=URIRef(EX + "g"))
    for triple in TRIPLES + TRIPLES[:2]:  # the same triple twice is one triple
        light.add(triple)
        reference.add(triple)
    return light, reference


def test_every_pattern_gives_what_the_default_store_gives():
    light, reference = _both()
    assert len(light) == len(reference) == len(TRIPLES)
    terms = [set(t[i] for t in TRIPLES) | {None, URIRef(EX + "nobody")} for i in range(3)]
    for pattern in product(*terms):
        assert set(light.triples(pattern)) == set(reference.triples(pattern)), pattern
    assert (URIRef(EX + "a"), None, None) in light
    assert (URIRef(EX + "nobody"), None, None) not in light
    assert set(light.objects(URIRef(EX + "a"), URIRef(EX + "knows"))) == {URIRef(EX + "b"), URIRef(EX + "c")}


def test_added_after_a_query_and_removed_triples_are_seen():
    light, reference = _both()
    subject = URIRef(EX + "a")
    assert len(list(light.triples((subject, None, None)))) == 4
    light.add((subject, URIRef(EX + "age"), Literal(5)))
    assert len(list(light.triples((subject, None, None)))) == 5
    light.remove((subject, URIRef(EX + "knows"), None))
    reference.add((subject, URIRef(EX + "age"), Literal(5)))
    reference.remove((subject, URIRef(EX + "knows"), None))
    assert set(light) == set(reference)


def test_prefixes_bound_on_it_serialise():
    light, _ = _both()
    light.bind("ex", EX)
    assert "ex:a" in light.serialize(format="turtle")


def test_what_is_not_a_term_is_refused_as_rdflib_refuses_it():
    light, _ = _both()
    with pytest.raises(AssertionError, match="must be an rdflib term"):
        light.add((URIRef(EX + "a"), URIRef(EX + "name"), "A"))


def test_adding_while_reading_the_graph_whole():
    light, reference = _both()
    for s, p, o in light:
        light.add((s, URIRef(EX + "seen"), Literal(True)))
        reference.add((s, URIRef(EX + "seen"), Literal(True)))
    assert set(light) == set(reference)
