"""kg_entities: names found once are found again; longer different names are left alone."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from kg.nlp import add_components, annotate


def _pipeline(first_name_span):
    nlp = spacy.blank("id")
    name = f"test_one_name_{first_name_span}"

    @spacy.Language.component(name)
    def one_name(doc):  # a model that finds only the first full name
        doc.set_ents([Span(doc, *first_name_span, label="PER")])
        return doc

    nlp.add_pipe(name)
    return add_components(nlp)


def test_entities_propagate_full_name_and_surname(make_article):
    text = "Hendra Wijaya tiba . Wartawan menemui Hendra Wijaya . Wijaya mengatakan bahwa rapat selesai ."
    (annotated,) = annotate([make_article(text)], _pipeline((0, 2)))
    assert [(m.text, m.origin) for m in annotated.mentions] == [
        ("Hendra Wijaya", "model"), ("Hendra Wijaya", "rule"), ("Wijaya", "rule"),
    ]
    (quote,) = annotated.quotes
    assert annotated.mentions[quote.speaker].text == "Hendra Wijaya"  # a bare surname: the full mention


def test_entities_do_not_tag_part_of_a_longer_name(make_article):
    text = "Kim Jong Un tiba . Adiknya , Kim Yo Jong , ikut ."
    (annotated,) = annotate([make_article(text)], _pipeline((0, 3)))
    assert [m.text for m in annotated.mentions] == ["Kim Jong Un"]
