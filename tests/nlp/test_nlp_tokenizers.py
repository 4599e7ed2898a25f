"""The stock tokenizer is shared with a pipeline only when it is the stock one (``kg.nlp.tokenizers``)."""

from __future__ import annotations

import spacy

from kg.nlp.tokenizers import share_tokenizer, stock_tokenizer


def _words(tokenizer, text: str) -> list[str]:
    return [t.text for t in tokenizer(text)]


def test_a_stock_pipeline_lends_its_tokenizer():
    nlp = spacy.blank("id")
    share_tokenizer(nlp)
    assert stock_tokenizer(nlp.vocab) is nlp.tokenizer


def test_a_changed_tokenizer_is_not_lent():
    nlp = spacy.blank("id")
    nlp.tokenizer.add_special_case("Badan Intelijen", [{"ORTH": "Badan Intelijen"}])
    share_tokenizer(nlp)
    stock = stock_tokenizer(nlp.vocab)
    assert stock is not nlp.tokenizer
    assert _words(stock, "Badan Intelijen Negara") == ["Badan", "Intelijen", "Negara"]


def test_another_language_is_not_lent_and_another_vocab_gets_a_fresh_tokenizer():
    nlp = spacy.blank("id")
    share_tokenizer(nlp)
    share_tokenizer(spacy.blank("en"))
    assert stock_tokenizer(nlp.vocab) is nlp.tokenizer
    other = spacy.blank("id")
    fresh = stock_tokenizer(other.vocab)
    assert fresh is not other.tokenizer
    assert _words(fresh, "Kemenlu RI, dll.") == _words(other.tokenizer, "Kemenlu RI, dll.")


def test_a_bracket_glued_between_words_is_split_but_not_after_a_number():
    tokenizer = stock_tokenizer(spacy.blank("id").vocab)
    assert _words(tokenizer, "Rois Faisal(Partai Golkar)") == ["Rois", "Faisal", "(", "Partai", "Golkar", ")"]
    assert _words(tokenizer, "2(dua) kali")[0] == "2(dua"


def test_a_comma_and_bracket_glued_to_a_datelines_place_are_split_off():
    tokenizer = stock_tokenizer(spacy.blank("id").vocab)
    assert _words(tokenizer, "Situbondo,(afederasi.com) - Harga")[:4] == ["Situbondo", ",", "(", "afederasi.com"]
    assert _words(tokenizer, "HALSEL,(2/09/25) –")[:4] == ["HALSEL", ",", "(", "2"]
