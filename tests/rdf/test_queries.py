"""Every shipped query runs on a small mapped graph and gives the answers the sample facts imply."""

from __future__ import annotations

from pathlib import Path

import pytest
from dataclasses import replace

from rdflib import SKOS, Graph, URIRef

from kg.rdf.mapping import facts_to_dataset, facts_to_graph
from kg.rdf.namespaces import KGO
from kg.resources import asset_dir
from rdf.sample import sample_facts

IDENTIFIER = URIRef("https://schema.org/identifier")
QUERIES = sorted(asset_dir("queries").glob("*.rq"))


@pytest.fixture(scope="module")
def graph() -> Graph:
    return facts_to_graph(sample_facts())


@pytest.fixture(scope="module")
def store():
    """The sample as named graphs in an embedded Oxigraph store."""
    import pyoxigraph

    store = pyoxigraph.Store()
    quads = facts_to_dataset(sample_facts()).serialize(format="nquads")
    store.load(quads.encode("utf-8"), pyoxigraph.RdfFormat.N_QUADS)
    return store


def rows(graph: Graph, name: str) -> list[dict[str, str | None]]:
    result = graph.query((asset_dir("queries") / f"{name}.rq").read_text(encoding="utf-8"))
    names = [str(v) for v in result.vars]
    return [{k: (None if v is None else str(v)) for k, v in zip(names, row)} for row in result]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_runs_and_says_what_it_answers(graph: Graph, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), f"{path.name} must start with a '# ' comment saying what it answers"
    graph.query(text)


def test_query_mentions_lists_people_per_article(graph: Graph) -> None:
    found = {(r["source"], r["name"], r["mentions"]) for r in rows(graph, "mentions")}
    assert ("000_sample.txt", "Kim Jong Un", "3") in found
    assert ("sub/001 sample “B”.txt", "Vladimir Putin", "2") in found


def test_query_roles(graph: Graph) -> None:
    found = {(r["name"], r["title"], r["heldIn"]) for r in rows(graph, "roles")}
    assert found == {("Vladimir Putin", "Presiden Rusia", "Rusia"), ("Dmitry Peskov", "Juru bicara Kremlin", "Kremlin")}


def test_query_co_mentions_counts_articles(graph: Graph) -> None:
    found = {frozenset((r["nameA"], r["nameB"])): r["articles"] for r in rows(graph, "co_mentions")}
    assert found[frozenset(("Kim Jong Un", "Vladimir Putin"))] == "2"
    assert frozenset(("Kim Jong Un", "Kremlin")) not in found  # named together in one article only


def recounted_co_mentions(graph: Graph, threshold: int) -> list[tuple]:
    """The co_mentions rows counted from the articles' kgo:mentions, as the query once counted them."""
    named: dict = {}
    for article, entity in graph.subject_objects(KGO.mentions):
        named.setdefault(article, set()).add(str(entity))
    pairs: dict = {}
    for article, entities in named.items():
        ordered = sorted(entities)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                pairs.setdefault((a, b), set()).add(str(graph.value(article, IDENTIFIER)))
    label = {str(s): str(o) for s, o in graph.subject_objects(SKOS.prefLabel)}
    found = [(label[a], label[b], len(sources), " | ".join(sorted(sources)), a, b)
             for (a, b), sources in pairs.items() if len(sources) >= threshold]
    return sorted(found, key=lambda r: (-r[2], r[0], r[1], r[4], r[5]))


@pytest.mark.parametrize("threshold", [1, 2, 3])
def test_query_co_mentions_reads_the_builds_pair_table(threshold: int) -> None:
    facts = replace(sample_facts(), co_mentions=threshold)
    graph = facts_to_graph(facts)
    found = [(r["nameA"], r["nameB"], int(r["articles"]), r["sources"], r["a"], r["b"])
             for r in rows(graph, "co_mentions")]
    assert found == recounted_co_mentions(graph, threshold)
    assert bool(found) == (threshold <= 2)  # the sample has two articles
    pairs = {frozenset(r[:2]): r[2] for r in found}
    assert pairs.get(frozenset(("Kim Jong Un", "Kremlin"))) == (1 if threshold == 1 else None)


def test_query_entities_counts_mentions_by_type(graph: Graph) -> None:
    found = {(r["type"], r["name"]): (r["mentions"], r["articles"]) for r in rows(graph, "entities")}
    assert found[("person", "Kim Jong Un")] == ("5", "2")
    assert found[("organization", "Kremlin")] == ("1", "1")
    assert ("organization", "Sediksi.com") not in found  # publisher, never mentioned


