"""Name normalisation shared by entity resolution: case, hyphens, titles, acronyms.

Pure string functions (cached), so the same surface form always gives the same key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from kg.link import COUNTRY, link_place
from kg.records import ORG, PER, Mention
from kg.words import BODY_WORDS

# Malaysian honorifics before a name ("Tan" opens one only with "Sri": it is a surname too).
_MALAY_HONORIFICS = frozenset({"tan", "tun", "dato", "datuk"})
_TITLES = frozenset(
    "presiden wakil wapres menteri menlu mendagri menhan perdana pm pak bu bapak ibu tuan nyonya kak kakak mbak mas bang "
    "mama paman om tante opa oma "
    "nona saudara sdr jenderal jend letjen mayjen brigjen marsekal laksamana kolonel kapten "
    "gubernur bupati walikota wali ketua kepala raja ratu pangeran syekh sheikh kh habib "
    "ustaz ustadz dr prof ir drs hj h mr mrs ms sir president minister duta dubes jubir juru "
    "sekretaris sekjen direktur dirut panglima kanselir kaisar paus pemimpin mantan eks menko wamen "
    "kapolri kapolda kapolres komandan jaksa hakim senator".split()
)
# Words that continue a title ("Menteri Luar Negeri ...") and are never the start of a name.
_TITLE_TAIL = frozenset(
    "luar dalam negeri pertahanan keuangan kota besar umum bicara utama kabinet agung staf gabungan".split()
)
_POSSESSIVE = re.compile(r"(?:[-\u2010\u2011]nya|['\u2019]s)$", re.IGNORECASE)
_DASHES = re.compile(r"[-\u2010-\u2015_/]")
_PUNCT = re.compile(r"[^\w\s]")
_COMPANY_FORM = re.compile(r"^(?:PT|CV|Perum)\.?\s+|\s*\(Persero\)|,?\s+Tbk\.?$", re.IGNORECASE)
_HEADQUARTERS = re.compile(r"^Ma(?:pol(?:sek|res|resta|restabes|da)|kodim|korem|kodam|koramil|kopassus)\b", re.I)
_METRO = re.compile(r"^(Pol(?:res|resta|sek))\s+Metro\s+(?=\S)", re.I)
# A court's, prison's or office's class: "Pengadilan Negeri Kelas IA Khusus Palembang" is "Pengadilan Negeri Palembang".
_CLASS = re.compile(r"\s+(?:Kelas|Klas)\s+(?:I{1,3}|IV|[1-4])(?:\s?[AB])?(?:\s+Khusus)?(?=\s|$)", re.IGNORECASE)
PAREN = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[^()]+)\)\s*$")  # "Long Name (ACR)"
# A state school's "N" for "Negeri": "SMAN 1 Bulukumba", "SMA N 1 Bulukumba" and "SMA Negeri 1 Bulukumba" are one school.
_STATE_SCHOOL = re.compile(r"^(sma|smp|sd|smk) ?n(?= |$)")
_DOMAIN = re.compile(r"(?<=\w)\s?\.\s?(?:co\.id|or\.id|go\.id|ac\.id|com|co|id|net|org|tv|news)$", re.IGNORECASE)
_WWW = re.compile(r"^www\.(?=\w)", re.IGNORECASE)


@lru_cache(maxsize=131072)
def bracketed_after(text: str, name: Mention, short: Mention) -> bool:
    """Is ``short`` written in brackets right after ``name`` ("Badan Pengawas Pemilu (Bawaslu)"), not after a
    line or a sentence's end ("... di Istana Bogor" ending a headline, "pelatih Ayam Kinantan. PSMS berencana")?"""
    return text[name.end : short.start].strip() == "("


