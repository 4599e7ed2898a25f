"""Web archives: each Indonesian HTML page an article with its URL and fetch time; the rest counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.article import parse_article
from kg.records import Skipped, Source
from kg.sources import read_sources
from kg.warc import is_indonesian
from tests.warc_files import INDONESIAN_PAGE, write_warc


@pytest.mark.parametrize("gzip", [True, False])
def test_read_warc_html_page_is_an_article_with_url_and_fetch_time(tmp_path, gzip):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip=gzip)
    items = list(read_sources([path]))
    sources = [i for i in items if isinstance(i, Source)]
    assert len(sources) == 1
    page = sources[0]
    assert page.name == f"{path.name}#2" and page.media_type == "text/html"
    assert page.url == "https://news.example.id/read/2023/09/14/jokowi-resmikan-bendungan"  # og:url over the crawl URL
    assert page.retrieved == "2023-09-14T05:00:00Z"
    article = parse_article(page)
    assert article.title == "Jokowi Resmikan Bendungan Baru di Bogor"
    assert article.published == "2023-09-14T10:15"
    assert "Beranda" not in article.text and "Basuki Hadimuljono" in article.text


def test_read_warc_other_records_are_counted_one_line_per_reason(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz")
    skipped = [i for i in read_sources([path]) if isinstance(i, Skipped)]
    assert [(s.reason, s.count) for s in skipped] == [("HTTP error", 1), ("not HTML", 1), ("not Indonesian", 1)]
    assert skipped[1].message == (f"{path}: 1 record(s) not an HTML page (images, scripts, feeds, PDFs ...); "
                                  "counted, not read")


def test_read_warc_page_url_falls_back_to_the_target_uri(tmp_path):
    page = INDONESIAN_PAGE.replace('<meta property="og:url" content="https://news.example.id/read/2023/09/14/jokowi-resmikan-bendungan">', "")
    path = write_warc(tmp_path / "c.warc.gz", pages=[("https://news.example.id/read/9", page.encode(), "text/html")])
    (source,) = [i for i in read_sources([path]) if isinstance(i, Source)]
    assert source.url == "https://news.example.id/read/9"


def test_read_warc_truncated_archive_keeps_pages_before(tmp_path):
    pages = [(f"https://news.example.id/read/{n}", INDONESIAN_PAGE.replace("Kamis", f"Kamis ke-{n}").encode(), "text/html")
             for n in range(30)]
    full = write_warc(tmp_path / "full.warc.gz", pages=pages).read_bytes()
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(full[: len(full) // 2])
    items = list(read_sources([path]))
    sources = [i for i in items if isinstance(i, Source)]
    assert 5 < len(sources) < 30
    damaged = [i for i in items if isinstance(i, Skipped) and i.reason == "damaged"]
    assert len(damaged) == 1 and damaged[0].message.startswith(f"{path}: the archive ")
    assert "the pages before it were read" in damaged[0].message


def test_read_warc_not_an_archive_is_one_line(tmp_path):
    path = tmp_path / "x.warc"
    path.write_text("Presiden tiba di Bali.\n", encoding="utf-8")
    (item,) = list(read_sources([path]))
    assert isinstance(item, Skipped) and item.reason == "damaged" and "\n" not in item.message


def test_is_indonesian_tells_indonesian_from_malay_and_english():
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    assert all(is_indonesian(p.read_text(encoding="utf-8")) for p in seeds.glob("*.txt"))
    assert not is_indonesian("The minister visited the port on Monday and said trade had grown quickly.")
    assert not is_indonesian("Perdana Menteri Anwar Ibrahim berkata kerajaan akan meneliti cadangan itu minggu depan.")
