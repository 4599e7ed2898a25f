"""The Python API: ``kg.build``, ``kg.load`` and ``kg.query``, the same functions the commands call.

Data teams script in Python; these take paths as strings or ``Path`` objects and return
plain results (a ``BuildResult`` holding an rdflib ``Dataset``, a ``LoadResult``, a
``QueryResult``). Errors are the named exceptions of ``kg.errors``, each a one-line
message. Heavy modules are imported on first call, so ``import kg`` stays quick.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.records import CO_MENTION_THRESHOLD

if TYPE_CHECKING:
    from kg.pipeline import BuildResult
    from kg.record_files import FieldNames
    from kg.records import Skipped
    from kg.store import LoadResult, QueryResult

__all__ = ["build", "load", "query"]

PathLike = str | Path


def build(
    paths: PathLike | Iterable[PathLike],
    *,
    jobs: int = 1,
    validate: bool = True,
    shapes: PathLike | None = None,
    timestamp: bool = True,
    strict: bool = False,
    cache: PathLike | None = None,
    scheduler: str | None = None,
    fields: FieldNames | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_skip: Callable[[Skipped], None] | None = None,
    output: PathLike | None = None,
    format: str | None = None,
    co_mentions: int = CO_MENTION_THRESHOLD,
) -> BuildResult:
    """Build the graph of the articles under ``paths`` (as ``kg build``).

    paths: files or folders: text, HTML, JSON Lines, JSON, CSV/TSV, WARC (see the README).
    jobs: NLP worker processes; scheduler: a Dask scheduler address instead.
    validate: check the graph against the SHACL shapes (``shapes``: another folder of them).
    timestamp: record the build time (off: byte-identical rebuilds).
    strict: raise ``InputError`` on the first unusable input instead of skipping it.
    cache: a folder keeping per-article NLP results (and, with ``output``, article graphs) between
        builds: a later build redoes only new and changed articles, a killed one goes on where it stopped.
    fields: which JSON/CSV fields hold text, title, date, url, author (``kg.FieldNames``).
    progress: called with (articles done, articles in all); on_skip: with each ``Skipped``.
    output: a file (or ``-``, stdout) to stream the graph into as articles are mapped, in
        ``format`` (default: from the file name), instead of holding it: memory stays flat, the
        file is replaced only once the graph is complete and conforms, and ``.dataset`` is None.
    co_mentions: the co-mention table (what the co_mentions query reads) keeps pairs of entities
        named together in at least this many articles.
    RETURNS (BuildResult): ``.dataset`` (rdflib Dataset), ``.write(path)``, ``.skipped``,
        ``.conforms`` and ``.report``, ``.facts``, ``.cached``.
    """
    from kg.pipeline import build as run_build

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return run_build(
        list(paths), validate=validate, shapes=Path(shapes) if shapes else None, timestamp=timestamp,
        strict=strict, jobs=jobs, scheduler=scheduler, cache=Path(cache) if cache else None,
        progress=progress, on_skip=on_skip, fields=fields,
        output=None if output is None else str(output), fmt=format, co_mentions=co_mentions,
    )


def load(
    graphs: PathLike | Iterable[PathLike],
    *,
    store: PathLike | None = None,
    endpoint: str | None = None,
    graph: str | None = None,
    gsp_url: str | None = None,
    timeout: float = 30.0,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load graph files into an Oxigraph ``store`` folder or a SPARQL ``endpoint`` (as ``kg load``).

    Each named graph replaces the graph of that name; every file is parsed before anything
    is written. RETURNS (LoadResult): graphs, quads, seconds, quads added and removed.
    """
    from kg.store import load_files

    files = _as_paths(graphs)
    _require_files(files)
    return load_files(files, store=Path(store) if store else None, endpoint=endpoint, graph=graph,
                      gsp_url=gsp_url, timeout=timeout, progress=progress)


def query(
    sparql: str,
    graphs: PathLike | Iterable[PathLike] = (),
    *,
    store: PathLike | None = None,
    endpoint: str | None = None,
    timeout: float = 30.0,
) -> QueryResult:
    """Run a query over graph files, an Oxigraph ``store`` folder or an ``endpoint`` (as ``kg query``).

    sparql: the name of a shipped query (``"mentions"``, ``"roles"``...), a ``.rq`` file or SPARQL text.
    RETURNS (QueryResult): ``.variables`` and ``.rows`` (``.dicts()`` gives one dict a row),
        ``.boolean`` for ASK, ``.graph_ntriples`` for CONSTRUCT.
    """
    from kg.errors import InputError
    from kg.queries import read_query
    from kg.store import query_endpoint, query_graph_files, query_store

    files = _as_paths(graphs)
    if sum((bool(files), store is not None, endpoint is not None)) != 1:
        raise InputError("give exactly one of graph files, store= or endpoint= to query")
    text = read_query(sparql)
    if store is not None:
        return query_store(Path(store), text)
    if endpoint is not None:
        return query_endpoint(endpoint, text, timeout=timeout)
    _require_files(files)
    return query_graph_files(files, text)


def _as_paths(items: PathLike | Iterable[PathLike]) -> list[Path]:
    """One path or many, as a list of ``Path``."""
    return [Path(item) for item in ([items] if isinstance(items, (str, Path)) else items)]


def _require_files(files: list[Path]) -> None:
    from kg.errors import InputError

    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise InputError(f"no such graph file: {missing[0]}")
