"""Mentions to global entities: a union-find over (article, mention) nodes.

Within an article a bare "Kim" joins the nearest "Kim Jong Un"; across the
build, nodes sharing a tag join (same normalised person name, same GeoNames id,
same LOC/ORG name, an acronym and its expansion). Keys come from content.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from kg.link import CITY, COUNTRY, PlaceLink, is_capital, link_place
from kg.link_regions import RegionLink, level_word_regions, written_levels
from kg.records import LOC, ORG, PER, AnnotatedArticle, Entity, Mention, Region
from kg.words import BODY_WORDS
from kg.resolve.regions import group_region, region_key, region_links, without_level_word
from kg.resolve.nicknames import byname_pairs, nickname_pairs
from kg.resolve.regional_bodies import RegionalBodies, national_key, regional_bodies
from kg.resolve.short_forms import (
    bracketed_name_targets, is_contraction, kind_and_short_form_pairs, region_slip_pairs, rewritten_name_pairs,
    short_form_targets,
)
from kg.resolve.names import (
    PAREN,
    bracketed_after,
    clean_surface,
    could_shorten,
    expansion,
    initials,
    is_acronym,
    is_company_name,
    misspelt,
    normalise_name,
    person_tokens,
    spelling_key,
    words_in_order,
)

Node = tuple[int, int]  # (article position, mention index)
_NAME = "NAME"  # tag of an unlinked LOC/ORG name


class _Groups:
    """Union-find over mention nodes; the smallest node is the root, so results never depend on call order."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}
        self.first: dict[tuple, Node] = {}

    def find(self, node: Node) -> Node:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def tag(self, node: Node, tag: tuple) -> None:
        """Join ``node`` with every node given the same tag."""
        self.find(node)
        if tag in self.first:
            self.union(node, self.first[tag])
        else:
            self.first[tag] = node


@dataclass(frozen=True)
class ArticleWork:
    """What resolution works out from one article alone (``prepare``), before the cross-article steps.

    Every field is a function of the article only, so it can be worked out as soon as the article's
    NLP is done (``kg.resolve.Prepared``), while the NLP of the next articles runs.
    article: the article with its person mentions trimmed (``_trim_person_prefixes``).
    links: the GeoNames link of each mention index that keeps one (``region_links`` drops some).
    regions: the official region each mention index links to.
    linked_names: ``_linked_region_names`` of the article.
    bodies: the regional bodies it names (``regional_bodies``).
    pairs: the (short, long) mention indices it writes as one thing (short forms, nicknames, brackets).
    """

    article: AnnotatedArticle
    links: dict[int, PlaceLink]
    regions: dict[int, RegionLink]
    linked_names: dict[str, Region]
    bodies: RegionalBodies
    pairs: tuple[tuple[int, int], ...]


def prepare(art: AnnotatedArticle) -> ArticleWork:
    """The per-article part of ``resolve_entities`` (see ``ArticleWork``)."""
    art = _trim_person_prefixes(art)
    links = _link_mentions([art])
    regions = region_links([art], links)
    pairs = (*short_form_targets(art.mentions).items(), *bracketed_name_targets(art).items(), *nickname_pairs(art),
             *byname_pairs(art), *rewritten_name_pairs(art.mentions), *region_slip_pairs(art.mentions),
             *kind_and_short_form_pairs(art), *_bracket_definitions(art))
    return ArticleWork(art, {i: link for (_, i), link in links.items()}, {i: found for (_, i), found in regions.items()},
                       _linked_region_names(0, art, regions), regional_bodies(art.mentions, art.article.text), pairs)


