"""The embedded Oxigraph store: loading replaces named graphs, atomically; queries see the union."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import GraphParseError, QueryError, StoreError
from kg.store import (
    QueryResult,
    Term,
    dump_store,
    format_result,
    load_files,
    query_graph_files,
    query_store,
)
from kg.store.endpoint import endpoint_urls

ARTICLE = "https://w3id.org/kg-news/graph/article/"
ENTITIES = "https://w3id.org/kg-news/graph/entities"
PREFIXES = "@prefix ex: <https://example.org/> .\n"

TWO_ARTICLES = PREFIXES + f"""
<{ARTICLE}a1> {{ ex:a1 ex:mentions ex:joko ; ex:headline "Joko ke Bandung"@id . }}
<{ARTICLE}a2> {{ ex:a2 ex:mentions ex:sri ; ex:headline "Sri Mulyani bicara" . }}
<{ENTITIES}> {{ ex:joko a ex:Person . ex:sri a ex:Person . ex:bandung a ex:Place . }}
"""

CHANGED_A1 = PREFIXES + f"""
<{ARTICLE}a1> {{ ex:a1 ex:mentions ex:bandung ; ex:headline "Joko ke Bandung (ralat)"@id . }}
<{ENTITIES}> {{ ex:joko a ex:Person . ex:sri a ex:Person . ex:bandung a ex:City . }}
"""

COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _count(store: Path) -> int:
    return int(query_store(store, COUNT_ALL).rows[0][0])


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    load_files([_write(tmp_path, "day1.trig", TWO_ARTICLES)], store=store)
    return store


def test_load_files_counts_graphs_and_quads(tmp_path: Path) -> None:
    result = load_files([_write(tmp_path, "g.trig", TWO_ARTICLES)], store=tmp_path / "s")
    assert (result.graphs, result.quads, result.added, result.removed) == (3, 7, 7, 0)
    assert result.seconds >= 0


def test_query_store_default_graph_is_union_of_named_graphs(loaded: Path) -> None:
    result = query_store(
        loaded,
        "PREFIX ex: <https://example.org/> "
        "SELECT ?a ?h WHERE { ?a ex:mentions ?who . ?who a ex:Person . ?a ex:headline ?h } ORDER BY ?a",
    )
    assert result.kind == "select"
    assert result.variables == ("a", "h")
    assert result.rows == (
        ("https://example.org/a1", "Joko ke Bandung"),
        ("https://example.org/a2", "Sri Mulyani bicara"),
    )
    assert result.terms[0][1] == Term("literal", "Joko ke Bandung", lang="id")


def test_load_files_reloading_same_file_never_duplicates(loaded: Path, tmp_path: Path) -> None:
    again = load_files([tmp_path / "day1.trig"], store=loaded)
    assert (again.added, again.removed) == (0, 0)
    assert _count(loaded) == 7


def test_load_files_reloaded_article_replaces_its_graph(loaded: Path, tmp_path: Path) -> None:
    result = load_files([_write(tmp_path, "fix.trig", CHANGED_A1)], store=loaded)
    assert (result.added, result.removed) == (3, 3)
    assert _count(loaded) == 7
    a1 = query_store(loaded, f"SELECT ?o WHERE {{ GRAPH <{ARTICLE}a1> {{ ?s ?p ?o }} }} ORDER BY ?o")
    assert a1.rows == (("https://example.org/bandung",), ("Joko ke Bandung (ralat)",))
    stale = query_store(loaded, "ASK { <https://example.org/bandung> a <https://example.org/Place> }")
    assert stale.boolean is False
    untouched = query_store(loaded, f"ASK {{ GRAPH <{ARTICLE}a2> {{ ?s ?p ?o }} }}")
    assert untouched.boolean is True


def test_load_files_malformed_file_leaves_store_unchanged(loaded: Path, tmp_path: Path) -> None:
    good = _write(tmp_path, "fix.trig", CHANGED_A1)
    bad = _write(tmp_path, "bad.trig", PREFIXES + f'<{ARTICLE}a3> {{ ex:a3 ex:headline "unclosed . }}\n')
    with pytest.raises(GraphParseError, match=r"^.*bad\.trig: Parser error"):
        load_files([good, bad], store=loaded)
    headline = query_store(loaded, "SELECT ?h WHERE { <https://example.org/a1> <https://example.org/headline> ?h }")
    assert headline.rows == (("Joko ke Bandung",),)
    assert _count(loaded) == 7


def test_load_files_turtle_goes_to_graph_named_after_file(tmp_path: Path) -> None:
    store = tmp_path / "s"
    turtle = _write(tmp_path, "one.ttl", PREFIXES + "ex:x ex:p 1 .\n")
    load_files([turtle], store=store)
    _write(tmp_path, "one.ttl", PREFIXES + "ex:x ex:p 2 .\n")
    load_files([turtle], store=store)
    graphs = query_store(store, "SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert graphs.rows == ((turtle.resolve().as_uri(), "2"),)


def test_load_files_graph_option_names_the_graph(tmp_path: Path) -> None:
    store = tmp_path / "s"
    turtle = _write(tmp_path, "one.nt", "<https://example.org/x> <https://example.org/p> \"v\" .\n")
    load_files([turtle], store=store, graph="https://example.org/g/batch")
    assert query_store(store, "SELECT ?g WHERE { GRAPH ?g {} }").rows == (("https://example.org/g/batch",),)
    with pytest.raises(StoreError, match="Graph name 'not an iri' is not an absolute IRI"):
        load_files([turtle], store=store, graph="not an iri")


def test_load_files_reload_with_normalised_literals_changes_nothing(tmp_path: Path) -> None:
    # Oxigraph stores "7"^^xsd:nonNegativeInteger as "7"^^xsd:integer; a reload must not see a change.
    store = tmp_path / "s"
    path = _write(
        tmp_path,
        "n.trig",
        PREFIXES + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        f'<{ARTICLE}n> {{ ex:m ex:begin "7"^^xsd:nonNegativeInteger ; ex:end "+12"^^xsd:int . }}\n',
    )
    load_files([path], store=store)
    again = load_files([path], store=store)
    assert (again.added, again.removed) == (0, 0)
    assert _count(store) == 2


def test_load_files_graph_with_blank_nodes_is_replaced_whole(tmp_path: Path) -> None:
    store = tmp_path / "s"
    path = _write(tmp_path, "b.trig", PREFIXES + f"<{ARTICLE}b> {{ ex:b ex:quote [ ex:text \"Kata\" ] . }}\n")
    load_files([path], store=store)
    load_files([path], store=store)
    assert _count(store) == 2


def test_dump_store_trig_round_trips_named_graphs(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "dump.trig"
    assert dump_store(loaded, out) == 7
    copy = tmp_path / "copy"
    load_files([out], store=copy)
    query = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o"
    assert query_store(copy, query) == query_store(loaded, query)


def test_dump_store_turtle_is_union_or_one_graph(loaded: Path, tmp_path: Path) -> None:
    assert dump_store(loaded, tmp_path / "all.ttl") == 7
    assert dump_store(loaded, tmp_path / "entities.nt", graph=ENTITIES) == 3
    turtle = query_graph_files([tmp_path / "entities.nt"], "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }")
    assert turtle.rows == (("3",),)


def test_load_files_failed_load_into_store_leaves_no_scratch_folder(loaded: Path, tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.nq", "<https://example.org/x> <https://example.org/p> .\n")
    with pytest.raises(GraphParseError, match=r"bad\.nq: Parser error at line 1"):
        load_files([bad], store=loaded)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.nq", "day1.trig", "store"]
    assert _count(loaded) == 7


def test_load_files_graph_named_by_blank_node_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.trig", PREFIXES + '_:g { ex:a ex:p "1" . }\n')
    with pytest.raises(GraphParseError, match=r"b\.trig: graph _:\w+ is a blank node; name every graph with an IRI"):
        load_files([path], store=tmp_path / "s")
    assert not (tmp_path / "s").exists()


def test_load_files_blank_nodes_of_two_files_stay_apart(tmp_path: Path) -> None:
    one = _write(tmp_path, "one.ttl", PREFIXES + '_:b ex:p "1" .\n')
    two = _write(tmp_path, "two.ttl", PREFIXES + '_:b ex:p "2" .\n')
    load_files([one, two], store=tmp_path / "s")
    subjects = query_store(tmp_path / "s", "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    assert subjects.rows == (("2",),)


_PEAK_RSS_OF_LOAD = """
import resource, sys
from pathlib import Path
import kg
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kg.load([sys.argv[1]], store=sys.argv[2])
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


