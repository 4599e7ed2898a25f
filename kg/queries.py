"""SPARQL by name: a query shipped in ``queries/``, a ``.rq`` file, or the text itself."""

from __future__ import annotations

from pathlib import Path

from kg.errors import QueryError
from kg.resources import asset_dir

__all__ = ["read_query", "shipped_queries"]


def shipped_queries() -> list[str]:
    """Names of the queries kg ships (``mentions``, ``roles``, ...)."""
    return sorted(path.stem for path in asset_dir("queries").glob("*.rq"))


def read_query(arg: str) -> str:
    """SPARQL from a file, from a shipped query's name, or the argument itself."""
    path = Path(arg)
    if path.suffix == ".rq" or (path.is_file() and "\n" not in arg):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(f"cannot read query file {arg}: {error.strerror}") from None
    shipped = asset_dir("queries") / f"{arg}.rq"
    if arg.isidentifier() and shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    if arg.isidentifier():
        raise QueryError(f"no shipped query named {arg!r}; shipped queries: {', '.join(shipped_queries())}")
    return arg
