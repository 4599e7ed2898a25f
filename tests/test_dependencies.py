"""What ``pip install kg`` brings in: no IPython, networkx or jsonpickle (pyvis pulled them in once).

The walk follows the installed packages' own metadata from kg's runtime requirements (no
extras), evaluating environment markers as pip does, so it sees what a plain install gets.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re

from packaging.requirements import Requirement

NEVER = {"ipython", "networkx", "jsonpickle", "pyvis"}


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def _requirements(package: str, extras: frozenset[str]) -> list[tuple[str, frozenset[str]]]:
    found = []
    for line in metadata.requires(package) or []:
        requirement = Requirement(line)
        if requirement.marker and not any(requirement.marker.evaluate({"extra": extra}) for extra in extras or {""}):
            continue
        found.append((_name(requirement.name), frozenset(requirement.extras)))
    return found


def runtime_closure() -> dict[str, set[str]]:
    """Every package a plain install of kg pulls in, with the packages that require it."""
    required_by: dict[str, set[str]] = {}
    todo = [("kg", frozenset())]
    seen = set()
    while todo:
        package, extras = todo.pop()
        if (package, extras) in seen:
            continue
        seen.add((package, extras))
        try:
            needs = _requirements(package, extras)
        except metadata.PackageNotFoundError:
            continue  # a marker-less requirement not installed here (another platform's)
        for name, wanted in needs:
            required_by.setdefault(name, set()).add(package)
            todo.append((name, wanted))
    return required_by


def test_dependencies_plain_install_has_no_notebook_stack():
    closure = runtime_closure()
    assert "spacy" in closure and "rdflib" in closure  # the walk works
    assert NEVER.isdisjoint(closure), {name: closure[name] for name in NEVER & set(closure)}


def test_dependencies_jinja2_only_through_spacy():
    """jinja2 stays for spaCy's own use (displaCy, project templates); nothing of kg's needs it."""
    closure = runtime_closure()
    assert closure.get("jinja2", set()) <= {"spacy", "weasel"}


def test_dependencies_report_script_is_vendored_with_its_licence():
    from importlib import resources

    assets = resources.files("kg.report").joinpath("assets")
    script = assets.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    licence = assets.joinpath("vis-network.LICENSE").read_text(encoding="utf-8")
    assert "@version 10.1.5" in script[:400] and "vis-network 10.1.5" in licence
    assert "Permission is hereby granted, free of charge" in licence


def test_dependencies_html_reducer_is_trafilatura_with_lxml():
    """trafilatura finds an HTML page's body (BENCHMARKS.md, "HTML pages"): a runtime dependency since 0.1."""
    closure = runtime_closure()
    assert "kg" in closure["trafilatura"] and "lxml" in closure