def test_load_files_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    # 250,000 quads (37 MB): held in memory whole, they took ~350 MB more than the child's start;
    # streamed into the store in batches, ~100 MB whatever the file's size.
    path = tmp_path / "big.nq"
    with path.open("w", encoding="utf-8") as out:
        for i in range(250_000):
            out.write(f'<https://example.org/m{i}> <https://example.org/p{i % 7}> '
                      f'"kalimat nomor {i} tentang sesuatu" <{ARTICLE}{i // 100}> .\n')
    done = subprocess.run([sys.executable, "-c", _PEAK_RSS_OF_LOAD, str(path), str(tmp_path / "s")],
                          capture_output=True, text=True, check=True)
    assert int(done.stdout) < 200, f"peak RSS grew by {done.stdout.strip()} MB loading a 37 MB file"
    assert _count(tmp_path / "s") == 250_000


def test_load_files_unknown_extension_says_why(tmp_path: Path) -> None:
    path = _write(tmp_path, "graph.txt", "")
    with pytest.raises(GraphParseError, match=r"graph\.txt: it has extension '\.txt'; expected one of"):
        load_files([path], store=tmp_path / "s")


def test_load_files_new_store_leaves_no_staging_folder(tmp_path: Path) -> None:
    source = _write(tmp_path, "g.trig", TWO_ARTICLES)
    (tmp_path / "empty").mkdir()
    load_files([source], store=tmp_path / "empty")
    load_files([source], store=tmp_path / "deeper" / "store")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deeper", "empty", "g.trig"]
    assert _count(tmp_path / "empty") == 7
    assert _count(tmp_path / "deeper" / "store") == 7


