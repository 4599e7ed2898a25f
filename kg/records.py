"""Plain records that the stages pass to each other.

The flow is one way: ``Source`` (sources.py) -> ``Article`` (article.py) ->
``AnnotatedArticle`` (kg.nlp) -> ``Facts`` (resolve.py) -> RDF (kg.rdf).
Nothing here imports spaCy or rdflib, so every stage can be tested alone and
records can cross process boundaries (pickle) for parallel builds.

All character offsets (``start``/``end``) are into ``Article.text``, end
exclusive, so ``article.text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity labels the whole project uses; corpus labels are mapped onto these.
PER = "PER"
LOC = "LOC"
ORG = "ORG"
ENTITY_LABELS = (PER, LOC, ORG)

# Precision of a date value: "2023-09-13" is a day, "2023-09" a month, "2023" a year.
DAY = "day"
MONTH = "month"
YEAR = "year"


@dataclass(frozen=True)
class Source:
    """One input file, decoded to text.

    name: the file name relative to the folder it was found in (or as given);
        kept as the article's identifier literal.
    path: the path it was read from.
    text: the decoded text, newlines normalised to "\\n".
    sha256: hex digest of ``text`` encoded as UTF-8; the article IRI comes from it,
        so the same text under two names or encodings is the same article.
    encoding: the encoding the bytes were decoded from ("utf-8", "cp1252", ...).
    media_type: "text/plain" or "text/html" (HTML is reduced to text before this record).

    The rest is what the container states beside the text (a JSON or CSV record's fields,
    a page's ``og:url``, a WARC header); each is None (or empty) when it states nothing:

    title: the headline from a record's title field; ``text`` then starts with it on a
        line of its own, so the article parser takes it as given instead of guessing.
    url: the article's absolute http(s) address (record field, ``og:url``,
        ``<link rel="canonical">`` or the WARC target URI).
    published: the publication date exactly as stated in a record (article.py normalises it).
    authors: author names as stated in a record (one string may hold several names).
    publisher: the site a record names (news-please ``source_domain``, trafilatura ``sitename``).
    retrieved: when a crawler fetched the page (ISO 8601, from the WARC-Date header).
    """

    name: str
    path: str
    text: str
    sha256: str
    encoding: str = "utf-8"
    media_type: str = "text/plain"
    title: str | None = None
    url: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    retrieved: str | None = None


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used as an article, and why (one line, for stderr and the summary).

    reason: a short category for the summary counts ("empty", "binary", "undecodable",
        "unreadable", "duplicate", "too large", ...).
    message: one line a person can act on: what file, what went wrong, what to do.
    count: how many inputs the line stands for: a WARC file's non-HTML responses are
        counted in one line rather than named one by one.
    """

    path: str
    reason: str
    message: str
    count: int = 1


