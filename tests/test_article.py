"""parse_article: headline, dateline, publisher, date, byline and boilerplate on real layouts."""

from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.article import find_published, parse_article
from kg.errors import InputError
from kg.records import Source
from kg.sources import read_sources

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _source(text: str, name: str = "a.txt") -> Source:
    return Source(name=name, path=name, text=text, sha256=hashlib.sha256(text.encode()).hexdigest())


def _seed(prefix: str):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (source,) = read_sources([path])
    return parse_article(source)


def _assert_clean(article) -> None:
    """What every article text promises downstream: one paragraph per line, nothing blank."""
    lines = article.text.split("\n")
    assert all(line and line == line.strip() for line in lines)
    assert "  " not in article.text and "\u00a0" not in article.text
    if article.title:
        assert lines[0] == article.title


# --- the seeds -----------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_parse_article_seeds_are_clean(prefix):
    article = _seed(prefix)
    _assert_clean(article)
    for junk in ("Baca Juga", "Advertisement", "KOMENTAR", "TAG :", "LIPUTAN KHUSUS", "Editor:", "MDN", "(Foto:"):
        assert junk not in article.text
    assert article.sha256 and article.source.startswith(prefix)


def test_parse_article_seed_with_dateline_and_no_title():
    article = _seed("002")
    assert article.title is None
    assert (article.publisher, article.dateline) == ("Liputan6.com", "Moskow")
    assert article.text.startswith("Liputan6.com, Moskow - Kim Jong Un")  # the NER still sees it
    assert "Kunjungan Luar Negeri ke-10" in article.text  # subheadings are kept


def test_parse_article_seed_upper_case_dateline():
    article = _seed("004")
    assert (article.publisher, article.dateline, article.title) == ("REPUBLIKA.CO.ID", "MOSKOW", None)


def test_parse_article_seed_publisher_without_place():
    article = _seed("000")
    assert (article.publisher, article.dateline, article.title) == ("Sediksi.com", None, None)


def test_parse_article_seed_title_byline_and_date():
    article = _seed("001")
    assert article.title.startswith("Di Hadapan Putin")
    assert article.authors == ("Binsar",)
    assert article.published == "2023-09-14T11:22"
    assert "Binsar" not in article.text and "11:22" not in article.text
    assert "[ist]" not in article.text
    assert "Dukungan tersebut disampaikan Kim" in article.text.split("\n")[1]  # the caption is a sentence


def test_parse_article_seed_caption_before_dateline_and_editor_at_end():
    article = _seed("003")
    assert article.title.startswith("Kim Jong Un Kembali ke Korut")
    assert (article.publisher, article.dateline) == ("PARBOABOA", "Jakarta")
    assert article.editor == "Umaya khusniah" and article.authors == ()
    assert "Sergei Shoigu." in article.text and "Gerashchenko" not in article.text
    assert article.text.endswith("antara Moskow dan Pyongyang.")


# --- other outlets' layouts ----------------------------------------------------------------

KOMPAS = """Jokowi Resmikan Bendungan Baru di Grobogan
Kompas.com - 14/09/2023, 11:22 WIB
Penulis: Ardito Ramadhan, Dian Erika | Editor: Bagus Santosa

JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Jragung di Kabupaten Grobogan, Jawa Tengah, Kamis (14/9/2023).

Baca juga: Jokowi Minta Bendungan Dirawat dengan Baik

"Bendungan ini akan mengairi 5.000 hektare sawah," kata Jokowi.

Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update".
Tags: jokowi, bendungan
"""

DETIK = """Kim Jong Un Undang Putin Berkunjung ke Pyongyang
Novi Christiastuti - detikNews
Rabu, 13 Sep 2023 10:00 WIB
Jakarta - Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin untuk berkunjung ke Pyongyang.
Undangan itu disampaikan saat keduanya bertemu di Kosmodrom Vostochny.
Simak Video "Momen Kim Jong Un Tiba di Rusia"
[Gambas:Video 20detik]
(nvc/ita)
"""

TEMPO = """TEMPO.CO, Jakarta - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Jakarta.

Pilihan Editor: Retno Marsudi Sebut ASEAN Tetap Solid

Keduanya membahas situasi di Ukraina dan Myanmar.

Reporter: Daniel A. Fajri
Editor: Febriyan
"""

