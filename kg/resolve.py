"""Group mentions into global entities and event mentions into global events.

This is the only stage that sees every article at once. Mentions become nodes
of a union-find: within an article a bare "Kim" joins the nearest "Kim Jong Un";
across the build, nodes sharing a tag join (same label and normalised name, same
GeoNames id, an acronym and its expansion). Keys come from content (normalised
names, GeoNames ids), never from counters or input order, so a rebuild of the
same articles gives the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.link import COUNTRY, PlaceLink, country_geonames, link_place
from kg.records import (
    LOC,
    ORG,
    PER,
    AnnotatedArticle,
    Entity,
    Event,
    EventReport,
    Facts,
    ResolvedArticle,
)

# Titles and forms of address the NER may include at the start of a person's name.
_TITLES = frozenset(
    "presiden wakil wapres menteri menlu mendagri menhan perdana pm pak bu bapak ibu tuan nyonya "
    "nona saudara sdr jenderal jend letjen mayjen brigjen marsekal laksamana kolonel kapten "
    "gubernur bupati walikota wali ketua kepala raja ratu pangeran syekh sheikh kh habib "
    "ustaz ustadz dr prof ir drs hj h mr mrs ms sir president minister duta dubes jubir juru "
    "sekretaris sekjen direktur dirut panglima kanselir kaisar paus pemimpin mantan eks".split()
)
# Words that continue a title ("Menteri Luar Negeri ...") and are never the start of a name.
_TITLE_TAIL = frozenset("luar dalam negeri pertahanan keuangan kota besar umum bicara utama".split())
_POSSESSIVE = re.compile(r"(?:[-\u2010\u2011]nya|['\u2019]s)$", re.IGNORECASE)
_DASHES = re.compile(r"[-\u2010-\u2015_/]")
_PUNCT = re.compile(r"[^\w\s]")
_PAREN = re.compile(r"^(?P<long>.+?)\s*\((?P<short>[^()]+)\)\s*$")

Node = tuple[int, int]  # (article position, mention index)
_NAME = "NAME"  # tag of an unlinked LOC/ORG name


@lru_cache(maxsize=131072)
def normalise_name(text: str) -> str:
    """Case-fold, unify hyphens and spaces, drop punctuation and possessive "-nya"/"'s"."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _POSSESSIVE.sub("", text)
    return " ".join(_PUNCT.sub("", _DASHES.sub(" ", text.casefold())).split())


@lru_cache(maxsize=131072)
def person_tokens(text: str) -> tuple[str, ...]:
    """The normalised tokens of a person's name without what the NER may have taken
    in front of it: titles and a country ("Presiden Rusia Vladimir Putin" -> vladimir putin)."""
    return tuple(normalise_name(_clean_surface(text, PER)).split())


def _name_start(words: list[str]) -> int:
    """How many leading words of a person mention are titles or the country of the title."""
    k = 0
    while len(words) - k > 1:
        if normalise_name(words[k]) in _TITLES | _TITLE_TAIL:
            k += 1
            continue
        for n in (2, 1):  # "Korea Utara Kim Jong Un", "Rusia Sergei Shoigu": keep two name words
            place = " ".join(words[k:k + n]).strip("()[],")
            if len(words) - k - n >= 2 and link_place(place, kinds=(COUNTRY,)):
                k += n
                break
        else:
            break
    return k


@lru_cache(maxsize=131072)
def _clean_surface(text: str, label: str) -> str:
    """The mention as a display name: no leading titles (persons), no "(ACR)", no "-nya"."""
    text = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", text).strip()).strip(" ,.;:\"'")
    if label == PER:
        words = text.split()
        return " ".join(words[_name_start(words):])
    found = _PAREN.match(text)
    return found.group("long").strip() if found else text


@lru_cache(maxsize=131072)
def _is_acronym(text: str) -> bool:
    letters = re.sub(r"[^\w]", "", text)
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2


