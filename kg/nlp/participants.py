"""Who takes part in an event (used by ``kg_events``): names tied to the trigger in its sentence.

The subject group before a verb ("Kim dan Putin bertemu") or before the light verb of an
event noun ("Kim dan Putin menggelar diskusi"), names after it ("dengan X", "menemui X"),
"keduanya"/"kedua pemimpin" (the two people named last), "kedua negara" (the two countries
named last), and a subject shared with an earlier clause ("tiba ... dan bertemu X"). Titles'
affiliations and cited sources ("seperti dilansir CNN") are not participants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kg.nlp.context import token_texts
from kg.nlp.cues import DOMAIN
from kg.nlp.dates import SPAN_KEY as TIMES_KEY
from kg.nlp.morph import root, strip_clitic
from kg.nlp.quotes import CUES, PERSON_PRONOUNS, SPEECH_VERBS
from kg.nlp.sites import names_the_outlet
from kg.nlp.triggers import AGREEMENT, CLAUSE_BREAKS, DEAL, LAUNCH, SANCTION
from kg.records import LOC, ORG, PER
from kg.words import LEVEL_WORDS

if TYPE_CHECKING:
    from kg.nlp.events import EventSpan

PLACE_PREPS = {"di", "ke", "dari", "menuju", "dekat", "meninggalkan", "mengunjungi", "dikunjungi"}
# Verbs whose subject is the subject of a following event noun ("Kim dan Putin menggelar diskusi").
LIGHT_VERBS = frozenset(
    "melakukan mengadakan menggelar terlibat menjalani memulai membuka mengajukan melayangkan "
    "menyampaikan mendapat mendapatkan menjatuhkan berada menerima memberlakukan mengenakan menerapkan "
    "mencapai memimpin "
    "menandatangani menghadiri mengikuti melanjutkan menyelesaikan mengakhiri".split()
)
# Who goes with the subject, named after it: "X dan rombongan tiba", "X beserta istri berkunjung".
COMPANIONS = frozenset("rombongan rombongannya istri istrinya suami suaminya delegasi jajaran keluarga".split())
NOUN_TRIGGERS = frozenset({"diskusi", "ktt", "protes", "sanksi", "dialog", "tatap", "demonstrasi", "konferensi",
                           "rapat", "raker", "rakor", "rakornas", "rdp", "demo", "unjuk"})
CITING_OPENERS = frozenset({"menurut", "melansir", "dilansir", "mengutip", "dikutip", "seperti"})
BOTH_COUNTRIES = re.compile(r"\b(kedua negara|kedua pemerintah|kedua belah pihak)\b", re.I)
BOTH = re.compile(
    r"\b(keduanya|kedua pemimpin|kedua kepala negara|mereka berdua|kedua tokoh|kedua menteri)\b", re.I
)
# "Kunjungan itu merupakan ...": what follows says what the event was, and names no one who took part in it.
COPULAS = frozenset({"merupakan", "adalah", "ialah"})
TEMPORAL = frozenset({"saat", "ketika", "selama", "sambil", "sewaktu", "tatkala"})


@contextmanager
def cache_ents(doc: Doc) -> Iterator[None]:
    """Keep ``doc.ents`` (a property that rebuilds its spans) for the rules that read it often."""
    _ENTS[id(doc)] = list(doc.ents)
    try:
        yield
    finally:
        _ENTS.pop(id(doc), None)


_ENTS: dict[int, list[Span]] = {}  # doc.ents of the doc being processed (the property rebuilds spans)


def ents_of(doc: Doc) -> list[Span]:
    cached = _ENTS.get(id(doc))
    return cached if cached is not None else list(doc.ents)


def ents_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [e for e in ents_of(doc) if e.start >= start and e.end <= end and e.label_ in (PER, ORG, LOC)]


def is_place(doc: Doc, ent: Span) -> bool:
    """A LOC or ORG mention introduced by "di"/"ke"/"dari"... within a few words (no comma between);
    never a person ("dikunjungi Budi": Budi visits)."""
    if ent.label_ == PER:
        return False
    for i in range(ent.start - 1, max(ent.sent.start, ent.start - 6) - 1, -1):
        word = doc[i].lower_
        if word in PLACE_PREPS:
            return True
        if doc[i].is_punct or doc[i].ent_type_ in (PER, ORG) or word in CLAUSE_BREAKS or word in FIELDS:
            return False  # "di bidang Perdata dan Tata Usaha Negara": a field of law, not where
    return False


# Nouns that make what follows a field, not a place: "di bidang Tata Usaha Negara", "di sektor Pariwisata".
FIELDS = frozenset({"bidang", "sektor", "ranah", "aspek", "urusan"})


@lru_cache(maxsize=1)
def _news_outlets() -> frozenset[str]:
    from kg.train.gazetteer import NEWS_OUTLETS

    return frozenset(NEWS_OUTLETS)


def not_actors(doc: Doc) -> set[int]:
    """Token indices of mentions that are not actors: titles' affiliations, cited sources, areas."""
    excluded: set[int] = set()
    for role in doc._.kg_roles or () if Doc.has_extension("kg_roles") else ():
        span = doc.char_span(role.start, role.end, alignment_mode="expand")
        if span is not None:
            excluded.update(range(span.start, span.end))
    for ent in ents_of(doc):
        if ent.start > 0 and doc[ent.start - 1].lower_ in CITING_OPENERS:
            excluded.update(range(ent.start, ent.end))
        if ent.label_ == LOC and ent[0].lower_ in LEVEL_WORDS:
            excluded.update(range(ent.start, ent.end))  # "Kelurahan Alak" is where things happen, not who acts
        if office_affiliation(doc, ent) or names_the_outlet(doc, ent) or _holders_affiliation(doc, ent) \
                or ent.label_ == ORG and (DOMAIN.match(ent.text) or ent.text in _news_outlets()):
            excluded.update(range(ent.start, ent.end))  # "saat ditemui Solopos.com", "berbincang dengan Tribun": the
            # press reports, it takes no part
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        if not len(sent) or sent[0].lower_ not in CITING_OPENERS:
            continue
        # "Menurut kantor berita Rusia, TASS, ...": the whole opening citation, with an apposed name.
        comma = next((t.i for t in sent if t.text == ","), None)
        if comma is None:
            continue
        end = comma
        after = [e for e in ents_of(doc) if e.start == comma + 1]
        if after and after[0].end < len(doc) and doc[after[0].end].text == ",":
            end = after[0].end
        excluded.update(range(sent.start, end))
    return excluded


