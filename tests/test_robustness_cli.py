"""Messy input through the command line, as a user sees it: exit code, one line per skipped
file on stderr naming it, the rest built, the summary counting what was skipped and why,
and never a traceback (issue 6).

``kg build`` runs on ``spacy.blank("id")`` plus the real ``kg_*`` rule components here, so
these tests need no trained model; the ones that do (Ctrl-C) are marked slow.
"""

from __future__ import annotations

import builtins
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner, Result
from rdflib import Dataset, Graph, URIRef

import kg.executor
from kg.cli import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_NONCONFORMING, EXIT_OK, EXIT_SKIPPED, main

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "seeds" / "004_0b3d239ce94713db.txt").read_text(encoding="utf-8")
IDENTIFIER = URIRef("https://schema.org/identifier")
ARTICLE_BODY = URIRef("https://schema.org/articleBody")
PLAIN = "Presiden Joko Widodo meresmikan jembatan baru di Bogor, Senin (14/9/2023).\nIa berharap jembatan itu bermanfaat.\n"


def _reset_model_env(monkeypatch) -> None:
    """``build --model`` sets KG_MODEL in this process; setenv makes monkeypatch put it back after."""
    monkeypatch.setenv("KG_MODEL", os.environ.get("KG_MODEL", str(ROOT / "kg" / "nlp" / "model")))


def _write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return folder


def build(tmp_path: Path, files: dict[str, str | bytes], *args: str, good: bool = True,
          out_name: str = "out.ttl") -> tuple[Result, Path]:
    """``kg build`` of a folder holding ``files`` (plus one good article) into ``out_name``."""
    folder = _write(tmp_path / "in", ({"good.txt": GOOD} if good else {}) | files)
    out = tmp_path / out_name
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-timestamp", *args])
    return result, out


def skip_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]


def assert_skipped(result: Result, name: str, reason: str, articles: int) -> str:
    """Exit 3; exactly one stderr line names ``name``; the summary counts ``reason``; no traceback."""
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in skip_lines(result) if name in line]
    assert len(lines) == 1, result.stderr
    assert f"{articles} articles" in result.stderr
    assert f"1 {reason}" in result.stderr.splitlines()[-1], result.stderr
    return lines[0]


def graph_of(out: Path) -> Graph:
    return Graph().parse(out, format="turtle")


def bodies(out: Path) -> list[str]:
    return sorted(str(o) for o in graph_of(out).objects(None, ARTICLE_BODY))


# ------------------------------------------------------------------ inputs kg build must survive

@pytest.mark.parametrize("data", ["", "   \n\t\r\n  \n"], ids=["empty", "whitespace"])
def test_build_empty_or_whitespace_file_is_skipped(nlp, tmp_path, data):
    result, out = build(tmp_path, {"blank.txt": data})
    line = assert_skipped(result, "blank.txt", "empty", articles=1)
    assert "empty" in line and "remove the file" in line
    assert len(bodies(out)) == 1


def test_build_article_with_no_entities_is_kept(nlp, tmp_path):
    result, out = build(tmp_path, {"plain.txt": "ini hanya catatan pendek tanpa nama apa pun.\nsemua huruf kecil.\n"})
    assert result.exit_code == EXIT_OK, result.stderr
    assert "2 articles" in result.stderr
    assert len(bodies(out)) == 2


@pytest.mark.parametrize(
    "codec, text",
    [
        ("latin-1", "Café Müller di Bogor: « pertemuan » berjalan lancar, kata Señor Peña.\n"),
        ("cp1252", "“Kami siap,” kata Menteri – tanpa ragu… pada Senin €5 juta.\n"),
        ("utf-16", "Presiden bertemu Ketua DPR di Jakarta — 東京 и Москва.\n"),
        ("utf-8-sig", "Presiden bertemu Ketua DPR di Jakarta, kata Ñoño.\n"),
    ],
)
def test_build_decodes_legacy_and_unicode_encodings(nlp, tmp_path, codec, text):
    result, out = build(tmp_path, {f"{codec}.txt": text.encode(codec)})
    assert result.exit_code == EXIT_OK, result.stderr
    assert "2 articles" in result.stderr
    assert any(text.strip() in body for body in bodies(out))


