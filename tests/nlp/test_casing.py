"""Corpus casing evidence: common words capitalised by position are not names."""

from __future__ import annotations

import pytest

from kg.nlp.casing import is_common_word, is_plain_word


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
