"""Event mentions: meetings, travel, launches, sanctions, protests, deals (``kg_events``).

A trigger word is recognised by its root (``kg.nlp.morph``), so "bertemu",
"pertemuan" and "menemui" are all meetings. Participants are the names tied to
the trigger in its sentence: the subject group before it ("X dan Y bertemu"),
the names after it ("dengan X", "menemui X"), or "keduanya"/"kedua pemimpin"
(the two most recent people). Titles' affiliations and cited sources are not
participants. The place is a LOC after "di"/"ke"/"dari" (for departures the
origin); the time is the nearest time expression in the sentence, else one
inherited from an earlier report of the same event ("pertemuan tersebut",
"pada hari yang sama").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.eventtime import event_time, inherited_time
from kg.nlp.morph import strip_clitic
from kg.nlp.triggers import (
    ARRIVAL,
    CLAUSE_BREAKS,
    DEAL,
    DEPARTURE,
    LAUNCH,
    MEETING,
    SANCTION,
    TRAVEL,
    VISIT,
    trigger_type,
)
from kg.records import LOC, ORG, PER

if not Doc.has_extension("kg_events"):
    Doc.set_extension("kg_events", default=None)

PLACE_PREPS = {"di", "ke", "dari", "menuju", "dekat", "meninggalkan", "mengunjungi", "dikunjungi"}
# Which place words mark where an event of each type happens (departures: the origin).
TYPE_PREPS = {
    ARRIVAL: {"di", "ke", "menuju"},
    VISIT: {"di", "ke", "mengunjungi", "dikunjungi"},
    TRAVEL: {"ke", "menuju", "di"},
    DEPARTURE: {"dari", "meninggalkan"}, LAUNCH: {"di", "dari", "dekat"}, DEAL: set(), SANCTION: set(),
}
DEFAULT_PREPS = {"di"}
# Verbs whose subject is the subject of a following event noun ("Kim dan Putin menggelar diskusi").
LIGHT_VERBS = frozenset(
    "melakukan mengadakan menggelar terlibat menjalani memulai membuka mengajukan melayangkan "
    "menyampaikan mendapat mendapatkan menjatuhkan berada menerima memberlakukan mengenakan menerapkan "
    "mencapai "
    "menandatangani menghadiri mengikuti melanjutkan menyelesaikan mengakhiri".split()
)
NOUN_TRIGGERS = frozenset({"diskusi", "ktt", "protes", "sanksi", "dialog", "tatap", "demonstrasi", "konferensi"})
CITING_OPENERS = frozenset({"menurut", "melansir", "dilansir", "mengutip", "dikutip", "seperti"})
BOTH_COUNTRIES = re.compile(r"\b(kedua negara|kedua pemerintah|kedua belah pihak)\b", re.I)
BOTH = re.compile(
    r"\b(keduanya|kedua pemimpin|kedua kepala negara|mereka berdua|kedua tokoh|kedua menteri)\b", re.I
)
TEMPORAL = frozenset({"saat", "ketika", "selama", "sambil", "sewaktu", "tatkala"})


@dataclass
class EventSpan:
    """An event found in a doc, as character spans (mentions and time by their start/end)."""

    start: int
    end: int
    type: str
    sentence: int
    participants: list[tuple[int, int]] = field(default_factory=list)
    place: tuple[int, int] | None = None
    time: tuple[int, int] | None = None


class EventRecord(NamedTuple):
    """What ``doc._.kg_events`` holds: an ``EventSpan`` as a tuple, so docs still serialise."""

    start: int
    end: int
    type: str
    sentence: int
    participants: tuple[tuple[int, int], ...]
    place: tuple[int, int] | None
    time: tuple[int, int] | None


_ENTS: dict[int, list[Span]] = {}  # doc.ents of the doc being processed (the property rebuilds spans)


def _ents(doc: Doc) -> list[Span]:
    cached = _ENTS.get(id(doc))
    return cached if cached is not None else list(doc.ents)


def _ents_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [e for e in _ents(doc) if e.start >= start and e.end <= end and e.label_ in (PER, ORG, LOC)]


def _is_place(doc: Doc, ent: Span) -> bool:
    """A LOC mention introduced by "di"/"ke"/"dari"... within a few words (no comma between)."""
    for i in range(ent.start - 1, max(ent.sent.start, ent.start - 6) - 1, -1):
        word = doc[i].lower_
        if word in PLACE_PREPS:
            return True
        if doc[i].is_punct or doc[i].ent_type_ in (PER, ORG) or word in CLAUSE_BREAKS:
            return False
    return False


class EventFinder:
    """Sets ``doc._.kg_events``: a list of ``EventSpan`` in text order."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_events = find_events(doc)
        return doc


