"""Write the README's input examples from real articles in gold/news (run from the repo root).

    python docs/make_examples.py

Each article is read with kg's own text parser (headline, date, body) and written in the
layout a scraper would use: news-please JSON Lines, a trafilatura JSON object, a CSV with
its own column names, and a WARC of HTML responses (the pages are a minimal wrapper
around the real text, written with warcio as a crawler writes them).
"""

from __future__ import annotations

import csv
import html
import json
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.article import parse_article
from kg.sources import read_source

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold" / "news"
OUT = ROOT / "docs" / "examples"
URLS = {json.loads(line)["source"]: json.loads(line)["url"] for line in open(GOLD / "dev.jsonl", encoding="utf-8")}


def article(name: str) -> tuple[str, str | None, str, str]:
    """(headline, published, body, url) of a gold article."""
    parsed = parse_article(read_source(GOLD / "texts" / name))
    body = parsed.text.split("\n", 1)[1]
    return parsed.title, parsed.published, body, URLS[f"texts/{name}"]


def news_please() -> None:
    with open(OUT / "news-please.jsonl", "w", encoding="utf-8") as out:
        for name in ("h4_01_kompas_jokowi-undang-pm-australia.txt", "h2_08_detik_erick-rombak-bumn.txt"):
            title, published, body, url = article(name)
            record = {"authors": [], "date_download": None, "date_modify": None,
                      "date_publish": published.replace("T", " ") + ":00" if published else None,
                      "description": None, "filename": None, "image_url": None, "language": "id",
                      "localpath": None, "maintext": body, "source_domain": urlsplit(url).hostname,
                      "title": title, "title_page": None, "title_rss": None, "url": url}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def trafilatura() -> None:
    title, published, body, url = article("h4_03_liputan6_menlu-retno-new-york.txt")
    record = {"title": title, "author": None, "hostname": urlsplit(url).hostname, "date": published[:10],
              "fingerprint": None, "id": None, "license": None, "comments": "", "raw_text": body, "text": body,
              "language": "id", "image": None, "pagetype": "article", "source": url, "source-hostname": "Liputan6.com",
              "excerpt": None, "categories": "", "tags": "", "url": url, "sitename": "Liputan6.com"}
    (OUT / "trafilatura.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def table() -> None:
    with open(OUT / "berita.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["judul_berita", "isi_berita", "tgl_terbit", "tautan"])
        for name in ("h3_01_kompas_banjir-cilacap-pengungsi.txt", "h5_05_idntimes_harga-telur-jatim.txt"):
            title, published, body, url = article(name)
            writer.writerow([title, body, published[:10] if published else "", url])


def warc() -> None:
    with open(OUT / "crawl.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for name in ("h3_03_tempo_gempa-bogor-sukabumi.txt", "h2_07_kumparan_suprajarto-btn-plh.txt"):
            title, published, body, url = article(name)
            paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in body.split("\n"))
            page = (f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
                    f'<link rel="canonical" href="{html.escape(url)}">'
                    f'<meta property="article:published_time" content="{published or ""}"></head>'
                    f"<body><nav><a href='/'>Beranda</a></nav><article><h1>{html.escape(title)}</h1>\n{paragraphs}"
                    "</article></body></html>")
            _response(writer, url, page.encode("utf-8"), "text/html; charset=utf-8")
        _response(writer, "https://example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(32), "image/png")


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers,
                                                  warc_headers_dict={"WARC-Date": "2024-01-15T08:00:00Z"}))


if __name__ == "__main__":
    news_please()
    trafilatura()
    table()
    warc()