def resolve_entities(
    articles: list[AnnotatedArticle], work: list[ArticleWork] | None = None,
) -> tuple[tuple[Entity, ...], dict[Node, str], dict[Node, PlaceLink]]:
    """Entities of articles already in build order.

    work: ``prepare`` of each article, when the caller worked it out ahead (made here otherwise).
    RETURNS: the entities sorted by key, the entity key of each (article position,
    mention index), and the GeoNames link of each linked mention; a mention left out of the graph
    (a headline's, ``_headline_only``) has neither.
    """
    work = [prepare(art) for art in articles] if work is None else work
    articles = [done.article for done in work]
    links = {(pos, i): link for pos, done in enumerate(work) for i, link in done.links.items()}
    regions = {(pos, i): found for pos, done in enumerate(work) for i, found in done.regions.items()}
    groups = _Groups()
    # How often each person name is written in the whole build: tells a truncated
    # span ("Kim Jong") from a span that ran on ("Kim Jong Un Kembali").
    counts = Counter(person_tokens(m.text) for art in articles for m in art.mentions if m.label == PER)
    bodies = [done.bodies for done in work]
    scoped = {(pos, i): key for pos, found in enumerate(bodies) for i, key in found.keys.items()}
    for pos, art in enumerate(articles):
        _tag_article(groups, pos, art, links, counts, regions, scoped, work[pos].linked_names)
    _join_acronyms(groups, articles, links, scoped)
    for pos, art in enumerate(articles):
        pairs = work[pos].pairs
        linked = work[pos].linked_names
        for short, long in pairs:
            if {short, long} & bodies[pos].apart and {(pos, short), (pos, long)} & scoped.keys():
                continue  # "KPU" beside "KPU RI" joins no regional KPU
            if _another_thing_than_the_region(regions, linked, art, (pos, short), (pos, long)):
                continue  # the village "Nungga" is not "Nusa Tenggara Barat", nor "Bali" the "Bank BPD Bali"
            groups.union((pos, short), (pos, long))
    unconfirmed = _headline_only(groups, articles)
    spelled = {(pos, i): name for pos, found in enumerate(bodies) for i, name in found.spelled.items()}
    entities, node_key = _entities(groups, articles, links, regions, unconfirmed, spelled)
    return entities, node_key, {node: link for node, link in links.items() if node not in unconfirmed}


def _headline_only(groups: _Groups, articles: list[AnnotatedArticle]) -> set[Node]:
    """Mentions on a headline whose thing the body never names. A headline capitalises every word, so the
    model has no casing to tell a name from a word ("Polsek Tersono Digeruduk", "Rehab Balai Desa"), and a
    thing the headline names is nearly always named again below it: what is not stays out of the graph."""
    found: set[Node] = set()
    for pos, art in enumerate(articles):
        title = art.article.title
        if not title or not art.article.text.startswith(title):
            continue
        body = {groups.find((pos, i)) for i, m in enumerate(art.mentions) if m.start >= len(title)}
        if body:
            found.update((pos, i) for i, m in enumerate(art.mentions)
                         if m.end <= len(title) and groups.find((pos, i)) not in body)
    return found


def _another_thing_than_the_region(
    regions: dict[Node, RegionLink], linked: dict[str, Region], art: AnnotatedArticle, short: Node, long: Node
) -> bool:
    """Is ``long`` something other than the region ``short`` is linked to (or that the article links
    elsewhere under the same name, ``linked``): a region of another name, or a body named after it? A place
    written with its level word ("Provinsi Sumatera Barat") is the region, and "Kabupaten Sorong" tells which
    of two regions named "Sorong" a bare "Sorong" is."""
    if short in regions:
        name = regions[short].region.name
    elif art.mentions[short[1]].label == LOC and (found := linked.get(
            without_level_word(normalise_name(clean_surface(art.mentions[short[1]].text, LOC))))):
        name = found.name
    else:
        return False
    if long in regions:
        return regions[long].region.name != name
    return art.mentions[long[1]].label != LOC


def _named_as_no_city(group: list[Node], mentions: list[Mention], links: dict[Node, PlaceLink]) -> bool:
    """Is a thing whose name is also a city's ("Toyota", "Daru") something else: a person written with a
    full name of their own ("Ahmad Daru Hudni"), or a body every mention of which the model typed so,
    unless the city is a capital, which news writes for its government ("Moskow setuju")?"""
    cities = [links[n] for n in group if n in links]
    if not cities or any(link.kind != CITY for link in cities):
        return False
    full_person = any(m.label == PER and len(person_tokens(m.text)) >= 2 and n not in links for n, m in zip(group, mentions))
    return full_person or (all(m.label == ORG for m in mentions) and not any(is_capital(link) for link in cities))


def _trim_person_prefixes(art: AnnotatedArticle) -> AnnotatedArticle:
    """A working copy whose person mentions lose a leading place or organisation named in
    the same article ("Kremlin Dmitry Peskov" -> "Dmitry Peskov"), keeping two name words."""
    names = {normalise_name(clean_surface(m.text, m.label)) for m in art.mentions if m.label != PER}
    if not names:
        return art
    mentions = list(art.mentions)
    for i, m in enumerate(mentions):
        if m.label != PER:
            continue
        words = clean_surface(m.text, PER).split()
        cut = next((n for n in range(len(words) - 2, 0, -1) if normalise_name(" ".join(words[:n])) in names), 0)
        if cut:
            mentions[i] = replace(m, text=" ".join(words[cut:]))
    return replace(art, mentions=tuple(mentions))


