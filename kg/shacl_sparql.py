"""SHACL shapes compiled to SPARQL and run on an in-memory Oxigraph store: pySHACL's results, faster.

Why: pySHACL walks every focus node and every constraint in Python, which made checking the
article graphs most of a build's time. Here each constraint component of the shapes graph
(read generically, by component) becomes a SPARQL query that returns only the focus nodes and
values that break it, answered by Oxigraph. The few checks whose meaning is rdflib's and that
SPARQL would only approximate (a datatype's well-formedness, a regular expression, string
lengths, ``sh:in``, ``sh:lessThan``'s ordering) run in Python, on the distinct values a query
returns, in the way pySHACL runs them. pySHACL stays the reference (``kg.validate``):

- ``compile_shapes`` raises ``Unsupported`` for a shape using anything else (another
  component, a path that is not one IRI, recursive or implicitly targeted shapes);
- ``load`` returns None for data a query cannot name term for term (blank nodes).

Oxigraph rewrites typed literals it knows (``"01"^^xsd:integer`` becomes ``"1"``, an
``xsd:nonNegativeInteger`` an ``xsd:integer``, an explicit ``^^xsd:string`` a plain literal),
which pySHACL tells apart; so a typed literal is stored with its datatype IRI wrapped
(``WRAPPED``), which Oxigraph keeps as it is, and unwrapped when read back.

and in both cases the caller runs pySHACL instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from pyshacl.rdfutil import stringify_node
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.rdf.lines import oxigraph_term

SH = Namespace("http://www.w3.org/ns/shacl#")
Triple = tuple[Node, Node, Node]
OxNode = ox.NamedNode | ox.BlankNode | ox.Literal

VALIDATING_NAMESPACES = (str(SH), "http://datashapes.org/dash#")  # pySHACL reads DASH components too
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
# What a shape may say besides its constraints (pySHACL reads no more of these for validation).
NON_VALIDATING = {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group,
                  SH.defaultValue, SH.path, SH.deactivated, *TARGETS}
SINGLE = {SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH.minLength, SH.maxLength, SH.flags,
          SH.path, SH.deactivated}
LIST_COMPONENTS = {SH["or"]: "OrConstraintComponent", SH.xone: "XoneConstraintComponent",
                   SH["and"]: "AndConstraintComponent"}
NODE_KINDS = {SH.IRI: "isIRI(?v)", SH.BlankNode: "isBlank(?v)", SH.Literal: "isLiteral(?v)",
              SH.BlankNodeOrIRI: "(isBlank(?v) || isIRI(?v))", SH.BlankNodeOrLiteral: "(isBlank(?v) || isLiteral(?v))",
              SH.IRIOrLiteral: "(isIRI(?v) || isLiteral(?v))"}
CLASS_OF = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
NODE_VALUE = "BIND(?f AS ?v)"  # a node shape's value node is its focus node
WRAPPED = "urn:kg:shacl-sparql:datatype:"
# sh:lessThan on two plain non-negative integers holds exactly when SPARQL says so; every other
# pair is compared in Python with rdflib's ordering, as pySHACL compares them.
INTEGERS = f"<{WRAPPED}{XSD.integer}>, <{WRAPPED}{XSD.nonNegativeInteger}>"
SURELY_LESS = (f"(datatype(?v) IN ({INTEGERS}) && datatype(?w) IN ({INTEGERS}) && "
               'regex(str(?v), "^[0-9]{1,15}$") && regex(str(?w), "^[0-9]{1,15}$") && '
               f"<{XSD.integer}>(str(?v)) < <{XSD.integer}>(str(?w)))")


class Unsupported(Exception):
    """The shapes use something this compiler does not translate; pySHACL must check them."""


@dataclass(eq=False)
class Shape:
    """One shape of the shapes graph: its node, path (None for a node shape) and constraints."""

    node: Node
    path: URIRef | None
    severity: Node
    messages: tuple[Literal, ...]
    constraints: list[Constraint] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Constraint:
    """One constraint component of a shape, with what it needs: ``value`` its parameter
    (count, class, datatype, pattern...), ``members`` the shapes a logical component names."""

    component: str
    shape: Shape
    value: Node | None = None
    values: tuple[Node, ...] = ()
    members: tuple[Shape, ...] = ()
    test: Callable[[Node], bool] | None = None
    passed: dict = field(default_factory=dict)  # test's answer for each value seen (OxNode -> bool)


@dataclass(frozen=True)
class Result:
    """One validation result, as pySHACL's report gives it (terms as rdflib terms)."""

    focus: Node
    path: Node | None
    component: str
    severity: Node
    value: Node | None
    shape: Node
    messages: tuple[str, ...]


