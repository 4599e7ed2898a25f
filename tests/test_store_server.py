"""Loading into and querying a real Oxigraph server, started on 127.0.0.1 by the test suite."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import GraphParseError, QueryError, StoreError
from kg.store import endpoint as endpoint_module
from kg.store import load_files, query_endpoint

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
"""
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.is_file() else shutil.which("oxigraph")


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"oxigraph serve exited with {process.returncode}: {process.stderr.read()}")
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    pytest.fail(f"oxigraph serve did not answer at {url} within {seconds:g} s")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server on a free 127.0.0.1 port; stopped at the end of the test."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install -e '.[dev]' brings it)")
    url = f"http://127.0.0.1:{_free_port()}"
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "server-db"),
         "--bind", url.removeprefix("http://")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        process.stderr.close()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _count(url: str) -> int:
    return int(query_endpoint(url, COUNT_ALL).rows[0][0])


@pytest.mark.slow
def test_load_files_endpoint_then_query_union(oxigraph_server: str, tmp_path: Path) -> None:
    result = load_files([_write(tmp_path, "g.trig", TWO_ARTICLES)], endpoint=oxigraph_server)
    assert (result.graphs, result.quads) == (3, 7)
    people = query_endpoint(
        oxigraph_server,
        "PREFIX ex: <https://example.org/>\n# who is mentioned\n"
        "SELECT ?a ?h WHERE { ?a ex:mentions ?p . ?p a ex:Person . ?a ex:headline ?h } ORDER BY ?a",
    )
    assert people.variables == ("a", "h")
    assert people.rows == (
        ("https://example.org/a1", "Joko ke Bandung"),
        ("https://example.org/a2", "Sri Mulyani bicara"),
    )
    assert people.terms[0][1].lang == "id"


@pytest.mark.slow
def test_load_files_endpoint_reload_replaces_article(oxigraph_server: str, tmp_path: Path) -> None:
    day1 = _write(tmp_path, "g.trig", TWO_ARTICLES)
    load_files([day1], endpoint=oxigraph_server)
    load_files([day1], endpoint=oxigraph_server)
    assert _count(oxigraph_server) == 7
    load_files([_write(tmp_path, "fix.trig", CHANGED_A1)], endpoint=oxigraph_server)
    assert _count(oxigraph_server) == 7
    old = query_endpoint(oxigraph_server, f"ASK {{ GRAPH <{ARTICLE}a1> {{ ?a ?p <https://example.org/joko> }} }}")
    assert (old.kind, old.boolean) == ("ask", False)


@pytest.mark.slow
def test_load_files_endpoint_malformed_file_sends_nothing(oxigraph_server: str, tmp_path: Path) -> None:
    good = _write(tmp_path, "g.trig", TWO_ARTICLES)
    bad = _write(tmp_path, "bad.nq", "<https://example.org/x> .\n")
    with pytest.raises(GraphParseError, match=r"bad\.nq: Parser error"):
        load_files([good, bad], endpoint=oxigraph_server)
    assert _count(oxigraph_server) == 0


@pytest.mark.slow
def test_query_endpoint_construct_and_bad_query(oxigraph_server: str, tmp_path: Path) -> None:
    load_files([_write(tmp_path, "g.trig", TWO_ARTICLES)], endpoint=oxigraph_server)
    graph = query_endpoint(f"{oxigraph_server}/query", "CONSTRUCT WHERE { ?s a <https://example.org/Place> }")
    assert graph.kind == "construct"
    assert graph.graph_ntriples == (
        "<https://example.org/bandung> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://example.org/Place> .\n"
    )
    with pytest.raises(QueryError, match=r"^The server rejected the query: error at 1:\d+"):
        query_endpoint(oxigraph_server, "SELECT ?x WHERE { ?x ")


@pytest.mark.slow
def test_cli_load_endpoint(oxigraph_server: str, tmp_path: Path) -> None:
    path = _write(tmp_path, "g.trig", TWO_ARTICLES)
    result = CliRunner().invoke(main, ["load", str(path), "--endpoint", oxigraph_server])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"Loaded 3 graphs (7 quads; replaced) into {oxigraph_server} in ")


def test_load_files_endpoint_down_is_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoint_module, "BACKOFF_SECONDS", 0.0)
    url = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError) as caught:
        load_files([_write(tmp_path, "g.trig", TWO_ARTICLES)], endpoint=url)
    assert str(caught.value) == (
        f"Could not reach {url}/store: connection refused (tried 3 times); is the server running?"
    )


def test_cli_query_endpoint_down_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(endpoint_module, "BACKOFF_SECONDS", 0.0)
    url = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError, match=rf"^Could not reach {url}/query: connection refused"):
        query_endpoint(url, "ASK {}")