ANTARA = """Jakarta (ANTARA) - Menteri Pertahanan Prabowo Subianto menerima kunjungan Duta Besar Amerika Serikat di Jakarta, Rabu.
Pertemuan itu membahas kerja sama pertahanan kedua negara.
Pewarta: Yashinta Difa Pramudyani
Editor: Atman Ahdiat
COPYRIGHT © ANTARA 2023
"""

CNN = """Jakarta, CNN Indonesia -- Presiden Joko Widodo menerima Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor, Senin (11/9).
Keduanya membahas perbatasan negara.
(rds/bac)
"""

TRIBUN = """Kapolri Tinjau Pengamanan KTT ASEAN
Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda
TRIBUNNEWS.COM, JAKARTA - Kapolri Jenderal Listyo Sigit Prabowo meninjau pengamanan KTT ASEAN di Jakarta.
Baca juga: Ribuan Personel Dikerahkan untuk KTT ASEAN
Listyo meminta seluruh personel bersiaga.
Artikel ini telah tayang di Tribunnews.com dengan judul Kapolri Tinjau Pengamanan KTT ASEAN.
Berita Terkait
Polisi Siapkan Rekayasa Lalu Lintas
Jokowi Buka KTT ASEAN Hari Ini
"""


def test_parse_article_kompas_layout():
    article = parse_article(_source(KOMPAS))
    _assert_clean(article)
    assert article.title == "Jokowi Resmikan Bendungan Baru di Grobogan"
    assert (article.publisher, article.dateline) == ("KOMPAS.com", "JAKARTA")
    assert article.authors == ("Ardito Ramadhan", "Dian Erika") and article.editor == "Bagus Santosa"
    assert article.published == "2023-09-14T11:22"
    for junk in ("Baca juga", "Telegram", "Tags", "Kompas.com - 14/09"):
        assert junk not in article.text
    assert article.text.split("\n")[1].startswith("JAKARTA, KOMPAS.com - Presiden")


def test_parse_article_detik_layout():
    article = parse_article(_source(DETIK))
    _assert_clean(article)
    assert article.title == "Kim Jong Un Undang Putin Berkunjung ke Pyongyang"
    assert article.authors == ("Novi Christiastuti",)
    assert (article.publisher, article.dateline) == ("detikNews", "Jakarta")
    assert article.published == "2023-09-13T10:00"
    assert article.text.split("\n")[1:] == [
        "Jakarta - Pemimpin Korea Utara Kim Jong Un mengundang Presiden Rusia Vladimir Putin untuk berkunjung ke Pyongyang.",
        "Undangan itu disampaikan saat keduanya bertemu di Kosmodrom Vostochny.",
    ]


def test_parse_article_tempo_layout():
    article = parse_article(_source(TEMPO))
    _assert_clean(article)
    assert (article.publisher, article.dateline, article.title) == ("TEMPO.CO", "Jakarta", None)
    assert article.authors == ("Daniel A. Fajri",) and article.editor == "Febriyan"
    assert "Pilihan Editor" not in article.text and "Reporter" not in article.text


def test_parse_article_antara_layout():
    article = parse_article(_source(ANTARA))
    _assert_clean(article)
    assert (article.publisher, article.dateline) == ("ANTARA", "Jakarta")
    assert article.authors == ("Yashinta Difa Pramudyani",) and article.editor == "Atman Ahdiat"
    assert "COPYRIGHT" not in article.text and "Pewarta" not in article.text


def test_parse_article_cnn_indonesia_layout():
    article = parse_article(_source(CNN))
    assert (article.publisher, article.dateline) == ("CNN Indonesia", "Jakarta")
    assert article.text.endswith("Keduanya membahas perbatasan negara.")


def test_parse_article_tribun_layout():
    article = parse_article(_source(TRIBUN))
    _assert_clean(article)
    assert article.title == "Kapolri Tinjau Pengamanan KTT ASEAN"
    assert article.authors == ("Fransiskus Adhiyuda",)
    assert (article.publisher, article.dateline) == ("TRIBUNNEWS.COM", "JAKARTA")
    assert article.text.endswith("Listyo meminta seluruh personel bersiaga.")  # related links cut


