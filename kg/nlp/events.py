"""Event mentions: meetings, travel, launches, sanctions, protests, deals (``kg_events``).

Triggers come from ``kg.nlp.triggers`` (by word root, so "bertemu", "pertemuan" and
"menemui" are all meetings), participants from ``kg.nlp.participants``, times from
``kg.nlp.eventtime``. This module finds the place (a LOC, or an ORG site, after
"di"/"ke"/"dari"; for departures the origin) and merges two triggers of one type in
one sentence into one event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.context import doc_ents, doc_text, token_texts
from kg.nlp.dates import SPAN_KEY as TIMES_KEY
from kg.nlp.eventtime import event_time, inherited_time, is_day, planned
from kg.nlp.participants import (
    ADVERBS,
    PLACE_PREPS,
    both_named,
    companions_of,
    ents_in,
    ents_of,
    is_common_noun,
    is_noun_trigger,
    not_actors,
    is_place,
    objects_of,
    office_affiliation,
    subject_of,
    verb_of,
    cache_ents,
    serves_earlier_event,
)
from kg.nlp.morph import root
from kg.nlp.quotes import PERSON_PRONOUNS
from kg.nlp.regions import is_region_name
from kg.nlp.sites import names_the_outlet
from kg.nlp.triggers import (
    AGREEMENT,
    ARRIVAL,
    CLAUSE_BREAKS,
    DEAL,
    DEPARTURE,
    LAUNCH,
    MEETING,
    PROTEST,
    QUANTIFIERS,
    SANCTION,
    STATEMENT,
    TRAVEL,
    VISIT,
    could_trigger,
    trigger_type,
)
from kg.records import LOC, ORG, PER
from kg.words import ENVOYS, FACILITY_WORDS

if not Doc.has_extension("kg_events"):
    Doc.set_extension("kg_events", default=None)


# Which place words mark where an event of each type happens (departures: the origin).
TYPE_PREPS = {
    ARRIVAL: {"di", "ke", "menuju"},
    VISIT: {"di", "ke", "mengunjungi", "dikunjungi"},
    TRAVEL: {"ke", "menuju", "di"},
    DEPARTURE: {"dari", "meninggalkan"}, LAUNCH: {"di", "dari", "dekat"}, DEAL: set(), SANCTION: set(),
}
DEFAULT_PREPS = {"di"}
VISITED_PLACES = frozenset({VISIT, ARRIVAL, TRAVEL, DEPARTURE})


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


class EventFinder:
    """Sets ``doc._.kg_events``: a list of ``EventSpan`` in text order."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_events = find_events(doc)
        return doc


def _same_clause(doc: Doc, a: int, b: int) -> bool:
    """No comma, clause word or other punctuation between token indices a < b. A comma that only sets off
    an office's holder ("kunjungan Perdana Menteri Malaysia, Ismail Sabri, di Istana Bogor") ends no clause."""
    return not any((t.text == "," and not _sets_off_holder(doc, t.i)) or t.text in (";", ":") or t.lower_ in CLAUSE_BREAKS
                   or (t.lower_ in _JOINING and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _AUXILIARIES_OF_A_VERB)
                   for t in doc[min(a, b) + 1 : max(a, b)])


# "setelah melakukan kunjungan kerja ... dan bakal mendarat di X": "dan" before an auxiliary starts another verb's clause.
_JOINING = frozenset({"dan", "serta", "lalu", "kemudian"})


def _sets_off_holder(doc: Doc, comma: int) -> bool:
    """Is the comma at ``comma`` the one between an office and its holder's name, or the one right after
    that name ("Presiden Prancis, Emmanuel Macron, tiba")?"""
    from kg.nlp.roles import title_before

    after = comma + 1
    if after < len(doc) and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == PER:
        title = title_before(doc, after)
        return title is not None and title[1] == comma
    start = comma - 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return (comma > 0 and doc[comma - 1].ent_type_ == PER and doc[start].ent_iob_ == "B" and start > 0
            and doc[start - 1].text == "," and _sets_off_holder(doc, start - 1))


def place_prep(doc: Doc, ent: Span) -> str | None:
    """The place word introducing ``ent`` ("di", "ke", "dari", ...), or None."""
    if not is_place(doc, ent):
        return None
    return doc[_prep_before(doc, ent)].lower_


def _prep_before(doc: Doc, ent: Span) -> int:
    """Index of the nearest place word before ``ent`` in its sentence; -1 when there is none."""
    return next((i for i in range(ent.start - 1, ent.sent.start - 1, -1) if doc[i].lower_ in PLACE_PREPS), -1)