def test_load_files_refuses_directory_that_is_not_a_store(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    with pytest.raises(StoreError, match="documents is not empty and is not an Oxigraph store"):
        load_files([_write(tmp_path, "g.trig", TWO_ARTICLES)], store=folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_load_files_needs_exactly_one_target(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="exactly one"):
        load_files([tmp_path / "x.trig"])


def test_query_store_missing_store_is_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"No store at .*nowhere; create one with: kg load"):
        query_store(tmp_path / "nowhere", "ASK {}")


def test_query_store_malformed_query_is_query_error(loaded: Path) -> None:
    with pytest.raises(QueryError, match=r"^Malformed SPARQL query: error at 1:\d+"):
        query_store(loaded, "SELECT ?x WHERE { ?x ")


def test_query_graph_files_matches_store(loaded: Path, tmp_path: Path) -> None:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    assert query_graph_files([tmp_path / "day1.trig"], query) == query_store(loaded, query)


def test_query_graph_files_construct_gives_ntriples(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.trig", TWO_ARTICLES)
    result = query_graph_files([path], "CONSTRUCT WHERE { ?s a <https://example.org/Place> }")
    assert result.kind == "construct"
    assert result.graph_ntriples == (
        "<https://example.org/bandung> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://example.org/Place> .\n"
    )


SELECT = QueryResult(
    kind="select",
    variables=("s", "label"),
    rows=(("https://example.org/a", 'Kata "kunci", ya'), ("_:b0", None)),
    terms=(
        (Term("uri", "https://example.org/a"), Term("literal", 'Kata "kunci", ya', lang="id")),
        (Term("bnode", "b0"), None),
    ),
)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("csv", 's,label\r\nhttps://example.org/a,"Kata ""kunci"", ya"\r\n_:b0,\r\n'),
        ("tsv", '?s\t?label\n<https://example.org/a>\t"Kata \\"kunci\\", ya"@id\n_:b0\t\n'),
        (
            "json",
            '{"head": {"vars": ["s", "label"]}, "results": {"bindings": ['
            '{"s": {"type": "uri", "value": "https://example.org/a"}, '
            '"label": {"type": "literal", "value": "Kata \\"kunci\\", ya", "xml:lang": "id"}}, '
            '{"s": {"type": "bnode", "value": "b0"}}]}}\n',
        ),
        (
            "table",
            "s                      label\n"
            "---------------------  ----------------\n"
            'https://example.org/a  Kata "kunci", ya\n'
            "_:b0\n"
            "(2 rows)\n",
        ),
    ],
)
def test_format_result_select(fmt: str, expected: str) -> None:
    assert format_result(SELECT, fmt) == expected