def _before_companions(doc: Doc, i: int, start: int) -> int | None:
    """When the words up to ``i`` are "dan rombongan", "beserta jajaran terkait," (an entourage, a word that
    qualifies it, a comma that sets it off): the index before them, else None."""
    j = i - (doc[i].text == ",")
    if j > start and doc[j].is_lower and doc[j].lower_ not in COMPANIONS and doc[j - 1].lower_ in COMPANIONS:
        j -= 1  # "jajaran terkait", "rombongan lainnya"
    if j > start and doc[j].lower_ in COMPANIONS and doc[j - 1].lower_ in ("dan", "beserta", "bersama"):
        return j - 2
    return None


def _subject(doc: Doc, token: Token, excluded: set[int]) -> list[Span]:
    """The name group right before the trigger: "Kim dan Putin (juga) bertemu"."""
    from kg.nlp.roles import is_head

    sent = token.sent
    group: list[Span] = []
    i = token.i - 1
    skipped = 0
    while i >= sent.start and skipped <= 4:
        t = doc[i]
        if t.ent_iob_ in ("B", "I") and i not in excluded:
            ent = next(e for e in ents_of(doc) if e.start <= i < e.end)
            if ent.label_ in (PER, ORG, LOC) and not is_place(doc, ent):
                group.insert(0, ent)
            i = ent.start - 1
            skipped = 0
            continue
        if i in excluded:
            i -= 1
            while i >= sent.start and (i in excluded or (doc[i].text[:1].isupper() and is_head(doc[i]))):
                i -= 1  # (and the office's title word before its body: "bersama Ketua DPRD X, Y")
            if i >= sent.start and doc[i].text == ",":
                i -= 1  # "Kim Jong Un, Presiden Korea Utara tiba": skip the apposed title
            continue
        if group and t.lower_ in ("dan", "serta", ",", "maupun", "baik", "bersama", "didampingi"):
            i -= 1  # "X didampingi Y meninjau": Y goes along with X, who leads
            continue
        if group and t.lower_ == "oleh" and i > sent.start and doc[i - 1].lower_ == "didampingi":
            i -= 1
            continue
        if not group and t.lower_ == "yang" and not token.lower_.startswith("di") and i - 1 >= sent.start \
                and doc[i - 1].ent_iob_ in ("B", "I"):
            if names_a_kind(doc, i - 1):
                return []  # "vaksin Pfizer yang tiba": the clause tells of the vaccine, not of Pfizer
            i -= 1  # "Wapres Maruf Amin yang berkunjung ke Palembang": the name the relative clause tells of
            continue
        if not group and t.lower_ in PERSON_PRONOUNS:
            person = _previous_person(doc, i)  # "ketika ia bertemu ...": the last person named
            return [person] if person is not None else []
        if not group and (before := _before_companions(doc, i, sent.start)) is not None:
            i = before  # "Halimah Yacob, dan rombongan tiba", "X dan jajaran terkait, melakukan": the one they go with
            if i >= sent.start and doc[i].text == ",":
                i -= 1
            continue
        if not group and t.text == "," and (before := _before_time(doc, i, sent.start)) < i:
            i = before  # "Joko Widodo pada hari ini, Jumat, 5 Februari 2021, menyambut": the time set off
            continue
        if (not group and t.text == "," and i > sent.start and doc[i - 1].ent_iob_ in ("B", "I")
                and all(doc[k].is_space for k in range(i + 1, token.i))):
            i -= 1  # "Kanselir Jerman Angela Merkel dan Presiden Prancis Emmanuel Macron, memimpin": a long subject set off
            continue
        if group and (joined := _spouse_joined(doc, group[0].start, sent.start)) is not None and i > joined:
            i = joined - 1  # "Gubernur X bersama istri, Ny. Y tiba": the wife named goes with the one who leads
            continue
        if t.text == ")" and (opening := _bracket_after_a_name(doc, i, sent.start)) is not None:
            i = opening - 1  # "Susilo Bambang Yudhoyono (SBY) menemui": the name's short form in brackets
            continue
        if group or t.is_punct or t.lower_ in CLAUSE_BREAKS or t.lower_ in ("dan", "lalu", "kemudian", "serta"):
            break  # "X meninjau Y dan bertemu Z": Y is not the subject of "bertemu"
        skipped += 1
        i -= 1
    if len(group) == 1 and group[0].label_ == ORG and (person := _described_from(doc, group[0], sent.start)):
        return [person]  # "Gibran, bakal calon wakil presiden dari Koalisi Indonesia Maju atau KIM tiba"
    return group


