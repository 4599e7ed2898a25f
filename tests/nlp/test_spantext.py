"""``kg.nlp.spantext``: the same strings as spaCy's ``Span.text``, without the Span's Token objects."""

from __future__ import annotations

import spacy

from kg.nlp.spantext import span_text, words_text

TEXT = "Bupati  Kediri, H. Hanindhito (35)\n\nberkata:\t“Jum’at depan” di Jl. Sudirman-Thamrin ."


def test_words_text_is_every_runs_span_text():
    doc = spacy.blank("id")(TEXT)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert words_text(doc, start, end) == doc[start:end].text


def test_span_text_is_span_text_of_every_entity_and_slice():
    doc = spacy.blank("id")(TEXT)
    doc.ents = [doc.char_span(0, 6, label="PER"), doc.char_span(8, 14, label="LOC")]
    for span in [*doc.ents, doc[:], doc[3:7], doc[5:5], doc[len(doc):]]:
        assert span_text(span) == span.text


def test_an_empty_doc():
    doc = spacy.blank("id")("")
    assert words_text(doc, 0, 0) == "" == span_text(doc[:])
