"""Files of many articles (JSON Lines, JSON, CSV/TSV, gzipped): one article a record, bad records named."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

import pytest

from kg.article import parse_article
from kg.record_files import FieldNames
from kg.records import Skipped, Source
from kg.sources import read_sources

BODY = (
    "JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Istana Merdeka, "
    "Jakarta, Senin (11/9/2023).\nKeduanya membahas kerja sama perdagangan dan perbatasan."
)
NEWS_PLEASE = {
    "title": "Jokowi Bertemu Anwar Ibrahim di Istana",
    "maintext": BODY,
    "date_publish": "2023-09-11 14:05:00",
    "authors": ["Ihsanuddin", "Dani Prabowo"],
    "url": "https://nasional.kompas.com/read/2023/09/11/14050001/jokowi-bertemu-anwar",
    "source_domain": "nasional.kompas.com",
    "language": "id",
    "description": None,
}
TRAFILATURA = {
    "title": "Menlu Retno Terima Kunjungan Menlu Jepang",
    "author": "Budi Santoso; Ani Rahma",
    "hostname": "tempo.co",
    "sitename": "Tempo",
    "date": "2023-09-12",
    "url": "https://nasional.tempo.co/read/1770001/menlu-retno",
    "text": "Menteri Luar Negeri Retno Marsudi menerima Menteri Luar Negeri Jepang di Jakarta pada Selasa.",
    "fingerprint": "abc",
}


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def _read(path: Path, **options) -> list[Source | Skipped]:
    return list(read_sources([path], **options))


def test_read_records_news_please_jsonl_metadata_from_fields(tmp_path):
    (source,) = _read(_write(tmp_path / "np.jsonl", _jsonl(NEWS_PLEASE)))
    assert isinstance(source, Source)
    assert source.name == "np.jsonl#1" and source.url == NEWS_PLEASE["url"]
    article = parse_article(source)
    assert article.title == NEWS_PLEASE["title"] and article.text.startswith(NEWS_PLEASE["title"] + "\n")
    assert article.published == "2023-09-11T14:05"
    assert article.authors == ("Ihsanuddin", "Dani Prabowo")
    assert article.url == NEWS_PLEASE["url"]
    assert article.dateline == "JAKARTA"  # the text parser still reads the body


def test_read_records_trafilatura_json_object_and_array(tmp_path):
    one = _read(_write(tmp_path / "one.json", json.dumps(TRAFILATURA)))
    many = _read(_write(tmp_path / "many.json", json.dumps([TRAFILATURA, {**TRAFILATURA, "text": "Berita lain."}])))
    assert [s.name for s in one] == ["one.json#1"]
    assert [s.name for s in many] == ["many.json#1", "many.json#2"]
    article = parse_article(one[0])
    assert article.title == TRAFILATURA["title"] and article.published == "2023-09-12"
    assert article.authors == ("Budi Santoso", "Ani Rahma") and article.publisher == "Tempo"
    assert article.url == TRAFILATURA["url"]


def test_read_records_csv_with_named_columns_and_semicolons(tmp_path):
    text = BODY.replace('"', '""')
    path = _write(tmp_path / "berita.csv", f'judul;isi_berita;tgl;tautan\nSatu Judul;"{text}";12/09/2023;https://x.id/a b\n')
    fields = FieldNames(text="isi_berita", title="judul", date="tgl", url="tautan")
    (source,) = _read(path, fields=fields)
    article = parse_article(source)
    assert article.title == "Satu Judul" and article.published == "2023-09-12"
    assert article.url == "https://x.id/a%20b"  # made IRI-safe, not dropped
    assert "Anwar Ibrahim" in article.text


def test_read_records_plain_tsv_layout_is_detected(tmp_path):
    path = _write(tmp_path / "dump.tsv", "id\turl\tdate\ttitle\tcontent\n7\thttps://a.id/x\t2023-01-02\tJudul\tIsi berita yang cukup panjang.\n")
    (source,) = _read(path)
    assert source.title == "Judul" and source.url == "https://a.id/x" and source.published == "2023-01-02"


def test_read_records_field_without_text_names_the_fields(tmp_path):
    (item,) = _read(_write(tmp_path / "x.jsonl", _jsonl({"judul": "a", "catatan": "b"})))
    assert isinstance(item, Skipped) and item.reason == "not an article"
    assert item.message == (f"{tmp_path / 'x.jsonl'}: no field holds article text (fields: 'judul', 'catatan'); "
                            "name it with --text-field")


def test_read_records_missing_override_field_is_named(tmp_path):
    (item,) = _read(_write(tmp_path / "x.jsonl", _jsonl(NEWS_PLEASE)), fields=FieldNames(text="body"))
    assert isinstance(item, Skipped) and "no field 'body' (--text-field)" in item.message


def test_read_records_bad_records_are_skipped_one_line_each(tmp_path):
    path = _write(tmp_path / "np.jsonl", _jsonl(
        NEWS_PLEASE, {**NEWS_PLEASE, "maintext": "  "}, "{broken", "[1, 2]", "", {**NEWS_PLEASE, "maintext": BODY + " Lagi."},
    ))
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Source", "Skipped", "Skipped", "Skipped", "Source"]
    assert [i.name for i in items if isinstance(i, Source)] == ["np.jsonl#1", "np.jsonl#5"]  # blank lines are no record
    no_text, broken, not_object = items[1:4]
    assert no_text.reason == "no text" and no_text.message.startswith(f"{path}: record 2: no text in field 'maintext'")
    assert broken.reason == "unparsable" and f"{path}: record 3: not valid JSON" in broken.message
    assert not_object.reason == "unparsable" and "record 4: a JSON list" in not_object.message
    assert all("\n" not in i.message for i in items[1:4])


def test_read_records_broken_csv_row_is_skipped(tmp_path):
    path = _write(tmp_path / "b.csv", "title,content\nA,Isi pertama berita.\nB,Isi,kedua,berita\nC,Isi ketiga berita.\n")
    items = _read(path)
    assert [getattr(i, "title", None) for i in items] == ["A", None, "C"]
    assert items[1].message == f"{path}: record 2: broken row: 4 fields where the header has 2; fix or remove it"


def test_read_records_truncated_gzip_keeps_what_was_read(tmp_path):
    records = [{**NEWS_PLEASE, "maintext": f"{BODY} Nomor {i}. " + "kata " * 2000} for i in range(40)]
    data = gzip.compress(_jsonl(*records).encode("utf-8"))
    path = _write(tmp_path / "np.jsonl.gz", data[: len(data) * 2 // 3])
    items = _read(path)
    sources, last = items[:-1], items[-1]
    assert 0 < len(sources) < 40 and all(isinstance(s, Source) for s in sources)
    assert last.reason == "damaged"
    assert last.message.startswith(f"{path}: the gzip data is truncated after record {len(sources)}")


def test_read_records_gzip_jsonl_reads_like_plain(tmp_path):
    lines = _jsonl(NEWS_PLEASE, {**NEWS_PLEASE, "maintext": "Berita kedua."})
    plain = _read(_write(tmp_path / "a" / "np.jsonl", lines))
    zipped = _read(_write(tmp_path / "b" / "np.jsonl.gz", gzip.compress(lines.encode())))
    assert len(plain) == 2 and [s.sha256 for s in plain] == [s.sha256 for s in zipped]


def test_read_records_json_array_broken_item_ends_the_file(tmp_path):
    path = _write(tmp_path / "a.json", '[{"text": "Berita satu."}, {"text": "Berita dua."}, {"text": oops}, {"text": "x"}]')
    items = _read(path)
    assert [i.name for i in items[:2]] == ["a.json#1", "a.json#2"]
    assert "record 3: not valid JSON" in items[2].message
    assert items[3].reason == "unparsable" and "records before it were read" in items[3].message


def test_read_records_html_in_a_field_is_reduced_to_text(tmp_path):
    record = {"title": "Judul", "content": "<p>Paragraf <b>satu</b>.</p><p>Paragraf dua.</p><script>x()</script>"}
    (source,) = _read(_write(tmp_path / "h.jsonl", _jsonl(record)))
    assert source.text == "Judul\n\nParagraf satu.\nParagraf dua."


@pytest.mark.parametrize("suffix", ["jsonl", "json"])
def test_read_records_streams_a_large_file_in_flat_memory(tmp_path, suffix):
    """20 MB of records is read with a few hundred kB held at a time (a 1 GB file the same)."""
    record = {**NEWS_PLEASE, "maintext": BODY + " " + "kata " * 4000}
    path = tmp_path / f"big.{suffix}"
    with open(path, "w", encoding="utf-8") as out:
        out.write("" if suffix == "jsonl" else "[")
        for number in range(1000):
            line = json.dumps({**record, "title": f"Judul {number}"})
            out.write(line + "\n" if suffix == "jsonl" else ("," if number else "") + line)
        out.write("" if suffix == "jsonl" else "]")
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    count = sum(1 for item in read_sources([path]) if isinstance(item, Source))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 1000
    assert peak < 2_000_000, f"peak {peak:,} bytes"


@pytest.mark.parametrize("name, data", [("e.jsonl", ""), ("e.json", "[]"), ("e.jsonl.gz", gzip.compress(b"\n\n"))])
def test_read_records_file_without_records_is_empty(tmp_path, name, data):
    (item,) = _read(_write(tmp_path / name, data))
    assert isinstance(item, Skipped) and item.reason == "empty"
    assert item.message == f"{tmp_path / name}: holds no records; add articles or remove the file"


def test_read_records_csv_bad_quoting_is_skipped(tmp_path):
    path = _write(tmp_path / "q.csv", 'title,content\nA,"Isi" rusak.\nB,Isi kedua berita.\nC,"Isi tanpa tutup\n')
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Skipped", "Source", "Skipped"]
    assert items[0].message.startswith(f"{path}: record 1: broken row (")
    assert items[2].message.startswith(f"{path}: record 3: broken row (unexpected end of data")
