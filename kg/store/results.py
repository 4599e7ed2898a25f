"""Query results as plain frozen records, whatever engine answered (embedded store, endpoint, files).

The CLI and the formatter only ever see these records, so ``kg query`` prints the same thing for a
graph file, an Oxigraph directory or a remote SPARQL endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal as TypingLiteral

import pyoxigraph as ox

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

QueryKind = TypingLiteral["select", "ask", "construct"]


@dataclass(frozen=True)
class Term:
    """One RDF term of a result row, with what the SPARQL JSON/TSV formats need to write it.

    kind: ``uri``, ``literal``, ``bnode`` or ``triple`` (an RDF-star quoted triple).
    value: the IRI, the literal's lexical form, the blank node id, or the triple in N-Triples.
    datatype: the literal's datatype IRI; ``None`` for plain and language-tagged strings.
    lang: the literal's language tag, else ``None``.
    """

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    @property
    def text(self) -> str:
        """The plain string a row shows: the IRI, the lexical form, or ``_:id`` for a blank node."""
        return f"_:{self.value}" if self.kind == "bnode" else self.value


@dataclass(frozen=True)
class QueryResult:
    """The answer to one SPARQL query.

    kind: ``select``, ``ask`` or ``construct`` (DESCRIBE answers as ``construct``).
    variables: the SELECT variables in order, without ``?``; empty for ASK and CONSTRUCT.
    rows: one tuple per solution, one string per variable (IRIs, literal lexical forms,
        ``_:id`` for blank nodes), ``None`` where the variable is unbound.
    boolean: the ASK answer, else ``None``.
    graph_ntriples: the CONSTRUCT/DESCRIBE graph as N-Triples, else ``None``.
    terms: the same cells as ``rows`` with their RDF term types (for JSON and TSV output).
    """

    kind: QueryKind
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[str | None, ...], ...] = ()
    boolean: bool | None = None
    graph_ntriples: str | None = None
    terms: tuple[tuple[Term | None, ...], ...] = ()

    def dicts(self) -> list[dict[str, str | None]]:
        """One ``{variable: value}`` dict per row of a SELECT answer."""
        return [dict(zip(self.variables, row)) for row in self.rows]


def term_from_oxigraph(term: object) -> Term | None:
    """A pyoxigraph term (or ``None`` for unbound) as a :class:`Term`."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Term("literal", term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            datatype = None
        return Term("literal", term.value, datatype=datatype)
    return Term("triple", str(term))


def result_from_oxigraph(answer: object) -> QueryResult:
    """Turn what ``Store.query`` or ``parse_query_results`` returns into a :class:`QueryResult`."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(kind="ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        data = ox.serialize(answer, format=ox.RdfFormat.N_TRIPLES) or b""
        return QueryResult(kind="construct", graph_ntriples=data.decode("utf-8"))
    variables = tuple(variable.value for variable in answer.variables)
    terms = tuple(
        tuple(term_from_oxigraph(solution[index]) for index in range(len(variables)))
        for solution in answer
    )
    return QueryResult(
        kind="select",
        variables=variables,
        rows=rows_from_terms(terms),
        terms=terms,
    )


def rows_from_terms(terms: tuple[tuple[Term | None, ...], ...]) -> tuple[tuple[str | None, ...], ...]:
    """The plain-string view of typed result cells."""
    return tuple(tuple(None if cell is None else cell.text for cell in row) for row in terms)
