"""Property tests: any names, quotes and titles in the records give a graph that parses,
round-trips in every output format, conforms to the shapes and is byte-identical when built twice.

The records are drawn by hypothesis within the contract of ``kg/records.py`` (offsets point
into the text, indices point at existing mentions), but every string in them is arbitrary:
quotes, ``<>``, backslashes, newlines, control characters, emoji, right-to-left and CJK text.
"""

from __future__ import annotations

import hashlib
import io
import warnings

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.output import FORMATS, serialize
from kg.rdf.mapping import facts_to_dataset
from kg.rdf.nodes import EVENT_TYPES
from kg.records import (
    DAY,
    ENTITY_LABELS,
    LOC,
    MONTH,
    PER,
    YEAR,
    AnnotatedArticle,
    Article,
    Entity,
    Event,
    EventMention,
    EventReport,
    Facts,
    Mention,
    Quote,
    ResolvedArticle,
    Role,
    Sentence,
    TimeExpr,
)
from kg.validate import format_report, validate_dataset

# Strings that broke (or could break) hand-written serialisers and IRI minting.
NASTY = [
    "", " ", '"', '"""', "'", "'''", "\\", '\\"', "<>", "<http://evil/> .", '" . <x> <y> "z',
    "}\n@prefix x: <http://evil/> .", "a\nb", "a\r\nb", "\t", "\x00", "\x0b\x0c", "\x1b[31m", "\x7f",
    "\u2028\u2029", "\ufeff", "🎉👩‍👩‍👧", "金正恩", "Владимир Путин", "عبد الله", "שלום", "\u202eevil",
    "e\u0301", "ǅ", "ß", "İstanbul", "x" * 300, "#", "?a=b&c", "%20", "_:b0", "@id", "{}",
]
# Every Unicode character but lone surrogates (they cannot be encoded as UTF-8 at all).
CHARS = st.characters(blacklist_categories=("Cs",))
NAMES = st.one_of(st.text(CHARS, max_size=30), st.sampled_from(NASTY))
TEXT = st.one_of(
    st.text(CHARS, min_size=1, max_size=200),
    st.lists(st.sampled_from(NASTY + ["Kim", " bertemu ", "Putin", ".\n", "“", "”"]), min_size=1, max_size=12).map("".join),
).filter(lambda t: len(t) >= 1)
DATES = st.one_of(
    st.sampled_from(["2023-09-13", "2023-09", "2023", "2023-02-30", "2023-13", "0000", "9999-12-31",
                     "2023-09-14T11:22", "2023-09-14T11:22:33+0700", "2023-09-14 25:00",
                     "2023-09-14T11:22:99", "2023-09-14T11:22+25:00", "2023-09-14T11:22:00.1234567Z", "0000-01-01T00:00", "yesterday", ""]),
    NAMES,
)
PRECISIONS = st.sampled_from([DAY, MONTH, YEAR, "week", ""])
ISO = st.one_of(st.none(), st.sampled_from(["RU", "kp", "USA", "ß", "É1", "", " id "]), NAMES)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@st.composite
def spans(draw, length: int, min_size: int = 1) -> tuple[int, int]:
    start = draw(st.integers(0, max(0, length - min_size)))
    end = draw(st.integers(min(length, start + min_size), length))
    return start, end


@st.composite
def entities(draw) -> list[Entity]:
    found: dict[str, Entity] = {}
    for _ in range(draw(st.integers(1, 5))):
        label = draw(st.sampled_from(ENTITY_LABELS))
        name = draw(NAMES)
        key = f"{label}/{draw(st.one_of(st.just(name.lower()), NAMES))}"
        geonames = draw(st.one_of(st.none(), st.integers(1, 12_000_000))) if label == LOC else None
        iso = draw(ISO) if label == LOC else None
        aliases = tuple(sorted(set(draw(st.lists(NAMES, max_size=3)))))
        found.setdefault(key, Entity(key, label, name, aliases, geonames, iso))
    return list(found.values())