@dataclass(frozen=True)
class CompiledShapes:
    """The shapes with targets (what a validation checks), and the shapes graph for messages."""

    top: tuple[Shape, ...]
    graph: Graph


# ---------------------------------------------------------------- compiling the shapes graph
def compile_shapes(shapes: Graph) -> CompiledShapes:
    """Every targeted shape of ``shapes`` compiled; raises ``Unsupported`` for what is not translated."""
    if any(shapes.triples((None, RDF.type, RDFS.Class))) or any(shapes.triples((None, RDF.type, URIRef(
            "http://www.w3.org/2002/07/owl#Class")))):
        raise Unsupported("implicit class targets (a shape that is also a class)")
    compiled: dict[Node, Shape] = {}
    roots = sorted({s for target in TARGETS for s in shapes.subjects(target, None)}, key=str)
    top = []
    for node in roots:
        shape = _shape(shapes, node, compiled, ())
        shape.targets = [_target(shapes, predicate, value) for predicate in TARGETS
                         for value in sorted(shapes.objects(node, predicate), key=str)]
        top.append(shape)
    return CompiledShapes(tuple(top), shapes)


def _shape(shapes: Graph, node: Node, compiled: dict[Node, Shape], stack: tuple[Node, ...]) -> Shape:
    if node in stack:
        raise Unsupported(f"recursive shape {node}")
    if node in compiled:
        return compiled[node]
    stack = (*stack, node)
    for predicate in set(shapes.predicates(node, None)):
        if str(predicate).startswith(VALIDATING_NAMESPACES) and predicate not in NON_VALIDATING \
                and predicate not in _BUILDERS:
            raise Unsupported(f"{predicate} on shape {node}")
        if predicate in SINGLE and len(set(shapes.objects(node, predicate))) > 1:
            raise Unsupported(f"several {predicate} on shape {node}")
    path = shapes.value(node, SH.path)
    if path is not None and not isinstance(path, URIRef):
        raise Unsupported(f"the path of shape {node} is not a single IRI")
    shape = Shape(node, path, shapes.value(node, SH.severity) or SH.Violation,
                  tuple(sorted(shapes.objects(node, SH.message), key=str)))
    compiled[node] = shape
    if shapes.value(node, SH.deactivated) == Literal(True):
        return shape  # a deactivated shape has no results, and every node conforms to it
    for predicate, build in _BUILDERS.items():
        values = list(shapes.objects(node, predicate))  # pySHACL's order (its messages list them)
        if values:
            shape.constraints.extend(build(shapes, shape, values, compiled, stack))
    return shape


def _target(shapes: Graph, predicate: Node, value: Node) -> str:
    if predicate == SH.targetNode:
        return f"{{ VALUES ?f {{ {_constant(value)} }} }}"
    if not isinstance(value, URIRef):
        raise Unsupported(f"target {predicate} {value} is not an IRI")
    if predicate == SH.targetClass:
        return f"{{ ?f {CLASS_OF} <{value}> }}"
    if predicate == SH.targetSubjectsOf:
        return f"{{ ?f <{value}> ?any }}"
    return f"{{ ?any <{value}> ?f }}"


