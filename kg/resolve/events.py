"""Event mentions to global events: the same meeting reported by several articles is one Event."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.records import Event, EventReport, ResolvedArticle


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
    reference: str | None = None  # the article's reference (publication) date


class _Cluster:
    """Reports taken to be one event, with their distinct (participants, place, date) shapes."""

    def __init__(self) -> None:
        self.reports: list[_Report] = []
        self.shapes: dict[tuple, set[str]] = defaultdict(set)  # shape -> articles
        self.participants: frozenset[str] = frozenset()
        self.date: str | None = None  # the most precise date of its reports

    def accepts(self, report: _Report, within: dict[str, str]) -> bool:
        return all(
            _agree(report, parts, place, date, report.article in arts, within)
            for (parts, place, date), arts in self.shapes.items()
        )

    def add(self, report: _Report) -> None:
        self.reports.append(report)
        self.shapes[(report.participants, report.place, report.date)].add(report.article)
        self.participants |= report.participants
        if report.date and len(report.date) > len(self.date or ""):
            self.date = report.date


def _prefixes(date: str) -> list[str]:
    """Less precise forms of an ISO date: "2023-09-13" -> ["2023", "2023-09"]."""
    parts = date.split("T")[0].split("-")
    found = ["-".join(parts[:n]) for n in range(1, len(parts) + 1)]
    return [f for f in found if f != date]


def _index_keys(report: _Report, adding: bool) -> list[tuple]:
    """Index keys under which a cluster holding ``report`` is found by reports it may agree with."""
    keys: list[tuple] = [("same", report.type, report.participants)]
    people = sorted(report.participants)
    keys += [("pair", report.type, a, b) for i, a in enumerate(people) for b in people[i + 1:]]
    if report.date:
        for p in report.participants:
            keys.append(("date", report.type, p, report.date))
            for prefix in _prefixes(report.date):  # stored under its prefixes; looked up by its own prefixes
                keys.append(("within", report.type, p, prefix) if adding else ("date", report.type, p, prefix))
            if not adding:
                keys.append(("within", report.type, p, report.date))
    return keys


def resolve_events(
    resolved: tuple[ResolvedArticle, ...], within: dict[str, str], places: frozenset[str] = frozenset()
) -> tuple[Event, ...]:
    """Merge event mentions that report the same real event; drop events without participants.
    ``places``: entity keys of places other than countries, which take part in no event.

    Dated reports come first, in article (sha256) order: each joins the candidate
    cluster it agrees with entirely and shares most participants with. Undated
    reports then join the agreeing cluster whose date is nearest their article's
    publication date (news mostly tells the latest meeting, not the one of 2019),
    then one with a report from the same article, then the largest. The index
    only offers clusters with a compatible date or the same participants, so a
    build with many events per person stays fast. The key is the identity:
    clusters that end with the same type, date, participants and place are one
    event (so undated one-person reports of a type do merge by key).
    """
    clusters: list[_Cluster] = []
    index: dict[tuple, set[int]] = defaultdict(set)
    reports = _reports(resolved, places)
    for report in [r for r in reports if r.date] + [r for r in reports if not r.date]:
        candidates = sorted({c for key in _index_keys(report, False) for c in index.get(key, ())})
        fits = [c for c in candidates if clusters[c].accepts(report, within)]
        if report.date:
            chosen = max(fits, key=lambda c: (len(report.participants & clusters[c].participants), -c), default=None)
        else:
            chosen = min(fits, key=lambda c: _preference(report, clusters[c], c), default=None)
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


def _preference(report: _Report, cluster: _Cluster, position: int) -> tuple:
    """Sort key of a cluster for an undated report (smallest wins)."""
    same_article = any(report.article in arts for arts in cluster.shapes.values())
    return (_days_apart(report.reference, cluster.date), not same_article, -len(cluster.reports), position)


def _days_apart(reference: str | None, date: str | None) -> int:
    """Days between two ISO dates, reading "2023-09" as its first day; large when either is unknown."""
    first, second = _first_day(reference), _first_day(date)
    if first is None or second is None:
        return 10**9
    return abs((first - second).days)


def _first_day(value: str | None) -> dt.date | None:
    parts = (value or "")[:10].split("-")
    try:
        return dt.date(int(parts[0]), *(int(p) for p in (parts[1:] + ["1", "1"])[:2]))
    except (ValueError, TypeError):
        return None


def _report_order(report: EventReport) -> tuple[str, int]:
    return report.article, report.event_mention


def _reports(resolved: tuple[ResolvedArticle, ...], places: frozenset[str]) -> list[_Report]:
    found = []
    for ra in resolved:
        art, keys = ra.annotated, ra.mention_entities
        for idx, em in enumerate(art.events):
            parts = frozenset(keys[p] for p in em.participants if 0 <= p < len(keys) and keys[p] not in places)
            if not parts:
                continue
            place = keys[em.place] if em.place is not None and 0 <= em.place < len(keys) else None
            time = art.times[em.time] if em.time is not None and 0 <= em.time < len(art.times) else None
            found.append(_Report(art.article.sha256, idx, em.type, parts, place,
                                 time.value if time else None, time.precision if time else None,
                                 art.reference_date or art.article.published))
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

    Places compatible (see ``_places_agree``). Within one article the
    participants must be the same. Across articles they must share at least one
    participant (two when both name two or more). A missing date on either side
    needs a strong match: two shared participants, or the same one person at the
    same place.
    """
    if not _places_agree(report.place, place, within):
        return False
    if same_article and report.participants != parts:
        return False
    if len(report.participants & parts) < min(2, len(report.participants), len(parts)):
        return False
    if report.date is None or date is None:
        shared = len(report.participants & parts)
        return shared >= 2 or (report.participants == parts and report.place is not None and report.place == place)
    return _dates_agree(report.date, date)


def _places_agree(a: str | None, b: str | None, within: dict[str, str]) -> bool:
    """Only two different GeoNames places, neither inside the other, disagree: an unlinked
    name ("Vostochny Cosmodrome") may lie in any linked place, or be another name of it."""
    if a is None or b is None or a == b or not _linked(a) or not _linked(b):
        return True
    return within.get(a) == b or within.get(b) == a


def _linked(place: str) -> bool:
    return place.startswith("LOC/geonames/")


def _event(cluster: list[_Report], within: dict[str, str]) -> Event:
    dated = [r for r in cluster if r.date]
    best = max(dated, key=lambda r: (len(r.date or ""), r.date)) if dated else None
    participants = tuple(sorted(frozenset().union(*(r.participants for r in cluster))))
    places = Counter(r.place for r in cluster if r.place)
    # A city is more precise than the country it lies in.
    inner = [p for p in places if not any(within.get(q) == p for q in places if q != p)]
    # Most often named; on a tie a city, then an unlinked name (often a site), then a country.
    rank = {p: 0 if p in within else 2 if _linked(p) else 1 for p in inner}
    place = min(inner, key=lambda p: (-places[p], rank[p], p)) if inner else None
    date = best.date if best else None
    key = f"{cluster[0].type}/{date or 'undated'}/{'+'.join(participants)}" + (f"@{place}" if place else "")
    reports = tuple(sorted((EventReport(r.article, r.index) for r in cluster), key=_report_order))
    return Event(key, cluster[0].type, date, best.precision if best else None, participants, place, reports)
