"""IRIs minted from keys are valid, deterministic and distinct for distinct keys."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.rdf import iri

NASTY = [
    "kim jong un", "Kim Jong-un", 'O"Brien <x>', "a/b\\c", "金正恩", "Владимир Путин",
    "🚀 launch", "  ", "", "Sediksi.com", "geonames/2017370", "x" * 500, "a#b?c d",
]


@pytest.mark.parametrize("name", NASTY)
def test_entity_iri_is_valid_for_any_name(name: str) -> None:
    node = iri.entity_iri(f"PER/{name}", "PER")
    text = str(node)
    assert text.startswith("https://w3id.org/kg-news/id/person/")
    assert all(c.isascii() and (c.isalnum() or c in ":/.-") for c in text)
    graph = Graph()
    graph.add((node, URIRef("https://example.org/p"), Literal(name)))
    assert len(Graph().parse(data=graph.serialize(format="nt"), format="nt")) == 1


def test_entity_iri_keeps_plain_keys_readable() -> None:
    assert iri.entity_iri("PER/kim jong un", "PER") == iri.ID["person/kim-jong-un"]
    assert iri.entity_iri("LOC/geonames/2017370", "LOC") == iri.ID["place/geonames/2017370"]
    assert iri.entity_iri("ORG/kremlin", "ORG") == iri.ID["org/kremlin"]


def test_entity_iri_distinct_keys_give_distinct_iris() -> None:
    keys = ["PER/kim jong un", "PER/kim jong-un", "PER/Kim Jong Un", "PER/kim  jong un", "PER/kim_jong_un"]
    assert len({iri.entity_iri(k, "PER") for k in keys}) == len(keys)


def test_publisher_iri_matches_org_entity_of_same_name() -> None:
    from kg.resolve import normalise_name

    assert iri.publisher_iri("Sediksi.com") == iri.entity_iri(f"ORG/{normalise_name('Sediksi.com')}", "ORG")


def test_entity_iri_kind_follows_the_key_not_the_label() -> None:
    assert iri.entity_iri("LOC/geonames/2017370", "ORG") == iri.entity_iri("LOC/geonames/2017370", "LOC")


def test_article_iri_uses_first_16_hex_digits() -> None:
    digest = "ab" * 32
    assert iri.article_iri(digest) == iri.ID["article/" + "ab" * 8]
    assert str(iri.mention_iri(digest, 3, 9)).endswith("/article/abababababababab/mention/3-9")
    with pytest.raises(ValueError):
        iri.article_iri("not-a-hash")


def test_event_iri_is_deterministic_and_typed() -> None:
    first = iri.event_iri("Meeting|2023-09-13|PER/a|PER/b", "Meeting")
    assert first == iri.event_iri("Meeting|2023-09-13|PER/a|PER/b", "Meeting")
    assert str(first).startswith("https://w3id.org/kg-news/id/event/meeting-")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["PER", "LOC", "ORG", "XYZ"]))
def test_entity_iri_any_text_round_trips_through_ntriples(name: str, label: str) -> None:
    node = iri.entity_iri(f"{label}/{name}", label)
    assert re.fullmatch(r"https://w3id\.org/kg-news/id/[a-z]+/[a-z0-9/-]+", str(node)), str(node)
    graph = Graph()
    graph.add((node, URIRef("https://example.org/p"), Literal(name)))
    assert set(Graph().parse(data=graph.serialize(format="nt"), format="nt")) == set(graph)