MAX_DESCRIPTION = 8  # words of an apposed description ("bakal calon wakil presiden (bacawapres)")


def _described_from(doc: Doc, body: Span, start: int) -> Span | None:
    """The person an apposed description ends with "dari <body>" for ("X, kader dari Partai Y tiba"); the
    body's short form after "atau" is the body."""
    i = body.start - 1
    if i > start and doc[i].lower_ == "atau" and doc[i - 1].ent_iob_ in ("B", "I"):
        i -= 1
        while i > start and doc[i].ent_iob_ == "I":
            i -= 1
        i -= 1
    if i <= start or doc[i].lower_ != "dari":
        return None
    for k in range(i - 1, max(start, i - 1 - MAX_DESCRIPTION), -1):
        if doc[k].text == ",":
            return next((e for e in ents_of(doc) if e.end == k and e.label_ == PER), None)
        if doc[k].ent_iob_ in ("B", "I") or doc[k].is_punct and doc[k].text not in "()":
            return None
    return None


SPOUSES = frozenset("istri istrinya suami suaminya".split())
MAX_BRACKETED = 4  # tokens inside a short form's brackets ("(SBY)", "(Wamenlu RI)")


def _bracket_after_a_name(doc: Doc, close: int, start: int) -> int | None:
    """Where the brackets closing at ``close`` open, when they follow a name straight away ("Joko Widodo (Jokowi)")."""
    k = close - 1
    while k > start and close - k <= MAX_BRACKETED and doc[k].text != "(":
        k -= 1
    if doc[k].text == "(" and k - 1 >= start and doc[k - 1].ent_iob_ in ("B", "I") and k + 1 < close:
        return k
    return None


