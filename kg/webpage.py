"""A saved web page -> its article text, headline, stated author and date, and address.

trafilatura finds the body (measured against kg's own reducer on saved real pages:
``python -m kg.bench.html``, BENCHMARKS.md); kg's own reader, a streaming
``html.parser`` pass, keeps the headline, the ``<meta>`` author and publication time and
the page's ``og:url`` or canonical link, drops the short lines it knows as page
furniture, and reduces the page alone when trafilatura finds nothing sentence-long.
"""

from __future__ import annotations

import html.parser
import re
import urllib.parse
from dataclasses import dataclass

__all__ = ["looks_like_html", "read_html", "html_to_text", "web_url", "HtmlPage"]

_WEB_URL = re.compile(r"https?://[^\s/?#]+", re.I)
# Kept as they are when a URL is made IRI-safe: reserved characters and the "%" of existing
# escapes; spaces, quotes, <> and non-ASCII letters are percent-encoded (as UTF-8).
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def web_url(value: object) -> str | None:
    """An absolute http(s) address fit for an IRI, or None for anything else.

    Spaces and characters an IRI may not hold are percent-encoded; relative links,
    ``javascript:`` and the like are dropped rather than guessed at.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) > 2000 or not _WEB_URL.match(value):
        return None
    parts = urllib.parse.urlsplit(value)
    if not parts.hostname:
        return None
    return urllib.parse.quote(value, safe=_URL_SAFE)


_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)", re.I | re.S)
_NEVER_TEXT = {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "select"}
_DROP_TAGS = _NEVER_TEXT | {"nav", "footer", "aside", "form", "button"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "header", "br", "li", "ul", "ol", "tr", "td", "th", "table",
    "blockquote", "figure", "figcaption", "pre", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "title",
}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_BOILER_CLASS = re.compile(  # class or id of page furniture around the article
    r"(?:^|[\s_-])(?:share|social|related|comments?|advert\w*|ads?|iklan|breadcrumbs?|menu|cookie|newsletter"
    r"|subscribe|sidebar|popular|terpopuler|recommend\w*|baca-?juga)(?:$|[\s_-])",
    re.I,
)
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")
_META_PUBLISHED = {
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "dc.date", "dc.date.issued", "parsely-pub-date", "content_publishdate",
}
_META_AUTHOR = {"author", "article:author", "dc.creator", "parsely-author", "content_author"}


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML page (doctype or ``<html>``)."""
    return bool(_HTML_START.match(text[:4096]))


@dataclass(frozen=True)
class HtmlPage:
    """What a page gives: its readable text, its own address when it states one, and its
    headline when a reducer told it apart (``text`` then starts with it on a line of its own)."""

    text: str
    url: str | None = None
    title: str | None = None


def html_to_text(markup: str) -> str:
    """Readable text of markup by kg's own reducer: its headline and paragraphs, one per line.

    Scripts, styles, navigation, footers, forms and blocks whose class or id names
    sharing, ads or related links are dropped. If the page has an ``<article>``
    element only its text is kept (plus the ``<h1>`` or ``<title>``). Used for HTML
    inside a record's text field, and for a whole page when trafilatura finds nothing.
    """
    return _kg_reduced(_parse_html(markup, _DROP_TAGS, _BOILER_CLASS), markup)


def read_html(markup: str, *, reducer: str = "trafilatura") -> HtmlPage:
    """A page's article text and its ``og:url`` or canonical link.

    The text is the headline (the first ``<h1>``, else the ``<title>`` without the site's
    name), the ``<meta>`` author and publication time as lines the article parser reads,
    then the body. With ``reducer="trafilatura"`` (the default) the body is what
    ``trafilatura.extract`` finds (better on real pages from 21 sites: BENCHMARKS.md),
    and kg's own reducer (``html_to_text``) when trafilatura finds nothing; with
    ``reducer="kg"`` it is kg's own reducer alone.
    """
    if reducer not in ("trafilatura", "kg"):
        raise ValueError(f"Unknown HTML reducer {reducer!r}; expected 'trafilatura' or 'kg'")
    parser = _parse_html(markup, _DROP_TAGS, _BOILER_CLASS)
    found = _trafilatura_read(markup) if reducer == "trafilatura" else None
    text = parser.with_body(*found) if found else ""
    if text:
        return HtmlPage(text, web_url(parser.url), text.split("\n", 1)[0])
    return HtmlPage(_kg_reduced(parser, markup), web_url(parser.url))


def _kg_reduced(parser: "_TextParser", markup: str) -> str:
    text = parser.result()
    if not text:  # an unclosed <nav> or a page built of "menu" divs: drop only what is never text
        text = _parse_html(markup, _NEVER_TEXT, None).result()
        if not any(len(line.split()) >= 8 for line in text.split("\n")):
            text = ""  # menus and buttons only: no article here
    return text


def _trafilatura_read(markup: str) -> tuple[list[str], dict[str, str]] | None:
    """The main text's paragraphs by trafilatura (readers' comments left out) and the
    title, author and date it found, or None.

    None too when no line is sentence-long (8 words): on a page of menus, or a stub,
    trafilatura returns link labels, and kg's reducer judges such pages better.
    """
    import trafilatura

    try:
        found = trafilatura.bare_extraction(markup, include_comments=False, with_metadata=True, favor_precision=True,
                                             date_extraction_params={"extensive_search": False})  # no guesses
    except Exception:  # noqa: BLE001  a third-party parser on any page; kg's reducer takes over
        return None
    lines = [_SPACES.sub(" ", line).strip() for line in ((found and found.text) or "").split("\n")]
    if not any(len(line.split()) >= 8 for line in lines):
        return None
    stated = {"title": found.title, "author": found.author, "published": found.date}
    return [line for line in lines if line], {key: " ".join(value.split()) for key, value in stated.items() if value}


