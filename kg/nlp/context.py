"""Shared helpers for the rule components: mentions and sentences as character spans.

Rule components store character offsets (not Span objects) in their extensions,
so docs stay serialisable (``Doc.to_bytes``, multi-process ``nlp.pipe``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.records import ENTITY_LABELS, PER

PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka", "nya"})
# Words before a mention that make it a source being cited, not a subject ("seperti dilansir CNN").
CITING = frozenset({"dikutip", "dilansir", "mengutip", "melansir", "dilaporkan", "menurut", "via"})


@dataclass(frozen=True)
class Ent:
    """A mention as the rule components see it: character span, label, text, sentence index."""

    start: int
    end: int
    label: str
    text: str
    sentence: int


class DocView:
    """Mentions and sentences of a doc as character spans, with the look-ups rules need."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        if len(doc) and doc.has_annotation("SENT_START"):
            self.sentences = [(s.start_char, s.end_char) for s in doc.sents]
        else:
            self.sentences = [(0, len(doc.text))]
        self._starts = [s for s, _ in self.sentences]
        self.ents = [
            Ent(e.start_char, e.end_char, e.label_, e.text, self.sentence_of(e.start_char))
            for e in doc.ents
            if e.label_ in ENTITY_LABELS
        ]

    def sentence_of(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)

    def ents_between(self, start: int, end: int, labels: tuple[str, ...] = ENTITY_LABELS) -> list[Ent]:
        return [e for e in self.ents if e.start >= start and e.end <= end and e.label in labels]

    def ent_at(self, offset: int) -> Ent | None:
        for e in self.ents:
            if e.start <= offset < e.end:
                return e
        return None

    def previous_person(self, offset: int, name: str | None = None) -> Ent | None:
        """The nearest PER mention ending before ``offset``; with ``name``, one whose words include it."""
        for e in reversed(self.ents):
            if e.end > offset or e.label != PER:
                continue
            if name is None or name.lower() in {w.lower() for w in re.split(r"[\s-]+", e.text)}:
                return e
        return None

    def fullest(self, ent: Ent) -> Ent:
        """For a one-word person ("Santoso"), the nearest earlier longer mention with that word."""
        if ent.label != PER or " " in ent.text.strip():
            return ent
        word = ent.text.lower()
        for e in reversed(self.ents):
            words = [w.lower() for w in re.split(r"[\s-]+", e.text)]
            if e.end <= ent.start and e.label == PER and len(words) > 1 and word in words:
                return e
        return ent

    def is_cited_source(self, ent: Ent) -> bool:
        """True for "seperti dilansir CNN": the mention is where the text comes from, not who acts."""
        before = re.findall(r"[\w-]+", self.text[max(0, ent.start - 25) : ent.start])
        return bool(before) and before[-1].lower() in CITING


def word_before(text: str, offset: int) -> str:
    words = re.findall(r"[\w-]+", text[max(0, offset - 40) : offset])
    return words[-1] if words else ""


def pronoun_speaker(view: DocView, word: str, offset: int) -> Ent | None:
    """Resolve "dia"/"ia"/"beliau" or a "-nya" suffix to the nearest preceding person."""
    return view.previous_person(offset) if word.lower() in PRONOUNS else None