def _constant(term: Node) -> str:
    """A shapes-graph term as SPARQL text, if Oxigraph keeps it as it is (else ``Unsupported``)."""
    if isinstance(term, BNode):
        raise Unsupported("a blank node as a constant")
    text = str(encode(term))
    if _stored(text) != text:
        raise Unsupported(f"the literal {text}, which Oxigraph would rewrite")
    return text


@lru_cache(maxsize=256)
def _stored(text: str) -> str:
    """A term's text as Oxigraph stores it."""
    store = ox.Store()
    store.load(f"<urn:x> <urn:x> {text} .\n", format=ox.RdfFormat.N_TRIPLES)
    return str(next(iter(store)).object)


def encode(node: Node) -> OxNode:
    """The Oxigraph term a store ``load`` fills holds for an rdflib term (typed literals wrapped)."""
    if isinstance(node, Literal) and node.datatype is not None:
        return ox.Literal(str(node), datatype=ox.NamedNode(WRAPPED + str(node.datatype)))
    return oxigraph_term(node)


def _count(name: str) -> Callable:
    def build(shapes, shape, values, compiled, stack):
        if shape.path is None or not isinstance(values[0], Literal) or not isinstance(values[0].value, int):
            raise Unsupported(f"{name} on a node shape or not an integer")
        return [Constraint(name, shape, values[0])]
    return build


def _classes(shapes, shape, values, compiled, stack):
    for value in values:
        _constant(value)
    return [Constraint("ClassConstraintComponent", shape, value, tuple(values)) for value in values]


def _datatype(shapes, shape, values, compiled, stack):
    return [Constraint("DatatypeConstraintComponent", shape, values[0], test=_datatype_test(values[0]))]


def _node_kind(shapes, shape, values, compiled, stack):
    if values[0] not in NODE_KINDS:
        raise Unsupported(f"sh:nodeKind {values[0]}")
    return [Constraint("NodeKindConstraintComponent", shape, values[0])]


def _patterns(shapes, shape, values, compiled, stack):
    flags = 0
    given = shapes.value(shape.node, SH.flags)
    if given is not None:
        text = str(given.value if isinstance(given, Literal) else given).lower()
        flags = (re.I if "i" in text else 0) | (re.M if "m" in text else 0)
    found = []
    for value in values:
        source = str(value.value) if isinstance(value, Literal) and value.value is not None and len(
            value.value) > 1 else str(value)
        matcher = re.compile(source, flags)
        found.append(Constraint("PatternConstraintComponent", shape, value, tuple(values),
                                test=lambda v, m=matcher: not isinstance(v, BNode) and bool(
                                    m.match(_string(v)) or m.search(_string(v)))))
    return found


def _length(name: str, compare: Callable[[int, int], bool]) -> Callable:
    def build(shapes, shape, values, compiled, stack):
        limit = values[0].value if isinstance(values[0], Literal) else None
        if not isinstance(limit, int) or limit < 0:
            raise Unsupported(f"{name} {values[0]}")
        def test(v: Node) -> bool:
            if name == "MinLengthConstraintComponent" and limit == 0:
                return True
            return not isinstance(v, BNode) and compare(len(_string(v)), limit)
        return [Constraint(name, shape, values[0], test=test)]
    return build


def _in(shapes, shape, values, compiled, stack):
    if len(values) > 1:
        raise Unsupported(f"several sh:in on shape {shape.node}")
    members: set[Node] = set()
    for item in shapes.items(values[0]):  # pySHACL's set, built in its order (its message lists it)
        members.add(item)

    def test(v: Node) -> bool:
        return v in members
    test.members = members  # type: ignore[attr-defined]
    return [Constraint("InConstraintComponent", shape, values[0], tuple(members), test=test)]


def _has_value(shapes, shape, values, compiled, stack):
    for value in values:
        _constant(value)
    return [Constraint("HasValueConstraintComponent", shape, value, tuple(values)) for value in values]


def _less_than(shapes, shape, values, compiled, stack):
    if shape.path is None or not all(isinstance(v, URIRef) for v in values):
        raise Unsupported("sh:lessThan on a node shape or with a path")
    return [Constraint("LessThanConstraintComponent", shape, value, tuple(values)) for value in values]


