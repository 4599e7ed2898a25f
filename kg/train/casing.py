"""Casing statistics from the cased corpora -> ``kg/data/casing.tsv`` (shipped with the model).

A capitalised word at a sentence or headline start may be a name or just the first word
("Dokter", "Banjir", "Peneliti"). The corpora say which: a common noun is written in lower
case when it stands inside a sentence. For every word form we count, over the cased training
splits (NERGrit, idner-news-2k, BaPOS; never a test split), how often it appears inside a
sentence and outside any name in lower case and how often capitalised, how often it is
(part of) a name, and how often BaPOS tags it a noun. The NLP reads the counts to tell names
from common words by evidence, not by a hand list.

    python -m kg.train.casing --data ../shared/data --output kg/data/casing.tsv
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.train.conll import read_conll, spans

NER_FILES = ("ner/nergrit/train_preprocess.txt", "ner/idner-news-2k/train.txt")
POS_FILES = ("pos/bapos/train_preprocess.txt", "pos/bapos/valid_preprocess.txt")
PROPER_TAGS = frozenset({"NNP"})
NOUN_TAGS = frozenset({"NN", "NNP"})
MIN_COUNT = 2  # forms seen fewer times overall are left out (no evidence either way)
OPENERS = frozenset('."“”:;!?()-–—')


def _pos_sentences(path: Path, tags: frozenset[str] = PROPER_TAGS) -> Iterator[list[tuple[str, bool]]]:
    """(word, has one of ``tags``) per token of a two-column POS file."""
    sentence: list[tuple[str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
            continue
        word, tag = line.split("\t")[:2]
        sentence.append((word, tag.split("-")[-1] in tags))
    if sentence:
        yield sentence


def _ner_sentences(path: Path) -> Iterator[list[tuple[str, bool]]]:
    """(word, is inside a name) per token of a CoNLL NER file."""
    for sentence in read_conll(path):
        inside = set()
        for start, end, _ in spans(sentence.tags):
            inside.update(range(start, end))
        yield [(word, i in inside) for i, word in enumerate(sentence.words)]


def count_casing(sentences: Iterable[list[tuple[str, bool]]]) -> dict[str, Counter]:
    """Per lower-cased word: "lower"/"upper" inside a sentence outside names, and "name" inside one."""
    counts: dict[str, Counter] = {}
    for sentence in sentences:
        for i, (word, in_name) in enumerate(sentence):
            if not word.isalpha():
                continue
            counter = counts.setdefault(word.lower(), Counter())
            if in_name:
                counter["name"] += 1
            elif i == 0 or sentence[i - 1][0] in OPENERS:
                continue  # sentence-initial: says nothing about the word
            elif word[:1].isupper():
                counter["upper"] += 1
            else:
                counter["lower"] += 1
    return counts


def count_nouns(sentences: Iterable[list[tuple[str, bool]]]) -> Counter:
    """How often each lower-cased word is tagged a noun (a name's head word may be one: "Armada")."""
    return Counter(word.lower() for sentence in sentences for word, noun in sentence if noun)


def write_table(counts: dict[str, Counter], nouns: Counter, output: Path) -> int:
    rows = [
        f"{word}\t{c['lower']}\t{c['upper']}\t{c['name']}\t{nouns[word]}"
        for word, c in sorted(counts.items())
        if c["lower"] + c["upper"] + c["name"] >= MIN_COUNT
    ]
    output.write_text("word\tlower\tupper\tname\tnoun\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="The shared data folder (ner/, pos/).")
    parser.add_argument("--output", type=Path, default=Path("kg/data/casing.tsv"))
    args = parser.parse_args(argv)

    def sentences() -> Iterator[list[tuple[str, bool]]]:
        for name in NER_FILES:
            yield from _ner_sentences(args.data / name)
        for name in POS_FILES:
            yield from _pos_sentences(args.data / name)

    nouns = count_nouns(s for name in POS_FILES for s in _pos_sentences(args.data / name, NOUN_TAGS))
    written = write_table(count_casing(sentences()), nouns, args.output)
    print(f"{written} word forms -> {args.output}")


if __name__ == "__main__":
    main()
