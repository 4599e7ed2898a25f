"""Speaker names the NER missed, found from their position next to a speech verb.

"..., ujar Peskov", "tulis TASS", "Dmitry Peskov menuturkan bahwa": a run of
capitalised words right after a speech cue (or right before a reported-speech
verb) is a name. Titles in front of it ("Juru Bicara Kremlin Dmitry Peskov")
are skipped: words from the roles lexicon and existing LOC/ORG mentions. The
new mentions are added to ``doc.ents`` with id ``kg_rule`` (``Mention.origin``
"rule"); a single all-capitals word is an ORG (news agencies), others are PER.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from kg.nlp.dates import MONTHS, WEEKDAYS
from kg.nlp.degrees import is_degree
from kg.nlp.casing import is_common_word, is_mixed_acronym, is_never_a_name, is_unit_word
from kg.nlp.context import doc_ents, set_ents, token_lowers
from kg.nlp.roles import (
    HEADS, HONORIFICS, MODIFIERS, PREFIXES, RANKS, REGIONAL_OFFICES, SERVICE_UNITS, SPELLED_RANK_WORDS, is_head,
    names_a_panel,
)
from kg.nlp.regions import is_region_name
from kg.records import LOC, ORG, PER
from kg.words import TIME_ZONES

RULE_ID = "kg_rule"
MAX_NAME_TOKENS = 4
NOT_NAMES = frozenset(
    "dia ia beliau mereka kami kita saya pihak sumber media para seorang sejumlah "
    "pada di ke dari dalam saat ketika seperti yang dan".split()
)


def _is_name_token(token) -> bool:
    lower = token.lower_
    return (
        token.is_alpha and token.text[:1].isupper() and lower not in NOT_NAMES and lower not in WEEKDAYS
        and lower not in MONTHS and lower not in TIME_ZONES
        and not (lower.endswith("pun") and lower[:-3] in NOT_NAMES)  # "Iapun mengakui": "ia" + "pun"
        and token.ent_iob_ not in ("B", "I") and not is_degree(token)
    ) or (token.text == "-" and token.whitespace_ == "")


def _title_word(token) -> bool:
    """An office, rank, title or honorific ("PJ", "Wali", "Irjen", "Kadisdikbud", "Mrs"), never part of a name."""
    lower = token.lower_
    return (lower in MODIFIERS or lower in PREFIXES or lower in RANKS or lower in HONORIFICS or lower in REGIONAL_OFFICES
            or is_head(token))


def _trim_title(tokens: list) -> list:
    """Drop title words in front of the name: "Juru Bicara Kremlin Dmitry Peskov" -> "Dmitry Peskov"."""
    while tokens and _title_word(tokens[0]):
        tokens = tokens[1:]
    while tokens and tokens[-1].text == "-":
        tokens = tokens[:-1]
    return tokens


# Words that make a capitalised run a place ("Korea Selatan", "Jawa Barat"), not a person.
PLACE_WORDS = frozenset(
    "utara selatan timur barat tengah raya serikat kota provinsi kabupaten pulau laut gunung teluk "
    "selat kepulauan republik kerajaan daerah".split()
)


def _label(tokens: list) -> str:
    first = tokens[0].text
    if len(tokens) == 1 and (first.isupper() and len(first) >= 2 or is_mixed_acronym(first)):
        return ORG
    if first.isupper() and len(first) >= 2 and first.isalnum() and is_region_name(" ".join(t.text for t in tokens[1:])):
        return ORG  # "Menurut DKP Sumbar, ...": a body's acronym and its region
    return PER


def name_after(doc: Doc, i: int) -> Span | None:
    """A name starting at token ``i`` (after title words and mentions), or None."""
    n = len(doc)
    j = i
    while j < n and (_title_word(doc[j]) or doc[j].ent_iob_ in ("B", "I")
                     or (doc[j].text == "." and j > i and (doc[j - 1].lower_ in RANKS or doc[j - 1].lower_ in HONORIFICS))):
        # "Irjen Pol. Daniel", "Mrs. Linda Chen"
        if doc[j].ent_type_ == PER:
            return None  # the NER already has the person
        j += 1
        if j + 1 < n and doc[j].text == "," and _is_name_token(doc[j + 1]) and doc[j - 1].ent_iob_ in ("B", "I"):
            j += 1  # "ucap Humas Gereja Katedral, Susyana Suwadi": the name apposed to the title
    run = []
    while j < n and _is_name_token(doc[j]) and len(run) < MAX_NAME_TOKENS + 3:
        run.append(doc[j])
        j += 1
    run = _trim_title(run)
    # "kata Kanit Lakalantas Inspektur Polisi Dua (Ipda) Ade Komarudin": a rank written out, its short form, the name
    spelled = next((k for k in range(len(run)) if all(t.lower_ in SPELLED_RANK_WORDS for t in run[k:])), len(run))
    bracketed = j + 3 < n and doc[j].text == "(" and doc[j + 1].lower_ in RANKS and doc[j + 2].text == ")"
    if bracketed and len(run) - spelled >= min(2, len(run)):
        return name_after(doc, j + 3)
    if run and spelled == 0:
        return None  # rank words only
    if j > i and any(doc[k].lower_ in HEADS for k in range(i, min(j, n))):
        unit = bool(run) and is_unit_word(run[0].text)
        while run and (is_unit_word(run[0].text) or run[0].lower_ in SERVICE_UNITS):
            run = run[1:]  # "kata Kepala Seksi Penerangan Hukum ...", "Kepala Seksi Penkum": the unit the office heads
        if unit and (body := _body_after_fields(doc, j)) is not None:
            return name_after(doc, body)  # "kata Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Provinsi Sulsel
            # Endro Yudo Walyono": the unit's fields, its body, then the holder
    if not run or len(run) > MAX_NAME_TOKENS or (j < n and doc[j].ent_iob_ == "B" and doc[j].ent_type_ == PER):
        return None
    if j < n and doc[j].ent_iob_ == "B" and doc[j].ent_type_ in (ORG, LOC) and is_head(doc[run[0].i - 1]) \
            and _label(run) == PER:
        return None  # "ujar Ketua Senat Universitas Bengkulu, Prof. Alnofri": the office's unit, then its body
    if any(t.lower_ in PLACE_WORDS for t in run):
        return None
    if j + 1 < n and doc[j].text == "," and doc[j + 1].ent_type_ == PER and doc[j + 1].ent_iob_ == "B" \
            and any(is_head(doc[k]) for k in range(i, run[0].i)):
        return None  # "kata Kepala Disnakertranskop UKM Barut, M Mastur": the office's body, then its holder
    return Span(doc, run[0].i, run[-1].i + 1, label=_label(run), span_id=RULE_ID)


def _body_after_fields(doc: Doc, j: int) -> int | None:
    """Where a body or place the model tagged starts, after a unit's field words from token ``j`` on
    ("Pencegahan dan Kesiapsiagaan BPBD ..."); None when something else comes first."""
    while j < len(doc) and (doc[j].lower_ in ("dan", "&") or _is_name_token(doc[j])):
        j += 1
    return j if j < len(doc) and doc[j].ent_iob_ == "B" and doc[j].ent_type_ in (ORG, LOC) else None


def name_before(doc: Doc, i: int, known_words: set[str]) -> Span | None:
    """A name ending right before token ``i`` ("Dmitry Peskov menuturkan"), or None."""
    j = i - 1
    run = []
    while j >= 0 and _is_name_token(doc[j]) and len(run) < MAX_NAME_TOKENS + 3:
        run.insert(0, doc[j])
        j -= 1
    run = _trim_title(run)
    if not run or len(run) > MAX_NAME_TOKENS or any(t.lower_ in PLACE_WORDS for t in run):
        return None
    if run[0].is_sent_start and len(run) == 1 and run[0].lower_ not in known_words:
        return None  # a lone capitalised first word is usually not a name
    return Span(doc, run[0].i, run[-1].i + 1, label=_label(run), span_id=RULE_ID)


# A cue glued to the word and the closing mark before it, the space left out: 'bergengsi,”kata Sona'.
GLUED_CUE = re.compile(r"\w+[,.!?]?[\"”]([a-z]+)$")


def add_speaker_names(doc: Doc, cues: frozenset[str], verbs: frozenset[str]) -> list[Span]:
    """Add names next to speech cues that the NER missed; returns the spans added."""
    added: list[Span] = []
    ents = doc_ents(doc)  # read once (each read makes a Span per entity); set only after the loop
    for i, lower in enumerate(token_lowers(doc)):
        glued = ("”" in lower or '"' in lower) and (m := GLUED_CUE.match(lower)) is not None and m.group(1) in cues
        if lower not in cues and lower != "menurut" and lower not in verbs and not glued:
            continue  # most words: none of the cases below, decided without a Token object
        token = doc[i]
        span = None
        if glued:  # 'bergengsi,”kata Sona'
            span = name_after(doc, token.i + 1)
        elif lower in cues and token.i > 0 and re.match(r"[,\"”]", doc[token.i - 1].text):
            span = name_after(doc, token.i + 1)
            earlier = {w.lower() for e in ents if e.label_ == PER and e.end <= token.i for w in e.text.split()}
            if span is not None and {w.lower() for w in span.text.split()} <= earlier:
                span = None  # "kata Santoso" after "Budi Santoso": the quote finder links it
        elif lower == "menurut" and (token.i == 0 or token.is_sent_start or doc[token.i - 1].is_punct):
            span = name_after(doc, token.i + 1)  # "Menurut Mastukah, ...": the source, then a comma
            if span is not None and (span.end >= len(doc) or doc[span.end].text != ","):
                span = None
        elif lower in verbs and token.i > 0:
            known = {w.lower() for e in list(ents) + added if e.label_ == PER for w in e.text.split()}
            span = name_before(doc, token.i, known)
        if span is not None and (all(is_common_word(t.text) for t in span) or names_a_panel(span)
                                 or (len(span) == 1 and is_never_a_name(span.text))):
            span = None  # "Kepala Pusat Data mengatakan", "kepada Wartawan": common words with a capital
        if span is not None and not any(s.start < span.end and span.start < s.end for s in list(ents) + added):
            added.append(span)
    if added:
        set_ents(doc, added, default="unmodified")
        from kg.nlp.entities import relabel_affiliations

        relabel_affiliations(doc)  # "juru bicara Kremlin [Dmitry Peskov]": Kremlin is not a person
    return added