@pytest.mark.parametrize(("fmt", "expected"), [("json", '{"head": {}, "boolean": true}\n'), ("csv", "true\r\n"), ("table", "true\n")])
def test_format_result_ask(fmt: str, expected: str) -> None:
    assert format_result(QueryResult(kind="ask", boolean=True), fmt) == expected


def test_format_result_unknown_format() -> None:
    with pytest.raises(QueryError, match="Unknown result format 'xml'; expected one of table, csv, tsv, json"):
        format_result(SELECT, "xml")


@pytest.mark.parametrize(
    ("url", "query", "gsp"),
    [
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
        ("http://h:3030/news/", "http://h:3030/news/query", "http://h:3030/news/data"),
        ("http://h:3030/news/query", "http://h:3030/news/query", "http://h:3030/news/data"),
        ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg", "http://h:7200/repositories/kg/rdf-graphs/service"),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
    ],
)
def test_endpoint_urls_derived_from_dataset_url(
    url: str, query: str, gsp: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KG_ENDPOINT_USER", raising=False)
    urls = endpoint_urls(url)
    assert (urls.query, urls.gsp) == (query, gsp)


def test_endpoint_urls_virtuoso_with_user_uses_auth_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    assert endpoint_urls("http://h:8890/sparql").gsp == "http://h:8890/sparql-graph-crud-auth"


def test_endpoint_urls_explicit_urls_win() -> None:
    urls = endpoint_urls("http://h:8890", gsp_url="http://h:8890/crud", query_url="http://h:8890/sparql")
    assert (urls.query, urls.gsp) == ("http://h:8890/sparql", "http://h:8890/crud")


def test_endpoint_urls_rejects_non_http() -> None:
    with pytest.raises(StoreError, match="Endpoint 'ftp://h/x' is not an http:// or https:// URL"):
        endpoint_urls("ftp://h/x")


def test_cli_load_prints_summary_to_stderr(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.trig", TWO_ARTICLES)
    store = tmp_path / "s"
    result = CliRunner().invoke(main, ["load", str(path), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"Loaded 3 graphs (7 quads; 7 added, 0 removed) into {store} in ")


def test_cli_load_needs_one_target(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.trig", TWO_ARTICLES)
    result = CliRunner().invoke(main, ["load", str(path)])
    assert result.exit_code == 2
    assert "Error: Give exactly one of --store DIR or --endpoint URL" in result.stderr


def test_cli_load_parse_error_is_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.nq", "<https://example.org/x> <https://example.org/p> .\n")
    result = CliRunner().invoke(main, ["load", str(path), "--store", str(tmp_path / "s")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}: Parser error")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "s").exists()


def test_cli_dump_writes_file_and_summary(loaded: Path, tmp_path: Path) -> None:
    out = tmp_path / "dump.nq"
    result = CliRunner().invoke(main, ["dump", "--store", str(loaded), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Wrote 7 quads to {out}\n"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7


def test_cli_dump_missing_store_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["dump", "--store", str(tmp_path / "none"), "-o", str(tmp_path / "x.trig")])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: No store at {tmp_path / 'none'}; create one with: kg load GRAPH... --store {tmp_path / 'none'}\n"
    )


def test_cli_load_gsp_url_needs_endpoint(tmp_path: Path) -> None:
    path = _write(tmp_path, "g.trig", TWO_ARTICLES)
    result = CliRunner().invoke(main, ["load", str(path), "--store", str(tmp_path / "s"), "--gsp-url", "http://h/x"])
    assert result.exit_code == 2
    assert "Error: --gsp-url needs --endpoint" in result.stderr
