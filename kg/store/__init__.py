"""Load graphs into a triple store and query them: embedded Oxigraph, or any SPARQL 1.1 server.

Every article's triples live in their own named graph, so loading an article again replaces it and
never duplicates it. Queries see the union of all named graphs as their default graph.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kg.errors import StoreError
from kg.store.endpoint import endpoint_urls, load_into_endpoint, query_endpoint
from kg.store.files import read_graph_files
from kg.store.format import FORMATS, format_result
from kg.store.oxigraph import dump_store, load_into_store, query_graph_files, query_store
from kg.store.results import QueryResult, Term
from kg.store.types import LoadResult

__all__ = [
    "FORMATS",
    "LoadResult",
    "dump_store",
    "QueryResult",
    "Term",
    "format_result",
    "load_files",
    "query_endpoint",
    "query_graph_files",
    "query_store",
]


def load_files(
    paths: Sequence[Path],
    *,
    store: Path | None = None,
    endpoint: str | None = None,
    graph: str | None = None,
    gsp_url: str | None = None,
    timeout: float = 30.0,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load graph files into an embedded store or a SPARQL server, replacing their named graphs.

    Every file is parsed before anything is written, so a syntax error leaves the target as it was.
    Into a store the files are parsed into a scratch store on disk (memory stays flat) and the
    whole load is all or nothing; into a server each graph is one PUT (the files are parsed
    into memory).

    paths (Sequence[Path]): TriG/N-Quads (named graphs kept) or Turtle/N-Triples files.
    store (Path | None): the Oxigraph directory (made if missing).
    endpoint (str | None): the server's dataset URL (see ``endpoint_urls``).
    graph (str | None): the graph for triples outside any named graph; default: the file's IRI.
    gsp_url (str | None): the Graph Store Protocol URL, when it cannot be derived from ``endpoint``.
    timeout (float): seconds to wait for each HTTP answer.
    progress: for an endpoint, called with (graphs sent, graphs in all) after each graph.
    RETURNS (LoadResult): graphs, quads, seconds (parsing included), quads added and removed.
    """
    if (store is None) == (endpoint is None):
        raise StoreError("Give exactly one of a store directory or an endpoint URL")
    started = time.perf_counter()
    if endpoint is not None:
        urls = endpoint_urls(endpoint, gsp_url=gsp_url)  # checked before parsing: fail fast
    if store is not None:
        result = load_into_store(paths, store, graph=graph)
    else:
        graph_set = read_graph_files(paths, graph=graph)
        sent = load_into_endpoint(graph_set, urls, timeout=timeout, progress=progress)
        result = LoadResult(graphs=len(graph_set.graphs), quads=graph_set.quad_count, seconds=0.0, added=sent)
    return dataclasses.replace(result, seconds=time.perf_counter() - started)
