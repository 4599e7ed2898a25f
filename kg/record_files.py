"""Files of many articles, one a record: JSON Lines, JSON arrays, CSV/TSV, each maybe gzipped.

Scrapers and archives write news this way: news-please (``maintext``, ``date_publish``,
``authors``, ``url``, ``source_domain``), trafilatura (``text``, ``date``, ``author``,
``sitename``, ``url``) or plain dumps (``title``, ``content``/``text``/``body``, ``date``,
``url``, ``author``). The layout is told from the first record's fields (a CSV's header);
``FieldNames`` names the fields otherwise.

Records are read one at a time, never the whole file (``python -m kg.bench.inputs``). A bad
record becomes a ``Skipped`` that names the file and the record number (counted from 1) and
the rest go on; a truncated gzip or a file that stops being UTF-8 ends the file with one
line saying how many records were read before.
"""

from __future__ import annotations

import csv
import gzip
import io
import itertools
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.records import Skipped, Source
from kg.sources import normalise_text, text_sha256
from kg.webpage import html_to_text, web_url

__all__ = ["FieldNames", "record_format", "read_records", "LAYOUTS"]

# One record's text may be this long (as bytes); a longer JSON line is skipped, not read.
MAX_RECORD_BYTES = 50_000_000
_CHUNK = 1 << 16
_ROLES = ("text", "title", "date", "url", "author", "publisher")
# Fields each known layout keeps each part of an article in, most likely first.
LAYOUTS: dict[str, dict[str, tuple[str, ...]]] = {
    "news-please": {
        "text": ("maintext",), "title": ("title",), "date": ("date_publish", "date_modify"),
        "url": ("url",), "author": ("authors",), "publisher": ("source_domain",),
    },
    "trafilatura": {
        "text": ("text", "raw_text"), "title": ("title",), "date": ("date",), "url": ("url", "source"),
        "author": ("author",), "publisher": ("sitename", "hostname", "source-hostname"),
    },
    "plain": {
        "text": ("content", "text", "body", "article", "maintext", "isi", "konten"),
        "title": ("title", "headline", "judul"),
        "date": ("date", "published", "date_published", "datepublished", "publish_date", "pubdate", "tanggal"),
        "url": ("url", "link", "source_url"),
        "author": ("author", "authors", "byline", "penulis"),
        "publisher": ("publisher", "source", "site", "sitename", "source_domain", "media"),
    },
}
_TRAFILATURA_MARKS = {"sitename", "hostname", "fingerprint", "raw_text", "source-hostname", "excerpt"}
_MARKUP = re.compile(r"<(?:p|div|br|span|h[1-6]|article|section|a)\b[^>]*>", re.I)
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv"}


@dataclass(frozen=True)
class FieldNames:
    """Which field (or CSV column) holds each part of an article; None: tell from the layout."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None


def record_format(path: Path) -> str | None:
    """"jsonl", "json", "csv" or "tsv" for a file of records (gzipped or not), else None."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _SUFFIXES.get(Path(name).suffix)


def read_records(path: Path, name: str, where: str, fields: FieldNames | None = None) -> Iterator[Source | Skipped]:
    """Every record of one file as a ``Source`` named ``name#N``, or a ``Skipped`` saying why not."""
    fmt = record_format(path)
    reader = _RecordReader(where, name, fields or FieldNames())
    try:
        with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")) as stream:
            if fmt == "jsonl":
                yield from reader.read(_json_lines(stream))
            elif fmt == "json":
                yield from reader.read(_json_array(stream))
            else:
                yield from reader.read_table(_csv_rows(stream, fmt))
        if reader.number == 0:
            yield Skipped(where, "empty", f"{where}: holds no records; add articles or remove the file")
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        why = "the gzip data is truncated" if isinstance(error, EOFError) else f"the gzip data is damaged ({error})"
        yield Skipped(where, "damaged", f"{where}: {why} after record {reader.number}; the records before it were read; "
                                        "re-download or re-compress the file")
    except UnicodeDecodeError as error:
        yield Skipped(where, "undecodable", f"{where}: not UTF-8 after record {reader.number} ({error.reason}); "
                                            "the records before it were read; re-save the file as UTF-8")
    except _FileError as error:
        yield Skipped(where, error.reason, f"{where}: {error}")
    except OSError as error:
        yield Skipped(where, "unreadable", f"{where}: cannot read this file ({error.strerror or error}); check the file")


