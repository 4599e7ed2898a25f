"""Graph files: read any RDF format kg knows; write deterministic bytes, atomically.

An interrupted or failed run must never leave a truncated graph where a good one
was, so files are written to a temporary file beside the target and renamed.

Turtle, N-Triples, TriG, N-Quads and JSON-LD are written by Oxigraph's serialisers
from the sorted quads: rdflib's took minutes on a thousand articles (TriG ~500 s) and
wrote graphs and lines in hash order. rdflib (``kg.rdf.serialize``) is only the
fallback for terms Oxigraph refuses.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path


import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.term import Node

from kg.errors import GraphParseError, InputError, OutputError
from kg.rdf.lines import OxTerm, oxigraph_term as _oxigraph_term, shortening_prefixes
from kg.rdf.serialize import dataset_bytes
from kg.staging import describe_os_error, remove_stale, replacement_mode, staging_file

# Our format names -> (rdflib serializer, keeps named graphs?)
FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "nt": ("nt", False),
    "trig": ("trig", True),
    "nquads": ("nquads", True),
    "jsonld": ("json-ld", True),
}
SUFFIXES = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "jsonld",
    ".json": "jsonld",
}


def format_for(path: str, requested: str | None) -> str:
    """The format to write: the one asked for, else the one the file name implies."""
    if requested:
        if requested not in FORMATS:
            raise InputError(f"unknown format {requested!r}; expected one of {', '.join(FORMATS)}")
        return requested
    if path == "-":
        return "turtle"
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"cannot tell the format from the file name {path!r}; "
            f"use --format ({', '.join(FORMATS)}) or one of {', '.join(SUFFIXES)}"
        )
    return SUFFIXES[suffix]



# Formats Oxigraph writes for us.
_OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """The graph in ``fmt``; the same triples always give the same bytes.

    Turtle and N-Triples hold the union of all graphs (each triple once); TriG,
    N-Quads and JSON-LD keep the named graphs. Statements come sorted (graph, subject, predicate,
    object), so the bytes depend only on the quads and the bound prefixes.
    """
    if fmt in _OXIGRAPH_FORMATS:
        collecting = gc.isenabled()
        gc.disable()  # millions of short tuples: the collector would rescan the whole graph again and again
        try:
            return _oxigraph_bytes(dataset, fmt)
        except ValueError:  # a term Oxigraph refuses (e.g. an invalid IRI): rdflib writes it as before
            pass
        finally:
            if collecting:
                gc.enable()
    return _rdflib_bytes(dataset, fmt)


def _oxigraph_bytes(dataset: Dataset, fmt: str) -> bytes:
    """Sorted statements, written by Oxigraph with the prefixes the dataset binds and uses."""
    texts: dict[Node, str] = {}  # rdflib term -> its N-Triples text (the sort key)
    terms: dict[str, OxTerm] = {}  # N-Triples text -> Oxigraph term

    def text(node: Node) -> str:
        found = texts.get(node)
        if found is None:
            term = _oxigraph_term(node)
            found = texts[node] = "" if isinstance(term, ox.DefaultGraph) else str(term)
            terms[found] = term
        return found

    quads = dataset.quads((None, None, None, None))
    if FORMATS[fmt][1]:  # named graphs kept
        rows = sorted({(text(g), text(s), text(p), text(o)) for s, p, o, g in quads})
        statements = [ox.Quad(terms[s], terms[p], terms[o], terms[g]) for g, s, p, o in rows]
    else:  # the union of the graphs, each triple once
        triples = sorted({(text(s), text(p), text(o)) for s, p, o, _ in quads})
        statements = [ox.Triple(terms[s], terms[p], terms[o]) for s, p, o in triples]
    prefixes = None
    if fmt in ("turtle", "trig"):
        iris = {t.value for t in terms.values() if isinstance(t, ox.NamedNode)}
        iris.update(t.datatype.value for t in terms.values() if isinstance(t, ox.Literal))
        prefixes = shortening_prefixes(sorted((p, str(n)) for p, n in dataset.namespaces()), sorted(iris))
    data = ox.serialize(statements, format=_OXIGRAPH_FORMATS[fmt], prefixes=prefixes)
    if fmt == "jsonld":  # expanded JSON-LD on one line: indented, as kg always wrote it
        data = (json.dumps(json.loads(data), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return data


def _rdflib_bytes(dataset: Dataset, fmt: str) -> bytes:
    """The graph written by rdflib: JSON-LD, and any graph Oxigraph refuses."""
    serializer, keeps_graphs = FORMATS[fmt]
    if keeps_graphs:
        data = dataset_bytes(dataset, serializer)  # graphs in IRI order: same quads, same bytes
    else:
        union = Graph()
        for prefix, namespace in dataset.namespaces():
            union.bind(prefix, namespace, override=True)
        for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
            union.add((subject, predicate, obj))
        data = union.serialize(format=serializer, encoding="utf-8")
    if fmt in ("nt", "nquads"):  # line formats come out in hash order: sort them
        lines = sorted(line for line in data.splitlines(keepends=True) if line.strip())
        data = b"".join(lines)
    return data


def write_graph(dataset: Dataset, destination: str, fmt: str | None = None) -> str:
    """Write the graph to a file (atomically) or to stdout (``-``); returns the format used."""
    fmt = format_for(destination, fmt)
    data = serialize(dataset, fmt)
    if destination == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return fmt
    write_atomically(Path(destination), data)
    return fmt


def check_writable(destination: str) -> None:
    """Fail before any work when the graph could not be written there."""
    if destination == "-":
        return
    path = Path(destination)
    if path.is_dir():
        raise OutputError(f"cannot write the graph to {destination}: it is a folder; give a file name")
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the first folder that exists must let us create the rest
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write the graph to {destination}: {folder} is not a writable folder")


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step: readers see the old file or the new, never half.

    The new file keeps the old one's permissions (or, for a new file, those the umask
    gives), not the owner-only mode of a temporary file. Staging left beside ``path`` by a
    killed kg is removed first; a failed write (full disk, file too large, I/O error) leaves
    ``path`` as it was and no staging behind.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(path.parent, path.name)
        handle, temporary = staging_file(path)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {describe_os_error(error)}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, replacement_mode(path))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {describe_os_error(error)}; the old file, if any, is unchanged") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_graph(paths: list[Path] | tuple[Path, ...]) -> Dataset:
    """Parse graph files (format from the file name) into one dataset, named graphs kept."""
    dataset = Dataset()
    for path in paths:
        fmt = format_for(str(path), None)
        serializer, keeps_graphs = FORMATS[fmt]
        try:
            if keeps_graphs:
                dataset.parse(path, format=serializer)
            else:
                dataset.default_graph.parse(path, format=serializer)
        except FileNotFoundError:
            raise GraphParseError(f"{path}: no such file") from None
        except Exception as error:  # rdflib raises many types for bad syntax
            reason = " ".join(str(error).split())[:300]
            raise GraphParseError(f"{path} is not valid {fmt}: {reason}") from None
    return dataset