@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """Case-fold, unify hyphens and spaces, drop punctuation and possessive "-nya"/"'s" (cached: the short-form
    rules compare every candidate word with every name an article writes in full)."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _POSSESSIVE.sub("", text)
    return _STATE_SCHOOL.sub(r"\1 negeri", " ".join(_PUNCT.sub("", _DASHES.sub(" ", text.casefold())).split()))


# The old (pre-1972) Indonesian spelling and the new one: "Widjajanto" = "Wijayanto", "Soekarno" =
# "Sukarno", "Tjahjo" = "Cahyo", "Chairul" = "Khairul". Names keep either, often both in one text.
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "kh"), ("kh", "h"), ("j", "y"))
# A name's last "i" after a consonant is often written "y" ("Dedy", "Hendry", "Rudy"): the same name.
_FINAL_Y = re.compile(r"(?<=[^aeiouy])y$")


@lru_cache(maxsize=65536)
def spelling_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens with the old spelling mapped to the new, for comparing two spellings of one name; a
    doubled letter written once ("Muhammad" / "Muhamad", "Johnny" / "Johny") and "v" as "f" ("Ervan" /
    "Erfan", "Irvan" / "Irfan"), as names are written both ways."""
    key = []
    for token in tokens:
        for old, new in _OLD_SPELLING:
            token = token.replace(old, new)
        token = _FINAL_Y.sub("i", token).replace("v", "f")
        key.append(_DOUBLED.sub(r"\1", token) if len(token) > 3 else token)  # not short forms: "PP", "Aa"
    return tuple(key)


# A typo or a spelling variant changes a word's middle, rarely how it opens or ends: "Sayadi",
# "Sayidi", "Sayyidi", "Susiyanti", "Susyanti", "Jeniffer". The ending is kept because it tells
# two people apart ("Susanto", "Susanti"; "Wahyudi", "Wahyuni").
_KEPT_ENDING = 2
_DOUBLED = re.compile(r"(\w)\1+")


def near_spelling(a: str, b: str) -> bool:
    """Are two words of a name one word spelt two ways: one edit apart (two for long words),
    with the same first letter and the same ending, doubled letters written once?"""
    a, b = (_plain_ending(_DOUBLED.sub(r"\1", w)) for w in spelling_key((a, b)))
    if a == b:
        return True
    if a[:1] != b[:1] or a[-_KEPT_ENDING:] != b[-_KEPT_ENDING:]:
        return False
    shortest = min(len(a), len(b))
    allowed = 2 if shortest >= 8 else 1 if shortest >= 5 else 0
    return allowed > 0 and Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


def _plain_ending(word: str) -> str:
    """A long name's final "ie" or "ah" as "i" or "a": "Sjafrie" is "Sjafri", "Inayatullah" "Inayatulla"."""
    return word[:-1] if len(word) >= 5 and word.endswith(("ie", "ah")) else word


