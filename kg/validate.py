"""Check graphs against the SHACL shapes in ``shapes/``, and say what is wrong where.

Two engines give the same results (tests/test_validate_sparql.py): ``sparql``, the default, the
shapes compiled to SPARQL on an in-memory Oxigraph store (``kg.shacl_sparql``; it hands over
to pySHACL for shapes or data it does not translate exactly), and ``pyshacl``, the reference.
``KG_VALIDATOR`` (or ``kg build --validator``) chooses. No inference runs: the mapping writes
every type the shapes need. A Dataset is validated one named graph at a time, so memory stays
flat and each violation is tied to the article it came from. An article graph only points
at the entities it names (they are described once, in the entities graph), so it is
checked together with the descriptions of what it points at (``with_descriptions``; a
streamed build's worker checks a chunk of articles and those descriptions in one run,
``validate_together``); the entities graph is checked once, on its own.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import pyshacl
from rdflib import RDF, SDO, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg import shacl_sparql
from kg.errors import ShapesError
from kg.processes import worker_pool
from kg.rdf.iri import ENTITIES_GRAPH
from kg.rdf.namespaces import KGO
from kg.resources import asset_dir

SH = Namespace("http://www.w3.org/ns/shacl#")
# pySHACL logs a malformed shape to stderr and then raises it; the raised error becomes the
# one-line message below, so the logged copy (two more lines) is dropped.
logging.getLogger("pyshacl-validate").addFilter(lambda record: record.levelno < logging.ERROR)
_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
VALIDATORS = ("sparql", "pyshacl")


def validator() -> str:
    """The engine that checks graphs here and in worker processes: ``KG_VALIDATOR``, else ``sparql``."""
    name = os.environ.get("KG_VALIDATOR") or "sparql"
    if name not in VALIDATORS:
        raise ValueError(f"KG_VALIDATOR={name!r} is not a validator; expected one of {', '.join(VALIDATORS)}")
    return name


def use_validator(name: str) -> None:
    """Check with ``name`` from now on, in this process and the worker processes it starts."""
    if name not in VALIDATORS:
        raise ValueError(f"unknown validator {name!r}; expected one of {', '.join(VALIDATORS)}")
    os.environ["KG_VALIDATOR"] = name


@dataclass(frozen=True)
class Violation:
    """One validation result.

    focus: the node that breaks the shape; path: the property, or None for the node itself.
    constraint: the SHACL constraint component ("MinCountConstraintComponent").
    severity: "Violation", "Warning" or "Info" (only violations make a graph non-conforming).
    article: the article IRI the node belongs to, and source its file name, when known.
    graph: the named graph it was found in, when a Dataset was validated.
    """

    focus: str
    path: str | None
    constraint: str
    message: str
    severity: str
    value: str | None = None
    shape: str | None = None
    article: str | None = None
    source: str | None = None
    graph: str | None = None


@dataclass(frozen=True)
class ValidationReport:
    """Whether the data conforms (warnings allowed) and every result found."""

    conforms: bool
    violations: tuple[Violation, ...] = ()

    @property
    def errors(self) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.severity == "Violation")


def load_shapes(shapes_dir: Path | None = None) -> Graph:
    """Every ``*.ttl`` under ``shapes_dir`` (default: the shipped ``shapes/``) as one graph."""
    folder = Path(shapes_dir) if shapes_dir is not None else asset_dir("shapes")
    return _load_shapes(str(folder.resolve()))


@lru_cache(maxsize=4)
def _load_shapes(folder: str) -> Graph:
    paths = sorted(Path(folder).glob("*.ttl"))
    if not paths:
        raise ShapesError(f"no SHACL shapes (*.ttl) found in {folder}")
    shapes = Graph()
    for path in paths:
        try:
            shapes.parse(path, format="turtle")
        except Exception as error:  # rdflib raises many parser error types
            raise ShapesError(f"cannot parse shapes file {path}: {_one_line(error)}; fix it, "
                              "or leave out --shapes to use the shipped shapes") from error
    if (None, RDF.type, SH.NodeShape) not in shapes and (None, SH.path, None) not in shapes:
        raise ShapesError(f"{folder} has no sh:NodeShape or property shape; is it a SHACL shapes folder?")
    return shapes


def validate(graph: Graph, shapes_dir: Path | None = None) -> ValidationReport:
    """Validate one graph (a Dataset is validated graph by graph, see ``validate_dataset``)."""
    if isinstance(graph, Dataset):
        return validate_dataset(graph, shapes_dir)
    shapes = load_shapes(shapes_dir)
    violations = _run(graph, shapes, None)
    return ValidationReport(not any(v.severity == "Violation" for v in violations), violations)


def validate_dataset(
    dataset: Dataset, shapes_dir: Path | None = None, batch: int = 128, jobs: int = 1
) -> ValidationReport:
    """Validate the non-empty named graphs of ``dataset``; one report for all.

    Each graph other than the entities graph is checked with the descriptions (from the
    entities graph) of the nodes it points at. Graphs are validated ``batch`` at a time
    (``batch=1``: each strictly on its own), in ``jobs`` worker processes. Article graphs
    only share the entity descriptions they are given, so a batch finds what the graphs
    alone would; each result still names the graph its focus node came from.
    """
    graphs = sorted((g for g in dataset.graphs() if len(g)), key=lambda g: str(g.identifier))
    entities = next((g for g in graphs if g.identifier == ENTITIES_GRAPH), None)
    if entities is not None:
        found = descriptions(entities)
        graphs = [g if g is entities else with_descriptions(g, found) for g in graphs]
    return validate_graphs(graphs, shapes_dir, batch, jobs)


Triple = tuple[Node, Node, Node]


def descriptions(entities: Graph) -> dict[Node, list[Triple]]:
    """The triples of each node the entities graph describes, events left out.

    Events are the entities graph's own statements (with every article reporting them) and
    are checked there, once; entities, outlets and the build are what an article points at.
    """
    events = set(entities.subjects(RDF.type, KGO.Event))
    found: dict[Node, list[Triple]] = {}
    for triple in entities:
        if triple[0] not in events:
            found.setdefault(triple[0], []).append(triple)
    return found


def with_descriptions(graph: Graph, described: Mapping[Node, Sequence[Triple]]) -> Graph:
    """``graph`` plus the descriptions of the nodes it names (what its shapes need to see)."""
    merged = Graph(identifier=graph.identifier)
    nodes = set()
    for triple in graph:
        merged.add(triple)
        nodes.add(triple[0])
        nodes.add(triple[2])
    for node in nodes:
        for triple in described.get(node, ()):
            merged.add(triple)
    return merged


def named_nodes(graph: Graph) -> set[Node]:
    """Every subject and object of ``graph``: the nodes whose descriptions its check reads."""
    return {term for s, _, o in graph for term in (s, o)}


def validate_together(graphs: Sequence[Graph], described: Mapping[Node, Sequence[Triple]],
                      shapes_dir: Path | None = None, nodes: Sequence[set[Node]] | None = None,
                      lines: Sequence[tuple[Sequence[str], Iterable[Node]]] | None = None) -> list[Violation]:
    """Check ``graphs`` with the descriptions of the nodes they name in one run.

    The data checked is that of ``validate_graphs`` over ``with_descriptions`` of each graph
    (the same triples, and each result named after the same graph), built once: an
    article's triples copied once, each description once for the chunk instead of once per
    article naming it. Each result is what checking its article alone finds, as long as no
    shape reads what another article says of a node they share (no shipped shape does;
    tests/test_validate_together.py).
    nodes (list[set]): ``named_nodes`` of each graph, when the caller has them.
    lines (list): each graph's N-Triples lines and the terms they are made of
    (``kg.article_graphs.read``), when the caller has them: the SPARQL engine loads those
    instead of reading the graphs again.
    """
    nodes = nodes if nodes is not None else [named_nodes(graph) for graph in graphs]
    shapes = load_shapes(shapes_dir)
    view = _Chunk(graphs, described, nodes)
    found = None
    if validator() == "sparql":
        if lines is not None:  # the graphs as their lines, and each description once
            found = _run_sparql(shapes, view, Graph(), None, lines=lines, triples=view.descriptions())
        else:
            found = _run_sparql(shapes, view, Graph(), None, triples=view.triples())
    if found is None:
        merged = Graph()
        for triple in view.triples():
            merged.add(triple)
        found = _run_pyshacl(merged, shapes, None)
    return _once([replace(v, graph=view.home(URIRef(v.focus))) for v in found])


class _Chunk:
    """A chunk's article graphs, each followed by the descriptions of the nodes it names: the
    data ``validate_together`` checks, read in the order a merged graph would hold it."""

    def __init__(self, graphs: Sequence[Graph], described: Mapping[Node, Sequence[Triple]],
                 nodes: Sequence[set[Node]]) -> None:
        self.described = described
        self.parts = [(graph, {node: described[node] for node in found if described.get(node)})
                      for graph, found in zip(graphs, nodes)]

    def descriptions(self) -> Iterator[Triple]:
        """Each description the chunk's graphs are given, once (its node's triples, as ``described`` holds them)."""
        nodes = {node for _, extra in self.parts for node in extra}
        for node in nodes:
            yield from self.described[node]

    def triples(self) -> Iterator[Triple]:
        for graph, extra in self.parts:
            yield from graph
            for triples in extra.values():
                yield from triples

    def home(self, node: Node) -> str | None:
        """The first graph that says something of ``node``, or names it and has its description."""
        for graph, extra in self.parts:
            if node in extra or (node, None, None) in graph:
                return str(graph.identifier)
        return None

    def __contains__(self, triple: Triple) -> bool:
        return any(triple in graph or triple in extra.get(triple[0], ()) for graph, extra in self.parts)

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        for graph, extra in self.parts:
            yield from graph.objects(subject, predicate)
            yield from (o for _, p, o in extra.get(subject, ()) if p == predicate)

    def subjects(self, predicate: Node, obj: Node) -> Iterator[Node]:
        for graph, extra in self.parts:
            yield from graph.subjects(predicate, obj)
            for triples in extra.values():
                yield from (s for s, p, o in triples if p == predicate and o == obj)

    def value(self, subject: Node, predicate: Node) -> Node | None:
        return next(self.objects(subject, predicate), None)


def validate_graphs(
    graphs: Iterable[Graph], shapes_dir: Path | None = None, batch: int = 128, jobs: int = 1
) -> ValidationReport:
    """Validate graphs as they come (e.g. article graphs from a parallel map), ``batch`` at a time."""
    if batch < 1 or jobs < 1:
        raise ValueError(f"batch and jobs must be at least 1, got batch={batch}, jobs={jobs}")
    load_shapes(shapes_dir)  # fail early, in this process, if the shapes cannot load
    chunks = _chunks(graphs, batch)
    found: list[Violation] = []
    if jobs == 1:
        for chunk in chunks:
            found.extend(_run_batch([(str(g.identifier), g) for g in chunk], shapes_dir))
    else:
        payloads = ([(str(g.identifier), g.serialize(format="nt")) for g in chunk] for chunk in chunks)
        with worker_pool(jobs) as pool:  # workers that never outlive a killed build
            for violations in pool.map(_run_batch, payloads, repeat(shapes_dir)):
                found.extend(violations)
    found = _once(found)
    return ValidationReport(not any(v.severity == "Violation" for v in found), tuple(found))


def lines_conform(lines: Sequence[str], shapes_dir: Path | None = None) -> bool:
    """Whether N-Triples lines as ``kg.rdf.lines`` writes them break no shape, read straight into the
    SPARQL engine (no rdflib graph: the co-mention table is millions of lines). False means "not
    shown here": a result, a blank node, an explicit ``xsd:string`` or pySHACL as the validator
    leave the graph to the full check, which names each result as ``validate_graphs`` does."""
    if validator() != "sparql" or any("_:" in line or _XSD_STRING_TEXT in line for line in lines):
        return False
    compiled = _compiled(load_shapes(shapes_dir))
    store = shacl_sparql.load(lines=[(lines, ())]) if compiled is not None else None
    return store is not None and not shacl_sparql.check(compiled, store, Graph())


_XSD_STRING_TEXT = f"^^<{XSD.string}>"


def report_of(violations: Iterable[Violation]) -> ValidationReport:
    """One report from results found in any order (parallel workers): each once, in a fixed order."""
    found = _once(sorted(violations, key=lambda v: (v.graph or "", v.article or "", v.focus, v.path or "",
                                                    v.constraint, v.message, v.value or "")))
    return ValidationReport(not any(v.severity == "Violation" for v in found), tuple(found))


def _once(violations: list[Violation]) -> list[Violation]:
    """Each result once: an entity described in several checked graphs breaks its shape once."""
    seen: set[tuple] = set()
    kept = []
    for v in violations:
        key = (v.focus, v.path, v.constraint, v.message, v.severity, v.value, v.shape)
        if key not in seen:
            seen.add(key)
            kept.append(v)
    return kept


def _chunks(graphs: Iterable[Graph], size: int) -> Iterator[list[Graph]]:
    chunk: list[Graph] = []
    for graph in graphs:
        chunk.append(graph)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_batch(graphs: list[tuple[str, Graph | str]], shapes_dir: Path | None) -> list[Violation]:
    """Validate the union of ``graphs`` (Graphs, or N-Triples text from another process) once.

    Each result is named after the graph its focus node is first a subject in.
    """
    merged = Graph()
    home: dict[Node, str] = {}
    for name, graph in graphs:
        if isinstance(graph, str):
            graph = Graph().parse(data=graph, format="nt")
        for triple in graph:
            merged.add(triple)
            home.setdefault(triple[0], name)
    return [replace(v, graph=home.get(URIRef(v.focus))) for v in _run(merged, load_shapes(shapes_dir), None)]


def _run(graph: Graph, shapes: Graph, name: str | None) -> tuple[Violation, ...]:
    found = _run_sparql(shapes, graph, graph, name, triples=graph) if validator() == "sparql" else None
    return found if found is not None else _run_pyshacl(graph, shapes, name)


def _run_pyshacl(graph: Graph, shapes: Graph, name: str | None) -> tuple[Violation, ...]:
    try:
        _, results, _ = pyshacl.validate(
            graph, shacl_graph=shapes, inference="none", advanced=False,
            allow_warnings=True, allow_infos=True, inplace=True,
        )
    except pyshacl.errors.ShapeLoadError as error:
        raise ShapesError(f"cannot load SHACL shapes: {_one_line(error)}") from error
    except pyshacl.errors.ConstraintLoadError as error:
        raise ShapesError(f"a SHACL shape is malformed: {_one_line(error)}") from error
    return _sorted(_violation(results, r, graph, name) for r in results.subjects(RDF.type, SH.ValidationResult))


def _run_sparql(shapes: Graph, data, names: Graph, name: str | None, *, triples: Iterable[Triple] = (),
                lines: Iterable[tuple[Sequence[str], Iterable[Node]]] = ()) -> tuple[Violation, ...] | None:
    """The results of the shapes compiled to SPARQL on ``triples`` and ``lines`` (see
    ``kg.shacl_sparql.load``), or None where pySHACL must run instead.

    data: where a result's article is looked up (a Graph, or ``_Chunk``); names (Graph): whose
    prefixes the messages of shapes without ``sh:message`` use for data nodes, as pySHACL's do.
    """
    compiled = _compiled(shapes)
    store = shacl_sparql.load(triples, lines) if compiled is not None else None
    if store is None:
        return None
    return _sorted(_made(r.focus, r.path, r.component, r.messages, r.severity, r.value, r.shape, data, name)
                   for r in shacl_sparql.check(compiled, store, names))


_COMPILED: dict[int, tuple[Graph, shacl_sparql.CompiledShapes | None]] = {}


def _compiled(shapes: Graph) -> shacl_sparql.CompiledShapes | None:
    """The shapes compiled once per process (None, with a warning, if pySHACL must check them)."""
    known = _COMPILED.get(id(shapes))
    if known is None or known[0] is not shapes:
        try:
            known = (shapes, shacl_sparql.compile_shapes(shapes))
        except shacl_sparql.Unsupported as reason:
            warnings.warn(f"these SHACL shapes are checked with pySHACL (slower): {reason}", stacklevel=3)
            known = (shapes, None)
        _COMPILED[id(shapes)] = known
    return known[1]


def _sorted(violations: Iterable[Violation]) -> tuple[Violation, ...]:
    return tuple(sorted(violations, key=lambda v: (v.article or "", v.focus, v.path or "", v.constraint, v.message)))


def _one_line(error: Exception, limit: int = 300) -> str:
    """A parser's or pySHACL's message (often several lines) as one line for stderr."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _text(node: Node | None) -> str | None:
    return None if node is None else str(node)