def _goes_on_naming(doc: Doc, place: Span | None, ent: Span, split: bool) -> bool:
    """"mendarat di Pangkalan TNI Angkatan Udara (Lanud) Halu Oleo": a name glued to a place is the rest of its
    name, which the model split, and so is what follows that rest with only brackets between; not who lands there.
    ``split``: ``place`` is itself such a rest. A short name in brackets right after a whole place is kept: it
    may name who receives the visit ("mengunjungi Kamar Dagang dan Industri (Kadin) Sulawesi Tenggara")."""
    if place is None or ent.start < place.end:
        return False
    between = doc[place.end : ent.start]
    return not between if not split else all(t.text in "()" for t in between)


def _place(doc: Doc, token: Token, kind: str, candidates: list[Span]) -> Span | None:
    """Where the event happens (for departures: where from): after the trigger in its clause, else before.
    Not the country or body of an unnamed office holder ("dikunjungi oleh PM Jepang")."""
    sent = token.sent
    preps = TYPE_PREPS.get(kind, DEFAULT_PREPS)
    places = [
        ent for ent in ents_in(doc, sent.start, sent.end)
        if ent.label_ in (LOC, ORG) and place_prep(doc, ent) in preps and _same_clause(doc, token.i, ent.start)
        and not office_affiliation(doc, ent)
        and not _envoys_post(doc, ent) and not _where_they_come_from(doc, ent) and not names_the_outlet(doc, ent)
        and not _agent(doc, ent)
    ]
    if kind in (MEETING, VISIT):  # "bertemu Kosmodrom Vostochny", "meninjau Bandung": a place right after the verb
        places += [e for e in candidates if e.label_ == LOC and e.start == token.i + 1]
    # "mengunjungi kawasan relokasi korban erupsi Gunung Sinabung di Desa Siosar": a place the preposition
    # governs directly comes before one deep inside the object's noun phrase
    after = sorted((e for e in places if e.start > token.i),
                   key=lambda e: (not (e.start == token.i + 1 or _governed(doc, e)), e.start))
    before = sorted((e for e in places if e.end <= token.i), key=lambda e: -e.start)
    return (after or before or [None])[0]


def _where_they_come_from(doc: Doc, ent: Span) -> bool:
    """"kunjungan Dubes dari negara-negara di Asia Tengah": a place inside "dari" and a common noun tells where
    the visitors come from, not where the event is (unlike "tiba dari Jakarta di Bandara X")."""
    i = _prep_before(doc, ent)
    if i < 2 or doc[i].lower_ != "di":
        return False  # (the "di" of a list of places: "di Asia Tengah dan Afrika")
    nouns = 0
    while i - 1 - nouns >= 0 and nouns < 2 and _common_noun(doc[i - 1 - nouns].text) and doc[i - 1 - nouns].lower_ != "dari":
        nouns += 1
    k = i - 1 - nouns
    return nouns > 0 and k >= 0 and doc[k].lower_ == "dari"


def _agent(doc: Doc, ent: Span) -> bool:
    """"Kunjungan ini di dampingi oleh pejabat Korem 152": with "oleh" between the place word and the name, the
    name is who does it (the "di" is a verb's, written apart), not where."""
    return any(t.lower_ == "oleh" for t in doc[_prep_before(doc, ent) + 1 : ent.start])


def _common_noun(word: str) -> bool:
    return word.replace("-", "").isalpha() and word.islower()  # "negara-negara", "berbagai daerah"


ENVOY_POSTS = ENVOYS | {"kedutaan", "konsulat"}  # the envoy, or the embassy or consulate they head


def _envoys_post(doc: Doc, ent: Span) -> bool:
    """"Konsul Jenderal Australia di Bali": the place of an envoy's post, part of the office, not where the event is."""
    if ent.start < 2 or doc[ent.start - 1].lower_ != "di":
        return False
    for k in range(ent.start - 2, max(-1, ent.start - 6), -1):
        if doc[k].lower_ in ENVOY_POSTS:
            return True
        if not doc[k].text[:1].isupper():
            return False
    return False


def _governed(doc: Doc, ent: Span) -> bool:
    """Is ``ent`` within two words of the place word that introduces it ("di Istana Bogor", "ke kota Solo")?"""
    return any(doc[i].lower_ in PLACE_PREPS for i in range(max(ent.sent.start, ent.start - 2), ent.start))


# Nouns that open a sentence about the event just reported: "Acara penyambutan dilakukan di Istana Bogor, Minggu".
EVENT_REFERENCES = frozenset({"acara", "kegiatan", "agenda", "pertemuan", "kunjungan", "upacara", "peristiwa"})


def _told_next(doc: Doc, token: Token, triggers: set[int]) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """An event with no date or place in its sentence, when the next sentence opens with a noun for it
    and no trigger of its own: that sentence's "di" place and its time."""
    sent = token.sent
    if sent.end >= len(doc):
        return None, None
    following = doc[sent.end].sent
    opening = next((t for t in following if not t.is_space), None)
    if opening is None or opening.lower_ not in EVENT_REFERENCES or any(t.i in triggers for t in following[1:]):
        return None, None
    place = next((e for e in following.ents if e.label_ in (LOC, ORG) and place_prep(doc, e) == "di"), None)
    times = [s for s in doc.spans.get(TIMES_KEY, []) if s.start >= following.start and s.end <= following.end]
    return ((place.start_char, place.end_char) if place is not None else None,
            (times[0].start_char, times[0].end_char) if times else None)


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


