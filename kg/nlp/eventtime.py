"""When an event happened: the time expression that belongs to its trigger (used by ``kg_events``).

The nearest time in the trigger's clause, with no other trigger between them; failing
that, the time of an earlier report of the same event ("pertemuan tersebut", the
sentence before) or of the last dated event for "pada hari yang sama".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.nlp.dates import SPAN_KEY as TIMES_KEY
from kg.nlp.dates import TimeParse
from kg.nlp.morph import strip_clitic
from kg.nlp.quotes import CUES, SPEECH_VERBS
from kg.nlp.triggers import CLAUSE_BREAKS

if TYPE_CHECKING:
    from kg.nlp.events import EventSpan

COORDINATORS = frozenset({"dan", "lalu", "kemudian", "serta", "lantas"})
SAME_DAY = re.compile(r"\b(hari yang sama|saat yang sama|hari itu juga)\b", re.I)
ANAPHORA = frozenset({"tersebut", "ini", "itu"})
# A sentence that tells the next step of what the article is narrating.
SEQUENCE = re.compile(r"\s*(setelah itu|usai itu|sesudah itu|selanjutnya|kemudian|lalu|seusai|usai)\b", re.I)
FUTURE = frozenset({"akan", "bakal", "berencana", "dijadwalkan", "direncanakan", "hendak"})


def _time_in_clause(doc: Doc, token: Token, span: Span) -> bool:
    """No clause word ("yang", "bahwa", "sejak" ...) between trigger and time, except one introducing the time."""
    if span.start > token.i:
        between = doc[token.i + 1 : span.start - 1]
        # "Pembicaraan ... akan fokus pada ekonomi," kata Retno pada Rabu lalu: when it was said
        return not any(t.lower_ in CLAUSE_BREAKS or _reports(t) for t in between)
    # "tiba pada Selasa malam dan dijadwalkan kembali": a time before "dan" ends the earlier clause
    between = doc[span.end : token.i]
    if any(t.lower_ in CLAUSE_BREAKS or t.lower_ in COORDINATORS for t in between):
        return False
    # "kunjungan Kasad yang baru dilantik Presiden pada 17 November 2021 itu merupakan rangkaian kunjungan kerjanya":
    # a time inside a relative clause that a demonstrative or a copula closes before the trigger is that clause's
    return not (any(t.lower_ in CLOSERS for t in between) and _in_relative_clause(doc, span))


# Words that close a noun phrase and its relative clause ("... itu"), or open the predicate after it ("merupakan").
CLOSERS = frozenset("itu ini tersebut merupakan adalah menjadi".split())


def _in_relative_clause(doc: Doc, span: Span) -> bool:
    """Does a "yang" open the clause the time ``span`` stands in (before it, with no punctuation between)?"""
    for t in reversed(doc[span.sent.start : span.start]):
        if t.lower_ == "yang":
            return True
        if t.is_punct:
            return False
    return False


def _reports(token: Token) -> bool:
    return token.lower_ in SPEECH_VERBS or strip_clitic(token.text) in CUES


def event_time(doc: Doc, token: Token, triggers: set[int]) -> Span | None:
    """The nearest time in the trigger's clause with no other trigger between them."""
    sent = token.sent
    times = [
        s for s in doc.spans.get(TIMES_KEY, [])
        if s.start >= sent.start and s.end <= sent.end and _time_in_clause(doc, token, s)
        and not any(min(token.i, s.start) < t < max(token.i, s.start) for t in triggers)
    ]
    if not times:
        return None
    return min(times, key=lambda s: (min(abs(s.start - token.i), abs(s.end - token.i)), s.start < token.i))


def inherited_time(
    doc: Doc, token: Token, kind: str, earlier: list["EventSpan"], sentence_index: int
) -> tuple[int, int] | None:
    """Time of an earlier report of the same event: "pertemuan tersebut", "hari yang sama", next sentence."""
    if SAME_DAY.search(token.sent.text) or (SEQUENCE.match(token.sent.text) and not planned(doc, token)):
        # "Setelah itu, kedua pemimpin melakukan perbincangan": the next step of the same occasion
        dated = [e for e in earlier if e.time and is_day(doc, e.time)]
        return dated[-1].time if dated else None
    anaphoric = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ANAPHORA
    if planned(doc, token):
        return None  # "akan bertemu": a planned event, not the one reported before
    for event in reversed(earlier):
        if event.type != kind or not event.time or not is_day(doc, event.time):
            continue
        if anaphoric or sentence_index - event.sentence <= 1:
            return event.time
    return None


def planned(doc: Doc, token: Token) -> bool:
    """"akan bertemu", "dijadwalkan tiba": the trigger names a planned event."""
    return any(t.lower_ in FUTURE for t in doc[max(token.sent.start, token.i - 3) : token.i])


def is_day(doc: Doc, span: tuple[int, int]) -> bool:
    """Is the time at this character span a single day (not "April 2019")?"""
    for s in doc.spans.get(TIMES_KEY, []):
        if (s.start_char, s.end_char) == span:
            parse = TimeParse(*s._.kg_time) if s._.kg_time is not None else None
            return parse is not None and (parse.day is not None or parse.kind in ("days", "weekday"))
    return False