def test_build_undecodable_file_is_skipped_with_advice(nlp, tmp_path):
    mixed = ("Berita café " * 30).encode("utf-8") + b"\xff\xfe\xe9 rusak"  # mostly UTF-8, then broken
    result, _ = build(tmp_path, {"mixed.txt": mixed})
    line = assert_skipped(result, "mixed.txt", "undecodable", articles=1)
    assert "UTF-8" in line


@pytest.mark.parametrize(
    "name, data",
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8),
        ("report.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8),
        ("noise.txt", bytes(range(256)) * 40),
    ],
)
def test_build_binary_file_is_skipped(nlp, tmp_path, name, data):
    result, _ = build(tmp_path, {name: data})
    line = assert_skipped(result, name, "binary", articles=1)
    assert "not" in line and "text" in line


def test_build_html_page_is_reduced_to_its_text(nlp, tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Jembatan Baru | Situs</title><script>var ads = 1;</script>"
        "<style>p { color: red }</style></head><body><nav>Beranda | Politik</nav><article>"
        "<h1>Jembatan Baru di Bogor</h1><p>Presiden Joko Widodo meresmikan jembatan &amp; jalan baru.</p>"
        "</article></body></html>"
    )
    result, out = build(tmp_path, {"page.html": page, "script-only.htm": "<html><script>x()</script></html>"})
    assert_skipped(result, "script-only.htm", "no text", articles=2)
    page_body = next(b for b in bodies(out) if "Jembatan Baru di Bogor" in b)
    assert "meresmikan jembatan & jalan baru" in page_body
    assert "<" not in page_body and "var ads" not in page_body and "color: red" not in page_body


def test_build_20mb_single_line_file_is_skipped_as_too_long(nlp, tmp_path):
    huge = "Presiden Joko Widodo meresmikan jembatan di Bogor. " * 400_000  # 20 MB, no newline
    started = time.perf_counter()
    result, out = build(tmp_path, {"huge.txt": huge})
    assert time.perf_counter() - started < 120
    line = assert_skipped(result, "huge.txt", "too long", articles=1)
    assert len(line) < 250 and "split" in line
    assert len(bodies(out)) == 1


def test_build_mixed_folder_with_sub_folders(nlp, tmp_path):
    files = {
        "a/one.txt": PLAIN,
        "a/b/c/two.txt": PLAIN.replace("Bogor", "Depok"),
        "a/b/page.html": f"<html><body><p>{PLAIN.replace('Bogor', 'Bekasi')}</p></body></html>",
        ".hidden/three.txt": PLAIN.replace("Bogor", "Cianjur"),
        ".DS_Store": b"\x00\x00\x00\x01Bud1" + bytes(64),
        "img/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
        "empty-folder/.keep": "",
        "notes/empty.txt": "",
    }
    result, out = build(tmp_path, files)
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    assert "4 articles" in result.stderr  # good, one, two, page; hidden files and folders ignored
    names = " ".join(skip_lines(result))
    assert "logo.png" in names and "empty.txt" in names
    assert ".hidden" not in result.stderr and ".DS_Store" not in result.stderr
    assert "skipped 2 (1 binary, 1 empty)" in result.stderr
    assert len(bodies(out)) == 4