def find_events(doc: Doc) -> list[EventRecord]:
    """Events in ``doc`` (needs doc.ents, sentences, ``kg_times`` spans and, if present, ``doc._.kg_roles``)."""
    with cache_ents(doc):
        return [
            EventRecord(e.start, e.end, e.type, e.sentence, tuple(e.participants), e.place, e.time)
            for e in _find_events(doc)
        ]


def _find_events(doc: Doc) -> list[EventSpan]:
    excluded = not_actors(doc)
    # Only a word that could be a trigger is looked at as a token (one Token object each, not one per word).
    kinds = {i: k for i, text in enumerate(token_texts(doc)) if could_trigger(text) and (k := trigger_type(doc, doc[i]))}
    triggers = set(kinds)
    sentence_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    events: list[EventSpan] = []
    for i, kind in sorted(kinds.items()):
        token = doc[i]
        sentence = bisect_right(sentence_starts, token.i) - 1
        objects = objects_of(doc, token, excluded, kind, triggers)
        people = subject_of(doc, token, excluded, events, sentence) + both_named(doc, token, events)
        place = _place(doc, token, kind, objects if kind in (MEETING, VISIT, DEPARTURE) else [])
        if place is not None and place.start > token.i and _condemns(token):
            place = None  # "mengecam agresi Israel di Gaza": where what is condemned happened
        where, split = None, False  # the last object naming where; whether the model split that name
        for ent in objects:
            prep = place_prep(doc, ent)
            if _goes_on_naming(doc, where, ent, split):
                where, split = ent, True
                continue
            if ent is place or (prep and not (kind == DEAL and prep == "ke")):
                where, split = ent, False
                continue
            if kind in VISITED_PLACES and ent.label_ == LOC:
                continue  # "Tiga lokasi dikunjungi, yakni Pasar X": what is visited, not who visits
            if kind in (STATEMENT, PROTEST) and not is_noun_trigger(token):
                continue  # "mengumumkan X", "mengecam agresi Israel": what is announced or condemned
            people.append(ent)
        if kind == MEETING:
            people = [e for e in people if e.label_ != LOC] or people
        if kind in (ARRIVAL, VISIT):
            people = [e for e in people if not _welcomes(doc, e)]
        people = [e for e in people if not _no_actor(doc, e)]
        if kind in (PROTEST, ARRIVAL, DEPARTURE):  # "honorer ... Kabupaten Dompu, Nusa Tenggara Barat, menggelar
            people = [e for e in people if not (e.label_ == LOC and is_region_name(e.text))]  # demonstrasi": a region
            # neither protests nor arrives; the ones who do are in it
        if kind == VISIT and _host_alone(doc, token, people):
            continue  # "Gubernur X menerima kunjungan ..." with no visitor named: half of a visit
        if kind == DEPARTURE and place is None:
            place = _next_sentence_origin(doc, token, people, triggers)
        place_span = (place.start_char, place.end_char) if place is not None else None
        if place_span is None and kind == MEETING and serves_earlier_event(doc, token):
            place_span = _earlier_place(events, sentence)  # "tiba di New York untuk menghadiri pertemuan"
        participants = list(dict.fromkeys((e.start_char, e.end_char) for e in people if e is not place))
        if not participants:
            office = _office_subject(doc, token)
            participants = _holder_named(doc, office) if office is not None else \
                _inherited_participants(kind, sentence, events)
        if kind in PEOPLE_EVENTS and participants:  # "X didampingi Y tiba": Y goes along with X
            companions = [(e.start_char, e.end_char) for e in companions_of(doc, token, excluded) if e is not place]
            participants = list(dict.fromkeys(participants + companions))
        time = event_time(doc, token, triggers)
        event = EventSpan(
            token.idx, token.idx + len(token.text), kind, sentence, participants,
            place_span,
            (time.start_char, time.end_char) if time is not None else None,
        )
        if time is None:
            event.time = inherited_time(doc, token, kind, events, sentence)
        if event.time is None and place_span is not None and not planned(doc, token):
            event.time = _same_place_time(doc, events, place_span, sentence)
        if event.time is None and event.place is None:
            event.place, event.time = _told_next(doc, token, triggers)
        if event.time is None and kind in ON_AN_OCCASION and not planned(doc, token):
            event.place, event.time = _same_occasion(doc, events, participants, sentence, event.place)
        _merge_or_add(events, event)
        if kind in VISITED_PLACES and place is not None:
            for other in _places_listed_after(doc, place):  # "lawatan ke Tiongkok, Myanmar dan Australia"
                _merge_or_add(events, replace(event, place=(other.start_char, other.end_char),
                                              participants=list(event.participants)))
    _add_companions_told_next(doc, events, excluded, triggers, sentence_starts)
    kept = [e for e in (_without_named_things(doc, _without_carriers(doc, e)) for e in events) if _holds(doc, e)]
    kept = _departures_as_legs(doc, kept)
    return [e for e in kept if not _headline_of(doc, e, kept)]


