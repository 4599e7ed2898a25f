"""Facts map to a Dataset of article graphs plus the entities graph that describes what they point at."""

from __future__ import annotations

from rdflib import Literal
from rdflib import namespace as ns
import pytest
from rdflib.compare import isomorphic

from kg.rdf import iri
from kg.rdf.mapping import facts_to_dataset, facts_to_graph
from kg.rdf.namespaces import KGO
from rdf.sample import KIM, RUSIA, sample_facts


def test_facts_to_graph_is_byte_identical_across_runs() -> None:
    first = facts_to_graph(sample_facts()).serialize(format="turtle")
    second = facts_to_graph(sample_facts()).serialize(format="turtle")
    assert first == second


def test_facts_to_dataset_has_one_graph_per_article_plus_entities() -> None:
    facts = sample_facts()
    dataset = facts_to_dataset(facts)
    names = {g.identifier for g in dataset.graphs() if len(g)}
    expected = {iri.article_graph_iri(a.annotated.article.sha256) for a in facts.articles}
    assert names == expected | {iri.ENTITIES_GRAPH}


def test_facts_to_graph_is_union_of_dataset() -> None:
    facts = sample_facts()
    union = facts_to_graph(facts)
    dataset = facts_to_dataset(facts)
    merged = type(union)()
    for graph in dataset.graphs():
        merged += graph
    assert isomorphic(union, merged)


def test_mapping_emits_schema_org_types_and_labels() -> None:
    graph = facts_to_graph(sample_facts())
    kim = iri.entity_iri(KIM.key, KIM.label)
    assert (kim, ns.RDF.type, ns.SDO.Person) in graph
    assert (kim, ns.RDF.type, KGO.Person) in graph
    assert list(graph.objects(kim, ns.SKOS.prefLabel)) == [Literal("Kim Jong Un")]
    rusia = iri.entity_iri(RUSIA.key, RUSIA.label)
    assert (rusia, ns.RDF.type, KGO.Country) in graph
    assert (rusia, ns.OWL.sameAs, iri.geonames_iri(2017370)) in graph


def test_mapping_types_dates_by_precision() -> None:
    graph = facts_to_graph(sample_facts())
    dates = {o.datatype for o in graph.objects(None, KGO.date)}
    assert dates == {ns.XSD.date, ns.XSD.gYearMonth}
    published = list(graph.objects(None, ns.SDO.datePublished))
    assert published == [Literal("2023-09-14T11:22:00", datatype=ns.XSD.dateTime)]


def test_article_graph_points_at_entities_described_once() -> None:
    facts = sample_facts()
    dataset = facts_to_dataset(facts)
    entities = dataset.graph(iri.ENTITIES_GRAPH)
    article = facts.articles[1].annotated.article
    graph = dataset.graph(iri.article_graph_iri(article.sha256))
    pointed = set(graph.objects(None, KGO.mentionOf)) | set(graph.objects(None, ns.SDO.publisher))
    assert pointed
    for node in pointed:
        assert (node, ns.RDF.type, None) not in graph
        assert (node, ns.SKOS.prefLabel, None) not in graph
        assert (node, ns.RDF.type, None) in entities
    assert (None, KGO.participant, None) not in graph
    assert (None, ns.RDF.type, ns.PROV.Activity) not in graph
    assert (iri.article_iri(article.sha256), ns.SDO.identifier, Literal(article.source)) in graph


def test_article_graph_validates_with_the_descriptions_it_points_at() -> None:
    from kg.validate import descriptions, validate, with_descriptions

    facts = sample_facts()
    dataset = facts_to_dataset(facts)
    graph = dataset.graph(iri.article_graph_iri(facts.articles[0].annotated.article.sha256))
    assert not validate(graph).conforms  # alone, its entities have no type or label
    assert validate(with_descriptions(graph, descriptions(dataset.graph(iri.ENTITIES_GRAPH)))).conforms


def test_meeting_is_reported_in_both_articles() -> None:
    facts = sample_facts()
    graph = facts_to_graph(facts)
    meetings = list(graph.subjects(ns.RDF.type, KGO.Meeting))
    assert len(meetings) == 1
    reported = set(graph.objects(meetings[0], KGO.reportedIn))
    assert reported == {iri.article_iri(a.annotated.article.sha256) for a in facts.articles}


def test_facts_to_dataset_trig_is_byte_identical_across_runs() -> None:
    first = facts_to_dataset(sample_facts()).serialize(format="trig")
    assert first == facts_to_dataset(sample_facts()).serialize(format="trig")