def _spouse_joined(doc: Doc, name: int, start: int) -> int | None:
    """Where "bersama" is in "X bersama istri, Ny. Y" (only a comma or a form of address between "istri" and
    the name at token ``name``); None if the name is not so written."""
    i = name - 1
    while i > start and (doc[i].text in (",", ".") or doc[i].lower_.rstrip(".") in ("ny", "nyonya", "tn", "tuan")):
        i -= 1
    if doc[i].lower_ in SPOUSES and i - 1 >= start and doc[i - 1].lower_ in ("bersama", "beserta"):
        return i - 1
    return None


def names_a_kind(doc: Doc, i: int) -> bool:
    """Does the name at token ``i`` follow a common noun it only qualifies ("vaksin Pfizer", "dosis vaksin
    Sinovac"): a lower-case word that is no function word (spaCy's Indonesian stop words: "bagi Joko Widodo"
    names him), no office and no companion?"""
    start = i
    while start > doc[i].sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    return start > doc[i].sent.start and is_common_noun(doc[start - 1])


def is_common_noun(token: Token) -> bool:
    """A lower-case word that is no function word (spaCy's Indonesian stop words), no verb (a verbal prefix
    on a root: "dikunjungi", "membawa"), no office ("presiden") and no companion ("rombongan Raja Salman"):
    a noun a following name can only qualify ("vaksin Pfizer")."""
    from kg.nlp.roles import is_head

    return (token.is_alpha and token.is_lower and not token.is_stop and not _a_verb(token)
            and token.lower_ not in COMPANIONS and not is_head(token))


VERB_PREFIXES = ("me", "di", "ber", "ter")  # Indonesian verbal prefixes (meN-, di-, ber-, ter-)


def office_affiliation(doc: Doc, ent: Span) -> bool:
    """"Perdana Menteri Malaysia Kunjungi Indonesia": a country or body right after an office, with no holder
    named after it, is whose office it is; the unnamed holder acts, not the country."""
    from kg.nlp.roles import is_head

    return (ent.label_ in (LOC, ORG) and ent.start > 0 and doc[ent.start - 1].text[:1].isupper()
            and is_head(doc[ent.start - 1]) and not (ent.end < len(doc) and doc[ent.end].ent_type_ == PER))


def _holders_affiliation(doc: Doc, ent: Span) -> bool:
    """"Jenderal TNI Dudung Abdurachman berkunjung": a body between an office or rank and the person holding it
    is the holder's affiliation; the holder takes part, not the body."""
    from kg.nlp.roles import is_head

    return (ent.label_ == ORG and ent.start > 0 and doc[ent.start - 1].text[:1].isupper()
            and is_head(doc[ent.start - 1]) and ent.end < len(doc) and doc[ent.end].ent_iob_ == "B"
            and doc[ent.end].ent_type_ == PER)


