"""kg.webpage: trafilatura's body with kg's headline, metadata and fallbacks."""

from __future__ import annotations

import pytest

from kg.webpage import read_html

BODY = ("<p>JAKARTA - Presiden meresmikan bendungan baru di Jawa Tengah pada Senin pagi bersama para menteri.</p>"
        "<p>Bendungan itu mengairi ribuan hektare sawah petani di tiga kabupaten sekitarnya.</p>")


def _page(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><title>Bendungan Baru Diresmikan | Kabar</title>{head}</head><body>{before}"
            f"<article><h1>Bendungan Baru Diresmikan</h1>{BODY}</article>{after}</body></html>")


def test_read_html_headline_is_the_h1_that_matches_the_title():
    page = read_html(_page(before="<h1>Kabar Nusantara</h1>"))  # the site's logo comes first
    assert page.title == "Bendungan Baru Diresmikan"
    assert page.text.split("\n")[0] == "Bendungan Baru Diresmikan" and "Kabar Nusantara" not in page.text


def test_read_html_meta_author_and_time_come_before_the_body():
    head = '<meta name="author" content="Andi Saputra"><meta property="article:published_time" content="2023-09-14T11:22:00+07:00">'
    lines = read_html(_page(head=head)).text.split("\n")
    assert lines[:3] == ["Bendungan Baru Diresmikan", "Penulis: Andi Saputra", "2023-09-14T11:22:00+07:00"]
    assert lines[3].startswith("JAKARTA - Presiden")


def test_read_html_no_date_guessed_from_a_copyright_line():
    text = read_html(_page(after="<footer>Hak cipta 2023 Kabar</footer>")).text
    assert "2023-01-01" not in text and "Hak cipta" not in text


def test_read_html_short_furniture_lines_are_dropped():
    """On a short page trafilatura keeps the menu; kg's reader knows it as a menu."""
    import trafilatura

    page = ("<html><body><nav>Beranda</nav><article><h1>Kim Tiba di Rusia</h1>"
            "<p>JAKARTA, KOMPAS.com - Kim Jong Un tiba di Rusia.</p></article></body></html>")
    assert "Beranda" in trafilatura.extract(page)
    assert read_html(page).text == "Kim Tiba di Rusia\nJAKARTA, KOMPAS.com - Kim Jong Un tiba di Rusia."


def test_read_html_stub_falls_back_to_kgs_reducer():
    page = read_html("<html><head><title>Judul - Situs</title></head><body><p>Isi singkat.</p></body></html>")
    assert page.text == "Judul - Situs\nIsi singkat." and page.title is None


def test_read_html_kg_reducer_alone():
    assert read_html(_page(), reducer="kg").title is None


def test_read_html_unknown_reducer_is_named():
    with pytest.raises(ValueError, match="Unknown HTML reducer 'readability'; expected 'trafilatura' or 'kg'"):
        read_html(_page(), reducer="readability")
