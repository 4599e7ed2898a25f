"""Ask the graph, through SPARQL only, for everything the report page shows.

Nothing here reads NLP records: each piece comes from a query in ``queries/report_*.rq``
(the page needs IRIs and offsets that the shipped, summarising queries leave out) run by
a ``Select`` function, so the report works on any graph kg made, read from
files or from a store. The result is plain JSON-ready data whose entities are
sorted most-mentioned first (the page draws the first ``top`` of them).

Data layout (short keys keep a 1,000-article page small):
  entities: [{id, t: "PER"|"LOC"|"ORG", n: name, a: [aliases], r: [roles], na: articles, nm: mentions,
              g: "33.01 (in Jawa Tengah)" Kemendagri code of a region, only for regions}]
  articles: [{id, src, ti, pub, au: [authors], ed, dl, dt, tx: body,
              s: [[begin, end]] sentences, m: [[begin, end, entity, sentence]], q: [{x, sp, cue, dir}]}]
            (offsets in s and m count UTF-16 units, as JavaScript's String.slice does)
  events:   [{t: type, d: date, p: precision, pa: [entity], pl: entity|null, ar: [article]}]
  edges:    [[entity, entity, weight, 1 if they share an event else 0]]
  meta:     {counts, builds: [{kg, model, at}], generated, source, top}
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from itertools import combinations

from kg.errors import QueryError
from kg.resources import asset_dir

# A function that runs one SELECT query and gives one dict per row (None where unbound).
Select = Callable[[str], Iterable[dict[str, str | None]]]

KGO = "https://w3id.org/kg-news/ontology#"
DEFAULT_TOP = 150
_TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}  # an entity typed twice shows as the first


# Shipped queries whose rows the report could read as they are. None, for now: the shipped
# ones summarise (names joined into one cell, counts) and join labels in ways that multiply
# rows on a store's union default graph (when each label was repeated in every article graph,
# roles.rq took minutes on 1,000 articles); report_*.rq make each part DISTINCT first.
SHIPPED: dict[str, str] = {}


def report_query(name: str) -> str:
    """The text of the query the report runs for ``name``: shipped ``queries/<q>.rq`` or ``report_<name>.rq``."""
    path = asset_dir("queries") / (f"{SHIPPED[name]}.rq" if name in SHIPPED else f"report_{name}.rq")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"cannot read the report query {path}: {error.strerror}") from None


def collect_report(select: Select, *, top: int = DEFAULT_TOP, source: str = "",
                   generated: str | None = None) -> dict:
    """Everything the page shows, from the graph behind ``select``.

    select (Select): runs a SPARQL SELECT over the graph (default graph = union of all graphs).
    top (int): how many entities the network draws at first (and adds per "show more").
    source (str): what the graph was read from, shown on the page.
    generated (str | None): when the report was made (ISO); default now, UTC.
    RETURNS (dict): the data layout described in this module's docstring.
    """
    if top < 1:
        raise QueryError(f"top must be at least 1, not {top}")

    def rows(name: str) -> list[dict[str, str | None]]:
        return list(select(report_query(name)))

    entities, entity_index = _entities(rows("entities"), rows("names"), rows("roles"))
    _add_region_codes(entities, entity_index, rows("regions"))
    articles, article_index = _articles(rows("articles"), rows("authors"))
    _add_mentions(articles, article_index, entity_index, rows("mentions"))
    quote_count = _add_quotes(articles, article_index, entity_index, rows("quotes"))
    events = _events(rows("events"), rows("event_links"), entity_index, article_index)
    entities, articles, events = _rank(entities, articles, events)
    edges = _edges(articles, events)
    counts = Counter(e["t"] for e in entities)
    meta = {
        "counts": {
            "articles": len(articles), "people": counts["PER"], "places": counts["LOC"],
            "organizations": counts["ORG"], "events": len(events), "quotes": quote_count,
        },
        "builds": _builds(rows("builds")),
        "generated": generated or datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "source": source or "the graph",
        "top": int(top),
    }
    return {"meta": meta, "entities": entities, "articles": articles, "events": events, "edges": edges}


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _entities(entity_rows, name_rows, role_rows) -> tuple[list[dict], dict[str, int]]:
    found: dict[str, dict] = {}
    for row in entity_rows:
        iri, kind, name = row["entity"], row["type"], row.get("name")
        current = found.get(iri)
        if current is None:
            found[iri] = {"id": iri, "t": kind, "n": name or iri.rsplit("/", 1)[-1],
                          "a": set(), "r": {}, "na": 0, "nm": 0}
            continue
        if _TYPE_ORDER[kind] < _TYPE_ORDER[current["t"]]:
            current["t"] = kind
        if name and (current["n"] == iri.rsplit("/", 1)[-1] or name < current["n"]):
            current["a"].add(current["n"])  # two preferred labels (merged builds): keep both
            current["n"] = name
    for row in name_rows:
        if row["entity"] in found and row["alias"]:
            found[row["entity"]]["a"].add(row["alias"])
    for row in role_rows:
        if row["person"] in found and row["title"]:
            # One entry per title whatever its case ("Presiden" / "presiden").
            found[row["person"]]["r"].setdefault(row["title"].casefold(), row["title"])
    entities = list(found.values())
    for entity in entities:
        entity["a"] = sorted(entity["a"] - {entity["n"]})
        entity["r"] = sorted(entity["r"].values(), key=str.casefold)
    return entities, {e["id"]: i for i, e in enumerate(entities)}


def _add_region_codes(entities, entity_index, region_rows) -> None:
    """An Indonesian region's official code and the region it lies in: "33.01 (in Jawa Tengah)"."""
    for row in region_rows:
        index = entity_index.get(row["entity"])
        if index is not None and row.get("code"):
            parent = row.get("parentName")
            entities[index]["g"] = row["code"] + (f" (in {parent})" if parent else "")