def _violation(results: Graph, result: Node, data: Graph, name: str | None) -> Violation:
    component = results.value(result, SH.sourceConstraintComponent)
    return _made(results.value(result, SH.focusNode), results.value(result, SH.resultPath),
                 str(component).rsplit("#", 1)[-1] if component is not None else "unknown",
                 [str(m) for m in results.objects(result, SH.resultMessage)],
                 results.value(result, SH.resultSeverity), results.value(result, SH.value),
                 results.value(result, SH.sourceShape), data, name)


def _made(focus: Node | None, path: Node | None, constraint: str, messages: Iterable[str], severity: Node | None,
          value: Node | None, shape: Node | None, data, name: str | None) -> Violation:
    """A result as a ``Violation``, with the article its focus belongs to, whichever engine found it."""
    article = _article_of(data, focus)
    sources = sorted(data.objects(article, SDO.identifier)) if article is not None else []
    source = sources[0] if sources else None  # the first, as for the article: a broken one may have two
    return Violation(
        focus=str(focus),
        path=_text(path),
        constraint=constraint,
        message="; ".join(sorted(messages)) or "does not conform",
        severity=_SEVERITY.get(severity, "Violation"),
        value=_text(value),
        shape=_text(shape) if isinstance(shape, URIRef) else None,
        article=_text(article),
        source=_text(source) if isinstance(source, Literal) else None,
        graph=name,
    )


