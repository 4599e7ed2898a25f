"""``kg report``: one self-contained HTML page to look at a graph without writing SPARQL."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main
from kg.report.collect import DEFAULT_TOP


@main.command("report")
@click.argument("graphs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (replaced atomically).")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path),
              help="Report on the embedded store in this folder instead of GRAPH files.")
@click.option("--top", type=click.IntRange(min=1), default=DEFAULT_TOP, show_default=True,
              help="Entities the network draws at first, most-mentioned first (the page can show more).")
def report_command(graphs: tuple[Path, ...], output: Path, store: Path | None, top: int) -> None:
    """Write one HTML page that shows GRAPH (or a --store): overview, network, timeline, articles.

    The page works offline (its scripts and styles are inside it) and everything on it
    comes from the graph through SPARQL, so any graph kg made can be shown, from files
    or from a store. Names and quotes are always shown as text, never run as markup.

    \b
    Example:
        kg report build/graph.ttl -o build/report.html
        kg report --store build/store -o report.html --top 300
    """
    from kg.output import write_atomically
    from kg.report import report_from_files, report_from_store

    if store and graphs:
        raise click.UsageError("Give either GRAPH files or --store DIR, not both")
    if not (store or graphs):
        raise click.UsageError("Give GRAPH files to report on, or --store DIR")
    page = report_from_store(store, top=top) if store else report_from_files(list(graphs), top=top)
    write_atomically(output, page)
    click.echo(f"Wrote {output} ({len(page) / 1e6:.1f} MB)", err=True)