def _add_companions_told_next(doc: Doc, events: list[EventSpan], excluded: set[int], triggers: set[int],
                              sentence_starts: list[int]) -> None:
    """"X tiba di Bandara El Tari Kupang. X juga didampingi istrinya, Y.": a sentence with no event of its own that
    tells who went along with one who took part in an event told in the two sentences before adds them to it."""
    text = doc_text(doc)
    for i, word in enumerate(token_texts(doc)):
        if word.casefold() != "didampingi":
            continue
        sentence = bisect_right(sentence_starts, i) - 1
        start = sentence_starts[sentence]
        end = sentence_starts[sentence + 1] if sentence + 1 < len(sentence_starts) else len(doc)
        if any(start <= t < end for t in triggers):
            continue  # the sentence's own events took them (companions_of)
        k = i - 1
        while k > start and doc[k].lower_ in AUXILIARIES:
            k -= 1
        subject = next((e for e in ents_of(doc) if e.end == k + 1 and e.label_ == PER), None)
        pronoun = k == start and doc[k].lower_ in PERSON_PRONOUNS  # "Ia didampingi ...": the one just named
        companions = [(e.start_char, e.end_char) for e in companions_of(doc, doc[i], excluded)]
        if (subject is None and not pronoun) or not companions:
            continue
        name = _words(text, (subject.start_char, subject.end_char)) if subject is not None else None
        for event in events:
            if not 0 < sentence - event.sentence <= 2 or event.type not in PEOPLE_EVENTS:
                continue
            if name is None or any(_same_person(name, _words(text, p)) for p in event.participants):
                event.participants = list(dict.fromkeys(event.participants + companions))


def _departures_as_legs(doc: Doc, events: list[EventSpan]) -> list[EventSpan]:
    """A departure the news reports is a leg of a visit or a meeting one of whose parties leaves ("Kim bertolak
    dari Pyongyang ... untuk bertemu Putin"); a traveller's or a passenger's going home is no event of its own,
    nor is it one when the traveller's only other event is the trip ("perjalanan").
    A party is known by any word of its name ("Kim" in one sentence, "Kim Jong Un" in another)."""
    text = doc_text(doc)

    def words(event: EventSpan) -> set[str]:
        return {w for start, end in event.participants for w in text[start:end].lower().split() if len(w) > 2}

    parties = set().union(*(words(e) for e in events if e.type not in (DEPARTURE, TRAVEL)))  # (a trip is no party)
    return [e for e in events if e.type != DEPARTURE or words(e) & parties]


def _headline_of(doc: Doc, event: EventSpan, events: list[EventSpan]) -> bool:
    """"Presiden Prancis Emmanuel Macron Tiba di Indonesia" above "Macron tiba di Lanud Halim Perdanakusuma,
    Indonesia, Selasa (27/5/2025)": the headline's undated event is the one the story tells with its date."""
    text = doc_text(doc)
    headline_end = text.find("\n")
    if event.time is not None or headline_end < 0 or event.start > headline_end:
        return False

    names = [_words(text, p) for p in event.participants]
    return any(
        other.type == event.type and other.sentence > 0 and other.time is not None
        and all(any(_same_person(name, _words(text, p)) for p in other.participants) for name in names)
        for other in events
    )


# "... tiba di Istana Merdeka dan langsung disambut oleh Presiden X": the one who welcomes, not who arrives;
# the words that may stand between the welcoming verb and the host's name.
WELCOMING = frozenset({"disambut", "diterima", "dijemput", "menyambut", "menerima", "menjemput"})
HOST_WORDS = frozenset({"oleh", "presiden", "wakil", "gubernur", "bupati", "wali", "kota", "menteri", "pm", "raja"})


# "Jenazah Rahman tiba di Kupang": the remains of a person, who does not travel or visit.
REMAINS = frozenset({"jenazah", "jasad", "mayat", "mendiang", "almarhum", "almarhumah", "peti", "abu", "kerangka"})
# Nouns of a side in a sport: the country after them names the side, not the state ("pasangan Denmark").
SIDES = frozenset("pasangan ganda tunggal tim timnas skuad kesebelasan regu".split())
# Verbs that give another name to what went before ("atau dikenal Veranda Talk", "yang dijuluki Kota Pahlawan").
NAMING = frozenset("dikenal disebut dijuluki dinamai dinamakan".split())
# "bertemu keluarga Navalny", "perwakilan PBB": a group standing for the one named, who is not there himself.
STAND_INS = frozenset("keluarga kerabat perwakilan utusan".split())
# "istri Presiden Joko Widodo": kin of an office holder ("istri Iriana" may name the wife herself, so only with a title).
KIN = frozenset("istri suami anak putra putri".split())