def _before_time(doc: Doc, comma: int, start: int) -> int:
    """The token before the time expressions that end at ``comma`` ("..., Jumat, 5 Februari 2021,"), their
    commas and a "pada" before them; ``comma`` itself when no time expression ends there."""
    ends = {span.end: span.start for span in doc.spans.get(TIMES_KEY, [])}
    i = comma
    while i > start and doc[i].text == "," and i in ends:
        i = ends[i] - 1
        while i > start and doc[i].lower_ == "pada":
            i -= 1
    return i


def _previous_person(doc: Doc, i: int) -> Span | None:
    people = [e for e in ents_of(doc) if e.label_ == PER and e.end <= i]
    return people[-1] if people else None


def objects_of(doc: Doc, token: Token, excluded: set[int], kind: str, triggers: set[int]) -> list[Span]:
    """Names after the trigger up to the end of its clause: "dengan X", "menemui X", "X dan Y".

    After an event noun the first name must follow closely ("kunjungan Kim", "pertemuan antara X dan Y").
    """
    sent = token.sent
    found: list[Span] = []
    i = token.i + 1
    limit = min(sent.end, token.i + 14)
    # "peluncuran dua rudal balistik jarak pendek Korea Utara", "penandatanganan Nota Kesepahaman Terpadu bersama X":
    # the actor may follow the object words
    reach = 8 if kind in (LAUNCH, DEAL, SANCTION, AGREEMENT) else 4
    first_within = token.i + reach if is_noun_trigger(token) else limit
    skipped_title = 0  # title words do not count towards the reach
    while i < limit:
        t = doc[i]
        if not found and t.lower_ == "peserta":
            break  # "kunjungan peserta pelatihan VKN Angkatan V": unnamed trainees; the names are of what they attend
        if t.ent_iob_ in ("B", "I") and i not in excluded:
            if not found and i - skipped_title >= first_within:
                break
            ent = next(e for e in ents_of(doc) if e.start <= i < e.end)
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
        if _reports(t):
            break  # "... berkunjung ke kota Palembang alhamdulilah ... ucap Supriadi": who tells it, not who goes
        if t.lower_ in COPULAS and is_noun_trigger(token):
            break  # "kedatangannya ke Manado merupakan nostalgia ... dengan Sulut United": said of the event
        i += 1
    return found


def companions_of(doc: Doc, token: Token, excluded: set[int]) -> list[Span]:
    """People named after "didampingi" in the trigger's sentence: "Gubernur X didampingi Wakil Bupati Y, Ketua DPRD Z
    meninjau ...", "Pada kunjungan itu, X didampingi oleh Y": who goes with the one who acts takes part too."""
    sent = token.sent
    texts = token_texts(doc)  # words as strings: no Token object for each word of the sentence
    found: list[Span] = []
    for d in range(sent.start, sent.end):
        if texts[d].casefold() != "didampingi":
            continue
        i = d + 1 + (d + 1 < sent.end and texts[d + 1].casefold() == "oleh")
        while i < sent.end:
            word = doc[i]
            if word.ent_iob_ in ("B", "I"):
                ent = next(e for e in ents_of(doc) if e.start <= i < e.end)
                if ent.label_ == PER and i not in excluded:
                    found.append(ent)
                i = ent.end
                continue
            if word.text in (".", ";", ":") or word.lower_ in CLAUSE_BREAKS or _reports(word) or _a_verb(word):
                break  # "didampingi X meninjau lokasi": the next predicate; who is named after it did not go along
            i += 1
    return found


def _a_verb(token: Token) -> bool:
    """A lower-case word with a verbal prefix on a root ("dikunjungi", "membawa")."""
    lower = token.lower_
    return token.is_lower and lower.startswith(VERB_PREFIXES) and root(token.text) != lower


def _reports(token: Token) -> bool:
    """A word that names who said what went before ("kata", "ucap", "ujarnya", "menjelaskan")."""
    return token.lower_ in SPEECH_VERBS or strip_clitic(token.text) in CUES


