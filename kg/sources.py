"""Find input files, decode their bytes and reduce HTML to text (kg/webpage.py): paths -> ``Source`` records.

Decisions a caller can rely on:

* Folders are walked recursively in sorted (code point) order; names starting with
  "." (``.git``, ``.DS_Store``) are ignored without a record. Folder links are followed
  once (a link back to an ancestor is reported as a loop); file links are followed.
* A path argument that does not exist at all raises ``InputError`` when
  ``read_sources`` is called (a usage error, before anything is read). Everything else
  that goes wrong with one file becomes a ``Skipped`` record, never an exception.
* ``-`` reads one article from standard input (named ``stdin``).
* Text is decoded from UTF-8 (BOM or not), UTF-16/32 with a BOM, Windows-1252/Latin-1
  when the bytes look like Western text, and otherwise whatever ``charset-normalizer``
  is confident about; newlines become "\\n" and Unicode NFC.
* The same final text seen twice is reported as a duplicate of the first name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.records import Skipped, Source
from kg.webpage import looks_like_html, read_html

if TYPE_CHECKING:
    from kg.record_files import FieldNames

__all__ = ["read_sources", "read_source", "source_from_bytes", "decode_bytes"]

MAX_BYTES = 50_000_000
_SNIFF = 65_536
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# Data, graph and code files that are text but never an article (e.g. a graph written into
# the input folder by an earlier build). Anything else is read and sniffed.
_NOT_ARTICLES = {
    ".ttl": "RDF", ".trig": "RDF", ".nt": "RDF", ".nq": "RDF", ".rdf": "RDF", ".owl": "RDF", ".jsonld": "RDF",
    ".n3": "RDF", ".json": "JSON", ".jsonl": "JSON", ".csv": "CSV", ".tsv": "TSV", ".xml": "XML",
    ".yaml": "YAML", ".yml": "YAML", ".toml": "TOML", ".ini": "config", ".cfg": "config", ".log": "log",
    ".py": "code", ".js": "code", ".css": "stylesheet", ".rq": "SPARQL", ".sql": "SQL", ".sh": "script",
}
_MAGIC = {  # leading bytes of common binary formats, for a precise "binary" message
    b"%PDF": "PDF", b"\x89PNG": "PNG image", b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image",
    b"PK\x03\x04": "ZIP archive (or .docx/.xlsx)", b"\x1f\x8b": "gzip archive", b"BZh": "bzip2 archive",
    b"7z\xbc\xaf": "7z archive", b"Rar!": "RAR archive", b"\x7fELF": "executable",
    b"\xd0\xcf\x11\xe0": "MS Office document", b"RIFF": "RIFF media file", b"OggS": "Ogg media file", b"ID3": "MP3 audio",
}
# Longest first: the UTF-32 LE byte-order mark starts with the UTF-16 LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTES = bytes(range(128, 256))
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]{4,}")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class _Undecodable(InputError):
    """Bytes are not text we can decode with confidence; ``reason`` is "binary" or "undecodable"."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def read_sources(
    paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES, fields: "FieldNames | None" = None
) -> Iterator[Source | Skipped]:
    """Every article under ``paths`` (files or folders), in a deterministic order.

    Files of many articles (JSON Lines, JSON, CSV/TSV, WARC; see ``kg.record_files`` and
    ``kg.warc``) give one ``Source`` per record; ``fields`` names their fields when the
    layout cannot be told. Raises InputError at once if a path does not exist; bad files
    and records are yielded as ``Skipped`` with a one-line message instead.
    """
    if isinstance(paths, (str, Path)):  # one path, not an iterable of characters
        paths = [paths]
    paths = [Path(p) if str(p) != "-" else "-" for p in paths]
    for path in paths:
        if path != "-" and not os.path.lexists(path):
            raise InputError(f"No such file or folder: '{path}'; check the path")
    return _read_all(paths, max_bytes, fields)


def _read_all(paths: list, max_bytes: int, fields: "FieldNames | None") -> Iterator[Source | Skipped]:
    first_name: dict[str, str] = {}  # sha256 -> name it was first read under
    for path in paths:
        found = [("stdin", "-")] if path == "-" else _walk_argument(path)
        for item in found:
            if isinstance(item, Skipped):
                yield _safe(item)
                continue
            name, file = item
            for result in _read_item(name, file, max_bytes, fields):
                yield from _unless_duplicate(_safe(result), first_name)


