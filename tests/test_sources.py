"""read_sources: every kind of input a newsroom folder holds, good and bad."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.records import Skipped, Source
from kg.sources import read_source, read_sources
from kg.webpage import html_to_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = "Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Jakarta, Senin (11/9/2023).\n"


def _only(path: Path, **options) -> Source | Skipped:
    items = list(read_sources([path], **options))
    assert len(items) == 1, items
    return items[0]


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_read_sources_seeds_are_utf8_text_in_name_order():
    items = list(read_sources([SEEDS]))
    assert all(isinstance(item, Source) for item in items)
    assert [s.name for s in items] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for source in items:
        assert source.encoding == "utf-8" and source.media_type == "text/plain"
        assert source.sha256 == hashlib.sha256(source.text.encode("utf-8")).hexdigest()


def test_read_sources_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="No such file or folder"):
        read_sources([tmp_path / "nope.txt"])


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\n \u3000".encode("utf-8")])
def test_read_source_empty_or_whitespace_is_skipped(tmp_path, data):
    item = _only(_write(tmp_path / "a.txt", data))
    assert isinstance(item, Skipped) and item.reason == "empty"
    assert "a.txt" in item.message and "\n" not in item.message


def test_read_source_latin1(tmp_path):
    text = "Pertemuan di café São Paulo berlangsung ½ hari, kata menteri.\n"
    item = _only(_write(tmp_path / "a.txt", text.encode("latin-1")))
    assert isinstance(item, Source)
    assert item.text == text and item.encoding == "latin-1"


def test_read_source_windows_1252_quotes_and_dashes(tmp_path):
    text = "\u201cKami berupaya membangun hubungan baik,\u201d ujar Peskov \u2013 juru bicara Kremlin.\r\n"
    item = _only(_write(tmp_path / "a.txt", text.encode("cp1252")))
    assert isinstance(item, Source) and item.encoding == "cp1252"
    assert item.text == text.replace("\r\n", "\n")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_read_source_unicode_with_bom(tmp_path, codec):
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    item = _only(_write(tmp_path / "a.txt", data))
    assert isinstance(item, Source) and item.text == ARTICLE
    assert item.encoding.startswith("utf-")


def test_read_source_newlines_and_nfc(tmp_path):
    item = _only(_write(tmp_path / "a.txt", "Cafe\u0301 satu\r\ndua\rtiga\n".encode("utf-8")))
    assert item.text == "Caf\u00e9 satu\ndua\ntiga\n"


def test_read_source_cyrillic_legacy_encoding_is_detected(tmp_path):
    text = "Президент России Владимир Путин встретился с Ким Чен Ыном на космодроме Восточный.\n" * 3
    item = _only(_write(tmp_path / "a.txt", text.encode("cp1251")))
    assert isinstance(item, Source) and item.text == text


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"some text\x00\x00\x01\x02 more", "binary"),
    ],
)
def test_read_source_binary_is_skipped(tmp_path, data, kind):
    item = _only(_write(tmp_path / "a.bin", data))
    assert isinstance(item, Skipped) and item.reason == "binary"
    assert kind in item.message


@pytest.mark.parametrize(
    "data, says",
    [
        ("Jakarta — «Kim» tiba di Rusia, kata “menteri”. ".encode("utf-8") + b"\xff" + "Putin — ok.".encode("utf-8"), "mostly UTF-8"),
        (bytes(range(128, 256)) * 3, "cannot be told"),
    ],
)
def test_read_source_undecodable_bytes_are_skipped(tmp_path, data, says):
    item = _only(_write(tmp_path / "a.txt", data))
    assert isinstance(item, Skipped) and item.reason == "undecodable"
    assert says in item.message and "re-save it as UTF-8" in item.message


def test_read_source_html_page_is_reduced_to_text(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Kim tiba di Rusia | Kompas.com</title>
    <style>p {color: red}</style><script>var ads = "Baca juga";</script></head>
    <body><nav><a href="/">Beranda</a> <a href="/news">News</a></nav>
    <div class="share-buttons">Bagikan ke Facebook</div>
    <article><h1>Kim Tiba di Rusia</h1>
    <p>JAKARTA, KOMPAS.com - Pemimpin Korea Utara Kim Jong Un &amp; rombongan tiba di Rusia.</p>
    <p>Putin menyambut Kim di Vostochny.</p></article>
    <footer>Hak cipta 2023</footer></body></html>"""
    item = _only(_write(tmp_path / "page.html", page.encode("utf-8")))
    assert isinstance(item, Source) and item.media_type == "text/html"
    assert item.text.split("\n") == [
        "Kim Tiba di Rusia",
        "JAKARTA, KOMPAS.com - Pemimpin Korea Utara Kim Jong Un & rombongan tiba di Rusia.",
        "Putin menyambut Kim di Vostochny.",
    ]