def both_named(doc: Doc, token: Token, events: list[EventSpan] = ()) -> list[Span]:
    """"keduanya"/"kedua pemimpin" near the trigger (or anywhere in an event noun's sentence) -> the two
    people of the last event told with two people, else the two most recent distinct people;
    "kedua negara" -> the two most recent distinct countries."""
    window = doc[max(token.sent.start, token.i - 4) : min(token.sent.end, token.i + 4)]
    if BOTH_COUNTRIES.search(window.text):
        return _two_recent(doc, token, LOC, _country_code)
    if not BOTH.search(window.text) and not (is_noun_trigger(token) and BOTH.search(token.sent.text)):
        return []  # "Dalam pertemuan di Istana Bogor pada Senin, kedua pemimpin membahas ..."
    return _last_pair(doc, events) or _two_recent(doc, token, PER, lambda ent: ent.text.split()[0].lower())


def _last_pair(doc: Doc, events: list[EventSpan]) -> list[Span]:
    """The two people of the last event that has exactly two ("Lavrov dan Wang Yi mengadakan pertemuan ...
    tulis Maria Zakharova. Pertemuan kedua menteri sebelumnya ..."): the pair the text is telling of, not
    whoever was named last (the spokesperson who announced it)."""
    spans = {(e.start_char, e.end_char): e for e in ents_of(doc) if e.label_ == PER}
    for event in reversed(events):
        people = [spans[p] for p in event.participants if p in spans]
        if len(people) == 2 and len(event.participants) == 2:
            return people
    return []


def _country_code(ent: Span) -> str | None:
    from kg.link import COUNTRY, link_place  # the offline GeoNames/ISO 3166 tables

    link = link_place(ent.text, kinds=(COUNTRY,))
    return link.iso3166 if link else None


def _two_recent(doc: Doc, token: Token, label: str, key_of) -> list[Span]:
    found: list[Span] = []
    seen: set[str] = set()
    for ent in reversed([e for e in ents_of(doc) if e.label_ == label and e.end <= token.i]):
        key = key_of(ent)
        if key is not None and key not in seen:
            seen.add(key)
            found.insert(0, ent)
        if len(found) == 2:
            break
    return found if len(found) == 2 else []


SHARED_SUBJECT = frozenset(
    "untuk guna demi dan lalu kemudian serta setelah sebelum usai seusai sambil sebelumnya".split()
)
ADVERBS = frozenset("juga langsung segera pun sempat akan dijadwalkan direncanakan baru sudah telah lantas".split())


PURPOSE = frozenset({"untuk", "guna", "demi"})


def _shares_subject(doc: Doc, head: Token, openers: frozenset[str] = SHARED_SUBJECT) -> bool:
    """Does the clause of ``head`` continue an earlier one ("... dan (akan) tiba", "setelah melakukan")?"""
    i = head.i - 1
    while i > head.sent.start and doc[i].lower_ in ADVERBS and head.i - i <= 3:
        i -= 1
    return i >= head.sent.start and doc[i].lower_ in openers


def is_noun_trigger(token: Token) -> bool:
    form = strip_clitic(token.text)
    if form in NOUN_TRIGGERS:
        return True
    return form.endswith("an") and form.startswith(("pe", "ke", "la", "ku")) and not form.startswith("kena")


def verb_of(doc: Doc, token: Token) -> Token | None:
    """The verb whose subject does the event: the trigger itself, or the light verb before an event noun."""
    if not is_noun_trigger(token):
        return token
    before = doc[max(token.sent.start, token.i - 3) : token.i]
    light = next((t for t in reversed(before) if t.lower_ in LIGHT_VERBS or _hosts(t, token)), None)
    previous = doc[token.i - 1] if token.i > token.sent.start else None
    verb_before = previous is not None and previous.lower_.startswith(("me", "ber"))
    if light is None and token.lower_.endswith("nya") and verb_before:
        light = previous  # "Kim memuji pertemuannya": his meeting
    return light


