"""Property tests: any article text goes through the whole build (decode, parse, NLP rules,
resolve, map) to a graph that conforms to the shapes and parses back, or is skipped with a
one-line message; the same texts built twice give the same bytes.

The NLP is ``spacy.blank("id")`` with a rule-based stand-in for the trained NER (title-case
runs are names) plus the real ``kg_*`` components, so no model is needed and names with any
characters reach the resolver and the IRIs.
"""

from __future__ import annotations

import hashlib
import io
import warnings

import pyoxigraph
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg.errors import KgError
from kg.executor import annotate_chunk
from kg.output import serialize
from kg.rdf.mapping import facts_to_dataset
from kg.records import Skipped
from kg.resolve import resolve
from kg.sources import source_from_bytes
from kg.validate import format_report, validate_dataset

WORDS = [
    "Presiden", "Joko", "Widodo", "Prabowo", "Subianto", "bertemu", "mengunjungi", "tiba", "di",
    "Jakarta", "Moskow", "Rusia", "Korea", "Utara", "PBB", "Kremlin", "kata", "ujar", "menurut",
    "pada", "Senin", "13", "September", "2023", "14/9/2023", "kemarin", "pekan", "lalu", ".", ",",
    "\n", "\n\n", "JAKARTA", "-", "—", "Kompas.com", "Penulis:", "Editor:", "Baca", "juga:",
    "“", "”", '"', "'", "(", ")", "menteri", "luar", "negeri", "rudal", "sanksi", "Kim", "Jong",
    "Un", "Vladimir", "Putin", "juru", "bicara", "金正恩", "Владимир", "عبد الله", "🎉", "O'Brien",
    "<b>", "</b>", "&amp;", "\\", "\t", "\x0c", "\u200b", "\ufeff", "e\u0301", "İ", "ǅungla",
]
PHRASES = [
    "Presiden Joko Widodo bertemu Presiden Rusia Vladimir Putin di Moskow pada 13 September 2023.",
    "“Kami siap,” kata Kim Jong Un.", "Menteri Luar Negeri Retno Marsudi tiba di Jakarta, Senin (14/9/2023).",
    "JAKARTA, KOMPAS.com - ", "Korea Utara meluncurkan rudal balistik kemarin.", "Penulis: Andi Saputra\n",
]
# "sdr <any token>" is a name to the stand-in NER below: names with any characters at all.
ODD_NAMES = st.text(st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), min_size=1, max_size=12).map(
    lambda name: f"sdr {name}")
TEXTS = st.one_of(
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(PHRASES), ODD_NAMES), min_size=1, max_size=60).map(" ".join),
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), min_size=1, max_size=60).map(" ".join),
)
EXAMPLES: dict[str, int] = {"built": 0, "articles": 0, "mentions": 0}


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import add_components

    pipeline = spacy.blank("id")
    ruler = pipeline.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "ORG", "pattern": [{"IS_UPPER": True, "LENGTH": {">=": 2}}]},
        {"label": "LOC", "pattern": [{"LOWER": "di"}, {"IS_TITLE": True}]},
        {"label": "PER", "pattern": [{"IS_TITLE": True}, {"IS_TITLE": True, "OP": "+"}]},
        {"label": "PER", "pattern": [{"LOWER": "sdr"}, {"IS_SPACE": False}]},
    ])
    return add_components(pipeline)


def _build(texts: list[str], nlp) -> tuple[bytes, Dataset, list[Skipped], int]:
    articles, skipped = [], []
    from kg.article import parse_article

    for text in texts:
        name = f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}.txt"  # the same whatever the order
        item = source_from_bytes(text.encode("utf-8"), name=name, path=f"in/{name}")
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        try:
            articles.append(parse_article(item))
        except KgError as error:
            skipped.append(Skipped(item.path, "unparsable", f"{item.path}: {error}"))
    unique = list({a.sha256: a for a in articles}.values())
    annotated, failed = annotate_chunk(unique, nlp)
    assert not failed, [f.message for f in failed]  # the NLP rules never crash on any text
    facts = resolve(annotated)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dataset = facts_to_dataset(facts)
    mentions = sum(len(a.annotated.mentions) for a in facts.articles)
    return serialize(dataset, "trig"), dataset, skipped, mentions


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_any_text_builds_a_graph_that_conforms_and_parses(nlp, texts: list[str]) -> None:
    data, dataset, skipped, mentions = _build(texts, nlp)
    EXAMPLES["built"] += 1
    for item in skipped:
        EXAMPLES[f"skipped {item.reason}"] = EXAMPLES.get(f"skipped {item.reason}", 0) + 1
    EXAMPLES["mentions"] += mentions
    EXAMPLES["articles"] += len(texts) - len(skipped)
    for item in skipped:
        assert "\n" not in item.message and item.path in item.message
    report = validate_dataset(dataset)
    assert report.conforms, format_report(report)
    quads = list(pyoxigraph.parse(io.BytesIO(data), format=pyoxigraph.RdfFormat.TRIG))
    assert len(quads) == sum(len(g) for g in dataset.graphs())
    assert _build(list(reversed(texts)), nlp)[0] == data  # input order does not change the bytes


@pytest.fixture(scope="module")
def trained_nlp():
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.mark.slow
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(TEXTS, min_size=1, max_size=3))
def test_any_text_with_the_trained_model_builds_a_graph_that_conforms(trained_nlp, texts: list[str]) -> None:
    data, dataset, skipped, mentions = _build(texts, trained_nlp)
    EXAMPLES["built with the trained model"] = EXAMPLES.get("built with the trained model", 0) + 1
    report = validate_dataset(dataset)
    assert report.conforms, format_report(report)
    assert _build(list(reversed(texts)), trained_nlp)[0] == data


@pytest.fixture(scope="module", autouse=True)
def _count_examples():
    yield
    print(f"\nhypothesis examples run: {EXAMPLES}")
