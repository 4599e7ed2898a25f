"""Shared helpers for the rule components: mentions and sentences as character spans.

Rule components store character offsets (not Span objects) in their extensions,
so docs stay serialisable (``Doc.to_bytes``, multi-process ``nlp.pipe``).
"""

from __future__ import annotations

import functools
import re
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, IS_SPACE
from spacy.tokens import Doc, Span

from kg.records import ENTITY_LABELS, PER

PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka", "nya"})
# Words before a mention that make it a source being cited, not a subject ("seperti dilansir CNN").
CITING = frozenset({"dikutip", "dilansir", "mengutip", "melansir", "dilaporkan", "menurut", "via"})


# The doc whose token facts are held, and those facts (name -> value); one doc at a time, as the
# pipeline runs one doc through every component before the next.
_held: tuple[weakref.ref | None, dict] = (None, {})


def per_doc(compute):
    """Compute ``compute(doc)`` once per doc, for facts of the tokens alone (never of the spans).

    A doc's tokens do not change once it is made (no component retokenises), so ``Doc.text``, the
    tokens' texts and the like can be read once and shared by every rule of every component. The
    values of the last doc asked about are held (the doc itself only weakly), nothing is stored on it.
    """
    name = compute.__qualname__

    def cached(doc: Doc):
        global _held
        ref, values = _held
        if ref is None or ref() is not doc:
            values = {}
            _held = (weakref.ref(doc), values)
        if name not in values:
            values[name] = compute(doc)
        return values[name]

    return functools.update_wrapper(cached, compute)


@per_doc
def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins anew from a Token object per token on every access."""
    return doc.text


@per_doc
def token_texts(doc: Doc) -> list[str]:
    """``[t.text for t in doc]``: what most token scans test first (do not modify the list)."""
    return [t.text for t in doc]


@per_doc
def token_lowers(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]`` (do not modify the list)."""
    return [t.lower_ for t in doc]


@per_doc
def token_is_alpha(doc: Doc) -> list[bool]:
    """``[t.is_alpha for t in doc]``, read as one array (do not modify the list)."""
    return doc.to_array(IS_ALPHA).astype(bool).tolist()


@per_doc
def token_is_space(doc: Doc) -> list[bool]:
    """``[t.is_space for t in doc]``, read as one array (do not modify the list)."""
    return doc.to_array(IS_SPACE).astype(bool).tolist()


class _Held:
    """The doc a component works on (``ents_held``), its entity spans (None until read) and the values
    ``per_ents`` computed from them; both are forgotten at each write (``set_ents``)."""

    def __init__(self, doc: Doc | None = None) -> None:
        self.doc = doc
        self.forget()

    def forget(self) -> None:
        self.ents: tuple[Span, ...] | None = None
        self.values: dict[str, object] = {}


_held_ents = _Held()


@contextmanager
def ents_held(doc: Doc) -> Iterator[None]:
    """While a component works on ``doc``, ``doc_ents`` reads ``doc.ents`` once per change, not once per call.

    ``doc.ents`` makes a Span per entity from the tokens' tags on every read, and kg_entities' steps read it
    some eighty times a doc while writing it about ten. The steps write only through ``set_ents``, which
    forgets the held spans, so every read still sees the last write. Outside, ``doc_ents`` reads ``doc.ents``.

    doc (Doc): the doc the component works on.
    """
    global _held_ents
    outer, _held_ents = _held_ents, _Held(doc)
    try:
        yield
    finally:
        _held_ents = outer


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once per change of ``doc``'s entities while ``ents_held(doc)`` is open."""
    held = _held_ents
    if held.doc is not doc:
        return doc.ents
    if held.ents is None:
        held.ents = doc.ents
    return held.ents


def set_ents(doc: Doc, spans: Iterable[Span], *, default: str = "outside") -> None:
    """``doc.set_ents(spans, default=default)``, forgetting what ``doc_ents`` and ``per_ents`` hold for ``doc``."""
    if _held_ents.doc is doc:
        _held_ents.forget()
    doc.set_ents(spans, default=default)


