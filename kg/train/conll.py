"""Read CoNLL-style NER files and map their many label names onto PER/LOC/ORG.

The corpora we train and evaluate on disagree on format (tab or space, 2 or 3 columns,
CRLF or LF) and on label names (PERSON/PPL/PER, PLACE/PLC/LOC, ORGANISATION/IND/ORG).
Everything downstream sees one shape: a ``Sentence`` of words plus IOB2 tags over
PER, LOC and ORG only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import DataError

LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")

#: Corpus label name (upper-cased) -> our label. Anything else becomes ``O``.
LABEL_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "GPE": "LOC",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "IND": "ORG",
}


@dataclass(frozen=True)
class Sentence:
    """One sentence of a CoNLL file.

    words (tuple[str, ...]): the corpus tokens, as written.
    tags (tuple[str, ...]): IOB2 tags over PER/LOC/ORG, one per word (``O`` outside; ``-``
        unknown, for training data whose annotation does not cover the token).
    """

    words: tuple[str, ...]
    tags: tuple[str, ...]


def map_label(label: str) -> str | None:
    """Return PER, LOC or ORG for a corpus label name, or None when it has no counterpart.

    label (str): a label without its B-/I- prefix, e.g. ``PERSON`` or ``IND``.
    RETURNS (str | None): the mapped label.
    """
    return LABEL_MAP.get(label.strip().upper())


def map_tag(tag: str, unmapped: str = "O") -> str:
    """Map one raw BIO tag (``B-PERSON``, ``I-PLC``, ``O``, ``E-ORG``...) to ours, unrepaired.

    tag (str): the raw tag from the last column.
    unmapped (str): what an entity label without counterpart (EVT, FNB) becomes: ``O``, or
        ``-`` (unknown: training ignores the token) for corpora whose labels do not cover ours.
    RETURNS (str): ``B-X``, ``I-X``, ``O`` (or ``unmapped``) with X in LABELS.
    """
    tag = tag.strip()
    if not tag or tag.upper() == "O" or len(tag) < 2:
        return "O"
    if tag[1] in "-_" and tag[0].upper() in "BIESLU":
        prefix, label = tag[0].upper(), tag[2:]
    else:
        prefix, label = "I", tag
    mapped = map_label(label)
    if mapped is None:
        return unmapped
    # BIOES/BILOU -> IOB2: S/U start a span, E/L continue it.
    prefix = {"S": "B", "U": "B", "E": "I", "L": "I"}.get(prefix, prefix)
    return f"{prefix}-{mapped}"


def repair_bio(tags: Iterable[str]) -> list[str]:
    """Make tags valid IOB2: an ``I-X`` not preceded by ``B-X``/``I-X`` starts a new span.

    tags (Iterable[str]): mapped tags.
    RETURNS (list[str]): the same spans, each one starting with ``B-``.
    """
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def parse_conll(
    lines: Iterable[str], source: str = "<input>", unmapped: str = "O"
) -> Iterator[Sentence]:
    """Parse CoNLL lines: token first, BIO tag in the LAST column, blank line between sentences.

    lines (Iterable[str]): the file's lines (CRLF tolerated).
    source (str): file name for error messages.
    unmapped (str): tag for entities of labels we do not use (see ``map_tag``).
    RETURNS (Iterator[Sentence]): the sentences, labels mapped and BIO repaired.
    """
    words: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\r\n").replace("\r", "")
        if not line.strip() or line.startswith("-DOCSTART-"):
            if words:
                yield Sentence(tuple(words), tuple(repair_bio(tags)))
                words, tags = [], []
            continue
        columns = [c for c in (line.split("\t") if "\t" in line else line.split()) if c.strip()]
        if len(columns) < 2:
            raise DataError(
                f"{source} line {number}: expected 'token ... tag' (2 or more columns), "
                f"got {line[:60]!r}"
            )
        word = columns[0].strip()
        if not word:
            continue
        words.append(word)
        tags.append(map_tag(columns[-1], unmapped))
    if words:
        yield Sentence(tuple(words), tuple(repair_bio(tags)))


def read_conll(path: Path | str, unmapped: str = "O") -> list[Sentence]:
    """Read a CoNLL-style NER file from disk.

    path (Path | str): the file.
    unmapped (str): tag for entities of labels we do not use (``O`` or ``-``).
    RETURNS (list[Sentence]): its sentences.
    Raises DataError if the file is missing, unreadable, not UTF-8 or malformed.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(f"NER file not found: {path}") from None
    except IsADirectoryError:
        raise DataError(f"NER file is a directory, expected a CoNLL file: {path}") from None
    except UnicodeDecodeError as error:
        raise DataError(f"NER file {path} is not UTF-8 ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise DataError(f"Cannot read NER file {path}: {error.strerror or error}") from None
    return list(parse_conll(text.split("\n"), source=str(path), unmapped=unmapped))


def spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """Entity spans of an IOB2 tag sequence (conlleval semantics: I- after O starts a span).

    tags (Iterable[str]): IOB2 tags.
    RETURNS (list[tuple[int, int, str]]): (start, end exclusive, label) per entity.
    """
    found: list[tuple[int, int, str]] = []
    start, label = -1, ""
    tags = list(tags)
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label and start >= 0
        if start >= 0 and not continues:
            found.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, name
    return found