def test_parse_article_oleh_byline_but_not_oleh_karena_itu():
    text = "Oleh: Andi Saputra\nSURABAYA - Wali Kota meresmikan taman baru.\nOleh karena itu, warga diminta menjaga kebersihan.\n"
    article = parse_article(_source(text))
    assert article.authors == ("Andi Saputra",)
    assert article.dateline == "SURABAYA" and article.publisher is None
    assert "Oleh karena itu" in article.text


def test_parse_article_sentence_with_hyphenated_name_is_not_a_dateline():
    article = parse_article(_source("Kim Jong-un memuji pertemuannya dengan Putin di Rusia.\n"))
    assert article.dateline is None and article.publisher is None


def test_parse_article_body_first_line_is_not_a_title():
    article = parse_article(_source("Presiden tiba di Bali pada Senin pagi.\nIa disambut gubernur.\n"))
    assert article.title is None


def test_parse_article_only_boilerplate_raises():
    with pytest.raises(InputError, match="no article text"):
        parse_article(_source("Baca Juga\nAdvertisement\n\nKOMENTAR\n"))


def test_parse_article_20mb_single_line_is_fast():
    text = ("Kim Jong Un bertemu Vladimir Putin di Rusia. " * 450_000)[:20_000_000]
    started = time.perf_counter()
    article = parse_article(_source(text))
    assert time.perf_counter() - started < 3
    assert article.text == text.strip()


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Thursday, 14-09-2023 | 11:22 am", "2023-09-14T11:22"),
        ("Kamis, 14 September 2023 11:22 WIB", "2023-09-14T11:22"),
        ("14/09/2023, 11:22", "2023-09-14T11:22"),
        ("Rabu, 13 Sep 2023 10:00", "2023-09-13T10:00"),
        ("Jumat, 1 Desember 2023 | 19.05 WIB", "2023-12-01T19:05"),
        ("September 14, 2023 at 3:05 pm", "2023-09-14T15:05"),
        ("2023-09-14T11:22:00+07:00", "2023-09-14T11:22"),
        ("Senin, 4 Agt 2023", "2023-08-04"),
        ("1 Jan 2024 12:15 am", "2024-01-01T00:15"),
        ("2023/09/14 08:05", "2023-09-14T08:05"),
        ("14.09.2023 - 21:30", "2023-09-14T21:30"),
    ],
)
def test_find_published_formats(line, expected):
    assert find_published(line)[0] == expected


@pytest.mark.parametrize("line", ["31/02/2023", "hari ini", "Rabu (13/9)"])
def test_find_published_rejects_non_dates(line):
    assert find_published(line) is None


def test_parse_article_updated_date_is_used_only_without_published():
    text = "Diperbarui 15 September 2023 08:00 WIB\nDiterbitkan 14 September 2023 07:30 WIB\nJAKARTA - Isi berita.\n"
    assert parse_article(_source(text)).published == "2023-09-14T07:30"


def test_parse_article_outlet_beside_date_is_the_publisher():
    article = parse_article(_source("Kompas.com - 14/09/2023, 11:22 WIB\nPresiden meresmikan bendungan baru.\n"))
    assert (article.publisher, article.published) == ("Kompas.com", "2023-09-14T11:22")
    assert article.text == "Presiden meresmikan bendungan baru."


