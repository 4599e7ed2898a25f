"""The text of a span or a run of tokens, cut from the doc's text, for the rules' hot loops.

spaCy's ``Span.text`` joins the text of a new Token object per word (and ``doc[i:j]`` first makes the
Span and its edge Tokens); the same characters are ``doc.text[start_char:end_char]``, and the doc's
text and its tokens' offsets are read once per doc (``kg.nlp.context.per_doc``). Same strings, about a
third of the time for a two-word name.
"""

from __future__ import annotations

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span

from kg.nlp.context import doc_text, per_doc


def span_text(span: Span) -> str:
    """``span.text``."""
    return doc_text(span.doc)[span.start_char : span.end_char]


@per_doc
def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's first character and the character after its last."""
    starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
    return starts, [start + length for start, length in zip(starts, lengths)]


def words_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start <= end <= len(doc)``, without making the Span."""
    if start >= end:
        return ""
    starts, ends = _token_bounds(doc)
    return doc_text(doc)[starts[start] : ends[end - 1]]
