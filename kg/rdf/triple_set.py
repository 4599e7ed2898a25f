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

from rdflib import Graph
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


def triple_set_graph(identifier: Node | None = None) -> Graph:
    """An empty ``Graph`` on a ``TripleSetStore``."""
    return Graph(store=TripleSetStore(), identifier=identifier)


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
        self._triples.add(triple)
        self._subjects = None

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
