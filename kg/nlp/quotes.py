"""Quotations and reported speech with their speakers (``kg_quotes``).

Direct quotes are text between quote marks (curly or straight) within a
paragraph, attributed by a speech verb right after them (``"...," kata X``,
``ujarnya``, ``"..." X menambahkan``) or right before them (``X mengatakan,
"..."``, ``Menurut X, "..."``). Reported speech needs an explicit speaker
(``X mengatakan bahwa ...``, ``..., kata X``, ``Menurut X, ...``). Short quotes
with no speech verb are scare quotes and are skipped.
"""

from __future__ import annotations

import re
from itertools import dropwhile
from typing import NamedTuple

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.casing import is_common_word
from kg.nlp.context import DocView, Ent, doc_text, pronoun_speaker, word_before
from kg.nlp.names import add_speaker_names
from kg.nlp.roles import HEADS, HONORIFICS, OCCUPATIONS, PREFIXES, RANKS
from kg.nlp.sentences import DATELINE
from kg.nlp.sites import names_the_outlet
from kg.records import LOC, ORG, PER
from kg.words import BODY_WORDS, LEVEL_WORDS

SPAN_KEY = "kg_quotes"
if not Doc.has_extension("kg_quotes"):
    Doc.set_extension("kg_quotes", default=None)

# Base speech verbs used right after a quote ("kata Budi", "ujarnya").
CUES = frozenset(
    "kata ujar ucap tutur tambah ungkap jelas imbuh tulis jawab sebut terang papar tegas lanjut "
    "pungkas seru tanya kilah aku bilang timpal sahut tukas klaim katakan beber tandas urai tutup harap sambung "
    "pinta ajak ulas imbau himbau puji keluh rinci".split()
)
# '"...," sampai Bupati X', '"...," sampainya': regional usage for "sampaikan", a cue only right after the closing
# mark (elsewhere "sampai" is "until").
CUES_AFTER_THE_MARK = CUES | {"sampai"}
# Prefixed speech verbs ("X mengatakan, ...", "... Budi menambahkan").
SPEECH_VERBS = frozenset(
    "mengatakan menyatakan berkata menambahkan mengungkapkan menjelaskan menegaskan menuturkan "
    "menyebut menyebutkan menulis menjawab menerangkan memaparkan melanjutkan mengimbuhkan bertanya "
    "mengklaim mengakui berujar berucap menyampaikan mengingatkan memperingatkan menekankan "
    "melaporkan mengumumkan membantah menuding menilai berkomentar berpendapat mengaku menduga "
    "meyakini menganggap mengkritik menyerukan memperkirakan menaksir membenarkan merinci merincikan "
    "mengimbau menghimbau memastikan mengungkap mencontohkan menyarankan mengemukakan mencatat meminta berpesan "
    "berharap mengharapkan membeberkan mengutarakan menguraikan menandaskan memungkasi mengakhiri mendorong "
    "mendesak menepis menampik".split()
)
# Verbs that report speech even without "bahwa" ("X menyatakan mematuhi ...").
CLAUSE_VERBS = frozenset(
    "mengatakan menyatakan berkata menyebut menyebutkan menegaskan menjelaskan menuturkan menambahkan "
    "mengklaim mengaku mengakui memperingatkan menduga meyakini menilai berpendapat melaporkan "
    "membantah menuding memperkirakan menaksir memastikan mengimbau menghimbau mengungkap "
    "mencontohkan menyarankan mengemukakan mencatat mengingatkan meminta berpesan berharap menerangkan "
    "mengungkapkan menekankan membenarkan".split()
)
# What the writer gives as believed, recorded or hoped ("X meyakini ...", "BMKG mencatat ...", "Bupati berharap
# ..."), not as said: no reported speech, though a direct quote after them ('X berharap, "..."') is still said.
# The news gold takes a hope reported for reported speech in about one case in ten.
NOT_REPORTED_SPEECH = frozenset({"meyakini", "mencatat", "berharap"})
PERSON_OR_ORG = (PER, ORG)
# Nouns that make a following place a modifier ("media pemerintah Rusia"), not the speaker.
MODIFIED_PLACE = frozenset(
    "media pemerintah kantor berita militer pejabat otoritas kementerian pihak warga presiden resmi "
    "juru bicara diplomat angkatan kedutaan intelijen televisi stasiun".split()
)
# "... sangat jarang di Indonesia. “Jarang saya ...”": a place after a preposition is where, not who, speaks.
PLACE_PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "dalam", "untuk", "dengan", "se"})
MIN_UNATTRIBUTED_WORDS = 6
# "dia", "ia", "beliau": the pronouns that stand for one person as a speaker or subject.
PERSON_PRONOUNS = frozenset({"dia", "ia", "beliau"})
# Words right before a speech verb that say the words were not said ("enggan menyebut", "tidak mengatakan").
NOT_SAID = re.compile(
    r"\b(?:enggan|tidak|tak|belum|menolak|ogah|bukan)\s+(?:(?:bisa|dapat|mau|ingin|mampu|sempat)\s+)?$", re.I
)
# Verbs of denial: not denied ("tidak menampik bahwa ...", "tak membantah ...", "Tak menampik masih adanya ..."), the
# words are admitted, and so said, with or without "bahwa".
DENIALS = frozenset({"membantah", "menampik", "menepis"})
# '"...," pungkas mantan Kapolres Batu ini.': a description with a demonstrative means the person
# the article has been talking about, not a name in the description.
DESCRIBED_SPEAKER = re.compile(r"\s*(?:[\w-]+\s+){1,6}?(?:ini|itu|tersebut)\s*[.,;]")
WORD = re.compile(r"[\w'-]+")
# "pria yang akrab disapa Tata ini": the words before a nickname in a description of the speaker.
NICKNAME_WORDS = frozenset({"disapa", "dipanggil"})
# "tanya hakim kepada Hartopo": the person after "kepada" was spoken to, not the speaker.
ADDRESSEE_WORDS = frozenset({"kepada", "terhadap"})
# Before the verb, a name after these is the one told or the outlet whose reporter or source it is: "X kepada
# Kompas.com menyampaikan", "saat diwawancarai Jurnalis POSTNTT.COM menjelaskan", "Sumber Brindonews.com ini mengaku".
NOT_THE_SUBJECT = ADDRESSEE_WORDS | frozenset({"jurnalis", "wartawan", "reporter", "sumber"})
QUOTE_MARK = re.compile(r"’’|‘‘|‘’|''|[\"“”]")
# Words quoted between single marks: the opening one starts the paragraph or a sentence, before a capital; the closing
# one follows the words' last stop and comes before a lower-case word (the speech verb). Not an apostrophe ("Jum'at").
SINGLE_QUOTED = re.compile(r"(?:^|(?<=[.!?]\s))['‘]([A-Z](?:(?!['‘’]\s).)*?[,.!?])['’](?=\s+[a-z])")
OPENING_MARKS = frozenset({"“", "‘‘", "‘’"})  # "‘’Dimana ...,’’ ujar X": a left and a right single mark open
CLOSING_MARKS = frozenset({"”"})


class QuoteSpan(NamedTuple):
    """A quote found in a doc: inner text span, speaker mention span, cue and kind (a tuple: serialisable)."""

    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: str | None
    direct: bool


def _opens_words(line: str, mark: re.Match) -> bool:
    """A mark set before a word and after a space opens, whichever way it curls ('... bagus. ”Kami ...,’’ urainya.')."""
    return (mark.start() == 0 or line[mark.start() - 1].isspace()) and line[mark.end() : mark.end() + 1].isalnum()


