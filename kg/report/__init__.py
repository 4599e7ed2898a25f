"""``kg report``: one self-contained HTML page to look at a graph instead of writing SPARQL.

collect (SPARQL -> data) and page (data -> HTML) are separate so each can be tested
alone; the functions here join them for the three places a graph can come from.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.report.collect import DEFAULT_TOP, Select, collect_report
from kg.report.page import ReportError, render_page

__all__ = [
    "DEFAULT_TOP", "ReportError", "Select", "collect_report", "render_page", "render_report",
    "report_from_dataset", "report_from_files", "report_from_store",
]


def render_report(select: Select, *, top: int = DEFAULT_TOP, source: str = "",
                  title: str = "kg report") -> bytes:
    """The report page (UTF-8 HTML) for the graph behind ``select``."""
    data = collect_report(select, top=top, source=source)
    return render_page(data, title=title).encode("utf-8")


def report_from_files(paths: Sequence[Path], *, top: int = DEFAULT_TOP) -> bytes:
    """The report of graph files (any RDF syntax kg reads; named graphs kept)."""
    from kg.report.sources import select_from_files

    names = ", ".join(Path(p).name for p in paths)
    return render_report(select_from_files(paths), top=top, source=names,
                         title=f"kg report: {names}" if len(paths) == 1 else "kg report")


def report_from_store(directory: Path, *, top: int = DEFAULT_TOP) -> bytes:
    """The report of the embedded store in ``directory``."""
    from kg.report.sources import select_from_store

    return render_report(select_from_store(directory), top=top, source=f"the store {directory}")


def report_from_dataset(dataset, *, top: int = DEFAULT_TOP, source: str = "a graph in memory") -> bytes:
    """The report of an rdflib Dataset or Graph (e.g. ``facts_to_dataset(facts)``)."""
    from kg.report.sources import select_from_dataset

    return render_report(select_from_dataset(dataset), top=top, source=source)
