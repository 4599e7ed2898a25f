"""Indonesian word roots for trigger matching: spaCy's lookup lemmas plus affix stripping.

The ``id`` lemma table from ``spacy-lookups-data`` knows most derived forms
("pertemuan" -> "temu"); for forms it lacks ("ditembakkan") we strip clitics,
suffixes and prefixes and look the remainder up again.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from spacy.lookups import load_lookups

CLITICS = ("nya", "lah", "kah", "pun")
SUFFIXES = ("kan", "an", "i")
PREFIXES = (
    "diper", "memper", "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
    "ber", "ter", "di", "ke", "se",
)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    try:
        table = load_lookups("id", ["lemma_lookup"]).get_table("lemma_lookup")
    except (ValueError, ImportError):  # spacy-lookups-data missing: fall back to stripping only
        return {}
    return dict(table.items()) if hasattr(table, "items") else table


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    return frozenset(_table().values())


def is_word(text: str) -> bool:
    """Is ``text`` an Indonesian dictionary word or a form of one ("Terima", "Kesepakatan")?"""
    lower = text.lower()
    return lower in _table() or lower in _roots()


@lru_cache(maxsize=1)
def _root_words() -> frozenset[str]:
    """Sastrawi's list of Indonesian root words (~30,000, from KBBI): far more than the lemma table's roots."""
    try:
        text = (files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(text.split())


def is_dictionary_word(text: str) -> bool:
    """A dictionary word: a form the lemma table knows or a root word of the Indonesian dictionary ("eksepsi")."""
    return is_word(text) or text.lower() in _root_words()


@lru_cache(maxsize=1 << 16)
def strip_clitic(word: str) -> str:
    """"pertemuannya" -> "pertemuan" (cached: rules ask for every word of a text)."""
    lower = word.lower()
    for clitic in CLITICS:
        if lower.endswith(clitic) and len(lower) - len(clitic) >= 4:
            return lower[: -len(clitic)]
    return lower


NASAL = {"meny": "s", "men": "t", "mem": "p", "meng": "k", "peny": "s", "pen": "t", "pem": "p", "peng": "k"}


def _unprefixed(word: str) -> list[str]:
    """Forms of ``word`` with one prefix removed, restoring a nasalised first letter ("menembak" -> "tembak")."""
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix) :]
            forms = [rest]
            if prefix in NASAL and rest[:1] in "aeiou":
                forms.insert(0, NASAL[prefix] + rest)
            return forms
    return []


@lru_cache(maxsize=50_000)
def root(word: str) -> str:
    """The root of an Indonesian word ("menembakkan" -> "tembak"), lower-cased; the word itself if unknown."""
    table = _table()
    lower = word.lower()
    if lower in table:
        return table[lower]
    base = strip_clitic(lower)
    stems = [base]
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 4:
            stems.append(base[: -len(suffix)])
            break
    candidates = list(stems)
    for stem in stems:
        candidates.extend(_unprefixed(stem))
        for inner in _unprefixed(stem):
            candidates.extend(_unprefixed(inner))
    for candidate in candidates:
        if candidate in table:
            return table[candidate]
    for candidate in candidates[1:]:
        if candidate in _roots():
            return candidate
    return base


CONFIX_SUFFIXES = ("kan", "an")  # not "-i": "Megawati" is me + gawat + i


@lru_cache(maxsize=50_000)
def is_confixed_word(word: str) -> bool:
    """A dictionary root with a prefix and a suffix around it ("Keunikan", "Berpakaian"): Indonesian
    derivation that given names hardly ever show, unlike a prefix alone ("Permana", "Sejati")."""
    lower = word.lower()
    for suffix in CONFIX_SUFFIXES:
        if lower.endswith(suffix):
            stem = lower[: -len(suffix)]
            if any(len(inner) >= 3 and (inner in _root_words() or inner in _roots()) for inner in _unprefixed(stem)):
                return True
    return False