def _link_mentions(articles: list[AnnotatedArticle]) -> dict[Node, PlaceLink]:
    """GeoNames links of mentions that are wholly a country or city name.

    Organisations too: "Rusia" or "Washington" acting as a government is the
    country or city (the label vote decides the entity's label). Person
    mentions too: one that is not part of a person's name ("Korut",
    "Vladivostok" mislabelled) becomes the place (see ``_tag_persons``).
    """
    links: dict[Node, PlaceLink] = {}
    for pos, art in enumerate(articles):
        for i, m in enumerate(art.mentions):
            found = link_place(clean_surface(m.text, m.label))
            if found is not None:
                links[(pos, i)] = found
    return links


def _tag_article(
    groups: _Groups, pos: int, art: AnnotatedArticle, links: dict[Node, PlaceLink], counts: Counter,
    regions: dict, scoped: dict[Node, str], linked_names: dict[str, Region],
) -> None:
    full = _tag_persons(groups, pos, art, links, counts)
    # "BPBD Kabupaten Bogor": a region written as part of a body's name is not linked (issue 15), but
    # is the same place as the same name linked elsewhere in the article (``linked_names``).
    for i, m in enumerate(art.mentions):
        if m.label == PER:
            continue
        if (pos, i) in scoped:  # a regional body, however the article wrote it
            groups.tag((pos, i), (_NAME, scoped[(pos, i)]))
            continue
        link = links.get((pos, i))
        if (pos, i) in regions:  # a region of the official list: its code decides, not its name
            groups.tag((pos, i), ("REGION", regions[(pos, i)].region.code))
            if link is None:
                continue
        name = normalise_name(clean_surface(m.text, m.label)) or m.text
        if m.label == LOC and (pos, i) not in regions and (
                region := linked_names.get(without_level_word(name)) or linked_names.get(name)):
            groups.tag((pos, i), ("REGION", region.code))
            continue
        person = None if link else _person_target(art, i, tuple(name.split()), full, counts, same=True)
        tokens = person_tokens(m.text)
        if link is not None:
            groups.tag((pos, i), ("GEO", link.geonames))
        elif person is not None:  # "Putin" tagged as a place next to "Vladimir Putin": the person
            groups.union((pos, i), (pos, person))
        elif len(tokens) >= 2 and counts.get(tokens):  # a full name written as a person elsewhere
            groups.tag((pos, i), (PER, " ".join(tokens)))
        else:  # LOC and ORG share the name space: the NER often calls "Kremlin" one or the other
            groups.tag((pos, i), (_NAME, national_key(name) if m.label == ORG else name))


def _linked_region_names(pos: int, art: AnnotatedArticle, regions: dict) -> dict[str, Region]:
    """Each region name linked in the article to exactly one region: the name without its level word,
    and, where one region shares its name with another ("Kepahiang" the regency and the district), the
    name with the level word that tells them apart ("kabupaten kepahiang")."""
    found: dict[str, set[Region]] = {}
    for i, m in enumerate(art.mentions):
        if (pos, i) in regions and m.label == LOC:
            found.setdefault(without_level_word(normalise_name(clean_surface(m.text, m.label))), set()).add(regions[(pos, i)].region)
    named = {name: next(iter(linked)) for name, linked in found.items() if len(linked) == 1}
    endings: dict[str, set[Region]] = {}  # "arfak" -> Pegunungan Arfak, "kiungkang" -> Nanga Kiungkang
    for name, region in named.items():
        words = name.split()
        for k in range(1, len(words)):
            endings.setdefault(" ".join(words[k:]), set()).add(region)
    for i, m in enumerate(art.mentions):
        if m.label == LOC and (pos, i) not in regions:
            name = normalise_name(clean_surface(m.text, m.label))
            linked = found.get(without_level_word(name), set())
            if len(linked) > 1 and len(level := linked & set(level_word_regions(m.text))) == 1:
                named[name] = next(iter(level))
            elif not linked and len(ending := _ending_of(without_level_word(name), endings, written_levels(m.text))) == 1:
                named[name] = next(iter(ending))  # "Kabupaten Arfak" beside "Kabupaten Pegunungan Arfak"
            elif not linked and len(spelt := found.get(_with_final_h(without_level_word(name)), set())) == 1:
                named[name] = next(iter(spelt))  # "Sungai Jerni" beside "Desa Sungai Jernih"
    return named


def _with_final_h(name: str) -> str:
    """The name with a final "h" added to, or taken from, its last word: writers add and drop it ("Jerni" for
    Jernih, "Meureuboh" for Meureubo)."""
    words = name.split()
    if not words or len(words[-1]) < 4:
        return ""
    last = words[-1][:-1] if words[-1].endswith("h") else words[-1] + "h"
    return " ".join(words[:-1] + [last])


