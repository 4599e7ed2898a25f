"""Doc -> ``AnnotatedArticle``: turn token spans and component output into records.

Offsets are character offsets into ``Article.text`` (the doc is made from it).
Mentions are indexed in text order; quotes, roles and events refer to them by index.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from kg.nlp.context import doc_text
from kg.nlp.dates import SPAN_KEY as TIMES_KEY
from kg.nlp.dates import TimeParse, reference_date, resolve
from kg.nlp.events import EventRecord
from kg.nlp.quotes import QuoteSpan
from kg.nlp.roles import RoleSpan
from kg.nlp.tokenizers import GLUED_MARKS
from kg.records import (
    ENTITY_LABELS,
    AnnotatedArticle,
    Article,
    EventMention,
    Mention,
    Quote,
    Role,
    Sentence,
    TimeExpr,
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences_of(doc: Doc) -> list[Sentence]:
    """Sentences as records, whitespace trimmed, empty ones dropped."""
    text = doc_text(doc)
    if not len(doc):
        return []
    spans = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    result = []
    for span in spans:
        start, end = _trimmed(text, span.start_char, span.end_char)
        if end > start:
            result.append(Sentence(start, end, text[start:end]))
    return result


class SentenceIndex:
    """Maps a character offset to the index of the sentence that holds it."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self._starts = [s.start for s in sentences]

    def __call__(self, offset: int) -> int:
        return max(bisect_right(self._starts, offset) - 1, 0)


def mention_origin(span: Span) -> str:
    """"rule" for spans from an entity ruler (they carry a pattern id or the ruler's mark)."""
    if span.has_extension("kg_origin") and span._.kg_origin:
        return span._.kg_origin
    return "rule" if span.ent_id_ else "model"


def mentions_of(ents: list[Span], sentence_of: SentenceIndex) -> list[Mention]:
    """The entity spans with a project label (PER/LOC/ORG), in text order, as mentions."""
    result = []
    for ent in ents:
        text = ent.text.strip(GLUED_MARKS) or ent.text  # "mediasumutku.com|": the mark is no part of the name
        start = ent.start_char + ent.text.find(text)
        result.append(
            Mention(
                start=start,
                end=start + len(text),
                text=text,
                label=ent.label_,
                sentence=sentence_of(start),
                origin=mention_origin(ent),
            )
        )
    return result


def times_of(
    doc: Doc, article: Article, sentence_of: SentenceIndex
) -> tuple[list[TimeExpr], dict[int, int], str | None, bool]:
    """Resolved time expressions, a map from span start char to their index, and the reference date."""
    spans = [span for span in doc.spans.get(TIMES_KEY, []) if span._.kg_time is not None]
    parses = [TimeParse(*span._.kg_time) for span in spans]  # a list again after Doc.from_bytes
    ref, inferred = reference_date(parses, article.published)
    times: list[TimeExpr] = []
    index: dict[int, int] = {}
    for span, parse in zip(spans, parses):
        resolved = resolve(parse, ref)
        if resolved is None:
            continue  # e.g. "(12/9)" in an article with no year anywhere
        index[span.start_char] = len(times)
        value, precision = resolved
        sentence = sentence_of(span.start_char)
        times.append(TimeExpr(span.start_char, span.end_char, span.text, value, precision, sentence))
    return times, index, (ref.isoformat() if ref else None), inferred


def quotes_of(doc: Doc, mention_index: dict[int, int], sentence_of: SentenceIndex) -> list[Quote]:
    """Quotes from ``doc._.kg_quotes``, speakers as mention indices."""
    result = []
    text = doc_text(doc)
    for q in map(lambda value: QuoteSpan(*value), doc._.kg_quotes or ()):
        start, end = _trimmed(text, q.start, q.end)
        while end > start and text[end - 1] in ",;: ":
            end -= 1
        if end <= start:
            continue
        speaker = mention_index.get(q.speaker[0]) if q.speaker else None
        result.append(Quote(start, end, text[start:end], speaker, sentence_of(start), q.cue, q.direct))
    return result


def roles_of(doc: Doc, mention_index: dict[int, int], sentence_of: SentenceIndex) -> list[Role]:
    """Roles from ``doc._.kg_roles``, person and affiliation as mention indices."""
    result = []
    text = doc_text(doc)
    for r in map(lambda value: RoleSpan(*value), doc._.kg_roles or ()):
        person = mention_index.get(r.person[0])
        if person is None:
            continue
        affiliation = mention_index.get(r.affiliation[0]) if r.affiliation else None
        result.append(Role(r.start, r.end, text[r.start : r.end], person, affiliation, sentence_of(r.start)))
    return result


def events_of(
    doc: Doc, mention_index: dict[int, int], time_index: dict[int, int], sentence_of: SentenceIndex
) -> list[EventMention]:
    """Events from ``doc._.kg_events``; participants, place and time as indices."""
    result = []
    text = doc_text(doc)
    for e in map(lambda value: EventRecord(*value), doc._.kg_events or ()):
        participants = tuple(dict.fromkeys(mention_index[p[0]] for p in e.participants if p[0] in mention_index))
        place = mention_index.get(e.place[0]) if e.place else None
        time = time_index.get(e.time[0]) if e.time else None
        result.append(
            EventMention(
                e.start, e.end, text[e.start : e.end], e.type, sentence_of(e.start), participants, place, time
            )
        )
    return result


def doc_to_annotated(doc: Doc, article: Article) -> AnnotatedArticle:
    """Convert one processed doc of ``article.text`` into an ``AnnotatedArticle``.

    doc (Doc): the pipeline's output for ``article.text``.
    article (Article): the article the doc was made from.
    RETURNS (AnnotatedArticle): sentences, mentions and everything the kg_ components found.
    """
    sentences = sentences_of(doc)
    sentence_of = SentenceIndex(sentences)
    ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
    mentions = mentions_of(ents, sentence_of)
    # the rules point at a mention by its span's first character, a glued mark included
    mention_index = {ent.start_char: i for i, ent in enumerate(ents)}
    times, time_index, ref, inferred = times_of(doc, article, sentence_of)
    quotes = quotes_of(doc, mention_index, sentence_of)
    roles = roles_of(doc, mention_index, sentence_of)
    events = events_of(doc, mention_index, time_index, sentence_of)
    return AnnotatedArticle(
        article=article,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        times=tuple(times),
        quotes=tuple(quotes),
        roles=tuple(roles),
        events=tuple(events),
        reference_date=ref,
        reference_date_inferred=inferred,
    )
