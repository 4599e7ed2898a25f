"""Restore casing of lowercased corpora (NERP) so they can train a cased NER.

NERP is ~6.7k sentences of Indonesian news, but lowercased. A tagger trained on it as is
learns that entities need not be capitalised, and one trained on cased text never sees it.
We recover a plausible casing: each token takes its most frequent form in cased corpora;
entity tokens and sentence starts are capitalised (function words inside names are not).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from kg.train.conll import Sentence

#: Words that stay lowercase inside a name ("Kementerian Energi dan Sumber Daya Mineral").
NAME_FUNCTION_WORDS = frozenset(
    "dan di ke dari untuk yang atau serta dengan pada bin binti van der von de la of the and for"
    " al el".split()
)
_SENTENCE_END = frozenset({".", "!", "?", '"', "“", "”"})


class Truecaser:
    """Most-frequent-casing model learnt from cased sentences."""

    def __init__(self, counts: dict[str, Counter[str]], org_share: dict[str, float] | None = None) -> None:
        self._best = {low: forms.most_common(1)[0][0] for low, forms in counts.items()}
        self._org_share = org_share or {}

    @classmethod
    def from_sentences(cls, sentences: Iterable[Sentence]) -> "Truecaser":
        """Learn casing from cased sentences, skipping each sentence's first word.

        sentences (Iterable[Sentence]): cased text (NERGrit, idner-news-2k, BaPOS).
        RETURNS (Truecaser): the model.
        """
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        seen: Counter[str] = Counter()
        in_org: Counter[str] = Counter()
        for sentence in sentences:
            for i, (word, tag) in enumerate(zip(sentence.words, sentence.tags)):
                low = word.lower()
                seen[low] += 1
                in_org[low] += tag.endswith("-ORG")
                if i == 0:
                    continue  # sentence-initial capitals say nothing about the word
                counts[low][word] += 1
        return cls(counts, {w: in_org[w] / n for w, n in seen.items() if in_org[w]})

    def org_like(self, word: str) -> bool:
        """True for acronyms (usual form ALL CAPS) and words mostly seen inside ORG names."""
        known = self.form(word)
        acronym = known is not None and len(known) >= 2 and known.isupper()
        return acronym or self._org_share.get(word.lower(), 0.0) >= 0.5

    def form(self, word: str) -> str | None:
        """Most frequent cased form of ``word``, or None if it was never seen."""
        return self._best.get(word.lower())

    def truecase(self, sentence: Sentence, mask_names: bool = False) -> Sentence:
        """Return ``sentence`` with casing restored.

        sentence (Sentence): a lowercased sentence.
        mask_names (bool): tag ``-`` (unknown) every ``O`` word that is usually an acronym or
            part of an ORG name in the cased corpora: NERP leaves parties and government
            bodies (Golkar, KPK, DPR) unlabelled, and training on those ``O`` tags would teach
            the model to ignore such names.
        RETURNS (Sentence): the cased sentence (tags unchanged unless ``mask_names``).
        """
        words: list[str] = []
        tags: list[str] = []
        start = True
        for word, tag in zip(sentence.words, sentence.tags):
            known = self.form(word)
            cased = known if known is not None else word
            in_entity = tag != "O"
            if in_entity and cased[:1].islower():
                if tag.startswith("B-") or word.lower() not in NAME_FUNCTION_WORDS:
                    cased = cased[:1].upper() + cased[1:]
            if start and cased[:1].islower():
                cased = cased[:1].upper() + cased[1:]
            words.append(cased)
            tags.append("-" if mask_names and tag == "O" and self.org_like(word) else tag)
            start = word in _SENTENCE_END and word not in ('"', "“", "”") or (
                start and not any(ch.isalnum() for ch in word)
            )
        return Sentence(tuple(words), tuple(tags))
