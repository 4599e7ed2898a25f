"""kg's HTML reading against its own hand-written reducer on the saved real pages (kg.bench.html)."""

from __future__ import annotations

import pytest

from kg.bench.html import FIELDS, extractors, load_pages, overlap_scores, run, summary


@pytest.fixture(scope="module")
def scores():
    pages = load_pages()
    chosen = {name: extract for name, extract in extractors(variants=False).items() if name != "trafilatura"}
    return pages, run(pages, chosen)


def test_html_bench_fixtures_are_twenty_real_news_pages_from_twenty_sites(scores):
    pages, _ = scores
    news = [page for page in pages if page.kind in ("news", "magazine")]
    assert len(news) >= 20 and len({page.site for page in news}) >= 20
    assert all(page.markup.lstrip()[:1] == b"<" and len(page.body.split()) > 100 for page in pages)


def test_html_bench_chosen_reducer_is_at_least_as_good_as_the_other(scores):
    _, found = scores
    chosen, other = summary(found, "kg"), summary(found, "kg own reducer")
    assert chosen["median_f1"] >= other["median_f1"], (chosen, other)
    assert chosen["mean_f1"] >= other["mean_f1"], (chosen, other)


def test_html_bench_chosen_reducer_finds_the_stated_metadata(scores):
    _, found = scores
    chosen, other = summary(found, "kg"), summary(found, "kg own reducer")
    assert chosen["url"]["right"] == chosen["pages"] - sum(1 for s in found if s.extractor == "kg" and "url" not in s.fields)
    for field in FIELDS:
        assert chosen[field]["right"] >= other[field]["right"], field


@pytest.mark.parametrize("reference, extracted, expected", [
    ("a b b c", "a b b c", (1.0, 1.0, 1.0)),
    ("a b b c", "b x", (0.5, 0.25, 1 / 3)),
    ("a b", "", (0.0, 0.0, 0.0)),
])
def test_html_bench_overlap_scores_count_repeated_words(reference, extracted, expected):
    assert overlap_scores(reference.split(), extracted.split()) == pytest.approx(expected)
