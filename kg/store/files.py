"""Read graph files into named graphs before anything is written to the target.

Parsing every file first is what makes a load all-or-nothing: a syntax error on the last line of
the last file stops the load before the store or endpoint is touched. For a store the files are
parsed into a scratch Oxigraph store (``stage_graph_files``, streamed in batches: memory stays
flat whatever the size of the files); for an endpoint into memory (``read_graph_files``).

TriG and N-Quads keep their named graphs. A Turtle, N-Triples or RDF/XML file (or the default graph
of a TriG file) has none, so its triples go into one named graph: ``--graph IRI`` if given, else the
``file:`` IRI of the file's absolute path. Loading the same file again therefore replaces that graph.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import GraphParseError, StoreError

BULK_BATCH = 100_000  # quads parsed ahead and bulk-loaded at once: ~100 MB while loading

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".n3": ox.RdfFormat.N3,
}


@dataclass(frozen=True)
class GraphSet:
    """What a set of files says: for each named graph IRI, the exact set of quads it must hold.

    graphs: graph IRI -> its distinct quads in file order (each quad's graph_name is that IRI;
        file order makes the store write several times faster than hash order). A graph with no
        quads is one a triples file named but left empty: loading it empties the graph.
    """

    graphs: dict[str, tuple[ox.Quad, ...]]

    @property
    def quad_count(self) -> int:
        """How many distinct quads the files hold."""
        return sum(len(quads) for quads in self.graphs.values())


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF syntax of ``path``, from its extension."""
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(_FORMATS))
        reason = "has no extension" if not path.suffix else f"has extension {path.suffix!r}"
        raise GraphParseError(
            f"Cannot tell the RDF syntax of {path}: it {reason}; expected one of {known}"
        )
    return fmt


def graph_node(iri: str) -> ox.NamedNode:
    """A graph name given by the user, checked to be an absolute IRI."""
    try:
        return ox.NamedNode(iri)
    except ValueError as error:
        raise StoreError(f"Graph name {iri!r} is not an absolute IRI ({error})") from None


def stage_graph_files(paths: Sequence[Path], store: ox.Store, *, graph: str | None = None) -> list[str]:
    """Parse every file in ``paths`` into ``store``, streamed, in batches of ``BULK_BATCH`` quads.

    ``store`` is a scratch store (a new on-disk folder, or ``ox.Store()`` in memory): each batch
    goes in with Oxigraph's bulk loader, which is not a transaction, so memory stays flat whatever
    the size of the files (the bulk loader alone keeps up to a million quads in memory at once).
    Blank nodes get fresh ids per file, and literals take the form Oxigraph stores them in.

    paths (Sequence[Path]): Turtle, N-Triples, TriG, N-Quads, RDF/XML, JSON-LD or N3 files.
    store (ox.Store): where the quads go; nothing else is written anywhere.
    graph (str | None): the graph for triples outside any named graph; default per file.
    RETURNS (list[str]): the named graphs the files give, in store order (a triples file's graph is
        among them even when the file is empty: loading it empties the graph).
    Raises GraphParseError naming the file on a syntax error or a graph named by a blank node.
    """
    fixed = graph_node(graph) if graph is not None else None
    for path in paths:
        fmt = rdf_format(path)
        own = _own_graph(path, fixed)
        if not fmt.supports_datasets:
            store.add_graph(own)
        with _open(path) as handle:
            quads = _quads(path, handle, fmt, own)
            while batch := list(itertools.islice(quads, BULK_BATCH)):
                store.bulk_extend(batch)
    return [name.value for name in store.named_graphs()]


def read_graph_files(paths: Sequence[Path], *, graph: str | None = None) -> GraphSet:
    """Parse every file in ``paths`` into named graphs in memory (see the module docstring).

    paths (Sequence[Path]): Turtle, N-Triples, TriG, N-Quads, RDF/XML, JSON-LD or N3 files.
    graph (str | None): the graph for triples outside any named graph; default per file.
    RETURNS (GraphSet): the graphs and their quads; nothing has been written anywhere.
    """
    fixed = graph_node(graph) if graph is not None else None
    graphs: dict[str, dict[ox.Quad, None]] = {}  # a dict is an ordered set
    for path in paths:
        fmt = rdf_format(path)
        own = _own_graph(path, fixed)
        if not fmt.supports_datasets:
            graphs.setdefault(own.value, {})
        with _open(path) as handle:
            for quad in _quads(path, handle, fmt, own):
                graphs.setdefault(quad.graph_name.value, {})[quad] = None
    return GraphSet({name: tuple(quads) for name, quads in graphs.items()})


def _own_graph(path: Path, fixed: ox.NamedNode | None) -> ox.NamedNode:
    """The graph of the triples ``path`` states outside any named graph."""
    return fixed or ox.NamedNode(path.resolve().as_uri())


def _open(path: Path) -> BinaryIO:
    """``path`` opened for reading; opened here so that a file that cannot be read is told from a
    store that cannot be written (Oxigraph raises both as OSError without an errno)."""
    try:
        return path.open("rb")
    except OSError as error:
        raise GraphParseError(f"Cannot read {path}: {error.strerror or error}") from None


def _quads(path: Path, handle: BinaryIO, fmt: ox.RdfFormat, own: ox.NamedNode) -> Iterator[ox.Quad]:
    """The quads of one file as they are read, each in a named graph (``own`` for the triples
    outside any); blank nodes renamed to ids of their own."""
    parser = ox.parse(handle, fmt, base_iri=path.resolve().as_uri(), rename_blank_nodes=True)
    try:
        for quad in parser:
            if isinstance(quad.graph_name, ox.DefaultGraph):
                quad = ox.Quad(quad.subject, quad.predicate, quad.object, own)
            elif not isinstance(quad.graph_name, ox.NamedNode):
                raise GraphParseError(
                    f"{path}: graph {quad.graph_name} is a blank node; name every graph with an IRI"
                )
            yield quad
    except SyntaxError as error:
        raise GraphParseError(f"{path}: {_one_line(error.msg)}") from None


def _one_line(message: str) -> str:
    return " ".join(str(message).split())
