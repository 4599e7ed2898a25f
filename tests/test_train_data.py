"""Data preparation for training: truecasing, overlap removal, spacing, casing copies."""

from __future__ import annotations

import json
import random

import spacy

from kg.train.conll import Sentence
from kg.train.data import augment_casing, spaces_for, to_doc, without_overlap
from kg.train.truecase import Truecaser


def _s(text: str, tags: str) -> Sentence:
    return Sentence(tuple(text.split()), tuple(tags.split()))


def test_truecaser_restores_known_forms_and_entities() -> None:
    caser = Truecaser.from_sentences(
        [_s("Kemarin DPR dan Presiden bertemu di Jakarta", "O B-ORG O O O O B-LOC")] * 3
    )
    lowered = _s("dpr bertemu warga kota manado di jakarta .", "B-ORG O O O B-LOC O B-LOC O")
    result = caser.truecase(lowered)
    assert result.words == ("DPR", "bertemu", "warga", "kota", "Manado", "di", "Jakarta", ".")
    assert result.tags == lowered.tags


def test_truecaser_keeps_function_words_inside_names() -> None:
    caser = Truecaser.from_sentences([])
    result = caser.truecase(_s("ia ke kementerian energi dan sumber daya", "O O B-ORG I-ORG I-ORG I-ORG I-ORG"))
    assert result.words == ("Ia", "ke", "Kementerian", "Energi", "dan", "Sumber", "Daya")


def test_without_overlap_ignores_case_punctuation_and_merges() -> None:
    held = [_s("Jokowi tiba di Kota Solo , Senin pagi .", "B-PER O O O B-LOC O O O O")]
    candidates = [
        _s("jokowi tiba di kota solo, senin pagi.", "O O O O O O O"),
        _s("jokowi tiba di kota solo , senin pagi . ia lalu pulang ke rumah .", "O " * 15),
        _s("warga menunggu sejak pagi di alun-alun kota", "O " * 7),
    ]
    kept = without_overlap(candidates, held)
    assert [s.words[0] for s in kept] == ["warga"]


def test_spaces_for_news_punctuation() -> None:
    words = ["Ia", "(", "Jokowi", ")", "tahu", "-", "menahu", ",", "kata", '"', "ya", '"', "."]
    text = "".join(w + (" " if s else "") for w, s in zip(words, spaces_for(words)))
    assert text == 'Ia (Jokowi) tahu-menahu, kata "ya".'


def test_to_doc_sets_entities() -> None:
    doc = to_doc(spacy.blank("xx"), _s("Presiden Joko Widodo di Solo", "O B-PER I-PER O B-LOC"))
    assert [(e.text, e.label_) for e in doc.ents] == [("Joko Widodo", "PER"), ("Solo", "LOC")]


def test_augment_casing_adds_copies_with_same_tags() -> None:
    base = [_s("Joko ke Solo", "B-PER O B-LOC")] * 100
    out = augment_casing(base, random.Random(0), lower=0.2, upper=0.1, title=0.0)
    extra = out[100:]
    assert 15 < len(extra) < 45
    assert {s.words for s in extra} <= {("joko", "ke", "solo"), ("JOKO", "KE", "SOLO")}
    assert all(s.tags == base[0].tags for s in extra)


def test_truecaser_masks_unlabelled_capitalised_words() -> None:
    caser = Truecaser.from_sentences([_s("Kemarin Golkar menang", "O B-ORG O")] * 2)
    result = caser.truecase(_s("golkar menang di solo", "O O O B-LOC"), mask_names=True)
    assert result.words == ("Golkar", "menang", "di", "Solo")
    assert result.tags == ("-", "O", "O", "B-LOC")


def test_to_doc_unknown_tags_are_missing() -> None:
    doc = to_doc(spacy.blank("xx"), _s("Golkar menang di Solo", "- O O B-LOC"))
    assert [t.ent_iob_ for t in doc] == ["", "O", "O", "B"]


def test_real_news_gold_becomes_tagged_lines(tmp_path) -> None:
    from kg.train.conll import spans
    from kg.train.news_gold import gold_sentences

    (tmp_path / "a.txt").write_text(
        "Banjir Rendam Garut\nGARUT, KOMPAS.com - Bupati Garut Rudy Gunawan meninjau Kabupaten Garut "
        "bersama BPBD Garut saat Liga 1 libur. Rudy bilang warga Garut aman.\n",
        encoding="utf-8",
    )
    gold = {
        "source": "a.txt",
        "entities": [
            {"type": "LOC", "names": ["Kabupaten Garut|Garut", "GARUT"]},
            {"type": "PER", "names": ["Rudy Gunawan", "Rudy"]},
            {"type": "ORG", "names": ["BPBD Garut"]},
            {"type": "ORG", "names": ["KOMPAS.com"]},
        ],
        "ignore": ["Liga 1"],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    headline, body = gold_sentences(tmp_path / "gold.jsonl")
    assert [(" ".join(headline.words[a:b]), label) for a, b, label in spans(headline.tags)] == [("Garut", "LOC")]
    found = [(" ".join(body.words[a:b]), label) for a, b, label in spans(body.tags)]
    assert found == [
        ("GARUT", "LOC"), ("KOMPAS.com", "ORG"), ("Garut", "LOC"), ("Rudy Gunawan", "PER"),
        ("Kabupaten Garut", "LOC"), ("BPBD Garut", "ORG"), ("Rudy", "PER"), ("Garut", "LOC"),
    ]
    # The ignored name is unknown to training, the rest of the line is outside any entity.
    assert [w for w, t in zip(body.words, body.tags) if t == "-"] == ["Liga", "1"]
    assert body.tags[body.words.index("meninjau")] == "O"