def misspelt(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Are two different person names (normalised tokens) one name written two ways in one article?
    Word by word near in spelling; a name of two or more words keeps one word exactly, and a
    one-word name has at least six letters, so short or common names never join by accident."""
    if a == b or len(a) != len(b) or _plain_ending(a[-1])[-1:] != _plain_ending(b[-1])[-1:]:
        return False  # (the last letter is kept, see near_spelling: a cheap test first)
    if len(a) == 1:
        return min(len(a[0]), len(b[0])) >= 6 and near_spelling(a[0], b[0])
    return any(x == y for x, y in zip(a, b)) and all(near_spelling(x, y) for x, y in zip(a, b))


@lru_cache(maxsize=131072)
def person_tokens(text: str) -> tuple[str, ...]:
    """The normalised tokens of a person's name without what the NER may have taken
    in front of it: titles and a country ("Presiden Rusia Vladimir Putin" -> vladimir putin)."""
    return tuple(normalise_name(clean_surface(text, PER)).split())


# Indonesian function words that are also given names: never stripped from a name.
_NAME_LIKE = frozenset("dini wong tanya sela rasa kala bung tiba ada sama jadi kata".split())
# Reporting verbs a sentence starts with: "Melansir Kyodonews, ...".
_REPORTING = frozenset("melansir dilansir mengutip dikutip".split())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that start a sentence, not a name: the NER may take "Kemudian" or "Baik" with a name."""
    from spacy.lang.id.stop_words import STOP_WORDS

    from kg.nlp.roles import NAME_TITLES

    return frozenset(STOP_WORDS) - _NAME_LIKE - NAME_TITLES | _REPORTING


def _name_start(words: list[str]) -> int:
    """How many leading words of a person mention are titles, the country of the title,
    or a function word the NER took with the name ("Kemudian Hirokazu Matsuno")."""
    k = 0
    while len(words) - k > 1:
        word = normalise_name(words[k])
        if word in _MALAY_HONORIFICS and len(words) - k > 2 and normalise_name(words[k + 1]) == "sri":
            k += 2  # "Tan Sri Muhyiddin Yassin", "Dato' Sri Ismail Sabri": "Sri" here is no given name
            continue
        if (word in _TITLES | _function_words() or word in _MALAY_HONORIFICS - {"tan"}
                or word in _TITLE_TAIL and k > 0):  # "Jaksa Agung X", but "Agung Prasetyo" is a name
            k += 1
            continue
        for n in (2, 1):  # "Korea Utara Kim Jong Un", "Rusia Sergei Shoigu": keep two name words
            place = " ".join(words[k:k + n]).strip("()[],")
            if len(words) - k - n >= 2 and link_place(place, kinds=(COUNTRY,)):
                k += n
                break
        else:
            break
    return k


# An initial or a short honorific glued to the name after it by its period.
_GLUED_INITIAL = re.compile(r"^([A-Z][a-z]{0,2}\.)(?=[A-Z][a-z]{2,})")


@lru_cache(maxsize=131072)
def clean_surface(text: str, label: str) -> str:
    """The mention as a display name: no leading titles (persons), no "(ACR)", no "-nya"."""
    text = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", text).strip()).strip(" ,.;:\"'")
    if label == PER:
        words = _GLUED_INITIAL.sub(r"\1 ", text).split()  # "H.Muhammad Pagi", "M.Ridwan": as "H. Muhammad"
        return " ".join(words[_name_start(words):])
    found = PAREN.match(text)
    text = found.group("long").strip() if found else text
    text = _CLASS.sub("", text)
    if label == ORG:  # company form: "PT Pertamina (Persero) Tbk" is "Pertamina"
        text = _COMPANY_FORM.sub("", text).strip() or text
        if _HEADQUARTERS.match(text):  # "Mapolsek Palas" (its headquarters) is "Polsek Palas"
            text = text[2].upper() + text[3:]
        text = _METRO.sub(r"\1 ", text)  # "Polres Metro Jakarta Timur" is "Polres Jakarta Timur"
        text = _without_office(text)
        text = _DOMAIN.sub("", _WWW.sub("", text)).strip() or text  # "Kompas.com", "TEMPO.CO", "www.koranaceh.net",
        # "TABLOIDJAWATIMUR. COM": the outlet by its name, so "Tempo" and "TEMPO.CO" are one
    return text


def _without_office(text: str) -> str:
    """"Kantor Basarnas Palembang" and "Kantor Kementerian Agama Pasaman" (their offices) are "Basarnas Palembang"
    and "Kementerian Agama Pasaman"; "Kantor Staf Presiden" and "Kantor Walikota" keep the word: a common word
    or a title after it makes it part of the name, unless the word opens a body's name ("Kementerian", "Dinas")."""
    from kg.nlp.casing import can_be_common_word

    words = text.split()
    if len(words) < 2 or words[0].casefold() != "kantor":
        return text
    following = normalise_name(words[1])
    if following in _TITLES or (can_be_common_word(words[1]) and following not in BODY_WORDS):
        return text
    return " ".join(words[1:])


