"""The SPARQL HTTP client against a scripted stand-in server on 127.0.0.1: auth, retries, refusals."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.errors import QueryError, StoreError
from kg.store import endpoint as endpoint_module
from kg.store import load_files, query_endpoint

TRIG = '<https://example.org/g/1> { <https://example.org/a> <https://example.org/p> "x" . }\n'
JSON_ANSWER = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"1"}}]}}'


class Script:
    """What the stand-in server answers, in order, and what it was sent."""

    def __init__(self) -> None:
        self.answers: list[tuple] = []  # (status, content type, body[, extra headers])
        self.requests: list[dict] = []


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Script]]:
    monkeypatch.setattr(endpoint_module, "BACKOFF_SECONDS", 0.0)
    for name in ("KG_ENDPOINT_TOKEN", "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    script = Script()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            script.requests.append(
                {
                    "method": self.command,
                    "path": self.path,
                    "headers": dict(self.headers),
                    "body": self.rfile.read(length),
                }
            )
            status, content_type, body, *extra = script.answers.pop(0) if script.answers else (500, "text/plain", b"no more")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in (extra[0] if extra else {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_PUT = do_POST = do_GET = _answer

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", script
    finally:
        httpd.shutdown()
        httpd.server_close()


def _trig(tmp_path: Path) -> Path:
    path = tmp_path / "g.trig"
    path.write_text(TRIG, encoding="utf-8")
    return path


def test_load_files_endpoint_puts_each_graph_as_ntriples(server, tmp_path: Path) -> None:
    url, script = server
    script.answers = [(204, "text/plain", b"")]
    result = load_files([_trig(tmp_path)], endpoint=url)
    assert (result.graphs, result.quads) == (1, 1)
    [request] = script.requests
    assert request["method"] == "PUT"
    assert request["path"] == "/store?graph=https%3A%2F%2Fexample.org%2Fg%2F1"
    assert request["headers"]["Content-Type"].startswith("application/n-triples")
    assert request["body"] == b'<https://example.org/a> <https://example.org/p> "x" .\n'
    assert "Authorization" not in request["headers"]


def test_load_files_endpoint_reports_progress(server, tmp_path: Path) -> None:
    url, script = server
    path = tmp_path / "two.trig"
    path.write_text(TRIG + TRIG.replace("/g/1", "/g/2"), encoding="utf-8")
    script.answers = [(204, "text/plain", b"")] * 2
    seen: list[tuple[int, int]] = []
    load_files([path], endpoint=url, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_load_files_endpoint_retries_5xx_then_succeeds(server, tmp_path: Path) -> None:
    url, script = server
    script.answers = [(503, "text/plain", b"busy"), (201, "text/plain", b"")]
    load_files([_trig(tmp_path)], endpoint=url)
    assert len(script.requests) == 2


def test_load_files_endpoint_gives_up_after_three_5xx(server, tmp_path: Path) -> None:
    url, script = server
    script.answers = [(500, "text/plain", b"disk full")] * 3
    with pytest.raises(StoreError, match=r"HTTP 500 Internal Server Error: disk full \(tried 3 times\)"):
        load_files([_trig(tmp_path)], endpoint=url)
    assert len(script.requests) == 3


def test_load_files_endpoint_4xx_is_not_retried(server, tmp_path: Path) -> None:
    url, script = server
    script.answers = [(401, "text/plain", b"who are you")]
    with pytest.raises(StoreError) as caught:
        load_files([_trig(tmp_path)], endpoint=url)
    assert str(caught.value) == (
        f"{url}/store refused loading graph <https://example.org/g/1>: HTTP 401: who are you; "
        "set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, or KG_ENDPOINT_TOKEN"
    )
    assert len(script.requests) == 1


def test_load_files_endpoint_gsp_url_option(server, tmp_path: Path) -> None:
    url, script = server
    script.answers = [(200, "text/plain", b"")]
    load_files([_trig(tmp_path)], endpoint=url, gsp_url=f"{url}/crud?x=1")
    assert script.requests[0]["path"].startswith("/crud?x=1&graph=")


def test_load_files_endpoint_answers_basic_challenge_then_sends_it_upfront(
    server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, script = server
    monkeypatch.setenv("KG_ENDPOINT_USER", "redaksi")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "rahasia")
    challenge = {"WWW-Authenticate": 'Basic realm="kg"'}
    script.answers = [(401, "text/plain", b"", challenge), (204, "text/plain", b""), (204, "text/plain", b"")]
    load_files([_trig(tmp_path)], endpoint=url)
    load_files([_trig(tmp_path)], endpoint=url)
    sent = [request["headers"].get("Authorization") for request in script.requests]
    assert sent == [None, "Basic cmVkYWtzaTpyYWhhc2lh", "Basic cmVkYWtzaTpyYWhhc2lh"]


def test_load_files_endpoint_wrong_password_message(server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url, script = server
    monkeypatch.setenv("KG_ENDPOINT_USER", "redaksi")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "salah")
    challenge = {"WWW-Authenticate": 'Basic realm="kg"'}
    script.answers = [(401, "text/plain", b"", challenge)] * 2
    with pytest.raises(StoreError, match=r"HTTP 401; check KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD"):
        load_files([_trig(tmp_path)], endpoint=url)


def test_query_endpoint_posts_form_and_reads_json(server) -> None:
    url, script = server
    script.answers = [(200, "application/sparql-results+json", JSON_ANSWER)]
    result = query_endpoint(url, "SELECT ?n WHERE { ?s ?p ?n }")
    assert result.rows == (("1",),)
    request = script.requests[0]
    assert request["path"] == "/query"
    assert request["headers"]["Accept"].startswith("application/sparql-results+json")
    assert request["body"] == b"query=SELECT+%3Fn+WHERE+%7B+%3Fs+%3Fp+%3Fn+%7D&union-default-graph="


def test_query_endpoint_sends_bearer_token(server, monkeypatch: pytest.MonkeyPatch) -> None:
    url, script = server
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "t0k3n")
    script.answers = [(200, "application/sparql-results+json", b'{"head":{},"boolean":true}')]
    assert query_endpoint(url, "ASK {}").boolean is True
    assert script.requests[0]["headers"]["Authorization"] == "Bearer t0k3n"


def test_query_endpoint_both_credentials_is_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ENDPOINT_TOKEN", "t")
    monkeypatch.setenv("KG_ENDPOINT_USER", "u")
    with pytest.raises(StoreError, match="Set either KG_ENDPOINT_TOKEN or KG_ENDPOINT_USER"):
        query_endpoint("http://127.0.0.1:9/query", "ASK {}")


def test_query_endpoint_construct_asks_for_rdf(server) -> None:
    url, script = server
    script.answers = [(200, "text/turtle", b"<https://example.org/a> a <https://example.org/T> .")]
    result = query_endpoint(url, "PREFIX ex: <https://example.org/#>\nconstruct { ?s a ?t } WHERE { ?s a ?t }")
    assert script.requests[0]["headers"]["Accept"].startswith("application/n-triples")
    assert result.graph_ntriples == (
        "<https://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://example.org/T> .\n"
    )


def test_query_endpoint_400_is_query_error(server) -> None:
    url, script = server
    script.answers = [(400, "text/plain", b"Parse error:\nline 1")]
    with pytest.raises(QueryError, match=r"^The server rejected the query: Parse error: line 1$"):
        query_endpoint(url, "SELEC")


def test_query_endpoint_unreadable_answer_is_store_error(server) -> None:
    url, script = server
    script.answers = [(200, "text/html", b"<html>login</html>")]
    with pytest.raises(StoreError, match=r"answered with text/html, not SPARQL results or RDF"):
        query_endpoint(url, "SELECT * WHERE { ?s ?p ?o }")
