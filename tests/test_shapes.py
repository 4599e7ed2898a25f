"""Each SHACL shape rejects a small graph that breaks it, and accepts the valid base."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.validate import validate

PREFIXES = """
@prefix kgo: <https://w3id.org/kg-news/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix id: <https://w3id.org/kg-news/id/> .
"""

ARTICLE = """
id:article\\/0123456789abcdef a kgo:NewsArticle ;
    schema:identifier "a.txt" ; schema:articleBody "Putin bertemu Kim."@id ;
    schema:headline "Judul"@id ; schema:datePublished "2023-09-14"^^xsd:date .
"""
PUTIN = """id:person\\/putin a kgo:Person ; skos:prefLabel "Putin" ; rdfs:label "Putin" ."""
KIM = """id:person\\/kim a kgo:Person ; skos:prefLabel "Kim" ; rdfs:label "Kim" ."""
MENTION = """
id:m a kgo:Mention ; kgo:inArticle id:article\\/0123456789abcdef ;
    kgo:beginIndex "0"^^xsd:nonNegativeInteger ; kgo:endIndex "5"^^xsd:nonNegativeInteger ;
    kgo:mentionOf id:person\\/putin .
"""
EVENT = """
id:e a kgo:Event, kgo:Meeting ; kgo:participant id:person\\/putin, id:person\\/kim ;
    kgo:date "2023-09-13"^^xsd:date ; kgo:datePrecision "day" ;
    kgo:reportedIn id:article\\/0123456789abcdef .
"""
QUOTE = """
id:q a kgo:Quote ; kgo:inArticle id:article\\/0123456789abcdef ; kgo:quoteText "Kami siap"@id ;
    kgo:beginIndex "6"^^xsd:nonNegativeInteger ; kgo:endIndex "15"^^xsd:nonNegativeInteger ;
    kgo:speaker id:person\\/kim .
"""
ROLE = """
id:r a kgo:Role ; kgo:inArticle id:article\\/0123456789abcdef ; kgo:title "Presiden"@id ;
    kgo:beginIndex "0"^^xsd:nonNegativeInteger ; kgo:endIndex "8"^^xsd:nonNegativeInteger ;
    kgo:holder id:person\\/putin .
"""
TIME = """
id:t a kgo:TimeExpression ; kgo:inArticle id:article\\/0123456789abcdef ; kgo:anchorOf "13/9" ;
    kgo:beginIndex "20"^^xsd:nonNegativeInteger ; kgo:endIndex "24"^^xsd:nonNegativeInteger ;
    kgo:timeValue "2023-09-13"^^xsd:date ; kgo:datePrecision "day" .
"""
CO_MENTION = """
id:pair a kgo:CoMention ; kgo:firstEntity id:person\\/kim ; kgo:secondEntity id:person\\/putin ;
    kgo:articleCount "1"^^xsd:nonNegativeInteger ; kgo:sourceList "a.txt" ;
    kgo:coMentionedIn id:article\\/0123456789abcdef .