def _logical(predicate: Node) -> Callable:
    def build(shapes, shape, values, compiled, stack):
        _needs_message(shape)
        return [Constraint(LIST_COMPONENTS[predicate], shape, value,
                           members=tuple(_shape(shapes, m, compiled, stack) for m in Collection(shapes, value)))
                for value in values]
    return build


def _needs_message(shape: Shape) -> None:
    if not shape.messages:
        raise Unsupported(f"a logical constraint on shape {shape.node} without sh:message "
                          "(pySHACL's own message for it is not reproduced)")


def _not(shapes, shape, values, compiled, stack):
    _needs_message(shape)
    return [Constraint("NotConstraintComponent", shape, value, members=(_shape(shapes, value, compiled, stack),))
            for value in values]


def _node(shapes, shape, values, compiled, stack):
    if len(values) > 1:
        raise Unsupported(f"several sh:node on shape {shape.node}")
    _needs_message(shape)
    return [Constraint("NodeConstraintComponent", shape, values[0], tuple(values),
                       members=(_shape(shapes, values[0], compiled, stack),))]


def _property(shapes, shape, values, compiled, stack):
    found = []
    for value in values:
        member = _shape(shapes, value, compiled, stack)
        if member.path is None:
            raise Unsupported(f"sh:property {value} has no sh:path")
        found.append(Constraint("PropertyConstraintComponent", shape, value, members=(member,)))
    return found


_BUILDERS: dict[Node, Callable] = {
    SH.minCount: _count("MinCountConstraintComponent"), SH.maxCount: _count("MaxCountConstraintComponent"),
    SH["class"]: _classes, SH.datatype: _datatype, SH.nodeKind: _node_kind, SH.pattern: _patterns,
    SH.flags: lambda *args: [],
    SH.minLength: _length("MinLengthConstraintComponent", lambda n, limit: n >= limit),
    SH.maxLength: _length("MaxLengthConstraintComponent", lambda n, limit: n <= limit),
    SH["in"]: _in, SH.hasValue: _has_value, SH.lessThan: _less_than,
    SH["or"]: _logical(SH["or"]), SH.xone: _logical(SH.xone), SH["and"]: _logical(SH["and"]),
    SH["not"]: _not, SH.node: _node, SH.property: _property,
}


def _string(v: Node) -> str:
    """A value as pySHACL's string constraints read it (``value_node_to_string``)."""
    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def _datatype_test(rule: Node) -> Callable[[Node], bool]:
    """pySHACL's datatype check: the datatype, well-formed (rdflib's ``ill_typed``), of the right Python type."""
    kinds = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
             XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}

    # bound once per rule: rdflib's namespaces look a name up anew on every access, and this runs per value
    any_literal, any_datatype, string, lang_string = RDFS.Literal, RDFS.Datatype, XSD.string, RDF.langString

    def actual(v: Literal) -> bool:
        kind = kinds.get(rule)
        return True if kind is None else isinstance(v.value, kind)

    def test(v: Node) -> bool:
        if not isinstance(v, Literal):
            return False
        if v.datatype == rule:
            return getattr(v, "ill_typed", None) is not True and actual(v)
        if rule == any_literal or (rule == any_datatype and v.datatype):
            return True
        if v.datatype is None and v.language is None and rule == string:
            return actual(v)
        if rule == lang_string and v.language:
            return actual(v)
        return False
    return test


# ---------------------------------------------------------------- the data
# A typed literal's datatype in N-Triples lines: only a literal object's "^^<datatype> ends a line
# (a literal's text holds no raw line break, an IRI no quote).
_DATATYPE = re.compile(r'"\^\^<([^<>"\s]*)> \.\n')