def test_build_follows_links_and_skips_dangling_and_looping_ones(nlp, tmp_path):
    folder = _write(tmp_path / "in", {"good.txt": GOOD, "real/other.txt": PLAIN})
    (folder / "link.txt").symlink_to(folder / "real" / "other.txt")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop").symlink_to(folder)
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-timestamp"])
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    lines = skip_lines(result)
    assert any("dangling.txt" in line and "gone.txt" in line for line in lines), result.stderr
    assert any("loop" in line for line in lines), result.stderr
    assert any("other.txt" in line and "same text as link.txt" in line for line in lines), result.stderr
    assert "2 articles" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_unreadable_file_is_skipped(nlp, tmp_path, monkeypatch):
    secret = _write(tmp_path / "in", {"secret.txt": PLAIN}) / "secret.txt"
    if os.geteuid() != 0:
        secret.chmod(0)
    else:  # root reads files whatever their mode: refuse this one as the kernel would
        real_open = builtins.open

        def fake_open(file, *args, **kwargs):
            if str(file) == str(secret):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", fake_open)
    try:
        result, out = build(tmp_path, {})
    finally:
        secret.chmod(0o644)
    line = assert_skipped(result, "secret.txt", "unreadable", articles=1)
    assert "ermission" in line
    assert len(bodies(out)) == 1


def test_build_duplicate_article_under_two_names_is_built_once(nlp, tmp_path):
    result, out = build(tmp_path, {"copy of good.txt": GOOD, "utf16 copy.txt": GOOD.encode("utf-16")})
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    lines = skip_lines(result)
    assert len(lines) == 2 and all("same text as copy of good.txt" in line for line in lines), result.stderr
    assert "skipped 2 (2 duplicate)" in result.stderr
    assert len(bodies(out)) == 1


NAMES = ['kutip "ganda" & \'tunggal\'.txt', "garis\\miring.txt", "emoji 🎉🇮🇩.txt", "Москва.txt",
         "東京ニュース.txt", "خبر عاجل.txt", "<tag> #1 ?q=a%20b.txt", "tab\there.txt"]


def test_build_odd_file_names_and_text_give_valid_iris_and_literals(nlp, tmp_path):
    text = 'Kim "Jong" <Un> \\ bertemu Putin 🎉 di 平壤 dan القاهرة. } @prefix x: <http://evil/> . "\n'
    files = {name: f"{text}{i}\n" for i, name in enumerate(NAMES)}
    files["sub/dir/nested.txt"] = text + "nested\n"
    result, out = build(tmp_path, files, good=False, out_name="out.trig")
    assert result.exit_code == EXIT_OK, result.stderr
    data = out.read_bytes()
    quads = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TRIG))  # strict IRI checks
    assert not any(str(q.subject).startswith("<http://evil") for q in quads)
    dataset = Dataset().parse(data=data, format="trig")
    identifiers = {str(o) for _, _, o, _ in dataset.quads((None, IDENTIFIER, None, None))}
    # control characters in a name are escaped (\\t), everything else is kept as it is
    assert identifiers == {name.replace("\t", "\\t") for name in NAMES} | {"sub/dir/nested.txt"}
    assert CliRunner().invoke(main, ["validate", str(out)]).exit_code == EXIT_OK


def test_build_strict_stops_at_first_bad_file_and_keeps_old_output(nlp, tmp_path):
    out = tmp_path / "out.ttl"
    out.write_text("# the good graph of yesterday\n", encoding="utf-8")
    before = out.read_bytes()
    result, _ = build(tmp_path, {"a-binary.txt": bytes(range(256)) * 8}, "--strict")
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "a-binary.txt" in result.stderr
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".out.ttl.*.tmp"))


def test_build_nothing_usable_writes_an_empty_but_valid_graph(nlp, tmp_path):
    result, out = build(tmp_path, {"empty.txt": "", "bin.dat": bytes(range(256))}, good=False)
    assert result.exit_code == EXIT_SKIPPED, result.stderr
    assert "0 articles" in result.stderr
    graph_of(out)  # parses


# ------------------------------------------------------------------ model, output, debug

@pytest.fixture
def no_loaded_model(monkeypatch):
    """The next build loads its pipeline from --model (none is cached in this process)."""
    monkeypatch.setattr(kg.executor, "_worker_nlp", None)
    _reset_model_env(monkeypatch)