def _articles(article_rows, author_rows) -> tuple[list[dict], dict[str, int]]:
    found: dict[str, dict] = {}
    for row in article_rows:
        iri = row["article"]
        if iri in found:  # several values of one field (merged graphs): keep the first seen
            continue
        found[iri] = {
            "id": iri, "src": row.get("identifier"), "ti": row.get("headline"),
            "pub": row.get("publisher"), "au": [], "ed": row.get("editor"),
            "dl": row.get("dateline"), "dt": row.get("published"), "tx": row.get("body") or "",
            "s": [], "m": [], "q": [],
        }
    for row in author_rows:
        if row["article"] in found and row["author"] not in found[row["article"]]["au"]:
            found[row["article"]]["au"].append(row["author"])
    articles = list(found.values())
    for article in articles:
        article["au"].sort()  # the graph keeps byline names as a set, not in order
    return articles, {a["id"]: i for i, a in enumerate(articles)}


def _add_mentions(articles, article_index, entity_index, mention_rows) -> None:
    """Each article's mentions [begin, end, entity, sentence] and the sentences they are in."""
    sentence_ids: list[dict[tuple[int, int], int]] = [{} for _ in articles]
    for row in mention_rows:
        a, e = article_index.get(row["article"]), entity_index.get(row["entity"])
        begin, end = _int(row["begin"]), _int(row["end"])
        if a is None or e is None or begin is None or end is None:
            continue
        article = articles[a]
        if not 0 <= begin < end <= len(article["tx"]):
            continue  # offsets that do not fit the body cannot be shown
        s_begin, s_end = _int(row.get("sentenceBegin")), _int(row.get("sentenceEnd"))
        if s_begin is None or s_end is None or not s_begin <= begin < end <= s_end:
            s_begin, s_end = begin, end  # no sentence known: the mention stands alone
        key = (s_begin, s_end)
        if key not in sentence_ids[a]:
            sentence_ids[a][key] = len(article["s"])
            article["s"].append([s_begin, s_end])
        article["m"].append([begin, end, e, sentence_ids[a][key]])
    for article in articles:  # rows come in any order: number sentences by position
        spans = sorted(article["s"])
        index = {tuple(span): i for i, span in enumerate(spans)}
        article["m"] = sorted([b, e, entity, index[tuple(article["s"][s])]] for b, e, entity, s in article["m"])
        article["s"] = spans
        _to_utf16(article)


def _to_utf16(article: dict) -> None:
    """Make offsets count UTF-16 units, as JavaScript strings do (graph offsets count code points).

    Without this every emoji or other character beyond U+FFFF before a name would shift
    the highlight and could cut a character in half.
    """
    text = article["tx"]
    if all(ord(c) <= 0xFFFF for c in text):
        return
    units = [0]
    for c in text:
        units.append(units[-1] + (2 if ord(c) > 0xFFFF else 1))
    article["s"] = [[units[b], units[e]] for b, e in article["s"]]
    article["m"] = [[units[b], units[e], entity, sentence] for b, e, entity, sentence in article["m"]]