def load(triples: Iterable[Triple] = (), lines: Iterable[tuple[Sequence[str], Iterable[Node]]] = ()) -> ox.Store | None:
    """The data in an in-memory Oxigraph store (typed literals wrapped), or None if a query could
    not name each of its terms as it is (blank nodes; an explicit ``^^xsd:string``, which
    N-Triples as kg writes it does not keep apart from a plain literal, and pySHACL does).

    triples: rdflib triples; lines: N-Triples lines without the final dot (``kg.rdf.lines``), each
    batch with the distinct rdflib terms it was written from. The text is parsed leniently (IRIs and
    language tags not checked again): lines from ``kg.rdf.lines.term_text`` and the triples' terms
    are written by Oxigraph's own terms, which refuse what is not valid.
    """
    texts: dict[Node, str] = {}

    def text(node: Node) -> str:
        found = texts.get(node)
        if found is None:
            if isinstance(node, BNode):
                raise Unsupported("a blank node")
            found = texts[node] = str(encode(node))
        return found

    try:
        own = "".join([f"{text(s)} {text(p)} {text(o)} .\n" for s, p, o in triples])
        written = []
        for batch, terms in lines:
            if not _exact(terms):
                return None
            if batch:
                written.append(" .\n".join(batch))
                written.append(" .\n")
        store = ox.Store()
        # lenient: every IRI and language tag here was written by Oxigraph's own terms (``encode``,
        # ``kg.rdf.lines.term_text``), which refuse invalid ones, so its parser need not check them again
        store.load(_wrapped("".join(written)) + own, format=ox.RdfFormat.N_TRIPLES, lenient=True)
    except (Unsupported, ValueError, SyntaxError):  # a term Oxigraph refuses: pySHACL checks it
        return None
    return store


def _wrapped(text: str) -> str:
    """N-Triples lines (each ending " .\\n") with each typed literal's datatype IRI wrapped (``WRAPPED``)."""
    return _DATATYPE.sub(rf'"^^<{WRAPPED}\1> .\n', text)


_XSD_STRING = XSD.string
_XSD_STRING_IRI = str(XSD.string)


def _exact(terms: Iterable[Node]) -> bool:
    """Whether N-Triples lines made of ``terms`` name each as it is (no blank node, no explicit xsd:string)."""
    for node in terms:
        if isinstance(node, Literal):
            datatype = node.datatype
            if datatype is not None and datatype == _XSD_STRING:
                return False
        elif isinstance(node, BNode):
            return False
    return True


_TERMS: dict[OxNode, Node] = {}


def rdf(term: OxNode) -> Node:
    """The rdflib term for an Oxigraph one read back from a store ``load`` filled (kept for the
    next chunks, which share most values: offsets, dates, labels)."""
    found = _TERMS.get(term)
    if found is None:
        if len(_TERMS) > 100_000:
            _TERMS.clear()
        found = _TERMS[term] = _rdf(term)
    return found


def _rdf(term: OxNode) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype.startswith(WRAPPED):
            return Literal(term.value, datatype=URIRef(datatype[len(WRAPPED):]))
        if datatype == _XSD_STRING_IRI:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    return BNode(term.value)


