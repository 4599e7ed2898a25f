"""Loading into and querying Virtuoso (Debian's virtuoso-opensource), when it is installed here.

Skipped unless ``virtuoso-t`` is on PATH (``apt-get install virtuoso-opensource``). The server gets
its own database and 127.0.0.1 ports under the test's temporary folder.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import load_files, query_endpoint

TEMPLATE = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
ARTICLE = "https://w3id.org/kg-news/graph/article/"
TRIG = f"""@prefix ex: <https://example.org/> .
<{ARTICLE}v1> {{ ex:v1 ex:mentions ex:joko ; ex:headline "Joko ke Bandung"@id . }}
<https://w3id.org/kg-news/graph/entities> {{ ex:joko a ex:Person . }}
"""
CHANGED = f"""@prefix ex: <https://example.org/> .
<{ARTICLE}v1> {{ ex:v1 ex:headline "Joko ke Bandung (ralat)"@id . }}
"""
COUNT = f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ARTICLE}")) }}'


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _config(tmp: Path, sql_port: int, http_port: int) -> Path:
    text = TEMPLATE.read_text(encoding="utf-8")
    text = text.replace("/var/lib/virtuoso-opensource-7/db", str(tmp))
    text = re.sub(r"(?m)^(\[Parameters\][^\[]*?ServerPort\s*=\s*)\S+", rf"\g<1>127.0.0.1:{sql_port}", text)
    text = re.sub(r"(?m)^(\[HTTPServer\][^\[]*?ServerPort\s*=\s*)\S+", rf"\g<1>127.0.0.1:{http_port}", text)
    path = tmp / "virtuoso.ini"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = shutil.which("virtuoso-t")
    if binary is None or not TEMPLATE.is_file():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    tmp = tmp_path_factory.mktemp("virtuoso")
    http_port = _free_port()
    config = _config(tmp, _free_port(), http_port)
    process = subprocess.Popen(
        [binary, "+configfile", str(config), "+foreground"],
        cwd=tmp,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http_port}/sparql"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail(f"virtuoso-t exited with {process.returncode}; see {tmp}/virtuoso.log")
            try:
                with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail("Virtuoso did not answer within 90 s")
                time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.mark.slow
def test_load_files_virtuoso_digest_auth_and_replace(virtuoso: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")  # the fresh database's default password
    monkeypatch.delenv("KG_ENDPOINT_TOKEN", raising=False)
    day1 = tmp_path / "day1.trig"
    day1.write_text(TRIG, encoding="utf-8")
    load_files([day1], endpoint=virtuoso)
    load_files([day1], endpoint=virtuoso)
    assert query_endpoint(virtuoso, COUNT).rows == (("2",),)
    fix = tmp_path / "fix.trig"
    fix.write_text(CHANGED, encoding="utf-8")
    load_files([fix], endpoint=virtuoso)
    headline = query_endpoint(virtuoso, "SELECT ?h WHERE { <https://example.org/v1> <https://example.org/headline> ?h }")
    assert headline.rows == (("Joko ke Bandung (ralat)",),)
    assert headline.terms[0][0].lang == "id"
    assert query_endpoint(virtuoso, COUNT).rows == (("1",),)
