"""The co-mention table the build counts (``kg.rdf.co_mentions``), through the mapping and ``kg build``."""

from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, URIRef

from kg.cli import main
from kg.rdf import iri
from kg.rdf.mapping import facts_to_graph, map_entities
from kg.rdf.namespaces import KGO
from rdf.sample import sample_facts
from test_cache import co_mention_table, read_graph, recounted
from test_robustness_killed import ROOT, articles

SEEDS = ROOT / "seeds"


def test_co_mention_iri_is_the_same_in_either_order() -> None:
    kim, putin = iri.ID["person/kim-jong-un"], iri.ID["person/vladimir-putin"]
    assert iri.co_mention_iri(kim, putin) == iri.co_mention_iri(putin, kim)
    assert iri.co_mention_iri(kim, putin) != iri.co_mention_iri(kim, iri.ID["place/rusia"])
    assert str(iri.co_mention_iri(kim, putin)).startswith("https://w3id.org/kg-news/id/co-mention/")


def test_co_mentions_are_the_same_whatever_order_the_articles_come_in() -> None:
    facts = sample_facts()
    flipped = replace(facts, articles=tuple(reversed(facts.articles)))
    assert set(map_entities(facts)) == set(map_entities(flipped))
    assert any(map_entities(facts).triples((None, RDF.type, KGO.CoMention)))


def test_co_mentions_threshold_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="co-mention threshold 0 must be at least 1"):
        facts_to_graph(replace(sample_facts(), co_mentions=0))


def test_co_mentions_pair_nodes_link_the_articles_they_were_counted_from() -> None:
    graph = Dataset(default_union=True)
    graph.parse(data=facts_to_graph(sample_facts()).serialize(format="nt"), format="nt")
    pairs = set(graph.subjects(RDF.type, KGO.CoMention))
    articles = set(graph.subjects(RDF.type, KGO.NewsArticle))
    assert pairs
    for pair in pairs:
        linked = set(graph.objects(pair, KGO.coMentionedIn))
        assert linked <= articles and len(linked) == int(graph.value(pair, KGO.articleCount))
        first, second = graph.value(pair, KGO.firstEntity), graph.value(pair, KGO.secondEntity)
        assert str(first) < str(second) and pair == iri.co_mention_iri(second, first)
        for article in linked:
            assert {first, second} <= set(graph.objects(article, KGO.mentions))


def test_build_co_mentions_option_sets_the_threshold(tmp_path, nlp) -> None:
    folder = articles(tmp_path / "news", 5)  # one story five times, and another once
    (folder / "other.txt").write_text((SEEDS / "000_b1d714ac17ee265f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    tables = {}
    for threshold in ("1", "2", "7"):
        out = tmp_path / f"graph-{threshold}.trig"
        result = CliRunner().invoke(main, ["build", str(folder), "--no-timestamp", "--co-mentions", threshold,
                                           "-o", str(out)])
        assert result.exit_code == 0, result.stderr
        tables[threshold] = co_mention_table(read_graph(out))
        assert tables[threshold] == recounted(read_graph(out), int(threshold))
    assert len(tables["1"]) > len(tables["2"]) > 0
    assert tables["7"] == {}  # six articles
    assert tables["2"] == {pair: found for pair, found in tables["1"].items() if found[0] >= 2}


def test_build_co_mentions_zero_is_a_usage_error(tmp_path) -> None:
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--co-mentions", "0", "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 2
    assert "Invalid value for '--co-mentions': 0 is not in the range x>=1." in result.stderr


def test_the_table_flattened_straight_from_its_pairs_is_the_graph_flattened() -> None:
    from kg.article_graphs import flatten, flatten_co_mentions
    from kg.rdf.co_mentions import add_co_mentions, co_mentions
    from kg.rdf.mapping import context
    from rdflib import Graph

    from kg.rdf.co_mentions import CoMention

    facts = sample_facts()
    pairs = list(co_mentions(facts.articles, context(facts), 1))
    odd = CoMention(iri.entity_iri("per/a"), iri.entity_iri("org/b"), (iri.article_iri("1" * 64),),
                    ('berita "Senin"\\arsip\n ü.txt',))  # a source name N-Triples must escape
    pairs.append(odd)
    graph = Graph(identifier=iri.ENTITIES_GRAPH)
    assert add_co_mentions(graph, pairs) == len(pairs) > 0
    for quads in (True, False):
        assert flatten_co_mentions(pairs, iri.ENTITIES_GRAPH, quads) == flatten(graph, quads)


def test_a_table_read_straight_into_the_checker_is_checked_as_a_graph() -> None:
    from kg.article_graphs import check_lines, flatten_co_mentions
    from kg.rdf.co_mentions import co_mentions
    from kg.rdf.mapping import context
    from kg.validate import lines_conform

    facts = sample_facts()
    flat = flatten_co_mentions(co_mentions(facts.articles, context(facts), 1), iri.ENTITIES_GRAPH, True)
    assert lines_conform(flat.lines) and check_lines(flat, None).violations == []
    broken = replace(flat, lines=[line for line in flat.lines if "articleCount" not in line])
    assert not lines_conform(broken.lines)
    found = check_lines(broken, None).violations
    assert found and {v.constraint for v in found} == {"MinCountConstraintComponent"}