# ---------------------------------------------------------------- checking
class _Checker:
    """Runs the compiled shapes on one store."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.term = rdf

    def rows(self, query: str) -> Iterator[tuple]:
        for row in self.store.query(query):
            yield tuple(row)

    def check(self, shape: Shape, focus: str) -> list[tuple]:
        """The results of ``shape`` on the nodes the subquery ``focus`` selects (as ``?f``):
        (focus, value or None, constraint), and (..., True) for an sh:node result's details."""
        found: list[tuple] = []
        value = f"?f <{shape.path}> ?v ." if shape.path is not None else NODE_VALUE
        tested = [c for c in shape.constraints if c.test is not None]
        each_has_one = False
        if tested:
            each_has_one = self._tested(tested, focus, value, found)
        for constraint in shape.constraints:
            if constraint.test is None and not (each_has_one and _at_least_one(constraint)):
                found.extend(_CHECKS[constraint.component](self, constraint, focus, value))
        return found

    def nonconforming(self, shape: Shape, focus: str) -> set[OxNode]:
        return {found[0] for found in self.check(shape, focus) if len(found) == 3}

    def _tested(self, constraints: list[Constraint], focus: str, value: str, found: list[tuple]) -> bool:
        """Constraints checked value by value in Python: each distinct value once, then who has the
        bad ones (added to ``found``). On a property shape the same query tells whether each focus
        node has a value (then a minCount of 1 needs no query of its own): returns whether it does."""
        bad: dict[Constraint, list[OxNode]] = {c: [] for c in constraints}
        each_has_one = value != NODE_VALUE
        pattern = f"OPTIONAL {{ {value} }}" if each_has_one else value
        for row in self.store.query(f"SELECT DISTINCT ?v WHERE {{ {{ {focus} }} {pattern} }}"):
            v = row[0]
            if v is None:  # a focus node without a value
                each_has_one = False
                continue
            for constraint in constraints:
                passed = constraint.passed.get(v)
                if passed is None:
                    if len(constraint.passed) > 200_000:
                        constraint.passed.clear()
                    passed = constraint.passed[v] = constraint.test(self.term(v))
                if not passed:
                    bad[constraint].append(v)
        for constraint, values in bad.items():
            if values:
                found.extend((f, v, constraint) for f, v in self._having(focus, value, values))
        return each_has_one

    def _having(self, focus: str, value: str, values: Iterable[OxNode]) -> Iterator[tuple]:
        listed = f"VALUES ?v {{ {' '.join(str(v) for v in values)} }}"
        yield from self.rows(f"SELECT DISTINCT ?f ?v WHERE {{ {_breaking(focus, value, listed)} }}")


def _breaking(focus: str, value: str, test: str) -> str:
    """The pattern of the focus nodes ``?f`` and values ``?v`` that ``test`` (SPARQL that follows
    ``value``) keeps. On a property shape the test runs first, in a subquery, on every triple of
    the path, and only the few pairs it keeps are joined with the focus nodes: joining every
    value with tens of thousands of focus nodes was most of a query's time."""
    if value == NODE_VALUE:
        return f"{{ {focus} }} {value} {test}"
    return f"{{ {focus} }} {{ SELECT * WHERE {{ {value} {test} }} }}"


def _at_least_one(c: Constraint) -> bool:
    """Whether ``c`` holds for each focus node that has a value: a minCount of at most 1."""
    return c.component == "MinCountConstraintComponent" and c.value.value <= 1


def _min_count(checker: _Checker, c: Constraint, focus: str, value: str) -> Iterator[tuple]:
    limit = c.value.value
    if limit == 1:
        query = f"SELECT ?f WHERE {{ {{ {focus} }} FILTER NOT EXISTS {{ {value} }} }}"
    elif limit > 1:
        query = (f"SELECT ?f WHERE {{ {{ {focus} }} OPTIONAL {{ {value} }} }} "
                 f"GROUP BY ?f HAVING (COUNT(DISTINCT ?v) < {limit})")
    else:
        return
    yield from ((f, None, c) for (f,) in checker.rows(query))


def _max_count(checker: _Checker, c: Constraint, focus: str, value: str) -> Iterator[tuple]:
    """Values counted for every subject of the path, then the few with too many joined with the focus nodes.
    COUNT(?v) is COUNT(DISTINCT ?v) here (a subject's values of one predicate are distinct triples), faster."""
    counted = f"SELECT ?f WHERE {{ {value} }} GROUP BY ?f HAVING (COUNT(?v) > {c.value.value})"
    query = f"SELECT ?f WHERE {{ {{ {focus} }} {{ {counted} }} }}"
    yield from ((f, None, c) for (f,) in checker.rows(query))


def _has_value_check(checker: _Checker, c: Constraint, focus: str, value: str) -> Iterator[tuple]:
    wanted = _constant(c.value)
    query = f"SELECT ?f WHERE {{ {{ {focus} }} FILTER NOT EXISTS {{ {value} FILTER(sameTerm(?v, {wanted})) }} }}"
    yield from ((f, None, c) for (f,) in checker.rows(query))