def test_parse_article_from_html_page(tmp_path):
    page = tmp_path / "berita.html"
    page.write_text(
        "<html><head><meta name='author' content='Andi Saputra'>"
        "<meta property='article:published_time' content='2023-09-14T11:22:00+07:00'></head>"
        "<body><nav>Beranda</nav><article><h1>Kim Tiba di Rusia</h1>"
        "<p>JAKARTA, KOMPAS.com - Kim Jong Un tiba di Rusia.</p><p>Baca juga: Putin Siap Bertemu</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (source,) = read_sources([page])
    article = parse_article(source)
    assert article.title == "Kim Tiba di Rusia" and article.authors == ("Andi Saputra",)
    assert article.published == "2023-09-14T11:22" and article.publisher == "KOMPAS.com"
    assert article.text == "Kim Tiba di Rusia\nJAKARTA, KOMPAS.com - Kim Jong Un tiba di Rusia."


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("Jakarta - Presiden tiba di Bali.", "Jakarta"),
        ("BANDAR LAMPUNG - Gubernur meresmikan jalan.", "BANDAR LAMPUNG"),
        ("Kota Bekasi Diguyur Hujan Deras\n\nKota Bekasi - Hujan deras mengguyur.", "Kota Bekasi"),
        ("Pemerintah Jerman - yang baru terpilih - menolak usulan itu.", None),
        ("ACEH UTARA | Pemerintah menyalurkan bantuan.", "ACEH UTARA"),  # a dateline closed with a bar
    ],
)
def test_parse_article_place_only_dateline(text, dateline):
    article = parse_article(_source(text))
    assert article.dateline == dateline and article.publisher is None


_PIECES = [
    "Baca Juga", "Advertisement", "Editor: Ani", "Penulis: Budi Santoso", "Kamis, 14 September 2023 11:22 WIB",
    "JAKARTA, KOMPAS.com - Presiden tiba.", "Jakarta (ANTARA) - Menteri bertemu.", "MDN", "Binsar",
    "Kim Tiba di Rusia", "Tags: a, b", "(Foto: ANTARA)", "\u00a0", "", "  ", "\t", "Oleh karena itu, dia pergi.",
    "Dia berkata, \u201csaya setuju.\u201d", "Sediksi.com \u2013 Kim tiba.", "[ist]", "Baca juga: Judul Lain",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=40)), max_size=12))
def test_parse_article_any_text_gives_clean_text_or_input_error(lines):
    text = "\n".join(lines)
    try:
        article = parse_article(_source(text))
    except InputError:
        return
    assert article.text and "\n\n" not in article.text
    assert all(line == line.strip() and line for line in article.text.split("\n"))
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f\u2028\u2029\u00a0]", article.text)
    assert article.title is None or article.text.startswith(article.title)


@pytest.mark.parametrize(
    "junk",
    [
        "SCROLL TO CONTINUE WITH CONTENT",
        "Saksikan Video Pilihan di Bawah Ini:",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita WhatsApp Channel : https://www.whatsapp.com/channel/x",
        "Ikuti berita terkini dari Tempo di Google News, klik di sini.",
        "Follow Berita Okezone di Google News",
        "Dilarang keras mengambil konten tanpa izin tertulis.",
        "Halaman Selanjutnya",
        "Share:",
        "[Gambas:Video CNBC]",
        "(luc/luc)",
        "Tag: Kim Jong Un",
        "Ilustrasi",
    ],
)
def test_parse_article_boilerplate_lines_are_removed(junk):
    article = parse_article(_source(f"JAKARTA - Presiden tiba di Bali pada Senin pagi.\n{junk}\nIa disambut gubernur.\n"))
    assert article.text == "JAKARTA - Presiden tiba di Bali pada Senin pagi.\nIa disambut gubernur."


def test_parse_article_lone_outlet_line_in_header():
    article = parse_article(_source("kumparanNEWS\nKim Jong Un tiba di Rusia pada Selasa pagi.\n"))
    assert article.publisher == "kumparanNEWS" and article.text.startswith("Kim Jong Un")


def test_parse_article_title_followed_by_caption_and_lower_case_outlet():
    text = (
        "Harga Beras Naik di Pasar Induk\n"
        "Pedagang menata karung beras di Pasar Induk Cipinang. (ANTARA FOTO/Andi)\n"
        "JAKARTA, investor.id - Harga beras naik lagi pekan ini.\n"
    )
    article = parse_article(_source(text))
    assert article.title == "Harga Beras Naik di Pasar Induk"
    assert (article.publisher, article.dateline) == ("investor.id", "JAKARTA")
    assert "ANTARA FOTO" not in article.text