def _ending_of(name: str, endings: dict[str, set[Region]], levels: tuple[str, ...] | None) -> set[Region]:
    """The regions linked in the article whose name ends with ``name`` (of the level its level word gives):
    the news drops a region name's first word ("Kabupaten Arfak" for Pegunungan Arfak, "Kiungkang" for Desa
    Nanga Kiungkang). Not a compass word or another ending many names share ("Barat", "Raya"), nor a short one
    ("Jaya")."""
    if len(name) < 5 or name in _COMMON_ENDINGS:
        return set()
    return {r for r in endings.get(name, set()) if levels is None or r.level in levels}


_COMMON_ENDINGS = frozenset("utara selatan timur barat tengah raya hilir hulu baru lama".split())


def _tag_persons(
    groups: _Groups, pos: int, art: AnnotatedArticle, links: dict[Node, PlaceLink], counts: Counter
) -> list[tuple[int, tuple[str, ...]]]:
    """Person mentions of one article: full names are tagged for the whole build, short forms
    join the full name they stand for, and a "person" that is only a place name is a place.
    ``counts``: how often each name (person_tokens) is written in the build.
    RETURNS: the article's full person names (mention index, tokens)."""
    persons = [(i, person_tokens(m.text)) for i, m in enumerate(art.mentions) if m.label == PER]
    present = {t for _, t in persons}
    full = [(i, t) for i, t in persons if len(t) >= 2]
    companies = [(j, tuple(normalise_name(clean_surface(m.text, ORG)).split()))
                 for j, m in enumerate(art.mentions) if m.label == ORG and is_company_name(m.text)]
    people = {q.speaker for q in art.quotes} | {r.person for r in art.roles}
    named_people = {t for i, t in persons if i in people or _AGE_AFTER.match(art.article.text, art.mentions[i].end)}
    for i, tokens in persons:
        node = (pos, i)
        if tokens in named_people and node in links and links[node].kind != COUNTRY:
            links.pop(node)  # "kata Panji", "Bupati Muara Enim Edison", "Lola (37)": a quoted person, an office's holder
            # or one whose age is given (in any of the name's mentions), though a town shares the name
        if not tokens:
            groups.tag(node, (PER, normalise_name(art.mentions[i].text) or art.mentions[i].text))
            continue
        base = _extended(tokens, counts, present)
        if base is not None:  # "Kim Jong Un Kembali" in a title-case headline is "Kim Jong Un"
            groups.tag(node, (PER, " ".join(base)))
            links.pop(node, None)
            continue
        company = _company_named(companies, tokens) if len(tokens) >= 2 else None
        if company is not None:  # "Harta Djaya" beside "PT Harta Djaya Karya Tbk": the company
            groups.union(node, (pos, company))
            links.pop(node, None)
            continue
        target = _person_target(art, i, tokens, full, counts)
        if target is not None:  # a short form is carried by its long name, never matched across articles
            groups.union(node, (pos, target))
            links.pop(node, None)
        elif node in links:  # "Korut" or "Vladivostok" tagged as a person
            groups.tag(node, ("GEO", links[node].geonames))
        elif len(tokens) == 1 and is_acronym(art.mentions[i].text):  # "KCNA": shares the LOC/ORG names
            groups.tag(node, (_NAME, tokens[0]))
        else:
            groups.tag(node, (PER, " ".join(tokens)))
    return full


def _company_named(companies: list[tuple[int, tuple[str, ...]]], tokens: tuple[str, ...]) -> int | None:
    """The mention of a company (``companies``: the article's, written with a legal form, and their names)
    whose name a "person" opens: the model often takes a company's short name ("Harta Djaya") for a person's."""
    return next((j for j, name in companies if len(name) > len(tokens) and name[: len(tokens)] == tokens), None)


def _extended(tokens: tuple[str, ...], counts: Counter, present: set) -> tuple[str, ...] | None:
    """The full name that ``tokens`` is a span error of: a shorter name of two or more tokens
    in ``present`` (the same article) that starts it and is written at least as often
    ("Kim Jong Un" for "Kim Jong Un Kembali"); None when there is none."""
    for n in range(len(tokens) - 1, 1, -1):
        if tokens[:n] in present and counts.get(tokens[:n], 0) >= counts[tokens]:
            return tokens[:n]
    return None


