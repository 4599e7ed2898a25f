"""load_pipeline with the trained model (slow) and its error for a missing model."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.nlp import COMPONENTS, annotate, load_pipeline
from kg.records import Article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_load_pipeline_missing_model(tmp_path):
    with pytest.raises(ModelError):
        load_pipeline(tmp_path / "no-model-here")


@pytest.fixture(scope="module")
def trained():
    return load_pipeline()


@pytest.mark.slow
def test_load_pipeline_adds_rule_components(trained):
    assert "ner" in trained.pipe_names
    assert trained.pipe_names[-len(COMPONENTS) :] == list(COMPONENTS)


@pytest.mark.slow
def test_annotate_unseen_article_with_trained_model(trained):
    text = (
        "Presiden Joko Widodo menerima Perdana Menteri Australia Anthony Albanese di Istana Bogor, "
        "Senin (4/7/2022).\n“Kami sepakat memperkuat kerja sama perdagangan,” kata Jokowi kepada wartawan."
    )
    (annotated,) = annotate([Article(source="x.txt", sha256="1" * 64, text=text)], trained)
    assert annotated.reference_date == "2022-07-04"
    people = {m.text for m in annotated.mentions if m.label == "PER"}
    assert {"Joko Widodo", "Anthony Albanese"} <= people
    assert any(r.title == "Perdana Menteri Australia" for r in annotated.roles)
    (quote,) = annotated.quotes
    assert annotated.mentions[quote.speaker].text == "Jokowi"


@pytest.mark.slow
def test_annotate_seeds_key_events(trained):
    from kg.article import parse_article
    from kg.sources import read_sources

    articles = [parse_article(s) for s in read_sources([SEEDS]) if hasattr(s, "text")]
    found = set()
    for annotated in annotate(articles, trained):
        m, t = annotated.mentions, annotated.times
        for e in annotated.events:
            date = t[e.time].value if e.time is not None else None
            place = m[e.place].text if e.place is not None else None
            found.add((e.type, date, place))
    assert ("Departure", "2023-09-10", "Pyongyang") in found or ("Departure", "2023-09-10", None) in found
    assert any(k[0] == "Meeting" and k[1] == "2023-09-16" for k in found)
    assert any(k[0] == "Meeting" and k[1] == "2023-09-13" and k[2] and "Vostochny" in k[2] for k in found)
    assert any(k[0] == "MissileLaunch" and k[1] == "2023-09-13" for k in found)
    assert any(k[0] == "Departure" and k[1] == "2023-09-17" and k[2] and "Artyom" in k[2] for k in found)


def test_docs_serialise_with_kg_annotations(blank_nlp, make_article):
    """Docs keep serialising (multi-process nlp.pipe, caches): kg_ extensions hold only plain values."""
    from spacy.tokens import Doc

    from kg.nlp import doc_to_annotated

    text = "“Kami siap,” kata Budi Santoso di Bandung, Senin (11/3/2024). Presiden Joko Widodo bertemu Budi Santoso di Jakarta."
    doc = blank_nlp(text)
    restored = Doc(blank_nlp.vocab).from_bytes(doc.to_bytes())
    article = make_article(text)
    before, after = doc_to_annotated(doc, article), doc_to_annotated(restored, article)
    assert after == before
    assert before.quotes and before.roles and before.events and before.times


@pytest.mark.slow
def test_a_party_glued_to_a_members_name_is_its_own_mention(trained):
    text = "Dalam rapat itu hadir Rois Faisal(Partai Golkar) dan Tatang Kirana(PDIP) di Pemalang."
    (annotated,) = annotate([Article(source="x.txt", sha256="2" * 64, text=text)], trained)
    found = {(m.text, m.label) for m in annotated.mentions}
    assert ("Partai Golkar", "ORG") in found
    assert ("Rois Faisal", "PER") in found
    assert not any("(" in text for text, _ in found)