def _corrupt_model(folder: Path) -> Path:
    folder.mkdir()
    (folder / "meta.json").write_text((ROOT / "kg" / "nlp" / "model" / "meta.json").read_text(encoding="utf-8"))
    (folder / "config.cfg").write_text("[nlp\nlang = = id\n\x00garbage", encoding="utf-8")
    return folder


@pytest.mark.parametrize("kind", ["missing", "empty", "corrupted"])
def test_build_bad_model_directory_is_one_line_and_keeps_old_output(no_loaded_model, tmp_path, kind):
    model = tmp_path / "model"
    if kind == "empty":
        model.mkdir()
    elif kind == "corrupted":
        _corrupt_model(model)
    _write(tmp_path / "in", {"good.txt": PLAIN})
    out = tmp_path / "out.ttl"
    out.write_text("# old graph\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(out), "--model", str(model)])
    assert result.exit_code == EXIT_ERROR, result.stderr
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert str(model) in result.stderr
    assert "pipeline" in result.stderr
    assert out.read_text(encoding="utf-8") == "# old graph\n"


@pytest.mark.parametrize("where", ["a-file/out.ttl", "/proc/out.ttl"])
def test_build_unwritable_output_is_one_line_error(nlp, tmp_path, where):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    target = where if where.startswith("/") else str(tmp_path / where)
    result, _ = build(tmp_path, {}, "-o", target)
    assert result.exit_code == EXIT_ERROR, result.stderr
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert target in result.stderr


def run_kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout)


def test_debug_shows_the_traceback_the_plain_run_hides(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix : <http://x/> .\n:a :b \"unterminated .\n", encoding="utf-8")
    plain = run_kg("validate", str(bad))
    assert plain.returncode == EXIT_ERROR
    assert plain.stderr.startswith("Error: ") and len(plain.stderr.strip().splitlines()) == 1
    assert "bad.ttl" in plain.stderr and "Traceback" not in plain.stderr
    debug = run_kg("--debug", "validate", str(bad))
    assert debug.returncode != EXIT_OK
    assert "Traceback (most recent call last)" in debug.stderr and "GraphParseError" in debug.stderr


# ------------------------------------------------------------------ validate, load, query

BAD_GRAPHS = {
    "truncated.ttl": b'@prefix : <http://x/> .\n:a :b "c" ;\n    :d ',
    "not-rdf.ttl": b"Presiden Joko Widodo meresmikan jembatan.\n",
    "binary.nt": bytes(range(256)),
    "bad-iri.nt": b"<http://x/a b> <http://x/p> <http://x/o> .\n",
    "unclosed.trig": b"<http://x/g> { <http://x/a> <http://x/p> <http://x/o> .\n",
    "injected.nq": b'<http://x/a> <http://x/p> "x" <http://x/g> <http://x/h> .\n',
    "broken.jsonld": b'[{"@id": "http://x/a", ',
}


@pytest.mark.parametrize("name", sorted(BAD_GRAPHS))
def test_validate_malformed_graph_is_one_line_naming_the_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_GRAPHS[name])
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == EXIT_ERROR, result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert name in result.stderr


GOOD_TRIG = '<https://example.org/g/1> { <https://example.org/a> <https://example.org/p> "x" . }\n'


def _store_count(store: Path) -> int:
    result = CliRunner().invoke(main, ["query", "--store", str(store), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "-f", "csv"])
    assert result.exit_code == EXIT_OK, result.stderr
    return int(result.stdout.split()[-1])


