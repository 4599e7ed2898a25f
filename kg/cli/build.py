"""``kg build``: articles in, validated graph out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg.cli import EXIT_NONCONFORMING, EXIT_SKIPPED, main, validator_option
from kg.output import FORMATS, check_writable, format_for
from kg.records import CO_MENTION_THRESHOLD, Skipped


def field_options(command):
    """--text-field, --title-field, ...: which field of a JSON or CSV record holds what."""
    for role, what in reversed((
        ("text", "the article text"), ("title", "the headline"), ("date", "the publication date"),
        ("url", "the article's URL"), ("author", "the author name(s)"),
    )):
        command = click.option(
            f"--{role}-field", f"{role}_field", metavar="NAME",
            help=f"Field (or CSV column) of JSON/CSV records that holds {what} (default: told from the layout).",
        )(command)
    return command


@main.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", default="-", show_default=True, help="File to write, or - for stdout.")
@click.option(
    "-f", "--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
    help="Output format (default: from the file name, Turtle for stdout).",
)
@click.option("--validate/--no-validate", default=True, show_default=True, help="Check the graph against the SHACL shapes first.")
@click.option("--shapes", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder of SHACL shapes (default: the shipped ones).")
@validator_option
@click.option("--timestamp/--no-timestamp", default=True, show_default=True, help="Record when the graph was built (off: byte-identical rebuilds).")
@click.option("--strict", is_flag=True, help="Stop at the first input that cannot be used.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True, help="Run the NLP, mapping and validation in this many processes.")
@click.option("--dask-scheduler", metavar="ADDRESS", help="Run the NLP, mapping and validation on this Dask cluster (e.g. tcp://10.0.0.5:8786).")
@click.option("--cache", type=click.Path(file_okay=False, path_type=Path), envvar="KG_CACHE",
              help="Keep per-article NLP results and graphs here; re-builds redo only new and changed articles, "
                   "and a killed build goes on where it stopped. [env: KG_CACHE]")
@click.option("--co-mentions", type=click.IntRange(1), default=CO_MENTION_THRESHOLD, show_default=True, metavar="N",
              help="Keep pairs of entities named together in at least N articles in the co-mention table "
                   "(what the co_mentions query reads).")
@click.option("--model", type=click.Path(path_type=Path), envvar="KG_MODEL",
              help="A trained pipeline folder to use instead of the shipped one. [env: KG_MODEL]")
@field_options
@click.option("--silent", is_flag=True, help="No progress bar and no summary.")
def build_command(
    paths: tuple[str, ...], output: str, fmt: str | None, validate: bool, shapes: Path | None,
    validator: str, timestamp: bool, strict: bool, jobs: int, dask_scheduler: str | None, cache: Path | None,
    co_mentions: int, model: Path | None, silent: bool, text_field: str | None, title_field: str | None,
    date_field: str | None, url_field: str | None, author_field: str | None,
) -> None:
    """Build the knowledge graph of the articles in PATHS (files, folders, or - for stdin).

    PATHS may hold text and HTML files (one article each), JSON Lines (.jsonl,
    .jsonl.gz), JSON arrays and CSV/TSV files (one article a record; news-please,
    trafilatura and plain layouts are told by their fields, --*-field name them
    otherwise), and web archives (.warc, .warc.gz; each Indonesian HTML page).

    The graph is validated before it is written; a graph that does not conform is not
    written (exit 1). Inputs that cannot be used are named on stderr, the rest are
    built, and the exit code is 3.

    \b
    Example:
        kg build seeds/ -o build/graph.ttl
        kg build a.txt b.txt --format trig -o - | head
        kg build news/ -j 2 --cache build/cache -o build/news.trig
        kg build berita.csv --text-field isi_berita --date-field tgl -o build/berita.ttl
    """
    from kg.api import build
    from kg.record_files import FieldNames

    format_for(output, fmt)  # a bad format or file name fails before any work
    check_writable(output)
    if dask_scheduler and jobs > 1:
        raise click.UsageError("Use only one of --jobs or --dask-scheduler")
    if model:  # worker processes read it from the environment too
        os.environ["KG_MODEL"] = str(model)
    from kg.validate import use_validator

    use_validator(validator)  # and this
    show_progress = not silent and sys.stderr.isatty()
    with _ProgressBar(show_progress) as bar:
        result = build(
            list(paths), validate=validate, shapes=shapes, timestamp=timestamp, strict=strict,
            jobs=jobs, scheduler=dask_scheduler, cache=cache, progress=bar, on_skip=_report_skip,
            fields=FieldNames(text_field, title_field, date_field, url_field, author_field),
            output=output, format=fmt, co_mentions=co_mentions,
        )
    if not result.conforms:
        from kg.validate import format_report

        click.echo(format_report(result.report), err=True)
        click.echo(f"Error: the graph does not conform to the shapes; {output} was not written "
                   "(use --no-validate to write it anyway).", err=True)
        sys.exit(EXIT_NONCONFORMING)
    written = result.written or result.write(output, fmt)  # a graph rdflib had to write is held
    if not silent:
        click.echo(_summary(result, output, written, cache is not None), err=True)
    if result.skipped:
        sys.exit(EXIT_SKIPPED)


def _report_skip(item: Skipped) -> None:
    click.echo(f"skipped: {item.message}", err=True)


def _summary(result, output: str, fmt: str, cached: bool) -> str:
    facts = result.facts
    where = "stdout" if output == "-" else output
    unit = "quads" if result.dataset is None and FORMATS[fmt][1] else "triples"  # streamed: as written
    line = (
        f"Wrote {where} ({fmt}): {len(facts.articles)} articles, {len(facts.entities)} entities, "
        f"{len(facts.events)} events, {result.triples} {unit} in {result.times.total:.1f} s"
    )
    if cached:
        line += (f"; from the cache: {result.cached.annotations} of {len(facts.articles)} articles' NLP, "
                 f"{result.cached.graphs} article graphs")
    if result.skipped:
        counts = result.skipped_by_reason()
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
        line += f"; skipped {sum(counts.values())} ({reasons})"
    return line


class _ProgressBar:
    """A progress bar on stderr once the number of articles is known; nothing when hidden."""

    def __init__(self, show: bool) -> None:
        self.show = show
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if not self.show:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Building", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(1)

    def __enter__(self) -> "_ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)
