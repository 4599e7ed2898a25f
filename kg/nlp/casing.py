"""Is a capitalised word a name or a common word written with a capital? Corpus evidence decides.

``kg/data/casing.tsv`` (built by ``kg.train.casing`` from the cased training corpora) counts,
per word form, how often it is written in lower case inside a sentence, capitalised inside a
sentence, and as part of a name. A word mostly written in lower case ("dokter", "banjir",
"pemerintah") is a common word when it turns up capitalised at a sentence or headline start.
Forms the corpora never show fall back to the Indonesian lemma table. Regional jargon they lack ("kloter",
"paslon") is counted in a pool of unannotated news; the table's "news" column marks those rows (``in_corpora``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.nlp.morph import is_confixed_word, is_dictionary_word, is_word, root

CASING = Path(__file__).resolve().parents[1] / "data" / "casing.tsv"
MIN_LOWER = 3  # lower-case sightings needed before the counts are believed
MIN_LOWER_SHARE = 0.8
NOUN_SHARE = 10  # a word tagged a noun in under a tenth of its lower-case sightings is not one (tagging noise)


#: An apostrophe between two letters ("Ma'ruf", "Mu’ti", "Jum'at").
_IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’‘`](?=[^\W\d_])")


_APOSTROPHES = frozenset("'’‘`")  # the marks ``_IN_WORD_APOSTROPHE`` removes


def corpus_spelling(word: str) -> str:
    """The word as the corpora mostly spell it: without an apostrophe between letters ("Ma'ruf" is
    "maruf" there, "Jum'at" mostly "jumat")."""
    if _APOSTROPHES.isdisjoint(word):
        return word  # most words: no regex pass (the casing tests ask ~200 times per article)
    return _IN_WORD_APOSTROPHE.sub("", word)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[int, int, int, int]], frozenset[str]]:
    """(lower, upper, name, noun) per corpus spelling, and the spellings the "news" column marks (rows only the
    unannotated news pool shows), from one read of the table."""
    counts: dict[str, tuple[int, ...]] = {}
    news: set[str] = set()
    for line in CASING.read_text(encoding="utf-8").splitlines()[1:]:
        word, *sightings, from_news = line.split("\t")
        key = corpus_spelling(word)
        counts[key] = tuple(a + int(b) for a, b in zip(counts.get(key, (0, 0, 0, 0)), sightings))
        if from_news == "1":
            news.add(key)
    return counts, frozenset(news)


@lru_cache(maxsize=1 << 16)  # the rules ask of the same words again and again
def casing_counts(word: str) -> tuple[int, int, int, int] | None:
    """(lower, upper, name, noun) sightings of the word in the corpora, None when they lack it."""
    return _table()[0].get(corpus_spelling(word.lower()))


def in_corpora(word: str) -> bool:
    """Do the annotated corpora show the word? Regional jargon the news pool alone shows ("lakalantas") is still
    new to them, as contracted titles and unit names are."""
    counts, news = _table()
    key = corpus_spelling(word.lower())
    return key in counts and key not in news


@lru_cache(maxsize=1 << 16)  # the rules ask of the same words again and again
def is_common_word(word: str) -> bool:
    """Mostly written in lower case inside sentences (corpus counts), or a dictionary word the corpora lack."""
    counts = casing_counts(word)
    if counts is None:
        word = corpus_spelling(word)
        return word.isalpha() and word[1:].islower() and dictionary_form(word)
    lower, upper, name, _ = counts
    return lower >= MIN_LOWER and lower >= MIN_LOWER_SHARE * (lower + upper + name)


def is_common_acronym(word: str) -> bool:
    """An acronym the corpora write often but never inside a name: a thing, not a body ("BBM", "KTP")."""
    counts = casing_counts(word)
    return word.isupper() and counts is not None and counts[2] == 0 and counts[1] >= 2


def is_never_a_name(word: str) -> bool:
    """A word the corpora write in lower case often and almost never inside a name ("Wartawan", "Warga")."""
    counts = casing_counts(word)
    return counts is not None and counts[0] >= 10 and 20 * counts[2] <= counts[0]


def is_seen_only_in_lower_case(word: str, least: int = 2) -> bool:
    """The corpora write it in lower case (at least ``least`` times) and never inside a name ("Refleksi",
    "Lawan"; "upah" five times); unseen words are not judged (a dictionary word may be a given name: "Bayu")."""
    counts = casing_counts(word)
    return counts is not None and counts[2] == 0 and counts[0] >= least


def is_never_in_lower_case(word: str) -> bool:
    """The corpora never write it in lower case, or do not have it ("Persinga", "Persewangi")."""
    counts = casing_counts(word)
    return counts is None or counts[0] == 0


def is_never_capitalised_alone(word: str) -> bool:
    """A dictionary word the corpora write in lower case and capitalise only inside longer names ("Kabar" of
    "Kabar Banten"): alone and capitalised, it is a sentence's first word, not a name."""
    counts = casing_counts(word)
    return counts is not None and counts[1] == 0 and counts[0] >= 5 * MIN_LOWER and is_dictionary_word(corpus_spelling(word))