def _person_target(
    art: AnnotatedArticle, i: int, tokens: tuple[str, ...], full: list, counts: Counter, same: bool = False
) -> int | None:
    """The longer name in the same article that a short name ("Kim", "Jong Un") stands for.

    A short name matches a longer one when it equals the longer name's last
    tokens, or its first tokens when it is one token or the longer name is the
    more frequent (else the longer one is a span error, see ``_extended``).
    Between several different longer names, the nearest preceding mention wins
    (the nearest following one when none precedes), among those the short name
    opens when some it opens and some it ends. ``same``: also match a
    name equal to the full name (for LOC/ORG mentions of a person's name). A name the
    article also writes with a typo or another spelling ("Sayadi", "Sayyidi") is the same name.
    """
    n = len(tokens)
    if not n:
        return None
    fits: dict[tuple[str, ...], bool] = {}  # an article repeats its full names: each is tried once
    matches = []
    for j, t in full:
        fit = fits.get(t)
        if fit is None:
            fit = fits[t] = _stands_for_person(tokens, t, counts, same)
        if fit:
            matches.append(j)
    if not matches and n == 1 and not same:
        matches = _clipped_name_matches(art, tokens[0]) or [
            j for j, m in enumerate(art.mentions) if m.label == PER and misspelt(person_tokens(m.text), tokens)]
    matches = [j for j in matches if not _husbands_name_in_hers(art, full, tokens, person_tokens(art.mentions[j].text))]
    if not matches:
        return None
    start = art.mentions[i].start
    before = [j for j in matches if art.mentions[j].start < start]
    names = {person_tokens(art.mentions[j].text) for j in before}
    if len(names) > 1 and all(t[-n:] == tokens for t in names):
        # "Presiden Macron dan istrinya, Brigitte Macron": a surname two people share is the one named first
        return min(before, key=lambda j: art.mentions[j].start)
    opening = [j for j in before if person_tokens(art.mentions[j].text)[:n] == tokens]
    if opening and len(opening) < len(before):
        before = opening  # "Prabowo" after "Prabowo Subianto" and "Listyo Sigit Prabowo": the name it opens
    if before:
        return max(before, key=lambda j: art.mentions[j].start)
    return min(matches, key=lambda j: art.mentions[j].start)


# A person's age in brackets right after the name: "Lola (37)".
_AGE_AFTER = re.compile(r"\s*\(\d{1,3}(?:\s+tahun)?\)")

#: Words that introduce a woman as a wife: "istri Ibu Ivo Sugianto Sabran", "Istri Rasidah Alfedri", "Ny Rahma Dudung
#: Abdurachman", "Ibu Negara Iriana Jokowi" (the president's wife), or as the head of an officials' wives'
#: organisation (the regional PKK team, Dharma Wanita, the army's Persit, the police's Bhayangkari, the navy's
#: Jalasenastri): "Ketua TP PKK Fatma Idiana Sayed Jafar". A wife is often named with her husband's name after her own.
_WIFE_BEFORE = re.compile(
    r"(?:\b(?:istri(?:nya)?|ny\.?|nyonya|ibu\s+negara)\s+"
    r"|\bketua\s+(?:umum\s+)?(?:tp[\s-]*pkk|tim\s+penggerak\s+pkk|pkk|dharma\s+wanita(?:\s+persatuan)?|persit"
    r"|bhayangkari|jalasenastri)\b[^,.;:()\n]{0,40}?\s)(?:(?:ibu|bu|hj\.?|hajah|hajjah)\s+)*$", re.I)


def _husbands_name_in_hers(art: AnnotatedArticle, full: list, tokens: tuple[str, ...], t: tuple[str, ...]) -> bool:
    """Is ``tokens`` the end of the longer name ``t`` that the article writes only as a wife's? Then it is her
    husband's name ("Bupati Siak Alfedri didampingi istri Rasidah Alfedri"), not a short form of hers."""
    n = len(tokens)
    if len(t) <= n or t[-n:] != tokens:
        return False
    text = art.article.text
    return all(_WIFE_BEFORE.search(text[max(0, art.mentions[j].start - 40) : art.mentions[j].start])
               for j, other in full if other == t)


def _stands_for_person(tokens: tuple[str, ...], t: tuple[str, ...], counts: Counter, same: bool) -> bool:
    """Can the name ``tokens`` be the full name ``t`` written shorter or another way (see ``_person_target``)?"""
    n = len(tokens)
    key = spelling_key(tokens)  # "Edy" for "Edi Budi Susilo": a last "i" written "y", an old spelling
    return ((same and t == tokens) or len(t) > n and (
        spelling_key(t[-n:]) == key or (spelling_key(t[:n]) == key and (n == 1 or counts[t] > counts[tokens]))
        or (n >= 2 and t[-1] == tokens[-1] and words_in_order(tokens, t)))
        or (len(t) == n and t != tokens and n >= 2 and spelling_key(t) == spelling_key(tokens))
        or (len(t) == n >= 2 and t[-1] == tokens[-1] and t != tokens and all(
            x == y or len(y) > len(x) >= MIN_CLIPPED_CHARS and y.startswith(x) for x, y in zip(tokens, t)))
        or misspelt(t, tokens) or (len(t) > n and (misspelt(t[:n], tokens) or misspelt(t[-n:], tokens))))


