"""kg_entities reads the entities once per change (``kg.nlp.context.ents_held``): every write must go through
``set_ents``, or a later step would read the entities as they were before it."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.tokens import Span

from kg.nlp.context import doc_ents, ents_held, set_ents

NLP_DIR = Path(__file__).resolve().parents[2] / "kg" / "nlp"
# The NER's own clean-up component (kg.nlp.ner) runs before kg_entities, outside ents_held.
DIRECT_WRITE = re.compile(r"\bdoc\.ents\s*=(?!=)|\.set_ents\(")


def test_a_write_through_set_ents_is_seen_by_the_next_read():
    doc = spacy.blank("id")("Budi tiba di Jakarta .")
    with ents_held(doc):
        assert doc_ents(doc) == ()
        set_ents(doc, [Span(doc, 0, 1, label="PER")])
        assert [(e.text, e.label_) for e in doc_ents(doc)] == [("Budi", "PER")]


def test_rule_modules_write_entities_only_through_set_ents():
    writers = sorted(
        f"{path.name}:{number}"
        for path in NLP_DIR.glob("*.py") if path.name not in ("context.py", "ner.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if DIRECT_WRITE.search(line.split("#")[0]) and "def set_ents" not in line
    )
    assert writers == []
