"""A regional body, however an article writes it: "DPRD Kabupaten Lebong", "DPRD Lebong", "DPRD".

Regional news names a body once with its region ("DPRD Kabupaten Lebong", "Badan Penanggulangan
Bencana Daerah (BPBD) Kabupaten Serang", "KPU Sulsel") and then shortens it. When the article names
exactly one region for the body, its regional spellings ("DPRD Lebong", "DPRD Kab. Lebong") and the
name spelled out before "(ACR) Region" are one body, keyed by the body and its region; so is its
contracted name with the same region ("Dinkes NTT" for "Dinas Kesehatan Provinsi NTT"). A bare name
joins it when the body exists only in the regions, as its "Daerah" says ("DPRD", "BPBD"), or when it
is no acronym ("Persija", "Bawaslu"), so a bare "DPRD" in one regency's story never joins another
regency's DPRD. A bare acronym of a body with a national namesake ("KPU" beside "KPU Garut") and
any bare name in an article that also names the national body ("KPU RI") stay apart, unless the article
spelled the acronym out with the region ("Komisi Pemilihan Umum (KPU) Sulawesi Selatan").

A kind of body each region has ("Pengadilan Negeri", "Dinas Kesehatan": common words only) spelled out
before "(ACR) Region" is that region's body even when the article writes no other form of it, and is
named with its region ("Pengadilan Negeri Ambon"): otherwise every district court would be one node. The
region may be a regency, a city or a district of the official list ("PN Kraksaan"), or, after a kind of
body's acronym, any place the model found there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from kg.records import LOC, ORG, PER, Mention
from kg.resolve.names import PAREN, bracketed_after, clean_surface, could_shorten, initials, is_acronym, normalise_name
from kg.resolve.short_forms import is_contraction
from kg.words import BODY_WORDS

REGION_LEVELS = {"kabupaten": "kabupaten", "kab": "kabupaten", "kota": "kota", "provinsi": "provinsi", "prov": "provinsi"}
NATIONAL = frozenset({"ri", "pusat", "nasional", "republik indonesia", "indonesia"})


# The class of a court or a prison between its acronym and its town: "Pengadilan Negeri (PN) Kelas 1A Kupang".
COURT_CLASS = re.compile(r"\)\s+(?:[Kk]elas|[Kk]las)\s+(?:[IVX]+|\d)\s?[AB]?\s+")


class _Variant(NamedTuple):
    head: str  # the body, normalised ("dprd")
    level: str | None  # "kota" or "kabupaten" when written, else None
    region: str  # the region's name, normalised ("lebong")


class RegionalBodies(NamedTuple):
    """keys: mention index -> the key of the one regional body it names. apart: bare mentions of a
    body whose national namesake the article also names ("KPU" beside "KPU RI"): they join no region's.
    spelled: the body's name with its region for the mentions of "Long (ACR) Region", which name the
    region outside the mention ("Pengadilan Negeri Ambon"): the court of Ambon is not every court."""

    keys: dict[int, str]
    apart: frozenset[int]
    spelled: dict[int, str]


def regional_bodies(mentions: tuple[Mention, ...], text: str) -> RegionalBodies:
    """The regional bodies an article names (``text``: the article's text), and which of its mentions name them."""
    from kg.nlp.regions import region_names

    known = region_names()
    names = [normalise_name(clean_surface(m.text, m.label)) if m.label != PER else "" for m in mentions]
    written_regions = _regions_written(names, known)
    variants: dict[int, _Variant] = {}
    national: set[str] = set()
    for i, (m, name) in enumerate(zip(mentions, names)):
        words = name.split()
        if m.label != ORG or len(words) < 2:
            continue
        if " ".join(words[1:]) in NATIONAL:
            national.add(words[0])
            continue
        for k in range(1, min(5, len(words) - 1) + 1):  # "DPRD Lebong", "Dinas Pendidikan dan Kebudayaan Provinsi Sulteng"
            if (variant := _variant(" ".join(words[:k]), words[k:], known, written_regions)) is not None:
                variants[i] = _without_daerah(variant)
                break
    triples: list[tuple[int, _Variant]] = []
    for i in range(len(mentions) - 2):  # "Komisi Pemilihan Umum (KPU) Sulawesi Selatan": name, acronym, region
        long, short, place = mentions[i : i + 3]
        if (long.label == short.label == ORG and place.label == LOC and bracketed_after(text, long, short)
                and (0 < place.start - short.end <= 2 or COURT_CLASS.fullmatch(text, short.end, place.start))
                and " " not in names[i + 1] and len(names[i].split()) >= 2):
            variant = _variant(names[i + 1], normalise_name(place.text).split(), known, written_regions)
            # a kind of body ("Pengadilan Negeri", "Dinas Kesehatan") is the region's, or the town's the place
            # names ("Pengadilan Negeri (PN) Malili"); a body of its own name ("Universitas Tidar (Untidar)
            # Magelang") only where the article writes "Untidar Magelang" too
            if _a_kind_of_body(names[i]):
                variant = variant or _Variant(names[i + 1], None, normalise_name(place.text))
            elif variant is not None and not any(v.head == variant.head for v in variants.values()):
                variant = None
            if variant is not None:
                triples.append((i, variant))
    spelled_out: dict[int, str] = {}
    for i, variant in triples:
        variants[i] = variants[i + 1] = variant
        spelled_out[i] = spelled_out[i + 1] = f"{mentions[i].text.strip()} {mentions[i + 2].text.strip()}"
    defined = {variant.head: names[i] for i, variant in triples}  # spelt out with its region: the region's
    variants, spelled = _spelled_out_heads(variants)
    national |= {spelled[head] for head in national if head in spelled}  # "Kemenag RI" beside "Kementerian Agama Kampar"
    by_head: dict[str, list[int]] = defaultdict(list)
    for i, variant in variants.items():
        by_head[variant.head].append(i)
    result: dict[int, str] = {}
    apart: set[int] = set()
    for head, indices in by_head.items():
        key = _one_region([variants[i] for i in indices])
        if key is None:  # "DPRD Kapuas" hosting "DPRD Provinsi Kalsel" (also "DPRD Kalsel"): one body per region
            for group in _same_region_groups([(i, variants[i]) for i in indices]):
                if (one := _one_region([variants[i] for i in group])) is not None:
                    result.update((i, one) for i in group)
            continue
        for i in indices:
            result[i] = key
        bare = [i for i, m in enumerate(mentions)
                if m.label != PER and i not in result
                and (names[i] in (head, defined.get(head)) or spelled.get(names[i]) == head
                     or _spelled_out(mentions, text, i, head))]
        if not bare and head not in national:  # "BPBD" beside "Badan Penanggulangan Bencana Daerah Kab. Hulu Sungai Tengah"
            result.update((i, key) for i in _regional_initials(mentions, names, head, indices, text) if i not in result)
        if head in national or head.startswith("partai "):
            # "KPU" beside "KPU RI" and "KPU Sulsel": which one, the text does not say; "anggota Partai Golkar" beside
            # "Partai Golkar Kota Pariaman" is a member of the party, not of its branch
            apart.update(bare)
        elif _regional_by_name(head, mentions, text, names):
            result.update((i, key) for i in bare)  # a bare "DPRD" or "BPBD" is always some region's
        else:  # "Persija", "Bawaslu" stand for the one they extend; an acronym ("KPU", "PGN") may be national,
            # unless the article defined it as the region's ("Komisi Pemilihan Umum (KPU) Sulawesi Selatan")
            result.update((i, key) for i in bare if head in defined or not is_acronym(mentions[i].text.strip()))
    for i in range(1, len(mentions)):  # "Pengadilan Negeri (PN)" where the name is the region's: so is its acronym
        if (i - 1 in result and i not in result and i not in apart and bracketed_after(text, mentions[i - 1], mentions[i])
                and could_shorten(mentions[i].text.strip(), clean_surface(mentions[i - 1].text, mentions[i - 1].label))):
            result[i] = result[i - 1]  # not a region's short form after it: "Dinas Kesehatan Provinsi Sulawesi Barat (Sulbar)"
    return RegionalBodies(result, frozenset(apart), {i: name for i, name in spelled_out.items() if i in result})


def national_key(name: str) -> str:
    """"kemenkes ri" and "kemenkes" are one body: the country's name after a national body adds nothing."""
    for suffix in (" ri", " republik indonesia"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _a_kind_of_body(name: str) -> bool:
    """Is the spelled-out name common words only, the country's name aside ("pengadilan negeri", "komite olahraga
    nasional indonesia"): a kind of body that each region has, not one body ("universitas tidar")?"""
    from kg.nlp.casing import can_be_common_word

    return all(word in NATIONAL or word in BODY_WORDS or can_be_common_word(word) for word in name.split())


def _regions_written(names: list[str], known: frozenset[str]) -> set[str]:
    """The region names the article writes somewhere (inside any mention): what "Tanbu" may contract."""
    found = set()
    for name in names:
        words = name.split()
        for size in (1, 2, 3):
            for k in range(len(words) - size + 1):
                if (part := " ".join(words[k : k + size])) in known:
                    found.add(part)
    return found


def _variant(head: str, rest: list[str], known: frozenset[str], written: set[str]) -> _Variant | None:
    """The body ``head`` of the region ``rest`` ("kabupaten lebong", "sulsel"), if ``rest`` is a region."""
    if not rest:
        return None
    from kg.nlp.regions import normalise

    level = REGION_LEVELS.get(rest[0]) if len(rest) > 1 else None
    region = normalise(" ".join(rest[1:] if level else rest))  # "palangka raya" is the list's "palangkaraya"
    if region in known or any(region != n and is_contraction(region, n) for n in written) or _a_district(region):
        return _Variant(head, level, region)
    return None


def _a_district(region: str) -> bool:
    """A district of the official list whose name is no common word ("kraksaan", "malili"; not "kota", "raya"):
    courts, police sectors and health centres are named after the district they serve ("PN Kraksaan")."""
    from kg.nlp.casing import can_be_common_word
    from kg.regions import DISTRICT, candidates

    return not any(can_be_common_word(word) for word in region.split()) and bool(candidates(region, (DISTRICT,)))


def _without_daerah(variant: _Variant) -> _Variant:
    """"Pemerintah Daerah Kabupaten X" is "Pemerintah Kabupaten X": "Daerah" (regional) before the level word
    says again what the level word says."""
    if variant.level is not None and variant.head.endswith(" daerah"):
        return variant._replace(head=variant.head[: -len(" daerah")])
    return variant


def _spelled_out_heads(variants: dict[int, _Variant]) -> tuple[dict[int, _Variant], dict[str, str]]:
    """"Dinkes NTT" is "Dinas Kesehatan Provinsi NTT": a body's contracted name ("Dinkes") or its
    initials ("BPBD") joins its spelled-out name when both name the same region.
    RETURNS: the variants with each such body under its spelled-out name, and the short names found."""
    heads = {v.head for v in variants.values()}
    leveled = {(v.head, v.level) for v in variants.values() if v.level is not None}
    spelled, levels = {}, {}
    for short in heads:
        longer = [long for long in heads if " " in long and long != short
                  and (is_contraction(short, long) or short in initials(long))]
        if len(longer) == 1 and _one_region([v for v in variants.values() if v.head in (short, longer[0])]):
            spelled[short] = longer[0]
            continue
        # "Pemkab Kotim" is "Pemerintah Kabupaten Kotawaringin Timur": the short name contracts the body and its level
        with_level = [(head, level) for head, level in leveled if head != short and is_contraction(short, f"{head} {level}")]
        if len(with_level) == 1:
            head, level = with_level[0]
            same = [v._replace(level=level) if v.head == short else v for v in variants.values() if v.head in (short, head)]
            if _one_region(same):
                spelled[short], levels[short] = head, level
    return {i: v._replace(head=spelled.get(v.head, v.head), level=levels.get(v.head, v.level))
            for i, v in variants.items()}, spelled


def _same_region_groups(variants: list[tuple[int, _Variant]]) -> list[list[int]]:
    """The mentions of one body grouped by the region each names, a region and its contraction together
    ("kalsel" and "kalimantan selatan"); only groups of two or more mentions."""
    groups: list[tuple[str, list[int]]] = []
    for i, variant in variants:
        for region, members in groups:
            if _same_region(variant.region, region):
                members.append(i)
                break
        else:
            groups.append((variant.region, [i]))
    return [members for _, members in groups if len(members) > 1]


def _same_region(a: str, b: str) -> bool:
    """One region written the same, contracted ("kalsel" and "kalimantan selatan") or by its initials ("ppu")."""
    return (a == b or is_contraction(a, b) or is_contraction(b, a)
            or (" " not in a and " " in b and a in initials(b)) or (" " not in b and " " in a and b in initials(a)))


def _one_region(variants: list[_Variant]) -> str | None:
    """The body's key when all the variants name one region ("lebong" with and without its level word)."""
    regions = {v.region for v in variants}
    main = min(regions, key=len)
    if not all(_same_region(main, r) for r in regions):
        return None
    levels = {v.level for v in variants} - {None}
    if len(levels) > 1:
        return None  # "DPRD Kota Bogor" and "DPRD Kabupaten Bogor": two bodies
    written = max(regions, key=len)
    head = variants[0].head
    return f"{head} kota {written}" if levels == {"kota"} else f"{head} {written}"


def _regional_initials(
    mentions: tuple[Mention, ...], names: list[str], head: str, indices: list[int], text: str,
) -> list[int]:
    """Bare acronyms that spell a regional body's name with its "Daerah" ("BPBD" for "Badan Penanggulangan
    Bencana Daerah Kab. X", whose key leaves "Daerah" out): only the regions have such a body. Not one the
    article spells out for another name ("Dewan Kesenian Daerah (DKD)" beside "Dinas Kebudayaan Daerah ...")."""
    spelled = f"{head} daerah"
    if not any(f"{spelled} " in f"{names[i]} " for i in indices):
        return []
    other = {names[i] for i in range(1, len(mentions))
             if bracketed_after(text, mentions[i - 1], mentions[i]) and not names[i - 1].startswith(spelled)}
    return [i for i, m in enumerate(mentions)
            if m.label != PER and " " not in names[i] and is_acronym(m.text.strip()) and names[i] in initials(spelled)
            and names[i] not in other]


def _regional_by_name(head: str, mentions: tuple[Mention, ...], text: str, names: list[str]) -> bool:
    """Is ``head`` a body that only regions have, by its name's "Daerah" ("DPRD", "BPBD", "KPUD")?
    A body with a national namesake ("KPU", "Bawaslu") is not joined when written bare."""
    written = [m.text.strip() for m, name in zip(mentions, names) if name == head]
    spelled = [names[i] for i in range(len(mentions)) if _spelled_out(mentions, text, i, head)]
    return (head.endswith("d") and any(w.isupper() for w in written)) or any(n.endswith(" daerah") for n in spelled)


def _spelled_out(mentions: tuple[Mention, ...], text: str, i: int, head: str) -> bool:
    """Is mention ``i`` the body's full name written before its acronym: "Badan ... Daerah (BPBD)"?"""
    m = mentions[i]
    found = PAREN.match(m.text.strip())
    if found and normalise_name(found.group("short")) == head:
        return True
    following = mentions[i + 1] if i + 1 < len(mentions) else None
    # "Badan Pengawas Pemilu (Bawaslu)" too; never a name of its own right before "Kejaksaan Tinggi"
    return (following is not None and " " not in head and len(m.text.split()) >= 2
            and bracketed_after(text, m, following) and normalise_name(following.text) == head)


__all__ = ["RegionalBodies", "national_key", "regional_bodies"]