def _less_than_check(checker: _Checker, c: Constraint, focus: str, value: str) -> Iterator[tuple]:
    test = f"?f <{c.value}> ?w . FILTER(!COALESCE({SURELY_LESS}, false))"
    query = f"SELECT ?f ?v ?w WHERE {{ {_breaking(focus, value, test)} }}"
    for f, v, w in checker.rows(query):
        if not _less(checker.term(v), checker.term(w)):
            yield f, v, c


def _less(value: Node, other: Node) -> bool:
    """pySHACL's sh:lessThan test of one pair (``_compare_lt``)."""
    def plain(node: Node) -> tuple[object, bool]:
        if isinstance(node, URIRef):
            return str(node), True
        if isinstance(node, Literal) and isinstance(node.value, str):
            return node.value, True
        return node, False
    (a, a_text), (b, b_text) = plain(value), plain(other)
    if a_text != b_text:
        return False
    return bool(a < b)


def _logical_check(checker: _Checker, c: Constraint, focus: str, value: str) -> Iterator[tuple]:
    inner = (f"SELECT DISTINCT ?f WHERE {{ {{ SELECT (?f AS ?g) WHERE {{ {{ {focus} }} }} }} ?g <{c.shape.path}> ?f }}"
             if c.shape.path is not None else focus)
    if c.component == "NodeConstraintComponent":
        yield from _node_check(checker, c, focus, value, inner)
        return
    failing = [checker.nonconforming(member, inner) for member in c.members]
    if c.component in ("OrConstraintComponent", "AndConstraintComponent"):
        bad = set.intersection(*failing) if c.component == "OrConstraintComponent" else set().union(*failing)
        if not bad:
            return
        if c.shape.path is None:
            yield from ((v, v, c) for v in bad)
        else:
            yield from ((f, v, c) for f, v in checker._having(focus, value, bad))
        return
    rows = checker.rows(f"SELECT DISTINCT ?f ?v WHERE {{ {{ {focus} }} {value} }}")
    for f, v in rows:
        conforming = sum(v not in nodes for nodes in failing)
        if (c.component == "XoneConstraintComponent" and conforming != 1) or (
                c.component == "NotConstraintComponent" and conforming):
            yield f, v, c


def _node_check(checker: _Checker, c: Constraint, focus: str, value: str, inner: str) -> Iterator[tuple]:
    """sh:node: a result for each value not conforming, followed (as pySHACL's sh:detail) by that value's own results."""
    details: dict[OxNode, list[tuple]] = {}
    for found in checker.check(c.members[0], inner):
        details.setdefault(found[0], []).append(found)
    if not details:
        return
    pairs = ((v, v) for v in details) if c.shape.path is None else checker._having(focus, value, details)
    for f, v in pairs:
        yield f, v, c
        yield from ((*found[:3], True) for found in details[v])


def _property_check(checker: _Checker, c: Constraint, focus: str, value: str) -> list[tuple]:
    return checker.check(c.members[0], focus)


_CHECKS: dict[str, Callable] = {
    "MinCountConstraintComponent": _min_count, "MaxCountConstraintComponent": _max_count,
    "HasValueConstraintComponent": _has_value_check, "LessThanConstraintComponent": _less_than_check,
    "OrConstraintComponent": _logical_check, "XoneConstraintComponent": _logical_check,
    "AndConstraintComponent": _logical_check, "NotConstraintComponent": _logical_check,
    "NodeConstraintComponent": _logical_check, "PropertyConstraintComponent": _property_check,
}


def _node_kind_check(checker: _Checker, c: Constraint, focus: str, value: str) -> Iterator[tuple]:
    query = f"SELECT DISTINCT ?f ?v WHERE {{ {_breaking(focus, value, f'FILTER(!{NODE_KINDS[c.value]})')} }}"
    yield from ((f, v, c) for f, v in checker.rows(query))


