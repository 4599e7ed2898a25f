"""Group mentions into global entities and event mentions into global events.

This is the only stage that sees every article at once. Mentions become nodes
of a union-find: within an article a bare "Kim" joins the nearest "Kim Jong Un";
across the build, nodes sharing a tag join (same label and normalised name, same
GeoNames id, an acronym and its expansion). Keys come from content (normalised
names, GeoNames ids), never from counters or input order, so a rebuild of the
same articles gives the same keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.link import COUNTRY, capital_geonames, country_geonames
from kg.records import LOC, AnnotatedArticle, Entity, Facts, ResolvedArticle
from kg.resolve.entities import resolve_entities
from kg.resolve.mentions import without_mentions
from kg.resolve.events import resolve_events
from kg.resolve.names import normalise_name, person_tokens
from kg.resolve.roles import with_office_speakers, with_role_bodies


def resolve(annotated: Iterable[AnnotatedArticle]) -> Facts:
    """Resolve mentions to global entities and event mentions to global events.

    annotated (Iterable[AnnotatedArticle]): every article of the build, any order.
    RETURNS (Facts): articles sorted by sha256, entities and events sorted by key.
    """
    articles = sorted(annotated, key=lambda a: (a.article.sha256, a.article.source))
    entities, node_key, links = resolve_entities(articles)
    resolved = tuple(_with_offices(_resolved(pos, art, node_key)) for pos, art in enumerate(articles))
    within = {}  # city entity key -> key of the country it lies in
    for node, link in links.items():
        country = country_geonames(link.country) if link.kind != COUNTRY and link.country else None
        if country is not None:
            within[node_key[node]] = f"LOC/geonames/{country}"
    places = frozenset(e.key for e in entities if not takes_part(e))
    return Facts(articles=resolved, entities=entities, events=resolve_events(resolved, within, places))


def _resolved(pos: int, art: AnnotatedArticle, node_key: dict[tuple[int, int], str]) -> ResolvedArticle:
    """The article with each mention's entity key; the mentions resolution left out (no key) are dropped."""
    keys = [node_key.get((pos, i)) for i in range(len(art.mentions))]
    dropped = {i for i, key in enumerate(keys) if key is None}
    return ResolvedArticle(without_mentions(art, dropped), tuple(key for key in keys if key is not None))


def _with_offices(article: ResolvedArticle) -> ResolvedArticle:
    """Offices written short, completed from the full titles the article gives (``kg.resolve.roles``)."""
    return with_office_speakers(with_role_bodies(article))


def takes_part(entity: Entity) -> bool:
    """Can ``entity`` take part in an event? The ontology's participant is a person, an organisation or a
    country, and a capital stands for its government ("Moskow menjatuhkan sanksi"); a town or a mosque does not."""
    return entity.label != LOC or entity.iso3166 is not None or entity.geonames in capital_geonames()


__all__ = ["normalise_name", "person_tokens", "resolve", "takes_part"]
