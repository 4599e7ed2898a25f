"""Region links for the resolver: which mentions are regions of the official list, and which one.

Kept apart from ``entities.py`` so that the union-find only asks two questions: the region a
mention links to (``region_links``) and the region a group of mentions is (``group_region``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from kg.link import CITY, PlaceLink
from kg.link_regions import RegionLink, link_regions, office_before, town_district, unit_head_before
from kg.records import LOC, ORG, AnnotatedArticle
from kg.regions import CITY as KOTA
from kg.regions import DISTRICT, PROVINCE, URBAN_VILLAGE, VILLAGE, normalise_region
from kg.resolve.names import clean_surface
from kg.words import LEVEL_WORDS

Node = tuple[int, int]
_ADDRESS_GAP = re.compile(r"[ \t]*,?[ \t]*")
_BODY_GAP = re.compile(r"\)?(?:[ \t]+[A-Z][\w-]*)*[ \t]+")
# Capitalised words, then a one-word short form in brackets: "Kabupaten Toba Samosir (Tobasa)".
_DEFINED = re.compile(r"((?:\b[A-Z][\w.-]*[ \t]+){1,5})\(([A-Z][A-Za-z]{2,9})\)")
INDONESIA = "ID"
_LOCAL = (DISTRICT, VILLAGE, URBAN_VILLAGE)


def region_links(articles: list[AnnotatedArticle], links: dict[Node, PlaceLink]) -> dict[Node, RegionLink]:
    """The region each place mention links to, article by article (context stays in its article).

    Candidates are place mentions, and organisation mentions written with a level word
    ("Kabupaten Garut" as the government); not places GeoNames puts outside Indonesia, unless the
    office of a region's head is written before them ("Bupati Kudus"). A GeoNames city link of a
    mention the list calls a regency, district or village is dropped from ``links``: "Bandung"
    decided as the regency is not the city GeoNames means, nor is "Yogyakarta" decided by its
    address as the province; so is a link abroad of a name an office decided ("Bupati Kudus" is
    no Jerusalem).
    """
    found: dict[Node, RegionLink] = {}
    for pos, art in enumerate(articles):
        for i, result in enumerate(_article_results(pos, art, links)):
            if isinstance(result, RegionLink):
                found[(pos, i)] = result
                link = links.get((pos, i))
                if link is not None and (link.country != INDONESIA or (
                        link.kind == CITY and (result.region.level not in (PROVINCE, KOTA)
                                               or result.decided_by == "context" and result.region.level == PROVINCE))):
                    del links[(pos, i)]
    return found


def unlinked_reasons(articles: list[AnnotatedArticle]) -> Counter:
    """How many region-like mentions stayed unlinked, by reason (``kg.link_regions.UNLINKED_REASONS``)."""
    from kg.link import link_place

    counts: Counter = Counter()
    for pos, art in enumerate(articles):
        links = {}
        for i, m in enumerate(art.mentions):
            found = link_place(clean_surface(m.text, m.label))
            if found is not None:
                links[(pos, i)] = found
        counts.update(r for r in _article_results(pos, art, links) if isinstance(r, str))
    return counts


def _article_results(pos: int, art: AnnotatedArticle, links: dict[Node, PlaceLink]) -> list:
    names, abroad = [], []
    aliases = _short_forms_defined(art.article.text)
    body_ends = sorted({m.end for m in art.mentions if m.label == ORG})
    for i, m in enumerate(art.mentions):
        link = links.get((pos, i))
        text = clean_surface(m.text, m.label)
        text = aliases.get(normalise_region(text), text)
        words = text.split()
        level_word = bool(words) and words[0].casefold().strip(".") in LEVEL_WORDS
        candidate = m.label == LOC or (m.label == ORG and level_word)
        before = art.article.text[max(0, m.start - 40):m.start]
        office = None if level_word else office_before(before)
        if unit_head_before(before) or _after_body(art.article.text, body_ends, m.start):  # "Kapolres Batu", "(Polres) Halmahera Timur"
            candidate = False
        if office:
            text = f"{office} {text}"  # "Bupati Kudus": the regency, though Kudus is also Jerusalem
        elif link is not None and link.country != INDONESIA:
            if candidate and link.kind == CITY:
                abroad.append(i)
            candidate = False
        names.append(text if candidate else None)
    results = link_regions(names, art.article.dateline, _addresses(art, names))
    results = _local_abroad(art, names, abroad, results) if abroad else results
    return _towns(pos, names, results, links)


def _towns(pos: int, names: list[str | None], results: list, links: dict[Node, PlaceLink]) -> list:
    """A bare name nothing in the article decided that GeoNames knows as a town of Indonesia and
    that only one district of the list has is that district: the town is its seat ("Ciputat",
    "Cibinong")."""
    results = list(results)
    for i, name in enumerate(names):
        link = links.get((pos, i))
        if results[i] is None and name and link is not None and link.country == INDONESIA and link.kind == CITY:
            results[i] = town_district(name) or None
    return results


def _local_abroad(art: AnnotatedArticle, names: list[str | None], abroad: list[int], results: list) -> list:
    """A name GeoNames puts abroad that the article places inside one of its regions is that region:
    "MABA" (a town in China too) beside "Halmahera Timur" is the district Maba of that regency.
    Only a district or village decided by the article's regions counts; a name linked by itself
    ("Kudus" is Jerusalem too) stays the place abroad."""
    trial = list(names)
    for i in abroad:
        trial[i] = clean_surface(art.mentions[i].text, art.mentions[i].label)
    again = link_regions(trial, art.article.dateline, _addresses(art, trial))
    results = list(results)
    for i in abroad:
        found = again[i]
        if isinstance(found, RegionLink) and found.decided_by == "context" and found.region.level in _LOCAL:
            results[i] = found
    return results


def _short_forms_defined(text: str) -> dict[str, str]:
    """Short forms the article defines in brackets after a region it names: "Kabupaten Konawe Selatan
    (Konsel)" -> {"konsel": "Kabupaten Konawe Selatan"}, so that a later "Konsel" is that regency.
    The words before the bracket, with their level word if written, must name one region alone."""
    found = {}
    for match in _DEFINED.finditer(text):
        words = match.group(1).split()
        for start in range(max(0, len(words) - 5), len(words)):
            name = " ".join(words[start:])
            if _abbreviates(match.group(2), name) and isinstance(link_regions([name])[0], RegionLink):
                found[normalise_region(match.group(2))] = name
                break
    return found


def without_level_word(name: str) -> str:
    """A normalised place name without its level word: "kabupaten bogor" -> "bogor"."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0] in LEVEL_WORDS else name