MIN_CLIPPED_CHARS = 4


def _clipped(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is the one-word ``short`` a clipped form of a longer word of ``long`` ("santo" of "susanto")?"""
    return len(short) == 1 and len(short[0]) >= MIN_CLIPPED_CHARS and any(
        len(w) > len(short[0]) and (w.startswith(short[0]) or w.endswith(short[0])) for w in long)


def _clipped_name_matches(art: AnnotatedArticle, word: str) -> list[int]:
    """"Risma" for "Tri Rismaharini", "Santo" for "Susanto": a one-word name that opens or ends a longer
    word of exactly one person named in the article (a clipped name, the usual way to shorten one);
    not when the article also writes the word as a name of its own ("Budi Santoso" beside "Budiman"), nor
    when the word comes first below the headline: a clipped name shortens a name already written ("Joko"
    for the farmer the story opens with, "Presiden Jokowi" only later)."""
    if len(word) < MIN_CLIPPED_CHARS:
        return []
    found: dict[tuple[str, ...], list[int]] = {}
    first = None
    headline_end = art.article.text.find("\n")  # a headline names people by what the story calls them
    for j, m in enumerate(art.mentions):
        tokens = person_tokens(m.text) if m.label == PER else ()
        if tokens == (word,):
            if m.start > headline_end:
                first = m.start if first is None else min(first, m.start)
            continue
        if word in tokens:
            return []  # the word is a name of its own here
        if _clipped((word,), tokens):
            found.setdefault(tokens, []).append(j)
    if len(found) != 1:
        return []
    (matches,) = found.values()
    return matches if first is None or min(art.mentions[j].start for j in matches) < first else []


def _join_acronyms(
    groups: _Groups, articles: list[AnnotatedArticle], links: dict[Node, PlaceLink], scoped: dict[Node, str]
) -> None:
    """Join "PBB" with "Perserikatan Bangsa-Bangsa": written as "Long (ACR)", or by initials.
    Not a regional body's mentions: their region decides (``regional_bodies``)."""
    explicit: dict[str, set[str]] = defaultdict(set)
    acronyms: list[tuple[Node, str]] = []
    long_names: dict[str, set[str]] = defaultdict(set)
    for pos, art in enumerate(articles):
        ms = art.mentions
        for i, m in enumerate(ms):
            if m.label == PER or (pos, i) in links or (pos, i) in scoped:
                continue
            prev = ms[i - 1] if i > 0 else None
            written = PAREN.match(m.text.strip())
            if written and is_acronym(written.group("short")):
                short = written.group("short")
                explicit[normalise_name(short)].add(normalise_name(expansion(written.group("long"), short)))
            elif written and could_shorten(written.group("short"), written.group("long")):
                explicit[normalise_name(written.group("short"))].add(normalise_name(written.group("long")))
            elif _bracketed_after(art, prev, m) and could_shorten(m.text, clean_surface(prev.text, prev.label)):
                # "Komisi Nasional Hak Asasi Manusia (Komnas HAM)", "Dinas Pendidikan dan Kebudayaan (Dikbud)"
                acronyms.append(((pos, i), normalise_name(m.text)))
                explicit[normalise_name(m.text)].add(normalise_name(clean_surface(prev.text, prev.label)))
                continue
            elif is_acronym(m.text):
                acronyms.append(((pos, i), normalise_name(m.text)))
                # "Long Name (ACR)" seen as two adjacent mentions: " (" between them, not a line break
                # ("... di Istana Bogor" ending a headline, "TEMPO.CO, Bogor--" opening the text).
                if (prev is not None and prev.label != PER and (pos, i - 1) not in links
                        and bracketed_after(art.article.text, prev, m) and len(prev.text.split()) >= 2):
                    long = expansion(clean_surface(prev.text, prev.label), m.text)
                    explicit[normalise_name(m.text)].add(normalise_name(long))
                    whole = clean_surface(prev.text, prev.label)
                    if len(whole.split()) == len(long.split()) + 1:  # "Asosiasi [Paguyuban ...] (PPRN)"
                        explicit[normalise_name(m.text)].add(normalise_name(whole))
                continue
            if (m.label == ORG and len(m.text.split()) >= 2 and prev is not None and is_acronym(prev.text)
                    and bracketed_after(art.article.text, prev, m)):
                # "Pengkab PBSI (Persatuan Bulu Tangkis Seluruh Indonesia)": the short form, then the long one
                explicit[normalise_name(prev.text)].add(normalise_name(clean_surface(m.text, ORG)))
            if m.label == ORG and len(m.text.split()) >= 2 and not PAREN.match(m.text.strip()):
                for letters in initials(clean_surface(m.text, ORG)):
                    long_names[letters].add(normalise_name(clean_surface(m.text, ORG)))
    for node, acronym in acronyms:
        expansions = explicit.get(acronym) or long_names.get(acronym, set())
        # a national body is tagged without its country's name ("Dewan ... Republik Indonesia"), ``national_key``
        keys = {(_NAME, key) for e in expansions for key in (e, national_key(e))}
        named = {groups.find(groups.first[key]) for key in keys if key in groups.first}
        if not expansions and len(acronym) >= 3:
            named = _people_with_initials(groups, articles, node[0], acronym)
        if len(named) == 1:
            groups.union(node, named.pop())


def _people_with_initials(groups: _Groups, articles: list[AnnotatedArticle], pos: int, acronym: str) -> set:
    """"MDT" after "Bupati Markus Dairo Tallu": a capitals-only short form no body's name explains, whose letters
    are the initials of a person the same article names in full (three words or more), is that person."""
    return {groups.find((pos, i)) for i, m in enumerate(articles[pos].mentions)
            if m.label == PER and len(m.text.split()) == len(acronym) and acronym in initials(clean_surface(m.text, PER))}


def _bracket_definitions(art: AnnotatedArticle) -> list[tuple[int, int]]:
    """"Dinas Pengendalian Penduduk dan Keluarga Berencana (DPPKB) menggelar ...": the text defines the short
    form as the whole long name just before it (its initials, or its syllables), so the two are one thing here,
    whatever else the article names with the short form. Not where the name goes on after the brackets
    ("Pengadilan Negeri (PN) Blambangan Umpu", ``bracketed_name_targets``)."""
    ms, text = art.mentions, art.article.text
    pairs = []
    for i in range(1, len(ms)):
        short, long = ms[i], clean_surface(ms[i - 1].text, ms[i - 1].label)
        after = text[short.end:].lstrip()[1:].lstrip()[:1]  # what follows the closing bracket
        if short.label == PER or not _bracketed_after(art, ms[i - 1], short) or after.isupper():
            continue
        letters = normalise_name(short.text).replace(" ", "")
        if letters in initials(long) if is_acronym(short.text) else could_shorten(short.text, long):
            pairs.append((i, i - 1))
    return pairs


def _bracketed_after(art: AnnotatedArticle, prev: Mention | None, m: Mention) -> bool:
    """Is ``m`` alone in brackets right after the ORG/LOC mention ``prev``: "Long Name (Short)"?"""
    text = art.article.text
    return (prev is not None and prev.label != PER and len(prev.text.split()) >= 2
            and bracketed_after(text, prev, m) and text[m.end : m.end + 2].strip().startswith(")"))


def _entities(
    groups: _Groups, articles: list[AnnotatedArticle], links: dict[Node, PlaceLink], regions: dict, left_out: set[Node],
    spelled: dict[Node, str],
) -> tuple[tuple[Entity, ...], dict[Node, str]]:
    """One Entity per group of the mentions not ``left_out``; groups whose keys collide are joined, so a key is
    never shared. ``spelled``: a regional body's name with its region, for mentions written without it."""
    nodes = [(pos, i) for pos, art in enumerate(articles) for i in range(len(art.mentions)) if (pos, i) not in left_out]
    made: dict[tuple[Node, ...], Entity] = {}  # by its mentions: a group no clash joined is not made again
    while True:
        members: dict[Node, list[Node]] = defaultdict(list)
        for node in nodes:
            members[groups.find(node)].append(node)
        built = {}
        for root, group in members.items():
            if (entity := made.get(tuple(group))) is None:
                entity = made[tuple(group)] = _entity(group, articles, links, regions, spelled)
            built[root] = entity
        by_key: dict[str, list[Node]] = defaultdict(list)
        for root, entity in built.items():
            by_key[entity.key].append(root)
        clashes = [roots for roots in by_key.values() if len(roots) > 1]
        if not clashes:
            break
        for roots in clashes:
            for root in roots[1:]:
                groups.union(roots[0], root)
    node_key = {node: built[groups.find(node)].key for node in nodes}
    return tuple(sorted(built.values(), key=lambda e: e.key)), node_key


def _short_forms_of_a_person(mentions: list[Mention]) -> bool:
    """A full name typed a person, every other mention one word of it or its initials ("MDT")."""
    people = [m for m in mentions if m.label == PER and len(person_tokens(m.text)) >= 2]
    full = [set(person_tokens(m.text)) for m in people]
    spelled = set().union(*(initials(clean_surface(m.text, PER)) for m in people))
    return bool(full) and all(
        m.label == PER or (len(words := person_tokens(m.text)) == 1 and any(words[0] in f for f in full))
        or m.text.strip().casefold() in spelled
        for m in mentions)


# Regional forms of address the resolver keeps in a name ("Kang Daniel" may be a Korean name), but never
# prefers as the name: "Kang Emil", "Cak Imin", "Gus Kikin", "Bli Koster" are what the people are called.
ADDRESSED = frozenset((word,) for word in "kang akang cak gus teh bli bung mang abah uda aa".split())


def _entity(
    group: list[Node], articles: list[AnnotatedArticle], links: dict[Node, PlaceLink], regions: dict,
    spelled: dict[Node, str],
) -> Entity:
    mentions = [articles[pos].mentions[i] for pos, i in group]
    if _named_as_no_city(group, mentions, links):
        links = {}
    linked = Counter(links[n].geonames for n in group if n in links)
    link = None
    if linked:
        best = min(linked, key=lambda g: (-linked[g], g))
        link = next(links[n] for n in group if n in links and links[n].geonames == best)
    votes = Counter(LOC if link and m.label == PER else m.label for m in mentions)
    # Ties: a linked place is a LOC; a full person name a PER; else (often an acronym, "KCNA") an ORG.
    priority = {LOC: 2, ORG: 1, PER: 0} if link else {ORG: 2, LOC: 1, PER: 0}
    if not link and any(m.label == PER and len(person_tokens(m.text)) >= 2 for m in mentions):
        priority[PER] = 3
    label = max(votes, key=lambda lab: (votes[lab], priority.get(lab, -1), lab))
    if label != PER and not link and _short_forms_of_a_person(mentions):
        label = PER  # "Alek Hanief" typed a person, "Alek" twice a place: the bare word is his short name
    if any(m.label == ORG and is_company_name(m.text) for m in mentions):
        label = ORG  # written with a legal form ("PT ... Tbk"): a company, whatever its short name looked like
    elif label == PER and any(m.label == ORG and m.text.split()[0].casefold() in BODY_WORDS for m in mentions):
        label = ORG  # "Unib", typed a person, is short for "Universitas Bengkulu"
    region = group_region(group, regions)
    if link is not None or region is not None:  # a linked place is a place, even as an actor
        label = LOC
    raw = sorted({m.text.strip() for m in mentions})
    if label == PER:
        forms = Counter(clean_surface(m.text, PER) for m in mentions if m.label == PER)
        counts = Counter()
        for form, count in forms.items():
            counts[person_tokens(form)] += count
        # The longest name, except one that only extends a more frequent name ("... Kembali").
        kept = [f for f in forms if _extended(person_tokens(f), counts, set(counts)) is None] or list(forms)
        kept = [f for f in kept if not any(_clipped(person_tokens(f), person_tokens(g)) for g in kept)] or kept
        # A form opening with a regional form of address is a nickname ("Kang Emil" for "Ridwan Kamil").
        name = min(kept, key=lambda f: (-len(person_tokens(f)), person_tokens(f)[:1] in ADDRESSED, -forms[f], f))
        key = f"{PER}/{' '.join(person_tokens(name))}"
    else:
        # "Pengadilan Negeri (PN) Ambon" is "Pengadilan Negeri Ambon", or every court would be one
        full = Counter(clean_surface(spelled[n], m.label) for n, m in zip(group, mentions) if n in spelled) or Counter(
            clean_surface(m.text, m.label)
            for n, m in zip(group, mentions)
            if not (n in links and links[n].abbreviation) and not is_acronym(m.text)
        )
        # "Kemlu" is a contraction of "Kementerian Luar Negeri Indonesia": the name is the spelled-out one.
        full = Counter({f: c for f, c in full.items()
                        if not any(g != f and is_contraction(f, g) for g in full)}) or full
        # A country is named by its Indonesian common name when the articles write it at all.
        common = normalise_name(link.canonical) if link and link.kind == COUNTRY else None
        if full:
            name = min(full, key=lambda f: (normalise_name(f) != common, -full[f], -len(f), f))
        elif link is not None:
            name = link.canonical
        else:
            every = Counter(clean_surface(m.text, m.label) for m in mentions)
            name = min(every, key=lambda f: (-every[f], -len(f), f))
        key = f"LOC/geonames/{link.geonames}" if link else f"{label}/{normalise_name(name) or name}"
        key = region_key(region) if region else key
    return Entity(
        key=key,
        label=label,
        name=name,
        aliases=tuple(a for a in raw if a != name),
        geonames=link.geonames if link else None,
        iso3166=link.iso3166 if link else None,
        region=region.region if region else None,
        region_parents=region.parents if region else (),
    )
