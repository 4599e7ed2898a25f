"""The co-mention table: each pair of entities named together in enough articles, counted once per build.

Counting pairs at query time cost 34 s on Oxigraph at 10,000 articles (788,000 pairs, most named
together once); the coordinator has every article's entities, so the build counts them here and
the entities graph holds one ``kgo:CoMention`` node per pair named together in at least
``threshold`` articles (default 2: at 10,000 articles 658,000 of the 788,000 pairs are named
together once), with the articles it was counted from (``kgo:coMentionedIn``).
The pairs are those of the article graphs' ``kgo:mentions``: the same entity IRIs, one count per
article that names both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.records import CO_MENTION_THRESHOLD, ResolvedArticle
from kg.rdf import iri
from kg.rdf.lines import term_text
from kg.rdf.namespaces import KGO
from kg.rdf.nodes import Context, nonneg

SEPARATOR = " | "
PART_PAIRS = 20_000  # pairs per part of the table a streamed build spools and checks at a time


@dataclass(frozen=True)
class CoMention:
    """Two entities named together in ``articles`` (article IRIs, sorted); ``first`` sorts before ``second``.

    sources: the articles' ``schema:identifier`` values, distinct, in code point order.
    """

    first: URIRef
    second: URIRef
    articles: tuple[URIRef, ...]
    sources: tuple[str, ...]


def co_mentions(articles: Iterable[ResolvedArticle], ctx: Context, threshold: int = CO_MENTION_THRESHOLD) -> Iterator[CoMention]:
    """Every pair of entities named together in at least ``threshold`` of ``articles``, in (first, second) order.

    Entities named in fewer than ``threshold`` articles cannot be in such a pair and are dropped
    first, which keeps the count small; pairs are counted on integers, and each pair's IRIs are made
    only as it is yielded (at 100,000 articles the table has millions of pairs).
    """
    if threshold < 1:
        raise ValueError(f"co-mention threshold {threshold} must be at least 1")
    named: list[tuple[URIRef, str, list[URIRef]]] = []
    for resolved in articles:
        entities = {_entity(key, ctx) for key in resolved.mention_entities}
        if len(entities) > 1:
            meta = resolved.annotated.article
            named.append((iri.article_iri(meta.sha256), meta.source, sorted(entities)))
    frequency = Counter(entity for _, _, entities in named for entity in entities)
    order = sorted(entity for entity, n in frequency.items() if n >= threshold)
    number = {entity: i for i, entity in enumerate(order)}
    size = len(order)
    kept = [[number[e] for e in entities if e in number] for _, _, entities in named]
    counts = Counter(i * size + j for ids in kept for at, i in enumerate(ids) for j in ids[at + 1:])
    found: dict[int, list[int]] = {pair: [] for pair, n in counts.items() if n >= threshold}
    for position, ids in enumerate(kept):
        for at, i in enumerate(ids):
            for j in ids[at + 1:]:
                where = found.get(i * size + j)
                if where is not None:
                    where.append(position)
    for pair in sorted(found):
        where = found.pop(pair)
        yield CoMention(order[pair // size], order[pair % size], tuple(sorted(named[p][0] for p in where)),
                        tuple(sorted({named[p][1] for p in where})))


def _entity(key: str, ctx: Context) -> URIRef:
    """The IRI ``kgo:mentions`` points at for ``key`` (as ``kg.rdf.nodes.entity_ref``, without its warning)."""
    entity = ctx.entities.get(key)
    return iri.entity_iri(key) if entity is None else iri.entity_iri(entity.key, entity.label)


def co_mention_parts(pairs: Iterable[CoMention]) -> Iterator[list[CoMention]]:
    """The table in parts of ``PART_PAIRS`` pairs: a build streams them to its output and checks them
    one by one (each node's shape reads only its own triples), so the table never sits whole in
    memory (tens of millions of triples at 100,000 articles)."""
    pairs = iter(pairs)
    while chunk := list(islice(pairs, PART_PAIRS)):
        yield chunk


def add_co_mentions(graph: Graph, pairs: Iterable[CoMention]) -> int:
    """Each pair as a ``kgo:CoMention`` node in ``graph``; returns how many."""
    added = 0
    for triple in co_mention_triples(pairs):
        graph.add(triple)
        added += triple[1] == RDF.type
    return added


def co_mention_triples(pairs: Iterable[CoMention]) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples of each pair's ``kgo:CoMention`` node, its type first."""
    for pair in pairs:
        node = iri.co_mention_iri(pair.first, pair.second)
        yield node, RDF.type, KGO.CoMention
        yield node, KGO.firstEntity, pair.first
        yield node, KGO.secondEntity, pair.second
        yield node, KGO.articleCount, nonneg(len(pair.articles))
        yield node, KGO.sourceList, Literal(SEPARATOR.join(pair.sources))
        for article in pair.articles:
            yield node, KGO.coMentionedIn, article


_FIXED_TERMS = (RDF.type, KGO.CoMention, KGO.firstEntity, KGO.secondEntity, KGO.articleCount, KGO.sourceList,
                KGO.coMentionedIn, XSD.nonNegativeInteger)


def co_mention_lines(pairs: Iterable[CoMention]) -> tuple[list[str], set[str]]:
    """The statements of ``co_mention_triples`` as ``kg.rdf.lines`` lines, and every IRI they use, written
    straight from the pairs: an rdflib term per statement cost the coordinator ~4 s at 1,600 articles."""
    a, co_mention, first_entity, second_entity, count, source_list, mentioned_in, _ = map(term_text, _FIXED_TERMS)
    iris = {str(term) for term in _FIXED_TERMS}
    texts: dict[URIRef, str] = {}  # entities and articles recur across pairs

    def text(node: URIRef) -> str:
        found = texts.get(node)
        if found is None:
            found = texts[node] = term_text(node)
            iris.add(str(node))
        return found

    lines: list[str] = []
    for pair in pairs:
        node_iri = iri.co_mention_iri(pair.first, pair.second)
        iris.add(str(node_iri))
        node = term_text(node_iri)
        lines += (f"{node} {a} {co_mention}", f"{node} {first_entity} {text(pair.first)}",
                  f"{node} {second_entity} {text(pair.second)}",
                  f"{node} {count} {term_text(nonneg(len(pair.articles)))}",
                  f"{node} {source_list} {term_text(Literal(SEPARATOR.join(pair.sources)))}")
        lines += (f"{node} {mentioned_in} {text(article)}" for article in pair.articles)
    return lines, iris
