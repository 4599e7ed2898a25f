"""kg ontology check (HermiT via owlready2) and kg ontology docs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ontology import OntologyError, check_ontology
from kg.resources import asset_dir

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")

PREFIXES = """@prefix kgo: <https://w3id.org/kg-news/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def _with_extra(tmp_path: Path, extra: str) -> Path:
    shutil.copy(asset_dir("ontology") / "news.ttl", tmp_path / "news.ttl")
    (tmp_path / "extra.ttl").write_text(PREFIXES + extra, encoding="utf-8")
    return tmp_path


@needs_java
def test_ontology_check_shipped_ontology_is_consistent() -> None:
    result = CliRunner().invoke(main, ["ontology", "check"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Consistent: HermiT found no unsatisfiable classes")


@needs_java
def test_ontology_check_reports_unsatisfiable_class(tmp_path: Path) -> None:
    folder = _with_extra(tmp_path, "kgo:PlacePerson a owl:Class ; rdfs:subClassOf kgo:Person , kgo:Place .\n")
    result = CliRunner().invoke(main, ["ontology", "check", str(folder)])
    assert result.exit_code == 1
    assert result.output.startswith("Consistent, but 1 class(es) are unsatisfiable")
    assert "  https://w3id.org/kg-news/ontology#PlacePerson\n" in result.output


@needs_java
@pytest.mark.slow
def test_ontology_check_reports_inconsistency(tmp_path: Path) -> None:
    folder = _with_extra(tmp_path, "kgo:jakarta a owl:NamedIndividual , kgo:Person , kgo:Place .\n")
    check = check_ontology(folder)
    assert not check.consistent and not check.ok


def test_ontology_check_unparsable_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("kgo:X a ", encoding="utf-8")
    result = CliRunner().invoke(main, ["ontology", "check", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.startswith("Error: cannot parse ontology file")
    with pytest.raises(OntologyError):
        check_ontology(tmp_path)


def test_ontology_check_empty_folder_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ontology", "check", str(tmp_path)])
    assert result.exit_code == 2
    assert "no ontology files (*.ttl) found" in result.output


def test_ontology_docs_lists_every_term(tmp_path: Path) -> None:
    from kg.rdf.namespaces import KGO

    result = CliRunner().invoke(main, ["ontology", "docs", "-o", str(tmp_path / "docs")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    for name in KGO.__annotations__:
        assert f'id="{name}"' in html
    assert "peristiwa" in html and "event" in html


def test_shapes_and_queries_use_only_terms_the_ontology_defines() -> None:
    """A misspelt kgo: term in a shape or query would silently match nothing."""
    import re

    from rdflib import Graph

    from kg.rdf.namespaces import KGO

    defined = set(KGO.__annotations__)
    shapes = Graph()
    for path in sorted(asset_dir("shapes").glob("*.ttl")):
        shapes.parse(path, format="turtle")
    used = {str(t)[len(str(KGO._NS)):] for triple in shapes for t in triple if str(t).startswith(str(KGO._NS))}
    for path in sorted(asset_dir("queries").glob("*.rq")):
        used |= set(re.findall(r"\bkgo:([A-Za-z_][\w]*)", path.read_text(encoding="utf-8")))
    assert sorted(used - defined) == []