def _hosts(verb: Token, noun: Token) -> bool:
    """"X menyambut kunjungan Y": the host of a visit takes part in it (not in an arrival: "menyambut kedatangan")."""
    return verb.lower_ == "menyambut" and strip_clitic(noun.lower_) == "kunjungan"


def serves_earlier_event(doc: Doc, token: Token) -> bool:
    """Is the event the purpose of an earlier one ("tiba di X untuk menghadiri pertemuan")?"""
    head = verb_of(doc, token)
    return head is not None and _shares_subject(doc, head, PURPOSE)


def subject_of(doc: Doc, token: Token, excluded: set[int], events: list[EventSpan], sentence: int) -> list[Span]:
    """Who does it: the name group before a verb, or before the light verb of an event noun.

    "untuk menemui X" takes the subject of the sentence's earlier event ("Kim tiba ... untuk menemui X").
    """
    head = verb_of(doc, token)
    if head is None:
        return []
    group = _subject(doc, head, excluded)
    if not group and head.i > head.sent.start and doc[head.i - 1].lower_ in TEMPORAL:
        # "disampaikan Kim saat berdialog dengan X": the person before the time clause
        people = [e for e in ents_of(doc) if e.label_ == PER and e.sent.start == head.sent.start and e.end < head.i]
        group = [e for e in people[-1:] if e.start not in excluded and not _reported_with_its_own_subject(doc, e, head)]
    if not group and _shares_subject(doc, head):
        # "Kim tiba ... untuk menemui X", "Bey berangkat ... dan tiba di Y": the earlier verb's subject
        earlier = [
            e for e in events
            if e.sentence == sentence and e.participants and not is_noun_trigger(doc.char_span(e.start, e.end)[0])
        ]
        if earlier:
            spans = {(e.start_char, e.end_char): e for e in ents_of(doc)}
            group = [spans[p] for p in earlier[-1].participants[:1] if p in spans]
        else:
            group = _opening_subject(doc, head, excluded)
    return group


PREPOSITIONS = frozenset({"di", "ke", "dari", "dengan", "bersama", "kepada", "oleh", "untuk"})


def _reported_with_its_own_subject(doc: Doc, speaker: Span, head: Token) -> bool:
    """"Kabid Humas X mengatakan, saat tiba di Polda Sulbar Kapolri langsung disambut": the time clause opens what
    the speaker reports, whose own subject (an office, "Kapolri") follows it; the speaker did not arrive.
    ("X menyebutkan, saat bertemu dengan Jokowi, ia didampingi ...": no subject of its own, the speaker met.)"""
    from kg.nlp.roles import is_head

    between = doc[speaker.end : head.i - 1]
    if not (len(between) and between[-1].text == "," and any(t.lower_ in SPEECH_VERBS for t in between)):
        return False
    for i in range(head.i + 1, head.sent.end - 1):
        t = doc[i]
        if t.text == ",":
            return False
        if t.text[:1].isupper() and is_head(t) and doc[i - 1].lower_ not in PREPOSITIONS and doc[i + 1].is_lower:
            return True
    return False


def _opening_subject(doc: Doc, head: Token, excluded: set[int]) -> list[Span]:
    """The name group that opens the sentence, before its first verb: the subject a later clause shares
    ("PM Muhyiddin Yassin dan rombongan disambut ... sebelum tiba di Istana Merdeka")."""
    sent = head.sent
    for i in range(sent.start, head.i):
        t = doc[i]
        if t.ent_iob_ == "B" and i not in excluded:
            ent = next(e for e in ents_of(doc) if e.start == i)
            dateline = ent.end < len(doc) and doc[ent.end].text in ("-", "–", "—", "--")  # "SKOR.id - Persipura ..."
            if ent.label_ in (PER, ORG) and not is_place(doc, ent) and not dateline:
                return _subject(doc, doc[ent.end], excluded) if ent.end < head.i else []
        if t.is_lower and t.is_alpha and t.lower_.startswith(("me", "ber", "di", "ter")):
            return []  # a verb before any name: the sentence opens otherwise
    return []