def is_capitalised_term(word: str) -> bool:
    """A word the corpora capitalise often (three times or more) but never write inside a name ("Raperda", a draft
    bylaw): a term, no one's first name, though the model once typed "Raperda RPIP" a person."""
    counts = casing_counts(word)
    return counts is not None and counts[2] == 0 and counts[1] >= 3


def is_person_word(word: str) -> bool:
    """A word the corpora write only inside names, never in lower case ("Agus", "Budi")."""
    counts = casing_counts(word)
    return counts is not None and counts[0] == 0 and counts[2] >= 2


def is_mixed_acronym(word: str) -> bool:
    """A short word that opens with two capitals and is not all capitals ("KPw", "DPRKab"): a body's short name."""
    return word.isalpha() and len(word) <= 6 and word[:2].isupper() and not word.isupper()


def is_unit_word(word: str) -> bool:
    """Written in lower case more often than inside a name ("Seksi", "Penerangan"; not "Budi", "Abdul"):
    after an office, the start of the unit it heads rather than of the holder's name."""
    counts = casing_counts(word)
    return counts is not None and counts[0] > 0 and counts[0] >= counts[2]


@lru_cache(maxsize=1 << 16)  # the rules ask of the same words again and again
def can_be_common_word(word: str) -> bool:
    """Ever written in lower case (corpus counts) or a dictionary word: "Kelautan" can be, "Bantul" cannot."""
    counts = casing_counts(word)
    if counts is None:
        word = corpus_spelling(word)
        return word.isalpha() and dictionary_form(word)
    return counts[0] > 0


def is_plain_word(word: str, *, noun: bool = True) -> bool:
    """A common word the corpora never show inside a name ("Hadiri", "Umumkan"): never part of one.

    noun: also count words tagged as nouns, which can head a name ("Armada Laut Pasifik").
    """
    counts = casing_counts(word)
    if counts is None:  # unseen: a dictionary form, and no noun that could head a name
        word = corpus_spelling(word)
        return word.isalpha() and dictionary_form(word) and (noun or root(word) != word.lower())
    lower, upper, name, nouns = counts
    if name or not (noun or NOUN_SHARE * nouns <= lower):
        return False
    if lower < MIN_LOWER:  # too rare to judge by counts: never capitalised, and a dictionary form
        return upper == 0 and lower > 0 and dictionary_form(word)
    return lower >= MIN_LOWER_SHARE * (lower + upper)


def dictionary_form(word: str) -> bool:
    """A dictionary word or an affixed form of one ("Luncurkan" from "luncur", "Keunikan" from "unik")."""
    base = root(word)
    return is_word(word) or (base != word.lower() and len(base) >= 4 and is_word(base)) or is_confixed_word(word)
