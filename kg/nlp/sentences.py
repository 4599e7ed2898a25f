"""Rule-based sentence boundaries for Indonesian news text.

Why rules: news text has headlines, datelines and captions on their own lines,
and the trained pipeline has no parser. Every newline is a hard boundary;
otherwise a sentence ends at ``.``/``!``/``?``/``…`` (plus any closing quote or
bracket) when the next word starts a sentence. Abbreviations (``Dr.``, ``No.``,
initials, ``tgl.``), decimals and domain names never end a sentence, and a
boundary is never placed inside an entity span.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.context import doc_ents, per_doc, token_texts

FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "«", "-", "–", "—"})
# Shortened first names written with a period: "Abd. Kadir Damanik", "Muh. Syarif".
SHORT_FIRST_NAMES = frozenset("abd moh muh mhd moch mochd mohd ach".split())
# Army and air force corps, written after a rank and often with a period ("Kapten Inf", "Letkol Kav.").
CORPS = frozenset("inf kav arh arm czi cpm chb cku ckm caj pnb psk".split())
# Abbreviations the tokenizer may split from their period ("tgl ."), lower-cased.
ABBREVIATIONS = SHORT_FIRST_NAMES | frozenset(
    """
    no nomor tgl tg jl jln kec kab kel prov hlm hal pk pkl sdr sdri ny nn tn bpk bp
    dr drs dra ir prof h hj hm kh st mr mrs ms jr sr inc co ltd corp vs kol letjen
    mayjen brigjen jend kapt mgr rs dkk dll dsb dst tsb ybs an u.p ec tgk pdt pol purn
    pt cv ud
    """.split()  # the last line: company forms written with a period ("PT. Pelayaran Nasional Indonesia")
) | CORPS
# Abbreviations that can also close a sentence ("..., dan lain-lain dll. Kemudian").
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"dll.", "dsb.", "dst.", "dkk.", "etc.", "dll", "dsb", "dst"})


def _is_abbreviation_period(doc: Doc, i: int) -> bool:
    """A "." attached to the previous token that is an abbreviation or an initial."""
    if i == 0 or doc[i - 1].whitespace_:
        return False
    prev = doc[i - 1].text
    if len(prev) == 1 and prev.isalpha() and prev.isupper():
        return True  # an initial: "A. Smith"
    return prev.lower() in ABBREVIATIONS and prev.lower() not in SENTENCE_FINAL_ABBREVIATIONS


def _inside_a_degree(doc: Doc, i: int) -> bool:
    """The "." of "Ph.D," or "S.Pd.": glued to a short capitalised word that a comma or period closes."""
    return (not doc[i].whitespace_ and i + 2 < len(doc) and doc[i + 1].is_alpha and len(doc[i + 1]) <= 3
            and doc[i + 1].text[:1].isupper() and doc[i + 2].text in (",", ".", ")"))


def _starts_sentence(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() or text[:1].isdigit() or text in OPENERS or text[:1] in OPENERS


def _ends_sentence(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.text in FINAL:
        return token.text != "." or not (_is_abbreviation_period(doc, i) or _inside_a_degree(doc, i))
    if token.text.endswith(".") and len(token.text) > 1 and not token.like_num:
        return token.text.lower() in SENTENCE_FINAL_ABBREVIATIONS
    return False


# A dateline opening a paragraph, not its first words: "PANDEGLANG, KOMPAS.com - ", "JagoDangdut – ",
# "JAKARTA, Senin (15/1) - ", "BIREUEN, REAKSIONE.ID | " (many outlets close it with a bar), "MANOKWARI,
# gardapapua.com — " (an outlet's domain in lower case).
DATELINE = re.compile(r"[A-Z][\w.]*(?:[ ,]+(?:[A-Z(][\w./()]*|[a-z][\w-]*\.[a-z]{2,}(?:\.[a-z]{2,})?)){0,5}\s+[-–—|]\s+")


def boundaries(doc: Doc) -> list[int]:
    """Token indices that start a sentence (always including 0 for a non-empty doc); never inside a name."""
    inside = set()
    for ent in doc_ents(doc):
        inside.update(range(ent.start + 1, ent.end))
    return [s for s in _token_boundaries(doc) if s not in inside]


@per_doc
def _token_boundaries(doc: Doc) -> tuple[int, ...]:
    """Sentence starts by the tokens alone (the rules read them while the names change: computed once per doc)."""
    starts = [0] if len(doc) else []
    i = 0
    n = len(doc)
    texts = token_texts(doc)  # most tokens are skipped by their text alone, without a Token object
    while i < n:
        text = texts[i]
        if "\n" not in text and text not in FINAL and not text.endswith("."):
            i += 1  # neither a line break nor a sentence end (see _ends_sentence)
            continue
        token = doc[i]
        if "\n" in token.text and token.is_space:
            j = i + 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n:
                starts.append(j)
            i = j
            continue
        if _ends_sentence(doc, i):
            j = i + 1
            # Closing quotes/brackets glued to the punctuation stay with this sentence.
            while j < n and doc[j].text in CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            while j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j < n and not doc[j].is_space and _starts_sentence(doc[j]):
                starts.append(j)
            i = j
            continue
        i += 1
    return tuple(sorted(set(starts)))


# ``Token.is_sent_start = False`` as ``Doc.from_array`` takes it: -1 in the uint64 array spaCy uses.
NOT_A_START = numpy.uint64(2**64 - 1)


class SentenceSegmenter:
    """Sets ``Token.is_sent_start`` on every token from the rules above."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            return doc  # a parser already fixed the sentences
        # One array write instead of a Token object and a setter call per token (~1 s per 400 articles).
        values = numpy.full((len(doc), 1), NOT_A_START, dtype="uint64")
        values[boundaries(doc)] = 1
        doc.from_array([SENT_START], values)
        return doc


@Language.factory(
    "kg_sentences",
    assigns=["token.is_sent_start"],
    requires=[],
)
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    """Create the rule-based sentence segmenter.

    RETURNS (SentenceSegmenter): the component.
    """
    return SentenceSegmenter(nlp, name)
