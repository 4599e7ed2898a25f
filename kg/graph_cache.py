"""Article graphs kept between streamed builds, so a daily run maps and checks only what changed.

An article graph is not a function of its article alone: entity resolution runs over every
article of the build, and picks the keys (hence IRIs) its mentions point at, the names, labels
and types of those entities, the events it reports and the outlet's label. A new article can
change any of them (a fuller name written more often, a new report of the same event). So an
entry is keyed by everything mapping and checking one article reads: the resolved article (its
NLP result and its mentions' entity keys), the part of the build's context it points at
(``kg.rdf.nodes.context_for``: those entities without their aliases, its events' keys and types,
its outlet's label), the shapes, the output kind, and the code and libraries that map and check.
When resolution gives an old article the same inputs, its graph and its check results are
reused; when it does not, the article is mapped and checked again.

One triple depends on the build itself, ``<graph> prov:wasGeneratedBy <build>``, whose IRI
changes with the build time: it is left out of the entry and added back for the build that reads
it, so a daily run with timestamps reuses graphs too. The article check sees the build's
description (kg version, model, end time); an entry whose check results name the build node
is not kept, so no stale build IRI is ever replayed.
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from bisect import insort
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import PROV

from kg import __version__
from kg.article_graphs import MappedGraph
from kg.cache import EntryFolder
from kg.records import ResolvedArticle
from kg.rdf import iri
from kg.rdf.lines import term_text
from kg.rdf.nodes import Context, context_for
from kg.resources import code_digest, files_digest, library_versions

# The code an article graph and its check come from; a change to any of it makes new keys.
_CODE = ("rdf/*.py", "article_graphs.py", "validate.py", "records.py", "graph_cache.py")
_LIBRARIES = ("rdflib", "pyshacl", "pyoxigraph")
_GENERATED_BY = term_text(PROV.wasGeneratedBy)


@dataclass(frozen=True)
class CachedGraph:
    """An article's graph as a build spools it, and what checking it found (``kg.validate.Violation``)."""

    graph: MappedGraph
    violations: tuple


class GraphCache:
    """The mapped, checked graph of each article, in the ``graphs`` folder of a --cache folder.

    folder (Path): the --cache folder.
    build (dict[str, str]): this build's provenance (``kg.pipeline.build_metadata``).
    validate (bool), shapes (Path | None), quads (bool): as the streamed build is asked.
    """

    def __init__(self, folder: Path, build: dict[str, str], *, validate: bool, shapes: Path | None,
                 quads: bool) -> None:
        self.entries = EntryFolder(folder, "graphs")
        self.build = term_text(iri.build_iri(build))
        timeless = sorted((k, v) for k, v in build.items() if k != "generated_at")
        self.base = repr((__version__, _code_digest(), _shapes_digest(shapes) if validate else None,
                          validate, quads, timeless, "generated_at" in build))

    def key(self, resolved: ResolvedArticle, ctx: Context) -> str:
        """The digest of everything ``kg.article_graphs.map_chunk`` reads to map and check ``resolved``."""
        part = context_for([resolved], ctx)
        entities = sorted((replace(e, aliases=()) for e in part.entities.values()), key=lambda e: e.key)
        events = sorted((index, event.key, event.type) for (_, index), event in part.events.items())
        publishers = sorted((str(node), label) for node, label in part.publishers.items())
        text = repr((self.base, resolved, entities, events, publishers))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> CachedGraph | None:
        """The entry of ``key`` with this build's ``prov:wasGeneratedBy`` line; None when missing or damaged."""
        stored = self.entries.read(key)
        if not isinstance(stored, bytes):
            return None
        try:
            found_key, name, lines, prefixes, violations = pickle.loads(zlib.decompress(stored))
        except Exception:  # noqa: BLE001 - a damaged entry is redone
            return None
        if found_key != key:
            return None
        insort(lines, self._build_line(name))
        return CachedGraph(MappedGraph(name, lines, frozenset(prefixes)), tuple(violations))

    def put(self, key: str, graph: MappedGraph, violations: list) -> bool:
        """Keep one article's graph and check results; False when they depend on the build (not kept)."""
        line = self._build_line(graph.name)
        rest = [text for text in graph.lines if text != line]
        if len(rest) != len(graph.lines) - 1 or any(self.build in text for text in rest):
            return False
        bare = self.build[1:-1]
        if any(bare in (v.focus, v.value) for v in violations):
            return False
        value = (key, graph.name, rest, sorted(graph.prefixes), tuple(violations))
        self.entries.write(key, zlib.compress(pickle.dumps(value, protocol=4), 1))
        return True

    def _build_line(self, name: str) -> str:
        return f"{name} {_GENERATED_BY} {self.build}"


def _code_digest() -> str:
    return f"{code_digest(*_CODE)} {library_versions(_LIBRARIES)}"


def _shapes_digest(shapes: Path | None) -> str:
    from kg.resources import asset_dir

    folder = Path(shapes) if shapes is not None else asset_dir("shapes")
    return files_digest(sorted(folder.glob("*.ttl"))).hexdigest()