"""
BASE = ARTICLE + PUTIN + KIM + MENTION + EVENT + QUOTE + ROLE + TIME
# The co-mention table lives in the entities graph (checked alone), not in an article graph.
WITH_CO_MENTION = BASE + CO_MENTION


def _graph(*parts: str) -> Graph:
    return Graph().parse(data=PREFIXES + "\n".join(parts), format="turtle")


def test_shapes_accept_valid_base() -> None:
    report = validate(_graph(BASE))
    assert report.conforms, report.violations


BROKEN = {
    "article without identifier": (BASE.replace('schema:identifier "a.txt" ;', ""), "MinCountConstraintComponent"),
    "article with two identifiers": (BASE.replace('"a.txt"', '"a.txt", "b.txt"'), "MaxCountConstraintComponent"),
    "article with two headlines": (BASE.replace('"Judul"@id', '"Judul"@id, "Lain"@id'), "MaxCountConstraintComponent"),
    "untyped datePublished": (BASE.replace('"2023-09-14"^^xsd:date', '"kemarin"'), "OrConstraintComponent"),
    "entity without prefLabel": (BASE.replace('skos:prefLabel "Putin" ;', ""), "MinCountConstraintComponent"),
    "entity with two prefLabels": (BASE.replace('skos:prefLabel "Kim"', 'skos:prefLabel "Kim", "Kim Jong Un"'),
                                   "MaxCountConstraintComponent"),
    "entity without a type": (BASE.replace("id:person\\/kim a kgo:Person ;", "id:person\\/kim"), "XoneConstraintComponent"),
    "entity both person and place": (BASE.replace("id:person\\/kim a kgo:Person ;", "id:person\\/kim a kgo:Person, kgo:Place ;"),
                                     "XoneConstraintComponent"),
    "mention with begin >= end": (BASE.replace('"5"^^xsd:nonNegativeInteger', '"0"^^xsd:nonNegativeInteger'),
                                  "LessThanConstraintComponent"),
    "mention with string offset": (BASE.replace('kgo:beginIndex "0"^^xsd:nonNegativeInteger ; kgo:endIndex "5"',
                                                'kgo:beginIndex "0" ; kgo:endIndex "5"'), "DatatypeConstraintComponent"),
    "mention without mentionOf": (BASE.replace("kgo:mentionOf id:person\\/putin .", "."), "MinCountConstraintComponent"),
    "mention of two things": (BASE.replace("kgo:mentionOf id:person\\/putin .", "kgo:mentionOf id:person\\/putin, id:person\\/kim ."),
                              "MaxCountConstraintComponent"),
    "mention without article": (BASE.replace("id:m a kgo:Mention ; kgo:inArticle id:article\\/0123456789abcdef ;", "id:m a kgo:Mention ;"),
                                "MinCountConstraintComponent"),
    "event without specific type": (BASE.replace("kgo:Event, kgo:Meeting", "kgo:Event"), "OrConstraintComponent"),
    "event without participant": (BASE.replace("kgo:participant id:person\\/putin, id:person\\/kim ;", ""),
                                  "MinCountConstraintComponent"),
    "event date wrong datatype": (BASE.replace('"2023-09-13"^^xsd:date ; kgo:datePrecision "day"', '"13 September"'),
                                  "OrConstraintComponent"),
    "event date not matching precision": (BASE.replace('kgo:datePrecision "day"', 'kgo:datePrecision "month"'),
                                          "NodeConstraintComponent"),
    "event not reported": (BASE.replace("kgo:reportedIn id:article\\/0123456789abcdef .", "."), "MinCountConstraintComponent"),
    "time value not matching precision": (BASE.replace('"2023-09-13"^^xsd:date ; kgo:datePrecision "day" .',
                                                       '"2023"^^xsd:gYear ; kgo:datePrecision "day" .'),
                                          "OrConstraintComponent"),
    "time expression with end before begin": (BASE.replace('"24"^^xsd:nonNegativeInteger', '"19"^^xsd:nonNegativeInteger'),
                                              "LessThanConstraintComponent"),
    "quote without text": (BASE.replace('kgo:quoteText "Kami siap"@id ;', ""), "MinCountConstraintComponent"),
    "role without holder": (BASE.replace("kgo:holder id:person\\/putin .", "."), "MinCountConstraintComponent"),
    "role without title": (BASE.replace('kgo:title "Presiden"@id ;', ""), "MinCountConstraintComponent"),
    "role held by a place": (BASE.replace("kgo:holder id:person\\/putin", "kgo:holder id:place\\/x") +
                             'id:place\\/x a kgo:Place ; skos:prefLabel "X" ; rdfs:label "X" .', "ClassConstraintComponent"),
    "country with bad iso code": (BASE + 'id:place\\/ru a kgo:Place, kgo:Country ; skos:prefLabel "Rusia" ; '
                                  'rdfs:label "Rusia" ; kgo:iso3166 "rus" .', "PatternConstraintComponent"),
}


BROKEN_CO_MENTIONS = {
    "co-mention without articles": (WITH_CO_MENTION.replace("kgo:coMentionedIn id:article\\/0123456789abcdef .", "."),
                                    "MinCountConstraintComponent"),
    "co-mention of a non-article": (WITH_CO_MENTION.replace("kgo:coMentionedIn id:article\\/0123456789abcdef .",
                                                 "kgo:coMentionedIn id:person\\/kim ."), "PatternConstraintComponent"),
    "co-mention of three entities": (WITH_CO_MENTION.replace("kgo:secondEntity id:person\\/putin", "kgo:secondEntity id:person\\/putin, id:m"),
                                     "MaxCountConstraintComponent"),
    "co-mention with a string count": (WITH_CO_MENTION.replace('kgo:articleCount "1"^^xsd:nonNegativeInteger', 'kgo:articleCount "1"'),
                                       "DatatypeConstraintComponent"),
    "co-mention without sources": (WITH_CO_MENTION.replace('kgo:sourceList "a.txt" ;', ""), "MinCountConstraintComponent"),
}


def test_shapes_accept_valid_co_mention() -> None:
    report = validate(_graph(WITH_CO_MENTION))
    assert report.conforms, report.violations


@pytest.mark.parametrize("case", sorted(BROKEN) + sorted(BROKEN_CO_MENTIONS))
def test_shapes_reject_broken_graph(case: str) -> None:
    data, component = BROKEN[case] if case in BROKEN else BROKEN_CO_MENTIONS[case]
    assert data not in (BASE, WITH_CO_MENTION), "the case did not change the base graph"
    report = validate(_graph(data))
    assert not report.conforms
    assert component in {v.constraint for v in report.errors}, report.violations


def test_shapes_warn_on_quote_without_speaker() -> None:
    report = validate(_graph(BASE.replace("kgo:speaker id:person\\/kim .", ".")))
    assert report.conforms
    assert [v.severity for v in report.violations] == ["Warning"]