def _read_item(name: str, file: Path | str, max_bytes: int, fields: "FieldNames | None") -> Iterator[Source | Skipped]:
    """The one article in a file, or each article of a file of records or a web archive."""
    if file == "-":
        yield _read_stdin(max_bytes)
        return
    from kg.record_files import read_records, record_format
    from kg.warc import is_warc, read_warc

    container = read_records if record_format(file) else read_warc if is_warc(file) else None
    if container is None:
        yield read_source(file, name, max_bytes=max_bytes)
        return
    problem = _not_regular(file, str(file))
    if problem:
        yield problem
    elif container is read_records:
        yield from read_records(file, name, str(file), fields)
    else:
        yield from read_warc(file, name, str(file))


def _unless_duplicate(result: Source | Skipped, first_name: dict[str, str]) -> Iterator[Source | Skipped]:
    if isinstance(result, Source):
        if result.sha256 in first_name:
            yield Skipped(
                result.path,
                "duplicate",
                f"{result.path}: same text as {first_name[result.sha256]}; "
                "skipped as a duplicate (remove one copy to silence this)",
            )
            return
        first_name[result.sha256] = result.name
    yield result


def read_source(path: str | Path, name: str | None = None, *, max_bytes: int = MAX_BYTES) -> Source | Skipped:
    """One file as a ``Source`` (or ``Skipped`` saying why not). Never raises for a bad file."""
    path = Path(path)
    return _safe(_read_file(path, name or path.name, str(path), max_bytes))


def _not_regular(path: Path, where: str) -> Skipped | None:
    """Why a path cannot be read as a file (missing target, device, pipe...), or None."""
    try:
        info = os.stat(path)
    except OSError as error:
        return _os_skip(where, error)
    if not stat.S_ISREG(info.st_mode):
        return Skipped(where, "not a file", f"{where}: not a regular file (device, pipe or socket); remove it from the input")
    return None


def _read_file(path: Path, name: str, where: str, max_bytes: int) -> Source | Skipped:
    problem = _not_regular(path, where)
    if problem:
        return problem
    info = os.stat(path)
    if info.st_size > max_bytes:
        return _too_large(where, info.st_size, max_bytes)
    kind = _NOT_ARTICLES.get(path.suffix.lower())
    if kind:
        why = (f"a {kind} file ({path.suffix}), not an article; kg reads text and HTML files (.txt, .md, .html), "
               "records (.jsonl, .json, .csv, .tsv) and web archives (.warc)")
        return Skipped(where, "not an article", f"{where}: {why}; move it out of the input")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        return _os_skip(where, error)
    return source_from_bytes(data, name=name, path=where, max_bytes=max_bytes, html=path.suffix.lower() in _HTML_SUFFIXES)


def source_from_bytes(
    data: bytes, *, name: str, path: str, max_bytes: int = MAX_BYTES, html: bool = False, html_reducer: str = "trafilatura"
) -> Source | Skipped:
    """Decode one file's bytes (and reduce HTML to text). ``html`` forces HTML handling;
    ``html_reducer`` picks the body extractor (``read_html``'s ``reducer``)."""
    if len(data) > max_bytes:
        return _too_large(path, len(data), max_bytes)
    if not data.strip():
        return Skipped(path, "empty", f"{path}: the file is empty; add the article text or remove the file")
    try:
        text, encoding = decode_bytes(data)
    except _Undecodable as problem:
        return Skipped(path, problem.reason, f"{path}: {problem.detail}")
    text = normalise_text(text)
    media_type, url, title = "text/plain", None, None
    if html or looks_like_html(text):
        media_type = "text/html"
        page = read_html(text, reducer=html_reducer)
        text, url, title = normalise_text(page.text), page.url, page.title
        if not text.strip():
            why = "the HTML page has no readable text (only scripts, menus or markup); save the article page itself"
            return Skipped(path, "no text", f"{path}: {why}")
    if not text.strip():
        return Skipped(path, "empty", f"{path}: the file holds only whitespace; add the article text or remove the file")
    return Source(name=name, path=path, text=text, sha256=text_sha256(text), encoding=encoding, media_type=media_type, url=url, title=title)


