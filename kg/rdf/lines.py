"""A graph as sorted N-Triples lines: the compact form a worker sends back and a build spools.

Each line is the N-Triples text of subject, predicate and object (as Oxigraph writes the terms)
joined by single spaces, without the final dot. Sorted as strings, the lines come in the order
``kg.output`` sorts statements in (term text by term text): a term's text never contains a
character below a space, so a space after a shorter term sorts first, as a shorter tuple item does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from kg.rdf.nodes import bind


class UnwritableTerm(ValueError):
    """A term Oxigraph refuses (e.g. an invalid IRI): such a graph is written by rdflib instead."""


OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph


def oxigraph_term(node: Node | None) -> OxTerm:
    """The Oxigraph term for an rdflib one (raises ValueError for what Oxigraph cannot hold)."""
    if node == DATASET_DEFAULT_GRAPH_ID or node is None:
        return ox.DefaultGraph()
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise ValueError(f"cannot write {node!r} with Oxigraph")


def term_text(node: Node) -> str:
    """The N-Triples text of an rdflib term, as Oxigraph writes it (``UnwritableTerm`` if it refuses it)."""
    try:
        return str(oxigraph_term(node))
    except ValueError as error:
        raise UnwritableTerm(str(error)) from None


@lru_cache(maxsize=1)
def bound_namespaces() -> tuple[tuple[str, str], ...]:
    """The prefixes a kg Dataset binds (rdflib's own and kg's), in prefix order."""
    dataset = Dataset()
    bind(dataset)
    return tuple(sorted((prefix, str(namespace)) for prefix, namespace in dataset.namespaces()))


def prefixes_of(iris: Iterable[str]) -> set[str]:
    return set(shortening_prefixes(bound_namespaces(), sorted(iris)))


def shortening_prefixes(namespaces: Iterable[tuple[str, str]], sorted_iris: list[str]) -> dict[str, str]:
    """The (prefix, namespace) pairs that shorten some IRI of ``sorted_iris``, in the order given.

    A prefix only used for names with a "/" after it (``kgid:person\\/kim``, valid Turtle but
    hard to read) is left out: those IRIs are written in full, as rdflib wrote them.
    """
    used = {}
    for prefix, namespace in namespaces:
        at = bisect_left(sorted_iris, namespace)
        while at < len(sorted_iris) and sorted_iris[at].startswith(namespace):
            if "/" not in sorted_iris[at][len(namespace):]:
                used[prefix] = namespace
                break
            at += 1
    return used