def _excluded(doc: Doc) -> set[int]:
    """Token indices of mentions that are not actors: titles' affiliations, cited sources."""
    excluded: set[int] = set()
    for role in doc._.kg_roles or () if Doc.has_extension("kg_roles") else ():
        span = doc.char_span(role.start, role.end, alignment_mode="expand")
        if span is not None:
            excluded.update(range(span.start, span.end))
    for ent in _ents(doc):
        if ent.start > 0 and doc[ent.start - 1].lower_ in CITING_OPENERS:
            excluded.update(range(ent.start, ent.end))
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        if not len(sent) or sent[0].lower_ not in CITING_OPENERS:
            continue
        # "Menurut kantor berita Rusia, TASS, ...": the whole opening citation, with an apposed name.
        comma = next((t.i for t in sent if t.text == ","), None)
        if comma is None:
            continue
        end = comma
        after = [e for e in _ents(doc) if e.start == comma + 1]
        if after and after[0].end < len(doc) and doc[after[0].end].text == ",":
            end = after[0].end
        excluded.update(range(sent.start, end))
    return excluded


def _subject(doc: Doc, token: Token, excluded: set[int]) -> list[Span]:
    """The name group right before the trigger: "Kim dan Putin (juga) bertemu"."""
    sent = token.sent
    group: list[Span] = []
    i = token.i - 1
    skipped = 0
    while i >= sent.start and skipped <= 4:
        t = doc[i]
        if t.ent_iob_ in ("B", "I") and i not in excluded:
            ent = next(e for e in _ents(doc) if e.start <= i < e.end)
            if ent.label_ in (PER, ORG, LOC) and not _is_place(doc, ent):
                group.insert(0, ent)
            i = ent.start - 1
            skipped = 0
            continue
        if i in excluded:
            i -= 1
            while i >= sent.start and i in excluded:
                i -= 1
            if i >= sent.start and doc[i].text == ",":
                i -= 1  # "Kim Jong Un, Presiden Korea Utara tiba": skip the apposed title
            continue
        if group and t.lower_ in ("dan", "serta", ",", "maupun", "baik", "bersama"):
            i -= 1
            continue
        if not group and t.lower_ in ("ia", "dia", "beliau"):
            person = _previous_person(doc, i)  # "ketika ia bertemu ...": the last person named
            return [person] if person is not None else []
        if group or t.is_punct or t.lower_ in CLAUSE_BREAKS or t.lower_ in ("dan", "lalu", "kemudian", "serta"):
            break  # "X meninjau Y dan bertemu Z": Y is not the subject of "bertemu"
        skipped += 1
        i -= 1
    return group


def _previous_person(doc: Doc, i: int) -> Span | None:
    people = [e for e in _ents(doc) if e.label_ == PER and e.end <= i]
    return people[-1] if people else None


def _objects(doc: Doc, token: Token, excluded: set[int], kind: str, triggers: set[int]) -> list[Span]:
    """Names after the trigger up to the end of its clause: "dengan X", "menemui X", "X dan Y".

    After an event noun the first name must follow closely ("kunjungan Kim", "pertemuan antara X dan Y").
    """
    sent = token.sent
    found: list[Span] = []
    i = token.i + 1
    limit = min(sent.end, token.i + 14)
    # "peluncuran dua rudal balistik jarak pendek Korea Utara": the actor may follow the object words
    reach = 8 if kind in (LAUNCH, DEAL, SANCTION) else 4
    first_within = token.i + reach if _is_noun_trigger(token) else limit
    skipped_title = 0  # title words do not count towards the reach
    while i < limit:
        t = doc[i]
        if t.ent_iob_ in ("B", "I") and i not in excluded:
            if not found and i - skipped_title >= first_within:
                break
            ent = next(e for e in _ents(doc) if e.start <= i < e.end)
            found.append(ent)
            i = ent.end
            continue
        apposition = t.text == "," and i + 1 < len(doc) and (
            i - 1 in excluded or (i + 1 in excluded and doc[i - 1].ent_iob_ in ("B", "I"))
        )
        if i in excluded or apposition:  # "dengan Presiden Rusia, Vladimir Putin"
            skipped_title += 1
            i += 1
            continue
        named_next = i + 1 < sent.end and (doc[i + 1].ent_iob_ == "B" or doc[i + 1].text[:1].isupper())
        if t.lower_ == "untuk" and named_next:
            i += 1  # "sanksi untuk Korut": a target, not a purpose clause
            continue
        if t.lower_ in CLAUSE_BREAKS or t.text in (".", ";", ":") or (t.text == "," and found) or i in triggers:
            break  # another event's words start: "mengunjungi Kiev dan bertemu X"
        i += 1
    return found