def _no_actor(doc: Doc, ent: Span) -> bool:
    """Is ``ent`` named without acting: as a count of unnamed people ("Sebanyak 139 Pekerja Migran Indonesia
    (PMI) ... tiba"), a person's remains ("Jenazah Rahman tiba"), or the person a venue is named after
    ("tiba di Bandara Internasional Zainuddin Abdul Madjid", the name after a place the preposition governs)?"""
    previous = doc[ent.start - 1] if ent.start > ent.sent.start else None
    if previous is None:
        return False
    if previous.lower_ in REMAINS or _counted_people(doc, ent) or _stood_in_for(doc, ent):
        return True
    if ent.label_ == LOC and previous.lower_ in SIDES:
        return True  # "pasangan Indonesia ... pasangan Denmark": sides of a match named by their country
    if previous.lower_ in NAMING or (previous.lower_ in ("sebagai", "dengan") and ent.start - 2 >= ent.sent.start
                                     and doc[ent.start - 2].lower_ in NAMING):
        return True  # "di teras belakang Istana Merdeka atau dikenal Veranda Talk": another name of what went before
    if ent.label_ != PER or previous.ent_iob_ not in ("B", "I"):
        return False
    venue = next((e for e in ents_of(doc) if e.end == ent.start), None)
    # (a facility's name, not "Konsul Jenderal Australia di Makassar Todd Dias": the envoy's post)
    return (venue is not None and venue.label_ in (LOC, ORG) and venue[0].lower_ in FACILITY_WORDS
            and is_place(doc, venue))


# Verbs whose subject receives a visit: "X menerima kunjungan Y", "kita mendapat kunjungan dari Y".
RECEIVING = frozenset("menerima mendapat mendapatkan menyambut".split())


def _host_alone(doc: Doc, token: Token, people: list[Span]) -> bool:
    """Is the visit noun ``token`` received by its subject ("menerima kunjungan"), with no one named after it?
    The host is there; who visits is not, and a visit is a visitor's."""
    verb = verb_of(doc, token)
    return (verb is not None and verb is not token and verb.lower_ in RECEIVING
            and bool(people) and all(e.start < token.i for e in people))


def _stood_in_for(doc: Doc, ent: Span) -> bool:
    """Is ``ent`` named after a group or kin noun ("keluarga Navalny", "orang tua korban", "istri Presiden Joko
    Widodo", the kin's with an office's title between)? Those people take part, not the one named."""
    i = ent.start - 1
    while (i >= ent.sent.start and ent.start - i <= 3 and doc[i].is_title and doc[i].ent_type_ != PER
           and doc[i].lower_ not in STAND_INS | KIN):
        i -= 1  # the office's title words
    if i < ent.sent.start:
        return False
    if doc[i].text == "," and ent.label_ == PER and _apposed_to_stand_in(doc, i):
        return True  # "bertemu dengan keluarga mendiang tokoh oposisi Rusia, Alexei Navalny"
    word = doc[i].lower_
    if word in ("perwakilan", "utusan"):
        return True
    if ent.label_ != PER:
        return False
    titled = i < ent.start - 1
    return (word in STAND_INS or (word in KIN and titled)
            or (word == "tua" and i > ent.sent.start and doc[i - 1].lower_ == "orang"))


def _apposed_to_stand_in(doc: Doc, comma: int) -> bool:
    """Does a group or kin noun head the noun phrase the comma at ``comma`` sets a name after ("keluarga mendiang
    tokoh oposisi Rusia, Alexei Navalny")? Up to six words back, over common nouns and names of places."""
    for k in range(comma - 1, max(doc[comma].sent.start - 1, comma - 7), -1):
        t = doc[k]
        if t.lower_ in STAND_INS:
            return True
        if not (t.is_alpha and (t.is_lower or t.ent_type_ == LOC)) or t.ent_type_ == PER:
            return False
    return False


def _counted_people(doc: Doc, ent: Span) -> bool:
    """"139 Pekerja Migran Indonesia (PMI)", "sebanyak 20 PMI", "Sebanyak 62.560 vaksin Sinovac tiba": a number
    before the name (and the words its bracketed short form stands for, or up to two nouns it qualifies)
    counts people or things the name only classes. (Not a time: "pukul 10.00 rombongan Jokowi".)"""
    i = ent.start - 1
    if i >= ent.sent.start and doc[i].text == "(":
        i -= 1
        while i >= ent.sent.start and ent.start - i <= 6 and doc[i].is_title and not doc[i].like_num:
            i -= 1
    else:
        while i >= ent.sent.start and ent.start - i <= 2 and is_common_noun(doc[i]):
            i -= 1
    return i >= ent.sent.start and doc[i].like_num and not _in_time(doc, i)


