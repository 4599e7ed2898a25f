"""Text from articles or users never becomes SPARQL or Turtle syntax (issue 6).

The only SPARQL kg writes itself is the update of a store reload (``kg load``); its terms
come from parsed, validated RDF terms, so a literal or IRI full of syntax stays data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef

from kg.cli import EXIT_ERROR, EXIT_OK, main
from kg.rdf import iri

EVIL = '" } ; DROP ALL ; INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> "pwned" } } #\n\\'
OTHER = '<https://example.org/g/other> { <https://example.org/a> <https://example.org/p> "keep me" . }\n'


def _trig(path: Path, value: str) -> Path:
    dataset = Dataset()
    dataset.graph(URIRef("https://example.org/g/news")).add(
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal(value)))
    path.write_bytes(dataset.serialize(format="trig", encoding="utf-8"))
    return path


def _values(store: Path, query: str) -> list[str]:
    result = CliRunner().invoke(main, ["query", "--store", str(store), query, "-f", "json"])
    assert result.exit_code == EXIT_OK, result.stderr
    answer = json.loads(result.stdout)
    rows = answer["results"]["bindings"] if isinstance(answer, dict) else answer
    return sorted(str(next(iter(row.values()))["value"] if isinstance(next(iter(row.values())), dict)
                      else next(iter(row.values()))) for row in rows)


def test_load_reload_with_sparql_in_a_literal_changes_only_that_graph(tmp_path):
    store = tmp_path / "store"
    other = tmp_path / "other.trig"
    other.write_text(OTHER, encoding="utf-8")
    assert CliRunner().invoke(main, ["load", str(other), str(_trig(tmp_path / "a.trig", "plain")),
                                     "--store", str(store)]).exit_code == EXIT_OK
    # the reload replaces the old quad: this runs kg's own DELETE DATA / INSERT DATA update
    result = CliRunner().invoke(main, ["load", str(_trig(tmp_path / "b.trig", EVIL)), "--store", str(store)])
    assert result.exit_code == EXIT_OK, result.stderr
    values = _values(store, "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert values == sorted([EVIL, "keep me"])  # the text is kept exactly; nothing dropped or added
    assert _values(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") == [
        "https://example.org/g/news", "https://example.org/g/other"]


@pytest.mark.parametrize("graph", ["http://x/> } ; DROP ALL ; #", "not an iri", "<http://x/g>"])
def test_load_graph_option_with_syntax_is_refused(tmp_path, graph):
    path = tmp_path / "a.ttl"
    path.write_text('<https://example.org/a> <https://example.org/p> "x" .\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["load", str(path), "--store", str(tmp_path / "store"), "--graph", graph])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize("name", ['> ; <http://evil/> "', "a/../../b", "x#y?z", "\u202e\u0000\n", "Kim \"Jong\" Un"])
def test_iris_minted_from_names_stay_in_their_namespace(name):
    for node in (iri.entity_iri(f"PER/{name}", "PER"), iri.publisher_iri(name), iri.event_iri(name, name)):
        text = str(node)
        assert text.startswith(str(iri.ID)) and ".." not in text
        assert all(c.isascii() and (c.isalnum() or c in ":/.-") for c in text), text


@pytest.mark.parametrize("update", ["DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", "DROP ALL", "CLEAR DEFAULT",
                                    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL"])
def test_query_never_runs_an_update(tmp_path, update):
    store = tmp_path / "store"
    other = tmp_path / "other.trig"
    other.write_text(OTHER, encoding="utf-8")
    assert CliRunner().invoke(main, ["load", str(other), "--store", str(store)]).exit_code == EXIT_OK
    result = CliRunner().invoke(main, ["query", "--store", str(store), update])
    assert result.exit_code == EXIT_ERROR
    assert _values(store, "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }") == ["keep me"]