def _same_clause(doc: Doc, a: int, b: int) -> bool:
    """No comma, clause word or other punctuation between token indices a < b."""
    return not any(t.text in (",", ";", ":") or t.lower_ in CLAUSE_BREAKS for t in doc[min(a, b) + 1 : max(a, b)])


def place_prep(doc: Doc, ent: Span) -> str | None:
    """The place word introducing ``ent`` ("di", "ke", "dari", ...), or None."""
    if not _is_place(doc, ent):
        return None
    words = (doc[i].lower_ for i in range(ent.start - 1, ent.sent.start - 1, -1))
    return next(word for word in words if word in PLACE_PREPS)


def _place(doc: Doc, token: Token, kind: str, candidates: list[Span]) -> Span | None:
    """Where the event happens (for departures: where from): after the trigger in its clause, else before."""
    sent = token.sent
    preps = TYPE_PREPS.get(kind, DEFAULT_PREPS)
    places = [
        ent for ent in _ents_in(doc, sent.start, sent.end)
        if ent.label_ in (LOC, ORG) and place_prep(doc, ent) in preps and _same_clause(doc, token.i, ent.start)
    ]
    if kind in (MEETING, VISIT):  # "bertemu Kosmodrom Vostochny", "meninjau Bandung": a place right after the verb
        places += [e for e in candidates if e.label_ == LOC and e.start == token.i + 1]
    after = sorted((e for e in places if e.start > token.i), key=lambda e: e.start)
    before = sorted((e for e in places if e.end <= token.i), key=lambda e: -e.start)
    return (after or before or [None])[0]


def _next_sentence_origin(doc: Doc, token: Token, participants: list[Span], triggers: set[int]) -> Span | None:
    """A departure with no origin in its sentence: "di X" in the next sentence, if it follows the same person."""
    sent = token.sent
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    names = {w.lower() for e in participants for w in e.text.split()}
    if not names or any(t.i in triggers for t in following):
        return None
    if not any(e.label_ == PER and names & {w.lower() for w in e.text.split()} for e in following.ents):
        return None
    for ent in following.ents:
        if ent.label_ == LOC and place_prep(doc, ent) == "di":
            return ent
    return None


def _both(doc: Doc, token: Token) -> list[Span]:
    """"keduanya"/"kedua pemimpin" near the trigger -> the two most recent distinct people;
    "kedua negara" -> the two most recent distinct countries."""
    window = doc[max(token.sent.start, token.i - 4) : min(token.sent.end, token.i + 4)]
    if BOTH_COUNTRIES.search(window.text):
        return _two_recent(doc, token, LOC, _country_code)
    if not BOTH.search(window.text):
        return []
    return _two_recent(doc, token, PER, lambda ent: ent.text.split()[0].lower())


def _country_code(ent: Span) -> str | None:
    from kg.link import COUNTRY, link_place  # the offline GeoNames/ISO 3166 tables

    link = link_place(ent.text, kinds=(COUNTRY,))
    return link.iso3166 if link else None


def _two_recent(doc: Doc, token: Token, label: str, key_of) -> list[Span]:
    found: list[Span] = []
    seen: set[str] = set()
    for ent in reversed([e for e in _ents(doc) if e.label_ == label and e.end <= token.i]):
        key = key_of(ent)
        if key is not None and key not in seen:
            seen.add(key)
            found.insert(0, ent)
        if len(found) == 2:
            break
    return found if len(found) == 2 else []


def find_events(doc: Doc) -> list[EventRecord]:
    """Events in ``doc`` (needs doc.ents, sentences, ``kg_times`` spans and, if present, ``doc._.kg_roles``)."""
    _ENTS[id(doc)] = list(doc.ents)
    try:
        return [
            EventRecord(e.start, e.end, e.type, e.sentence, tuple(e.participants), e.place, e.time)
            for e in _find_events(doc)
        ]
    finally:
        _ENTS.pop(id(doc), None)


def _find_events(doc: Doc) -> list[EventSpan]:
    excluded = _excluded(doc)
    kinds = {t.i: k for t in doc if (k := trigger_type(doc, t))}
    triggers = set(kinds)
    sentence_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    events: list[EventSpan] = []
    for i, kind in sorted(kinds.items()):
        token = doc[i]
        sentence = bisect_right(sentence_starts, token.i) - 1
        objects = _objects(doc, token, excluded, kind, triggers)
        people = _subject_of(doc, token, excluded, events, sentence) + _both(doc, token)
        place = _place(doc, token, kind, objects if kind in (MEETING, VISIT, DEPARTURE) else [])
        for ent in objects:
            prep = place_prep(doc, ent)
            if ent is place or (prep and not (kind == DEAL and prep == "ke")):
                continue
            people.append(ent)
        if kind == MEETING:
            people = [e for e in people if e.label_ != LOC] or people
        if kind == DEPARTURE and place is None:
            place = _next_sentence_origin(doc, token, people, triggers)
        participants = list(dict.fromkeys((e.start_char, e.end_char) for e in people if e is not place))
        if not participants:
            participants = _inherited_participants(kind, sentence, events)
        time = event_time(doc, token, triggers)
        event = EventSpan(
            token.idx, token.idx + len(token.text), kind, sentence, participants,
            (place.start_char, place.end_char) if place is not None else None,
            (time.start_char, time.end_char) if time is not None else None,
        )
        if time is None:
            event.time = inherited_time(doc, token, kind, events, sentence)
        _merge_or_add(events, event)
    return [e for e in events if e.participants]


