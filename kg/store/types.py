"""Small records the store functions return."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LoadResult:
    """What a load did.

    graphs: named graphs written (each replaced whole).
    quads: distinct quads in the input files.
    seconds: wall time of the load, parsing included.
    added: quads that were not there before (for an endpoint: every quad sent).
    removed: quads that were deleted because they are no longer in the input (0 for an endpoint,
        which does not report it).
    """

    graphs: int
    quads: int
    seconds: float
    added: int = 0
    removed: int = 0