def _in_time(doc: Doc, i: int) -> bool:
    """Is token ``i`` inside a time expression ("pukul 10.00", "tahun 2020")?"""
    return any(span.start <= i < span.end for span in doc.spans.get(TIMES_KEY, []))


def _welcomes(doc: Doc, ent: Span) -> bool:
    """Is ``ent`` the host named by a welcoming verb right before it ("disambut oleh Presiden X", "diterima X")?
    The host's office may name its region between them ("disambut oleh Gubernur Jawa Timur Khofifah")."""
    for t in reversed(doc[max(ent.sent.start, ent.start - 9) : ent.start]):
        if t.lower_ in WELCOMING:
            return True
        if t.text == "," and t.i == ent.start - 1:
            continue  # "disambut Camat Panakkukang, M. Ari Fadli": the name in apposition to the office
        if t.lower_ not in HOST_WORDS and not (t.is_title and t.ent_type_ != PER) and not _adverbial(doc, t):
            return False
    return False


def _adverbial(doc: Doc, token: Token) -> bool:
    """Is ``token`` part of an adverb between a welcoming verb and the host ("disambut langsung oleh",
    "disambut secara kenegaraan oleh"), or a bracket of the host's title ("Perdana Menteri (PM) Mahathir")?"""
    return (token.lower_ in ADVERBS or token.lower_ == "secara" or token.text in ("(", ")")
            or (token.i > 0 and doc[token.i - 1].lower_ == "secara" and token.is_lower))


def _same_place_time(doc: Doc, events: list[EventSpan], place: tuple[int, int], sentence: int) -> tuple[int, int] | None:
    """"Acara penyambutan dilakukan di Istana Bogor, Minggu, 15 Januari 2017. Abe tiba di Istana Bogor
    sekitar pukul 16.00": an undated event at the place of a dated event a sentence before is that day's."""
    name = doc_text(doc)[place[0] : place[1]].casefold()
    for event in reversed(events):
        if sentence - _last_sentence(doc, event) > 1:
            break
        if event.place and event.time and doc_text(doc)[event.place[0] : event.place[1]].casefold() == name \
                and is_day(doc, event.time):
            return event.time
    return None


# Event types that happen on a visit, and how far (in sentences) an occasion's later events are told.
OCCASION_TYPES = frozenset({VISIT, ARRIVAL, MEETING})
ON_AN_OCCASION = OCCASION_TYPES | {DEPARTURE, AGREEMENT}
OCCASION_SENTENCES = 5


def _same_occasion(doc: Doc, events: list[EventSpan], participants: list[tuple[int, int]], sentence: int,
                   place: tuple[int, int] | None) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """"Joko Widodo menerima kunjungan Shinzo Abe di Istana Bogor, Minggu, 15 Januari 2017. ... Pertemuan Jokowi
    dan Abe ...": an event told without a time, whose people all take part in a visit or meeting told a few
    sentences before with a place and a time, happens then, and there unless it names its own place. With
    a place of its own ("Abe tiba di Istana Bogor"), that place must be the occasion's, written with fewer or
    more words ("Istana Kepresidenan Bogor"); without one, two people must match, not one.
    RETURNS: the place and the time (the event's own place and None when no occasion fits)."""
    text = doc_text(doc)

    names = [_words(text, p) for p in participants]
    own = _words(text, place) if place is not None else None
    if not names or (own is None and len(names) < 2):
        return place, None
    for event in reversed(events):
        if sentence - event.sentence > OCCASION_SENTENCES:
            break
        if event.type not in OCCASION_TYPES or event.place is None or event.time is None:
            continue
        occasion_place = _words(text, event.place)
        if own is not None and not (own <= occasion_place or occasion_place <= own):
            continue
        taking_part = [_words(text, p) for p in event.participants]
        if all(any(_same_person(name, other) for other in taking_part) and not name & occasion_place for name in names):
            return (place or event.place), event.time
    return place, None


def _words(text: str, span: tuple[int, int]) -> set[str]:
    """The case-folded words of a character span: how two mentions of a name are compared."""
    return set(text[span[0] : span[1]].casefold().split())


def _same_person(name: set[str], other: set[str]) -> bool:
    """Two names share a word, or one opens a word of the other ("Jokowi" and "Joko Widodo")."""
    return bool(name & other) or any(len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a))
                                     for a in name for b in other)


def _last_sentence(doc: Doc, event: EventSpan) -> int:
    """The last sentence that says something of ``event``: its trigger's, or that of its time."""
    if event.time is None:
        return event.sentence
    starts = [s.start_char for s in doc.sents]
    return max(event.sentence, sum(1 for start in starts if start <= event.time[0]) - 1)


