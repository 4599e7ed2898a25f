"""Building blocks of the mapping: typed literals and the nodes shared by article and entities graphs."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, Graph, Literal, URIRef

from kg.records import DAY, LOC, MONTH, ORG, PER, YEAR, Entity, Event, Facts, Region, ResolvedArticle
from kg.rdf import iri
from kg.rdf.namespaces import KGO

# The event classes the ontology defines; EventMention.type must be one of these.
EVENT_TYPES = frozenset(
    {
        "Meeting", "Travel", "Arrival", "Departure", "Visit", "Statement",
        "MissileLaunch", "Sanction", "Protest", "Agreement", "WeaponsDeal",
    }
)
LANG = "id"  # article text is Indonesian

_TYPES = {
    PER: (KGO.Person, SDO.Person),
    LOC: (KGO.Place, SDO.Place),
    ORG: (KGO.Organization, SDO.Organization),
}
_DATE_FORMS = {
    DAY: (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    MONTH: (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    YEAR: (re.compile(r"\d{4}"), XSD.gYear),
}
_ISO3166 = re.compile(r"[A-Z]{2}")
# Bound once: rdflib's namespaces look a name up anew on every access (~1 us), and every chunk of a
# build describes the entities its articles name (``kg.article_graphs.describe``).
_TYPE, _PREF_LABEL, _LABEL, _NAME = RDF.type, SKOS.prefLabel, RDFS.label, SDO.name
_REGION_CODE = re.compile(r"\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?")
# The ontology class of each level of the official region list (kg.regions.LEVELS).
REGION_CLASSES = {
    "province": KGO.Province, "regency": KGO.Regency, "city": KGO.City, "district": KGO.District,
    "village": KGO.Village, "urban-village": KGO.UrbanVillage,
}
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?")


@dataclass
class Context:
    """What mapping one article needs from the whole build (built once by ``context``)."""

    entities: dict[str, Entity]
    events: dict[tuple[str, int], Event]  # (article sha256, event mention index) -> event
    build: dict[str, str] = field(default_factory=dict)
    by_iri: dict[URIRef, Entity] = field(default_factory=dict)  # entity IRI -> entity
    publishers: dict[URIRef, str] = field(default_factory=dict)  # outlet IRI -> the one label it gets


def context(facts: Facts) -> Context:
    """Index the build's entities and event reports for ``map_article``."""
    reports = {(r.article, r.event_mention): e for e in facts.events for r in e.reports}
    by_iri = {iri.entity_iri(e.key, e.label): e for e in facts.entities}
    names = [r.annotated.article.publisher for r in facts.articles if r.annotated.article.publisher]
    return Context({e.key: e for e in facts.entities}, reports, dict(facts.build), by_iri, publisher_labels(names))


def context_for(articles: Iterable[ResolvedArticle], ctx: Context) -> Context:
    """The part of ``ctx`` that mapping ``articles`` needs (what a worker is sent with a chunk)."""
    entities: dict[str, Entity] = {}
    events: dict[tuple[str, int], Event] = {}
    publishers: dict[URIRef, str] = {}
    for resolved in articles:
        for key in resolved.mention_entities:
            if key in ctx.entities:
                entities[key] = ctx.entities[key]
        sha = resolved.annotated.article.sha256
        for index in range(len(resolved.annotated.events)):
            event = ctx.events.get((sha, index))
            if event is not None:
                events[(sha, index)] = event
        if resolved.annotated.article.publisher:
            node = iri.publisher_iri(resolved.annotated.article.publisher)
            publishers[node] = ctx.publishers[node]
            if node in ctx.by_iri:
                entities[ctx.by_iri[node].key] = ctx.by_iri[node]
    by_iri = {iri.entity_iri(e.key, e.label): e for e in entities.values()}
    return Context(entities, events, ctx.build, by_iri, publishers)


def publisher_labels(names: list[str]) -> dict[URIRef, str]:
    """One label per outlet IRI: "Tempo", "tempo" and " TEMPO " are one outlet with one prefLabel.

    The most frequent spelling wins (ties: the first in code point order), so every
    article graph labels the outlet the same way whatever order articles come in.
    """
    spellings: dict[URIRef, Counter[str]] = {}
    for name in names:
        spellings.setdefault(iri.publisher_iri(name), Counter())[name.strip()] += 1
    return {node: min(counts, key=lambda n: (-counts[n], n)) for node, counts in spellings.items()}


