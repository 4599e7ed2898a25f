"""Indonesian time expressions: find them (``kg_dates``) and normalise them to ISO values.

Finding is context-free and runs in the pipeline: each match becomes a span in
``doc.spans["kg_times"]`` carrying a ``TimeParse`` (what the words say: day,
month, year, weekday, or an offset like "kemarin"). Normalising needs the
article's reference date, so it happens in ``resolve_times`` when the doc is
turned into records. Precision is kept: "Mei 2019" is a month, never a day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.context import doc_text
from kg.records import DAY, MONTH, YEAR

SPAN_KEY = "kg_times"
if not Span.has_extension("kg_time"):
    Span.set_extension("kg_time", default=None)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12,
}
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
}
# The Islamic calendar's months and the holidays news dates things by ("jelang Lebaran", "bulan Ramadan", "Isra
# Mi'raj", "Cap Go Meh" written as one word):
# calendar words, which the model at times takes for a person; no date is read from them (no year).
CALENDAR_WORDS = frozenset(
    """
    muharram muharam safar sapar rabiulawal rabiulakhir jumadilawal jumadilakhir rajab syaban sya'ban
    ramadan ramadhan romadhon syawal zulkaidah dzulkaidah zulhijah zulhijjah dzulhijjah
    lebaran idulfitri iduladha natal nataru imlek nyepi waisak paskah hijriah hijriyah masehi
    isra miraj mikraj capgomeh
    """.split()
)
PARTS = r"(?:dini\s+hari|pagi|siang|sore|petang|malam)"
# Words before a bare month or year name that make it a date, not a name or a number.
DATE_CONTEXT = {
    "pada", "bulan", "sejak", "awal", "akhir", "pertengahan", "medio", "selama", "per", "tahun", "mulai",
    "jelang", "menjelang", "sebelum", "setelah",
}
# Words that continue a list of dates ("tahun 2018 dan 2019", "Mei dan Agustus") but not on their own.
LIST_WORDS = {"dan", "atau", "hingga", "sampai", "-", "–"}

_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_WD = r"(?P<weekday>Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_WD_FIRST = "".join(sorted({w[:1].upper() for w in WEEKDAYS}))  # the letters _WD opens with
_MONTH_FIRST = "".join(sorted({m[:1].upper() for m in MONTHS}))  # and _MONTH


def _opens_with(chars: str) -> str:
    """A lookahead for the characters every match of the pattern after it starts with: the regex engine
    then skips every other position at once instead of trying the whole pattern there (same matches,
    find_times about twice as fast)."""
    return "(?=[" + re.escape(chars) + "])"


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Rabu (13/9), (12/9), Senin (11/9/2023), Selasa (12/9) pagi, Selasa (5/9) lalu
    ("numeric", re.compile(
        _opens_with(_WD_FIRST + "(")
        + r"(?:" + _WD + r",?\s*)?\((?P<day>\d{1,2})/(?P<mon>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?\)"
        r"(?:\s+" + PARTS + r")?(?:\s+lalu)?")),
    # 13 September 2023, Rabu, 13 September 2023, 4 September, 31 Mei 2019; 29-30 April 2022 (from its first day)
    ("daymonth", re.compile(
        _opens_with(_WD_FIRST + "t0123456789")
        + r"(?:" + _WD + r",?\s+)?(?:tanggal\s+)?(?:(?P<first>\d{1,2})\s*[-–]\s*)?(?P<day>\d{1,2})\s+" + _MONTH
        + r"(?:\s+" + _YEAR + r")?\b")),
    # 14-09-2023, 14/09/2023
    ("dmy", re.compile(r"\b(?P<day>\d{1,2})[-/.](?P<mon>\d{1,2})[-/.](?P<year>(?:19|20)\d\d)\b")),
    # (bulan) Mei, April 2019, bulan Mei dan Agustus
    ("month", re.compile(
        _opens_with("b" + _MONTH_FIRST) + r"(?:(?P<bulan>bulan)\s+)?" + _MONTH + r"(?:\s+" + _YEAR + r")?\b")),
    # tahun 2011, sejak tahun 2006, pada 2018
    ("year", re.compile(_opens_with("t12") + r"(?:(?P<tahun>tahun)\s+)?" + _YEAR + r"\b")),
    # kemarin, hari ini, tadi malam, pekan lalu, tahun ini, ...
    ("relative", re.compile(  # opening with a digit, a number word or a word of <rel>, in either case
        _opens_with("0123456789sdtelkhpmb")
        + r"\b(?:(?P<count>\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+)?"
        r"(?P<rel>kemarin\s+lusa|kemarin|hari\s+ini|(?:pagi|siang|sore|petang|malam)\s+ini|"
        r"tadi\s+(?:pagi|siang|sore|malam)|semalam|besok|lusa|"
        r"(?:pekan|minggu|bulan|tahun)\s+(?:lalu|ini|depan|kemarin))\b", re.IGNORECASE)),
    # Minggu sore, Selasa pagi, pada Senin, Rabu depan
    ("weekday", re.compile(_WD + r"(?P<tail>\s+(?:" + PARTS + r"|lalu|depan|mendatang))?\b")),
]

# "dijadwalkan kembali pada Kamis": a bare weekday after a future marker is the next such day.
FUTURE_BEFORE = re.compile(r"\b(akan|dijadwalkan|direncanakan|rencananya|bakal|hendak)\b[^.!?]*$", re.I)
UNITS = {"pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year"}
RELATIVE_DAYS = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "semalam": -1, "besok": 1, "lusa": 2}


class TimeParse(NamedTuple):
    """What a time expression says, before the reference date is known.

    A tuple, so docs carrying it still serialise (``Doc.to_bytes``); ``TimeParse(*value)``
    restores one that came back from msgpack as a list.

    kind: "date" (day/month/year fields), "weekday", "days" (offset in days),
        "week", "month" or "year" (offset in those units from the reference).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0
    anchor: bool = False  # a news-style "(13/9/2023)" or a weekday with its date: when the news happened


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([\w']+)\W*$", text[max(0, start - 30) : start])
    return match.group(1).lower() if match else ""


NUMBER_WORDS = {
    "se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12,
}
VAGUE_COUNTS = {"beberapa", "sejumlah", "banyak", "puluhan", "belasan", "ratusan", "berapa"}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _count_before(text: str, start: int) -> int | None:
    """How many units a "N tahun lalu" names: 1 with no number, None when vague ("beberapa")."""
    word = _previous_word(text, start)
    if word in VAGUE_COUNTS:
        return None
    return 1


_MONTH_BEFORE = re.compile(r"(?:" + _MONTH + r"|\d{4})\s*$")
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*,?\s*$")


def _in_date_context(text: str, start: int, listed: re.Pattern[str]) -> bool:
    """A context word before ``start`` ("pada", "sejak"), or a list word after another date ("2018 dan")."""
    word = _previous_word(text, start)
    if word in DATE_CONTEXT or (word in MONTHS and listed is _MONTH_BEFORE):  # "Mei, Juni"
        return True
    if word in LIST_WORDS:
        before = text[max(0, start - 40) : start].rstrip()
        before = before[: len(before) - len(word)].rstrip()
        return bool(listed.search(before))
    return False


def _parse(kind: str, m: re.Match[str], text: str) -> TimeParse | None:
    g = m.groupdict()
    weekday = WEEKDAYS.get(g["weekday"].lower()) if g.get("weekday") else None
    if kind in ("numeric", "dmy"):
        day, month = int(g["day"]), int(g["mon"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        return TimeParse("date", _year(g.get("year")), month, day, weekday, anchor=kind == "numeric")
    if kind == "daymonth":
        day = int(g["first"] or g["day"])  # a stay of several days is dated by the day it begins
        if not 1 <= day <= 31:
            return None
        return TimeParse("date", _year(g["year"]), MONTHS[g["month"].lower()], day, weekday, anchor=weekday is not None)
    if kind == "month":
        if not (g["bulan"] or g["year"] or _in_date_context(text, m.start(), _MONTH_BEFORE)):
            return None  # a bare "Agustus" may be a name
        return TimeParse("date", _year(g["year"]), MONTHS[g["month"].lower()])
    if kind == "year":
        if not (g["tahun"] or _in_date_context(text, m.start(), _YEAR_BEFORE)):
            return None  # a bare four-digit number may be a quantity ("sekitar 2000 orang")
        return TimeParse("date", int(g["year"]))
    if kind == "relative":
        rel = " ".join(g["rel"].lower().split())
        if rel.startswith("minggu") and m.group(0)[0].isupper():
            return None  # "Minggu lalu": Sunday or last week, too ambiguous
        if rel in RELATIVE_DAYS:
            return TimeParse("days", offset=RELATIVE_DAYS[rel])
        if rel.startswith("tadi"):
            return TimeParse("days", offset=-1 if rel.endswith("malam") else 0)
        if rel.endswith(" ini"):
            unit = rel.split()[0]
            return TimeParse(UNITS.get(unit, "days"))
        unit, direction = rel.split()
        count = _count(g["count"]) if g["count"] else _count_before(text, m.start())
        if count is None:
            return None  # "beberapa tahun lalu": no value to give
        offset = count if direction == "depan" else -count
        return TimeParse(UNITS[unit], offset=offset)
    if kind == "weekday":
        tail = (g["tail"] or "").strip().lower()
        part_of_day = tail.startswith(("pagi", "siang", "sore", "petang", "malam", "dini"))
        if weekday == 6 and g["weekday"] == "Minggu" and not part_of_day:
            if _previous_word(text, m.start()) not in {"pada", "hari", "sejak", "hingga", "sampai", "dan", "atau"}:
                return None  # "Minggu" is also "week"
        if tail == "lalu" and weekday == 6:
            return None
        ahead = tail in ("depan", "mendatang") or bool(FUTURE_BEFORE.search(text[max(0, m.start() - 60) : m.start()]))
        return TimeParse("weekday", weekday=weekday, offset=1 if ahead else 0)
    return None


def find_times(text: str) -> list[tuple[int, int, TimeParse]]:
    """Non-overlapping time expressions in ``text`` as (start, end, parse), in text order."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            parse = _parse(kind, m, text)
            if parse is None:
                continue
            taken.append((start, end))
            found.append((start, end, parse))
    return sorted(found, key=lambda item: item[0])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_context_year(parse: TimeParse, ref: date) -> date | None:
    """A day/month without a year, read in the year of ``ref`` (or the year before if it would be far ahead)."""
    candidate = _safe_date(ref.year, parse.month, parse.day)
    if candidate and candidate > ref + timedelta(days=31):
        candidate = _safe_date(ref.year - 1, parse.month, parse.day)
    return candidate


def resolve(parse: TimeParse, ref: date | None) -> tuple[str, str] | None:
    """The ISO value and precision of ``parse`` read against ``ref``, or None if it cannot be known."""
    if parse.kind == "date":
        if parse.day is not None:
            if parse.year is not None:
                value = _safe_date(parse.year, parse.month, parse.day)
            else:
                value = _with_context_year(parse, ref) if ref else None
            return (value.isoformat(), DAY) if value else None
        if parse.month is not None:
            year = parse.year
            if year is None:
                if ref is None:
                    return None
                year = ref.year if parse.month <= ref.month + 1 else ref.year - 1
            return f"{year:04d}-{parse.month:02d}", MONTH
        return (f"{parse.year:04d}", YEAR) if parse.year else None
    if ref is None:
        return None
    if parse.kind == "days":
        return (ref + timedelta(days=parse.offset)).isoformat(), DAY
    if parse.kind == "weekday":
        if parse.offset > 0:
            value = ref + timedelta(days=(parse.weekday - ref.weekday()) % 7 or 7)
        else:
            value = ref - timedelta(days=(ref.weekday() - parse.weekday) % 7)
        return value.isoformat(), DAY
    if parse.kind == "week":
        value = ref + timedelta(days=7 * parse.offset)
        return f"{value.year:04d}-{value.month:02d}", MONTH
    if parse.kind == "month":
        index = ref.year * 12 + ref.month - 1 + parse.offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}", MONTH
    if parse.kind == "year":
        return f"{ref.year + parse.offset:04d}", YEAR
    return None


def parse_published(published: str | None) -> date | None:
    """The date part of an ISO ``Article.published`` value, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def reference_date(parses: list[TimeParse], published: str | None) -> tuple[date | None, bool]:
    """The date relative expressions are read against, and whether it was inferred.

    The article's publication date when stated; otherwise the latest day the text
    states in full ("(13/9/2023)"), counting day/month dates read in that year. News-style
    dates ("Rabu (13/9/2023)") are preferred, so a plan "hingga 31 Desember 2030" is not "today".
    """
    stated = parse_published(published)
    if stated:
        return stated, False
    anchors = [p for p in parses if p.anchor] or parses
    full = [
        d for p in anchors
        if p.kind == "date" and p.day and p.year and (d := _safe_date(p.year, p.month, p.day))
    ]
    if not full:
        return None, False
    base = max(full)
    partial = [
        d for p in anchors
        if p.kind == "date" and p.day and p.year is None and (d := _with_context_year(p, base))
    ]
    return max(full + partial), True


class DateFinder:
    """Marks time expressions as spans in ``doc.spans["kg_times"]`` with their ``TimeParse``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, parse in find_times(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            span._.kg_time = parse
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("kg_dates", assigns=["doc.spans", "span._.kg_time"], requires=[])
def make_dates(nlp: Language, name: str) -> DateFinder:
    """Create the time expression finder.

    RETURNS (DateFinder): the component.
    """
    return DateFinder(nlp, name)