@lru_cache(maxsize=131072)
def words_in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """"Gusti Susila" in "I Gusti Nyoman Gede Susila", "Pasar Bona" in "Pasar Rakyat Desa Adat Bona":
    the short name's words in order."""
    rest = iter(long)
    return all(word in rest for word in short)


def is_company_name(text: str) -> bool:
    """Is ``text`` written with a company's legal form ("PT Harta Djaya Karya Tbk", "CV Maju")?"""
    return _COMPANY_FORM.search(text.strip()) is not None


@lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    """Whether ``text`` looks like an acronym: 2-8 letters, at least two capitals ("PBB", "KemLu")."""
    letters = re.sub(r"[^\w]", "", text)
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2


#: Units inside a body, left out of their short forms as a body's kind is ("Biro Administrasi Pimpinan (Adpim)").
UNIT_WORDS = frozenset({"biro", "bagian", "bidang", "seksi", "subbagian", "unit"})


def could_shorten(short: str, long: str) -> bool:
    """Whether ``short``, written in brackets after ``long``, can shorten it: "Komnas HAM" for
    "Komisi Nasional Hak Asasi Manusia", "Dikbud" for "Dinas Pendidikan dan Kebudayaan". Indonesian
    bodies are shortened by syllables as often as by initials, so the test is loose (the same first
    letter, the short form's letters in order in the long name's) and only the brackets make it evidence."""
    wanted = re.sub(r"[^\w]", "", short).casefold()
    if not (2 <= len(wanted) <= 16 and wanted.isalpha() and len(long.split()) >= 2 and short[:1].isupper()):
        return False
    words = _COMPANY_FORM.sub("", long).split()
    # "Hakda" for "Badan Hubungan Kerjasama Kota dan Daerah": the kind of body (or unit) may be left out of its short form
    tries = [words, words[1:]] if len(words) > 2 and words[0].casefold() in BODY_WORDS | UNIT_WORDS \
        and not _names_a_region(short) else [words]
    # "Polsek" for "Kepolisian Sektor", "Polda" for "Kepolisian Daerah": the short form opens with a syllable
    # from inside the first word
    inside = words[0].casefold().find(wanted[:3]) if len(wanted) >= 4 else -1
    if inside > 0:
        tries.append([words[0][inside:], *words[1:]])
    return any(_letters_in_order(wanted, re.sub(r"[^\w]", "", "".join(w)).casefold()) for w in tries)


def _names_a_region(short: str) -> bool:
    """"Konsel" (Konawe Selatan) after "Dinas Koperasi dan UMKM Kabupaten Konawe Selatan": the region's short form."""
    from kg.link_regions import region_alone

    return region_alone(short) is not None


def _letters_in_order(wanted: str, letters: str) -> bool:
    if not letters.startswith(wanted[0]) or len(wanted) >= len(letters):
        return False
    rest = iter(letters)
    return all(c in rest for c in wanted)


@lru_cache(maxsize=65536)
def initials(text: str) -> frozenset[str]:
    """Initials of the words of a long name, with and without its lower-case words (resolution asks for the
    same names' initials again and again: cached)."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", text) if w and w[0].isalpha()]
    found = {"".join(w[0] for w in words).casefold()}
    capitalised = [w for w in words if w[0].isupper()]
    if capitalised:
        found.add("".join(w[0] for w in capitalised).casefold())
    return frozenset(found)


def expansion(long: str, acronym: str) -> str:
    """The part of ``long`` that ``acronym`` abbreviates: "Dewan Keamanan Perserikatan Bangsa-Bangsa"
    with "PBB" gives "Perserikatan Bangsa-Bangsa"; the whole of ``long`` when no tail matches."""
    words = long.split()
    wanted = normalise_name(acronym).replace(" ", "")
    for k in range(len(words), 0, -1):
        if not words[-k][:1].isdigit() and wanted in initials(" ".join(words[-k:])):
            return " ".join(words[-k:])  # not from a number: "SMAN 11 Ogan Komering Ulu (OKU)" abbreviates the region
    return long


