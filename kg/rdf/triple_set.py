"""A graph for the graphs a build makes by the thousand: written once, then read whole.

An article graph is filled triple by triple, then read end to end (flattened to lines, loaded
into the checker) and dropped. rdflib's default store keeps every triple in several indexes
and context tables, and adding to them was a quarter of the workers' mapping and checking
time; here the triples are one set, and a subject index is made only if a query asks for one.
The graph is still an rdflib ``Graph``: the mapping code and every reader stay the same.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


def triple_set_graph(identifier: Node | None = None) -> Graph:
    """An empty ``TripleSetGraph``."""
    return TripleSetGraph(identifier)


# The term classes the mapping makes; any other Node is still let in, after the slower check.
_TERMS = frozenset({URIRef, Literal, BNode})


class TripleSetGraph(Graph):
    """A ``Graph`` on a ``TripleSetStore`` whose ``add`` and iteration go straight to the set.

    rdflib's ``Graph.add`` checks each term with an abstract-class ``isinstance`` and passes the
    triple through two calls; its iteration wraps every triple in two generators. For the ~300,000
    triples a worker maps and reads per 400 articles, those were a quarter of the mapping time.

    Only rdflib's core prefixes (rdf, rdfs, owl, xsd, xml) are bound to begin with, not its ~30
    defaults (brick, csvw, dcat...), which no article graph uses: binding them was ~7% of
    mapping and checking a chunk. kg's own are bound as for any graph (``kg.rdf.nodes.bind``).
    """

    def __init__(self, identifier: Node | None = None) -> None:
        self._triple_set = TripleSetStore()
        super().__init__(store=self._triple_set, identifier=identifier, bind_namespaces="core")

    def add(self, triple: Triple) -> TripleSetGraph:
        s, p, o = triple
        if type(s) in _TERMS and type(p) in _TERMS and type(o) in _TERMS:
            self._triple_set.add_triple((s, p, o))
        else:  # rdflib's own checks, and its message for what is not a term
            super().add(triple)
        return self

    def __iter__(self) -> Iterator[Triple]:
        return self._triple_set.all_triples()


class TripleSetStore(SimpleMemory):
    """A store of one graph's triples as a set (prefix bindings as ``SimpleMemory`` keeps them).

    Any pattern is answered; one without a subject scans every triple, which is what reading a
    graph whole does anyway.
    """

    def __init__(self) -> None:
        super().__init__()
        self._triples: set[Triple] = set()
        self._subjects: dict[Node, list[Triple]] | None = None

    def add(self, triple: Triple, context=None, quoted: bool = False) -> None:
        self.add_triple(triple)

    def add_triple(self, triple: Triple) -> None:
        self._triples.add(triple)
        self._subjects = None

    def all_triples(self) -> Iterator[Triple]:
        """Every triple (a copy of the set is iterated: the graph may change meanwhile)."""
        return iter(list(self._triples))

    def addN(self, quads) -> None:  # noqa: N802 (rdflib's name)
        self._triples.update((s, p, o) for s, p, o, _ in quads)
        self._subjects = None

    def remove(self, triple_pattern, context=None) -> None:
        self._triples.difference_update([t for t, _ in self.triples(triple_pattern)])
        self._subjects = None

    def triples(self, triple_pattern, context=None) -> Iterator[tuple[Triple, Iterator]]:
        s, p, o = triple_pattern
        if s is not None and p is not None and o is not None:
            candidates = [(s, p, o)] if (s, p, o) in self._triples else []
        elif s is not None:
            candidates = self._by_subject().get(s, [])
        else:
            candidates = list(self._triples)
        for triple in candidates:
            if (p is None or triple[1] == p) and (o is None or triple[2] == o):
                yield triple, iter(())

    def __len__(self, context=None) -> int:
        return len(self._triples)

    def _by_subject(self) -> dict[Node, list[Triple]]:
        if self._subjects is None:
            subjects: dict[Node, list[Triple]] = defaultdict(list)
            for triple in self._triples:
                subjects[triple[0]].append(triple)
            self._subjects = dict(subjects)
        return self._subjects
