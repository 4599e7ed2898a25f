"""Article graphs kept in a --cache folder are reused only when resolution gives their article the
same inputs, and a build from them writes the bytes of a build without them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kg.pipeline import CacheUse, StageTimes, stream_graph
from kg.records import Facts, ResolvedArticle
from rdf.sample import KOREA_UTARA, PESKOV, sample_facts

SHAPES_WITH_A_WARNING = (
    "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
    "@prefix kgo: <https://w3id.org/kg-news/ontology#> .\n"
    "<urn:s> a sh:NodeShape ; sh:targetClass kgo:NewsArticle ; sh:severity sh:Warning ;\n"
    "  sh:property [ sh:path kgo:neverThere ; sh:minCount 1 ; sh:severity sh:Warning ] .\n"
)


def _stream(facts: Facts, target: Path, cache: Path | None, shapes: Path | None = None, jobs: int = 1):
    use = CacheUse()
    report, written, _ = stream_graph(facts, str(target), None, validate=True, shapes=shapes, jobs=jobs,
                                      scheduler=None, times=StageTimes(), cache=cache, use=use)
    assert written is not None
    return report, use


def _rename(facts: Facts, old: str, new: str) -> Facts:
    """``facts`` as a resolution that gave entity ``old`` the key ``new`` would make them."""
    def key(value: str | None) -> str | None:
        return new if value == old else value

    entities = tuple(dataclasses.replace(e, key=key(e.key)) for e in facts.entities)
    articles = tuple(ResolvedArticle(a.annotated, tuple(key(k) for k in a.mention_entities)) for a in facts.articles)
    events = tuple(dataclasses.replace(e, participants=tuple(key(k) for k in e.participants), place=key(e.place))
                   for e in facts.events)
    return Facts(articles, entities, events, facts.build)


@pytest.mark.parametrize("jobs", [1, 2])
def test_graph_cache_reuses_every_graph_of_an_unchanged_build(tmp_path, jobs):
    facts = sample_facts()
    _stream(facts, tmp_path / "first.trig", tmp_path / "cache", jobs=jobs)
    _, use = _stream(facts, tmp_path / "again.trig", tmp_path / "cache")
    assert use.graphs == len(facts.articles) == 2
    assert (tmp_path / "again.trig").read_bytes() == (tmp_path / "first.trig").read_bytes()


@pytest.mark.parametrize("entity, changed", [(KOREA_UTARA, "sub/001 sample “B”.txt"), (PESKOV, "000_sample.txt")])
def test_graph_cache_redoes_the_articles_whose_entity_key_changed(tmp_path, entity, changed):
    facts = sample_facts()
    _stream(facts, tmp_path / "first.trig", tmp_path / "cache")
    renamed = _rename(facts, entity.key, entity.key + " baru")  # as a new article could make resolution do
    _, use = _stream(renamed, tmp_path / "cached.trig", tmp_path / "cache")
    _stream(renamed, tmp_path / "fresh.trig", None)
    assert use.graphs == 1  # the other article
    assert (tmp_path / "cached.trig").read_bytes() == (tmp_path / "fresh.trig").read_bytes()
    assert (tmp_path / "cached.trig").read_bytes() != (tmp_path / "first.trig").read_bytes()
    redone = [a.annotated.article.source for a in renamed.articles if entity.key + " baru" in a.mention_entities]
    assert redone == [changed]


def test_graph_cache_redoes_an_article_whose_entity_name_changed(tmp_path):
    facts = sample_facts()
    _stream(facts, tmp_path / "first.trig", tmp_path / "cache")
    entities = tuple(dataclasses.replace(e, name="Dmitri Peskov") if e == PESKOV else e for e in facts.entities)
    _, use = _stream(dataclasses.replace(facts, entities=entities), tmp_path / "again.trig", tmp_path / "cache")
    assert use.graphs == 1  # the article not naming Peskov; his article is checked against his new name


def test_graph_cache_ignores_new_aliases(tmp_path):
    facts = sample_facts()
    _stream(facts, tmp_path / "first.trig", tmp_path / "cache")
    entities = tuple(dataclasses.replace(e, aliases=e.aliases + ("Peskov",)) if e == PESKOV else e
                     for e in facts.entities)
    changed = dataclasses.replace(facts, entities=entities)
    _, use = _stream(changed, tmp_path / "again.trig", tmp_path / "cache")
    _stream(changed, tmp_path / "fresh.trig", None)
    assert use.graphs == 2
    assert (tmp_path / "again.trig").read_bytes() == (tmp_path / "fresh.trig").read_bytes()


def test_graph_cache_reuses_graphs_across_build_times(tmp_path):
    def at(time: str) -> Facts:
        return sample_facts({"kg_version": "0.1.0", "model": "m", "generated_at": time})

    _stream(at("2026-12-01T06:00:00+00:00"), tmp_path / "monday.ttl", tmp_path / "cache")
    _, use = _stream(at("2026-12-02T06:00:00+00:00"), tmp_path / "cached.ttl", tmp_path / "cache")
    _stream(at("2026-12-02T06:00:00+00:00"), tmp_path / "fresh.ttl", None)
    assert use.graphs == 2
    assert (tmp_path / "cached.ttl").read_bytes() == (tmp_path / "fresh.ttl").read_bytes()


def test_graph_cache_keeps_check_results_with_the_graphs(tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "warn.ttl").write_text(SHAPES_WITH_A_WARNING, encoding="utf-8")
    facts = sample_facts()
    first, _ = _stream(facts, tmp_path / "first.ttl", tmp_path / "cache", shapes)
    again, use = _stream(facts, tmp_path / "again.ttl", tmp_path / "cache", shapes)
    assert use.graphs == 2
    assert len(first.violations) == 2 and first.conforms
    assert again == first
    _, use = _stream(facts, tmp_path / "shipped.ttl", tmp_path / "cache")  # other shapes: other keys
    assert use.graphs == 0


def test_graph_cache_redoes_a_damaged_entry(tmp_path):
    facts = sample_facts()
    _stream(facts, tmp_path / "first.nq", tmp_path / "cache")
    entries = sorted((tmp_path / "cache" / "graphs").rglob("*.pickle"))
    assert len(entries) == 2
    entries[0].write_bytes(entries[0].read_bytes()[:50])
    _, use = _stream(facts, tmp_path / "again.nq", tmp_path / "cache")
    assert use.graphs == 1
    assert (tmp_path / "again.nq").read_bytes() == (tmp_path / "first.nq").read_bytes()
