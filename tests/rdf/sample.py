"""Hand-built ``Facts`` for RDF tests: two short articles reporting one meeting, no NLP needed."""

from __future__ import annotations

import hashlib

from kg.records import (
    DAY,
    LOC,
    ORG,
    PER,
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

TEXT_A = (
    "Putin Sambut Kim di Vostochny\n"
    "Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Vostochny pada 13 September 2023. "
    "“Kami akan selalu mendukung Rusia,” kata Kim. "
    "Juru bicara Kremlin Dmitry Peskov mengatakan pertemuan itu bukan ancaman."
)
TEXT_B = (
    "Kim dan Putin Bertemu\n"
    "Kim Jong Un bertemu Putin di Vostochny, Rusia. "
    "Korea Utara menembakkan rudal balistik ke laut pada 13 September."
)

KIM = Entity("PER/kim jong un", PER, "Kim Jong Un", aliases=("Kim", "Kim Jong Un"))
PUTIN = Entity("PER/vladimir putin", PER, "Vladimir Putin", aliases=("Putin", "Vladimir Putin"))
PESKOV = Entity("PER/dmitry peskov", PER, "Dmitry Peskov")
RUSIA = Entity("LOC/geonames/2017370", LOC, "Rusia", aliases=("Rusia",), geonames=2017370, iso3166="RU")
VOSTOCHNY = Entity("LOC/vostochny", LOC, "Vostochny", geonames=7303936)
KOREA_UTARA = Entity("LOC/geonames/1873107", LOC, "Korea Utara", geonames=1873107, iso3166="KP")
KREMLIN = Entity("ORG/kremlin", ORG, "Kremlin")
SEDIKSI = Entity("ORG/sediksi.com", ORG, "Sediksi.com")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split on newline and ". " (good enough for the sample texts)."""
    out, start = [], 0
    for i, char in enumerate(text):
        if char == "\n" or (char == "." and text[i + 1 : i + 2] in (" ", "")):
            end = i if char == "\n" else i + 1
            out.append(Sentence(start, end, text[start:end]))
            start = i + 1 if char == "\n" else i + 2
    if start < len(text):
        out.append(Sentence(start, len(text), text[start:]))
    return tuple(out)


def _sentence_of(sents: tuple[Sentence, ...], start: int) -> int:
    return next(i for i, s in enumerate(sents) if s.start <= start < s.end)


def mention(text: str, sents, part: str, label: str, occurrence: int = 0) -> Mention:
    start, end = span(text, part, occurrence)
    return Mention(start, end, part, label, _sentence_of(sents, start))


def article_a() -> ResolvedArticle:
    text = TEXT_A
    sents = sentences(text)
    mentions = (
        mention(text, sents, "Kim", PER),                    # 0 headline
        mention(text, sents, "Rusia", LOC),                  # 1
        mention(text, sents, "Vladimir Putin", PER),         # 2
        mention(text, sents, "Kim Jong Un", PER),            # 3
        mention(text, sents, "Vostochny", LOC, 1),           # 4
        mention(text, sents, "Kim", PER, 2),                 # 5 speaker
        mention(text, sents, "Kremlin", ORG),                # 6
        mention(text, sents, "Dmitry Peskov", PER),          # 7
    )
    keys = (KIM.key, RUSIA.key, PUTIN.key, KIM.key, VOSTOCHNY.key, KIM.key, KREMLIN.key, PESKOV.key)
    date_start, date_end = span(text, "13 September 2023")
    times = (TimeExpr(date_start, date_end, "13 September 2023", "2023-09-13", DAY, 1),)
    q_start, q_end = span(text, "Kami akan selalu mendukung Rusia,")
    quotes = (Quote(q_start, q_end, "Kami akan selalu mendukung Rusia,", 5, 2, cue="kata"),)
    r1 = span(text, "Presiden Rusia")
    r2 = span(text, "Juru bicara Kremlin")
    roles = (
        Role(*r1, "Presiden Rusia", person=2, affiliation=1, sentence=1),
        Role(*r2, "Juru bicara Kremlin", person=7, affiliation=6, sentence=3),
    )
    t = span(text, "bertemu")
    events = (EventMention(*t, "bertemu", "Meeting", 1, participants=(2, 3), place=4, time=0),)
    article = Article(
        source="000_sample.txt", sha256=sha(text), text=text, title="Putin Sambut Kim di Vostochny",
        publisher="Sediksi.com", authors=("Rina Putri",), editor="Budi", dateline="Moskow",
        published="2023-09-14T11:22",
    )
    annotated = AnnotatedArticle(article, sents, mentions, times, quotes, roles, events,
                                 reference_date="2023-09-14", reference_date_inferred=False)
    return ResolvedArticle(annotated, keys)


def article_b() -> ResolvedArticle:
    text = TEXT_B
    sents = sentences(text)
    mentions = (
        mention(text, sents, "Kim", PER),              # 0
        mention(text, sents, "Putin", PER),            # 1
        mention(text, sents, "Kim Jong Un", PER),      # 2
        mention(text, sents, "Putin", PER, 1),         # 3
        mention(text, sents, "Vostochny", LOC),        # 4
        mention(text, sents, "Rusia", LOC),            # 5
        mention(text, sents, "Korea Utara", LOC),      # 6
    )
    keys = (KIM.key, PUTIN.key, KIM.key, PUTIN.key, VOSTOCHNY.key, RUSIA.key, KOREA_UTARA.key)
    meet = span(text, "bertemu")
    fire = span(text, "menembakkan")
    events = (
        EventMention(*meet, "bertemu", "Meeting", 1, participants=(2, 3), place=4),
        EventMention(*fire, "menembakkan", "MissileLaunch", 2, participants=(6,)),
    )
    article = Article(source="sub/001 sample “B”.txt", sha256=sha(text), text=text,
                      title="Kim dan Putin Bertemu")
    return ResolvedArticle(AnnotatedArticle(article, sents, mentions, events=events), keys)


def sample_facts(build: dict[str, str] | None = None) -> Facts:
    a, b = article_a(), article_b()
    sha_a, sha_b = a.annotated.article.sha256, b.annotated.article.sha256
    meeting = Event(
        key="Meeting|2023-09-13|PER/kim jong un|PER/vladimir putin", type="Meeting",
        date="2023-09-13", precision=DAY, participants=(KIM.key, PUTIN.key), place=VOSTOCHNY.key,
        reports=(EventReport(sha_a, 0), EventReport(sha_b, 0)),
    )
    launch = Event(
        key="MissileLaunch|2023-09|LOC/geonames/1873107", type="MissileLaunch", date="2023-09",
        precision="month", participants=(KOREA_UTARA.key,), place=None,
        reports=(EventReport(sha_b, 1),),
    )
    entities = (KIM, PUTIN, PESKOV, RUSIA, VOSTOCHNY, KOREA_UTARA, KREMLIN, SEDIKSI)
    if build is None:
        build = {"kg_version": "0.1.0", "model": "kg-ner-id@abc123"}
    return Facts((a, b), entities, (meeting, launch), build)
