"""One article's named graph: the article, its sentences, mentions, quotes, roles and event reports.

The graph holds only what the article says. The entities, events, outlets and the build it
points at are described once, in the entities graph (``kg.rdf.mapping.map_entities``): copied
into every article graph, their descriptions made up most of the triples of a large build.
"""

from __future__ import annotations

import warnings

from rdflib import PROV, RDF, SDO, XSD, Graph, Literal, URIRef

from kg.records import DAY, PER, AnnotatedArticle, Article, ResolvedArticle
from kg.rdf import iri
from kg.rdf.namespaces import KGO
from kg.rdf.triple_set import triple_set_graph
from kg.rdf.nodes import (
    LANG,
    Context,
    bind,
    boolean,
    date_literal,
    datetime_literal,
    entity_ref,
    event_ref,
    nonneg,
)


# The terms of the loops run per sentence and per mention, bound once: rdflib's namespaces look a
# name up anew on every attribute access (~1 µs; mapping 1,600 articles made a million of them).
_TYPE, _PHRASE, _SENTENCE = RDF.type, iri.NIF.Phrase, iri.NIF.Sentence
_IN_ARTICLE, _IN_SENTENCE, _BEGIN, _END = KGO.inArticle, KGO.inSentence, KGO.beginIndex, KGO.endIndex
_ANCHOR_OF, _MENTION_OF, _MENTIONS, _SDO_MENTIONS = KGO.anchorOf, KGO.mentionOf, KGO.mentions, SDO.mentions
_KGO_MENTION, _KGO_SENTENCE = KGO.Mention, KGO.Sentence


def map_article(resolved: ResolvedArticle, ctx: Context) -> Graph:
    """The named graph (identifier ``graph/article/<id>``) of everything one article says."""
    annotated = resolved.annotated
    if len(resolved.mention_entities) != len(annotated.mentions):
        raise ValueError(
            f"article {annotated.article.source!r}: {len(resolved.mention_entities)} entity keys "
            f"for {len(annotated.mentions)} mentions; resolve must give one key per mention"
        )
    sha = annotated.article.sha256
    graph = triple_set_graph(iri.article_graph_iri(sha))
    bind(graph)
    article = _add_article(graph, annotated, ctx)
    sentences = _add_sentences(graph, annotated, article)
    mentions = _add_mentions(graph, resolved, article, sentences, ctx)
    _add_times(graph, annotated, article, sentences)
    _add_quotes(graph, annotated, article, sentences, mentions)
    _add_roles(graph, annotated, article, sentences, mentions, ctx)
    _add_event_reports(graph, annotated, article, sentences, ctx)
    graph.add((graph.identifier, RDF.type, PROV.Entity))
    graph.add((graph.identifier, PROV.wasDerivedFrom, article))
    graph.add((graph.identifier, PROV.wasGeneratedBy, iri.build_iri(ctx.build)))
    return graph


def _text(value: str) -> Literal:
    return Literal(value, lang=LANG)


def _own_node(node: URIRef, content: tuple, seen: dict[URIRef, object]) -> URIRef:
    """``node``, or a hash-suffixed one when another record with other content has the same span.

    Two records of one span (two readings of one date, two speakers of one quote) would
    otherwise merge into one node with two values of a single-valued property.
    """
    if seen.setdefault(node, content) != content:
        node = URIRef(f"{node}/{iri.short_hash(repr(content))}")
        seen[node] = content
    return node


def _span(graph: Graph, node: URIRef, start: int, end: int, article: URIRef,
          sentence: int, sentences: list[URIRef]) -> None:
    graph.add((node, _IN_ARTICLE, article))
    graph.add((node, _BEGIN, nonneg(start)))
    graph.add((node, _END, nonneg(end)))
    if 0 <= sentence < len(sentences):
        graph.add((node, _IN_SENTENCE, sentences[sentence]))


def _add_mention(graph: Graph, node: URIRef, start: int, end: int, text: str, of: URIRef,
                 article: URIRef, sentence: int, sentences: list[URIRef]) -> None:
    """A text span (NIF phrase) in the article that names ``of``: an entity, or an event for a trigger."""
    graph.add((node, _TYPE, _KGO_MENTION))
    graph.add((node, _TYPE, _PHRASE))
    _span(graph, node, start, end, article, sentence, sentences)
    graph.add((node, _ANCHOR_OF, Literal(text)))
    graph.add((node, _MENTION_OF, of))


