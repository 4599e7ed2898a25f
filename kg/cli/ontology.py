"""``kg ontology check`` and ``kg ontology docs``: prove the ontology consistent, publish a reference."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import EXIT_NONCONFORMING, main


@main.group("ontology")
def ontology_group() -> None:
    """Check the OWL ontology with a reasoner, or write its HTML reference.

    \b
    Example:
        kg ontology check
        kg ontology docs -o build/ontology
    """


@ontology_group.command("check")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def check_command(folder: Path | None) -> None:
    """Run the HermiT reasoner over FOLDER/*.ttl (default: the shipped ontology).

    \b
    Exit codes:
      0  consistent, every class satisfiable
      1  inconsistent, or some class can have no instance (each one listed)
      2  the check could not run (unparsable file, no Java)

    \b
    Example:
        kg ontology check
        kg ontology check ontology/
    """
    from kg.ontology import check_ontology, format_check

    result = check_ontology(folder)
    click.echo(format_check(result))
    if not result.ok:
        sys.exit(EXIT_NONCONFORMING)


@ontology_group.command("docs")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write index.html (and the ontology as Turtle) into.")
@click.option("--ontology", "folder", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Ontology folder (default: the shipped one).")
def docs_command(output: Path, folder: Path | None) -> None:
    """Write a readable HTML reference of every class and property (English and Indonesian).

    \b
    Example:
        kg ontology docs -o build/ontology
    """
    from kg.ontology import load_ontology
    from kg.rdf.docs import ontology_html

    graph, _ = load_ontology(folder)
    output.mkdir(parents=True, exist_ok=True)
    (output / "index.html").write_text(ontology_html(graph), encoding="utf-8")
    graph.serialize(output / "news.ttl", format="turtle", encoding="utf-8")
    click.echo(f"Wrote {output / 'index.html'} and {output / 'news.ttl'}", err=True)