@dataclass(frozen=True)
class Article:
    """A news article: its cleaned text and the metadata the text states.

    text: headline and body with web boilerplate and metadata lines removed;
        every offset in later records points into it.
    title: the headline, where the article has one (it is also the start of ``text``).
    publisher: the outlet named in the dateline or header ("Liputan6.com"), or None.
    authors: byline names, in order; empty when none is stated.
    editor: the name on an "Editor:" line, or None.
    dateline: the place named in the dateline ("Moskow"), as written, or None.
    published: publication date or datetime as ISO 8601 ("2023-09-14T11:22"), or None.
    url: the article's web address (absolute http(s)), or None; the IRI never depends on it.
    retrieved: when a crawler fetched the page (ISO 8601 datetime), or None.
    """

    source: str
    sha256: str
    text: str
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    editor: str | None = None
    dateline: str | None = None
    published: str | None = None
    url: str | None = None
    retrieved: str | None = None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A name in the text: a person, place or organization.

    label: one of ENTITY_LABELS.
    sentence: index into ``AnnotatedArticle.sentences``.
    origin: what found it: "model" (the trained NER) or "rule" (patterns, gazetteer).
    """

    start: int
    end: int
    text: str
    label: str
    sentence: int
    origin: str = "model"


@dataclass(frozen=True)
class TimeExpr:
    """A time expression normalised to an ISO value.

    value: "2023-09-13", "2023-09" or "2023", as precise as the text allows.
    precision: DAY, MONTH or YEAR.
    """

    start: int
    end: int
    text: str
    value: str
    precision: str
    sentence: int


@dataclass(frozen=True)
class Quote:
    """A direct quotation (or explicit reported speech).

    text: the words quoted, without the quote marks.
    speaker: index into ``AnnotatedArticle.mentions`` of who said it, or None if unknown.
    cue: the speech verb as written ("kata", "ujar"), or None.
    direct: True for words in quote marks, False for reported speech.
    """

    start: int
    end: int
    text: str
    speaker: int | None
    sentence: int
    cue: str | None = None
    direct: bool = True


@dataclass(frozen=True)
class Role:
    """A title or office held by a person: "Presiden Rusia Vladimir Putin".

    title: the title as written ("Presiden Rusia", "juru bicara Kremlin").
    person: index of the person's mention.
    affiliation: index of the organization or country mention it is held in, or None.
    start/end: the span of the title.
    """

    start: int
    end: int
    title: str
    person: int
    affiliation: int | None
    sentence: int


@dataclass(frozen=True)
class EventMention:
    """An event as one article reports it.

    type: an event class local name from the ontology ("Meeting", "Travel", ...).
    trigger: the word that signals it ("bertemu"), with start/end.
    participants: mention indices of who takes part.
    place: mention index of where it happens, or None.
    time: index into ``AnnotatedArticle.times``, or None.
    """

    start: int
    end: int
    trigger: str
    type: str
    sentence: int
    participants: tuple[int, ...] = ()
    place: int | None = None
    time: int | None = None


@dataclass(frozen=True)
class AnnotatedArticle:
    """What the NLP found in one article. Mentions are not yet grouped into entities.

    reference_date: the date relative expressions were read against (ISO), or None.
    reference_date_inferred: True when it was inferred from the text, not stated.
    """

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quotes: tuple[Quote, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[EventMention, ...] = ()
    reference_date: str | None = None
    reference_date_inferred: bool = False


@dataclass(frozen=True)
class Region:
    """A region of Indonesia's official list (Kemendagri), as ``kg.regions`` reads it.

    code: the dotted Kemendagri code ("32", "32.04", "32.04.13", "32.04.13.2001"); the parent's
        code is this code without its last part.
    name: the official name without its level word ("Bandung", "Jawa Barat").
    level: "province", "regency", "city", "district", "village" or "urban-village".
    """

    code: str
    name: str
    level: str

    @property
    def parent_code(self) -> str | None:
        """The code of the region this one lies in; None for a province."""
        return self.code.rsplit(".", 1)[0] if "." in self.code else None

    def within(self, code: str) -> bool:
        """Is this region ``code`` itself or inside it?"""
        return self.code == code or self.code.startswith(code + ".")


@dataclass(frozen=True)
class Entity:
    """One real-world person, place or organization across the whole build.

    key: a stable, content-derived identifier ("PER/kim jong un", "LOC/geonames/2017370");
        the RDF side mints the IRI from it.
    name: preferred label; aliases: every other surface form seen, sorted.
    geonames: GeoNames id for places, when linked; iso3166: alpha-2 code for countries.
    region: the Indonesian region of the official list the place is, when linked;
        region_parents: the regions it lies in, nearest first (empty for a province or no region).
    """

    key: str
    label: str
    name: str
    aliases: tuple[str, ...] = ()
    geonames: int | None = None
    iso3166: str | None = None
    region: Region | None = None
    region_parents: tuple[Region, ...] = ()


@dataclass(frozen=True)
class EventReport:
    """Where one article reports an event: the article and the trigger span."""

    article: str  # Article.sha256
    event_mention: int  # index into that article's AnnotatedArticle.events


@dataclass(frozen=True)
class Event:
    """One real event, possibly reported by several articles.

    key: stable identifier from type, date and sorted participant keys.
    date/precision: ISO value and its precision, or None when no date is known.
    participants: entity keys, sorted. place: entity key or None.
    """

    key: str
    type: str
    date: str | None
    precision: str | None
    participants: tuple[str, ...]
    place: str | None
    reports: tuple[EventReport, ...]


@dataclass(frozen=True)
class ResolvedArticle:
    """An annotated article whose mentions point at global entities.

    mention_entities: the entity key of each mention, in the order of ``annotated.mentions``.
    """

    annotated: AnnotatedArticle
    mention_entities: tuple[str, ...]


# The co-mention table keeps pairs of entities named together in at least this many articles
# (``kg.rdf.co_mentions``; ``kg build --co-mentions``).
CO_MENTION_THRESHOLD = 2


@dataclass(frozen=True)
class Facts:
    """Everything the RDF side needs: articles, entities and events, each resolved once."""

    articles: tuple[ResolvedArticle, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...] = ()
    build: dict[str, str] = field(default_factory=dict)  # provenance: kg version, model, time
    co_mentions: int = CO_MENTION_THRESHOLD  # pairs named together in fewer articles are left out of the graph