def _initials(text: str) -> set[str]:
    """Initials of the words of a long name, with and without its lower-case words."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", text) if w and w[0].isalpha()]
    found = {"".join(w[0] for w in words).casefold()}
    capitalised = [w for w in words if w[0].isupper()]
    if capitalised:
        found.add("".join(w[0] for w in capitalised).casefold())
    return found


def _expansion(long: str, acronym: str) -> str:
    """The part of ``long`` that ``acronym`` abbreviates: "Dewan Keamanan Perserikatan Bangsa-Bangsa"
    with "PBB" gives "Perserikatan Bangsa-Bangsa"; the whole of ``long`` when no tail matches."""
    words = long.split()
    wanted = normalise_name(acronym).replace(" ", "")
    for k in range(len(words), 0, -1):
        if wanted in _initials(" ".join(words[-k:])):
            return " ".join(words[-k:])
    return long


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


def resolve(annotated: Iterable[AnnotatedArticle]) -> Facts:
    """Resolve mentions to global entities and event mentions to global events.

    annotated (Iterable[AnnotatedArticle]): every article of the build, any order.
    RETURNS (Facts): articles sorted by sha256, entities and events sorted by key.
    """
    articles = sorted(annotated, key=lambda a: (a.article.sha256, a.article.source))
    links = _link_mentions(articles)
    groups = _Groups()
    # How often each person name is written in the whole build: tells a truncated
    # span ("Kim Jong") from a span that ran on ("Kim Jong Un Kembali").
    counts = Counter(person_tokens(m.text) for art in articles for m in art.mentions if m.label == PER)
    for pos, art in enumerate(articles):
        _tag_article(groups, pos, art, links, counts)
    _join_acronyms(groups, articles, links)
    entities, node_key = _entities(groups, articles, links)
    resolved = tuple(
        ResolvedArticle(art, tuple(node_key[(pos, i)] for i in range(len(art.mentions))))
        for pos, art in enumerate(articles)
    )
    within = {}  # city entity key -> key of the country it lies in
    for node, link in links.items():
        country = country_geonames(link.country) if link.kind != COUNTRY and link.country else None
        if country is not None:
            within[node_key[node]] = f"LOC/geonames/{country}"
    return Facts(articles=resolved, entities=entities, events=_events(resolved, within))


def _link_mentions(articles: list[AnnotatedArticle]) -> dict[Node, PlaceLink]:
    """GeoNames links for place mentions; organisation mentions link only to countries ("Rusia").

    Person mentions are linked too: one that is not part of a person's name
    ("Korut", "Vladivostok" mislabelled) becomes the place (see ``_tag_persons``).
    """
    links: dict[Node, PlaceLink] = {}
    for pos, art in enumerate(articles):
        for i, m in enumerate(art.mentions):
            text = _clean_surface(m.text, m.label)
            found = link_place(text, kinds=(COUNTRY,)) if m.label == ORG else link_place(text)
            if found is not None:
                links[(pos, i)] = found
    return links


def _tag_article(
    groups: _Groups, pos: int, art: AnnotatedArticle, links: dict[Node, PlaceLink], counts: Counter
) -> None:
    _tag_persons(groups, pos, art, links, counts)
    for i, m in enumerate(art.mentions):
        if m.label == PER:
            continue
        link = links.get((pos, i))
        if link is not None:
            groups.tag((pos, i), ("GEO", link.geonames))
        else:
            # LOC and ORG share the name space: the NER often calls "Kremlin" one or the other.
            name = normalise_name(_clean_surface(m.text, m.label)) or m.text
            groups.tag((pos, i), (_NAME, name))


def _tag_persons(
    groups: _Groups, pos: int, art: AnnotatedArticle, links: dict[Node, PlaceLink], counts: Counter
) -> None:
    """Person mentions of one article: full names are tagged for the whole build, short forms
    join the full name they stand for, and a "person" that is only a place name is a place.
    ``counts``: how often each name (person_tokens) is written in the build."""
    persons = [(i, person_tokens(m.text)) for i, m in enumerate(art.mentions) if m.label == PER]
    present = {t for _, t in persons}
    full = [(i, t) for i, t in persons if len(t) >= 2]
    for i, tokens in persons:
        node = (pos, i)
        if not tokens:
            groups.tag(node, (PER, normalise_name(art.mentions[i].text) or art.mentions[i].text))
            continue
        base = _extended(tokens, counts, present)
        if base is not None:  # "Kim Jong Un Kembali" in a title-case headline is "Kim Jong Un"
            groups.tag(node, (PER, " ".join(base)))
            links.pop(node, None)
            continue
        target = _person_target(art, i, tokens, full, counts)
        if target is not None:  # a short form is carried by its long name, never matched across articles
            groups.union(node, (pos, target))
            links.pop(node, None)
        elif node in links:  # "Korut" or "Vladivostok" tagged as a person
            groups.tag(node, ("GEO", links[node].geonames))
        else:
            groups.tag(node, (PER, " ".join(tokens)))


def _extended(tokens: tuple[str, ...], counts: Counter, present: set) -> tuple[str, ...] | None:
    """The full name that ``tokens`` is a span error of: a shorter name of two or more tokens
    in ``present`` (the same article) that starts it and is written at least as often
    ("Kim Jong Un" for "Kim Jong Un Kembali"); None when there is none."""
    for n in range(len(tokens) - 1, 1, -1):
        if tokens[:n] in present and counts.get(tokens[:n], 0) >= counts[tokens]:
            return tokens[:n]
    return None


def _person_target(
    art: AnnotatedArticle, i: int, tokens: tuple[str, ...], full: list, counts: Counter
) -> int | None:
    """The longer name in the same article that a short name ("Kim", "Jong Un") stands for.

    A short name matches a longer one when it equals the longer name's last
    tokens, or its first tokens when it is one token or the longer name is the
    more frequent (else the longer one is a span error, see ``_extended``).
    Between several different longer names, the nearest preceding mention wins
    (the nearest following one when none precedes).
    """
    n = len(tokens)
    matches = [
        j for j, t in full
        if len(t) > n and (t[-n:] == tokens or (t[:n] == tokens and (n == 1 or counts[t] > counts[tokens])))
    ]
    if not matches:
        return None
    start = art.mentions[i].start
    before = [j for j in matches if art.mentions[j].start < start]
    if before:
        return max(before, key=lambda j: art.mentions[j].start)
    return min(matches, key=lambda j: art.mentions[j].start)


def _join_acronyms(groups: _Groups, articles: list[AnnotatedArticle], links: dict[Node, PlaceLink]) -> None:
    """Join "PBB" with "Perserikatan Bangsa-Bangsa": written as "Long (ACR)", or by initials."""
    explicit: dict[str, set[str]] = defaultdict(set)
    acronyms: list[tuple[Node, str]] = []
    long_names: dict[str, set[str]] = defaultdict(set)
    for pos, art in enumerate(articles):
        ms = art.mentions
        for i, m in enumerate(ms):
            if m.label == PER or (pos, i) in links:
                continue
            written = _PAREN.match(m.text.strip())
            if written and _is_acronym(written.group("short")):
                short = written.group("short")
                explicit[normalise_name(short)].add(normalise_name(_expansion(written.group("long"), short)))
            elif _is_acronym(m.text):
                acronyms.append(((pos, i), normalise_name(m.text)))
                prev = ms[i - 1] if i > 0 else None
                # "Long Name (ACR)" seen as two adjacent mentions: at most " (" between them.
                if (prev is not None and prev.label != PER and (pos, i - 1) not in links
                        and 0 < m.start - prev.end <= 2 and len(prev.text.split()) >= 2):
                    long = _expansion(_clean_surface(prev.text, prev.label), m.text)
                    explicit[normalise_name(m.text)].add(normalise_name(long))
            if m.label == ORG and len(m.text.split()) >= 2 and not _PAREN.match(m.text.strip()):
                for initials in _initials(_clean_surface(m.text, ORG)):
                    long_names[initials].add(normalise_name(_clean_surface(m.text, ORG)))
    for node, acronym in acronyms:
        expansions = explicit.get(acronym) or long_names.get(acronym, set())
        if len(expansions) == 1 and (_NAME, next(iter(expansions))) in groups.first:
            groups.union(node, groups.first[(_NAME, next(iter(expansions)))])


def _entities(
    groups: _Groups, articles: list[AnnotatedArticle], links: dict[Node, PlaceLink]
) -> tuple[tuple[Entity, ...], dict[Node, str]]:
    """One Entity per group; groups whose keys collide are joined, so a key is never shared."""
    nodes = [(pos, i) for pos, art in enumerate(articles) for i in range(len(art.mentions))]
    while True:
        members: dict[Node, list[Node]] = defaultdict(list)
        for node in nodes:
            members[groups.find(node)].append(node)
        built = {root: _entity(group, articles, links) for root, group in members.items()}
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


def _entity(group: list[Node], articles: list[AnnotatedArticle], links: dict[Node, PlaceLink]) -> Entity:
    mentions = [articles[pos].mentions[i] for pos, i in group]
    linked = Counter(links[n].geonames for n in group if n in links)
    link = None
    if linked:
        best = min(linked, key=lambda g: (-linked[g], g))
        link = next(links[n] for n in group if n in links and links[n].geonames == best)
    votes = Counter(LOC if link and m.label == PER else m.label for m in mentions)
    priority = {LOC: 2, ORG: 1, PER: 0}
    label = max(votes, key=lambda lab: (votes[lab], priority.get(lab, -1), lab))
    raw = sorted({m.text.strip() for m in mentions})
    if label == PER:
        forms = Counter(_clean_surface(m.text, PER) for m in mentions if m.label == PER)
        counts = Counter()
        for form, count in forms.items():
            counts[person_tokens(form)] += count
        # The longest name, except one that only extends a more frequent name ("... Kembali").
        kept = [f for f in forms if _extended(person_tokens(f), counts, set(counts)) is None] or list(forms)
        name = min(kept, key=lambda f: (-len(person_tokens(f)), -forms[f], f))
        key = f"{PER}/{' '.join(person_tokens(name))}"
    else:
        full = Counter(
            _clean_surface(m.text, m.label)
            for n, m in zip(group, mentions)
            if not (n in links and links[n].abbreviation) and not _is_acronym(m.text)
        )
        # A country is named by its Indonesian common name when the articles write it at all.
        common = normalise_name(link.canonical) if link and link.kind == COUNTRY else None
        if full:
            name = min(full, key=lambda f: (normalise_name(f) != common, -full[f], -len(f), f))
        elif link is not None:
            name = link.canonical
        else:
            every = Counter(_clean_surface(m.text, m.label) for m in mentions)
            name = min(every, key=lambda f: (-every[f], -len(f), f))
        key = f"LOC/geonames/{link.geonames}" if link else f"{label}/{normalise_name(name) or name}"
    return Entity(
        key=key,
        label=label,
        name=name,
        aliases=tuple(a for a in raw if a != name),
        geonames=link.geonames if link else None,
        iso3166=link.iso3166 if link else None,
    )


@dataclass(frozen=True)
class _Report:
    """One event mention with its participants and place already resolved to entity keys."""

    article: str
    index: int
    type: str
    participants: frozenset[str]
    place: str | None
    date: str | None
    precision: str | None


class _Cluster:
    """Reports taken to be one event, with their distinct (participants, place, date) shapes."""

    def __init__(self) -> None:
        self.reports: list[_Report] = []
        self.shapes: dict[tuple, set[str]] = defaultdict(set)  # shape -> articles
        self.participants: frozenset[str] = frozenset()

    def accepts(self, report: _Report, within: dict[str, str]) -> bool:
        return all(
            _agree(report, parts, place, date, report.article in arts, within)
            for (parts, place, date), arts in self.shapes.items()
        )

    def add(self, report: _Report) -> None:
        self.reports.append(report)
        self.shapes[(report.participants, report.place, report.date)].add(report.article)
        self.participants |= report.participants


def _prefixes(date: str) -> list[str]:
    """Less precise forms of an ISO date: "2023-09-13" -> ["2023", "2023-09"]."""
    parts = date.split("T")[0].split("-")
    found = ["-".join(parts[:n]) for n in range(1, len(parts) + 1)]
    return [f for f in found if f != date]


def _index_keys(report: _Report, adding: bool) -> list[tuple]:
    """Index keys under which a cluster holding ``report`` is found by reports it may agree with."""
    keys: list[tuple] = [("same", report.type, report.participants)]
    if report.date:
        for p in report.participants:
            keys.append(("date", report.type, p, report.date))
            for prefix in _prefixes(report.date):  # stored under its prefixes; looked up by its own prefixes
                keys.append(("within", report.type, p, prefix) if adding else ("date", report.type, p, prefix))
            if not adding:
                keys.append(("within", report.type, p, report.date))
    return keys


def _events(resolved: tuple[ResolvedArticle, ...], within: dict[str, str]) -> tuple[Event, ...]:
    """Merge event mentions that report the same real event; drop events without participants.

    Reports are taken in article (sha256) order; each joins the candidate
    cluster it agrees with entirely and shares most participants with. The index
    only offers clusters with a compatible date or the same participants, so a
    build with many events per person stays fast.
    """
    clusters: list[_Cluster] = []
    index: dict[tuple, set[int]] = defaultdict(set)
    for report in _reports(resolved):
        candidates = sorted({c for key in _index_keys(report, False) for c in index.get(key, ())})
        chosen, best = None, 0
        for c in candidates:
            shared = len(report.participants & clusters[c].participants)
            if shared > best and clusters[c].accepts(report, within):
                chosen, best = c, shared
        if chosen is None:
            chosen = len(clusters)
            clusters.append(_Cluster())
        clusters[chosen].add(report)
        for key in _index_keys(report, True):
            index[key].add(chosen)
    events: dict[str, Event] = {}
    for cluster in clusters:
        event = _event(cluster.reports, within)
        if event.key in events:  # same type, date, participants and place: one event
            merged = tuple(sorted(set(events[event.key].reports) | set(event.reports), key=_report_order))
            event = Event(event.key, event.type, event.date, event.precision, event.participants,
                          event.place, merged)
        events[event.key] = event
    return tuple(events[k] for k in sorted(events))


def _report_order(report: EventReport) -> tuple[str, int]:
    return report.article, report.event_mention


def _reports(resolved: tuple[ResolvedArticle, ...]) -> list[_Report]:
    found = []
    for ra in resolved:
        art, keys = ra.annotated, ra.mention_entities
        for idx, em in enumerate(art.events):
            parts = frozenset(keys[p] for p in em.participants if 0 <= p < len(keys))
            if not parts:
                continue
            place = keys[em.place] if em.place is not None and 0 <= em.place < len(keys) else None
            time = art.times[em.time] if em.time is not None and 0 <= em.time < len(art.times) else None
            found.append(_Report(art.article.sha256, idx, em.type, parts, place,
                                 time.value if time else None, time.precision if time else None))
    return found


def _dates_agree(a: str, b: str) -> bool:
    """Equal, or one a less precise prefix of the other ("2023-09" and "2023-09-13")."""
    short, long = sorted((a, b), key=len)
    return long == short or long.startswith(short + "-") or long.startswith(short + "T")


def _agree(
    report: _Report, parts: frozenset[str], place: str | None, date: str | None, same_article: bool,
    within: dict[str, str],
) -> bool:
    """Whether ``report`` can tell the same event as an earlier report of the same type.

    Places equal, missing, or a city and its country. Within one article the
    participants must be the same. Across articles they must share at least one
    participant (two when both name two or more). A missing date on either side
    is allowed only when the participants are the same and are two or more, or
    the place is the same.
    """
    if not _places_agree(report.place, place, within):
        return False
    if same_article and report.participants != parts:
        return False
    if len(report.participants & parts) < min(2, len(report.participants), len(parts)):
        return False
    if report.date is None or date is None:
        return report.participants == parts and (
            len(parts) >= 2 or (report.place is not None and report.place == place)
        )
    return _dates_agree(report.date, date)


def _places_agree(a: str | None, b: str | None, within: dict[str, str]) -> bool:
    if a is None or b is None or a == b:
        return True
    return within.get(a) == b or within.get(b) == a


def _event(cluster: list[_Report], within: dict[str, str]) -> Event:
    dated = [r for r in cluster if r.date]
    best = max(dated, key=lambda r: (len(r.date or ""), r.date)) if dated else None
    participants = tuple(sorted(frozenset().union(*(r.participants for r in cluster))))
    places = Counter(r.place for r in cluster if r.place)
    # A city is more precise than the country it lies in.
    inner = [p for p in places if not any(within.get(q) == p for q in places if q != p)]
    place = min(inner, key=lambda p: (-places[p], p)) if inner else None
    date = best.date if best else None
    key = f"{cluster[0].type}/{date or 'undated'}/{'+'.join(participants)}" + (f"@{place}" if place else "")
    reports = tuple(sorted((EventReport(r.article, r.index) for r in cluster), key=_report_order))
    return Event(key, cluster[0].type, date, best.precision if best else None, participants, place, reports)