@pytest.mark.parametrize("name", ["truncated.ttl", "unclosed.trig", "binary.nt"])
def test_load_malformed_graph_changes_nothing_in_the_store(tmp_path, name):
    good = tmp_path / "good.trig"
    good.write_text(GOOD_TRIG, encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["load", str(good), "--store", str(store)]).exit_code == EXIT_OK
    more = tmp_path / "more.trig"
    more.write_text(GOOD_TRIG.replace("g/1", "g/2"), encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(BAD_GRAPHS[name])
    result = CliRunner().invoke(main, ["load", str(more), str(bad), "--store", str(store)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert name in result.stderr
    assert _store_count(store) == 1  # more.trig was not loaded either: all or nothing


@pytest.mark.parametrize("query", ["SELECT ?x WHERE { ?x ", "SELEKT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s <bad iri> ?o }", "}"])
def test_query_invalid_sparql_is_one_line(tmp_path, query):
    good = tmp_path / "good.trig"
    good.write_text(GOOD_TRIG, encoding="utf-8")
    store = tmp_path / "store"
    CliRunner().invoke(main, ["load", str(good), "--store", str(store)])
    for target in (["--store", str(store)], [str(good)]):
        result = CliRunner().invoke(main, ["query", *target, query])
        assert result.exit_code == EXIT_ERROR, (target, result.output)
        assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


@pytest.fixture
def failing_server(monkeypatch) -> Iterator[str]:
    """A SPARQL endpoint that answers every request with HTTP 500."""
    from kg.store import endpoint as endpoint_module

    monkeypatch.setattr(endpoint_module, "BACKOFF_SECONDS", 0.0)

    class Handler(BaseHTTPRequestHandler):
        def _fail(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = b"java.lang.OutOfMemoryError"
            self.send_response(500)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = _fail

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize("command", ["query", "load"])
def test_unreachable_endpoint_is_one_line(tmp_path, monkeypatch, command):
    from kg.store import endpoint as endpoint_module

    monkeypatch.setattr(endpoint_module, "BACKOFF_SECONDS", 0.0)
    url = f"http://127.0.0.1:{_closed_port()}/ds"
    good = tmp_path / "good.trig"
    good.write_text(GOOD_TRIG, encoding="utf-8")
    args = ["query", "--endpoint", url, "SELECT * WHERE { ?s ?p ?o }"] if command == "query" else ["load", str(good), "--endpoint", url]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == EXIT_ERROR, result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "127.0.0.1" in result.stderr and "reach" in result.stderr


@pytest.mark.parametrize("command", ["query", "load"])
def test_erroring_endpoint_is_one_line(tmp_path, failing_server, command):
    good = tmp_path / "good.trig"
    good.write_text(GOOD_TRIG, encoding="utf-8")
    args = (["query", "--endpoint", failing_server, "SELECT * WHERE { ?s ?p ?o }"] if command == "query"
            else ["load", str(good), "--endpoint", failing_server])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == EXIT_ERROR, result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "500" in result.stderr


# ------------------------------------------------------------------ Ctrl-C

def _interruptible() -> None:
    """Ctrl-C as a terminal delivers it: a child inherits an ignored SIGINT from whoever started the tests (a shell
    that runs them in the background, ``make test &``, ignores it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_build_ctrl_c_exits_130_and_keeps_the_old_graph(tmp_path, jobs):
    folder = tmp_path / "in"
    paragraphs = GOOD.split("\n")
    for i in range(40):  # forty different articles (no duplicates), each a variation of one
        text = "\n".join(paragraphs[:1] + [f"Laporan nomor {i}."] + paragraphs[1 + i % 3:])
        _write(folder, {f"article-{i:02d}.txt": text})
    out = tmp_path / "out.ttl"
    out.write_text("# the good graph of yesterday\n", encoding="utf-8")
    before = out.read_bytes()
    cache = tmp_path / "cache"
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(folder), "-o", str(out), "--cache", str(cache), "-j", jobs],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_interruptible,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:  # wait until the NLP is under way
        if cache.exists() and any(p.is_file() for p in cache.rglob("*")):
            break
        time.sleep(0.2)
    assert process.poll() is None, "the build ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C in a terminal: the whole process group
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == EXIT_INTERRUPTED, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("Interrupted")
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".out.ttl.*.tmp"))


# ------------------------------------------------------------------ shapes

SHAPES = {
    "unparsable": "this is not turtle at all {",
    "malformed": ("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
                  "<http://x/S> a sh:NodeShape ; sh:targetClass <https://w3id.org/kg-news/ontology#NewsArticle> ;\n"
                  "    sh:property [ sh:path <http://x/p> ; sh:minCount \"many\" ] .\n"),
    "empty": None,
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_validate_and_build_with_broken_shapes_are_one_line(nlp, tmp_path, kind):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    if SHAPES[kind] is not None:
        (shapes / "s.ttl").write_text(SHAPES[kind], encoding="utf-8")
    result, out = build(tmp_path, {}, "--shapes", str(shapes))
    assert result.exit_code == EXIT_ERROR, result.stderr
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not out.exists()
    graph = tmp_path / "g.ttl"
    graph.write_text('<https://w3id.org/kg-news/id/article/0123456789abcdef> a <https://w3id.org/kg-news/ontology#NewsArticle> .\n')
    result = CliRunner().invoke(main, ["validate", str(graph), "--shapes", str(shapes)])
    assert result.exit_code == EXIT_ERROR, result.stderr
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_build_nonconforming_graph_is_not_written_over_the_old_one(nlp, tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "strict.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "<http://x/S> a sh:NodeShape ; sh:targetClass <https://w3id.org/kg-news/ontology#NewsArticle> ;\n"
        "    sh:property [ sh:path <http://x/never> ; sh:minCount 1 ; sh:message \"needs x:never\" ] .\n",
        encoding="utf-8")
    out = tmp_path / "out.ttl"
    out.write_text("# the good graph of yesterday\n", encoding="utf-8")
    result, _ = build(tmp_path, {}, "--shapes", str(shapes))
    assert result.exit_code == EXIT_NONCONFORMING, result.stderr
    assert "needs x:never" in result.stderr and "was not written" in result.stderr
    assert out.read_text(encoding="utf-8") == "# the good graph of yesterday\n"
    assert not list(tmp_path.glob(".out.ttl.*.tmp"))


def test_load_endpoint_failing_part_way_says_what_was_done(tmp_path, monkeypatch):
    from kg.store import endpoint as endpoint_module

    monkeypatch.setattr(endpoint_module, "BACKOFF_SECONDS", 0.0)
    puts = []

    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            puts.append(self.path)
            self.send_response(204 if len(puts) == 1 else 503)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    graphs = tmp_path / "three.trig"
    graphs.write_text("".join(f'<http://x/g{i}> {{ <http://x/a> <http://x/p> "{i}" . }}\n' for i in (1, 2, 3)))
    try:
        result = CliRunner().invoke(main, ["load", str(graphs), "--endpoint", f"http://127.0.0.1:{httpd.server_address[1]}/ds"])
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.exit_code == EXIT_ERROR
    assert len(result.stderr.strip().splitlines()) == 1
    assert "1 of 3" in result.stderr and "again" in result.stderr


@pytest.mark.parametrize("damage", [b"", b"\x80\x09", b"\x80\x04\x95garbage", bytes(range(256))])
def test_build_damaged_cache_entries_are_redone(nlp, tmp_path, damage):
    cache = tmp_path / "cache"
    first, out = build(tmp_path, {"plain.txt": PLAIN}, "--cache", str(cache))
    assert first.exit_code == EXIT_OK, first.stderr
    expected = out.read_bytes()
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert entries
    for entry in entries:
        entry.write_bytes(damage)
    again = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(out), "--no-timestamp", "--cache", str(cache)])
    assert again.exit_code == EXIT_OK, again.stderr
    assert out.read_bytes() == expected


def test_build_unusable_cache_folder_is_one_line_error(nlp, tmp_path):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    result, out = build(tmp_path, {}, "--cache", str(tmp_path / "a-file" / "cache"))
    assert result.exit_code == EXIT_ERROR, result.stderr
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "cache" in result.stderr
