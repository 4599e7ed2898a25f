"""A benchmark corpus of real Indonesian text: corpus sentences grouped into articles.

The NER and POS corpora hold tens of thousands of real sentences from news and
Wikipedia. An article here is a short run of them (a headline-like first sentence,
then body sentences, one per line), so every article is real Indonesian prose, and
articles at any count differ from each other (no duplicate is ever skipped).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

from kg.errors import DataError

# Cased corpora only: the lowercased ones (NERP, POSP) would not look like news.
SOURCES = (
    "ner/idner-news-2k/train.txt",
    "ner/idner-news-2k/dev.txt",
    "ner/nergrit/train_preprocess.txt",
    "pos/bapos/train_preprocess.txt",
    "pos/bapos/valid_preprocess.txt",
)
SENTENCES_PER_ARTICLE = 10

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}”’])")
_NO_SPACE_AFTER = re.compile(r"([(\[{“‘]) ")


def read_sentences(data: Path) -> list[str]:
    """Every sentence of the cased corpora under ``data``, detokenised."""
    sentences = []
    for relative in SOURCES:
        path = data / relative
        if not path.is_file():
            raise DataError(f"benchmark corpus file missing: {path} (set KG_DATA or --data)")
        tokens: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts:
                tokens.append(parts[0])
            elif tokens:
                sentences.append(detokenise(tokens))
                tokens = []
        if tokens:
            sentences.append(detokenise(tokens))
    return [s for s in sentences if len(s) > 20]


def detokenise(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def articles(sentences: list[str], count: int, seed: int = 13, words: int | None = None) -> Iterator[str]:
    """``count`` distinct articles of sentences drawn without repeats.

    Each article is ``SENTENCES_PER_ARTICLE`` sentences, or, when ``words`` is given, as many
    sentences as it takes to reach that many words (news-length articles of ~500 words).
    """
    rng = random.Random(seed)
    order: list[int] = []
    for _ in range(count):
        if len(order) < SENTENCES_PER_ARTICLE:
            order = list(range(len(sentences)))
            rng.shuffle(order)
        picked = [sentences[order.pop()] for _ in range(SENTENCES_PER_ARTICLE)]
        length = sum(len(s.split()) for s in picked)
        while words and length < words:
            if not order:
                order = list(range(len(sentences)))
                rng.shuffle(order)
            picked.append(sentences[order.pop()])
            length += len(picked[-1].split())
        yield "\n".join(picked) + "\n"


def write_corpus(data: Path, folder: Path, count: int, words: int | None = None) -> int:
    """Write ``count`` articles (of about ``words`` words, if given) as UTF-8 files into ``folder``.

    RETURNS (int): the number of words written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    words_written = 0
    for number, text in enumerate(articles(read_sentences(data), count, words=words)):
        (folder / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")
        words_written += len(text.split())
    return words_written
