"""Issue 6: records the property tests (tests/test_fuzz_rdf.py) found that broke the shapes.

Each case is a small hand-made ``Facts``; each used to give a graph that did not conform.
"""

from __future__ import annotations

import warnings
from dataclasses import replace

import pytest

from kg.rdf.mapping import facts_to_dataset
from kg.rdf.nodes import datetime_literal
from kg.records import DAY, LOC, PER, AnnotatedArticle, Article, Entity, Facts, Mention, ResolvedArticle, Sentence, TimeExpr
from kg.validate import format_report, validate_dataset
from rdf.sample import sha

TEXT = "Kim tiba di Tempo pada 13 September 2023."


def _facts(mentions=(), keys=(), entities=(), times=(), publisher=None, text=TEXT, build=None) -> Facts:
    article = Article(source="a.txt", sha256=sha(text), text=text, publisher=publisher)
    annotated = AnnotatedArticle(article, (Sentence(0, len(text), text),), tuple(mentions), tuple(times))
    return Facts((ResolvedArticle(annotated, tuple(keys)),), tuple(entities), (), build or {})


def _conforms(facts: Facts) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dataset = facts_to_dataset(facts)
    report = validate_dataset(dataset)
    assert report.conforms, format_report(report)


def test_publisher_spellings_of_one_outlet_get_one_label() -> None:
    one = _facts(publisher="Tempo")
    other_text = TEXT + " Lagi."
    two = _facts(publisher=" TEMPO ", text=other_text)
    facts = Facts(one.articles + two.articles, (), (), {})
    _conforms(facts)


def test_invalid_iso3166_code_is_left_out() -> None:
    place = Entity("LOC/tempo", LOC, "Tempo", iso3166="USA")
    _conforms(_facts([Mention(12, 17, "Tempo", LOC, 0)], [place.key], [place]))


def test_two_mentions_of_one_span_naming_two_entities() -> None:
    kim = Entity("PER/kim", PER, "Kim")
    kim2 = Entity("PER/kim jong un", PER, "Kim Jong Un")
    mentions = [Mention(0, 3, "Kim", PER, 0), Mention(0, 3, "Kim", PER, 0)]
    _conforms(_facts(mentions, [kim.key, kim2.key], [kim, kim2]))


def test_two_readings_of_one_time_span() -> None:
    times = [TimeExpr(23, 40, "13 September 2023", "2023-09-13", DAY, 0),
             TimeExpr(23, 40, "13 September 2023", "2023-09", "month", 0)]
    _conforms(_facts(times=times))


@pytest.mark.parametrize("value", ["2023-09-14T11:22:99", "2023-09-14T11:22+25:00", "0000-01-01T00:00"])
def test_impossible_datetimes_are_dropped(value: str) -> None:
    assert datetime_literal(value) is None


def test_build_time_that_is_only_a_date_is_left_out() -> None:
    _conforms(_facts(build={"kg_version": "1", "generated_at": "2023-09-14"}))


def test_format_report_shortens_long_values() -> None:
    from kg.validate import ValidationReport, Violation

    long = "kata " * 5000
    report = ValidationReport(False, (Violation("https://x/a", "https://x/p", "DatatypeConstraintComponent",
                                                "wrong type", "Violation", value=long),))
    lines = format_report(report).splitlines()
    assert len(lines) == 2 and len(lines[1]) < 300
