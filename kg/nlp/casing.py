"""Is a capitalised word a name or a common word written with a capital? Corpus evidence decides.

``kg/data/casing.tsv`` (built by ``kg.train.casing`` from the cased training corpora) counts,
per word form, how often it is written in lower case inside a sentence, capitalised inside a
sentence, and as part of a name. A word mostly written in lower case ("dokter", "banjir",
"pemerintah") is a common word when it turns up capitalised at a sentence or headline start.
Forms the corpora never show fall back to the Indonesian lemma table.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.nlp.morph import is_word

CASING = Path(__file__).resolve().parents[1] / "data" / "casing.tsv"
MIN_LOWER = 3  # lower-case sightings needed before the counts are believed
MIN_LOWER_SHARE = 0.8


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, int, int]]:
    text = CASING.read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines()[1:]:
        word, lower, upper, name = line.split("\t")
        table[word] = (int(lower), int(upper), int(name))
    return table


def is_common_word(word: str) -> bool:
    """Mostly written in lower case inside sentences (corpus counts), or a dictionary word the corpora lack."""
    counts = _table().get(word.lower())
    if counts is None:
        return word.isalpha() and word[1:].islower() and is_word(word)
    lower, upper, name = counts
    return lower >= MIN_LOWER and lower >= MIN_LOWER_SHARE * (lower + upper + name)