def _parse_html(markup: str, drop: set[str], boiler: re.Pattern | None) -> "_TextParser":
    parser = _TextParser(drop, boiler)
    parser.feed(markup)
    parser.close()
    return parser


def _mostly_in(text: str, title: str) -> bool:
    """True when most of the words of ``text`` are in ``title`` (case aside)."""
    words, known = _WORDS.findall(text.lower()), set(_WORDS.findall(title.lower()))
    return bool(words) and sum(word in known for word in words) * 2 > len(words)


class _TextParser(html.parser.HTMLParser):
    def __init__(self, drop: set[str], boiler: re.Pattern | None) -> None:
        super().__init__(convert_charrefs=True)
        self.drop, self.boiler = drop, boiler
        self.blocks: list[tuple[str, str, bool]] = []  # (tag, text, inside <article>)
        self.current: list[str] = []
        self.block_tag = "p"
        self.skip: list[str] = []  # open tags whose content is dropped
        self.article_depth = 0
        self.title = ""
        self.in_title = False
        self.meta: dict[str, str] = {}  # "author" / "published" from <meta> tags
        self.url: str | None = None  # og:url, else <link rel="canonical">
        self.dropped: set[str] = set()  # text of the blocks dropped as page furniture
        self.dropped_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag == self.skip[0] and tag not in _VOID_TAGS:
                self.skip.append(tag)
            if tag in _BLOCK_TAGS:
                self._flush_dropped()
            return
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link":
            found = dict(attrs)
            if "canonical" in (found.get("rel") or "").lower().split() and self.url is None:
                self.url = found.get("href")
            return
        names = " ".join(value or "" for key, value in attrs if key in ("class", "id"))
        boiler = self.boiler and names and tag not in _VOID_TAGS and tag not in ("body", "html", "article", "main")
        if tag in self.drop or (boiler and self.boiler.search(names)):
            self._flush()
            self.skip.append(tag)
            return
        if tag in _BLOCK_TAGS:
            self._flush()
            self.block_tag = tag
        if tag == "article":
            self.article_depth += 1
        self.in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[0]:
                self.skip.pop()
            if tag in _BLOCK_TAGS or not self.skip:
                self._flush_dropped()
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
        if tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.skip:
            if self.skip[0] not in _NEVER_TEXT:
                self.dropped_parts.append(data)
            return
        if self.in_title:
            self.title += data
        else:
            self.current.append(data)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = " ".join((attrs.get("content") or "").split())
        if key == "og:url" and content:
            self.url = content  # the page's own choice, over a canonical link seen earlier
            return
        kind = "published" if key in _META_PUBLISHED else "author" if key in _META_AUTHOR else None
        if kind and content and "://" not in content and len(content) < 100:
            self.meta.setdefault(kind, content)

    def _flush_dropped(self) -> None:
        text = _SPACES.sub(" ", "".join(self.dropped_parts)).strip()
        self.dropped_parts = []
        if text:
            self.dropped.add(text)

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        if text:
            self.blocks.append((self.block_tag, text, self.article_depth > 0))

    def result(self) -> str:
        self._flush()
        blocks = self.blocks
        if any(inside for _, _, inside in blocks):
            headline = [b for b in blocks if b[0] == "h1" and not b[2]][:1]
            blocks = headline + [b for b in blocks if b[2]]
        lines = [text for _, text, _ in blocks]
        if not lines:
            return ""
        headed = blocks[0][0] == "h1"
        if not any(tag == "h1" for tag, _, _ in blocks):
            title = self._page_title()
            lines[:0], headed = ([title], True) if title else ([], False)
        at = 1 if headed else 0
        return "\n".join(lines[:at] + self._stated() + lines[at:])

    def with_body(self, body: list[str], found: dict[str, str]) -> str:
        """The headline and stated lines, then ``body`` (another extractor's paragraphs)
        without the headline and the short lines kg's reducer dropped as menus, sharing or
        related links. The headline is the first ``<h1>`` that shares most of its words with
        the title the other extractor ``found`` (else with ``<title>``): a page's first ``<h1>``
        is often its logo or section name. The ``<meta>`` author and time come before the
        author and date the other extractor found."""
        self._flush()
        title = found.get("title") or self._page_title()
        headline = next((text for tag, text, _ in self.blocks if tag == "h1" and _mostly_in(text, title)), None)
        headline = headline or title or next((text for tag, text, _ in self.blocks if tag == "h1"), None)
        body = [line for line in body if line != headline and (line not in self.dropped or len(line.split()) >= 8)]
        for key, value in found.items():
            if key != "title":
                self.meta.setdefault(key, value)
        return "\n".join(([headline] if headline else []) + self._stated() + body) if body else ""

    def _page_title(self) -> str:
        return re.split(r"\s+[|\u2013\u2014]\s+", _SPACES.sub(" ", self.title).strip())[0]

    def _stated(self) -> list[str]:
        stated = [f"Penulis: {self.meta['author']}"] if "author" in self.meta else []
        return stated + ([self.meta["published"]] if "published" in self.meta else [])