def _add_quotes(articles, article_index, entity_index, quote_rows) -> int:
    seen: set[str] = set()
    placed = []
    for row in quote_rows:
        a = article_index.get(row["article"])
        if a is None or row["quote"] in seen:
            continue
        seen.add(row["quote"])
        speaker = entity_index.get(row.get("speaker") or "", -1)
        quote = {"x": row["text"], "sp": speaker, "cue": row.get("cue"),
                 "dir": (row.get("direct") or "true").lower() not in ("false", "0")}
        placed.append((a, _int(row.get("begin")) or 0, quote))
    for a, _, quote in sorted(placed, key=lambda item: (item[0], item[1])):
        articles[a]["q"].append(quote)
    return len(placed)


def _events(event_rows, link_rows, entity_index, article_index) -> list[dict]:
    found: dict[str, dict] = {}
    for row in event_rows:
        event = found.setdefault(row["event"], {"t": "Event", "d": None, "p": None,
                                                "pa": [], "pl": None, "ar": []})
        cls = row.get("class")
        if cls and cls.startswith(KGO) and (event["t"] == "Event" or cls[len(KGO):] < event["t"]):
            event["t"] = cls[len(KGO):]  # typed twice (unusual): the same choice whatever the row order
        if row.get("date") and (event["d"] is None or row["date"] < event["d"]):
            event["d"], event["p"] = row["date"], row.get("precision")
    for row in link_rows:
        event = found.get(row["event"])
        if event is None:
            continue
        if row["link"] == "article":
            index = article_index.get(row["target"])
            if index is not None and index not in event["ar"]:
                event["ar"].append(index)
            continue
        index = entity_index.get(row["target"])
        if index is None:
            continue
        if row["link"] == "place":
            event["pl"] = index
        elif index not in event["pa"]:
            event["pa"].append(index)
    return list(found.values())


def _rank(entities, articles, events):
    """Sort entities most-mentioned first, articles by date, events by date; renumber references."""
    mentioned_in: dict[int, set[int]] = defaultdict(set)
    for a, article in enumerate(articles):
        for mention in article["m"]:
            mentioned_in[mention[2]].add(a)
            entities[mention[2]]["nm"] += 1
    for e, arts in mentioned_in.items():
        entities[e]["na"] = len(arts)
    order = sorted(range(len(entities)), key=lambda i: (-entities[i]["na"], -entities[i]["nm"],
                                                        entities[i]["n"].casefold(), entities[i]["id"]))
    new_entity = {old: new for new, old in enumerate(order)}
    a_order = sorted(range(len(articles)), key=lambda i: (articles[i]["dt"] or "", articles[i]["ti"] or "",
                                                          articles[i]["id"]))
    new_article = {old: new for new, old in enumerate(a_order)}
    for article in articles:
        for mention in article["m"]:
            mention[2] = new_entity[mention[2]]
        for quote in article["q"]:
            if quote["sp"] >= 0:
                quote["sp"] = new_entity[quote["sp"]]
    for event in events:
        event["pa"] = sorted(new_entity[i] for i in event["pa"])
        event["pl"] = new_entity[event["pl"]] if event["pl"] is not None else None
        event["ar"] = sorted(new_article[i] for i in event["ar"])
    events.sort(key=lambda ev: (ev["d"] is None, ev["d"] or "", ev["t"], ev["pa"],
                                -1 if ev["pl"] is None else ev["pl"], ev["ar"]))
    return [entities[i] for i in order], [articles[i] for i in a_order], events


def _edges(articles, events) -> list[list[int]]:
    """Entities linked by taking part in one event (with its place) or being named in one sentence."""
    weight: Counter[tuple[int, int]] = Counter()
    same_event: set[tuple[int, int]] = set()
    for event in events:
        members = set(event["pa"]) | ({event["pl"]} if event["pl"] is not None else set())
        for pair in combinations(sorted(members), 2):
            weight[pair] += 1
            same_event.add(pair)
    for article in articles:
        by_sentence: dict[int, set[int]] = defaultdict(set)
        for mention in article["m"]:
            by_sentence[mention[3]].add(mention[2])
        for members in by_sentence.values():
            for pair in combinations(sorted(members), 2):
                weight[pair] += 1
    return [[a, b, w, int((a, b) in same_event)] for (a, b), w in sorted(weight.items())]


def _builds(build_rows) -> list[dict]:
    builds = {}
    for row in build_rows:
        builds.setdefault(row["build"], {"kg": row.get("version"), "model": row.get("model"),
                                         "at": row.get("ended")})
    return sorted(builds.values(), key=lambda b: (b["at"] or "", b["kg"] or "", b["model"] or ""))
