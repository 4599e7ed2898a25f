"""Time expressions: finding, normalising against the reference date, inferring it."""

from __future__ import annotations

from datetime import date

import pytest

from kg.nlp import annotate
from kg.nlp.dates import find_times, reference_date, resolve

REF = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    "text, surface, value, precision",
    [
        ("Ia tiba Rabu (13/3).", "Rabu (13/3)", "2024-03-13", "day"),
        ("Rapat digelar (12/3).", "(12/3)", "2024-03-12", "day"),
        ("Ia pergi Minggu (10/3) sore.", "Minggu (10/3) sore", "2024-03-10", "day"),
        ("Pada Selasa (5/3) lalu ia datang.", "Selasa (5/3) lalu", "2024-03-05", "day"),
        ("Diumumkan Senin (11/3/2024).", "Senin (11/3/2024)", "2024-03-11", "day"),
        ("Digelar Jum’at (8/3/2024).", "Jum’at (8/3/2024)", "2024-03-08", "day"),
        ("Digelar Jum'at (8/3/2024).", "Jum'at (8/3/2024)", "2024-03-08", "day"),
        ("Pemilu 14 Februari 2024 lancar.", "14 Februari 2024", "2024-02-14", "day"),
        ("Laporan terbit 4 Maret.", "4 Maret", "2024-03-04", "day"),
        # a stay of several days is dated by the day it begins
        ("Kunjungan pada tanggal 29-30 April 2022.", "tanggal 29-30 April 2022", "2022-04-29", "day"),
        ("Ia gagal pada bulan Januari.", "bulan Januari", "2024-01", "month"),
        ("Mereka bertemu pada April 2019.", "April 2019", "2019-04", "month"),
        ("Ia menjabat sejak tahun 2006.", "tahun 2006", "2006", "year"),
        ("Hujan turun kemarin.", "kemarin", "2024-03-13", "day"),
        ("Sidang digelar hari ini.", "hari ini", "2024-03-14", "day"),
        ("Ia tiba tadi malam.", "tadi malam", "2024-03-13", "day"),
        ("Ia berangkat Minggu sore.", "Minggu sore", "2024-03-10", "day"),
        ("Ia datang Selasa pagi.", "Selasa pagi", "2024-03-12", "day"),
        ("Harga naik pekan lalu.", "pekan lalu", "2024-03", "month"),
        ("Gedung itu dibangun lima tahun lalu.", "lima tahun lalu", "2019", "year"),
        ("Kontrak ditandatangani pada Desember.", "Desember", "2023-12", "month"),
    ],
)
def test_dates_resolve(text, surface, value, precision):
    (found,) = find_times(text)
    start, end, parse = found
    assert text[start:end] == surface
    assert resolve(parse, REF) == (value, precision)


@pytest.mark.parametrize(
    "text",
    ["Ia menunggu sepekan.", "Minggu lalu ia sakit.", "Agustus Sani tiba.", "Ada 2019 orang.", "beberapa tahun lalu"],
)
def test_dates_ignore_non_dates(text):
    assert find_times(text) == []


def test_dates_weekday_is_latest_on_or_before_reference():
    (_, _, parse), = find_times("Ia pergi Kamis.")
    assert resolve(parse, REF) == ("2024-03-14", "day")


def test_dates_need_a_year_for_day_month():
    (_, _, parse), = find_times("Rapat (12/3).")
    assert resolve(parse, None) is None


def test_reference_date_inferred_from_latest_full_date():
    parses = [p for *_, p in find_times("Senin (11/3/2024) dan Selasa (12/3) pagi.")]
    assert reference_date(parses, None) == (date(2024, 3, 12), True)
    assert reference_date(parses, "2024-03-20T08:00") == (date(2024, 3, 20), False)


def test_annotate_times_and_reference(blank_nlp, make_article):
    text = "Budi tiba di Jakarta, Senin (11/3/2024).\nIa pulang kemarin. Siti datang Rabu (13/3)."
    (annotated,) = annotate([make_article(text)], blank_nlp)
    assert annotated.reference_date == "2024-03-13" and annotated.reference_date_inferred
    assert [(t.text, t.value, t.sentence) for t in annotated.times] == [
        ("Senin (11/3/2024)", "2024-03-11", 0),
        ("kemarin", "2024-03-12", 1),
        ("Rabu (13/3)", "2024-03-13", 2),
    ]
    for t in annotated.times:
        assert text[t.start : t.end] == t.text


def test_annotate_published_date_wins(blank_nlp, make_article):
    (annotated,) = annotate([make_article("Ia tiba kemarin.", published="2024-01-02")], blank_nlp)
    assert annotated.reference_date == "2024-01-02" and not annotated.reference_date_inferred
    assert annotated.times[0].value == "2024-01-01"


@pytest.mark.parametrize(
    "text, surfaces",
    [
        ("Sekitar 2000 orang hadir pada 2018 dan 2019.", ["2018", "2019"]),
        ("Gagal pada bulan Mei, Juni dan Agustus.", ["bulan Mei", "Juni", "Agustus"]),
        ("Budi dan Agustus pergi hingga 2000 kilometer.", []),
    ],
)
def test_dates_lists_need_a_date_before(text, surfaces):
    assert [text[s:e] for s, e, _ in find_times(text)] == surfaces


def test_reference_date_prefers_news_style_dates():
    text = "Jakarta, Senin (11/3/2024) - Proyek ditargetkan selesai 31 Desember 2030. Rapat lagi Rabu (13/3)."
    parses = [p for *_, p in find_times(text)]
    assert reference_date(parses, None) == (date(2024, 3, 13), True)
