"""Link Indonesian place names to the official region list (Kemendagri codes), one article at a time.

A name is linked only when something decides which region it is: its level word ("Kabupaten
Bandung", "Kec. Cileunyi", "Desa Baros"), a short form that always means one region ("Jabar",
"KBB"), a bare name that only one province, regency or city has ("Cilacap"), or, for a name many
regions share ("Bandung": the regency and the city; "Sukamaju": 65 villages), a region named
unambiguously in the same article or in its dateline that contains it or lies in it. Districts and
villages written without their level word are linked only through that context; a bare district
name may also be decided by a name that is ambiguous between a regency and a city ("Sukabumi ...
seperti Cicurug": one Cicurug lies in either Sukabumi), which then decides that name too, or by
the regency of a district or village the article names ("Muara Badak" beside "Kecamatan Loa
Janan"). Other evidence: the office of a region's head written before a name tells its level
("Bupati Bandung" the regency, "Wali Kota Bandung" the city); a name's address, the region written
right after it ("Desa Sungai Cuka Kecamatan Satui"), decides it first, and a bare name linked by
itself that its province address does not hold is left unlinked ("Kuningan, Jakarta"); a dateline
only one district has is that district; a name no region has may be the one region inside its
address or district spelt with one other vowel ("Desa Telaga, Kecamatan Mancak": Talaga). Everything else
stays unlinked with a reason that is counted (``UNLINKED_REASONS``), because a wrong code merges
unrelated places and joins the graph to the wrong statistics.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg import regions
from kg.records import Region

SHORT_FORMS = Path(__file__).resolve().parent / "data" / "region_short_forms_id.tsv"

NOT_IN_LIST = "not in list"  # a level word, but no region of that level has the name
AMBIGUOUS = "ambiguous"  # several regions have the name and nothing in the article decides
BELOW_VILLAGE = "below village"  # a dusun or RT/RW: the official list stops at villages
UNLINKED_REASONS = (NOT_IN_LIST, AMBIGUOUS, BELOW_VILLAGE)

_VILLAGES = (regions.VILLAGE, regions.URBAN_VILLAGE)
_BARE_LEVELS = (regions.PROVINCE, regions.REGENCY, regions.CITY)
_CONTEXT_LEVELS = (regions.PROVINCE, regions.REGENCY, regions.CITY, regions.DISTRICT, *_VILLAGES)
# Level words as the news writes them, longest first, and the levels each allows.
_LEVEL_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kabupaten administrasi", (regions.REGENCY,)),
    ("kota administrasi", (regions.CITY,)),
    ("provinsi", (regions.PROVINCE,)),
    ("prov", (regions.PROVINCE,)),
    ("kabupaten", (regions.REGENCY,)),
    ("kab", (regions.REGENCY,)),
    ("kotamadya", (regions.CITY,)),
    ("kota madya", (regions.CITY,)),
    ("kota", (regions.CITY,)),
    ("kecamatan", (regions.DISTRICT,)),
    ("kec", (regions.DISTRICT,)),
    ("distrik", (regions.DISTRICT,)),
    ("kelurahan", (regions.URBAN_VILLAGE, regions.VILLAGE)),  # the news mixes up desa and kelurahan
    ("kel", (regions.URBAN_VILLAGE, regions.VILLAGE)),
    ("desa adat", _VILLAGES),  # Bali: the customary village, named as the list's village ("Desa Adat Bona")
    ("desa", _VILLAGES),
    ("nagari", _VILLAGES),
    ("gampong", _VILLAGES),
    ("kampung", _VILLAGES),  # a village in Papua; a hamlet in Java, then no village has its name
    ("dusun", ()),
)
# Offices of a region's head written before its name, and the levels they imply ("Bupati Kudus").
_OFFICE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wakil bupati", (regions.REGENCY,)),
    ("bupati", (regions.REGENCY,)),
    ("wabup", (regions.REGENCY,)),
    ("wakil wali kota", (regions.CITY,)),
    ("wali kota", (regions.CITY,)),
    ("walikota", (regions.CITY,)),
    ("wakil gubernur", (regions.PROVINCE,)),
    ("gubernur", (regions.PROVINCE,)),
    ("camat", (regions.DISTRICT,)),
    ("lurah", (regions.URBAN_VILLAGE, regions.VILLAGE)),
    ("kepala desa", _VILLAGES),
    ("kades", _VILLAGES),
    ("perbekel", _VILLAGES),  # Bali
)
_OFFICE_BEFORE = re.compile(
    r"\b(" + "|".join(w.replace(" ", r"\s+") for w, _ in _OFFICE_WORDS) + r")\s+$", re.IGNORECASE)
# Heads of a police, army or prosecution unit, written before the unit's region ("Kapolres Batu" is the
# head of Polres Batu): the name there is the unit's, not a place the article is about.
_UNIT_HEAD_BEFORE = re.compile(
    r"\b(?:(?:waka|ka)pol(?:da|res|resta|restabes|sek)|ka(?:jari|jati)|dan(?:rem|dim|ramil)|pangdam)\s+$",
    re.IGNORECASE)
_VOWELS = frozenset("aeiou")
# Level words that always mean a village of the list ("Kampung" is often a hamlet in Java).
_VILLAGE_WORDS = frozenset({"desa", "kelurahan", "kel", "desa adat", "nagari", "gampong"})
_RT_RW = re.compile(r"\s*,?\s*\b(RT|RW)\b.*$", re.IGNORECASE)
# An abbreviated level word glued to the name by its period: "Kab.Mura", "Kec.Cileunyi".
_GLUED_LEVEL = re.compile(r"\b(Kab|Kec|Kel|Prov|KAB|KEC|KEL|PROV)\.(?=[A-Z])")


@dataclass(frozen=True)
class RegionLink:
    """A mention linked to a region of the official list.

    region: the region. parents: the regions it lies in, nearest first.
    decided_by: what decided it: "level word", "office" (of the region's head, written before
        it: "Bupati Kudus"), "short form", "unique name", "context", "dateline" (a dateline
        that only one district has as its name), or "town" (a town GeoNames knows in Indonesia
        that only one district has as its name).
    """

    region: Region
    parents: tuple[Region, ...]
    decided_by: str


@dataclass(frozen=True)
class _Name:
    name: str  # without its level word
    levels: tuple[str, ...]  # levels it may be
    level_word: bool  # written with a level word
    office: bool = False  # written after the office of its head ("Bupati Kudus"): ``levels`` are the office's
    word: str = ""  # the level word it was written with ("desa"), or ""


def link_regions(names: Sequence[str | None], dateline: str | None = None,
                 addresses: Sequence[int | None] | None = None) -> list[RegionLink | str | None]:
    """Link the place names of one article to the official region list.

    names (Sequence[str | None]): each mention's text as a display name ("Kabupaten Bandung",
        "Cileunyi"); None for a mention that is not a candidate (a person's name).
    dateline (str | None): the article's dateline place ("BANDUNG"), used as context.
    addresses (Sequence[int | None] | None): per name, the index of the name written right after
        it as the next part of an address ("Desa Sungai Cuka" + "Kecamatan Satui"), or None. A
        name that part decides is linked by it before the rest of the article is looked at.
    RETURNS (list): per name a RegionLink, a reason from UNLINKED_REASONS (a region-like name
        left unlinked), or None (not the name of any Indonesian region).
    """
    parsed = [_parse(n) if n else None for n in names]
    addresses = list(addresses) if addresses is not None else [None] * len(parsed)
    result: list[RegionLink | str | None] = [_decide_alone(p) if p else None for p in parsed]
    _province_of_address(parsed, result, addresses)
    _drop_outside_address(result, addresses)
    context = [r.region for r in result if isinstance(r, RegionLink)]
    if dateline:
        found = _decide_dateline(_parse(dateline))
        if isinstance(found, RegionLink):
            context.append(found.region)
    _spread(parsed, result, context, addresses)
    weak = [c for i, p in enumerate(parsed) if p is not None and result[i] == AMBIGUOUS
            for c in regions.candidates(_spelling(p.name), (regions.REGENCY, regions.CITY))]
    seeded = []
    for i, p in enumerate(parsed):  # "Bogor, Sukabumi ... seperti Cicurug": a district in one of them
        if p is not None and not p.level_word and result[i] is None and weak:
            inside = [c for c in regions.candidates(_spelling(p.name), (regions.DISTRICT,))
                      if any(c.within(w.code) for w in weak)]
            if len(inside) == 1:
                result[i] = _link(inside[0], "context")
                seeded.append(inside[0])
    if seeded:
        _spread(parsed, result, [r.region for r in result if isinstance(r, RegionLink)] + context, addresses)
    return result


def _spread(parsed: list[_Name | None], result: list, context: list[Region], addresses: list[int | None]) -> None:
    """Decide what the regions in ``context`` decide, in rounds: a region decided by context is
    context too ("Desa X, Kecamatan Y, Kabupaten Z"). A name's own address decides first, and the
    last names go first, so that an address is decided from its end."""
    while context:
        decided_now = []
        for i in reversed(range(len(parsed))):
            p = parsed[i]
            if p is not None and result[i] in (AMBIGUOUS, NOT_IN_LIST, None):  # "Kabupaten Kukar": a contraction
                parent = result[addresses[i]] if addresses[i] is not None else None
                decided = isinstance(parent, RegionLink) and _decide_by_address(p, parent.region) or None
                decided = decided or _decide_in_context(p, context)
                if decided is not None:
                    result[i] = decided
                    decided_now.append(decided.region)
        context = decided_now and context + decided_now


@lru_cache(maxsize=1 << 16)
def _parse(text: str) -> _Name | None:
    """Split a name into level word and name; drop an "RT 07 RW 03" tail (cached: a frozen result, and the
    region rules link every article's places, the same names again and again)."""
    text = _GLUED_LEVEL.sub(r"\1. ", _RT_RW.sub("", " ".join(text.split())).strip(" ,.;:"))
    lowered = regions.normalise_region(text)
    if not lowered:
        return None
    for word, levels in _LEVEL_WORDS:
        if lowered.startswith(word + " ") and len(lowered) > len(word) + 1:
            rest = lowered[len(word) + 1:]
            return _Name(rest, levels, True, word=word)
    for word, levels in _OFFICE_WORDS:
        if lowered.startswith(word + " ") and len(lowered) > len(word) + 1:
            return _Name(lowered[len(word) + 1:], levels, False, office=True)
    return _Name(lowered, _BARE_LEVELS, False)


def office_before(text: str) -> str | None:
    """The office of a region's head that ``text`` ends with ("... Plt Bupati " -> "Bupati"), or None.
    Written before a bare name ("Bupati Kudus") it tells the name's level; see ``link_regions``."""
    found = _OFFICE_BEFORE.search(text[-40:])
    return " ".join(found.group(1).split()) if found else None


def unit_head_before(text: str) -> bool:
    """Does ``text`` end with the head of a police, army or prosecution unit ("... mantan Kapolres ")?
    The region written next names the unit (Polres Batu), so it is not linked as a place."""
    return bool(_UNIT_HEAD_BEFORE.search(text[-40:]))


def _decide_alone(name: _Name) -> RegionLink | str | None:
    """Link a name by itself (level word, short form, unique name), or say why not."""
    if name.level_word and not name.levels:
        return BELOW_VILLAGE
    code = short_forms().get(name.name)
    if code is not None:
        found = regions.region(code)
        if not name.level_word:
            return _link(found, "short form") if found else None
        if found is not None and found.level in name.levels:
            return _link(found, "level word")  # "Provinsi Kalbar": the short form at the level written
    found = regions.candidates(_spelling(name.name), name.levels)
    if name.office and not found:  # "Gubernur Anies": no province of that name, nor a place
        return _decide_alone(_Name(name.name, _BARE_LEVELS, False))
    if len(found) == 1:
        return _link(found[0], "level word" if name.level_word else "office" if name.office else "unique name")
    if len(found) > 1:
        return AMBIGUOUS
    if name.level_word and set(name.levels) <= set(_BARE_LEVELS):
        renamed = _leading_region(name)
        if renamed is not None:
            return _link(renamed, "level word")
    return NOT_IN_LIST if name.level_word else None


def _leading_region(name: _Name) -> Region | None:
    """The one regency or city whose name is the first words of a name the list lacks at that level:
    a former name that the list has shortened ("Kabupaten Toba Samosir", since 2020 Toba) or a part
    of the region written after it ("Kabupaten Bogor Selatan"). Not below: "Desa Sukamaju Kidul" is
    a village of its own, not Sukamaju."""
    words = name.name.split()
    for end in range(len(words) - 1, 0, -1):
        found = regions.candidates(_spelling(" ".join(words[:end])), name.levels)
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def town_district(text: str) -> RegionLink | None:
    """The one district that has the bare name ``text``, linked as a town's district, or None."""
    name = _parse(text)
    if name is None or name.level_word or name.office:
        return None
    found = regions.candidates(_spelling(name.name), (regions.DISTRICT,))
    return _link(found[0], "town") if len(found) == 1 else None


def _decide_dateline(name: _Name | None) -> RegionLink | str | None:
    """A dateline names a place the article is about: as any name, or else the one district that has
    its name ("PENENGAHAN": a district of Lampung Selatan; six villages elsewhere are not what a
    dateline names)."""
    if name is None:
        return None
    found = _decide_alone(name)
    if found is None and not name.level_word:
        districts = regions.candidates(_spelling(name.name), (regions.DISTRICT,))
        if len(districts) == 1:
            return _link(districts[0], "dateline")
    return found


def _decide_in_context(name: _Name, context: list[Region]) -> RegionLink | None:
    """The one candidate that contains or is a context region ("Bandung" with "Kec. Cileunyi"),
    or lies in the most specific context region that holds any candidate ("Desa Sidamulya" with
    "Kecamatan Sidareja": one of three Sidamulya in Cilacap; see ``_decides_below``). None when
    no single candidate is left."""
    levels = name.levels if name.level_word or name.office else _CONTEXT_LEVELS
    village_word = name.word in _VILLAGE_WORDS
    if not village_word and not any(r.level == regions.DISTRICT for r in context):  # only a district decides a village
        levels = tuple(lv for lv in levels if lv not in _VILLAGES)
    found = regions.candidates(_spelling(name.name), levels)
    if not found:
        fits = set() if name.level_word or name.office else _village_of_town(name.name, context)
        if len(fits) == 1:
            return _link(fits.pop(), "context")
        contracted = _contracted_from(name, levels, context)  # only when no village of a named town has the name
        return _link(contracted, "context") if contracted is not None else None
    contain = {c for c in found if any(r.within(c.code) for r in context)}
    depth = {
        c: max((len(r.code) for r in context if _decides_below(r, c, village_word) and c.within(r.code)), default=-1)
        for c in found
    }
    deepest = max(depth.values())
    fits = contain | ({c for c, d in depth.items() if d == deepest} if deepest >= 0 else set())
    if not name.level_word and not any(c.level in _BARE_LEVELS for c in fits) and any(
            c.level in _BARE_LEVELS for c in found):
        return None  # "Pekalongan" with "Lampung Timur": the regency or city, not Lampung Timur's district
    if not name.level_word and len(fits) > 1:  # a bare name: the higher level ("Bandung" the regency)
        top = min(len(c.code) for c in fits)
        fits = {c for c in fits if len(c.code) == top}
    if not fits and not name.level_word:
        fits = _district_beside(found, context)
    if not fits and set(levels) & set(_VILLAGES):
        fits = _vowel_variants(name.name, [r for r in context if r.level == regions.DISTRICT], _VILLAGES)
    if not fits and not name.level_word and not name.office:
        fits = _village_of_town(name.name, context)
    return _link(next(iter(fits)), "context") if len(fits) == 1 else None


def _contracted_from(name: _Name, levels: tuple[str, ...], context: list[Region]) -> Region | None:
    """"Kukar", "Kabupaten Kukar" beside "Kabupaten Kutai Kartanegara"; "Mura" beside "Murung Raya": the news
    contracts a region's name by the first letters of each of its words, and the article names the region in full.
    The one province, regency or city of ``context`` (of the name's level, if written) whose name the word
    contracts so ("Nungga" does not contract "Nusa Tenggara": "ngga" opens no word)."""
    short = name.name
    if " " in short or len(short) < 4:
        return None
    fits = {r for r in context if r.level in levels and r.level in _CONTRACTED_LEVELS
            and _opens_each_word(short, regions.normalise_region(r.name).split())}
    return fits.pop() if len(fits) == 1 else None


def _opens_each_word(short: str, words: list[str]) -> bool:
    """Can ``short`` be cut into one opening of each of ``words``, in order ("kukar": "ku" + "kar")?"""
    if not words:
        return not short
    first, rest = words[0], words[1:]
    return len(words) <= len(short) and any(
        first.startswith(short[:k]) and _opens_each_word(short[k:], rest)
        for k in range(1, min(len(first), len(short) - len(rest)) + 1))


_CONTRACTED_LEVELS = (regions.PROVINCE, regions.REGENCY, regions.CITY)


def _village_of_town(name: str, context: list[Region]) -> set[Region]:
    """The villages of that name in the cities and regencies the article names, for a bare place name
    that no district has and nothing else decides ("nelayan dari Galala" in an article on Kota Ambon).
    Several, and the name stays undecided."""
    if regions.candidates(_spelling(name), (regions.DISTRICT,)):
        return set()  # a district's name is decided as the district ("Kalapanunggal" in Sukabumi)
    towns = [r.code for r in context if r.level in (regions.REGENCY, regions.CITY)]
    return {c for c in regions.candidates(_spelling(name), _VILLAGES) if any(c.within(t) for t in towns)}


def _vowel_variants(name: str, parents: list[Region], levels: tuple[str, ...]) -> set[Region]:
    """Regions of ``levels`` directly inside ``parents`` whose name differs from ``name`` in one
    vowel only, as regional spellings and slips do ("Desa Telaga, Kecamatan Mancak": the list's
    Talaga; "Janeponto Sulsel": Jeneponto)."""
    found = set()
    for parent in parents:
        for child in regions.children(parent.code):
            other = regions.normalise_region(child.name)
            if child.level in levels and len(other) == len(name) and sum(a != b for a, b in zip(other, name)) == 1 \
                    and all(a in _VOWELS and b in _VOWELS for a, b in zip(other, name) if a != b):
                found.add(child)
    return found


def _province_of_address(parsed: list[_Name | None], result: list, addresses: list[int | None]) -> None:
    """An address that ends in a city or regency name the region before it does not lie in is the
    province named after that city, when it holds that region ("Gunung Kidul, Yogyakarta": the
    Special Region of Yogyakarta, not the city)."""
    for i, j in enumerate(addresses):
        found, parent = result[i], result[j] if j is not None else None
        if not (isinstance(found, RegionLink) and isinstance(parent, RegionLink) and parsed[j] is not None
                and parent.decided_by == "unique name" and parent.region.level in (regions.REGENCY, regions.CITY)
                and found.region.level != regions.PROVINCE and not found.region.within(parent.region.code)):
            continue
        after = addresses[j]
        if after is not None and not (isinstance(result[after], RegionLink)
                                      and result[after].region.level == regions.PROVINCE):
            continue  # "Sleman, Yogyakarta, Bantul": a list, not an address
        province = found.parents[-1] if found.parents else None
        if province is not None and regions.normalise_region(province.name).endswith(" " + parsed[j].name):
            result[j] = _link(province, "context")


def _drop_outside_address(result: list, addresses: list[int | None]) -> None:
    """A bare name linked by itself that its address, a province, does not hold is some other
    place of that province ("di kawasan Kuningan, Jakarta": not the regency Kuningan of West Java);
    so is one whose address is a city or regency holding districts or villages named after it
    ("Kuningan, Jakarta Selatan": Kuningan Timur and Kuningan Barat are villages there)."""
    for i, j in enumerate(addresses):
        found, parent = result[i], result[j] if j is not None else None
        if not (isinstance(found, RegionLink) and found.decided_by == "unique name" and isinstance(parent, RegionLink)
                and not found.region.within(parent.region.code)):
            continue
        if parent.region.level == regions.PROVINCE or (
                parent.region.level in (regions.REGENCY, regions.CITY) and _named_inside(found.region, parent.region)):
            result[i] = AMBIGUOUS


def _named_inside(named: Region, town: Region) -> bool:
    """Does ``town`` hold a district or village with the name of ``named`` as a word of its name?"""
    key = regions.normalise_region(named.name)
    inside = [r for d in regions.children(town.code) for r in (d, *regions.children(d.code))]
    return any(f" {key} " in f" {regions.normalise_region(r.name)} " for r in inside)


def _decide_by_address(name: _Name, parent: Region) -> RegionLink | None:
    """A name decided by the region written right after it: one that lies in it, or else the one
    district of that name in its province ("kelahiran Belitang, Palembang": of the two districts
    called Belitang, one lies in South Sumatra, whose capital is Palembang)."""
    decided = _decide_in_context(name, [parent])
    if decided is not None:
        return decided
    levels = name.levels if name.level_word or name.office else _CONTEXT_LEVELS
    if regions.DISTRICT in levels:
        province = parent.code.split(".")[0]
        inside = [c for c in regions.candidates(_spelling(name.name), (regions.DISTRICT,)) if c.within(province)]
        if len(inside) == 1:
            return _link(inside[0], "context")
    if not regions.candidates(_spelling(name.name), levels):  # a slip of one vowel ("Janeponto Sulsel")
        variants = _vowel_variants(name.name, [parent], levels)
        return _link(variants.pop(), "context") if len(variants) == 1 else None
    return None


def _district_beside(found: tuple[Region, ...], context: list[Region]) -> set[Region]:
    """The districts among ``found`` that lie in the regency or city of a district or village the
    article names ("Muara Badak" beside "Kecamatan Loa Janan": both districts of Kutai Kartanegara)."""
    around = {p.code for r in context if r.level not in _BARE_LEVELS
              for p in regions.ancestors(r) if p.level in (regions.REGENCY, regions.CITY)}
    return {c for c in found if c.level == regions.DISTRICT and c.parent_code in around}


def _decides_below(context: Region, candidate: Region, village_word: bool = False) -> bool:
    """Can a region named in the article pick ``candidate`` among the regions inside it? Not a
    province (it holds many regions of one name), and for a village only its district: a
    regency holds hundreds of villages, and a "Kampung" in Java is often a hamlet of the list's
    village of another name. A name written as a village ("Desa Pantai", ``village_word``) that
    only one village of a regency or city the article names has is that village."""
    if context.code == candidate.code or context.level == regions.PROVINCE:
        return False
    return candidate.level not in _VILLAGES or context.level == regions.DISTRICT or village_word


def _link(found: Region, decided_by: str) -> RegionLink:
    return RegionLink(found, regions.ancestors(found), decided_by)


def _spelling(name: str) -> str:
    """The official spelling of common variants ("Sumatra" for "Sumatera")."""
    return re.sub(r"\bsumatra\b", "sumatera", name)


@lru_cache(maxsize=1)
def region_alone(text: str) -> regions.Region | None:
    """The one region a name decides by itself, with no article around it ("Tambrauw"), or None."""
    name = _parse(text)
    link = _decide_alone(name) if name is not None else None
    return link.region if isinstance(link, RegionLink) else None


def written_levels(text: str) -> tuple[str, ...] | None:
    """The levels a name's level word allows ("Kabupaten Arfak": regency); None when it has none."""
    name = _parse(text)
    return name.levels if name is not None and name.level_word else None


def level_word_regions(text: str) -> tuple[regions.Region, ...]:
    """The regions a name written with its level word can be ("Kecamatan Satui"); none without one."""
    name = _parse(text)
    if name is None or not name.level_word or not name.levels:
        return ()
    return regions.candidates(_spelling(name.name), name.levels)


@lru_cache(maxsize=1)
def short_forms() -> dict[str, str]:
    """Normalised short form ("jabar", "kbb", "haltim") -> the code of the one region it means: the
    hand list (region_short_forms_id.tsv), then the forms built from the official names."""
    forms = {}
    for line in SHORT_FORMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, form = line.split("\t")
            forms[regions.normalise_region(form)] = code
    return {**_compass_forms(), **_island_group_forms(), **forms}


def _island_group_forms() -> dict[str, str]:
    """A regency or province named "Kepulauan X" (the X islands) or "Pulau X" (the X island) is written "X" alone
    ("Tanimbar", "Anambas", "Bangka Belitung", "Morotai"), when X is no other region's name ("Riau", "Meranti") and
    none of its words is ever written in lower case ("Seribu", a thousand; "Sula")."""
    from kg.nlp.casing import can_be_common_word

    names = regions.name_keys()
    forms = {}
    for found in regions.all_regions((regions.PROVINCE, regions.REGENCY, regions.CITY)):
        words = regions.normalise_region(found.name).split()
        rest = " ".join(words[1:])
        if words[0] in ("kepulauan", "pulau") and rest and rest not in names and not any(map(can_be_common_word, words[1:])):
            forms[rest] = found.code
    return forms


# How the news shortens the compass word that ends a region's name ("Halmahera Timur": Haltim).
_COMPASS_SHORT = {"utara": ("ut", "ra"), "selatan": ("sel",), "timur": ("tim",), "barat": ("bar",),
                  "tengah": ("teng",), "hulu": ("hul",), "hilir": ("hil",)}


def _compass_forms() -> dict[str, str]:
    """Short forms of two- and three-word province, regency and city names that end in a compass word, as
    the news builds them: the start of the first word and the compass word's short form ("Labuhanbatu
    Utara": Labura, "Konawe Selatan": Konsel, "Tangerang Selatan": Tangsel, "Bolaang Mongondow Selatan":
    Bolsel). Kept only when the form
    has five letters or more, means one region, is no common word and no word of a region's name ("Sumatera" is
    no short form of Sumatera Utara; a name GeoNames puts abroad,
    "Betim", stays abroad: see ``kg.resolve.regions``)."""
    built: dict[str, set[str]] = {}
    words_of_names = {w for key in regions.name_keys() for w in key.split()}
    for found in regions.all_regions((regions.PROVINCE, regions.REGENCY, regions.CITY)):
        words = regions.normalise_region(found.name).split()
        if len(words) not in (2, 3) or words[-1] not in _COMPASS_SHORT:
            continue
        for end in range(len(words), len(words[0]) + 1):  # three words: at least three letters of the first
            for short in _COMPASS_SHORT[words[-1]]:
                built.setdefault(words[0][:end] + short, set()).add(found.code)
    return {form: codes.pop() for form, codes in built.items()
            if len(form) >= 5 and len(codes) == 1 and form not in words_of_names and not _a_common_word(form)}


def _a_common_word(form: str) -> bool:
    """"Kabar" (news), built from Kalimantan Barat: the corpora write it in lower case more often than in a name."""
    from kg.nlp.casing import casing_counts

    counts = casing_counts(form.capitalize())
    return counts is not None and counts[0] > counts[2]
