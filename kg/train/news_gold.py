"""Real-news articles with hand gold (``gold/news`` format) as NER training sentences.

The corpora the model learns from are older news and biographies, labelled under other
conventions (NERGrit leaves many bodies unlabelled, NERP is lowercased). Articles annotated
under the conventions kg is scored with (outlets, regional units such as "KPU Kabupaten Garut",
datelines) teach those conventions directly. The gold lists every surface form of every entity,
so each occurrence of a form in the text is labelled and the rest of the text is ``O``; a form
whose type is ambiguous (``ORG|LOC``) and every ``ignore`` name are marked unknown, so training
neither rewards nor penalises them. Where forms overlap, the longest wins ("Kabupaten Garut"
over "Garut"): the gold allows both, and one consistent choice is easier to learn.
"""

from __future__ import annotations

import re
from pathlib import Path

import spacy

from kg.evaluate.facts import load_gold
from kg.train.conll import Sentence

_UNKNOWN = "-"


def gold_sentences(gold_path: Path) -> list[Sentence]:
    """One Sentence per text line (headline, date line, paragraph) of each gold article."""
    tokenizer = spacy.blank("id").tokenizer
    sentences: list[Sentence] = []
    for article in load_gold(gold_path):
        if article.entities is None:
            continue
        text = (Path(gold_path).parent / article.source).read_text(encoding="utf-8")
        labelled = _char_labels(text, article.entities, article.ignore)
        for line in _lines(text):
            tokens = [t for t in tokenizer(text[line[0] : line[1]]) if not t.is_space]
            if tokens:
                sentences.append(_tagged(tokens, line[0], labelled))
    return sentences


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _char_labels(text: str, entities: tuple[dict, ...], ignore: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) character spans; label ``-`` for unknown."""
    found = []
    for entity in entities:
        label = entity["type"] if "|" not in entity["type"] else _UNKNOWN
        for name in entity["names"]:
            for form in name.split("|"):
                found.extend((start, end, label) for start, end in _occurrences(text, form))
    chosen: list[tuple[int, int, str]] = []
    for start, end, label in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, label))
    for name in ignore:
        for form in name.split("|"):
            for start, end in _occurrences(text, form):
                if all(end <= s or start >= e for s, e, _ in chosen):
                    chosen.append((start, end, _UNKNOWN))
    return sorted(chosen)


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of ``form`` that start and end at word edges."""
    form = form.strip()
    if not form:
        return []
    pattern = r"(?<!\w)" + re.escape(form) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def _tagged(tokens: list, offset: int, labelled: list[tuple[int, int, str]]) -> Sentence:
    """IOB2 tags for tokens whose characters start at ``offset`` in the article text."""
    tags = []
    previous = None
    for token in tokens:
        start = offset + token.idx
        end = start + len(token.text)
        span = next(((s, e, label) for s, e, label in labelled if s < end and start < e), None)
        if span is None:
            tags.append("O")
        elif span[2] == _UNKNOWN or start < span[0] or end > span[1]:
            tags.append(_UNKNOWN)  # unknown, or a token that straddles the span's edge
        else:
            tags.append(("I-" if span == previous else "B-") + span[2])
        previous = span
    return Sentence(tuple(t.text for t in tokens), tuple(tags))
