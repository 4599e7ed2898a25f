"""kg store commands (work in progress)."""

from kg.cli import main  # noqa: F401