SHARED_SUBJECT = frozenset(
    "untuk guna demi dan lalu kemudian serta setelah sebelum usai seusai sambil sebelumnya".split()
)
ADVERBS = frozenset("juga langsung segera pun sempat akan dijadwalkan direncanakan baru sudah telah lantas".split())


def _shares_subject(doc: Doc, head: Token) -> bool:
    """Does the clause of ``head`` continue an earlier one ("... dan (akan) tiba", "setelah melakukan")?"""
    i = head.i - 1
    while i > head.sent.start and doc[i].lower_ in ADVERBS and head.i - i <= 3:
        i -= 1
    return i >= head.sent.start and doc[i].lower_ in SHARED_SUBJECT


def _is_noun_trigger(token: Token) -> bool:
    form = strip_clitic(token.text)
    if form in NOUN_TRIGGERS:
        return True
    return form.endswith("an") and form.startswith(("pe", "ke", "la", "ku")) and not form.startswith("kena")


def _subject_of(doc: Doc, token: Token, excluded: set[int], events: list[EventSpan], sentence: int) -> list[Span]:
    """Who does it: the name group before a verb, or before the light verb of an event noun.

    "untuk menemui X" takes the subject of the sentence's earlier event ("Kim tiba ... untuk menemui X").
    """
    head = token
    if _is_noun_trigger(token):
        before = doc[max(token.sent.start, token.i - 3) : token.i]
        light = next((t for t in reversed(before) if t.lower_ in LIGHT_VERBS), None)
        previous = doc[token.i - 1] if token.i > token.sent.start else None
        verb_before = previous is not None and previous.lower_.startswith(("me", "ber"))
        if light is None and token.lower_.endswith("nya") and verb_before:
            light = previous  # "Kim memuji pertemuannya": his meeting
        if light is None:
            return []
        head = light
    group = _subject(doc, head, excluded)
    if not group and head.i > head.sent.start and doc[head.i - 1].lower_ in TEMPORAL:
        # "disampaikan Kim saat berdialog dengan X": the person before the time clause
        people = [e for e in _ents(doc) if e.label_ == PER and e.sent.start == head.sent.start and e.end < head.i]
        group = [e for e in people[-1:] if e.start not in excluded]
    if not group and _shares_subject(doc, head):
        # "Kim tiba ... untuk menemui X", "Bey berangkat ... dan tiba di Y": the earlier verb's subject
        earlier = [
            e for e in events
            if e.sentence == sentence and e.participants and not _is_noun_trigger(doc.char_span(e.start, e.end)[0])
        ]
        if earlier:
            spans = {(e.start_char, e.end_char): e for e in _ents(doc)}
            group = [spans[p] for p in earlier[-1].participants[:1] if p in spans]
    return group


def _inherited_participants(kind: str, sentence: int, earlier: list[EventSpan]) -> list[tuple[int, int]]:
    """An event with no names ("rudal tersebut ditembakkan") continues the last one of its type nearby."""
    for event in reversed(earlier):
        if event.type == kind and event.participants and sentence - event.sentence <= 3:
            return list(event.participants)
    return []


def _merge_or_add(events: list[EventSpan], event: EventSpan) -> None:
    """Two triggers of one type in one sentence are one event ("pembicaraan ... perundingan"),
    unless their places or times differ or they share no participant."""
    for other in events:
        if other.sentence != event.sentence or other.type != event.type:
            continue
        if other.place and event.place and other.place != event.place:
            continue
        if other.time and event.time and other.time != event.time:
            continue
        if not other.participants or not event.participants or set(other.participants) & set(event.participants):
            other.participants = list(dict.fromkeys(other.participants + event.participants))
            other.place = other.place or event.place
            other.time = other.time or event.time
            return
    events.append(event)


@Language.factory("kg_events", assigns=["doc._.kg_events"], requires=["doc.ents", "token.is_sent_start"])
def make_events(nlp: Language, name: str) -> EventFinder:
    """Create the event finder (run after kg_dates and kg_roles).

    RETURNS (EventFinder): the component.
    """
    return EventFinder(nlp, name)