# Names that are no one who takes part: an occasion ("HUT RI", "KTT ASEAN"), a document that is signed
# ("Penandatanganan Nota Kesepahaman Terpadu Versi Digital bersama 7 PTN") or a flight's number ("QG 752").
OCCASION_FIRST = frozenset(
    "hut ktt rakor rakornas rapat festival konferensi sidang muktamar kongres pekan piala liga olimpiade "
    "upacara peringatan hari "
    "nota perjanjian kesepakatan memorandum mou kontrak piagam deklarasi komunike pakta traktat konvensi".split())
FLIGHT_NUMBER = re.compile(r"[A-Z0-9]{2}[\s-]?\d{2,4}")
# "tiba dengan pesawat Garuda Indonesia", "kapal pesiar 'Seven Seas Mariner'", "menumpangi private jet tipe N977HS",
# "menggunakan Pesawat Beechcraft 1900D Ditpoludara ... Polri", "dengan penerbangan Batik Air": what carries the
# travellers (or whose it is), a name inside the vehicle's noun phrase; not the airline of an inaugural flight
# ("kedatangan perdana pesawat Citilink", "penerbangan perdana Citilink"), whose own event it is.
VEHICLES = frozenset("pesawat jet maskapai kapal kereta helikopter penerbangan".split())
# Words a vehicle's noun phrase may hold before the name: its kind, type and number ("pesiar", "api", "tipe N977HS").
VEHICLE_WORDS = frozenset(
    "pesiar api private tipe jenis nomor registrasi militer kepresidenan komersial carter charter khusus milik perang"
    .split())  # "pesawat militer TNI AU", "pesawat milik Garuda Indonesia"


def _without_carriers(doc: Doc, event: EventSpan) -> EventSpan:
    """A plane, ship or train named as travelling is how the travellers came, not one of them."""
    if event.type not in VISITED_PLACES:
        return event
    return replace(event, participants=[(s, e) for s, e in event.participants if not _in_vehicle_phrase(doc, s)])


def _in_vehicle_phrase(doc: Doc, start: int) -> bool:
    """Does the name at character ``start`` stand in a vehicle's noun phrase: after a vehicle word with only
    names, numbers, quotes and the vehicle's kind or type between ("pesawat Beechcraft 1900D Ditpoludara Polri")?"""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1
    while i >= span.sent.start and span.start - i <= 8:
        t = doc[i]
        if t.lower_ in VEHICLES:
            return not (i > 0 and doc[i - 1].lower_ == "perdana")
        if not (t.text[:1].isupper() or t.like_num or any(c.isdigit() for c in t.text)
                or t.lower_ in VEHICLE_WORDS or t.text in "'\"‘“’”"):
            return False
        i -= 1
    return False


def _without_named_things(doc: Doc, event: EventSpan) -> EventSpan:
    """An occasion or a signed document named among the participants ("Penandatanganan Nota Kesepahaman Terpadu
    Versi Digital bersama Universitas X") is what happens or what is signed, not who takes part."""
    text = doc_text(doc)
    return replace(event, participants=[(s, e) for s, e in event.participants
                                        if text[s:e].split()[0].casefold() not in OCCASION_FIRST])


def _holds(doc: Doc, event: EventSpan) -> bool:
    """Only what the text fills goes in the graph: a participant, and the date or the place it gives.

    A meeting takes two sides; with one named it is a visit, a speech or noise ("rapat Bawaslu").
    """
    text = doc_text(doc)
    place = text[event.place[0] : event.place[1]].casefold() if event.place is not None else None
    actors = [(s, e) for s, e in event.participants
              if text[s:e].split()[0].casefold() not in OCCASION_FIRST and not FLIGHT_NUMBER.fullmatch(text[s:e])
              and text[s:e].casefold() != place]  # "kunjungan ke Timor Leste": the place visited does not visit
    if not actors or (event.time is None and event.place is None):
        return False
    if event.type == TRAVEL and event.time is None:
        return False  # "dalam perjalanan ke ...": an undated trip is background; none was an event on dev, train or the seeds
    if event.type in PEOPLE_EVENTS and _one_country_at_most(doc, actors):
        return False  # "kunjungan Serbia", "bertemu investor India": a lone country names whose visit, not who visits
    if event.type == PROTEST and _condemns(doc.char_span(event.start, event.end)[0]) and not _countries(doc, actors):
        return False  # "Anggota DPRD X mengecam penundaan rapat": an opinion; states condemning protest diplomatically
    if event.type == MEETING and _interviewed(doc, event):
        return False  # "kata Bupati X ketika ditemui Surya Papua": the press met a speaker, who told it something
    return event.type != MEETING or len(actors) >= 2


# "saat ditemui", "ketika dikonfirmasi", "usai dihubungi": how the press got a speaker's words, no meeting.
_PRESS_CONTACT = re.compile(r"\b(?:saat|ketika|sewaktu|waktu|usai|seusai|setelah)\s+$", re.I)
PRESS_CONTACT_TRIGGERS = frozenset({"ditemui", "dikonfirmasi", "dihubungi", "dijumpai"})


