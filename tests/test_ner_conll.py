"""The CoNLL reader and label mapping behind training and ``kg eval ner``."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DataError
from kg.train.conll import map_label, map_tag, read_conll, repair_bio, spans


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("PERSON", "PER"), ("PER", "PER"), ("PPL", "PER"),
        ("PLACE", "LOC"), ("LOCATION", "LOC"), ("LOC", "LOC"), ("PLC", "LOC"),
        ("ORGANISATION", "ORG"), ("ORGANIZATION", "ORG"), ("ORG", "ORG"), ("IND", "ORG"),
        ("EVT", None), ("FNB", None), ("MISC", None),
    ],
)
def test_map_label_known_names(raw: str, expected: str | None) -> None:
    assert map_label(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("B-PERSON", "B-PER"), ("I-PLC", "I-LOC"), ("B-EVT", "O"), ("O", "O"), ("S-ORG", "B-ORG"),
     ("E-ORG", "I-ORG"), ("b-ind", "B-ORG")],
)
def test_map_tag_prefixes(raw: str, expected: str) -> None:
    assert map_tag(raw) == expected


def test_repair_bio_i_after_o_starts_span() -> None:
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC", "O"]) == ["O", "B-PER", "I-PER", "B-LOC", "O"]


def test_spans_conlleval_semantics() -> None:
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")
    ]


def _write(tmp_path: Path, text: str, newline: str = "\n") -> Path:
    path = tmp_path / "sample.txt"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_read_conll_tab_two_columns(tmp_path: Path) -> None:
    path = _write(tmp_path, "Joko\tB-PERSON\nWidodo\tI-PERSON\nke\tO\nSolo\tB-PLACE\n\nIa\tO\n")
    sentences = read_conll(path)
    assert [s.words for s in sentences] == [("Joko", "Widodo", "ke", "Solo"), ("Ia",)]
    assert sentences[0].tags == ("B-PER", "I-PER", "O", "B-LOC")


def test_read_conll_space_three_columns_crlf(tmp_path: Path) -> None:
    path = _write(tmp_path, "Berikut PROPN O\nKPK PROPN B-ORG\nbaru ADJ O\n\n\n", newline="\r\n")
    [sentence] = read_conll(path)
    assert sentence.words == ("Berikut", "KPK", "baru")
    assert sentence.tags == ("O", "B-ORG", "O")


def test_read_conll_other_labels_and_orphan_i(tmp_path: Path) -> None:
    path = _write(tmp_path, "piala\tB-EVT\ndunia\tI-EVT\ndi\tO\njakarta\tI-PLC\n")
    [sentence] = read_conll(path)
    assert sentence.tags == ("O", "O", "O", "B-LOC")


def test_read_conll_missing_file_is_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not found"):
        read_conll(tmp_path / "nope.txt")


def test_read_conll_one_column_is_data_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "Joko\tB-PER\nWidodo\n")
    with pytest.raises(DataError, match="line 2"):
        read_conll(path)


def test_read_conll_not_utf8_is_data_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9\tO\n".encode("latin-1"))
    with pytest.raises(DataError, match="not UTF-8"):
        read_conll(path)
