"""Small web archives for tests, written with warcio as a crawler would write them."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

INDONESIAN_PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<title>Jokowi Resmikan Bendungan Baru di Bogor | Berita</title>
<meta property="og:url" content="https://news.example.id/read/2023/09/14/jokowi-resmikan-bendungan">
<meta property="article:published_time" content="2023-09-14T10:15:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav>
<article>
<h1>Jokowi Resmikan Bendungan Baru di Bogor</h1>
<p>BOGOR, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Ciawi di Kabupaten Bogor, Jawa Barat,
pada Kamis (14/9/2023). Bendungan itu dibangun untuk mengurangi banjir di Jakarta.</p>
<p>"Bendungan ini akan mengurangi debit air yang masuk ke Jakarta," kata Jokowi kepada wartawan.</p>
<p>Menteri Pekerjaan Umum Basuki Hadimuljono mengatakan pembangunan bendungan menghabiskan dana Rp 798 miliar.</p>
</article>
<div class="related">Baca juga: Berita lain</div>
</body></html>
"""

ENGLISH_PAGE = """<!doctype html><html><head><title>Minister visits port</title></head><body><article>
<h1>Minister visits port</h1>
<p>The minister visited the port on Monday and said the government would expand the container terminal
next year, adding that trade with neighbouring countries had grown quickly over the past decade.</p>
</article></body></html>
"""


def response(writer: WARCWriter, url: str, body: bytes, content_type: str, *, status: str = "200 OK",
             date: str = "2023-09-14T05:00:00Z") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def write_warc(path: Path, *, gzip: bool = True, pages: list[tuple[str, bytes, str]] | None = None) -> Path:
    """A crawl: a request, the Indonesian article, an image, an English page and a 404."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        request = writer.create_warc_record("https://news.example.id/read/1", "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        for url, body, content_type in pages if pages is not None else [
            ("https://news.example.id/read/1?utm=x", INDONESIAN_PAGE.encode("utf-8"), "text/html; charset=utf-8"),
            ("https://news.example.id/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
            ("https://news.example.com/en/port", ENGLISH_PAGE.encode("utf-8"), "text/html"),
        ]:
            response(writer, url, body, content_type)
        response(writer, "https://news.example.id/gone", b"<html><body>Not found</body></html>", "text/html",
                 status="404 Not Found")
    return path
