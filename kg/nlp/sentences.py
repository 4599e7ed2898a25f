"""Rule-based sentence boundaries for Indonesian news text.

Why rules: news text has headlines, datelines and captions on their own lines,
and the trained pipeline has no parser. Every newline is a hard boundary;
otherwise a sentence ends at ``.``/``!``/``?``/``…`` (plus any closing quote or
bracket) when the next word starts a sentence. Abbreviations (``Dr.``, ``No.``,
initials, ``tgl.``), decimals and domain names never end a sentence, and a
boundary is never placed inside an entity span.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

FINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "«", "-", "–", "—"})
# Abbreviations the tokenizer may split from their period ("tgl ."), lower-cased.
ABBREVIATIONS = frozenset(
    """
    no nomor tgl tg jl jln kec kab kel prov hlm hal pk pkl sdr sdri ny nn tn bpk bp
    dr drs dra ir prof h hj kh st mr mrs ms jr sr inc co ltd corp vs kol letjen
    mayjen brigjen jend kapt mgr rs dkk dll dsb dst tsb ybs an u.p
    """.split()
)
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


def _starts_sentence(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() or text[:1].isdigit() or text in OPENERS or text[:1] in OPENERS


def _ends_sentence(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.text in FINAL:
        return token.text != "." or not _is_abbreviation_period(doc, i)
    if token.text.endswith(".") and len(token.text) > 1 and not token.like_num:
        return token.text.lower() in SENTENCE_FINAL_ABBREVIATIONS
    return False


def boundaries(doc: Doc) -> list[int]:
    """Token indices that start a sentence (always including 0 for a non-empty doc)."""
    starts = [0] if len(doc) else []
    i = 0
    n = len(doc)
    while i < n:
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
    inside = set()
    for ent in doc.ents:
        inside.update(range(ent.start + 1, ent.end))
    return sorted({s for s in starts if s not in inside})


def clip_entities(doc: Doc) -> None:
    """Cut entity spans at a sentence end or newline inside them ("Kementerian Dalam Negeri. Sebelumnya").

    The NER sometimes runs a name over a boundary; the rules trust the boundary.
    """
    changed = False
    ents = []
    for ent in doc.ents:
        end = ent.end
        for i in range(ent.start, ent.end):
            token = doc[i]
            if ("\n" in token.text and token.is_space) or (
                i > ent.start and _ends_sentence(doc, i) and i + 1 < len(doc) and _starts_sentence(doc[i + 1])
            ) or ("\n" in token.whitespace_ and i + 1 < ent.end):
                end = i if not token.whitespace_ or token.is_space or _ends_sentence(doc, i) else i + 1
                break
        if end != ent.end:
            changed = True
            if end > ent.start:
                ents.append(Span(doc, ent.start, end, label=ent.label_, span_id=ent.id_))
            continue
        ents.append(ent)
    if changed:
        doc.set_ents(ents, default="outside")


def _title_case_lines(doc: Doc) -> set[int]:
    """Token indices on headline-like lines (most words capitalised), where the NER often runs on."""
    result: set[int] = set()
    line: list[Token] = []
    for token in list(doc) + [None]:
        if token is None or ("\n" in token.text and token.is_space):
            words = [t for t in line if t.is_alpha]
            if len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words):
                result.update(t.i for t in line)
            line = []
        else:
            line.append(token)
    return result


def repair_entities(doc: Doc) -> None:
    """Fix two NER slips the rules depend on; the ``ner`` output is otherwise kept.

    * A person span that starts with a place or org named elsewhere in the doc is split:
      "Korut Kim Jong-un" -> "Korut" (LOC) + "Kim Jong-un" (PER).
    * On headline lines a person span stops before a dictionary word:
      "Jokowi Terima Kunjungan" -> "Jokowi".
    """
    from kg.nlp.morph import is_word

    ents = list(doc.ents)
    others = {e.text: e.label_ for e in ents if e.label_ in ("LOC", "ORG")}
    headline = _title_case_lines(doc)
    repaired: list[Span] = []
    for ent in ents:
        if ent.label_ != "PER" or len(ent) < 2:
            repaired.append(ent)
            continue
        start, end = ent.start, ent.end
        for k in range(start + 1, end):
            if doc[start:k].text in others:
                repaired.append(Span(doc, start, k, label=others[doc[start:k].text], span_id=ent.id_))
                start = k
                break
        if start in headline:
            end = next((k for k in range(start + 1, end) if is_word(doc[k].text)), end)
        if (start, end) != (ent.start, ent.end):
            ent = Span(doc, start, end, label="PER", span_id=ent.id_)
        repaired.append(ent)
    if [(e.start, e.end, e.label_) for e in repaired] != [(e.start, e.end, e.label_) for e in ents]:
        doc.set_ents(repaired, default="outside")


class SentenceSegmenter:
    """Sets ``Token.is_sent_start`` on every token from the rules above."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            return doc  # a parser already fixed the sentences
        clip_entities(doc)
        repair_entities(doc)
        starts = set(boundaries(doc))
        for token in doc:
            token.is_sent_start = token.i in starts
        return doc


@Language.factory(
    "kg_sentences",
    assigns=["token.is_sent_start", "doc.ents"],
    requires=[],
)
def make_sentences(nlp: Language, name: str) -> SentenceSegmenter:
    """Create the rule-based sentence segmenter.

    RETURNS (SentenceSegmenter): the component.
    """
    return SentenceSegmenter(nlp, name)
