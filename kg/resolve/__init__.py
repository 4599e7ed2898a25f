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
from kg.resolve.entities import ArticleWork, prepare, resolve_entities
from kg.resolve.mentions import without_mentions
from kg.resolve.events import resolve_events
from kg.resolve.names import normalise_name, person_tokens
from kg.resolve.roles import with_office_speakers, with_role_bodies


class Prepared:
    """The per-article part of resolution (``kg.resolve.entities.prepare``), worked out ahead.

    A build adds each article as its NLP result comes back from a worker, so this part runs while
    the workers annotate the next articles instead of after the last one; ``resolve`` then does
    only the cross-article steps. An article not added is prepared when it is resolved.
    """

    def __init__(self) -> None:
        # id() of each article -> (the article, its work): the article is held, so its id stays its own
        self._work: dict[int, tuple[AnnotatedArticle, ArticleWork]] = {}

    def add(self, art: AnnotatedArticle) -> None:
        self._work[id(art)] = (art, prepare(art))

    def of(self, art: AnnotatedArticle) -> ArticleWork:
        """The work of ``art``, handed over once (a build holds none of it after resolution)."""
        found = self._work.pop(id(art), None)
        return found[1] if found is not None and found[0] is art else prepare(art)


def resolve(annotated: Iterable[AnnotatedArticle], prepared: Prepared | None = None) -> Facts:
    """Resolve mentions to global entities and event mentions to global events.

    annotated (Iterable[AnnotatedArticle]): every article of the build, any order.
    prepared (Prepared | None): the per-article work already done for some of them.
    RETURNS (Facts): articles sorted by sha256, entities and events sorted by key.
    """
    articles = sorted(annotated, key=lambda a: (a.article.sha256, a.article.source))
    work = [prepared.of(art) if prepared is not None else prepare(art) for art in articles]
    entities, node_key, links = resolve_entities(articles, work)
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


__all__ = ["Prepared", "normalise_name", "person_tokens", "resolve", "takes_part"]
