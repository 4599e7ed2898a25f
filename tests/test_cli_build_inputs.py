"""``kg build`` on news as users have it: news-please JSONL, trafilatura JSON, CSV, WARC.

Each builds into a graph that conforms to the shapes, whose articles carry their URL,
headline and date as a SPARQL query sees them; bad records are named one line each and
the rest is built. The NLP is ``spacy.blank("id")`` plus the real ``kg_*`` components, so
no trained model is needed.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import EXIT_OK, EXIT_SKIPPED, main
from tests.test_record_files import BODY, NEWS_PLEASE, TRAFILATURA
from tests.warc_files import write_warc

ARTICLES = """
PREFIX schema: <https://schema.org/>
SELECT ?id ?url ?headline ?date WHERE {
  ?a a schema:NewsArticle ; schema:identifier ?id .
  OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:datePublished ?date }
} ORDER BY ?id
"""


pytestmark = pytest.mark.usefixtures("nlp")


def _build(tmp_path: Path, inputs: list[Path], *args: str):
    out = tmp_path / "out.trig"
    result = CliRunner().invoke(main, ["build", *map(str, inputs), "-o", str(out), "--no-timestamp", *args])
    return result, out


def _articles(graph: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["query", str(graph), ARTICLES, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_build_news_please_trafilatura_and_warc_carry_url_headline_date(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "np.jsonl").write_text(json.dumps(NEWS_PLEASE) + "\n", encoding="utf-8")
    (folder / "traf.json").write_text(json.dumps(TRAFILATURA), encoding="utf-8")
    write_warc(folder / "crawl.warc.gz")
    result, out = _build(tmp_path, [folder])
    assert result.exit_code == EXIT_SKIPPED, result.stderr  # the WARC's image, English page and 404
    assert "3 articles" in result.stderr and "(1 HTTP error, 1 not HTML, 1 not Indonesian)" in result.stderr
    rows = _articles(out)
    assert rows == [
        {"id": "crawl.warc.gz#2", "url": "https://news.example.id/read/2023/09/14/jokowi-resmikan-bendungan",
         "headline": "Jokowi Resmikan Bendungan Baru di Bogor", "date": "2023-09-14T10:15:00"},
        {"id": "np.jsonl#1", "url": NEWS_PLEASE["url"], "headline": NEWS_PLEASE["title"], "date": "2023-09-11T14:05:00"},
        {"id": "traf.json#1", "url": TRAFILATURA["url"], "headline": TRAFILATURA["title"], "date": "2023-09-12"},
    ]


def test_build_csv_with_custom_columns(tmp_path):
    table = tmp_path / "berita.csv"
    text = BODY.replace('"', '""')
    table.write_text(f'judul_berita,isi_berita,tgl,tautan\n"Jokowi dan Anwar",'
                   f'"{text}",11/09/2023,https://berita.example.id/1\n', encoding="utf-8")
    result, out = _build(tmp_path, [table], "--text-field", "isi_berita", "--title-field", "judul_berita",
                         "--date-field", "tgl", "--url-field", "tautan")
    assert result.exit_code == EXIT_OK, result.stderr
    assert _articles(out) == [{"id": "berita.csv#1", "url": "https://berita.example.id/1",
                               "headline": "Jokowi dan Anwar", "date": "2023-09-11"}]


def test_build_article_iri_is_content_based_not_url_based(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps(NEWS_PLEASE) + "\n", encoding="utf-8")
    b.write_text(json.dumps({**NEWS_PLEASE, "url": "https://elsewhere.example/x"}) + "\n", encoding="utf-8")
    first, out_a = _build(tmp_path / "1", [a])
    second, out_b = _build(tmp_path / "2", [b])
    assert first.exit_code == second.exit_code == EXIT_OK
    query = "SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> }"
    iris = [CliRunner().invoke(main, ["query", str(out), query, "--format", "csv"]).stdout for out in (out_a, out_b)]
    assert iris[0] == iris[1] and "/id/article/" in iris[0]


def _cut(data: bytes) -> bytes:
    return data[: len(data) // 2]


@pytest.mark.parametrize("name, data, reason, line", [
    ("cut.jsonl.gz", _cut(gzip.compress("".join(json.dumps({**NEWS_PLEASE, "maintext": f"{BODY} Kode {os.urandom(400).hex()}."})
                                                + "\n" for i in range(20)).encode())),
     "damaged", "the gzip data is truncated after record"),
    ("np.jsonl", (json.dumps({**NEWS_PLEASE, "maintext": ""}) + "\n" + json.dumps(NEWS_PLEASE) + "\n").encode(),
     "no text", "record 1: no text in field 'maintext'"),
    ("b.csv", f'title,content\nA,"{BODY}"\nB,x,y\n'.encode(), "unparsable", "record 2: broken row: 3 fields"),
])
def test_build_bad_record_is_one_line_and_the_rest_is_built(tmp_path, name, data, reason, line):
    path = tmp_path / name
    path.write_bytes(data)
    result, out = _build(tmp_path, [path])
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    assert "Traceback" not in result.stderr
    skipped = [entry for entry in result.stderr.splitlines() if entry.startswith("skipped: ")]
    assert len(skipped) == 1 and line in skipped[0] and str(path) in skipped[0]
    assert f"; skipped 1 (1 {reason})" in result.stderr.splitlines()[-1]
    assert len(_articles(out)) >= 1


def test_build_warc_non_html_record_is_one_line(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc")
    result, out = _build(tmp_path, [warc])
    assert result.exit_code == EXIT_SKIPPED
    lines = [entry for entry in result.stderr.splitlines() if entry.startswith("skipped: ")]
    assert [entry for entry in lines if "not an HTML page" in entry] == [
        f"skipped: {warc}: 1 record(s) not an HTML page (images, scripts, feeds, PDFs ...); counted, not read"
    ]
    assert len(_articles(out)) == 1