def test_read_source_html_is_sniffed_without_extension(tmp_path):
    page = b"<html><head><title>Judul Berita - Situs</title></head><body><p>Isi berita di sini.</p></body></html>"
    item = _only(_write(tmp_path / "page.txt", page))
    assert item.media_type == "text/html" and item.text == "Judul Berita - Situs\nIsi berita di sini."


def test_read_source_html_without_text_is_skipped(tmp_path):
    page = b"<!doctype html><html><head><script>x()</script></head><body><nav>Menu</nav></body></html>"
    item = _only(_write(tmp_path / "empty.html", page))
    assert isinstance(item, Skipped) and item.reason == "no text"


def test_read_source_html_declared_charset(tmp_path):
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u201cbaru\u201d</p></body></html>'
    item = _only(_write(tmp_path / "p.htm", page.encode("cp1252")))
    assert isinstance(item, Source) and item.text == "Caf\u00e9 \u201cbaru\u201d"


def test_html_to_text_drops_unclosed_paragraphs_nicely():
    assert html_to_text("<p>satu<p>dua<br>tiga<ul><li>empat</ul>") == "satu\ndua\ntiga\nempat"


def test_read_source_20mb_single_line_is_fast(tmp_path):
    line = ("Kim Jong Un bertemu Vladimir Putin di Rusia. " * 450_000)[:20_000_000]
    path = _write(tmp_path / "big.txt", line.encode("utf-8"))
    started = time.perf_counter()
    item = _only(path)
    elapsed = time.perf_counter() - started
    assert isinstance(item, Source) and len(item.text) == 20_000_000
    assert elapsed < 3, f"took {elapsed:.1f}s"


def test_read_source_too_large_is_skipped(tmp_path):
    path = _write(tmp_path / "big.txt", b"a" * 2000)
    item = _only(path, max_bytes=1000)
    assert isinstance(item, Skipped) and item.reason == "too large"
    assert "big.txt" in item.message


def test_read_sources_folder_is_walked_recursively_and_sorted(tmp_path):
    _write(tmp_path / "b.txt", b"Berita B.\n")
    _write(tmp_path / "a" / "z.txt", b"Berita Z.\n")
    _write(tmp_path / "a" / "deep" / "y.md", b"Berita Y.\n")
    _write(tmp_path / "a" / "img.png", b"\x89PNG\r\n\x1a\n\x00")
    _write(tmp_path / ".git" / "config", b"[core]\n")
    _write(tmp_path / ".hidden.txt", b"Rahasia.\n")
    _write(tmp_path / "c.html", b"<html><body><p>Berita C.</p></body></html>")
    items = list(read_sources([tmp_path]))
    assert [getattr(i, "name", None) or Path(i.path).name for i in items] == [
        "a/deep/y.md",
        "img.png",
        "a/z.txt",
        "b.txt",
        "c.html",
    ]
    assert [type(i).__name__ for i in items] == ["Source", "Skipped", "Source", "Source", "Source"]
    assert items == list(read_sources([tmp_path]))  # deterministic


def test_read_sources_file_argument_is_named_by_file_name(tmp_path):
    path = _write(tmp_path / "sub" / "berita.txt", ARTICLE.encode())
    assert _only(path).name == "berita.txt"


def test_read_sources_duplicate_text_is_skipped(tmp_path):
    _write(tmp_path / "a.txt", ARTICLE.encode("utf-8"))
    _write(tmp_path / "b.txt", ARTICLE.encode("utf-16"))  # same text, other encoding
    first, second = read_sources([tmp_path])
    assert isinstance(first, Source) and first.name == "a.txt"
    assert isinstance(second, Skipped) and second.reason == "duplicate"
    assert "same text as a.txt" in second.message


def test_read_sources_symlinks(tmp_path):
    real = _write(tmp_path / "data" / "real.txt", ARTICLE.encode())
    (tmp_path / "data" / "link.txt").symlink_to(real)
    (tmp_path / "data" / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "data" / "loop").symlink_to(tmp_path / "data")
    (tmp_path / "data" / "self.txt").symlink_to(tmp_path / "data" / "self.txt")
    items = {Path(i.path).name: i for i in read_sources([tmp_path / "data"])}
    assert items["dangling.txt"].reason == "dangling link"
    assert "missing.txt" in items["dangling.txt"].message
    assert items["loop"].reason == "symlink loop"
    assert items["self.txt"].reason == "symlink loop"
    assert isinstance(items["link.txt"], Source) and items["link.txt"].name == "link.txt"
    assert items["real.txt"].reason == "duplicate"  # same text as the link, read first