@st.composite
def articles(draw, pool: list[Entity], index: int) -> tuple[ResolvedArticle, list[EventMention]]:
    """One article with arbitrary text and metadata; spans and indices within the contract."""
    text = draw(TEXT) + f"\n#{index}"  # the suffix keeps the articles of one build distinct
    n = len(text)
    cuts = sorted(set(draw(st.lists(st.integers(1, n - 1), max_size=4)) if n > 1 else []))
    bounds = [0, *cuts, n]
    sentences = tuple(Sentence(a, b, text[a:b]) for a, b in zip(bounds, bounds[1:]))

    def sentence_of(start: int) -> int:
        return next((i for i, s in enumerate(sentences) if s.start <= start < s.end), len(sentences) - 1)

    mentions, keys = [], []
    for _ in range(draw(st.integers(0, 6))):
        start, end = draw(spans(n))
        entity = draw(st.sampled_from(pool))
        mentions.append(Mention(start, end, text[start:end], entity.label, sentence_of(start),
                                draw(st.sampled_from(["model", "rule"]))))
        keys.append(entity.key)
    times = []
    for _ in range(draw(st.integers(0, 2))):
        start, end = draw(spans(n))
        times.append(TimeExpr(start, end, text[start:end], draw(DATES), draw(PRECISIONS), sentence_of(start)))
    quotes, roles, events = [], [], []
    for _ in range(draw(st.integers(0, 2))):
        start, end = draw(spans(n))
        speaker = draw(st.one_of(st.none(), st.integers(0, len(mentions) - 1))) if mentions else None
        quotes.append(Quote(start, end, draw(st.one_of(st.just(text[start:end]), NAMES)), speaker, sentence_of(start),
                            draw(st.one_of(st.none(), NAMES)), draw(st.booleans())))
    people = [i for i, m in enumerate(mentions) if m.label == PER]
    for _ in range(draw(st.integers(0, 2)) if people else 0):
        start, end = draw(spans(n))
        affiliation = draw(st.one_of(st.none(), st.integers(0, len(mentions) - 1)))
        title = draw(st.one_of(st.just(text[start:end]), NAMES))
        roles.append(Role(start, end, title, draw(st.sampled_from(people)), affiliation, sentence_of(start)))
    for _ in range(draw(st.integers(0, 2)) if mentions else 0):
        start, end = draw(spans(n))
        participants = tuple(sorted(set(draw(st.lists(st.integers(0, len(mentions) - 1), min_size=1, max_size=3)))))
        place = draw(st.one_of(st.none(), st.integers(0, len(mentions) - 1)))
        events.append(EventMention(start, end, text[start:end], draw(st.sampled_from(sorted(EVENT_TYPES))),
                                   sentence_of(start), participants, place, None))
    article = Article(
        source=draw(NAMES), sha256=_sha(text), text=text,
        title=draw(st.one_of(st.none(), NAMES)), publisher=draw(st.one_of(st.none(), NAMES, st.sampled_from(["Tempo", "tempo", " TEMPO "]))),
        authors=tuple(draw(st.lists(NAMES, max_size=2))), editor=draw(st.one_of(st.none(), NAMES)),
        dateline=draw(st.one_of(st.none(), NAMES)), published=draw(st.one_of(st.none(), DATES)),
    )
    annotated = AnnotatedArticle(
        article, sentences, tuple(mentions), tuple(times), tuple(quotes), tuple(roles), tuple(events),
        reference_date=draw(st.one_of(st.none(), DATES)), reference_date_inferred=draw(st.booleans()),
    )
    return ResolvedArticle(annotated, tuple(keys)), events


@st.composite
def facts(draw) -> Facts:
    pool = draw(entities())
    resolved, events = [], []
    for index in range(draw(st.integers(1, 3))):
        article, mentions = draw(articles(pool, index))
        resolved.append(article)
        sha = article.annotated.article.sha256
        for number, mention in enumerate(mentions):
            if draw(st.booleans()):
                keys = article.mention_entities
                participants = tuple(sorted({keys[i] for i in mention.participants}))
                place = keys[mention.place] if mention.place is not None else None
                events.append(Event(
                    key=f"{mention.type}|{number}|{sha}|{'|'.join(participants)}", type=mention.type,
                    date=draw(st.one_of(st.none(), DATES)), precision=draw(st.one_of(st.none(), PRECISIONS)),
                    participants=participants, place=place, reports=(EventReport(sha, number),),
                ))
    build = draw(st.dictionaries(st.sampled_from(["kg_version", "model", "generated_at"]), DATES))
    return Facts(tuple(resolved), tuple(pool), tuple(events), build)


def _graphs(dataset: Dataset) -> dict[URIRef, set]:
    """Named graph -> its triples (the default graph left out when empty)."""
    return {g.identifier: g for g in dataset.graphs() if len(g)}


def _parse(data: bytes, fmt: str) -> Dataset:
    serializer, keeps_graphs = FORMATS[fmt]
    dataset = Dataset()
    if keeps_graphs:
        dataset.parse(data=data, format=serializer)
    else:
        dataset.default_graph.parse(data=data, format=serializer)
    return dataset


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


OXIGRAPH = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
}
EXAMPLES = {"roundtrip": 0, "conforms": 0}


def _map(value: Facts) -> Dataset:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # roles held by non-persons etc. are left out with a warning
        return facts_to_dataset(value)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(facts())
def test_facts_to_dataset_round_trips_in_every_format(value: Facts) -> None:
    EXAMPLES["roundtrip"] += 1
    dataset, again = _map(value), _map(value)
    expected = _graphs(dataset)
    for fmt in sorted(FORMATS):
        data = serialize(dataset, fmt)
        assert serialize(again, fmt) == data, f"{fmt}: the same facts gave different bytes"
        back = _parse(data, fmt)
        if FORMATS[fmt][1]:
            got = _graphs(back)
            assert set(got) == set(expected), fmt
            for name, graph in expected.items():
                assert isomorphic(got[name], graph), f"{fmt}: graph {name} changed in the round trip"
        else:
            assert isomorphic(_union(back), _union(dataset)), f"{fmt}: the graph changed in the round trip"
        if fmt in OXIGRAPH:  # a second, stricter parser: every IRI and escape must be valid
            quads = list(pyoxigraph.parse(io.BytesIO(data), format=OXIGRAPH[fmt]))
            assert len(quads) == (len(_union(dataset)) if fmt in ("turtle", "nt") else sum(map(len, expected.values())))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(facts())
def test_facts_to_dataset_always_conforms_to_the_shapes(value: Facts) -> None:
    EXAMPLES["conforms"] += 1
    report = validate_dataset(_map(value))
    assert report.conforms, format_report(report)


@pytest.fixture(scope="module", autouse=True)
def _count_examples():
    yield
    print(f"\nhypothesis examples run: {EXAMPLES}")
