"""Casing statistics from the cased corpora -> ``kg/data/casing.tsv`` (shipped with the model).

A capitalised word at a sentence or headline start may be a name or just the first word
("Dokter", "Banjir", "Peneliti"). The corpora say which: a common noun is written in lower
case when it stands inside a sentence. For every word form we count, over the cased training
splits (NERGrit, idner-news-2k, BaPOS; never a test split), how often it appears inside a
sentence and outside any name in lower case and how often capitalised, how often it is
(part of) a name, and how often BaPOS tags it a noun. The NLP reads the counts to tell names
from common words by evidence, not by a hand list.

The corpora are small and older than the news users bring: regional news jargon ("kloter", "paslon",
"cabor", "wisman") is missing. ``--news`` adds a pool of unannotated news openings (JSON lines
with a "text"), for the forms the corpora and the dictionary lack only (``add_news_counts``).

    python -m kg.train.casing --data ../shared/data --news news_pages.jsonl --output kg/data/casing.tsv
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.nlp.casing import dictionary_form
from kg.train.conll import read_conll, spans

NER_FILES = ("ner/nergrit/train_preprocess.txt", "ner/idner-news-2k/train.txt")
POS_FILES = ("pos/bapos/train_preprocess.txt", "pos/bapos/valid_preprocess.txt")
PROPER_TAGS = frozenset({"NNP"})
NOUN_TAGS = frozenset({"NN", "NNP"})
MIN_COUNT = 2  # forms seen fewer times overall are left out (no evidence either way)
OPENERS = frozenset('."“”:;!?()-–—')
NEWS_MIN_LOWER = 2  # lower-case sightings in the news pool before a form the corpora lack is added

_WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


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


def _title_cased(line: str) -> bool:
    """A headline-like line (most words capitalised), which says nothing about how words are written."""
    words = [word for word in _WORD.findall(line) if word.isalpha()]
    return len(words) >= 4 and sum(word[:1].isupper() for word in words) >= 0.6 * len(words)


def _news_sentences(path: Path) -> Iterator[list[tuple[str, bool]]]:
    """(word, False) per token of each sentence of an unannotated news pool; no names are marked."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        for paragraph in json.loads(line)["text"].splitlines():
            if _title_cased(paragraph):
                continue
            for sentence in _SENTENCE_END.split(paragraph):
                if words := _WORD.findall(sentence):
                    yield [(word, False) for word in words]


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


def add_news_counts(counts: dict[str, Counter], nouns: Counter, news: dict[str, Counter]) -> set[str]:
    """Add the news pool's counts for the forms the corpora lack (seen fewer than ``MIN_COUNT`` times), the
    pool writes in lower case at least ``NEWS_MIN_LOWER`` times and the dictionary lacks ("kloter", "paslon",
    "wisman"); RETURNS the forms added. Dictionary words and their affixed forms are left to the dictionary, which the
    rules read for words without counts: a few pool sightings are thinner evidence than it ("tembus", "penadah").

    The pool marks no names: its capitalised sightings inside a sentence count as capitalised, none as a
    name's, and every lower-case sighting as a possible noun's, so the pool never says "not a noun".
    """
    added = set()
    for word, seen in news.items():
        corpus = counts.get(word, Counter())
        if corpus["lower"] + corpus["upper"] + corpus["name"] >= MIN_COUNT or seen["lower"] < NEWS_MIN_LOWER \
                or dictionary_form(word):
            continue
        counts[word] = Counter(lower=corpus["lower"] + seen["lower"], upper=corpus["upper"] + seen["upper"],
                               name=corpus["name"])
        nouns[word] += seen["lower"]
        added.add(word)
    return added


def write_table(counts: dict[str, Counter], nouns: Counter, output: Path,
                news: set[str] | frozenset[str] = frozenset()) -> int:
    """One row per form seen ``MIN_COUNT`` times; "news" is 1 on the rows the news pool added (``news``)."""
    rows = [
        f"{word}\t{c['lower']}\t{c['upper']}\t{c['name']}\t{nouns[word]}\t{int(word in news)}"
        for word, c in sorted(counts.items())
        if c["lower"] + c["upper"] + c["name"] >= MIN_COUNT
    ]
    output.write_text("word\tlower\tupper\tname\tnoun\tnews\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="The shared data folder (ner/, pos/).")
    parser.add_argument("--news", type=Path, help="A pool of unannotated news texts (JSON lines with a \"text\").")
    parser.add_argument("--output", type=Path, default=Path("kg/data/casing.tsv"))
    args = parser.parse_args(argv)

    def sentences() -> Iterator[list[tuple[str, bool]]]:
        for name in NER_FILES:
            yield from _ner_sentences(args.data / name)
        for name in POS_FILES:
            yield from _pos_sentences(args.data / name)

    nouns = count_nouns(s for name in POS_FILES for s in _pos_sentences(args.data / name, NOUN_TAGS))
    counts = count_casing(sentences())
    added: set[str] = set()
    if args.news:
        added = add_news_counts(counts, nouns, count_casing(_news_sentences(args.news)))
        print(f"{len(added)} word forms from the news pool {args.news}")
    written = write_table(counts, nouns, args.output, added)
    print(f"{written} word forms -> {args.output}")


if __name__ == "__main__":
    main()