def quote_marks(text: str) -> list[tuple[int, int]]:
    """Inner spans of quoted text: paired marks within one paragraph (line). A doubled single
    mark ("’’Saya ...,’’ kata X", the house style of some outlets) is one double mark."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        open_at = None
        if not QUOTE_MARK.search(line):  # "'Sekolah diperkenankan ...,' kata X": single marks, where no double one is
            spans.extend((offset + m.start(1), offset + m.end(1)) for m in SINGLE_QUOTED.finditer(line))
        for m in QUOTE_MARK.finditer(line):
            mark = m.group()
            if open_at is None:
                if mark not in CLOSING_MARKS or not spans or not line[: m.start()].strip() or _opens_words(line, m):
                    open_at = m.end()  # a right mark opens the text, or a paragraph: '”Dapodik itu ...,” imbuhnya.'
            elif mark not in OPENING_MARKS:
                spans.append((offset + open_at, offset + m.start()))
                open_at = None
            else:  # a second opening mark: restart
                open_at = m.end()
        if open_at is not None and len(line) - open_at > 19:
            spans.append((offset + open_at, offset + len(line)))  # runs to the paragraph's end
        offset += len(line) + 1
    return [(s, e) for s, e in spans if e > s]


def _speaker_after_cue(
    view: DocView, cue_end: int, limit: int, quote_start: int, said_by: Ent | None = None
) -> Ent | None:
    """The speaker named after a speech verb: a pronoun, a person (preferred), an org, or a known surname.

    said_by: whom a pronoun means here ("tegas dia"), when the article is still quoting someone.
    """
    rest = view.text[cue_end:limit]
    first = WORD.match(rest.lstrip())
    if first and said_by is not None and first.group().lower() in PERSON_PRONOUNS:
        return said_by
    if first and (speaker := pronoun_speaker(view, first.group(), quote_start)):
        return speaker
    window_end = cue_end + _clause_end(rest)
    described = DESCRIBED_SPEAKER.match(rest)
    named = [e for e in view.ents_between(cue_end, cue_end + described.end(), (PER,))
             if word_before(view.text, e.start).lower() not in NICKNAME_WORDS] if described else []
    if described and not named:  # "kata orang nomor satu di Unila itu": the one still being quoted, else the last named
        return said_by or (view.fullest(previous) if (previous := view.previous_person(quote_start)) else None)
    candidates = [
        e for e in view.ents_between(cue_end, window_end, PERSON_OR_ORG)
        if not view.is_cited_source(e) and word_before(view.text, e.start).lower() not in ADDRESSEE_WORDS
    ]
    people = [e for e in candidates if e.label == PER]
    office = first is not None and _an_office(rest)
    if office and (occasion := OCCASION_WORD.search(rest)):  # "kata Pj Gubernur NTB saat menerima ... Zhang": not
        people = [e for e in people if e.start < cue_end + occasion.start()]  # the one met, but the title's holder
    if len(people) > 1 and office:
        return view.fullest(people[-1])  # "kata Kepala Bank Nagari Cabang Lubuak Gadang, Oktra Firdaus", "ujar Hakim
        # Ad Hoc Tipikor ... Dr. Taqwaddin": the holder ends the office, whose words the NER may take for a person
    if people:
        return view.fullest(people[0])
    if office and (holder := _title_holder(view, rest, quote_start)):
        return holder
    if office and (title := _title_before_clause(rest)) and (holder := _holder_of(view, title, quote_start)):
        return holder  # '"...," kata gubernur meyakinkan konsul': the governor
    if candidates and candidates[0].start - cue_end < 40:
        return candidates[0]
    places = view.ents_between(cue_end, min(window_end, cue_end + 30), (LOC,))
    if places:
        return places[0]  # "kata Kremlin" (a seat of government speaking)
    if first and first.group()[:1].isupper():
        return view.previous_person(quote_start, first.group())
    if first and not is_common_word(first.group()):  # '"...," tutup musthofa.': a name the text wrote in lower case
        return view.previous_person(quote_start, first.group())
    return None


# Words after which a speaker's title and name are over: the occasion, the one spoken to ("kata Pj Gubernur NTB
# saat menerima audiensi dengan Konsul Jenderal X"), the one the speaker stands in for ("Wakil Bupati X yang
# mewakili Bupati Y"). Not "melalui" ("Kapolres X melalui Kasat Y"): the gold takes either for the speaker.
OCCASION_WORDS = ("saat", "ketika", "usai", "seusai", "setelah", "sesudah", "sambil", "dengan", "kepada", "terhadap",
                  "didampingi", "bersama", "mewakili")
OCCASION_WORD = re.compile(r"\s(?:" + "|".join(OCCASION_WORDS) + r")\s")


def _an_office(words: str) -> bool:
    """Do ``words`` open with an office, after the words that qualify one ("Pj Gubernur", "mantan Kapolres")?"""
    for word in WORD.findall(words)[:3]:
        if word.lower() in HEADS:
            return True
        if word.lower().rstrip(".") not in PREFIXES:
            return False
    return False


LEGAL_FORMS = frozenset({"pt", "cv", "ud"})  # "kata Kepala Cabang PT. Pelni Kupang, X": no sentence ends there
NAME_ABBREVIATIONS = frozenset({"moh", "muh", "mhd", "moch", "mochd", "abd"})  # "Moh. Hasan": Muhammad, Abdul


def _clause_end(rest: str) -> int:
    """Where the words after a cue end: the first "." or ";", but not the dot of a rank or an honorific
    ("Irjen Pol. Daniel", "Mrs. Linda Chen")."""
    for m in re.finditer(r"[.;](?:\s|$)|$", rest):
        before = re.search(r"([\w-]+)$", rest[: m.start()])
        if m.group() and m.group()[0] == "." and before and (
                before.group(1).lower() in RANKS | HONORIFICS | LEGAL_FORMS | NAME_ABBREVIATIONS
                or len(before.group(1)) == 1 and before.group(1).isupper()):  # "ujar M. Eriansyah": an initial
            continue
        return m.start()
    return len(rest)


def _title_holder(view: DocView, rest: str, before: int) -> Ent | None:
    """'"...," kata Bupati Tapteng.': the person the article named with that title earlier. "Pj Gubernur NTB"
    is also the one named "Penjabat Gubernur NTB" (the title without the words that qualify it)."""
    rest = re.sub(r"\b(Pj|Plt|Plh)\.", r"\1", rest)  # "Pj. Gubernur"
    title = re.match(r"\s*([^,.;:\n]+?)(?=\s+(?:kepada|terhadap|yang|saat|ketika|dengan)\b|[,.;:\n]|$)", rest)
    if title is None:
        return None
    words = title.group(1).split()[:4]
    holder = _holder_of(view, words, before)
    bare = list(dropwhile(lambda w: w.lower().rstrip(".") in PREFIXES, words))
    if holder is None and 0 < len(bare) < len(words):
        holder = _holder_of(view, bare, before)
    return holder


_TITLE_WORDS = HEADS | BODY_WORDS | LEVEL_WORDS | PREFIXES  # the words a title after a cue is made of (built once)


def _title_before_clause(rest: str) -> list[str] | None:
    """The title in "gubernur meyakinkan konsul jenderal", "Bupati dalam sambutannya": words of an office, body or
    level before the first lower-case word that names none (the clause the cue goes on with), in the same line;
    None when a name or place comes first ("Produser Romi")."""
    words = rest.split("\n", 1)[0].split()[:4]
    for n, word in enumerate(words):
        if word.lower() in _TITLE_WORDS:
            continue
        return (words[:n] or None) if word.islower() else None
    return None


# "Kasat" later for the "Kasatlantas" named earlier, "Kapolres" for "Kapolresta": a title glued to its unit is
# that title; a few lower-case letters at most, so "Bupati" never reads as a longer word.
_GLUED_UNIT = r"(?-i:[a-z]{0,7})"


# Between the words of a title looked up again: spaces, or the slash a unit's number and its base are written
# with ("Dandim 0803/Madiun" earlier, "Dandim 0803 Madiun mengatakan" later).
_WORD_BREAK = r"(?:\s+|\s*/\s*)"


def _holder_of(view: DocView, words: list[str], before: int) -> Ent | None:
    # Up to four capitalised words (the office's place, ranks) or a unit number between the title and the
    # name: "Kapolres Batu AKBP X", "Wali Kota Ambon, X", "Dandim 1617/Jembrana Letkol Kav. X".
    pattern = re.compile(r"\b" + _WORD_BREAK.join(map(re.escape, words)) + _GLUED_UNIT
                         + r"\)?[\s,]+(?:(?-i:\(?[A-Z0-9][\w./-]*\)?),?\s+|(?:dr|drg|ir|h|hj)\.?\s+){0,4}$", re.I)  # "dr": a form of address
    for e in reversed(view.ents):
        if e.label == PER and e.end <= before and _holds(pattern, view.text[max(0, e.start - 80) : e.start]):
            return view.fullest(e)
    # "Asisten II Bidang Perekonomian dan Pembangunan Setda Bengkulu, Raden Ahmad Denny", later "Asisten II
    # menambahkan": the title written out in full, then a comma and the holder, in one clause.
    # "Asisten II Setda Provinsi Bengkulu menyebut": the title's first words are enough to find it.
    for n in range(len(words), min(len(words), 2) - 1, -1):
        written_out = re.compile(r"\b" + _WORD_BREAK.join(map(re.escape, words[:n])) + r"\s[^.;:\n\"“”]{0,100}?,\s*$", re.I)
        for e in reversed(view.ents):
            if e.label == PER and e.end <= before and _holds(written_out, view.text[max(0, e.start - 140) : e.start]):
                return view.fullest(e)
    return None


# Words that make the office after them another one: "Wakil Bupati Mukomuko, Wasri" holds no "Bupati Mukomuko".
OTHER_OFFICE_WORDS = frozenset({"wakil", "mantan", "eks"})


def _holds(office: re.Pattern, before_name: str) -> bool:
    """Do the words before a name end with the office, not with its deputy's or a former holder's?"""
    m = office.search(before_name)
    return m is not None and word_before(before_name, m.start()).lower() not in OTHER_OFFICE_WORDS


def _attribute_after(
    view: DocView, end: int, recent: Ent | None = None, start: int | None = None
) -> tuple[Ent | None, str | None, bool]:
    """Speech verb after the closing mark: (speaker, cue, found a cue).

    recent: the speaker the article is still quoting, whom "ujarnya" means before any later person;
    else the person whose speech verb last came before the quote (``start``), then the nearest person.
    """
    sentence_end = view.sentences[view.sentence_of(min(end + 2, len(view.text) - 1))][1]
    limit = max(sentence_end, min(len(view.text), end + 120))
    tail = view.text[end:limit]
    m = re.match(r"(?:’’|''|[\"”'’])?[\s,.]*([\w-]+)", tail)
    if not m:
        return None, None, False
    word = m.group(1)
    cue_end = end + m.end(1)
    lower = word.lower()
    said_by = recent or (_reporter_here(view, start) if start is not None else None)
    if lower in CUES_AFTER_THE_MARK or lower in SPEECH_VERBS or lower == "menurut":
        return _speaker_after_cue(view, cue_end, limit, end, said_by), word, True
    if lower.endswith("nya") and lower[:-3] in CUES_AFTER_THE_MARK:
        return said_by or view.previous_speaker(end), word, True
    # '"...," Budi menambahkan.' — a mention, then a speech verb.
    ent = view.ent_at(end + m.start(1))
    if ent and ent.label in PERSON_OR_ORG:
        verb = WORD.match(view.text[ent.end :].lstrip())
        if verb and verb.group().lower() in SPEECH_VERBS:
            return ent, verb.group(), True
    if lower in PERSON_PRONOUNS:
        verb = WORD.match(view.text[cue_end:].lstrip())
        if verb and verb.group().lower() in SPEECH_VERBS:
            return said_by or view.previous_speaker(end), verb.group(), True
    return None, None, False


def _subject_before(view: DocView, offset: int) -> Ent | None:
    """The nearest person (else org) before ``offset`` in its sentence, skipping cited sources."""
    sentence_start = view.sentences[view.sentence_of(offset)][0]
    before = [e for e in view.ents_between(sentence_start, offset, PERSON_OR_ORG)
              if not view.is_cited_source(e) and word_before(view.text, e.start).lower() not in NOT_THE_SUBJECT]
    people = _without_companions(view, [e for e in before if e.label == PER])
    if people:
        return people[-1]
    if before and not _pronoun_after(view, before[-1].end, offset):
        return before[-1]  # not "Dalam APEC, ia menegaskan ...": the pronoun is the subject, the body the setting
    places = [
        e for e in view.ents_between(sentence_start, offset, (LOC,))
        if offset - e.end <= 12 and word_before(view.text, e.start).lower() not in MODIFIED_PLACE | PLACE_PREPOSITIONS
    ]
    if places:
        return places[-1]  # "Rusia menegaskan ...": a country speaking
    word = WORD.findall(view.text[sentence_start:offset])
    for w in reversed(word):
        if w.lower() in PERSON_PRONOUNS:
            return view.previous_person(sentence_start)
    return None


def _pronoun_after(view: DocView, start: int, end: int) -> bool:
    """Does a personal pronoun ("ia", "dia", "beliau") stand between ``start`` and ``end``?"""
    return any(w.lower() in PERSON_PRONOUNS for w in WORD.findall(view.text[start:end]))


# "Kapolres X didampingi Kasat Y dan Kasi Humas Z mengatakan": those named after "didampingi" stood by the speaker.
COMPANIONS = re.compile(r"\bdidampingi\b", re.I)


# " didampingi Kasat Reskrim Y dan Kasi Humas Z, ": those who stood by the speaker, between the speaker and the verb.
COMPANION_PHRASE = re.compile(r"\s*,?\s*(?:yang\s+)?didampingi\s[^.;:\"“”]{2,160}")


def _without_companions(view: DocView, people: list[Ent]) -> list[Ent]:
    """The people of a subject before "didampingi" when one is named before it: the speaker, not those who
    accompanied him ("Kapolres Minut AKBP X didampingi ... Kasi Humas Ipda Y mengungkapkan": X)."""
    if len(people) < 2:
        return people
    companion = COMPANIONS.search(view.text, people[0].end, people[-1].start)
    return [e for e in people if e.end <= companion.start()] if companion else people


def _attribute_before(view: DocView, start: int) -> tuple[Ent | None, str | None, bool]:
    """Speech verb just before the opening mark: 'X mengatakan, "...'; 'Menurut X, "...'."""
    head = view.text[max(0, start - 160) : start].rstrip("\"“”‘’'")
    head_start = max(0, start - 160)
    m = re.search(r"([\w-]+)\s*(?:bahwa)?\s*[,:]?\s*$", head)
    if m and m.group(1).lower() in SPEECH_VERBS:
        verb_start = head_start + m.start(1)
        speaker = _subject_before(view, verb_start)
        return (view.fullest(speaker) if speaker else None), m.group(1), True
    m = re.search(r"\b([Mm]enurut)\s+([^,]{1,80}),\s*$", head)
    if m:
        at = head_start + m.start(2)
        found = view.ents_between(at, at + len(m.group(2)) + 1, PERSON_OR_ORG)
        if found:
            return found[0], m.group(1), True
    return None, None, False


# A noun that names what the quote marks after it hold: a theme, a title, a slogan ("tema", "berjudul", "slogan"),
# with at most three capitalised words of its own between, in the same paragraph (a headline "Judul" is no noun here).
NAMED_BEFORE = re.compile(
    r"\b(?:tema|subtema|bertema|judul|berjudul|bertajuk|slogan|semboyan|motto|moto|tagline|jargon|istilah|julukan"
    r"|tajuk)(?:[ \t]+(?-i:[A-Z][\w-]*)){0,3}[ \t]*[:,]?[ \t]*[\"“”'‘’]*$", re.I)  # "tema Minggu Ekologi “...”"


def find_direct(view: DocView) -> list[QuoteSpan]:
    result: list[QuoteSpan] = []
    for start, end in quote_marks(view.text):
        if NAMED_BEFORE.search(view.text, max(0, start - 40), start):
            continue  # 'dengan tema "Biarlah keadilan ... mengalir"': a title or a slogan, not words said
        inner = view.text[start:end].strip(" ,.")
        words = len(WORD.findall(inner))
        speaker, cue, cued = _attribute_after(view, end, _still_quoted(view, result, start), start)
        if not cued:
            speaker, cue, cued = _attribute_before(view, start)
        if not cued and (closing := _closed_in_a_later_paragraph(view, end)) is not None:
            speaker, cue, cued = _attribute_after(view, closing, _still_quoted(view, result, start), start)
        if not cued:
            if words < MIN_UNATTRIBUTED_WORDS:
                continue  # a scare quote
            speaker = (_continuation_speaker(view, result, start) or _speaker_of_previous_sentence(view, start, result)
                       or _subject_before(view, start))
        if words < 2 and speaker is None:
            continue
        result.append(QuoteSpan(start, end, (speaker.start, speaker.end) if speaker else None, cue, True))
    attributed = _attributed_by_the_next(view, result)
    return [q if q.speaker else q._replace(speaker=_person_of_previous_paragraph(view, q.start, attributed[:k]))
            for k, q in enumerate(attributed)]


MAX_QUOTED_PARAGRAPHS = 3  # paragraphs after the one a quote opens in that it may go on through


def _closed_in_a_later_paragraph(view: DocView, end: int) -> int | None:
    """Where the closing mark is, for a quote left open at its paragraph's end that goes on through the next
    paragraphs ('"Kalau bicara ...' / 'Namun ...' / 'Termasuk ... pengelola," kata Bupati.'): the first mark in
    a later paragraph with words before it; None when the quote runs to its paragraph's end only by its mark, or
    a later paragraph opens with a mark (a new quote)."""
    if view.text[end : end + 1] != "\n":
        return None
    offset = end + 1
    for line in view.text[offset:].split("\n", MAX_QUOTED_PARAGRAPHS)[:MAX_QUOTED_PARAGRAPHS]:
        mark = QUOTE_MARK.search(line)
        if mark is not None:
            return offset + mark.start() if line[: mark.start()].strip() else None
        offset += len(line) + 1
    return None


def _attributed_by_the_next(view: DocView, found: list[QuoteSpan]) -> list[QuoteSpan]:
    """'"Warga sudah kami evakuasi."' then '"Sebagian mengungsi," ungkapnya.': a quoted paragraph with no
    speaker, followed straight away by the next quote, is the next quote's speaker's."""
    result = list(found)
    for k in range(len(result) - 2, -1, -1):
        this, following = result[k], result[k + 1]
        between = view.text[this.end : following.start]
        if this.speaker is None and following.speaker is not None and not between.strip(" \n\"“”'‘’"):
            result[k] = this._replace(speaker=following.speaker)
    return result


def _person_of_previous_paragraph(view: DocView, start: int, earlier: list[QuoteSpan]) -> tuple[int, int] | None:
    """'Dwi mengimbau masyarakat ... .' then a paragraph that is only a quote, with no speech verb:
    the person the paragraph before was about. When that paragraph reports a pronoun's words ("Ia berpendapat, ...",
    "... lanjut dia, ..."), the one quoted last (``earlier``: the quotes before this one) goes on speaking."""
    person = _last_person_of_previous_paragraph(view, start)
    if person is not None:
        return (person.start, person.end)
    if _a_pronoun_reported_before(view, start):
        return next((q.speaker for q in reversed(earlier) if q.speaker is not None), None)
    return None


# A pronoun's words reported: "Ia berpendapat", "dia juga menjelaskan", "lanjut dia", "kata beliau".
PRONOUN_REPORTED = re.compile(
    r"\b(?:(?:ia|dia|beliau)\s+(?:(?:juga|pun|lalu|kembali)\s+)?(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    + r")|(?:" + "|".join(sorted(CUES, key=len, reverse=True)) + r")\s+(?:ia|dia|beliau))\b", re.I)


def _a_pronoun_reported_before(view: DocView, start: int) -> bool:
    """Does the paragraph before the one the quote at ``start`` opens report a pronoun's words?"""
    paragraph = _previous_paragraph(view, start)
    return paragraph is not None and PRONOUN_REPORTED.search(view.text, *paragraph) is not None


