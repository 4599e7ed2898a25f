"""News structure from plain text: headline, dateline, publisher, date, byline -> ``Article``.

Generic rules for Indonesian online news (Kompas, Detik, Tempo, Antara, CNN Indonesia,
Tribun, Liputan6, Republika ... as copied or scraped); nothing depends on one outlet.

``Article.text`` is one paragraph per line, lines joined by a single "\\n", no blank
lines: the headline (if any) first, then the body. Metadata lines (date, byline,
editor) and web boilerplate ("Baca juga", "Advertisement", tags, share lines,
related-article lists at the end) are removed; the dateline ("Liputan6.com, Moskow -")
stays in the text so the NER still sees it, and is also recorded. Photo credits such
as "(Foto: ...)" are cut from captions; captions that are real sentences are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.errors import InputError
from kg.records import Article, Source

__all__ = ["parse_article", "find_published"]

_ODD_SPACE = re.compile("[\t\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\x0b\x0c\x1c-\x1f\x85]")
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u2060\ufeff\x00-\x08\x0e-\x1b\x7f]")
_YEAR = re.compile(r"\d{4}")
_SENTENCE_END = tuple('.!?"”’…)')

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "pebruari": 2, "february": 2, "feb": 2,
    "peb": 2, "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7, "agustus": 8, "august": 8,
    "agu": 8, "agt": 8, "ags": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
    "october": 10, "okt": 10, "oct": 10, "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"(?<!\d)(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_DMY_NAME = re.compile(r"(?<!\d)(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})(?!\d)", re.I)
_MDY_NAME = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})(?!\d)", re.I)
_DMY_NUM = re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)")
_TIME = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?::[0-5]\d)?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d])", re.I)
_DATE_WORDS = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|wib|wita|wit|gmt|utc|"
    r"diterbitkan|dipublikasikan|dipublikasi|terbit|published|posted|diperbarui|diupdate|updated|"
    r"update|pembaruan|tanggal|pukul|jam|pada|on|at|date|oleh|by|ditulis)\b",
    re.I,
)
_UPDATED = re.compile(r"\b(?:diperbarui|diupdate|updated|update|pembaruan)\b", re.I)

_AUTHOR_LABEL = r"penulis|reporter|rep|pewarta|ditulis\s+oleh|oleh|kontributor|koresponden|wartawan|authors?|writer|by"
_EDITOR_LABEL = r"editor|penyunting|red|redaktur(?:\s+pelaksana)?"
_OTHER_LABEL = r"foto|fotografer|photo|video|videografer|grafis|ilustrasi|sumber|source|teks|narasi"
_LABELED = re.compile(rf"^(?P<label>{_AUTHOR_LABEL}|{_EDITOR_LABEL}|{_OTHER_LABEL})\s*[:：]\s*(?P<value>.*)$", re.I)
_BYLINE_BARE = re.compile(r"^(?:oleh|by|ditulis\s+oleh)\s+(?P<value>.+)$", re.I)
_TRIBUN_BYLINE = re.compile(r"^laporan\s+(?:wartawan|reporter|koresponden|jurnalis)\s+(?P<outlet>[^,]{2,40}),\s*(?P<value>.+)$", re.I)
# "Novi Christiastuti - detikNews", "News - Ferry Sandi, CNBC Indonesia", "Tim detikcom - detikNews"
_HEADER_BYLINE = re.compile(r"(?:[^-–—,]{1,30}\s+[-–—]\s+)?(?P<names>[^-–—]+?)\s*(?:,|\s[-–—])\s*(?P<outlet>[^,]+)")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\s\bdan\b\s|\s\band\b\s)\s*", re.I)
_PARTICLES = {"bin", "binti", "van", "von", "de", "der", "da", "dos", "al", "el", "la", "le"}

_BOILER_SHORT = re.compile(  # whole short lines (up to 80 characters)
    r"^(?:advertisement|advertisment|iklan|ads|sponsored|komentar|comments?|loading\W*|"
    r"scroll\s+(?:to|untuk)\b.*|(?:share|bagikan|sebarkan)\b.*|"
    r"(?:sumber|source)\s*:.*|(?:foto|photo|ilustrasi)\s*:.*|ilustrasi|istimewa|dok(?:umentasi)?|foto|photo|video|"
    r"(?:halaman|page)\s+\d+(?:\s*(?:dari|of|/)\s*\d+)?|"
    r"(?:halaman\s+)?(?:selanjutnya|berikutnya|sebelumnya)|next|prev(?:ious)?|"
    r"pilihan\s+untukmu|rekomendasi|terpopuler|terkini|populer|trending|berita\s+populer|"
    r"\(\s*[a-z]{2,6}(?:\s*/\s*[a-z]{2,6})*\s*\)|\[[^\[\]]*\]|\d+\s*(?:komentar|comments?|shares?|views?|dilihat))\W*$",
    re.I,
)
_BOILER_PREFIX = re.compile(  # lines that start like this (up to 300 characters)
    r"^(?:baca\s+(?:juga|selengkapnya|berita\s+lainnya|artikel\s+lainnya)\b|baca\s*:|"
    r"(?:simak|lihat|tonton|saksikan)\s+(?:juga|video|berita|selengkapnya|live|siaran|breaking)\b|"
    r"dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin)\b|.{0,200}\b(?:whatsapp\s+channel|google\s+news|"
    r"grup\s+telegram|saluran\s+whatsapp|klik\s+(?:di\s+sini|link\s+berikut))\b|"
    r"(?:artikel|berita)\s+(?:terkait|lainnya|pilihan|terbaru)\b|(?:tags?|topik|topics?|kata\s+kunci|keywords?)\s*:|"
    r"(?:copyright|hak\s+cipta)\b|©|pilihan\s+editor\s*:|artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\b|"
    r"(?:ikuti|follow|gabung|join|dapatkan|download|unduh|subscribe|berlangganan|langganan)\b.{0,120}"
    r"\b(?:whatsapp|telegram|google\s+news|channel|saluran|aplikasi|app|newsletter|instagram|twitter|"
    r"facebook|tiktok|youtube|update|notifikasi)\b)",
    re.I,
)
_FOOTER_MARKER = re.compile(
    r"^(?:tags?|tag\s*:|topik|komentar|comments?|berita\s+terkait|artikel\s+terkait|baca\s+juga|"
    r"terpopuler|rekomendasi|pilihan\s+untukmu|berita\s+lainnya|lihat\s+juga)\W*$",
    re.I,
)
_INLINE_ADS = re.compile(r"\bADVERTISEMENT\b|\bSCROLL TO (?:CONTINUE|RESUME) (?:WITH )?CONTENT\b")
_CREDIT = re.compile(
    r"\s*(?:\((?:foto|photo|ilustrasi|dok|dokumentasi|istimewa|ist|antara\s+foto)\b[^()]{0,150}\)"
    r"|\[(?:foto|photo|ist|istimewa|dok|net|ilustrasi)\b[^\[\]]{0,80}\])",
    re.I,
)

_DATELINE = re.compile(r"^(?P<head>[^\n\-–—:\"“]{2,60}?)(?:\s+--?|\s*[–—]|\s+\|)\s*(?=[\w\"“‘'(])")
_OUTLET_DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|org|or\.id|news|tv|web\.id|info|my\.id)$", re.I)
_OUTLET_WORDS = {
    "news", "cnn", "cnbc", "tv", "antara", "kompas", "tempo", "detik", "detikcom", "tribun",
    "tribunnews", "okezone", "viva", "kumparan", "sindonews", "jpnn", "inews", "metro", "radar",
    "pos", "post", "times", "media", "online", "harian", "koran", "daily", "herald", "gazette",
}


@dataclass
class _Meta:
    title: str | None = None
    publisher: str | None = None
    header_publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    dateline: str | None = None
    published: str | None = None
    updated: str | None = None


def parse_article(source: Source) -> Article:
    """The article in ``source.text``: cleaned text plus the metadata it states.

    Raises InputError when nothing readable is left after removing boilerplate.
    """
    lines = [_clean(line) for line in source.text.split("\n")]
    meta = _Meta()
    body = _body_lines(lines, meta, titled=bool(source.title))
    if not body and not meta.title:
        raise InputError("no article text left after removing metadata and web boilerplate; is it a news article?")
    _find_dateline(body, meta)
    paragraphs = ([meta.title] if meta.title else []) + [text for text, _ in body]
    stated_date = find_published(source.published) if source.published else None
    stated_authors = [name for value in source.authors for name in _split_names(value)]
    return Article(
        source=source.name,
        sha256=source.sha256,
        text="\n".join(paragraphs),
        title=meta.title,
        publisher=meta.publisher or meta.header_publisher or source.publisher,
        authors=tuple(dict.fromkeys(stated_authors or meta.authors)),
        editor=meta.editor,
        dateline=meta.dateline,
        published=(stated_date[0] if stated_date else None) or meta.published or meta.updated,
        url=source.url,
        retrieved=source.retrieved,
    )


def _clean(line: str) -> str:
    """No invisible characters, every run of spaces one " " (fast on a 20 MB line)."""
    line = _INVISIBLE.sub("", line)
    if "  " in line or _ODD_SPACE.search(line):
        return " ".join(line.split())
    return line.strip()


def _body_lines(lines: list[str], meta: _Meta, *, titled: bool = False) -> list[tuple[str, bool]]:
    """Paragraphs to keep, each with whether a photo credit was cut from it.

    ``titled``: the first line is the headline as the source states it (a record's title).
    """
    items = [(line, i + 1 < len(lines) and not lines[i + 1]) for i, line in enumerate(lines) if line]
    start = 0
    if items and (titled or _is_title(items)):
        meta.title, start = items[0][0], 1
    cut = _footer_start(items)
    kept: list[tuple[str, bool]] = []
    header, links = True, 0  # links: how many more headline-like lines a "Baca juga" may list
    for index in range(start, len(items)):
        line = items[index][0]
        following = items[index + 1][0] if index + 1 < len(items) else ""
        if _take_metadata(line, meta, header, following):
            continue
        links = links - 1 if links and not _is_body(line) and len(line) <= 150 else 0
        if index >= cut or links or _is_boilerplate(line):
            links = 5 if _FOOTER_MARKER.match(line) else links
            continue
        text, credited = _strip_credits(line)
        if not text or (credited and len(text.split()) < 4):
            continue
        kept.append((text, credited))
        header = header and not _is_body(text)
    return kept


def _strip_credits(line: str) -> tuple[str, bool]:
    """The line without photo credits or pasted-in ad labels, and whether a credit was cut."""
    text = _CREDIT.sub("", line).strip() if len(line) < 2000 else line
    credited = text != line
    if "ADVERTISEMENT" in text or "SCROLL TO" in text:
        text = " ".join(_INLINE_ADS.sub(" ", text).split())
    return text, credited


def _is_title(items: list[tuple[str, bool]]) -> bool:
    """A first short line without closing punctuation, followed by a break or metadata."""
    line, blank_after = items[0]
    if len(line) > 200 or not 2 <= len(line.split()) <= 30 or line.endswith((".", ",", ";", ":")):
        return False
    if _parse_dateline(line) or _date_line(line) or _LABELED.match(line) or _is_boilerplate(line):
        return False
    if blank_after or len(items) == 1:
        return True
    following = items[1][0]
    return bool(
        _metadata_segment(following, True) or _parse_dateline(following) or _names_only(following) or _CREDIT.search(following)
    )


def _take_metadata(line: str, meta: _Meta, header: bool, following: str) -> bool:
    """Record a date, byline or editor line; True when the line is metadata to drop."""
    if len(line) > 160:
        return False
    segments = [part.strip() for part in re.split(r"\s+\|\s+|\s*/\s*(?=[A-Za-z]{2,12}\s*:)", line)]
    found = [_metadata_segment(part, header) for part in segments]
    if not all(found) and len(segments) > 1:
        found = [_metadata_segment(line, header)]
    if not all(found):
        if header and not meta.authors and _byline_alone(line, following):
            meta.authors.extend(_names_only(line) or [])
            return True
        return False
    for kind, value in (fact for facts in found for fact in facts):
        if kind == "authors":
            meta.authors.extend(value)
        elif kind in ("editor", "published", "updated", "header_publisher"):
            setattr(meta, kind, getattr(meta, kind) or value)
    return True


def _metadata_segment(text: str, header: bool) -> list[tuple[str, object]] | None:
    """What one line (or ``|``-separated part) states: [("authors", [...]), ("editor", name), ...]."""
    dated = _date_line(text)
    if dated:
        kind, value, outlet, names = dated
        return [(kind, value), ("header_publisher", outlet), ("authors", names)]
    labeled = _LABELED.match(text) or _TRIBUN_BYLINE.match(text)
    if labeled:
        label = (labeled.groupdict().get("label") or "penulis").lower()
        value = labeled.group("value").strip(" .")
        if re.fullmatch(_EDITOR_LABEL, label, re.I):
            return [("editor", value or None)]
        if re.fullmatch(_OTHER_LABEL, label, re.I):
            return [("skip", None)]
        return [("authors", _split_names(value))]
    bare = _BYLINE_BARE.match(text)
    if bare and _names_only(bare.group("value")):
        return [("authors", _names_only(bare.group("value")))]
    if header and " " not in text and _is_outlet(text):  # a lone "kumparanNEWS"
        return [("header_publisher", text)]
    byline = _HEADER_BYLINE.fullmatch(text) if header else None
    if byline and _is_outlet(byline.group("outlet")) and len(byline.group("outlet").split()) <= 3 \
            and not _is_known_place(byline.group("names")):  # "Pancur Batu, desernews.com": a dateline, kept in the text
        names = [] if byline.group("names").lower().startswith("tim ") else _names_only(byline.group("names"))
        if names is not None:
            return [("authors", names), ("header_publisher", byline.group("outlet"))]
    return None


def _is_known_place(text: str) -> bool:
    """A place of the offline GeoNames tables or a region of the official list, down to districts."""
    from kg.link import link_place
    from kg.regions import CITY, DISTRICT, PROVINCE, REGENCY, candidates

    return link_place(text) is not None or bool(candidates(text, (PROVINCE, REGENCY, CITY, DISTRICT)))


def _byline_alone(line: str, following: str) -> bool:
    """A name-only line near the top, followed by a date, other metadata or the end."""
    if not _names_only(line) or len(line.split()) > 4:
        return False
    return bool(not following or _date_line(following) or _LABELED.match(following) or _is_tag(following))


def _split_names(value: str) -> list[str]:
    value = re.sub(r"\s*\([^)]*\)", "", value)
    return [name.strip(" .") for name in _NAME_SPLIT.split(value) if name.strip(" .")]


def _names_only(text: str) -> list[str] | None:
    """The names in a line that is nothing but person names ("Binsar", "Ani dan Budi")."""
    if len(text) > 80 or any(ch.isdigit() for ch in text) or _is_tag(text):
        return None
    names = _split_names(text)
    return names if names and all(_is_name(name) for name in names) else None


def _is_name(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5:
        return False
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not (word[0].isupper() and all(ch.isalpha() or ch in ".'’-" for ch in word)):
            return False
    return True


def _is_tag(line: str) -> bool:
    """A lone all-caps label such as "MDN" or "LIPUTAN KHUSUS"."""
    return len(line) <= 40 and len(line.split()) <= 3 and not any(ch.islower() for ch in line) and any(ch.isalpha() for ch in line)


def _is_boilerplate(line: str) -> bool:
    if len(line) <= 80 and (_BOILER_SHORT.match(line) or _is_tag(line)):
        return True
    return len(line) <= 300 and bool(_BOILER_PREFIX.match(line))


def _is_body(text: str) -> bool:
    return len(text) >= 80 or (text.endswith(_SENTENCE_END) and len(text.split()) >= 4)


def _footer_start(items: list[tuple[str, bool]]) -> int:
    """Index where trailing related-links / tag lists begin (len(items) when there are none)."""
    last_body = max(
        (i for i, (line, _) in enumerate(items) if _is_body(line) and not _LABELED.match(line)), default=-1
    )
    for index in range(max(len(items) // 2, last_body + 1), len(items)):
        if _FOOTER_MARKER.match(items[index][0]):
            return index
    return len(items)


# --- dateline and publisher -----------------------------------------------------------------


def _find_dateline(body: list[tuple[str, bool]], meta: _Meta) -> None:
    """The first paragraph that opens with "Outlet, Place -" (or a variant) sets both."""
    for position, (text, _) in enumerate(body[:3]):
        found = _parse_dateline(text)
        if not found:
            continue
        publisher, place = found
        after_caption = position == 0 or all(credited for _, credited in body[:position])
        # "Pemerintah Jerman - ..." may be a sentence; a lone "Jakarta -" or "BANDAR LAMPUNG -"
        # is a dateline, and so is "Kota Bekasi -" under a headline or byline.
        headed = bool(meta.title or meta.published or meta.authors or meta.header_publisher)
        plain = publisher is None and " " in place and not place.isupper() and not headed
        if (publisher or after_caption) and not plain:
            meta.publisher, meta.dateline = publisher, place
            return


def _parse_dateline(line: str) -> tuple[str | None, str | None] | None:
    """(publisher, place) from the opening of a paragraph, or None when it has no dateline."""
    match = _DATELINE.match(line[:120])
    if not match:
        return None
    head = match.group("head").strip()
    wire = re.fullmatch(r"(?P<place>[^()]+?)\s*\((?P<pub>[^()]+)\)", head)
    if wire:
        return (_ws(wire.group("pub")), _ws(wire.group("place"))) if _is_place(wire.group("place")) else None
    parts = [part.strip() for part in head.split(",")]
    if len(parts) == 1:
        if _is_outlet(parts[0]):
            return _ws(parts[0]), None
        return (None, _ws(parts[0])) if _is_place(parts[0], alone=True) else None
    if len(parts) != 2 or not all(_is_place(part) or _is_outlet(part) for part in parts):
        return None
    first, second = parts
    if _is_outlet(second) and not _is_outlet(first):
        first, second = second, first
    return _ws(first), _ws(second)


def _is_outlet(text: str) -> bool:
    """Looks like a news outlet's name: a domain ("Kompas.com") or a media word ("CNN Indonesia")."""
    text = text.strip()
    if _OUTLET_DOMAIN.search(text):
        return True
    tokens = re.findall(r"[A-Za-z0-9]+", text)
    return any(t.lower() in _OUTLET_WORDS or re.search(r"(?:news|tv)$", t, re.I) for t in tokens)


def _is_place(text: str, *, alone: bool = False) -> bool:
    """A short capitalised name (a place or an outlet): at most 4 words, no sentence."""
    words = text.split()
    limit = 3 if alone else 4
    if not 1 <= len(words) <= limit or len(text) > 40:
        return False
    if not all(word[0].isupper() or word[0].isdigit() or word.lower() in _PARTICLES for word in words):
        return False
    return not alone or text.isupper() or all(word[0].isupper() for word in words)


def _ws(text: str) -> str:
    return " ".join(text.split())


# --- dates --------------------------------------------------------------------------------------


def _date_line(line: str) -> tuple[str, str, str | None, list[str]] | None:
    """("published" or "updated", ISO value, outlet, names) when a short line is only a date.

    An outlet or person names may stand beside the date ("Kompas.com - 14/09/2023, 11:22 WIB",
    "Oleh Tanti Yulianingsih pada 14 Sep 2023, 11:22 WIB", "Ani Rahma | Rabu, 13 September 2023").
    """
    if len(line) > 100 or not _YEAR.search(line):
        return None
    found = find_published(line)
    if not found:
        return None
    value, rest = found
    kind = "updated" if _UPDATED.search(line) else "published"
    rest = _DATE_WORDS.sub(" ", rest)
    parts = [" ".join(re.sub(r"(?:^|\s)[-–—]+(?=\s|$)|[/:()]", " ", part).split()) for part in re.split(r"[|•·,]", rest)]
    parts = [part for part in parts if part]
    if not parts:
        return kind, value, None, []
    if len(parts) == 1 and _is_outlet(parts[0]) and len(parts[0].split()) <= 2:
        return kind, value, parts[0], []
    names = [_names_only(part) or [] for part in parts]
    if all(names) and all(len(name.split()) >= 2 for group in names for name in group):
        return kind, value, None, [name for group in names for name in group]
    return None


def find_published(text: str) -> tuple[str, str] | None:
    """The first date (and time) in ``text`` as ISO 8601, and the text with them blanked out.

    Day-first numeric dates (14-09-2023, 14/09/2023), day or month names in Indonesian
    or English (14 September 2023, Sep 14, 2023) and ISO 8601 are understood.
    """
    for pattern in (_ISO, _DMY_NAME, _MDY_NAME, _DMY_NUM):
        match = pattern.search(text)
        if match:
            day = _to_date(pattern, match.groups())
            if day:
                rest = text[: match.start()] + " " + text[match.end() :]
                if pattern is _ISO and match.group(5):
                    clock = f"{match.group(5)}:{match.group(6)}"
                else:
                    clock, rest = _find_time(rest)
                return (f"{day.isoformat()}T{clock}" if clock else day.isoformat()), rest
    return None


def _to_date(pattern: re.Pattern, groups: tuple) -> date | None:
    try:
        if pattern is _ISO:
            return date(int(groups[0]), int(groups[2]), int(groups[3]))
        if pattern is _DMY_NAME:
            return date(int(groups[2]), _MONTHS[groups[1].lower()], int(groups[0]))
        if pattern is _MDY_NAME:
            return date(int(groups[2]), _MONTHS[groups[0].lower()], int(groups[1]))
        return date(int(groups[3]), int(groups[2]), int(groups[0]))
    except (ValueError, KeyError):
        return None


def _find_time(text: str) -> tuple[str | None, str]:
    match = _TIME.search(text)
    if not match:
        return None, text
    hour, minute, half = int(match.group(1)), match.group(2), (match.group(3) or "").lower().replace(".", "")
    if half and hour > 12:
        return None, text
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}", text[: match.start()] + " " + text[match.end() :]
