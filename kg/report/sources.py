"""Where a report's graph comes from: graph files, an embedded store, or an rdflib Dataset.

Each gives a ``Select`` over one Oxigraph store opened or loaded once, with the union
of all named graphs as the default graph (the same semantics as ``kg query``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

from kg.report.collect import Select
from kg.store.oxigraph import graph_files_store, open_store, run_query


def _select(store: ox.Store) -> Select:
    def select(query: str) -> Iterator[dict[str, str | None]]:
        result = run_query(store, query)
        for row in result.rows:
            yield dict(zip(result.variables, row))

    return select


def select_from_files(paths: Sequence[Path]) -> Select:
    """Query graph files (Turtle, TriG, N-Quads, ...), parsed once into memory."""
    return _select(graph_files_store(list(paths)))


def select_from_store(directory: Path) -> Select:
    """Query the embedded Oxigraph store that ``kg load --store DIR`` made."""
    return _select(open_store(Path(directory), create=False))


def select_from_dataset(dataset) -> Select:
    """Query an rdflib Dataset or Graph in memory (as ``facts_to_dataset`` returns it)."""
    from rdflib import ConjunctiveGraph

    store = ox.Store()
    if isinstance(dataset, ConjunctiveGraph):  # rdflib's Dataset is one
        data = dataset.serialize(format="nquads", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_QUADS)
    else:
        data = dataset.serialize(format="nt", encoding="utf-8")
        store.load(data, format=ox.RdfFormat.N_TRIPLES)
    return _select(store)