def _add_article(graph: Graph, annotated: AnnotatedArticle, ctx: Context) -> URIRef:
    meta: Article = annotated.article
    node = iri.article_iri(meta.sha256)
    graph.add((node, RDF.type, KGO.NewsArticle))
    graph.add((node, RDF.type, SDO.NewsArticle))
    graph.add((node, SDO.identifier, Literal(meta.source)))
    graph.add((node, SDO.articleBody, _text(meta.text)))
    graph.add((node, SDO.inLanguage, Literal(LANG)))
    if meta.title:
        graph.add((node, SDO.headline, _text(meta.title)))
    if meta.publisher:
        graph.add((node, SDO.publisher, iri.publisher_iri(meta.publisher)))
    for author in meta.authors:
        graph.add((node, KGO.authorName, Literal(author)))
    if meta.editor:
        graph.add((node, KGO.editorName, Literal(meta.editor)))
    if meta.dateline:
        graph.add((node, KGO.dateline, Literal(meta.dateline)))
    published = datetime_literal(meta.published)
    if published is not None:
        graph.add((node, SDO.datePublished, published))
    if meta.url:  # where the article is on the web; the IRI stays minted from the text
        graph.add((node, SDO.url, URIRef(meta.url)))
    retrieved = datetime_literal(meta.retrieved)
    if retrieved is not None and retrieved.datatype == XSD.dateTime:
        graph.add((node, KGO.retrieved, retrieved))
    reference = date_literal(annotated.reference_date, DAY)
    if reference is not None:
        graph.add((node, KGO.referenceDate, reference))
        graph.add((node, KGO.referenceDateInferred, boolean(annotated.reference_date_inferred)))
    return node


def _add_sentences(graph: Graph, annotated: AnnotatedArticle, article: URIRef) -> list[URIRef]:
    nodes = []
    for sentence in annotated.sentences:
        node = iri.sentence_iri(annotated.article.sha256, sentence.start, sentence.end)
        graph.add((node, _TYPE, _KGO_SENTENCE))
        graph.add((node, _TYPE, _SENTENCE))
        graph.add((node, _IN_ARTICLE, article))
        graph.add((node, _BEGIN, nonneg(sentence.start)))
        graph.add((node, _END, nonneg(sentence.end)))
        graph.add((node, _ANCHOR_OF, Literal(sentence.text)))
        nodes.append(node)
    return nodes


def _add_mentions(graph: Graph, resolved: ResolvedArticle, article: URIRef,
                  sentences: list[URIRef], ctx: Context) -> list[URIRef]:
    """Mention nodes, in the order of ``annotated.mentions``, each pointing at its entity."""
    annotated = resolved.annotated
    nodes = []
    named: dict[URIRef, URIRef] = {}  # each mention node's entity
    for mention, key in zip(annotated.mentions, resolved.mention_entities):
        node = iri.mention_iri(annotated.article.sha256, mention.start, mention.end)
        entity = entity_ref(key, ctx)
        if named.setdefault(node, entity) != entity:
            # Two mentions of one span naming different entities stay two mention nodes.
            node = URIRef(f"{node}/{iri.short_hash(key)}")
        _add_mention(graph, node, mention.start, mention.end, mention.text, entity, article,
                     mention.sentence, sentences)
        graph.add((article, _MENTIONS, entity))
        graph.add((article, _SDO_MENTIONS, entity))
        nodes.append(entity)
    return nodes


def _add_times(graph: Graph, annotated: AnnotatedArticle, article: URIRef, sentences: list[URIRef]) -> None:
    """Time expressions as spans with their normalised value (a report can highlight them)."""
    seen: dict[URIRef, object] = {}
    for time in annotated.times:
        node = _own_node(iri.time_iri(annotated.article.sha256, time.start, time.end),
                         (time.text, time.value, time.precision), seen)
        graph.add((node, RDF.type, KGO.TimeExpression))
        graph.add((node, RDF.type, iri.NIF.Phrase))
        _span(graph, node, time.start, time.end, article, time.sentence, sentences)
        graph.add((node, KGO.anchorOf, Literal(time.text)))
        value = date_literal(time.value, time.precision)
        if value is not None:
            graph.add((node, KGO.timeValue, value))
            graph.add((node, KGO.datePrecision, Literal(time.precision)))


