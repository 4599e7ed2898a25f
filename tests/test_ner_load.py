"""``load_ner``: the shipped pipeline loads, and a missing or damaged one fails in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.nlp.ner import MODEL_DIR, load_ner


def test_load_ner_missing_dir_is_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="No trained NER pipeline at .*make model"):
        load_ner(tmp_path / "nothing")


def test_load_ner_corrupt_dir_is_model_error(tmp_path: Path) -> None:
    (tmp_path / "config.cfg").write_text("[nlp\nlang = ", encoding="utf-8")
    (tmp_path / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot be loaded") as caught:
        load_ner(tmp_path)
    assert "\n" not in str(caught.value)


def test_shipped_model_has_card_and_is_small() -> None:
    assert (MODEL_DIR / "MODEL_CARD.md").is_file()
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 50 * 1024 * 1024


@pytest.mark.slow
def test_load_ner_shipped_pipeline_finds_entities() -> None:
    nlp = load_ner()
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}
    doc = nlp("Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta, Senin.")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Joko Widodo", "PER") in found
    assert ("Jakarta", "LOC") in found


@pytest.mark.slow
def test_load_ner_reads_names_through_an_apostrophe() -> None:
    """The corpora write "maruf"; news writes "Ma'ruf" or "Ma’ruf": the model sees the same word."""
    nlp = load_ner()
    for apostrophe in ("'", "’"):
        doc = nlp(f"Wakil Presiden Ma{apostrophe}ruf Amin hadir di Jakarta.")
        assert (f"Ma{apostrophe}ruf Amin", "PER") in {(e.text, e.label_) for e in doc.ents}
    word, plain = nlp.make_doc("Jum’at"), nlp.make_doc("Jumat")
    assert (word[0].shape_, word[0].is_alpha) == (plain[0].shape_, True)
    assert nlp.make_doc("Jum'at")[0].is_alpha  # a tokenizer exception, made before the loader's change


def test_entity_cleanup_trims_function_words_and_days() -> None:
    import spacy

    nlp = spacy.blank("xx")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PER", "pattern": "Melansir Kyodonews"},
        {"label": "ORG", "pattern": "the Financial Times Senin"},
        {"label": "ORG", "pattern": "The Guardian"},
        {"label": "ORG", "pattern": "Thursday"},
    ])
    nlp.add_pipe("kg_entity_cleanup")
    doc = nlp("Melansir Kyodonews , the Financial Times Senin dan The Guardian Thursday")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Kyodonews", "PER"), ("the Financial Times", "ORG"), ("The Guardian", "ORG")
    ]


def test_entity_cleanup_keeps_an_agency_credited_in_brackets() -> None:
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "ANTARA"}, {"label": "ORG", "pattern": "Antara"}])
    nlp.add_pipe("kg_entity_cleanup")
    doc = nlp("Rantau ( ANTARA ) - Karet murah . Antara lain di pasar .")
    assert [(e.text, e.label_) for e in doc.ents] == [("ANTARA", "ORG")]  # "Antara lain": among others
