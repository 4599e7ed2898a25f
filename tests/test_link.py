"""Offline GeoNames / ISO 3166 linking of place names."""

from __future__ import annotations

import pytest

from kg.link import CITY, COUNTRY, country_geonames, link_place, normalise_place


@pytest.mark.parametrize(
    "name, iso, geonames",
    [
        ("Korea Utara", "KP", 1873107),
        ("Korut", "KP", 1873107),
        ("North Korea", "KP", 1873107),
        ("DPRK", "KP", 1873107),
        ("Korea Selatan", "KR", 1835841),
        ("Korsel", "KR", 1835841),
        ("Amerika Serikat", "US", 6252001),
        ("AS", "US", 6252001),
        ("USA", "US", 6252001),
        ("Rusia", "RU", 2017370),
        ("Federasi Rusia", "RU", 2017370),
        ("Russia", "RU", 2017370),
        ("Tiongkok", "CN", 1814991),
        ("RRT", "CN", 1814991),
        ("Jepang", "JP", 1861060),
        ("Belanda", "NL", 2750405),
        ("Jerman", "DE", 2921044),
        ("Prancis", "FR", 3017382),
        ("Inggris", "GB", 2635167),
        ("Arab Saudi", "SA", 102358),
        ("UEA", "AE", 290557),
        ("Selandia Baru", "NZ", 2186224),
        ("negara Rusia", "RU", 2017370),
        ("Tanah Air", "ID", 1643084),  # "the homeland": Indonesia, as Indonesian news writes it
    ],
)
def test_link_place_countries_in_indonesian(name, iso, geonames):
    found = link_place(name)
    assert found is not None, name
    assert (found.iso3166, found.geonames, found.kind, found.country) == (iso, geonames, COUNTRY, iso)


def test_link_place_country_from_pycountry_translation_only():
    # Not in the alias table: comes from pycountry's Indonesian catalogue ("Islandia").
    found = link_place("Islandia")
    assert found is not None and found.iso3166 == "IS"


def test_link_place_abbreviation_is_flagged_and_canonical_is_indonesian():
    short, full = link_place("Korut"), link_place("Korea Utara")
    assert short.abbreviation and not full.abbreviation
    assert short.canonical == full.canonical == "Korea Utara"


@pytest.mark.parametrize(
    "name, geonames, country",
    [
        ("Moskow", 524901, "RU"),
        ("Moscow", 524901, "RU"),
        ("Pyongyang", 1871859, "KP"),
        ("Kota Pyongyang", 1871859, "KP"),
        ("Vladivostok", 2013348, "RU"),
        ("Seoul", 1835848, "KR"),
        ("Jakarta", 1642911, "ID"),
        ("Beijing", 1816670, "CN"),
        ("Den Haag", 2747373, "NL"),
        ("Jambi", 1642858, "ID"),
    ],
)
def test_link_place_cities_by_name_and_alternate_name(name, geonames, country):
    found = link_place(name)
    assert found is not None, name
    assert (found.geonames, found.kind, found.iso3166, found.country) == (geonames, CITY, None, country)


@pytest.mark.parametrize("name", ["As", "Kim", "Putin", "Korea", "Bali", "Asia", "Amur", "", "  ", "Tumen", "Gedung Putih", "Khasan", "Ibu Kota Korea Utara", "Kami", "Selama", "Kota Korea Utara", "Negara Jakarta", "Madura"])
def test_link_place_leaves_ambiguous_or_unknown_names_unlinked(name):
    assert link_place(name) is None


def test_link_place_organisation_mentions_link_only_to_countries():
    assert link_place("Rusia", kinds=(COUNTRY,)).iso3166 == "RU"
    assert link_place("Jakarta", kinds=(COUNTRY,)) is None


def test_country_geonames_by_iso():
    assert country_geonames("kp") == 1873107
    assert country_geonames("XX") is None


def test_normalise_place_folds_case_accents_and_hyphens():
    assert normalise_place("São Paulo") == "sao paulo"
    assert normalise_place("Timor-Leste") == normalise_place("timor leste")
