"""Corpus casing evidence: common words capitalised by position are not names."""

from __future__ import annotations

import pytest

from kg.nlp.casing import corpus_spelling, is_common_word, is_person_word, is_plain_word


@pytest.mark.parametrize("word", ["Dokter", "Peneliti", "Banjir", "Warga", "Pemerintah"])
def test_common_words(word):
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["Budi", "Jakarta", "Bawaslu", "Ketua"])
def test_names_and_titles_are_not_common_words(word):
    assert not is_common_word(word)


def test_plain_words_exclude_name_heads():
    assert is_plain_word("Harapkan")
    assert not is_plain_word("Armada", noun=False)  # a noun may head a name: "Armada Laut Pasifik"
    assert not is_plain_word("Persib")


@pytest.mark.parametrize("word", ["Lanjut", "Kemudian"])
def test_rare_noun_tags_do_not_make_a_name_head(word):
    """The corpora tag "lanjut" a noun in 8 of 138 sightings: tagging noise, not a noun ("Lanjut Kasim, ...")."""
    assert is_plain_word(word, noun=False)


def test_a_word_with_an_apostrophe_has_the_counts_of_its_corpus_spelling():
    assert corpus_spelling("Ma’ruf") == "Maruf" and corpus_spelling("world 's") == "world 's"
    assert is_common_word("Do’a") == is_common_word("Doa")
    assert is_person_word("Ma'ruf") == is_person_word("Maruf")