def per_ents(compute):
    """Compute ``compute(doc)`` once per state of the doc's entities while ``ents_held(doc)`` is open (an
    immutable value of the tokens and ``doc_ents`` alone, asked for by several steps between two writes);
    outside, on every call."""
    name = compute.__qualname__

    def cached(doc: Doc):
        held = _held_ents
        if held.doc is not doc:
            return compute(doc)
        if name not in held.values:
            held.values[name] = compute(doc)
        return held.values[name]

    return functools.update_wrapper(cached, compute)


@dataclass(frozen=True)
class Ent:
    """A mention as the rule components see it: character span, label, text, sentence index."""

    start: int
    end: int
    label: str
    text: str
    sentence: int


_AGE = re.compile(r"\s*\(\d{1,3}\)")
# The stems of the verbs that report speech ("mengatakan", "mengaku", "menuturkan", "bercerita").
_SPEECH_STEM = re.compile(r"\b\w*(?:kata|ucap|ungkap|jelas|tutur|aku|sampai|cerita|terang|tambah|sebut|tegas|ujar)\w*\b",
                          re.I)
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+dan|,?\s+serta)\s+")  # between the names of a list


class DocView:
    """Mentions and sentences of a doc as character spans, with the look-ups rules need."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        if len(doc) and doc.has_annotation("SENT_START"):
            self.sentences = [(s.start_char, s.end_char) for s in doc.sents]
        else:
            self.sentences = [(0, len(self.text))]
        self._starts = [s for s, _ in self.sentences]
        self.ents = [
            Ent(e.start_char, e.end_char, e.label_, e.text, self.sentence_of(e.start_char))
            for e in doc_ents(doc)
            if e.label_ in ENTITY_LABELS
        ]
        self.quoted: list[tuple[int, int]] = []  # the spans of quoted words, where the quote finder sets them

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

    def previous_speaker(self, offset: int) -> Ent | None:
        """Whom "dia" or "ujarnya" means: the nearest person before ``offset`` not named in a list of three
        or more ("legenda seperti Susi Susanti, Alan Budi Kusuma, Greysia Polli dan lainnya"), nor inside
        quoted words (``quoted``: whom a speaker talks about is not who speaks)."""
        person = self.previous_person(offset)
        while person is not None:
            listed = self._listed_with(person)
            if len(listed) < 3 and not any(s <= person.start < e for s, e in self.quoted) \
                    and not self._a_party_that_did_not_speak(person):
                return person
            person = self.previous_person(min(listed[0].start, person.start))
        return None

    def _a_party_that_did_not_speak(self, ent: Ent) -> bool:
        """"dikemudikan oleh Doni Prasetyo (38)": one the article gives an age to is a party to the story (a driver,
        a victim, a suspect), whom a bare "ujarnya" means only when a speech verb follows the name in its sentence."""
        age = _AGE.match(self.text, ent.end)
        if age is None:
            return False
        sentence_end = self.sentences[self.sentence_of(ent.start)][1]
        return _SPEECH_STEM.search(self.text, age.end(), sentence_end) is None

    def may_speak(self, ent: Ent) -> bool:
        """Can "ujarnya" mean the person ``ent``? Not when named in a list of three or more, inside quoted words,
        or as a party given an age who did not speak (``previous_speaker``'s tests)."""
        return len(self._listed_with(ent)) < 3 and not any(s <= ent.start < e for s, e in self.quoted) \
            and not self._a_party_that_did_not_speak(ent)

    def _listed_with(self, ent: Ent) -> list[Ent]:
        """The persons of the list ("A, B dan C") ``ent`` is named in, in order; just ``ent`` outside one."""
        people = [e for e in self.ents if e.label == PER]
        k = j = people.index(ent)
        while k > 0 and _LIST_GLUE.fullmatch(self.text[people[k - 1].end : people[k].start]):
            k -= 1
        while j + 1 < len(people) and _LIST_GLUE.fullmatch(self.text[people[j].end : people[j + 1].start]):
            j += 1
        return people[k : j + 1]

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
    """Resolve "dia"/"ia"/"beliau" or a "-nya" suffix to the nearest preceding person (``previous_speaker``)."""
    return view.previous_speaker(offset) if word.lower() in PRONOUNS else None
