"""Web archives (WARC, WARC.gz; Common Crawl's CC-NEWS among them): each HTML page an article.

Every ``response`` (or ``resource``) record whose HTTP answer is an HTML page becomes a
``Source`` with its URL (the page's ``og:url`` or canonical link, else the WARC target
URI) and the time it was fetched (``WARC-Date``). Requests, metadata and ``warcinfo``
records are not pages and pass silently. Pages that are not HTML, HTTP errors and pages
not in Indonesian (told by ``py3langid``) are skipped and counted: one line per file and
reason, since an archive can hold thousands of them.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from kg.records import Skipped, Source
from kg.sources import MAX_BYTES, source_from_bytes
from kg.webpage import web_url

__all__ = ["is_warc", "read_warc", "is_indonesian"]

_PAGE_RECORDS = {"response", "resource"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_LANGUAGE_SAMPLE = 3000  # characters the language is told from; enough, and fast
_WHY = {
    "not HTML": "{n} record(s) not an HTML page (images, scripts, feeds, PDFs ...); counted, not read",
    "HTTP error": "{n} response(s) with an HTTP error or redirect status; counted, not read",
    "not Indonesian": "{n} page(s) not in Indonesian; counted, not read (kg reads Indonesian news)",
}


def is_warc(path: Path) -> bool:
    """True for ``.warc`` and ``.warc.gz`` files."""
    name = path.name.lower()
    return name.endswith(".warc") or name.endswith(".warc.gz")


def is_indonesian(text: str) -> bool:
    """True when the language identifier reads ``text`` as Indonesian."""
    import py3langid

    return py3langid.classify(text[:_LANGUAGE_SAMPLE])[0] == "id"


def read_warc(path: Path, name: str, where: str) -> Iterator[Source | Skipped]:
    """Each Indonesian HTML page in the archive, named ``name#N`` (N counts WARC records)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counts: Counter[str] = Counter()
    number = 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                number += 1
                if record.rec_type not in _PAGE_RECORDS:
                    continue
                result = _page(record, f"{name}#{number}", f"{where}#{number}")
                if isinstance(result, str):
                    counts[result] += 1
                elif result is not None:
                    yield result
            # warcio ends quietly at a cut-off gzip member: bytes left over mean a truncated file.
            if records.offset < os.fstat(stream.fileno()).st_size:
                raise EOFError
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as error:
        why = "is truncated" if isinstance(error, EOFError) else f"cannot be read further ({_first_line(error)})"
        yield Skipped(where, "damaged", f"{where}: the archive {why} after record {number}; "
                                        "the pages before it were read; re-download the file")
    for reason, count in sorted(counts.items()):
        yield Skipped(where, reason, f"{where}: {_WHY[reason].format(n=count)}", count=count)


def _page(record, name: str, where: str) -> Source | Skipped | str | None:
    """The page's article, a ``Skipped`` for a page with no text, or the reason it is counted."""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return "HTTP error"
        media_type = record.http_headers.get_header("Content-Type") or ""
    else:
        media_type = record.rec_headers.get_header("Content-Type") or ""
    if media_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return "not HTML"
    data = record.content_stream().read(MAX_BYTES + 1)
    source = source_from_bytes(data, name=name, path=where, html=True)
    if isinstance(source, Skipped):
        return source
    if not is_indonesian(source.text):
        return "not Indonesian"
    url = source.url or web_url(record.rec_headers.get_header("WARC-Target-URI"))
    return replace(source, url=url, retrieved=record.rec_headers.get_header("WARC-Date"))


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__
