"""The ``kg`` command line: one click group; each command module adds its commands.

Exit codes, the same for every command:
  0  success (for ``kg validate``: the graph conforms)
  1  the graph does not conform to the shapes
  2  usage error, unreadable input, a failed write (full disk...), or the command could not run
  3  done, but some input files were skipped (each one named on stderr)
  130  interrupted (Ctrl-C); no partial output is left behind
"""

from __future__ import annotations

import sys
import warnings

import click

from kg import __version__
from kg.errors import KgError

EXIT_OK = 0
EXIT_NONCONFORMING = 1
EXIT_ERROR = 2
EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130


def validator_option(command):
    """--validator: which engine checks graphs against the shapes (the choices of ``kg.validate.VALIDATORS``)."""
    return click.option(
        "--validator", type=click.Choice(["sparql", "pyshacl"]), default="sparql", show_default=True,
        envvar="KG_VALIDATOR",
        help="Check with the shapes compiled to SPARQL on Oxigraph, or with pySHACL (the reference; "
             "the SPARQL engine hands it what it does not translate). [env: KG_VALIDATOR]",
    )(command)


class KgGroup(click.Group):
    """Turns library errors into one-line messages; ``--debug`` shows the traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {error}", err=True)
            ctx.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo("Interrupted: files are replaced whole and store loads are all-or-nothing, "
                       "so nothing was left half-written.", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show full tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Build a knowledge graph of who, where, when and who said what from news articles.

    \b
    Example:
        kg build seeds/ -o build/graph.ttl
        kg query build/graph.ttl roles
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    if not debug:  # warnings are for the user: one line each, without our source lines
        warnings.formatwarning = lambda message, *args, **kwargs: f"warning: {message}\n"


def _register_commands() -> None:
    # Each module adds its commands to ``main`` when imported.
    from kg.cli import build, eval, graph, ontology, report, store  # noqa: F401


_register_commands()

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
