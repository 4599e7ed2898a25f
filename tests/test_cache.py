"""Incremental and resumable builds through ``kg build --cache`` (issue 13): a build killed with
SIGKILL half way goes on where it stopped, and a daily run on yesterday's articles plus new ones
annotates only the new ones; both write the bytes of a build from scratch."""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from rdflib import Dataset, URIRef

import kg
import kg.nlp
from kg.cli import EXIT_OK, main
from test_robustness_killed import articles, kg_process, run_kg, staging_left

ARTICLES = 32
SUMMARY = re.compile(r"from the cache: (\d+) of (\d+) articles' NLP, (\d+) article graphs")


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("model") / "blank"
    spacy.blank("id").to_disk(folder)
    return folder


@pytest.fixture(scope="module")
def news(tmp_path_factory, blank_model) -> tuple[Path, bytes]:
    """A folder of articles and the graph an uninterrupted build without a cache makes of it."""
    folder = articles(tmp_path_factory.mktemp("news") / "in", ARTICLES)
    out = folder.parent / "reference.ttl"
    reference = run_kg("build", str(folder), "--model", str(blank_model), "--no-timestamp", "-o", str(out))
    assert reference.returncode == EXIT_OK, reference.stderr
    return folder, out.read_bytes()


KGO = "https://w3id.org/kg-news/ontology#"


def read_graph(path: Path) -> Dataset:
    graph = Dataset(default_union=True)
    graph.parse(path, format="trig" if path.suffix == ".trig" else "turtle")
    return graph


def co_mention_table(graph: Dataset) -> dict[tuple[str, str], tuple[int, frozenset[str]]]:
    """The build's co-mention table: (first, second) -> (kgo:articleCount, the kgo:coMentionedIn articles)."""
    table = {}
    for pair in graph.subjects(URIRef(KGO + "firstEntity"), None):
        first, second = (str(graph.value(pair, URIRef(KGO + name))) for name in ("firstEntity", "secondEntity"))
        articles = frozenset(str(a) for a in graph.objects(pair, URIRef(KGO + "coMentionedIn")))
        table[(first, second)] = (int(graph.value(pair, URIRef(KGO + "articleCount"))), articles)
    return table


def recounted(graph: Dataset, threshold: int = 2) -> dict[tuple[str, str], tuple[int, frozenset[str]]]:
    """The same table counted from the article graphs' kgo:mentions."""
    named: dict = {}
    for article, entity in graph.subject_objects(URIRef(KGO + "mentions")):
        named.setdefault(str(article), set()).add(str(entity))
    pairs: dict = {}
    for article, entities in named.items():
        ordered = sorted(entities)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                pairs.setdefault((first, second), set()).add(article)
    return {pair: (len(found), frozenset(found)) for pair, found in pairs.items() if len(found) >= threshold}


def entries(cache: Path, kind: str = "") -> dict[Path, tuple[int, int]]:
    """The finished entries of one kind ("" NLP results, "graphs") with their inode and mtime."""
    root = cache / kind if kind else cache
    found = {}
    for path in root.glob("??/*.pickle"):
        info = path.stat()
        found[path] = (info.st_ino, info.st_mtime_ns)
    return found


def from_cache(stderr: str) -> tuple[int, int, int]:
    """(articles whose NLP came from the cache, articles, article graphs from the cache) of a summary."""
    found = SUMMARY.search(stderr)
    assert found, stderr
    return int(found[1]), int(found[2]), int(found[3])


@pytest.mark.parametrize("stage, jobs", [
    ("", "1"),
    pytest.param("", "2", marks=pytest.mark.slow),
    pytest.param("graphs", "1", marks=pytest.mark.slow),
])
def test_cache_build_sigkilled_half_way_resumes_where_it_stopped(tmp_path, blank_model, news, stage, jobs):
    folder, reference = news
    model = ("--model", str(blank_model), "--no-timestamp")
    cache, out = tmp_path / "cache", tmp_path / "out.ttl"
    command = ("build", str(folder), *model, "-j", jobs, "--cache", str(cache), "-o", str(out))
    process = kg_process(*command)
    try:
        deadline = time.monotonic() + 240  # until the first chunk's results are in the cache
        while not entries(cache, stage) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, "the build ended before it could be killed"
        os.killpg(process.pid, signal.SIGKILL)  # the coordinator and its workers, as the OOM killer may
    finally:
        process.communicate(timeout=60)
    done = entries(cache, stage)
    assert 0 < len(done) < ARTICLES, f"killed too late: {len(done)} entries"
    assert not out.exists()

    again = run_kg(*command)
    assert again.returncode == EXIT_OK, again.stderr
    nlp, total, graphs = from_cache(again.stderr)
    if stage == "graphs":
        assert (nlp, total, graphs) == (ARTICLES, ARTICLES, len(done))
    else:
        assert (nlp, total) == (len(done), ARTICLES)
    after = entries(cache, stage)
    assert len(after) == ARTICLES
    assert all(after[path] == seen for path, seen in done.items()), "a finished entry was redone"
    assert out.read_bytes() == reference
    assert staging_left(tmp_path) == []
    table = co_mention_table(read_graph(out))
    assert table and table == recounted(read_graph(out))


