"""Gazetteer patterns for the ``kg_gazetteer`` entity_ruler."""

from __future__ import annotations

import spacy

from kg.train.conll import Sentence
from kg.train.gazetteer import build_patterns, usage_filter


def _s(text: str, tags: str) -> Sentence:
    return Sentence(tuple(text.split()), tuple(tags.split()))


def test_usage_filter_drops_names_used_otherwise() -> None:
    club = [_s("Liverpool menang lagi", "B-ORG O O")] * 3
    kept = usage_filter({"Liverpool", "Surabaya"}, "LOC", club)
    assert kept == {"Surabaya"}


def test_build_patterns_tags_outlets_domains_bodies_and_unseen_places() -> None:
    nlp = spacy.blank("xx")
    seen = [_s("Warga Jakarta berkumpul", "O B-LOC O")]
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(build_patterns(seen))
    doc = nlp("Menurut Reuters dan Liputan6.com , Kementerian Luar Negeri di Pyongyang dan Jakarta")
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Reuters", "ORG") in found
    assert ("Liputan6.com", "ORG") in found
    assert ("Kementerian Luar Negeri", "ORG") in found
    assert ("Pyongyang", "LOC") in found
    assert ("Jakarta", "LOC") not in found  # seen in training: left to the model