def _abbreviates(short: str, name: str) -> bool:
    """Can ``short`` be a short form of ``name``: its initials ("KBB"), or starting as the name does
    without its level word ("Konsel", "Jabar")? Not "Dinas Kesehatan Jawa Barat (Dinkes)": that names the body."""
    words = normalise_region(name).split()
    bare = without_level_word(" ".join(words)).split()
    short = short.casefold()
    return short == "".join(w[0] for w in words) or short[:2] == bare[0][:2]


def _after_body(text: str, body_ends: list[int], start: int) -> bool:
    """Is the mention at ``start`` written right after an organisation (``body_ends``: where the article's
    end), with only spaces, capitalised words or its bracketed short form's closing bracket between
    ("Pengadilan Tindak Pidana" + "Korupsi Medan" as the model splits it, "Kepolisian Resort (Polres)
    Halmahera Timur")? It is then the region of that body's unit, part of its name and not a place the
    article is about."""
    return any(_BODY_GAP.fullmatch(text, end, start) for end in body_ends[: bisect_right(body_ends, start)])


def _addresses(art: AnnotatedArticle, names: list[str | None]) -> list[int | None]:
    """Per mention, the candidate written right after it, with nothing but a comma or spaces
    between ("Desa Sungai Cuka Kecamatan Satui", "Desa Bangunan, Kecamatan Palas"), or None."""
    text = art.article.text
    order = sorted(range(len(names)), key=lambda i: art.mentions[i].start)
    found: list[int | None] = [None] * len(names)
    for i, j in zip(order, order[1:]):
        here, after = art.mentions[i], art.mentions[j]
        if names[i] and names[j] and after.start >= here.end and _ADDRESS_GAP.fullmatch(text[here.end:after.start]):
            found[i] = j
    return found


def group_region(group: list[Node], found: dict[Node, RegionLink]) -> RegionLink | None:
    """The region most of a group's linked mentions link to (ties: the smallest code), or None."""
    counts = Counter(found[n].region.code for n in group if n in found)
    if not counts:
        return None
    best = min(counts, key=lambda code: (-counts[code], code))
    return next(found[n] for n in group if n in found and found[n].region.code == best)


def region_key(link: RegionLink) -> str:
    """The entity key of a region: ``LOC/region/<code without dots>`` ("LOC/region/3204")."""
    return f"{LOC}/region/{link.region.code.replace('.', '')}"
