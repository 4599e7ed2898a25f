"""``kg load``: put graph files into an embedded Oxigraph store or a SPARQL 1.1 server."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import main
from kg import api
from kg.store import dump_store


@main.command("load")
@click.argument(
    "graphs",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--store",
    type=click.Path(file_okay=False, path_type=Path),
    help="Oxigraph store directory (made if missing).",
)
@click.option("--endpoint", metavar="URL", help="SPARQL 1.1 server: its dataset URL.")
@click.option("--gsp-url", metavar="URL", help="Graph Store Protocol URL, if not derivable from --endpoint.")
@click.option(
    "--graph",
    metavar="IRI",
    help="Named graph for triples outside any named graph (default: the file's file: IRI).",
)
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds per HTTP request.")
def load(
    graphs: tuple[Path, ...],
    store: Path | None,
    endpoint: str | None,
    gsp_url: str | None,
    graph: str | None,
    timeout: float,
) -> None:
    """Load GRAPHS into a store; each named graph replaces the graph of that name.

    TriG and N-Quads files keep their named graphs (one per article, plus the
    entities graph), so loading an article again replaces it and never
    duplicates it. A Turtle or N-Triples file goes into one graph: --graph, or
    the file's own file: IRI. All files are parsed before anything is written
    (into --store: streamed into a scratch store beside it, so memory stays
    flat); into --store the whole load is all or nothing. Into --endpoint each graph
    is PUT with the SPARQL 1.1 Graph Store Protocol; credentials come from
    KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (basic) or KG_ENDPOINT_TOKEN
    (bearer). A one-line summary goes to stderr.

    \b
    Example:
        kg load build/graph.trig --store build/store
        kg load build/graph.trig --endpoint http://127.0.0.1:7878
        kg load build/graph.nq --endpoint http://localhost:3030/news
    """
    if (store is None) == (endpoint is None):
        raise click.UsageError("Give exactly one of --store DIR or --endpoint URL")
    if gsp_url and endpoint is None:
        raise click.UsageError("--gsp-url needs --endpoint")
    result = api.load(
        graphs,
        store=store,
        endpoint=endpoint,
        graph=graph,
        gsp_url=gsp_url,
        timeout=timeout,
        progress=_progress_line if sys.stderr.isatty() else None,
    )
    target = store if store is not None else endpoint
    changes = f"{result.added:,} added, {result.removed:,} removed" if store is not None else "replaced"
    click.echo(
        f"Loaded {result.graphs:,} graph{'s' if result.graphs != 1 else ''} "
        f"({result.quads:,} quads; {changes}) into {target} in {result.seconds:.2f} s",
        err=True,
    )


def _progress_line(done: int, total: int) -> None:
    """Graphs sent so far, rewritten in place on a terminal."""
    click.echo(f"\rSent {done:,}/{total:,} graphs", err=True, nl=done == total)


@main.command("dump")
@click.option(
    "--store",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Oxigraph store directory.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write: .trig or .nq keep the named graphs; .ttl or .nt get their union.",
)
@click.option("--graph", metavar="IRI", help="Write only this named graph.")
def dump(store: Path, output: Path, graph: str | None) -> None:
    """Write the graphs in a store to a file (TriG, N-Quads, Turtle or N-Triples).

    The syntax comes from the file's extension. TriG and N-Quads keep each
    article's named graph, so the file can be loaded elsewhere with the same
    replace-on-reload behaviour. The file is replaced atomically.

    \b
    Example:
        kg dump --store build/store -o build/store.trig
        kg dump --store build/store -o entities.ttl --graph https://w3id.org/kg-news/graph/entities
    """
    count = dump_store(store, output, graph=graph)
    click.echo(f"Wrote {count:,} {'quads' if output.suffix.lower() in ('.trig', '.nq', '.nquads') else 'triples'} to {output}", err=True)
