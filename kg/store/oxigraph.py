"""The embedded, persistent store: an Oxigraph (RocksDB) directory opened through pyoxigraph.

Each named graph in the input replaces the graph of the same name in the store, all or nothing for
the whole load: a new store is built beside its place and renamed into it, an existing one takes
ONE transaction, so either every graph is replaced or the store is left as it was. Only the
difference is written (quads that went away are deleted, new ones inserted), so re-loading the
cross-article entities graph after each build costs what changed, not what is there. The files
are parsed into a scratch store on disk first (streamed), never held in memory whole.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.staging import describe_os_error, remove_stale, replacement_mode, staging_file, staging_folder
from kg.store.files import graph_node, rdf_format, stage_graph_files
from kg.store.results import QueryResult, result_from_oxigraph
from kg.store.types import LoadResult

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


def load_into_store(paths: Sequence[Path], directory: Path, *, graph: str | None = None) -> LoadResult:
    """Parse ``paths`` and make each named graph they give in the store at ``directory`` hold
    exactly their quads, all or nothing.

    The files are bulk-loaded, streamed, into a scratch store in a hidden sibling folder first, so
    a syntax error anywhere leaves the store as it was and memory does not grow with the files. A
    new store is that scratch store, renamed into place when complete; an existing store takes
    the difference in one transaction (memory then grows with the quads that change). Staging
    left beside ``directory`` by a killed load is removed first. A failed write (full disk, file
    too large) leaves the store as it was.

    paths (Sequence[Path]): graph files (see ``stage_graph_files``).
    directory (Path): the store folder; made if missing.
    graph (str | None): the graph for triples outside any named graph; default per file.
    RETURNS (LoadResult): graphs and distinct quads in the files, quads added and removed
        (``seconds`` is left 0).
    """
    remove_stale(directory.parent, directory.name)
    existing = _is_store(directory)
    if existing:  # opened first: a store in use fails now, not after the parse
        store = open_store(directory, create=False)
    else:
        _check_new_location(directory)
    staging = _scratch_folder(directory)
    try:
        scratch = ox.Store(str(staging))
        names = _staged(paths, scratch, graph, directory, existing)
        quads = len(scratch)
        if existing:
            added, removed = _replace_into(store, scratch, names, directory)
            return LoadResult(graphs=len(names), quads=quads, seconds=0.0, added=added, removed=removed)
        del scratch  # closes the database before it moves
        _rename_into_place(staging, directory)
        return LoadResult(graphs=len(names), quads=quads, seconds=0.0, added=quads)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _scratch_folder(directory: Path) -> Path:
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        return staging_folder(directory)
    except OSError as error:
        raise StoreError(f"Could not create the store {directory}: {describe_os_error(error)}") from None


def _staged(paths: Sequence[Path], scratch: ox.Store, graph: str | None, directory: Path,
            existing: bool) -> list[str]:
    """The files parsed into ``scratch`` and flushed; a failed write there is a StoreError that
    says the store was not touched."""
    try:
        names = stage_graph_files(paths, scratch, graph=graph)
        scratch.flush()
        return names
    except OSError as error:
        unchanged = "the store is unchanged" if existing else "nothing was left behind"
        raise StoreError(f"Could not stage the load beside {directory} (parsing the files into a "
                         f"scratch store): {describe_os_error(error)}; {unchanged}") from None


def _rename_into_place(staging: Path, directory: Path) -> None:
    """Make the complete, closed scratch store the new store at ``directory`` (atomic rename)."""
    try:
        os.replace(staging, directory)  # atomic; allowed over an empty directory
    except OSError as error:
        raise StoreError(f"Could not create the store {directory}: {describe_os_error(error)}; "
                         "nothing was left behind") from None


def _replace_into(store: ox.Store, scratch: ox.Store, names: list[str], directory: Path) -> tuple[int, int]:
    try:
        changes = replace_graphs(store, scratch, names)
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


def replace_graphs(store: ox.Store, given: ox.Store, names: Sequence[str]) -> tuple[int, int]:
    """Make each graph in ``names`` in ``store`` hold exactly the quads ``given`` has for it,
    atomically.

    ``given`` is a store too, so its literals have the form ``store`` keeps them in (Oxigraph
    normalises some: ``"1"^^xsd:nonNegativeInteger`` comes back as ``"1"^^xsd:integer``, oxigraph
    issue #526) and an unchanged graph compares equal. Graphs are compared one at a time; only
    the differences are held. Graphs with blank nodes cannot be diffed (blank node ids differ
    between parses), so they are dropped and rewritten whole, inside the same transaction.

    RETURNS (tuple[int, int]): quads added and quads removed.
    Raises OSError when the write fails (full disk...); the transaction then changed nothing.
    """
    drops: list[str] = []
    deletes: list[ox.Quad] = []
    inserts: list[ox.Quad] = []
    removed = 0
    for name in names:
        node = ox.NamedNode(name)
        new = list(given.quads_for_pattern(None, None, None, node))
        if _holds_exactly(store, node, new):
            continue
        old = set(store.quads_for_pattern(None, None, None, node))
        if not old:
            inserts.extend(new)
            continue
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


def _holds_exactly(store: ox.Store, node: ox.NamedNode, quads: list[ox.Quad]) -> bool:
    """Whether graph ``node`` in ``store`` holds ``quads`` (distinct) and nothing else.

    Looks each quad up and counts the graph on the store's own ids, so the store's copy of an
    unchanged graph is never built as Python objects (on the 10,000-article graph the lookups
    cost about what reading it back would; the saving is the set of old quads).
    """
    if not all(quad in store for quad in quads):
        return False
    count = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}")
    return int(next(iter(count))["n"].value) == len(quads)


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
    """Run a SPARQL query over graph files, loaded into an in-memory Oxigraph store."""
    return run_query(graph_files_store(paths), query)


def graph_files_store(paths: Sequence[Path]) -> ox.Store:
    """An in-memory Oxigraph store holding graph files, their graphs named as ``kg load`` names
    them, so ``GRAPH ?g`` patterns give the same answers on the files as on a store."""
    store = ox.Store()
    stage_graph_files(paths, store)
    return store


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