def test_read_sources_dangling_link_argument_is_skipped(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    item = _only(tmp_path / "gone.txt")
    assert isinstance(item, Skipped) and item.reason == "dangling link"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files whatever their mode")
def test_read_sources_unreadable_file_is_skipped(tmp_path):
    path = _write(tmp_path / "secret.txt", ARTICLE.encode())
    path.chmod(0)
    try:
        item = _only(path)
    finally:
        path.chmod(0o644)
    assert isinstance(item, Skipped) and item.reason == "unreadable"
    assert "permission" in item.message.lower()


def test_read_sources_unreadable_folder_is_skipped(tmp_path, monkeypatch):
    _write(tmp_path / "ok.txt", ARTICLE.encode())
    _write(tmp_path / "locked" / "x.txt", b"Berita.\n")
    real_scandir = os.scandir

    def scandir(path):  # root ignores chmod 000, so simulate a folder we may not list
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    locked, ok = read_sources([tmp_path])
    assert isinstance(locked, Skipped) and locked.reason == "unreadable"
    assert "locked" in locked.message and "permissions" in locked.message
    assert isinstance(ok, Source)


@pytest.mark.parametrize(
    "name", ["it's \"quoted\".txt", "with space.txt", "berita 🎉.txt", "Москва.txt", "東京ニュース.txt", "خبر.txt"]
)
def test_read_sources_unusual_file_names(tmp_path, name):
    _write(tmp_path / "in" / name, ARTICLE.encode())
    item = _only(tmp_path / "in")
    assert isinstance(item, Source) and item.name == name


def test_read_source_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    item = read_source(fifo)
    assert isinstance(item, Skipped) and item.reason == "not a file"


def test_read_sources_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    item = _only("-")
    assert isinstance(item, Source) and item.name == "stdin" and item.text == ARTICLE


def test_read_source_html_meta_author_and_date_become_lines(tmp_path):
    page = """<html><head><title>Kim Tiba | Situs</title>
    <meta name="author" content="Andi Saputra">
    <meta property="article:published_time" content="2023-09-14T11:22:00+07:00"></head>
    <body><article><h1>Kim Tiba di Rusia</h1><p>JAKARTA - Kim tiba.</p></article></body></html>"""
    item = _only(_write(tmp_path / "p.html", page.encode()))
    assert item.text.split("\n") == [
        "Kim Tiba di Rusia",
        "Penulis: Andi Saputra",
        "2023-09-14T11:22:00+07:00",
        "JAKARTA - Kim tiba.",
    ]


def test_read_sources_undecodable_and_control_characters_in_names(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:  # a Latin-1 byte in the name
        handle.write(ARTICLE.encode())
    _write(folder / "two\nlines.txt", b"")
    latin, empty = read_sources([folder])
    assert latin.name == "caf\ufffd.txt"
    latin.name.encode("utf-8")  # no lone surrogates left for the graph
    assert "\n" not in empty.message and "two\\nlines.txt" in empty.message


def test_html_to_text_unclosed_nav_falls_back_to_all_text():
    page = "<html><body><nav><a>Beranda</a><p>Presiden tiba di Bali pada Senin pagi untuk kunjungan kerja.</p></body></html>"
    assert html_to_text(page) == "Beranda\nPresiden tiba di Bali pada Senin pagi untuk kunjungan kerja."


def test_read_sources_graph_and_data_files_are_not_articles(tmp_path):
    _write(tmp_path / "graph.ttl", b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n")
    _write(tmp_path / "data.json", b'{"title": "x"}')
    _write(tmp_path / "notes.md", b"Presiden tiba di Bali.\n")
    items = list(read_sources([tmp_path]))
    assert [(Path(i.path).name, getattr(i, "reason", "read")) for i in items] == [
        ("data.json", "not an article"),
        ("graph.ttl", "not an article"),
        ("notes.md", "read"),
    ]
    assert "RDF file (.ttl)" in items[1].message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_read_source_utf16_without_bom(tmp_path, codec):
    item = _only(_write(tmp_path / "a.txt", ARTICLE.encode(codec)))
    assert isinstance(item, Source) and item.text == ARTICLE and item.encoding == codec


def test_read_sources_accepts_a_single_path():
    assert len(list(read_sources(str(SEEDS)))) == len(list(SEEDS.glob("*.txt")))


@pytest.mark.parametrize("head, url", [
    ('<meta property="og:url" content="https://news.example.id/read/1">', "https://news.example.id/read/1"),
    ('<link rel="canonical" href="https://news.example.id/read/2 ">', "https://news.example.id/read/2"),
    ('<link rel="canonical" href="https://a.id/1"><meta property="og:url" content="https://a.id/2">', "https://a.id/2"),
    ('<link rel="canonical" href="/read/3">', None),  # relative: not guessed
    ("", None),
])
def test_read_source_html_page_states_its_url(tmp_path, head, url):
    page = f"<html><head>{head}</head><body><p>{ARTICLE}</p></body></html>"
    item = _only(_write(tmp_path / "a.html", page.encode("utf-8")))
    assert isinstance(item, Source) and item.url == url
