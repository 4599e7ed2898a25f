"""``kg validate`` and ``kg query``: check and ask a graph that kg (or anyone) wrote."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import EXIT_NONCONFORMING, main, validator_option

QUERY_FORMATS = ("table", "csv", "tsv", "json")


@main.command("validate")
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--shapes", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of SHACL shapes (default: the shipped ones).")
@validator_option
def validate_command(graphs: tuple[Path, ...], shapes: Path | None, validator: str) -> None:
    """Check GRAPHS against the SHACL shapes and say what to fix.

    \b
    Exit codes (as pySHACL's):
      0  the graph conforms
      1  it does not: each violation is listed with its node, constraint and article
      2  validation could not run (unreadable graph or shapes)

    \b
    Example:
        kg validate build/graph.ttl
        kg validate build/graph.trig --shapes my-shapes/
        kg validate build/graph.ttl --validator pyshacl
    """
    from kg.output import read_graph
    from kg.validate import format_report, use_validator, validate_dataset

    use_validator(validator)
    report = validate_dataset(read_graph(graphs), shapes)
    click.echo(format_report(report))
    if not report.conforms:
        sys.exit(EXIT_NONCONFORMING)


@main.command("query")
@click.argument("args", nargs=-1, required=True)
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), help="Query the embedded store in this folder.")
@click.option("--endpoint", help="Query this SPARQL 1.1 endpoint URL.")
@click.option("-f", "--format", "fmt", type=click.Choice(QUERY_FORMATS), default=None,
              help="Result format (default: table on a terminal, csv otherwise).")
def query_command(args: tuple[str, ...], store: Path | None, endpoint: str | None, fmt: str | None) -> None:
    """Run QUERY over GRAPH files, an embedded --store, or an --endpoint.

    QUERY is a .rq file, the name of a query shipped in queries/ (e.g. `mentions`),
    or SPARQL text.

    \b
    Usage:
        kg query GRAPH... QUERY
        kg query --store DIR QUERY
        kg query --endpoint URL QUERY

    \b
    Example:
        kg query build/graph.ttl mentions
        kg query build/graph.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' --format json
    """
    from kg.api import query
    from kg.store import format_result

    if store and endpoint:
        raise click.UsageError("Use only one of --store or --endpoint")
    *graphs, query_arg = args
    if (store or endpoint) and graphs:
        raise click.UsageError("Give either GRAPH files or --store/--endpoint, not both")
    if not (store or endpoint or graphs):
        raise click.UsageError("Give GRAPH files to query, or --store DIR, or --endpoint URL")
    missing = [g for g in graphs if not Path(g).exists()]
    if missing:
        raise click.UsageError(f"no such graph file: {missing[0]}")
    result = query(query_arg, graphs, store=store, endpoint=endpoint)
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    click.echo(format_result(result, fmt), nl=False)