def _article_of(data, node: Node | None) -> URIRef | None:
    """The article a node is part of: itself, its kgo:inArticle, or the first article reporting it."""
    if node is None:
        return None
    if (node, RDF.type, KGO.NewsArticle) in data:
        return node  # type: ignore[return-value]
    for prop in (KGO.inArticle, KGO.reportedIn):
        articles = sorted(data.objects(node, prop))
        if articles:
            return articles[0]  # type: ignore[return-value]
    mentioned = sorted(data.subjects(KGO.mentions, node))
    if mentioned:
        return mentioned[0]  # type: ignore[return-value]
    return None


def format_report(report: ValidationReport, limit: int = 50) -> str:
    """A report a person can act on: one line per result (node, property, constraint, article)."""
    errors = sum(1 for v in report.violations if v.severity == "Violation")
    warnings = len(report.violations) - errors
    head = "Conforms" if report.conforms else "Does not conform"
    lines = [f"{head}: {errors} violation(s), {warnings} warning(s)."]
    for v in report.violations[:limit]:
        where = f" in article {v.source} <{v.article}>" if v.source else (
            f" in article <{v.article}>" if v.article else (f" in graph <{v.graph}>" if v.graph else ""))
        path = f" property <{v.path}>" if v.path else ""
        shown = v.value if v.value is None or len(v.value) <= 80 else v.value[:77] + "..."
        value = f" (value {shown!r})" if shown is not None else ""  # not a whole article body
        lines.append(f"{v.severity}: <{v.focus}>{path}{where}: {v.message}{value} [{v.constraint}]")
    if len(report.violations) > limit:
        lines.append(f"... and {len(report.violations) - limit} more. Most common:")
        counts = Counter((v.severity, v.message) for v in report.violations)
        for (severity, message), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
            lines.append(f"  {count} x {severity}: {message}")
    return "\n".join(lines)
