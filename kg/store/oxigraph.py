"""The embedded, persistent store: an Oxigraph (RocksDB) directory opened through pyoxigraph.

Each named graph in the input replaces the graph of the same name in the store, in ONE transaction
for the whole load: either every graph is replaced or the store is left as it was. Only the
difference is written (quads that went away are deleted, new ones inserted), so re-loading the
cross-article entities graph after each build costs what changed, not what is there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.staging import describe_os_error, remove_stale, replacement_mode, staging_file, staging_folder
from kg.store.files import GraphSet, graph_node, rdf_format, read_graph_files
from kg.store.results import QueryResult, result_from_oxigraph

_ROCKSDB_MARKER = "CURRENT"  # every RocksDB directory has it


def open_store(directory: Path, *, create: bool) -> ox.Store:
    """Open the store in ``directory``; with ``create``, make a new one if there is none.

    Refuses a non-empty directory that is not a store, so a typo never litters a folder with
    database files.
    """
    if not _is_store(directory):
        if not create:
            raise StoreError(
                f"No store at {directory}; create one with: kg load GRAPH... --store {directory}"
            )
        _check_new_location(directory)
    try:
        return ox.Store(str(directory))
    except OSError as error:
        raise StoreError(_open_error(directory, error)) from None


def _is_store(directory: Path) -> bool:
    return directory.is_dir() and (directory / _ROCKSDB_MARKER).is_file()


def _check_new_location(directory: Path) -> None:
    if directory.exists() and not directory.is_dir():
        raise StoreError(f"{directory} is a file, not a store directory")
    if directory.is_dir() and any(directory.iterdir()):
        raise StoreError(
            f"{directory} is not empty and is not an Oxigraph store; give a new or empty directory"
        )


def _open_error(directory: Path, error: OSError) -> str:
    message = " ".join(str(error).split())
    if "lock" in message.lower():
        return (
            f"Store {directory} is in use by another process (a running kg load or query?); "
            "wait for it, or serve the store with `oxigraph serve` for concurrent use"
        )
    return f"Cannot open store {directory}: {message}"


def load_into_store(graph_set: GraphSet, directory: Path) -> tuple[int, int]:
    """Replace each graph of ``graph_set`` in the store at ``directory``, all or nothing.

    A new store is bulk-loaded beside its place and renamed into it when complete; an existing
    store takes the whole load in one transaction. Staging left beside ``directory`` by a killed
    load is removed first. A failed write (full disk, file too large) leaves the store as it was.

    RETURNS (tuple[int, int]): quads added and quads removed.
    """
    remove_stale(directory.parent, directory.name)
    if not _is_store(directory):
        _check_new_location(directory)
        return _bulk_load_new(graph_set, directory), 0
    store = open_store(directory, create=False)
    try:
        changes = replace_graphs(store, graph_set)
    except OSError as error:
        raise StoreError(f"Writing to the store {directory} failed, nothing was changed: "
                         f"{describe_os_error(error)}") from None
    try:
        # Write the memtables out now: left in the write-ahead log, the next open replays them,
        # which takes several times longer than this.
        store.flush()
    except OSError as error:  # the transaction is in the write-ahead log already: it is not lost
        raise StoreError(f"Could not flush the store {directory} (the load itself is saved): "
                         f"{describe_os_error(error)}") from None
    return changes


def _bulk_load_new(graph_set: GraphSet, directory: Path) -> int:
    """Build a new store with the bulk loader (no transaction, 2-3x faster) in a hidden sibling
    folder, then rename it into place: a crash or error never leaves a half-made store."""
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        staging = staging_folder(directory)
    except OSError as error:
        raise StoreError(f"Could not create the store {directory}: {describe_os_error(error)}") from None
    try:
        store = ox.Store(str(staging))
        store.bulk_extend(quad for quads in graph_set.graphs.values() for quad in quads)
        store.flush()
        del store  # closes the database before it moves
        os.replace(staging, directory)  # atomic; allowed over an empty directory
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise StoreError(f"Could not create the store {directory}: {describe_os_error(error)}; "
                         "nothing was left behind") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return graph_set.quad_count


def replace_graphs(store: ox.Store, graph_set: GraphSet) -> tuple[int, int]:
    """Make each named graph in the store hold exactly the quads given for it, atomically.

    Graphs with blank nodes cannot be diffed (blank node ids differ between parses), so they are
    dropped and rewritten whole, inside the same transaction.

    RETURNS (tuple[int, int]): quads added and quads removed.
    Raises OSError when the write fails (full disk...); the transaction then changed nothing.
    """
    drops: list[str] = []
    deletes: list[ox.Quad] = []
    inserts: list[ox.Quad] = []
    removed = 0
    stored = _as_stored(store, graph_set)
    for name, given in graph_set.graphs.items():
        node = ox.NamedNode(name)
        old = set(store.quads_for_pattern(None, None, None, node))
        if not old:
            inserts.extend(given)
            continue
        new = list(stored.quads_for_pattern(None, None, None, node))
        if _has_blank_node(old) or _has_blank_node(new):
            drops.append(f"DROP SILENT GRAPH {node}")
            removed += len(old)
            inserts.extend(new)
            continue
        kept = set(new)
        gone = [quad for quad in old if quad not in kept]
        deletes.extend(gone)
        removed += len(gone)
        inserts.extend(quad for quad in new if quad not in old)
    if not drops and not deletes:
        store.extend(inserts)  # one transaction, and faster than a SPARQL update
    elif inserts or deletes or drops:
        store.update(_update_text(drops, deletes, inserts))
    return len(inserts), removed


def _as_stored(store: ox.Store, graph_set: GraphSet) -> ox.Store:
    """The input graphs that already exist in ``store``, as Oxigraph stores them.

    Oxigraph normalises some literals when it stores them (``"1"^^xsd:nonNegativeInteger``
    comes back as ``"1"^^xsd:integer``, oxigraph issue #526), so the input must pass through the
    same normalisation before it is compared with what is stored.
    """
    scratch = ox.Store()
    scratch.extend(
        quad
        for name, quads in graph_set.graphs.items()
        if store.contains_named_graph(ox.NamedNode(name))
        for quad in quads
    )
    return scratch


def _has_blank_node(quads: Iterable[ox.Quad]) -> bool:
    return any(
        isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)
        for quad in quads
    )


def _update_text(drops: list[str], deletes: list[ox.Quad], inserts: list[ox.Quad]) -> str:
    """One SPARQL update request (one transaction in Oxigraph).

    Terms are written by pyoxigraph's own N-Triples term serialisation of parsed, validated terms,
    never by splicing user text, so they cannot break out of the data block.
    """
    operations = list(drops)
    if deletes:
        operations.append(f"DELETE DATA {{ {_quad_block(deletes)} }}")
    if inserts:
        operations.append(f"INSERT DATA {{ {_quad_block(inserts)} }}")
    return " ;\n".join(operations)


def _quad_block(quads: list[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = {}
    for quad in quads:
        by_graph.setdefault(str(quad.graph_name), []).append(
            f"{quad.subject} {quad.predicate} {quad.object} ."
        )
    return "\n".join(
        f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}" for graph, lines in by_graph.items()
    )


def query_store(store: Path, query: str) -> QueryResult:
    """Run a SPARQL query on the store at ``store``; the default graph is the union of all graphs."""
    return run_query(open_store(store, create=False), query)


def query_graph_files(paths: Sequence[Path], query: str) -> QueryResult:
    """Run a SPARQL query over graph files, loaded into an in-memory Oxigraph store.

    The files are named the same way ``kg load`` names them, so ``GRAPH ?g`` patterns give the
    same answers on the files as on a store loaded from them.
    """
    graph_set = read_graph_files(paths)
    store = ox.Store()
    store.extend(quad for quads in graph_set.graphs.values() for quad in quads)
    return run_query(store, query)


def run_query(store: ox.Store, query: str) -> QueryResult:
    """Evaluate ``query`` with the union of the named graphs as its default graph."""
    try:
        answer = store.query(query, use_default_graph_as_union=True)
        return result_from_oxigraph(answer)
    except SyntaxError as error:
        raise QueryError(f"Malformed SPARQL query: {_short(str(error.msg))}") from None
    except (OSError, RuntimeError) as error:
        raise QueryError(f"The query failed: {_short(str(error))}") from None


def _short(message: str, limit: int = 200) -> str:
    """One line; the parser's 'expected one of' lists run to hundreds of characters."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"



_PREFIXES = {
    "kgo": "https://w3id.org/kg-news/ontology#",
    "kgid": "https://w3id.org/kg-news/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def dump_store(store: Path, output: Path, *, graph: str | None = None) -> int:
    """Write the store to ``output``, its syntax from the extension, replacing the file atomically.

    TriG and N-Quads keep every named graph; Turtle and N-Triples get one graph (``graph``) or,
    without it, the union of all graphs.

    RETURNS (int): the number of quads (or triples) written.
    """
    fmt = rdf_format(output)
    source = open_store(store, create=False)
    selected = graph_node(graph) if graph is not None else None
    quads = source.quads_for_pattern(None, None, None, selected) if selected else iter(source)
    if fmt.supports_datasets:
        items: list = list(quads)
    else:
        items = list(dict.fromkeys(quad.triple for quad in quads))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(output.parent, output.name)
        handle, staging = staging_file(output)
        os.close(handle)  # Oxigraph writes the file by its name
    except OSError as error:
        raise StoreError(f"Cannot write {output}: {describe_os_error(error)}") from None
    try:
        ox.serialize(items, str(staging), format=fmt, prefixes=_PREFIXES)
        os.chmod(staging, replacement_mode(output))
        os.replace(staging, output)
    except OSError as error:
        staging.unlink(missing_ok=True)
        raise StoreError(f"Cannot write {output}: {describe_os_error(error)}; "
                         "the old file, if any, is unchanged") from None
    except BaseException:  # Ctrl-C: no half-written staging file stays behind
        staging.unlink(missing_ok=True)
        raise
    return len(items)
