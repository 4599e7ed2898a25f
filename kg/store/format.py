"""Write a :class:`QueryResult` as a table, CSV, TSV or SPARQL JSON: the one format dispatch.

CSV and TSV follow https://www.w3.org/TR/sparql11-results-csv-tsv/ and JSON follows
https://www.w3.org/TR/sparql11-results-json/. CONSTRUCT results are RDF, not tables, so every
format prints them as N-Triples.
"""

from __future__ import annotations

import csv
import io
import json

from kg.errors import QueryError
from kg.store.results import QueryResult, Term

FORMATS = ("table", "csv", "tsv", "json")


def format_result(result: QueryResult, fmt: str) -> str:
    """The result as text in ``fmt`` (one of ``table``, ``csv``, ``tsv``, ``json``).

    RETURNS (str): the text to print, ending with a newline unless it is empty.
    """
    writers = {"table": _table, "csv": _csv, "tsv": _tsv, "json": _json}
    if fmt not in writers:
        raise QueryError(f"Unknown result format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if result.kind == "construct":
        return result.graph_ntriples or ""
    return writers[fmt](result)


def _table(result: QueryResult) -> str:
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    header = list(result.variables)
    cells = [[_one_line(cell or "") for cell in row] for row in result.rows]
    widths = [len(name) for name in header]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row)]
    lines = [_aligned(header, widths), _aligned(["-" * width for width in widths], widths)]
    lines.extend(_aligned(row, widths) for row in cells)
    lines.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(lines) + "\n"


def _aligned(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip()


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text or "\t" in text) else text


def _csv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "true\r\n" if result.boolean else "false\r\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return buffer.getvalue()


def _tsv(result: QueryResult) -> str:
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    for row in _typed_rows(result):
        lines.append("\t".join("" if cell is None else _turtle(cell) for cell in row))
    return "\n".join(lines) + "\n"


def _turtle(term: Term) -> str:
    if term.kind == "uri":
        return f"<{term.value}>"
    if term.kind == "bnode":
        return f"_:{term.value}"
    if term.kind == "triple":
        return term.value
    escaped = (
        term.value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if term.lang:
        return f'"{escaped}"@{term.lang}'
    if term.datatype:
        return f'"{escaped}"^^<{term.datatype}>'
    return f'"{escaped}"'


def _json(result: QueryResult) -> str:
    if result.kind == "ask":
        document: dict = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = []
        for row in _typed_rows(result):
            bindings.append(
                {
                    name: _json_term(cell)
                    for name, cell in zip(result.variables, row)
                    if cell is not None
                }
            )
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False) + "\n"


def _json_term(term: Term) -> dict:
    if term.kind == "triple":
        return {"type": "literal", "value": term.value}
    value: dict = {"type": term.kind, "value": term.value}
    if term.lang:
        value["xml:lang"] = term.lang
    elif term.datatype:
        value["datatype"] = term.datatype
    return value


def _typed_rows(result: QueryResult) -> tuple[tuple[Term | None, ...], ...]:
    """Typed cells; results built by hand with only ``rows`` count every cell as a literal."""
    if result.terms or not result.rows:
        return result.terms
    return tuple(
        tuple(None if cell is None else Term("literal", cell) for cell in row) for row in result.rows
    )