class _FileError(Exception):
    """The whole rest of the file cannot be read as records."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class _BadRecord(Exception):
    """One record cannot be read; the next may be fine."""


class _RecordReader:
    """Turns the records of one file into sources, telling the layout from the first good one."""

    def __init__(self, where: str, name: str, fields: FieldNames) -> None:
        self.where, self.name, self.fields = where, name, fields
        self.number = 0  # records seen so far
        self.mapping: dict[str, str | None] | None = None

    def read(self, records: Iterable[dict | _BadRecord]) -> Iterator[Source | Skipped]:
        for record in records:
            self.number += 1
            if isinstance(record, _BadRecord):
                yield self._skip("unparsable", f"{record}; fix or remove it")
            elif not isinstance(record, dict):
                yield self._skip("unparsable", f"a JSON {type(record).__name__}, not an object with article fields")
            else:
                if self.mapping is None:
                    self.mapping = self._layout(list(record))
                yield self._source(record)

    def read_table(self, rows: Iterator[list[str] | _BadRecord]) -> Iterator[Source | Skipped]:
        header = next(rows, None)
        if not isinstance(header, list) or not any(column.strip() for column in header):
            raise _FileError("empty", "the file has no header row; the first row must name the columns")
        header = [column.strip() for column in header]
        self.mapping = self._layout(header)
        width = len(header)

        def records() -> Iterator[dict | _BadRecord]:
            for row in rows:
                if isinstance(row, _BadRecord) or len(row) == width:
                    yield row if isinstance(row, _BadRecord) else dict(zip(header, row))
                elif row:  # csv gives [] for a blank line: not a record
                    yield _BadRecord(f"broken row: {len(row)} fields where the header has {width}")

        yield from self.read(records())

    def _layout(self, keys: list[str]) -> dict[str, str | None]:
        """The field for each role, from the layout these keys look like and the overrides."""
        by_lower = {key.lower(): key for key in reversed(keys)}
        lowered = set(by_lower)
        if "maintext" in lowered:
            layout = "news-please"
        elif "text" in lowered and lowered & _TRAFILATURA_MARKS:
            layout = "trafilatura"
        else:
            layout = "plain"
        mapping = {
            role: next((by_lower[c] for c in LAYOUTS[layout].get(role, ()) if c in by_lower), None) for role in _ROLES
        }
        for role in _ROLES:
            chosen = getattr(self.fields, role, None)
            if chosen is None:
                continue
            if chosen not in keys:
                raise _FileError("not an article", f"no field {chosen!r} (--{role}-field) in the first record; "
                                                   f"its fields are {_listing(keys)}")
            mapping[role] = chosen
        if mapping["text"] is None:
            raise _FileError("not an article", f"no field holds article text (fields: {_listing(keys)}); "
                                               "name it with --text-field")
        return mapping

    def _source(self, record: dict) -> Source | Skipped:
        field = self.mapping["text"]
        body = record.get(field)
        if not isinstance(body, str) or not body.strip():
            return self._skip("no text", f"no text in field {field!r}; give the article text or remove the record")
        if _MARKUP.search(body):
            body = html_to_text(body)
        title = _one_line(record.get(self.mapping["title"])) if self.mapping["title"] else None
        text = normalise_text(f"{title}\n\n{body.strip()}" if title else body.strip())
        if not text.strip():
            return self._skip("no text", f"no readable text in field {field!r}; give the article text or remove the record")
        return Source(
            name=f"{self.name}#{self.number}",
            path=f"{self.where}#{self.number}",
            text=text,
            sha256=text_sha256(text),
            title=title,
            url=web_url(self._value(record, "url")),
            published=_one_line(self._value(record, "date")),
            authors=_names(self._value(record, "author")),
            publisher=_one_line(self._value(record, "publisher")),
        )

    def _value(self, record: dict, role: str) -> object:
        field = self.mapping[role]
        return None if field is None else record.get(field)

    def _skip(self, reason: str, why: str) -> Skipped:
        return Skipped(f"{self.where}#{self.number}", reason, f"{self.where}: record {self.number}: {why}")


def _one_line(value: object) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value[:500] or None


def _names(value: object) -> tuple[str, ...]:
    """Author names from a list of strings or one string ("A; B" is split by article.py)."""
    items = value if isinstance(value, list) else [value]
    return tuple(name for name in (_one_line(item) for item in items) if name)


def _listing(keys: list[str]) -> str:
    shown = ", ".join(repr(key) for key in keys[:12])
    return shown + (f" and {len(keys) - 12} more" if len(keys) > 12 else "") if keys else "none"


# --- the three syntaxes, one record at a time -------------------------------------------------


def _json_lines(stream: io.BufferedIOBase) -> Iterator[object]:
    """Each non-blank line parsed as JSON (or a ``_BadRecord``); a line over the limit is not read."""
    while True:
        line = stream.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                line = stream.readline(_CHUNK)
            yield _BadRecord(f"over the {MAX_RECORD_BYTES // 1_000_000} MB limit for one record")
            continue
        if not line.strip():
            continue
        try:
            yield json.loads(line.decode("utf-8-sig"))
        except UnicodeDecodeError as error:
            yield _BadRecord(f"not UTF-8 ({error.reason} at byte {error.start})")
        except ValueError as error:
            yield _BadRecord(f"not valid JSON ({error})")


def _json_array(stream: io.BufferedIOBase) -> Iterator[object]:
    """The items of a top-level JSON array, parsed one at a time; a lone object is one record."""
    decoder = json.JSONDecoder()
    buffer, done = _Buffer(stream), False
    first = buffer.next_char()
    if first == "{":
        whole = buffer.rest(MAX_RECORD_BYTES)
        try:
            yield json.loads(whole)
        except ValueError as error:
            yield _BadRecord(f"not valid JSON ({error})")
        return
    if first != "[":
        raise _FileError("not an article", "not a JSON array of articles or one article object")
    buffer.take(1)
    while not done:
        char = buffer.next_char()
        if char == "]":
            return
        if char == ",":
            buffer.take(1)
            continue
        if char == "":
            raise _FileError("unparsable", "the JSON array ends early (no closing ']'); the records before were read")
        while True:
            try:
                value, end = decoder.raw_decode(buffer.text, buffer.at)
            except ValueError as error:
                # Maybe the record goes on in the next chunk; a record over the limit is bad anyway,
                # so a syntax error early in a 1 GB array never pulls the rest of it into memory.
                if len(buffer.text) - buffer.at <= MAX_RECORD_BYTES and buffer.more():
                    continue
                yield _BadRecord(f"not valid JSON ({error})")
                done = True
                break
            buffer.at = end
            yield value
            break
    raise _FileError("unparsable", "the JSON array cannot be read past the bad record; the records before it were read")


class _Buffer:
    """Decoded text read from a stream as it is needed, forgetting what was parsed."""

    def __init__(self, stream: io.BufferedIOBase) -> None:
        self.decoder = io.TextIOWrapper(stream, encoding="utf-8-sig")
        self.text, self.at, self.chunk = "", 0, _CHUNK

    def more(self) -> bool:
        """Read another chunk (twice as large each time a value spans chunks); False at the end."""
        data = self.decoder.read(self.chunk)
        if not data:
            return False
        self.text = self.text[self.at:] + data
        self.at = 0
        self.chunk = min(self.chunk * 2, MAX_RECORD_BYTES)
        return True

    def next_char(self) -> str:
        """The next character that is not white space ("" at the end), left unread."""
        while True:
            while self.at < len(self.text) and self.text[self.at] in " \t\r\n":
                self.at += 1
            if self.at < len(self.text):
                self.chunk = _CHUNK
                return self.text[self.at]
            if not self.more():
                return ""

    def take(self, count: int) -> None:
        self.at += count

    def rest(self, limit: int) -> str:
        while len(self.text) - self.at <= limit and self.more():
            pass
        return self.text[self.at:]


def _csv_rows(stream: io.BufferedIOBase, fmt: str) -> Iterator[list[str] | _BadRecord]:
    """Rows of a CSV (delimiter told from the header: comma, semicolon or tab) or TSV file."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORD_BYTES))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    header = text.readline()
    delimiter = "\t" if fmt == "tsv" else max(",;\t", key=header.count)
    # strict: a stray quote or a quoted field still open at the end is an error, not a guess
    reader = csv.reader(itertools.chain([header], text), delimiter=delimiter, strict=True)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield _BadRecord(f"broken row ({error})")
            continue
        yield row