@pytest.mark.parametrize(
    "header, authors, editor, published",
    [
        ("Oleh Tanti Yulianingsih pada 14 Sep 2023, 11:22 WIB", ("Tanti Yulianingsih",), None, "2023-09-14T11:22"),
        ("Dythia Novianty | Ria Rizki | Rabu, 13 September 2023 | 10:00 WIB", ("Dythia Novianty", "Ria Rizki"), None, "2023-09-13T10:00"),
        ("Rep: Dessy Suciati Saputri/ Red: Ani Nursalikah", ("Dessy Suciati Saputri",), "Ani Nursalikah", None),
        ("Penulis: Ani | Editor: Budi | Kamis, 14/09/2023 11:22 WIB", ("Ani",), "Budi", "2023-09-14T11:22"),
    ],
)
def test_parse_article_combined_byline_lines(header, authors, editor, published):
    article = parse_article(_source(f"Judul Berita Hari Ini\n{header}\nJAKARTA - Presiden tiba di Bali.\n"))
    assert (article.authors, article.editor, article.published) == (authors, editor, published)
    assert article.text == "Judul Berita Hari Ini\nJAKARTA - Presiden tiba di Bali."


def test_parse_article_place_beside_date_is_not_an_author():
    article = parse_article(_source("Jakarta, 14 September 2023\nPresiden tiba di Bali pada Senin pagi.\n"))
    assert article.authors == ()
    assert "Jakarta, 14 September 2023" in article.text


def test_parse_article_cnbc_style_header_byline():
    text = "News - Ferry Sandi, CNBC Indonesia\n14 September 2023 11:22\nJakarta, CNBC Indonesia - Pemerintah menaikkan harga.\n"
    article = parse_article(_source(text))
    assert article.authors == ("Ferry Sandi",)
    assert (article.publisher, article.dateline, article.published) == ("CNBC Indonesia", "Jakarta", "2023-09-14T11:22")
    assert article.text == "Jakarta, CNBC Indonesia - Pemerintah menaikkan harga."


def test_parse_article_place_and_outlet_under_the_headline_is_a_dateline_not_a_byline():
    text = "Kepala Desa Ditahan Jaksa\nPancur Batu, desernews.com\nKepala Desa Salabulan telah ditetapkan sebagai tersangka.\n"
    article = parse_article(_source(text))
    assert article.authors == ()
    assert "Pancur Batu, desernews.com" in article.text  # the place and the outlet stay mentions


def test_parse_article_read_also_links_are_dropped_with_the_marker():
    text = (
        "JAKARTA - Presiden tiba di Bali pada Senin pagi.\n"
        "Baca Juga\n"
        "Jokowi Resmikan Bendungan di Grobogan\n"
        "Harga Beras Naik Lagi di Pasar Induk\n"
        "Ia disambut gubernur dan para pejabat daerah di bandara.\n"
    )
    article = parse_article(_source(text))
    assert article.text.split("\n") == [
        "JAKARTA - Presiden tiba di Bali pada Senin pagi.",
        "Ia disambut gubernur dan para pejabat daerah di bandara.",
    ]


@pytest.mark.parametrize("credit", ["Foto: Andi Saputra", "(Foto: Budi Santoso/Kompas)", "Fotografer: Rina Wati"])
def test_parse_article_photo_credits_are_not_authors(credit):
    article = parse_article(_source(f"Judul Berita Hari Ini\n{credit}\nJAKARTA - Presiden tiba di Bali.\n"))
    assert article.authors == () and "Foto" not in article.text


def test_parse_article_all_caps_headline():
    article = parse_article(_source("KIM JONG UN TIBA DI RUSIA\n\nMOSKOW - Kim tiba dengan kereta.\n"))
    assert article.title == "KIM JONG UN TIBA DI RUSIA" and article.dateline == "MOSKOW"


def test_parse_article_inline_advertisement_is_removed():
    text = "JAKARTA - Presiden tiba di Bali. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Ia disambut gubernur.\n"
    assert parse_article(_source(text)).text == "JAKARTA - Presiden tiba di Bali. Ia disambut gubernur."


def test_parse_article_line_of_only_ad_labels_is_dropped():
    text = "JAKARTA - Presiden tiba di Bali.\nADVERTISEMENT SCROLL TO RESUME CONTENT\nIa disambut gubernur.\n"
    assert parse_article(_source(text)).text == "JAKARTA - Presiden tiba di Bali.\nIa disambut gubernur."