def date_literal(value: str | None, precision: str | None) -> Literal | None:
    """An event date typed by its precision (xsd:date, xsd:gYearMonth, xsd:gYear), or None."""
    if not value or precision not in _DATE_FORMS:
        return None
    pattern, datatype = _DATE_FORMS[precision]
    match = pattern.match(value)
    if not match or not _real_date(match.group(0)):
        return None
    return Literal(match.group(0), datatype=datatype)


def _real_date(text: str) -> bool:
    """"2023-02-30" or "2023-13" are not dates: an ill-typed literal would fail the shapes."""
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0] or 1, parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return parts[0] > 0


def _real_datetime(text: str) -> bool:
    """Seconds 60-99 or a +25:00 zone would make an ill-typed xsd:dateTime (XSD zones stop at 14:00)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return False
    offset = value.utcoffset()
    return offset is None or abs(offset) <= timedelta(hours=14)


def datetime_literal(value: str | None) -> Literal | None:
    """An ISO date or datetime ("2023-09-14", "2023-09-14T11:22") as xsd:date / xsd:dateTime."""
    if not value:
        return None
    value = value.strip()
    match = _DATETIME.fullmatch(value)
    if match and _real_date(match.group(1)) and int(match.group(2)[:2]) < 24 and int(match.group(2)[3:]) < 60:
        day, hm, seconds, zone = match.groups()
        zone = zone or ""
        if zone not in ("", "Z") and ":" not in zone:
            zone = f"{zone[:3]}:{zone[3:]}"
        lexical = f"{day}T{hm}{seconds or ':00'}{zone}"
        return Literal(lexical, datatype=XSD.dateTime) if _real_datetime(lexical) else None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and _real_date(value):
        return Literal(value, datatype=XSD.date)
    return None


def bind(graph: Graph) -> None:
    graph.bind("kgo", KGO._NS)
    graph.bind("schema", SDO)
    graph.bind("prov", PROV)
    graph.bind("skos", SKOS)
    graph.bind("sem", iri.SEM)
    graph.bind("nif", iri.NIF)
    graph.bind("kgid", iri.ID)


@lru_cache(maxsize=1 << 16)
def nonneg(value: int) -> Literal:
    """An offset or count as ``xsd:nonNegativeInteger``; made once per value (a chunk's graphs hold
    ~150 offsets an article, mostly the same numbers, and a typed ``Literal`` costs microseconds
    to build: rdflib parses and checks its value). Terms are immutable, so graphs share them."""
    return Literal(int(value), datatype=XSD.nonNegativeInteger)


_BOOLEANS = {False: Literal(False), True: Literal(True)}


def boolean(value: object) -> Literal:
    """``value``'s truth as an ``xsd:boolean`` literal (one shared term each)."""
    return _BOOLEANS[bool(value)]


def add_entity(graph: Graph, entity: Entity, *, aliases: bool = False) -> URIRef:
    """The entity's types, one preferred label, links; aliases only where asked (entities graph)."""
    node = iri.entity_iri(entity.key, entity.label)
    for cls in _TYPES.get(entity.label, ()):
        graph.add((node, _TYPE, cls))
    if entity.label == LOC and entity.iso3166:
        graph.add((node, RDF.type, KGO.Country))
        graph.add((node, RDF.type, SDO.Country))
        code = entity.iso3166.strip().upper()
        if _ISO3166.fullmatch(code):
            graph.add((node, KGO.iso3166, Literal(code)))
        else:
            warnings.warn(f"place {entity.name!r}: {entity.iso3166!r} is not an ISO 3166-1 alpha-2 code; left out")
    if entity.label == LOC and entity.region is not None:
        add_region_facts(graph, node, entity.region, entity.region_parents)
    name = Literal(entity.name)
    graph.add((node, _PREF_LABEL, name))
    graph.add((node, _LABEL, name))
    graph.add((node, _NAME, name))
    if entity.geonames is not None:
        graph.add((node, OWL.sameAs, iri.geonames_iri(entity.geonames)))
        graph.add((node, SDO.sameAs, iri.geonames_iri(entity.geonames)))
    if aliases:
        for alias in entity.aliases:
            if alias != entity.name:
                graph.add((node, SKOS.altLabel, Literal(alias)))
    return node


def add_region_facts(graph: Graph, node: URIRef, region: Region, parents: tuple[Region, ...]) -> bool:
    """A region's level class, code and parent (``kgo:partOf``); False when the code is malformed."""
    cls = REGION_CLASSES.get(region.level)
    if cls is None or not _REGION_CODE.fullmatch(region.code):
        warnings.warn(f"region {region.name!r}: {region.code!r} / {region.level!r} is not a region of the list; left out")
        return False
    graph.add((node, RDF.type, KGO.AdministrativeArea))
    graph.add((node, RDF.type, SDO.AdministrativeArea))
    graph.add((node, RDF.type, cls))
    graph.add((node, KGO.regionCode, Literal(region.code)))
    if parents and parents[0].code == region.parent_code:
        parent = iri.region_iri(parents[0].code)
        graph.add((node, KGO.partOf, parent))
        graph.add((node, SDO.containedInPlace, parent))
    return True