def _previous_paragraph(view: DocView, start: int) -> tuple[int, int] | None:
    """(start, end) of the paragraph before the one the quote at ``start`` opens; None when the quote does not open
    its paragraph or opens the text."""
    opening = view.text.rfind("\n", 0, start) + 1
    if view.text[opening:start].strip(" \"“'‘") or opening == 0:
        return None
    return view.text.rfind("\n", 0, opening - 1) + 1, opening


def _last_person_of_previous_paragraph(view: DocView, start: int) -> Ent | None:
    """The last person named (not a cited source) in the paragraph before the one the quote at ``start`` opens."""
    if (paragraph := _previous_paragraph(view, start)) is None:
        return None
    people = [e for e in view.ents_between(*paragraph, (PER,)) if not view.is_cited_source(e)]
    return view.fullest(people[-1]) if people else None


def _the_same_speaker_goes_on(view: DocView, verb: re.Match) -> bool:
    """Is the subject of ``verb`` (a REPORTED match) a pronoun or a description with a demonstrative ("Eks Direktur
    Teknik ... itu pun mengatakan"): the one being quoted, not someone new?"""
    s_start = view.sentences[view.sentence_of(verb.start())][0]
    return PRONOUN_SUBJECT.fullmatch(view.text, s_start, verb.start()) is not None or _described_subject(
        view.text[s_start : verb.end("verb")], verb.group("verb"))


def _still_quoted(view: DocView, found: list[QuoteSpan], start: int) -> Ent | None:
    """The last quote's speaker, when at most three sentences of narration without a speech verb
    come between ("Korban bernama Uki (36) dan Atam (30). "Sudah semua," ujarnya.": not Atam), or with only
    speech verbs of the same speaker going on (``_the_same_speaker_goes_on``: "Ia menambahkan, penunjukan dr. X ...")."""
    if not found or found[-1].speaker is None:
        return None
    if view.sentence_of(start) - view.sentence_of(found[-1].end) > 4 or any(
            not _the_same_speaker_goes_on(view, m) for m in REPORTED.finditer(view.text, found[-1].end, start)):
        return None
    if _passive_report(view, found[-1].end, start):
        return None  # "Hal ini disampaikan oleh Sekretaris Asprov, Ahmad Djafri ..." then '"...," katanya'
    opening = view.text.rfind("\n", 0, start) + 1
    if opening > found[-1].end and any(not view.is_cited_source(e) for e in view.ents_between(opening, start, (PER,))):
        return None  # a new paragraph about someone else: '... Sigit tidak menampik ... ”Kami ...,’’ bebernya.'
    return view.ent_at(found[-1].speaker[0])


# The stems of the passive speech verbs: "dikatakan", "disampaikan", "diakui".
PASSIVE_CUES = "katakan|ungkapkan|jelaskan|tambahkan|sampaikan|terangkan|tegaskan|akui"
PASSIVE_REPORT = re.compile(r"\bdi(?:" + PASSIVE_CUES + r")\s+oleh\b")


def _passive_report(view: DocView, begin: int, end: int) -> bool:
    """Does narration between ``begin`` and ``end`` give words to a person ("disampaikan oleh X")?"""
    for found in PASSIVE_REPORT.finditer(view.text, begin, end):
        s_end = view.sentences[view.sentence_of(found.start())][1]
        if any(not view.is_cited_source(e) for e in view.ents_between(found.end(), min(s_end, end), (PER,))):
            return True
    return False


def _continuation_speaker(view: DocView, found: list[QuoteSpan], start: int) -> Ent | None:
    """A quote that opens a sentence right after an attributed quote continues it."""
    if not found or found[-1].speaker is None:
        return None
    between = view.text[found[-1].end : start]
    if view.sentence_of(start) - view.sentence_of(found[-1].end) > 2 or len(between) > 200:
        return None
    sentence_start = view.sentences[view.sentence_of(start)][0]
    if view.text[sentence_start:start].strip() not in ('"', "“", ""):
        return None
    return view.ent_at(found[-1].speaker[0])