def text_sha256(text: str) -> str:
    """The content hash an article's IRI is minted from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was decoded from; raises InputError for binary or undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as error:
                why = f"{error.reason} at byte {error.start}"
                raise _Undecodable(
                    "undecodable",
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} ({why}); re-save it as UTF-8",
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    _reject_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    if _broken_utf8(data):
        raise _Undecodable(
            "undecodable",
            f"mostly UTF-8 but with invalid bytes ({utf8_error.reason} at byte {utf8_error.start}); "
            "the file is damaged or mixes encodings: re-save it as UTF-8",
        )
    for guess in (_declared_charset, _western, _detected):
        found = guess(data)
        if found:
            return found
    raise _Undecodable(
        "undecodable",
        f"not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and its encoding cannot be told; re-save it as UTF-8",
    )


def normalise_text(text: str) -> str:
    """Newlines to "\\n", Unicode to NFC, no stray byte-order mark."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _reject_binary(data: bytes) -> None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise _Undecodable("binary", f"this is a {kind}, not a text file; convert it to UTF-8 text first")
    head = data[:_SNIFF]
    controls = len(_CONTROL_BYTES.findall(head))
    if b"\x00" in head or controls > max(2, len(head) // 100):
        raise _Undecodable(
            "binary", "this looks like a binary file (it holds NUL or control bytes), not text; convert it to UTF-8 text first"
        )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: every other byte is NUL (Latin script)."""
    head = data[:4096]
    half = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if half >= 8 and zeros > 0.6 * half and others == 0:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def _broken_utf8(data: bytes) -> bool:
    """Most non-ASCII bytes form valid UTF-8 sequences, yet the whole is not UTF-8."""
    sample = data[: _SNIFF * 16]
    high = _count_high(sample)
    valid = sum(len(seq) for seq in _UTF8_SEQUENCE.findall(sample))
    return high > 0 and valid / high > 0.5


def _count_high(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """An HTML page that says its own charset (``<meta charset=...>``)."""
    match = _HTML_CHARSET.search(data[:4096])
    if not match:
        return None
    encoding = match.group(1).decode("ascii").lower()
    if encoding in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        encoding = "cp1252"  # what browsers do: such pages use Windows-1252 quotes and dashes
    try:
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError):
        return None


def _western(data: bytes) -> tuple[str, str] | None:
    """Windows-1252 (or Latin-1) when the result reads like Western text, not mojibake."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = data[: _SNIFF * 16]  # judging the first megabyte is enough
    visible = len(sample) - sum(sample.count(space) for space in (b" ", b"\n", b"\r", b"\t"))
    if visible == 0 or _count_high(sample) > 0.15 * visible or _NON_ASCII_RUN.search(sample):
        return None
    encoding = "cp1252" if re.search(rb"[\x80-\x9f]", data) else "latin-1"
    return text, encoding


def _detected(data: bytes) -> tuple[str, str] | None:
    """Whatever charset-normalizer is confident about (Cyrillic, CJK, ...)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.1:
        return None
    return str(best), best.encoding


def _read_stdin(max_bytes: int) -> Source | Skipped:
    data = sys.stdin.buffer.read(max_bytes + 1)
    return source_from_bytes(data, name="stdin", path="-", max_bytes=max_bytes)


def _walk_argument(path: Path) -> Iterator[tuple[str, Path] | Skipped]:
    """(name, file) pairs under one argument, or ``Skipped`` for links and folders that fail."""
    if os.path.isdir(path):
        yield from _walk_folder(path, path, {os.path.realpath(path)}, set())
    else:
        yield path.name, path


def _walk_folder(root: Path, folder: Path, ancestors: set[str], seen: set[str]) -> Iterator[tuple[str, Path] | Skipped]:
    seen.add(os.path.realpath(folder))
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield _os_skip(str(folder), error, folder=True)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        if _is_dir(entry):
            real = os.path.realpath(child)
            if real in ancestors:
                yield Skipped(str(child), "symlink loop", f"{child}: folder link loops back to {real}; remove the link")
            elif real in seen:
                yield Skipped(str(child), "duplicate", f"{child}: folder link to {real}, which was already read; skipped")
            else:
                yield from _walk_folder(root, child, ancestors | {real}, seen)
        else:
            yield child.relative_to(root).as_posix(), child


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _os_skip(where: str, error: OSError, *, folder: bool = False) -> Skipped:
    if error.errno == errno.ELOOP:
        return Skipped(where, "symlink loop", f"{where}: symbolic link loop; remove or fix the link")
    if error.errno == errno.ENOENT and os.path.islink(where):
        target = os.readlink(where)
        return Skipped(where, "dangling link", f"{where}: symbolic link to a missing file ({target}); fix or remove the link")
    kind = "folder" if folder else "file"
    hint = "check its permissions" if error.errno in (errno.EACCES, errno.EPERM) else f"check the {kind}"
    return Skipped(where, "unreadable", f"{where}: cannot read this {kind} ({error.strerror}); {hint}")


def _printable(text: str) -> str:
    """A file name fit for a one-line message and a UTF-8 graph: undecodable bytes become
    U+FFFD and control characters (a newline in a name) are shown escaped."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return _CONTROL_CHARS.sub(lambda m: repr(m.group())[1:-1], text)


def _safe(item: Source | Skipped) -> Source | Skipped:
    if isinstance(item, Source):
        return replace(item, name=_printable(item.name), path=_printable(item.path))
    return replace(item, path=_printable(item.path), message=_printable(item.message))


def _too_large(where: str, size: int, max_bytes: int) -> Skipped:
    return Skipped(
        where,
        "too large",
        f"{where}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit; split it into one article per file",
    )