def add_region_parents(graph: Graph, entities: tuple[Entity, ...]) -> None:
    """The regions the build's regions lie in that no article names: a labelled node each,
    so every ``kgo:partOf`` chain runs up to its province inside the entities graph."""
    named = {e.region.code for e in entities if e.label == LOC and e.region is not None}
    added: set[str] = set()
    for entity in entities:
        if entity.label != LOC or entity.region is None:
            continue
        chain = entity.region_parents
        for i, parent in enumerate(chain):
            if parent.code in named or parent.code in added:
                continue
            added.add(parent.code)
            node = iri.region_iri(parent.code)
            graph.add((node, RDF.type, KGO.Place))
            graph.add((node, RDF.type, SDO.Place))
            if add_region_facts(graph, node, parent, chain[i + 1:]):
                name = Literal(parent.name)
                graph.add((node, SKOS.prefLabel, name))
                graph.add((node, RDFS.label, name))
                graph.add((node, SDO.name, name))


def entity_node(graph: Graph, key: str, ctx: Context) -> URIRef:
    """The entity of ``key``, described in ``graph`` (the entities graph)."""
    entity = ctx.entities.get(key)
    if entity is None:
        return entity_ref(key, ctx)
    return add_entity(graph, entity)


def entity_ref(key: str, ctx: Context) -> URIRef:
    """The IRI of the entity of ``key``, without its description (an article graph points at it)."""
    entity = ctx.entities.get(key)
    if entity is None:
        warnings.warn(f"entity key {key!r} is not among the build's entities; minted without labels")
        return iri.entity_iri(key)
    return iri.entity_iri(entity.key, entity.label)


def event_ref(event: Event) -> URIRef:
    """The IRI of a resolved event, without its description."""
    return iri.event_iri(event.key, event.type)


def add_publisher(graph: Graph, node: URIRef, ctx: Context) -> URIRef:
    """An outlet as a kgo:NewsOrganization; shares the IRI (and label) of a same-named ORG entity."""
    entity = ctx.by_iri.get(node)
    if entity is not None:
        add_entity(graph, entity)
    else:
        label = Literal(ctx.publishers[node])
        for prop in (SKOS.prefLabel, RDFS.label, SDO.name):
            graph.add((node, prop, label))
        graph.add((node, RDF.type, KGO.Organization))
        graph.add((node, RDF.type, SDO.Organization))
    graph.add((node, RDF.type, KGO.NewsOrganization))
    graph.add((node, RDF.type, SDO.NewsMediaOrganization))
    return node


def add_event(graph: Graph, event: Event, ctx: Context) -> URIRef:
    """The resolved event: types, date, participants and place (with their entity nodes)."""
    node = event_ref(event)
    graph.add((node, RDF.type, KGO.Event))
    graph.add((node, RDF.type, SDO.Event))
    graph.add((node, RDF.type, iri.SEM.Event))
    if event.type in EVENT_TYPES:
        graph.add((node, RDF.type, KGO[event.type]))
    else:
        warnings.warn(f"event type {event.type!r} is not an ontology class; typed kgo:Event only")
    date = date_literal(event.date, event.precision)
    if date is not None:
        graph.add((node, KGO.date, date))
        graph.add((node, KGO.datePrecision, Literal(event.precision)))
    for key in event.participants:
        graph.add((node, KGO.participant, entity_node(graph, key, ctx)))
    if event.place:
        graph.add((node, KGO.place, entity_node(graph, event.place, ctx)))
    return node


def add_build(graph: Graph, build: dict[str, str]) -> URIRef:
    """The build as a prov:Activity: kg version, model, and end time when given."""
    node = iri.build_iri(build)
    graph.add((node, RDF.type, PROV.Activity))
    if build.get("kg_version"):
        graph.add((node, KGO.kgVersion, Literal(build["kg_version"])))
    if build.get("model"):
        graph.add((node, KGO.model, Literal(build["model"])))
    ended = datetime_literal(build.get("generated_at"))
    if ended is not None and ended.datatype == XSD.dateTime:  # a bare date is no end time
        graph.add((node, PROV.endedAtTime, ended))
    return node
