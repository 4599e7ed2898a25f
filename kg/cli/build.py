"""kg build commands (work in progress)."""

from kg.cli import main  # noqa: F401