def _class_check(checker: _Checker, c: Constraint, focus: str, value: str) -> Iterator[tuple]:
    # MINUS, not FILTER NOT EXISTS: Oxigraph evaluates the latter's path again for each value
    query = f"SELECT DISTINCT ?f ?v WHERE {{ {_breaking(focus, value, f'MINUS {{ ?v {CLASS_OF} <{c.value}> }}')} }}"
    yield from ((f, v, c) for f, v in checker.rows(query))


_CHECKS["NodeKindConstraintComponent"] = _node_kind_check
_CHECKS["ClassConstraintComponent"] = _class_check


def check(compiled: CompiledShapes, store: ox.Store, data: Graph) -> list[Result]:
    """Every result of the targeted shapes on ``store`` (filled by ``load``).

    data (Graph): whose namespace prefixes pySHACL's own messages would use for data nodes.
    """
    checker = _Checker(store)
    found = []
    for shape in compiled.top:
        if not shape.targets:
            continue
        focus = "SELECT DISTINCT ?f WHERE { " + " UNION ".join(shape.targets) + " }"
        for f, v, c, *_ in checker.check(shape, focus):
            found.append(_result(compiled.graph, data, checker.term(f), None if v is None else checker.term(v), c))
    return found


def _result(shapes: Graph, data: Graph, focus: Node, value: Node | None, c: Constraint) -> Result:
    messages = c.shape.messages or (Literal(_message(shapes, data, focus, value, c)),)
    return Result(focus, c.shape.path, c.component, c.shape.severity, value, c.shape.node,
                  tuple(sorted({str(m) for m in messages})))


def _message(shapes: Graph, data: Graph, focus: Node, value: Node | None, c: Constraint) -> str:
    """pySHACL's message for a result of a shape without ``sh:message`` (its ``make_generic_messages``)."""
    def s(node: Node) -> str:
        return stringify_node(shapes, node)

    def d(node: Node | None) -> str:
        try:
            return stringify_node(data, node)
        except (LookupError, ValueError):
            return str(node)
    path = s(c.shape.path) if c.shape.path is not None else None
    name = c.component
    if name in ("MinCountConstraintComponent", "MaxCountConstraintComponent"):
        word = "Less" if name.startswith("Min") else "More"
        return f"{word} than {c.value.value} values on {d(focus)}->{path}"
    if name == "ClassConstraintComponent":
        if len(c.values) < 2:
            return f"Value does not have class {s(c.values[0])}"
        return "Value class is not in classes ({})".format(", ".join(s(x) for x in c.values))
    if name == "DatatypeConstraintComponent":
        return f"Value is not Literal with datatype {s(c.value)}"
    if name == "NodeKindConstraintComponent":
        return f"Value is not of Node Kind {s(c.value)}"
    if name == "PatternConstraintComponent":
        if len(c.values) < 2:
            return f"Value does not match pattern '{c.value.value}'"
        return "Value does not match every pattern in ('{}')".format("', '".join(str(x.value) for x in c.values))
    if name in ("MinLengthConstraintComponent", "MaxLengthConstraintComponent"):
        return "String length not {} {}".format(">=" if name.startswith("Min") else "<=", d(c.value))
    if name == "InConstraintComponent":
        return "Value {} not in list {}".format(d(value), [s(x) for x in c.test.members])
    if name == "HasValueConstraintComponent":
        values = [s(x) for x in set(c.values)]
        if path is not None:
            return f"Node {d(focus)}->{path} does not contain a value in the set: {values}"
        return f"Node {d(focus)} value is not a in the set of values: {values}"
    if name == "LessThanConstraintComponent":
        rules = s(c.values[0]) if len(c.values) < 2 else ", ".join(s(x) for x in c.values)
        return f"Value of {d(focus)}->{rules} <= {d(value)}"  # (sic: pySHACL's wording)
    raise AssertionError(f"no message for {name}")  # compile_shapes lets no other component through