@pytest.fixture
def counted_nlp(nlp, monkeypatch) -> list[str]:
    """The sources of the articles the NLP runs on, in this process (``-j 1``)."""
    seen: list[str] = []
    annotate = kg.nlp.annotate

    def counting(batch, *args, **kwargs):
        batch = list(batch)
        seen.extend(article.source for article in batch)
        return annotate(batch, *args, **kwargs)

    monkeypatch.setattr(kg.nlp, "annotate", counting)
    return seen


def test_cache_daily_run_annotates_only_the_new_articles(tmp_path, counted_nlp):
    folder = articles(tmp_path / "news", 12)
    cache = tmp_path / "cache"
    day = ["build", str(folder), "--no-timestamp", "--cache", str(cache), "-o"]
    first = CliRunner().invoke(main, [*day, str(tmp_path / "day1.trig")])
    assert first.exit_code == EXIT_OK, first.stderr
    assert from_cache(first.stderr) == (0, 12, 0) and len(counted_nlp) == 12

    articles(folder, 6, first=12)  # today's articles beside yesterday's
    counted_nlp.clear()
    second = CliRunner().invoke(main, [*day, str(tmp_path / "day2.trig")])
    assert second.exit_code == EXIT_OK, second.stderr
    assert sorted(counted_nlp) == [f"article-{i:03d}.txt" for i in range(12, 18)]
    assert from_cache(second.stderr) == (12, 18, 12)

    scratch = CliRunner().invoke(main, ["build", str(folder), "--no-timestamp", "-o", str(tmp_path / "all.trig")])
    assert scratch.exit_code == EXIT_OK, scratch.stderr
    assert (tmp_path / "day2.trig").read_bytes() == (tmp_path / "all.trig").read_bytes()
    yesterday, today = (co_mention_table(read_graph(tmp_path / name)) for name in ("day1.trig", "day2.trig"))
    assert today == recounted(read_graph(tmp_path / "all.trig"))
    assert yesterday == recounted(read_graph(tmp_path / "day1.trig"))
    assert max(n for n, _ in today.values()) > max(n for n, _ in yesterday.values())  # today's articles counted


QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def test_cache_daily_output_loaded_over_yesterday_duplicates_nothing(tmp_path, nlp):
    folder = articles(tmp_path / "news", 8)
    kg.build(folder, timestamp=True, cache=tmp_path / "cache", output=tmp_path / "day1.trig")
    kg.load(tmp_path / "day1.trig", store=tmp_path / "store")
    articles(folder, 4, first=8)
    day2 = kg.build(folder, timestamp=True, cache=tmp_path / "cache", output=tmp_path / "day2.trig")
    assert day2.cached.graphs == 8
    kg.load(tmp_path / "day2.trig", store=tmp_path / "store")
    kg.load(tmp_path / "day2.trig", store=tmp_path / "fresh")
    loaded = kg.query(QUADS, store=tmp_path / "store").rows
    assert len(loaded) == len(set(loaded))
    assert sorted(loaded) == sorted(kg.query(QUADS, store=tmp_path / "fresh").rows)
    builds = kg.query("SELECT DISTINCT ?b WHERE { GRAPH ?g { ?b a <http://www.w3.org/ns/prov#Activity> } }",
                      store=tmp_path / "store").rows
    assert len(builds) == 1  # yesterday's build is gone with yesterday's graphs


def test_cache_nlp_entries_are_keyed_by_the_code_that_made_them(tmp_path, monkeypatch):
    """A kg whose rules changed under the same version number never reads the older kg's annotations."""
    import kg.cache
    import kg.records
    import kg.resources

    monkeypatch.setenv("KG_MODEL", str(kg.resources.model_dir()))  # the same model throughout
    package = tmp_path / "kg"
    (package / "nlp").mkdir(parents=True)
    monkeypatch.setattr(kg.resources, "_PACKAGE", package)
    article = kg.records.Article(source="a.txt", sha256="0" * 64, text="Budi datang.")

    def key(rules: str) -> str:
        (package / "nlp" / "entities.py").write_text(rules)
        kg.resources.code_digest.cache_clear()
        return kg.cache.AnnotationCache(tmp_path / "cache").key(article)

    try:
        assert key("RULES = 1\n") == key("RULES = 1\n")
        assert key("RULES = 2\n") != key("RULES = 1\n")
    finally:
        kg.resources.code_digest.cache_clear()