def _last_reporter(view: DocView, start: int) -> Ent | None:
    """'Kasat Lantas PALI, AKP Kukuh mengatakan, ... bersama Traffic Accident Analysis ...' then
    '"...," jelasnya.': the person before the last speech verb in the three sentences before the quote. Within a
    sentence its first speech verb with a person before it reports: a later one sits in what was said ("X
    menjelaskan setelah Y menyatakan mundur, ...": X)."""
    index = view.sentence_of(start)
    for k in range(index - 1, max(-1, index - 4), -1):
        s_start, s_end = view.sentences[k]
        verbs = list(REPORTED.finditer(view.text, s_start, min(s_end, start)))
        for verb in verbs:
            people = _without_companions(
                view, [e for e in view.ents_between(s_start, verb.start(), (PER,)) if not view.is_cited_source(e)])
            if people:
                return people[-1]  # as named there, not its fullest mention: where it spoke counts
            if (holder := _titled_subject(view, view.text[s_start : verb.start()], s_start)) is not None:
                return holder  # "Kajari mengaku, ..." then '"...," ungkapnya': the one named with that title
        if (opening := ACCORDING_TO_OPENING.match(view.text, s_start, min(s_end, start))) is not None:
            named = [e for e in view.ents_between(opening.start("who"), opening.end("who"), PERSON_OR_ORG)
                     if not view.is_cited_source(e)]  # a person the model took for a body too, as "Menurut" reads it
            if named:
                return named[-1]  # "Menurut Bupati Gatut Sunu, ajang ini ..." then '"...," ujarnya'
    return None


# A sentence that opens by giving whose view it reports: "Menurut Bupati Gatut Sunu, ...", "Namun menurut X, ...".
BEFORE_MENURUT = r"\s*(?:[\w-]+,?\s+)?"  # nothing, or one word ("Namun")
ACCORDING_TO_OPENING = re.compile(BEFORE_MENURUT + r"[Mm]enurut\s+(?P<who>[^,.\n]{1,80}),")
ACCORDING_TO_CLAUSE = re.compile(BEFORE_MENURUT + r"([Mm]enurut)\s+([^,]{1,80}),\s*")


_SAID_BY_PRONOUN = re.compile(r"(?:^|[.!?]\s+)(?:Dia|Ia|Beliau)\b", re.M)


def _reporter_here(view: DocView, start: int) -> Ent | None:
    """``_last_reporter``, unless it spoke in an earlier paragraph (or nowhere near) and the quote's own paragraph
    names a person who may speak before the quote: 'Sekwan X menyampaikan bahwa ... .' then a paragraph 'Ketua DPRD
    Y membuka sidang. ... "...," ucapnya.' is Y's."""
    opening = view.text.rfind("\n", 0, start) + 1
    if (introduced := _introduced_by_previous_paragraph(view, opening, start)) is not None:
        return introduced
    reporter = _last_reporter(view, start)
    if reporter is not None and (reporter.start >= opening or _SAID_BY_PRONOUN.search(view.text, opening, start)):
        return view.fullest(reporter)  # "Dia menyampaikan, ...": the one who spoke goes on
    people = [e for e in view.ents_between(opening, start, (PER,))
              if not view.is_cited_source(e) and view.may_speak(e)]
    if not people:
        return view.fullest(reporter) if reporter else None
    # 'Prabowo bertemu Presiden Xi Jinping dan Perdana Menteri Li Qiang. "...," ungkapnya.': the subject, the first
    # person of the last sentence naming one, not the one met or thanked after it
    last = people[-1].sentence
    return view.fullest(next(e for e in people if e.sentence == last))


def _introduced_by_previous_paragraph(view: DocView, opening: int, start: int) -> Ent | None:
    """'... salah satunya oleh Irul, pedagang toko beras di Pasar Induk Rau,' then a paragraph that opens with
    the quote: a paragraph ending in a comma or a colon introduces the quote after it, said by its last person."""
    if view.text[:opening].rstrip()[-1:] not in (",", ":"):
        return None
    return _last_person_of_previous_paragraph(view, start)


def _speaker_of_previous_sentence(view: DocView, start: int, found: list[QuoteSpan]) -> Ent | None:
    """'X menjelaskan, ... .' then '"..."' as the next sentence: the quote goes on with what X said. A subject
    described with a demonstrative ("Suami Zakia Adya Mecca ini mencontohkan ...") is the one quoted last."""
    index = view.sentence_of(start)
    s_start, _ = view.sentences[index]
    if index == 0 or view.text[s_start:start].strip() not in ('"', "“", ""):
        return None
    p_start, p_end = view.sentences[index - 1]
    verb = REPORTED.search(view.text, p_start, p_end)
    if verb is None:
        return None
    if found and found[-1].speaker and _described_subject(view.text[p_start : verb.end("verb")], verb.group("verb")):
        return view.ent_at(found[-1].speaker[0])
    people = [e for e in view.ents_between(p_start, verb.start(), (PER,)) if not view.is_cited_source(e)]
    return view.fullest(people[-1]) if people else None


# What police and prosecutors uncover ("mengungkap [empat] kasus ..."): a crime, not words.
UNCOVERED = re.compile(r"(?:(?!bahwa\b|jika\b)[\w-]+\s+){0,2}?(?:kasus|perkara|jaringan|sindikat|peredaran|penyelundupan|praktik|pelaku|tersangka)\b",
                       re.I)
REPORTED = re.compile(
    r"\b(?P<verb>" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r"),?\s+"
    r"(?P<bahwa>(?:[\w-]+,?\s+){0,4}?bahwa(?:san?nya)?[,:]?\s+|jika\s+"  # "mengatakan jika ...": colloquial "that";
    # "bahwasanya", "bahwasannya": a formal "bahwa"
    r"|(?<!,\s)(?:[\w-]+\s+){0,4}?(?=(?:agar|supaya)\s))?"  # "menekankan kepada Koramil agar ...": what was asked
    r"(?:kepada\s+)?"  # "meminta kepada para pejabat ... untuk ...": whom it was asked of opens what was said
)


def _clause_start(view: DocView, s_start: int, limit: int) -> int:
    """Where a sentence's own words begin: after leading space and a dateline ("Washington - ")."""
    sentence = view.text[s_start:limit]
    start = s_start + len(sentence) - len(sentence.lstrip())
    dateline = DATELINE.match(view.text, start, limit)
    return dateline.end() if dateline else start