def test_build_provenance_has_version_model_and_time() -> None:
    build = {"kg_version": "0.1.0", "model": "m@1", "generated_at": "2024-01-02T03:04:05Z"}
    graph = facts_to_graph(sample_facts(build))
    activity = iri.build_iri(build)
    assert (activity, ns.RDF.type, ns.PROV.Activity) in graph
    assert graph.value(activity, KGO.kgVersion) == Literal("0.1.0")
    assert graph.value(activity, ns.PROV.endedAtTime) == Literal("2024-01-02T03:04:05Z", datatype=ns.XSD.dateTime)
    article = facts_to_dataset(sample_facts(build)).graph(
        iri.article_graph_iri(sample_facts().articles[0].annotated.article.sha256))
    assert (article.identifier, ns.PROV.wasGeneratedBy, activity) in article


def test_mapping_without_build_time_has_no_timestamp() -> None:
    graph = facts_to_graph(sample_facts())
    assert list(graph.objects(None, ns.PROV.endedAtTime)) == []


def test_mapping_rejects_mismatched_mention_keys() -> None:
    import dataclasses

    import pytest

    from kg.rdf.mapping import context, map_article

    facts = sample_facts()
    broken = dataclasses.replace(facts.articles[0], mention_entities=facts.articles[0].mention_entities[:-1])
    with pytest.raises(ValueError, match="one key per mention"):
        map_article(broken, context(facts))


@pytest.mark.parametrize("event_type", ["Arrival", "Departure", "Visit", "Statement", "Sanction", "Protest",
                                        "Agreement", "WeaponsDeal"])
def test_every_event_type_maps_and_validates(event_type: str) -> None:
    import dataclasses

    from kg.validate import validate

    facts = sample_facts()
    events = (dataclasses.replace(facts.events[0], type=event_type, key=f"{event_type}/x"),)
    graph = facts_to_graph(dataclasses.replace(facts, events=events))
    assert (None, ns.RDF.type, KGO[event_type]) in graph
    assert validate(graph).conforms


def test_role_held_by_non_person_is_left_out() -> None:
    import dataclasses

    facts = sample_facts()
    a = facts.articles[0]
    role = dataclasses.replace(a.annotated.roles[0], person=6)  # the Kremlin mention (ORG)
    broken = dataclasses.replace(a, annotated=dataclasses.replace(a.annotated, roles=(role,)))
    graph = facts_to_graph(dataclasses.replace(facts, articles=(broken, facts.articles[1])))
    assert list(graph.subjects(ns.RDF.type, KGO.Role)) == []


def test_one_trigger_for_two_events_gives_two_mention_nodes() -> None:
    import dataclasses

    from kg.records import EventReport
    from kg.validate import validate

    facts = sample_facts()
    b = facts.articles[1]
    twice = dataclasses.replace(b.annotated, events=b.annotated.events + (b.annotated.events[0],))
    sha_b = b.annotated.article.sha256
    extra = dataclasses.replace(facts.events[0], key="Meeting/other", reports=(EventReport(sha_b, 2),))
    facts = dataclasses.replace(facts, articles=(facts.articles[0], dataclasses.replace(b, annotated=twice)),
                                events=facts.events + (extra,))
    graph = facts_to_graph(facts)
    assert len(set(graph.subjects(ns.RDF.type, KGO.EventMention))) == 4
    assert validate(graph).conforms


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2023-09-13", "day", Literal("2023-09-13", datatype=ns.XSD.date)),
        ("2023-09-13", "month", Literal("2023-09", datatype=ns.XSD.gYearMonth)),
        ("2023-09", "month", Literal("2023-09", datatype=ns.XSD.gYearMonth)),
        ("2023", "year", Literal("2023", datatype=ns.XSD.gYear)),
        ("2023-02-30", "day", None),
        ("2023-13", "month", None),
        ("0000", "year", None),
        ("kemarin", "day", None),
        ("2023-09-13", "week", None),
        (None, "day", None),
    ],
)
def test_date_literal_types_by_precision_and_drops_impossible_dates(value, precision, expected) -> None:
    from kg.rdf.nodes import date_literal

    assert date_literal(value, precision) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-14", Literal("2023-09-14", datatype=ns.XSD.date)),
        ("2023-09-14T11:22", Literal("2023-09-14T11:22:00", datatype=ns.XSD.dateTime)),
        ("2023-09-14 11:22:05+0700", Literal("2023-09-14T11:22:05+07:00", datatype=ns.XSD.dateTime)),
        ("2023-09-14T25:00", None),
        ("14/09/2023", None),
    ],
)
def test_datetime_literal(value, expected) -> None:
    from kg.rdf.nodes import datetime_literal

    assert datetime_literal(value) == expected


def test_time_expressions_become_spans_with_typed_values() -> None:
    facts = sample_facts()
    graph = facts_to_graph(facts)
    sha = facts.articles[0].annotated.article.sha256
    time = facts.articles[0].annotated.times[0]
    node = iri.time_iri(sha, time.start, time.end)
    assert (node, ns.RDF.type, KGO.TimeExpression) in graph
    assert graph.value(node, KGO.timeValue) == Literal("2023-09-13", datatype=ns.XSD.date)
    assert graph.value(node, KGO.anchorOf) == Literal("13 September 2023")