def test_query_places_have_geonames(graph: Graph) -> None:
    found = {r["name"]: (r["geonames"], r["iso3166"], r["country"]) for r in rows(graph, "places")}
    assert found["Rusia"] == ("https://sws.geonames.org/2017370/", "RU", "true")
    assert found["Vostochny"] == ("https://sws.geonames.org/7303936/", None, "false")


def test_query_timeline_is_ordered_by_date(graph: Graph) -> None:
    found = [(r["date"], r["type"], r["reports"]) for r in rows(graph, "timeline")]
    assert found == [("2023-09", "MissileLaunch", "1"), ("2023-09-13", "Meeting", "2")]


def test_query_meetings_pairs_participants(graph: Graph) -> None:
    found = [(frozenset((r["nameA"], r["nameB"])), r["placeName"], r["reports"]) for r in rows(graph, "meetings")]
    assert found == [(frozenset(("Kim Jong Un", "Vladimir Putin")), "Vostochny", "2")]


def test_query_quotes_by_person(graph: Graph) -> None:
    found = [(r["speakerName"], r["text"]) for r in rows(graph, "quotes")]
    assert found == [("Kim Jong Un", "Kami akan selalu mendukung Rusia,")]


def test_query_multi_reported_events(graph: Graph) -> None:
    found = [(r["type"], r["reports"]) for r in rows(graph, "multi_reported_events")]
    assert found == [("Meeting", "2")]


def test_query_provenance_traces_mention_to_sentence_and_article(graph: Graph) -> None:
    found = rows(graph, "provenance")
    trigger = [r for r in found if r["aboutLabel"] == "event: Meeting" and r["source"] == "000_sample.txt"]
    assert len(trigger) == 1
    assert trigger[0]["anchor"] == "bertemu"
    assert trigger[0]["sentence"].startswith("Presiden Rusia Vladimir Putin bertemu Kim Jong Un")
    peskov = [r for r in found if r["aboutLabel"] == "Dmitry Peskov"]
    assert [(r["anchor"], r["source"]) for r in peskov] == [("Dmitry Peskov", "000_sample.txt")]


@pytest.mark.parametrize("path", [p for p in QUERIES if not p.stem.startswith("report_")], ids=lambda p: p.stem)
def test_query_gives_same_rows_on_oxigraph_union_of_named_graphs(graph: Graph, store, path: Path) -> None:
    """A triple repeated in several article graphs must not repeat rows (stores use bag semantics)."""
    text = path.read_text(encoding="utf-8")
    on_store = list(store.query(text, use_default_graph_as_union=True))
    assert len(on_store) == len(graph.query(text))


def traced_provenance(about: str) -> str:
    """The one-entity form of provenance.rq, as its header gives it, tracing ``about``."""
    header = (asset_dir("queries") / "provenance.rq").read_text(encoding="utf-8").split("\nPREFIX kgo:")[0]
    lines = [line[4:] for line in header.splitlines() if line.startswith("#   ")]
    assert lines, "provenance.rq's header no longer gives the one-entity form"
    return "\n".join(lines).replace("https://w3id.org/kg-news/id/person/kim-jong-un", about)


@pytest.mark.parametrize("about", ["https://w3id.org/kg-news/id/person/kim-jong-un",
                                   "https://w3id.org/kg-news/id/place/geonames/2017370", "event"])
def test_query_provenance_traced_form_gives_the_rows_of_one_entity(store, about: str) -> None:
    full = store.query((asset_dir("queries") / "provenance.rq").read_text(encoding="utf-8"),
                       use_default_graph_as_union=True)
    names = [v.value for v in full.variables]
    rows = [tuple(None if row[n] is None else str(row[n]) for n in names) for row in full]
    if about == "event":  # an event traced by its trigger words
        about = next(r[names.index("about")] for r in rows if r[0].startswith('"event: '))[1:-1]
    expected = [r for r in rows if r[names.index("about")] == f"<{about}>"]
    traced = store.query(traced_provenance(about), use_default_graph_as_union=True)
    assert [v.value for v in traced.variables] == names
    assert [tuple(None if row[n] is None else str(row[n]) for n in names) for row in traced] == expected
    assert expected