def _add_quotes(graph: Graph, annotated: AnnotatedArticle, article: URIRef,
                sentences: list[URIRef], entities: list[URIRef]) -> None:
    seen: dict[URIRef, object] = {}
    for quote in annotated.quotes:
        if not quote.text:
            warnings.warn(f"article {annotated.article.source}: a quote with no words at {quote.start}-{quote.end}; left out")
            continue
        speaker = entities[quote.speaker] if quote.speaker is not None and 0 <= quote.speaker < len(entities) else None
        node = _own_node(iri.quote_iri(annotated.article.sha256, quote.start, quote.end),
                         (quote.text, str(speaker), quote.cue, quote.direct), seen)
        graph.add((node, RDF.type, KGO.Quote))
        graph.add((node, RDF.type, SDO.Quotation))
        _span(graph, node, quote.start, quote.end, article, quote.sentence, sentences)
        graph.add((node, KGO.quoteText, _text(quote.text)))
        graph.add((node, KGO.direct, boolean(quote.direct)))
        if quote.cue:
            graph.add((node, KGO.cue, Literal(quote.cue)))
        if speaker is not None:
            graph.add((node, KGO.speaker, speaker))


def _add_roles(graph: Graph, annotated: AnnotatedArticle, article: URIRef,
               sentences: list[URIRef], entities: list[URIRef], ctx: Context) -> None:
    mentions = annotated.mentions
    seen: dict[URIRef, object] = {}
    for role in annotated.roles:
        if not 0 <= role.person < len(entities):
            continue
        if not role.title.strip():
            warnings.warn(f"article {annotated.article.source}: a role with an empty title; role left out")
            continue
        holder = ctx.by_iri.get(entities[role.person])
        if holder is not None and holder.label != PER:
            continue  # resolution decided the "person" is a place or body: a title it cannot hold
        person_start = mentions[role.person].start
        affiliation = entities[role.affiliation] if role.affiliation is not None and 0 <= role.affiliation < len(entities) else None
        node = _own_node(iri.role_iri(annotated.article.sha256, role.start, role.end, person_start),
                         (role.title, str(entities[role.person]), str(affiliation)), seen)
        graph.add((node, RDF.type, KGO.Role))
        graph.add((node, RDF.type, SDO.Role))
        _span(graph, node, role.start, role.end, article, role.sentence, sentences)
        graph.add((node, KGO.title, _text(role.title)))
        graph.add((node, KGO.holder, entities[role.person]))
        graph.add((entities[role.person], KGO.hasRole, node))
        graph.add((node, KGO.evidence, iri.mention_iri(annotated.article.sha256, person_start,
                                                        mentions[role.person].end)))
        if affiliation is not None:
            graph.add((node, KGO.roleIn, affiliation))


def _add_event_reports(graph: Graph, annotated: AnnotatedArticle, article: URIRef,
                       sentences: list[URIRef], ctx: Context) -> None:
    """Each event mention the resolver kept: the resolved event, reportedIn, and its trigger span."""
    sha = annotated.article.sha256
    used: set[URIRef] = set()
    for index, mention in enumerate(annotated.events):
        event = ctx.events.get((sha, index))
        if event is None:
            continue
        node = event_ref(event)
        graph.add((node, KGO.reportedIn, article))
        trigger = iri.event_mention_iri(sha, mention.start, mention.end)
        if trigger in used and (trigger, KGO.mentionOf, node) not in graph:
            # One trigger word reporting two resolved events: one mention node per event.
            trigger = URIRef(f"{trigger}/{iri.short_hash(event.key)}")
        used.add(trigger)
        graph.add((trigger, RDF.type, KGO.EventMention))
        _add_mention(graph, trigger, mention.start, mention.end, mention.trigger, node, article,
                     mention.sentence, sentences)
        graph.add((node, KGO.evidence, trigger))