def _reported_verb(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"X mengatakan (bahwa) ...": the speaker before the verb, the words after it. A verb without
    its speaker may open a clause before the one that reports ("Meski mengakui ..., X memastikan ...")."""
    for m in REPORTED.finditer(sentence):
        if m.group("verb").lower() in NOT_REPORTED_SPEECH or _not_said(sentence, m):
            continue  # "masih enggan menyebut nama pemain": what was not said; a later verb may say
        if m.group("verb").lower() == "mengungkap" and UNCOVERED.match(sentence, m.end()):
            continue  # "Polres Lhokseumawe mengungkap empat kasus narkotika": a case uncovered, nothing said
        found = _reported_by(view, s_start, sentence, end, m)
        if found is not None:
            return found
    return None


def _not_said(sentence: str, m: re.Match) -> bool:
    """Does a negation before the speech verb say the words were not said ("enggan menyebut")?"""
    return NOT_SAID.search(sentence[: m.start()]) is not None and m.group("verb").lower() not in DENIALS


def _an_admission(sentence: str, m: re.Match) -> bool:
    """"tidak menampik ...": a denial negated, which reports what was admitted."""
    return NOT_SAID.search(sentence[: m.start()]) is not None and m.group("verb").lower() in DENIALS


# Words that open a subordinate clause before the main one: "Meskipun belum ada pernyataan dari Mabes Polri,
# sumber internal menyebutkan ...": a name inside that clause is not the main verb's subject.
SUBORDINATORS = frozenset(
    "meskipun walaupun meski kendati sekalipun biarpun jika apabila kalau karena sebab setelah sesudah sebelum ketika "
    "saat sejak selama sambil agar supaya".split()
)


def _in_opening_clause(view: DocView, s_start: int, speaker: Ent, verb: int) -> bool:
    """Does ``speaker`` stand in a subordinate clause that opens the sentence and ends with a comma before
    the verb?"""
    first = WORD.match(view.text[s_start:verb].lstrip())
    return (first is not None and first.group().lower() in SUBORDINATORS and "," not in view.text[s_start : speaker.start]
            and "," in view.text[speaker.end : verb])


def _the_bodys_region(view: DocView, speaker: Ent, verb: int) -> bool:
    """"Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Sulawesi Selatan menyebut ...": only the body's region, a
    place, between the body (or its bracketed acronym) and the verb."""
    places = view.ents_between(speaker.end, verb, (LOC,))
    return (speaker.label == ORG and len(places) == 1 and not view.text[speaker.end : places[0].start].strip(" )")
            and not view.text[places[0].end : verb].strip())


def _reported_by(view: DocView, s_start: int, sentence: str, end: int, m: re.Match) -> QuoteSpan | None:
    speaker = _subject_before(view, s_start + m.start())
    if speaker and _in_opening_clause(view, s_start, speaker, s_start + m.start()):
        return None  # the main clause's subject is no name ("sumber internal kepolisian")
    if speaker and not m.group("bahwa"):
        if speaker.label != PER and _a_clause_delivered(sentence, m) and m.group("verb") not in CLAUSE_VERBS:
            return None  # "PBSI Pasuruan M.Ridwan menyampaikan ...": a body before a name the NER missed
        between = view.text[speaker.end : s_start + m.start()]
        # "X yang menjadi pembicara ... mengatakan,", "X, yang meresmikan peletakan batu pertama, menyebut ..."
        relative = re.match(DEGREES + r"\s*,?\s*yang\s[^,;]{0,80},?\s*$", between) or OCCASION.match(between) \
            or _office_apposed(between) or RESIDENT.fullmatch(between) or AGED_OCCUPATION.fullmatch(between) \
            or APPOSED_OCCUPATION.fullmatch(between) or DATED.fullmatch(between) or COMPANION_PHRASE.fullmatch(between) \
            or _the_bodys_region(view, speaker, s_start + m.start())
        introduces = m.group("verb") in CLAUSE_VERBS or sentence[m.end("verb") : m.end("verb") + 1] == "," \
            or _an_admission(sentence, m) or _a_clause_delivered(sentence, m)
        if not introduces or (len(between) > 25 and not relative) or _a_feeling_expressed(sentence, m) \
                or _a_ruling(sentence, m):
            return None  # without "bahwa" the speaker must stand right before the verb
    if speaker and speaker.label != PER:
        speaker = _office_holder(view, speaker, s_start + m.start()) or speaker
    if not speaker:
        speaker = _titled_subject(view, sentence[: m.start()], s_start)
    if not speaker:
        return None
    speaker = view.fullest(speaker)  # "Santoso mengatakan": the earlier "Budi Santoso"
    start = s_start + m.end()
    while (day := DAY_PHRASE.match(view.text, start, end)) is not None:
        start = day.end()  # "mengatakan, Kamis (4/6/2020) ini, tim ...": when it was said, not what
    if (adverb := ADVERB_AFTER_VERB.match(view.text, start, end)) is not None:
        start = adverb.end()  # "menyampaikan pula, pelaksanaan MTQ ...": the adverb goes with the verb
    if (m.group("bahwa") or "").startswith("jika") and CONDITION_GOES_ON.search(sentence, m.end()):
        start = s_start + m.start("bahwa")  # "mengatakan, jika nanti tiket masih ada, Joky akan ...": "if", said too
    if ONLY_THE_MATTER.fullmatch(view.text, start, end):
        return None  # "Kapolsek membenarkan kejadian ini": what is confirmed is named, nothing said
    if _only_the_topic(sentence, m):
        return None  # "Wali Kota menjelaskan tentang kerja sama ...": what it was about, not what was said
    return QuoteSpan(start, end, (speaker.start, speaker.end), m.group("verb"), False)


# "pula, ", "juga, " right after the speech verb: an adverb of the verb, before what was said.
ADVERB_AFTER_VERB = re.compile(r"(?:pula|juga|lagi)\s*,\s+")
# A short noun phrase with a demonstrative ("hal itu", "kejadian ini", "adanya peristiwa tersebut"): the matter a
# verb takes as its object, not words reported; not a verb's clause ("Kremlin menyatakan mematuhi sanksi tersebut").
ONLY_THE_MATTER = re.compile(r"\s*(?!(?:me|be|di|ter)\w)(?:[\w-]+\s+){1,3}(?:ini|itu|tersebut)\s*", re.I)


# Verbs that express a feeling as well as words: "mengungkapkan kebanggaan Rusia", "menyatakan rasa syukur".
EXPRESSING_VERBS = frozenset({"mengungkapkan", "menyampaikan", "menyatakan"})
# A feeling named by its noun: "rasa ...", or the ke-...-an noun of a feeling ("kebanggaan", "keprihatinannya"),
# not of an event or a thing ("kedatangan kapal ...", "kejadian itu ...": what was said opens with them).
FEELING = re.compile(r"(?:rasa|ke(?:bangga|bahagia|gembira|senang|kecewa|prihatin|sedih|haru|khawatir|cemas|takut"
                     r"|marah)an)(?:nya)?\b", re.I)


def _a_feeling_expressed(sentence: str, m: re.Match) -> bool:
    """'Putin mengungkapkan kebanggaan Rusia dalam ...': a verb of expressing right before a feeling's noun, no
    "bahwa" or comma between, names the feeling shown, not words said; so does "mengakui" before what is conceded
    without words ("harus mengakui keunggulan Bandar Sulteng", "terdakwa mengakui perbuatannya")."""
    verb = m.group("verb").lower()
    return (verb in EXPRESSING_VERBS and FEELING.match(sentence, m.end()) is not None
            or verb == "mengakui" and CONCEDED.match(sentence, m.end()) is not None)


# Verbs of delivering that report speech when a clause follows them ("X menyampaikan kejuaraan ini diikuti 745
# atlet"), not a message named by its noun ("menyampaikan terima kasih", "menyampaikan apresiasi").
DELIVERING_VERBS = frozenset({"menyampaikan"})
# The nouns of a message delivered: thanks, greetings, praise, wishes, complaints, views (with "-nya" too).
MESSAGE = re.compile(
    r"(?:terima\s+kasih|ucapan|salam|selamat|apresiasi|penghargaan|aspirasi|harapan|pesan|keluhan|keberatan|"
    r"pandangan|pendapat|sikap|maksud|alasan|permohonan|permintaan|usulan|usul|masukan|saran|laporan|"
    r"informasi|materi|sambutan|pidato|arahan|undangan|pengalaman|optimisme|komitmen|dukungan|belasungkawa|duka|"
    r"program|hal|beberapa|sejumlah|berbagai|beragam)(?:nya)?\b", re.I)


# A clause's predicate within its first words: an auxiliary or copula, or a passive verb ("diikuti", "dilakukan").
PREDICATE = re.compile(
    r"(?:[^\s.;]+\s+){0,7}?(?:sudah|telah|akan|masih|sedang|tidak|tak|belum|bisa|dapat|harus|perlu|merupakan|adalah"
    r"|ialah|menjadi|sangat|lebih|mampu|terus|segera|di[a-z]{3,}(?:kan|i))\b")
# Words that name what a message is about, not what it says: "menyampaikan soal kondisi listrik ...".
TOPIC_WORDS = frozenset({"soal", "tentang", "terkait", "mengenai", "perihal"})


def _only_the_topic(sentence: str, m: re.Match) -> bool:
    """'Pdt Arina menjelaskan terkait membership warga GMIM': a speech verb right before a topic word, no comma or
    "bahwa" between, names what the words were about, not the words; unless a comma closes the topic and what was
    said follows ("menginformasikan terkait dengan keamanan pelabuhan, tidak seperti tahun sebelumnya ...")."""
    first = WORD.match(sentence, m.end())
    return (not m.group("bahwa") and sentence[m.end("verb") : m.end("verb") + 1] != "," and first is not None
            and first.group().lower() in TOPIC_WORDS and "," not in sentence[m.end() :])


def _a_clause_delivered(sentence: str, m: re.Match) -> bool:
    """'Kepala Dinas Hairuddin menyampaikan lahan yang ada di Desa Sengayam lebih bagus': a verb of delivering
    right before a clause (one with a predicate in its first words) reports it, as "mengatakan" does; before a
    message's noun, a feeling, a topic or whom it was told ("menyampaikan terima kasih", "menyampaikan kepada"),
    it does not."""
    if m.group("verb").lower() not in DELIVERING_VERBS or m.group("bahwa") or m.group(0).rstrip().endswith("kepada"):
        return False
    first = WORD.match(sentence, m.end())
    if first is None or first.group().lower() in TOPIC_WORDS or MESSAGE.match(sentence, m.end()) \
            or FEELING.match(sentence, m.end()):
        return False
    return sentence[m.end() : m.end() + 6] in ("agar ", "supaya") or PREDICATE.match(sentence, m.end()) is not None


# What "mengakui" concedes without words: a rival's superiority, a defeat, one's deeds or mistake.
CONCEDED = re.compile(r"(?:keunggulan|kekalahan|kehebatan|perbuatan|kesalahan)(?:nya)?\b", re.I)


# Whom or what a court's ruling is about, right after "menyatakan": "majelis hakim menyatakan terdakwa bersalah".
RULED = re.compile(r"(?:para\s+)?(?:terdakwa|tergugat|penggugat|pemohon|termohon|gugatan|permohonan|eksepsi|dakwaan)\b",
                   re.I)


def _a_ruling(sentence: str, m: re.Match) -> bool:
    """'Majelis Hakim ... menyatakan terdakwa bersalah': a court declaring a party guilty or a claim rejected rules,
    it is not quoted."""
    return m.group("verb").lower() == "menyatakan" and RULED.match(sentence, m.end()) is not None


# After "jika", a comma and more words, or "maka": "jika" opens a condition ("if"), not what was said ("that").
CONDITION_GOES_ON = re.compile(r"[^.]*?(?:,\s+\w|\bmaka\b)")


# ", Sabtu (9/10/2021) ", " kepada wartawan, Kamis (13/3/14) di Pangkalan Kerinci, ": when (and where, to whom) the
# words were said, between the speaker and the verb.
DATED = re.compile(r"[^.;\"“”()]{0,60}\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)[^.;\"“”()]{0,50}")


# " (56), warga Desa Antap, yang berada di lokasi kejadian, ": an age, where the speaker lives, what they did;
# " (55) warga Desa Gisik Cemandi, Sedati ": the place may be a list, and no comma need set it off; ", asal Medan,
# Sumatera Utara, ": where the speaker comes from, likewise.
RESIDENT = re.compile(r"\s*(?:\(\d{1,3}\)\s*)?,?\s*(?:warga|asal)\s[^;.()\"“”]{1,80}?(?:,\s*yang\s[^,;]{1,80})?,?\s*")
# " (38) pedagang di Pasar Induk Kajen ": an age, then the speaker's occupation and where they work.
OCCUPATION_WORDS = "|".join(sorted(OCCUPATIONS))
AGED_OCCUPATION = re.compile(r"\s*\(\d{1,3}\)\s*,?\s*(?:" + OCCUPATION_WORDS + r")\b[^,;()]{0,50}?,?\s*")
# ", pengepul karet di desa itu ", " (63), salah seorang petani Desa Medali, Kecamatan Puri, ": an occupation and
# where it is practised, apposed between commas.
APPOSED_OCCUPATION = re.compile(r"\s*(?:\(\d{1,3}\)\s*)?,\s*(?:salah\s+(?:seorang|satu)\s+)?(?:"
                                + OCCUPATION_WORDS + r")\b[^;()\"“”.]{0,80}?,?\s*")


def _office_apposed(between: str) -> bool:
    """", Kepala Bidang Usaha dan Teknologi Dinas Perikanan Kabupaten Kepulauan Mentawai, ": the speaker's
    office between commas, before the speech verb."""
    comma = re.match(r"\s*,\s*", between)
    office = _office_at(between, comma.end(), len(between)) if comma else None
    return office is not None and office.end() == len(between)


def _office_at(text: str, start: int, end: int) -> re.Match | None:
    """An office written out at ``start`` and closed by a comma: "Wakil Menteri Dalam Negeri, "."""
    office = OFFICE_APPOSED.match(text, start, end)
    return office if office and office.group("head").casefold() in HEADS else None


# Academic degrees written after a name: "Supriyanto, S.E., M.M yang ...".
DEGREES = r"(?:\s*,\s*[A-Z][A-Za-z]{0,3}(?:\.[A-Za-z]{1,4})*\.?)*"
# "X salah satu petugas Dinkes saat dikonfirmasi mengatakan, ...", "X saat pimpin rapat menuturkan, ...":
# between the speaker and the verb, at most a short description and the occasion the words were said on.
OCCASION = re.compile(r"\s*,?\s*(?:[^,;.]{0,60}?\s)?(?:saat|ketika|usai|seusai|waktu|kala)\s+\w+(?:\s+[^,;.\s]+){0,4}\s*,?\s*$")


def _office_holder(view: DocView, place: Ent, verb: int) -> Ent | None:
    """"Bupati Kapuas mengatakan", "Dirut RSU Panyabungan mengaku": a place or body right after a title is
    the office's; the speaker is the person the article named with that title."""
    if verb - place.end > 3:
        return None
    # "Asisten II Setda Provinsi Bengkulu menyebut": the office's head a few capitalised words before the place
    words = list(WORD_BEFORE.finditer(view.text, max(0, place.start - 60), place.start))[::-1][:5]
    for word in words:
        if word.group().lower() in HEADS:
            return _title_holder(view, view.text[word.start() : verb], word.start())
        if not word.group()[:1].isupper() or view.text[word.end() : word.end() + 1] in ",.":
            return None
    return None


WORD_BEFORE = re.compile(r"[\w-]+")
# Capitalised words, then at most four lower-case ones: the title part of "Kajari disela-sela pemusnahan".
TITLE_THEN_LOWER = re.compile(r"\s*((?:[A-Z][\w.-]*\s+)+?)(?:[a-z][\w-]*\s+){1,4}")


def _titled_subject(view: DocView, subject: str, before: int) -> Ent | None:
    """"Wali Kota menegaskan bahwa ...": a subject that is only a title is the person the article
    named with that title ("Wali Kota Ambon, Bodewin Wattimena"). The title may follow an opening phrase and a comma
    ("Dalam arahannya, Dandim meminta agar ...") and have a few lower-case words after it, an adverb or the occasion
    ("Dandim juga menjelaskan bahwa", "Kajari disela-sela pemusnahan mengatakan, ...")."""
    subject = subject.rsplit(",", 1)[-1]
    if (trailing := TITLE_THEN_LOWER.fullmatch(subject)) is not None:
        subject = trailing.group(1)
    words = subject.split()
    if not (1 <= len(words) <= 4 and _an_office(subject) and all(w[:1].isupper() for w in words)):
        return None
    return _title_holder(view, subject, before)


def _reported_cue_after(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"..., kata X" / "..., menurut X": the words before the comma."""
    m = re.search(r",\s+(kata|ujar|ucap|tutur|ungkap|jelas|tulis|menurut)\s+([\w-]+)", sentence)
    if not m or m.start() <= 10:
        return None
    following = m.group(2)
    if not (following[:1].isupper() or following.lower() in PERSON_PRONOUNS or following.lower() in HEADS):
        return None  # ", jelas menunjukkan ...": "jelas" is "clearly" here, not "explained"
    speaker, _, _ = _attribute_after(view, s_start + m.start())
    if not speaker:
        return None
    named_end = speaker.end
    if speaker.start < s_start + m.start(2):  # "kata Tony": the earlier "Yoyon Tony Surya Putra"
        if following.lower() not in view.text[speaker.start : speaker.end].lower().split():
            return None
        named_end = s_start + m.end(2)
    start = _clause_start(view, s_start, s_start + m.start())
    after = re.match(r"\s*,\s+", view.text[named_end:end])
    if after and end - (named_end + after.end()) > 2 * (s_start + m.start() - start):
        # "Selama diinterogasi, kata Tony, kedua orang itu mengaku ...": the cue interrupts the words
        return QuoteSpan(named_end + after.end(), end, (speaker.start, speaker.end), m.group(1), False)
    return QuoteSpan(start, s_start + m.start(), (speaker.start, speaker.end), m.group(1), False)


# A cue before the speaker's name: "kata Rusli, ...", "Lanjut Kasim, ...", "Dikatakan Bene, ..." (passive, PASSIVE_CUES).
# "kata" anywhere ("Secara umum kata Rusli, ..."); the others only opening the sentence, where the words
# after the name are the ones reported ("Hal itu diungkapkan X, ..." reports what came before).
# "Seperti dikatakan Suban, ...", "Diakui Bupati X bahwa ...", "Dikatakan Laisani lagi, ...": the passive cue may
# follow "seperti", and "bahwa" instead of a comma may end the name, an adverb ("lagi", "juga") stand after it.
CUE_BEFORE = re.compile(
    r"(?:(?:^|\s)([Kk]ata|[Uu]jar|[Tt]utur)|(?:^\s*|,\s+|^\s*[Ss]eperti\s+(?:yang\s+)?)((?i:"
    + "|".join(sorted(CUES - {"kata", "ujar", "tutur"})) + r")"
    r"|[Dd]i(?:" + PASSIVE_CUES + r")))"
    r"\s+([^,]{2,60}?)(?:\s+(?:lagi|juga|pula))?(?:,\s+(?:bahwa[,:]?\s+)?|\s+bahwa[,:]?\s+)"
)


def _reported_cue_before(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"Secara umum kata Rusli, meningkatnya pasien ...": a speech cue and a name, then the words."""
    m = CUE_BEFORE.search(sentence)
    if not m:
        return None
    at = s_start + m.start(3)
    names = view.ents_between(at, s_start + m.end(3), PERSON_OR_ORG)
    if not names and m.group(3).split()[0].lower() in HEADS:  # "Kata Direktur, ...": the one named with that title
        names = [holder] if (holder := _title_holder(view, m.group(3), at)) else []
    elif len(names) != 1 or names[0].end != s_start + m.end(3) or not (
            _only_ranks(before := view.text[at : names[0].start])
            or names[0].label == PER and _an_office(before) and before.istitle()):  # "Diakui Bupati Pohuwato X bahwa"
        return None
    if len(names) != 1 or end <= s_start + m.end():
        return None
    speaker = view.fullest(names[0])
    cue = (m.group(1) or m.group(2)).lower()
    start = s_start + m.end()
    if len(sentence[: m.start()].split()) >= 4:
        start = _clause_start(view, s_start, end)  # "Setelah ditetapkan sebagai tersangka, lanjut X, ...": one statement
    return QuoteSpan(start, end, (speaker.start, speaker.end), cue, False)


# "Dikatakan Suarma hingga Selasa ...", "Kata Kabag Ops untuk situasi ...": opening a sentence, a cue's name may
# run straight into the words it reports, with no comma; the name ends where the capitals do. Not when the next
# word tells the occasion or the one spoken to ("Kata Bupati Budi saat membuka ..., ...": the words come later).
CUE_BEFORE_UNPUNCTUATED = re.compile(
    r"^\s*(?:[Ss]eperti\s+(?:yang\s+)?)?(?P<cue>[Kk]ata|[Uu]jar|[Tt]utur|[Dd]i(?:" + PASSIVE_CUES + r"))"
    r"\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){1,5}?)"
    r"(?!(?:" + "|".join(OCCASION_WORDS + ("dalam", "di", "pada", "yang", "dan", "lagi", "juga", "pula", "bahwa"))
    + r")\b)(?=[a-z])"
)


def _reported_cue_before_unpunctuated(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"Dikatakan Suarma hingga Selasa siang tercatat ...": a sentence-opening cue, a name, then the words."""
    m = CUE_BEFORE_UNPUNCTUATED.match(sentence)
    if not m:
        return None
    at, name_end = s_start + m.start("name"), s_start + m.start("name") + len(m.group("name").rstrip())
    names = view.ents_between(at, name_end, PERSON_OR_ORG)
    if not names and m.group("name").split()[0].lower() in HEADS:
        names = [holder] if (holder := _title_holder(view, m.group("name"), at)) else []
    elif len(names) != 1 or names[0].end != name_end or not _only_ranks(view.text[at : names[0].start]):
        return None
    if len(names) != 1 or end <= s_start + m.end():
        return None
    speaker = view.fullest(names[0])
    return QuoteSpan(s_start + m.end(), end, (speaker.start, speaker.end), m.group("cue").lower(), False)


def _only_ranks(words: str) -> bool:
    """Nothing, or only ranks and titles: "Kompol" before the name in "Kata Kompol Junan, ..."."""
    return all(word.lower().rstrip(".") in RANKS | HONORIFICS for word in words.split())


def _reported_source_after(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"..., Reuters melaporkan (pada 4 September)": a named source after the words it reports."""
    for m in re.finditer(r",\s+", sentence):
        at = s_start + m.end()
        source = next((e for e in view.ents if e.start == at and e.label in PERSON_OR_ORG), None)
        if source is None:
            continue
        verb = WORD.match(view.text, source.end + 1)
        if not verb or verb.group().lower() not in CLAUSE_VERBS:
            continue
        rest = view.text[verb.end() : end].strip()
        if rest and not (TRAILER.match(rest) and len(rest.split()) <= 8):
            continue  # the verb has its own object: "X, Y melaporkan bahwa ..." is another pattern
        start = _clause_start(view, s_start, s_start + m.start())
        if s_start + m.start() - start > 15:
            return QuoteSpan(start, s_start + m.start(), (source.start, source.end), verb.group(), False)
    return None


def _reported_menurut(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"Menurut X, ..." (also "Menurut kantor berita Rusia, TASS, ...": the apposed name; "Namun menurut X, ...")."""
    m = ACCORDING_TO_CLAUSE.match(sentence)
    if not m:
        return None
    clause_start = s_start + m.end()
    found = view.ents_between(s_start + m.start(2), clause_start, PERSON_OR_ORG)
    if (source := _source_with_commas(view, s_start + m.start(2), end)) is not None:
        found, clause_start = [source[0]], source[1]
    elif apposed := re.match(r"([^,]{1,40}),\s*", view.text[clause_start:end]):
        names = view.ents_between(clause_start, clause_start + apposed.end(1), PERSON_OR_ORG)
        # "Menurut Kasat Reskrim, Kompol X, ...": the holder's rank may stand before the apposed name
        whole = len(names) == 1 and _only_ranks(view.text[clause_start : names[0].start])
        if whole and names[0].end == clause_start + len(apposed.group(1).rstrip()):
            found, clause_start = names, clause_start + apposed.end()
    if office := _office_at(view.text, clause_start, end):  # "Menurut X, Wakil Menteri Dalam Negeri, ..."
        clause_start = office.end()
    elif described := DESCRIBED_PERSON.match(view.text, clause_start, end):  # "Menurut X, warga Desa Y, ..."
        clause_start = described.end()
    speaker = ([e for e in found if e.label == PER] or found or [None])[0]
    if not speaker or end <= clause_start or _own_speaker(view, clause_start, end):
        return None
    return QuoteSpan(clause_start, end, (speaker.start, speaker.end), m.group(1), False)


def _source_with_commas(view: DocView, at: int, end: int) -> tuple[Ent, int] | None:
    """"Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), ...": a source whose name holds commas, with its
    bracketed acronym; the source and where the words reported start."""
    ent = view.ent_at(at)
    if ent is None or ent.start != at or ent.label not in PERSON_OR_ORG or "," not in ent.text:
        return None
    after = re.match(r"\s*(?:\([^()]{1,15}\))?\s*,\s*", view.text[ent.end : end])
    return (ent, ent.end + after.end()) if after else None


def _own_speaker(view: DocView, start: int, end: int) -> bool:
    """"Menurut Xinhua, Sekretaris Jenderal PBB Antonio Guterres menyerukan ...": the clause names a person
    (after at most a title) who does something (a meN- verb): what follows is that person's, not the source's."""
    people = view.ents_between(start, end, (PER,))
    if not people or len(view.text[start : people[0].start].split()) > 4:
        return False
    return re.match(r"\s+me[a-z]{3,}\b", view.text[people[0].end : end]) is not None


# ", warga Kecamatan Abeli, ", ", sapaan akrab X, ": where the one named lives, or the name they go by, between
# commas after the name; "warga" before a place's capital or its level word, not "warga" as the subject ("warga diminta").
DESCRIBED_PERSON = re.compile(r"(?:warga\s+(?:[A-Z]|(?:desa|kelurahan|kecamatan|kampung|dusun|jalan|jl)\b)|sapaan\s|panggilan\s)"
                              r"[^,;.]{1,60},\s*")
# "Wakil Menteri Dalam Negeri, ": an office between commas after the speaker's name (its words capitalised).
OFFICE_APPOSED = re.compile(r"(?:Wakil\s+)?(?P<head>[A-Z][\w.]*)(?:\s+(?:[A-Z][\w.()/-]*|dan|&))*,\s*")
# What may follow a source named after its words: ", Tass melaporkan pada Senin."
TRAILER = re.compile(r"(,|pada|dalam|di|seperti|kepada|saat|kemarin|hari)\b")
# "Seperti penuturan X, ...": an account named by a noun before its teller.
ACCOUNT = re.compile(r"\s*(?:[Ss]eperti|[Ss]esuai|[Mm]enurut)\s+(?:penuturan|keterangan|penjelasan|pengakuan)\s+")
# "Jumat (11/12/20) siang, ": a day and time between commas, no words of the account.
DAY_PHRASE = re.compile(r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b[^,]{0,30},\s+")


def _reported_account(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"Seperti penuturan X (34), penjual sayuran ... mengatakan, harga ...", "Seperti penuturan X kepada
    wartawan, Jumat (11/12) siang, kedua tersangka ...": the first person after the noun told what follows
    its speech verb, or the words after the commas that close the person's description and the day."""
    m = ACCOUNT.match(sentence)
    people = view.ents_between(s_start + m.end(), end, (PER,)) if m else []
    if not people:
        return None
    speaker = people[0]
    verb = REPORTED.search(view.text, speaker.end, end)
    if verb is not None:
        start = verb.end()
    else:
        comma = re.compile(r",\s+").search(view.text, speaker.end, end)
        if comma is None:
            return None
        start = comma.end()
        while (day := DAY_PHRASE.match(view.text, start, end)) is not None:
            start = day.end()
    if len(WORD.findall(view.text[start:end])) < 3:
        return None
    return QuoteSpan(start, end, (speaker.start, speaker.end), "penuturan", False)


AS_SAID = re.compile(r",\s+seperti\s+(?:yang\s+)?(di(?:akui|katakan|ungkapkan|sampaikan|jelaskan|tuturkan))\s+")


def _reported_as_said(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"Hal itu berpengaruh ..., seperti diakui penyerang Persija Rachmat Afandi.": the words before."""
    m = AS_SAID.search(sentence)
    if m is None or m.start() <= 10:
        return None
    speaker = _speaker_after_cue(view, s_start + m.end(1), end + 1, s_start + m.start())
    if speaker is None or speaker.label != PER:
        return None
    start = _clause_start(view, s_start, s_start + m.start())
    return QuoteSpan(start, s_start + m.start(), (speaker.start, speaker.end), m.group(1), False)


# "X. Hal itu disampaikan Kepala Dinas Y, Senin.": a sentence (or a clause after a comma) that says only who told
# what came before it.
TOLD_BEFORE = re.compile(
    r"(?:^\s*|(?P<comma>,)\s+)(?:[Hh]al|[Ii]nformasi|[Pp]enjelasan|[Kk]eterangan|[Pp]ernyataan)\s+(?:itu|ini|tersebut)"
    r"\s+(?:juga\s+)?(?P<cue>di(?:" + PASSIVE_CUES + r"|utarakan|ucapkan))\s+(?:langsung\s+)?(?:oleh\s+)?")


def _reported_before_told(view: DocView, s_start: int, sentence: str, end: int) -> QuoteSpan | None:
    """"Enam desa terdampak banjir. Hal itu diungkapkan Kepala BPBD X.": the words before are X's: the clause
    before the comma, the sentence before, or, when this sentence opens a paragraph, the paragraph before (a
    lead), never the headline."""
    m = TOLD_BEFORE.search(sentence)
    if m is None:
        return None
    speaker = _speaker_after_cue(view, s_start + m.end(), end + 1, s_start + m.start())
    if speaker is None or speaker.label == LOC or speaker.label != PER and _an_office(sentence[m.end() :]):
        return None  # "Hal ini diungkapkan Sekretaris PT X": an office unnamed, whose body does not speak
    if m.group("comma"):
        start, stop = s_start, s_start + m.start()
    else:
        index = view.sentence_of(s_start)
        opening = view.text.rfind("\n", 0, s_start) + 1
        if index == 0 or opening <= view.text.find("\n"):
            return None
        if not view.text[opening:s_start].strip():  # it opens a paragraph: the paragraph before
            start = view.text.rfind("\n", 0, opening - 1) + 1
            if start <= view.text.find("\n"):
                return None  # the paragraph before is the headline
        else:
            start = view.sentences[index - 1][0]
        stop = s_start
    start = _clause_start(view, start, stop)
    stop = start + len(view.text[start:stop].rstrip().rstrip(".!?,"))
    if len(WORD.findall(view.text[start:stop])) < 3:
        return None
    return QuoteSpan(start, stop, (speaker.start, speaker.end), m.group("cue"), False)


REPORTED_PATTERNS = (
    _reported_account, _reported_as_said, _reported_cue_after, _reported_source_after, _reported_verb, _reported_menurut,
    _reported_cue_before, _reported_cue_before_unpunctuated,
    _reported_before_told,
)


# Speech verbs whose "-nya" form names the speaker: "Lanjutnya, ...", "katanya", "Dijelaskannya, ...".
NYA_STEMS = ("kata", "ujar", "ucap", "tutur", "tambah", "ungkap", "jelas", "imbuh", "sebut", "terang", "tegas", "lanjut",
             "sambung")
# Those still a cue inside a clause before a comma (NYA_BARE): there "jelasnya", "tegasnya", "terangnya" read as
# adverbs ("yang jelasnya, ..."); "katanya" has its own form there.
NYA_STEMS_INSIDE = ("lanjut", "tambah", "sambung", "imbuh", "ujar", "tutur", "ungkap")
NYA_CUES = (r"(?:[Dd]i)?(?:" + "|".join(f"[{s[0].upper()}{s[0]}]{s[1:]}" for s in NYA_STEMS) + r")(?:kan)?nya"
            r"|[Dd]iakuinya"
            r"|(?<![\w,] )[Dd]i(?:katakan|sebutkan|jelaskan|tambahkan|ungkapkan|sampaikan|tegaskan)(?=,)")  # "Dikatakan, ..."

# "Lebih lanjut katanya ...", "Karena itu dia mengingatkan ...": connectives that may open such a sentence.
CONNECTIVE = r"(?:[Ll]ebih lanjut|[Ss]elain itu|[Ss]ementara itu|[Kk]arena itu|[Uu]ntuk itu)"
# The subject of a sentence's speech verb that goes on with the one speaking: "Ia menambahkan", "Lebih lanjut
# dirinya menjelaskan", "Dia pun mengatakan".
PRONOUN_SUBJECT = re.compile(
    r"\s*(?:" + CONNECTIVE + r",?\s+)?(?:[Ii]a|[Dd]ia|[Bb]eliau|[Dd]irinya)"
    r"(?:\s+(?:pun|juga|lalu|kemudian|kembali|lantas|sempat|hanya))*\s*")
PRONOUN_REPORT = re.compile(
    r"(?:^|,\s+|\b" + CONNECTIVE + r",?\s+)(?:(?:[Dd]ia|[Ii]a|[Bb]eliau|[Pp]ihaknya|[Dd]irinya)(?:pun)?\s+"
    r"(?:(?:hanya|juga|pun|lalu|kemudian|sempat|kembali|lantas)\s+)?(?:(?P<verb>"
    + "|".join(sorted(CLAUSE_VERBS - NOT_REPORTED_SPEECH, key=len, reverse=True))
    + r")(?:(?:\s+[\w-]+,?){0,4}?\s+bahwa(?:san?nya)?)?,?\s+|(?P<said>"
    + "|".join(sorted(SPEECH_VERBS - CLAUSE_VERBS - NOT_REPORTED_SPEECH, key=len, reverse=True))
    + r")(?:(?:\s+[\w-]+){0,2}?\s+(?:bahwa\s+|(?=(?:agar|supaya)\s))|(?:\s+bahwa)?,\s+))"  # "ia menyampaikan harapannya agar"
    r"|(?P<menurut>[Mm]enurut(?:nya|\s+dia|\s+ia|\s+beliau)),\s+|(?P<kata>(?:[Kk]ata|[Ll]anjut|[Tt]ambah|[Uu]jar|[Tt]utur|[Dd]isebutkan)\s+(?:dia|beliau)),?\s+"  # "Lanjut dia, ..."
    r"|^\s*(?P<opening>Menurut(?:nya|\s+dia|\s+ia|\s+beliau))\s+(?=[a-z])"  # "Menurutnya kenaikan harga ..."
    r"|^\s*(?:" + CONNECTIVE + r"\s+|[A-Z]\w+,\s+)?(?P<nya>" + NYA_CUES + r")(?:\s+(?:pula|juga|lagi))?,?\s+)"
)
# "Kejaksaan, katanya, harus ...", "..., sambung dia, ...": a cue with "-nya" or a pronoun between commas inside
# the sentence; the whole sentence is what was said, unless only connectives stand before the cue ("Saat ini,
# katanya, BPBD masih mencari ...": what was said starts after it; ``_only_connectives``). After one word
# ("Sedangkan, tambahnya, ...") the cue opens the sentence (PRONOUN_REPORT).
NYA_INSIDE = re.compile(r"^\s*[^,\s]+\s[^,]{1,78},\s+(?P<nya>" + NYA_CUES + r"|(?:" + "|".join(sorted(CUES)) + r")\s+(?:dia|ia|beliau)),\s+\S")
# "Jumlah koperasi di Sulteng menurutnya tercatat ...": "menurutnya", "katanya" or "kata dia" inside the clause,
# unmarked ("Masyarakat kata dia masih terbiasa ...", "Untuk transaksi non tunai kata dia, yang paling ..."), or
# another cue with "-nya" before a comma ("Alasan utama penghargaan lanjutnya, karena ...").
NYA_BARE = re.compile(r"^\s*\S[^\"“”]{2,160}?\s(?P<nya>menurutnya|katanya|kata\s+(?:dia|ia|beliau)"
                      r"|(?:" + "|".join(NYA_STEMS_INSIDE) + r")nya(?=,)),?\s+\w")
MAX_PRONOUN_DISTANCE = 3  # sentences between the speaker's last words and "Dia mengatakan, ..."
# "Suami Zakia Adya Mecca ini mencontohkan ...", "Eks Direktur Teknik Bhayangkara FC ... itu pun mengatakan", "Mantan
# Dekan Fakultas Hukum Unram ini juga menjelaskan":
# a subject described with a demonstrative is the person the article is talking about, not a name inside it.
DESCRIBED_SUBJECT = r"\s*(?:[\w.-]+\s+){1,12}?(?:ini|itu|tersebut)(?:\s+(?:pun|juga|pula))?\s+"


def _described_subject(before: str, cue: str) -> bool:
    """Does the sentence open with a described subject right before its speech verb ``cue``?"""
    return re.match(DESCRIBED_SUBJECT + re.escape(cue) + r"\b", before) is not None


def _reported_pronoun(
    view: DocView, s_start: int, sentence: str, end: int, last: tuple[int, int]
) -> QuoteSpan | None:
    """"Dia mengatakan, ...", "Menurutnya, ...", "Kata dia, ...": ``last`` (who spoke last, nearby) said it."""
    inside = NYA_INSIDE.match(sentence)
    m = None if inside else PRONOUN_REPORT.search(sentence)
    if not inside and not m:
        inside = NYA_BARE.match(sentence)  # the unmarked cue only when no other form reads the sentence
    if inside:
        start = _clause_start(view, s_start, end)
        if _only_connectives(view.text[start : s_start + inside.start("nya")]):
            start = s_start + inside.end("nya") + len(re.match(r",?\s*", sentence[inside.end("nya"):]).group())
        return QuoteSpan(start, end, last, inside.group("nya").lower(), False)  # "Kendati demikian, lanjut dia, ..."
    if not m:
        return None
    cue = m.group("verb") or m.group("said") or m.group("menurut") or m.group("kata") or m.group("opening") \
        or m.group("nya")
    start = s_start + m.end()
    if m.group("nya") and not _only_connectives(sentence[: m.start("nya")]):
        start = _clause_start(view, s_start, end)  # "Kejaksaan, katanya, harus ...": the subject is what was said
    return QuoteSpan(start, end, last, cue.split()[0].lower(), False)


def _only_connectives(words: str) -> bool:
    """Are ``words`` (before a cue inside a sentence) only connectives ("Sedangkan,", "Kendati demikian,") or an
    adverbial that sets the scene ("Dari hasil penggerebekan,", "Saat didekati,", "Akibatnya,"), no part of what
    was said? The gold's annotators start what was said after the cue there three times in four."""
    found = re.findall(r"[\w-]+", words.lower())
    return all(w in STOP_WORDS or w in SUBORDINATORS for w in found) or bool(found) and (
        found[0] in SCENE_OPENERS or len(found) == 1 and found[0].endswith("nya"))


# Words that open an adverbial of time or place before the subject ("Dari informasi itu, lanjut dia, ...", "Saat
# didekati, kata dia, ..."); not of cause or purpose ("Karena ...", "Untuk ..."), which argue what was said.
SCENE_OPENERS = frozenset(
    "dari di pada usai seusai setelah sesudah sebelum ketika saat sejak selama sambil berdasarkan".split()
)


def _still_the_speaker(view: DocView, last: tuple[int, tuple[int, int]], index: int) -> bool:
    """Can "Menurutnya, ..." in sentence ``index`` mean ``last`` (sentence, speaker)? Within a few
    sentences always; further on only while nobody else has been named since (a flood report's
    speaker, then four sentences of villages and water levels, then "Menurutnya, ...")."""
    if index - last[0] <= MAX_PRONOUN_DISTANCE:
        return True
    since = view.sentences[last[0]][1]
    here = view.sentences[index][0]
    return not view.ents_between(since, here, (PER,))


def find_reported(view: DocView, direct: list[QuoteSpan]) -> list[QuoteSpan]:
    """Reported speech with an explicit speaker, in sentences holding no direct quote; a pronoun
    speaker ("Dia mengatakan, ...") is the one who spoke last (see ``_still_the_speaker``)."""
    quoted = {view.sentence_of(q.start) for q in direct} | {view.sentence_of(q.end) for q in direct}
    spoke = sorted((view.sentence_of(q.end), q.speaker) for q in direct if q.speaker)
    result = []
    for index, (s_start, s_end) in enumerate(view.sentences):
        if index in quoted:
            s_end = _words_before_quote(view, direct, s_start, s_end)
            if s_end is None:
                continue
        sentence = view.text[s_start:s_end]
        end = s_start + len(sentence.rstrip().rstrip(".!?"))
        found = next((f for pattern in REPORTED_PATTERNS if (f := pattern(view, s_start, sentence, end))), None)
        if found is not None and found.start < s_start and (
                any(view.sentence_of(found.start) <= i < index for i in quoted) or result and result[-1].end > found.start):
            found = None  # the words before, told by this sentence, are already someone's
        last = max(((i, who) for i, who in spoke if i < index), default=None)
        if found is not None and found.speaker and last is not None and index - last[0] <= MAX_PRONOUN_DISTANCE \
                and _described_subject(view.text[s_start : found.start], found.cue):
            found = found._replace(speaker=last[1])  # "Suami Zakia ini mencontohkan ...": the one talked about
        if found is None:
            last = max(((i, who) for i, who in spoke if i < index and _a_person(view, who)), default=None)
            named = view.previous_person(s_start)
            if named is not None and last is not None and view.sentence_of(named.start) == index - 1 > last[0]:
                last = None  # "Hal yang sama diakui Ida (30), ... Dikatakannya, ...": the person just named
            if last is not None and _still_the_speaker(view, last, index):
                found = _reported_pronoun(view, s_start, sentence, end, last[1])
            elif named is not None and view.sentence_of(named.start) >= index - 1:
                found = _reported_pronoun(view, s_start, sentence, end, (named.start, named.end))  # just named
            elif (holder := _titled_opening(view, index - 1)) is not None:
                found = _reported_pronoun(view, s_start, sentence, end, (holder.start, holder.end))
        if found is not None and not _too_short(view.text[found.start : found.end]):
            result.append(found)
            if found.speaker:
                spoke.append((index, found.speaker))
    return result


TITLE_OPENING = re.compile(r"\s*((?:[A-Z][\w.]*\s+){1,4})(?=[a-z])")


def _titled_opening(view: DocView, index: int) -> Ent | None:
    """"Pj Bupati membacakan pidato ... . Ia menuturkan, ...": the sentence before names its subject by a title
    only; "ia" is the person the article named with that title."""
    if index < 0:
        return None
    s_start, s_end = view.sentences[index]
    m = TITLE_OPENING.match(view.text, s_start, s_end)
    return _titled_subject(view, m.group(1), s_start) if m else None


def _too_short(said: str) -> bool:
    """Is a reported clause one word ("pikir-pikir", "perbuatannya"), or two that open with a capital, an opening
    phrase or a name ("Dalam arahannya", "Sementara itu", "Bupati Pandeglang"), not what was said? Two words in
    lower case may be ("belum bisa")."""
    words = WORD.findall(said)
    return len(words) < 2 or len(words) == 2 and words[0][:1].isupper()


def _a_person(view: DocView, span: tuple[int, int]) -> bool:
    """Is the speaker at ``span`` a person? "Dia", "katanya" go on with a person's words, never a body's
    ("Bank Indonesia meminta ... Masyarakat kata dia ...": the bank's official, not the bank)."""
    ent = view.ent_at(span[0])
    return ent is None or ent.label == PER


# Words of a sentence before its direct quote that can hold a reported clause of their own.
MIN_WORDS_BEFORE_QUOTE = 8


def _words_before_quote(view: DocView, direct: list[QuoteSpan], s_start: int, s_end: int) -> int | None:
    """Where a sentence's own words end when a direct quote follows them without a sentence break
    ("X mengatakan kedatangan massa ... “Kami datang ...,” ucap X."): at the quote's opening mark.
    None when the sentence opens inside a quote or holds too few words before it."""
    if any(q.start <= s_start < q.end or q.start - 2 <= s_start <= q.start for q in direct):
        return None
    first = min((q.start for q in direct if s_start < q.start < s_end), default=None)
    if first is None:
        return None
    before = QUOTE_MARK.sub("", view.text[s_start:first]).rstrip()
    if len(WORD.findall(before)) < MIN_WORDS_BEFORE_QUOTE:
        return None
    return s_start + len(before)


class QuoteFinder:
    """Sets ``doc._.kg_quotes``: a list of ``QuoteSpan`` (character offsets).

    add_names (bool): add names the NER missed next to speech verbs to ``doc.ents`` (``kg.nlp.names``).
    """

    def __init__(self, nlp: Language, name: str, *, add_names: bool = True) -> None:
        self.name = name
        self.add_names = add_names

    def __call__(self, doc: Doc) -> Doc:
        if self.add_names and add_speaker_names(doc, CUES, CLAUSE_VERBS):
            from kg.nlp.entities import propagate_names

            propagate_names(doc)  # "Camat Loa Janan, Mastukah, ..." before "Menurut Mastukah, ..."
        view = DocView(doc)
        view.quoted = quote_marks(view.text)
        direct = find_direct(view)
        found = direct + find_reported(view, direct)
        doc._.kg_quotes = sorted((q for q in found if not _the_outlet_reports(doc, q)), key=lambda q: q.start)
        return doc


def _the_outlet_reports(doc: Doc, quote: QuoteSpan) -> bool:
    """"JURNAL SUMBAR menyebutkan ...", "Pelita.co melaporkan, ...", "Media ini melaporkan, ..." (this outlet):
    the article's own outlet telling what it found is the article's narration, no one's words."""
    if THIS_OUTLET_REPORTS.search(doc_text(doc), max(0, quote.start - 40), quote.start):
        return True
    speaker = doc.char_span(*quote.speaker, alignment_mode="expand") if quote.speaker else None
    return speaker is not None and names_the_outlet(doc, speaker)


THIS_OUTLET_REPORTS = re.compile(r"\b[Mm]edia\s+ini\s+(?:[\w-]+\s+)?[\w-]+\s*,?\s*$")  # "Media ini melaporkan, "


@Language.factory(
    "kg_quotes",
    default_config={"add_names": True},
    assigns=["doc._.kg_quotes", "doc.ents"],
    requires=["doc.ents", "token.is_sent_start"],
)
def make_quotes(nlp: Language, name: str, add_names: bool) -> QuoteFinder:
    """Create the quotation finder.

    add_names (bool): also add speaker names the NER missed to ``doc.ents``.
    RETURNS (QuoteFinder): the component.
    """
    return QuoteFinder(nlp, name, add_names=add_names)