def _interviewed(doc: Doc, event: EventSpan) -> bool:
    text = doc_text(doc)
    return (text[event.start : event.end].casefold() in PRESS_CONTACT_TRIGGERS
            and _PRESS_CONTACT.search(text[max(0, event.start - 12) : event.start]) is not None)


# Events people take part in; countries alone take part only as several ("Brunei, Malaysia dan PNG berkunjung").
PEOPLE_EVENTS = frozenset({MEETING, VISIT, ARRIVAL, DEPARTURE, TRAVEL})


# Verbs of condemning: a protest when states condemn (a diplomatic protest), an opinion when anyone else does.
CONDEMNING = frozenset({"kecam", "kutuk"})


def _condemns(token: Token) -> bool:
    """Is ``token`` a verb of condemning ("mengecam", "mengutuk"; not the noun "kecaman", "protes")?"""
    return root(token.text) in CONDEMNING and not is_noun_trigger(token)


def _countries(doc: Doc, actors: list[tuple[int, int]]) -> bool:
    """Are all the actors countries?"""
    from kg.link import COUNTRY, link_place

    text = doc_text(doc)
    return all(link_place(text[s:e], kinds=(COUNTRY,)) is not None for s, e in actors)


def _one_country_at_most(doc: Doc, actors: list[tuple[int, int]]) -> bool:
    """Are the actors all places, of which one country or none?"""
    from kg.link import COUNTRY, link_place

    labels = {(e.start_char, e.end_char): e.label_ for e in doc_ents(doc)}
    if any(labels.get(actor) != LOC for actor in actors):
        return False
    text = doc_text(doc)
    return sum(link_place(text[s:e], kinds=(COUNTRY,)) is not None for s, e in actors) <= 1


def _places_listed_after(doc: Doc, place: Span) -> list[Span]:
    """The places coordinated with ``place``: "ke Tiongkok, Myanmar dan Australia" -> Myanmar, Australia."""
    found, joined = [], False
    end = place.end
    for ent in ents_in(doc, place.end, place.sent.end):
        between = [t.lower_ for t in doc[end:ent.start]]
        if ent.label_ != LOC or not between or any(w not in (",", "dan", "serta") for w in between):
            break
        found.append(ent)
        joined = joined or "dan" in between or "serta" in between
        end = ent.end
    return found if joined else []  # "tiba di Lanud Halim Perdanakusuma, Indonesia": where it is, no second place


def _earlier_place(earlier: list[EventSpan], sentence: int) -> tuple[int, int] | None:
    """The place of the last event of this sentence that has one."""
    return next((e.place for e in reversed(earlier) if e.sentence == sentence and e.place), None)


def _inherited_participants(kind: str, sentence: int, earlier: list[EventSpan]) -> list[tuple[int, int]]:
    """An event with no names ("rudal tersebut ditembakkan") continues the last one of its type nearby."""
    for event in reversed(earlier):
        if event.type == kind and event.participants and sentence - event.sentence <= 3:
            return list(event.participants)
    return []


AUXILIARIES = frozenset("akan telah sudah juga pun segera sempat baru langsung kembali ingin hendak pernah masih".split())
_AUXILIARIES_OF_A_VERB = AUXILIARIES - {"juga", "pun", "baru"} | {"bakal"}


def _office_subject(doc: Doc, token: Token) -> Span | None:
    """"Presiden RI akan berkunjung ke Amerika": a subject that is an office named without its holder (its title's
    first word, the place or body after it left out); None when the verb's subject is otherwise."""
    from kg.nlp.roles import is_head

    head = verb_of(doc, token)
    if head is None:
        return None
    i = head.i - 1
    while i > head.sent.start and doc[i].lower_ in AUXILIARIES:
        i -= 1
    while i > head.sent.start and doc[i].ent_iob_ == "I":
        i -= 1
    if i > head.sent.start and doc[i].ent_iob_ == "B" and doc[i].ent_type_ != PER:
        i -= 1  # "Presiden RI", "Bupati Sleman": whose office
    title = doc[i] if i >= head.sent.start else None
    if title is None or not (title.text[:1].isupper() and is_head(title) and title.ent_iob_ not in ("B", "I")):
        return None
    if i > head.sent.start and doc[i - 1].lower_ in QUANTIFIERS:
        return None  # "sejumlah Bupati mengunjungi": many holders, none named
    return doc[i : i + 1]


def _holder_named(doc: Doc, office: Span) -> list[tuple[int, int]]:
    """The person named earlier with that office ("Presiden Joko Widodo" for a later "Presiden"), or no one."""
    text = doc_text(doc)
    word = office.text.casefold()
    for role in reversed(doc._.kg_roles or () if Doc.has_extension("kg_roles") else ()):
        title = text[role.start : role.end].split()
        if role.person[1] <= office.start_char and title and title[0].casefold() == word:
            return [role.person]
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
