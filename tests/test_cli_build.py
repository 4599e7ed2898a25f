"""End to end through the CLI: seeds in, a valid, deterministic, queryable graph out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.slow  # every test here runs the trained model


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--no-timestamp"])
    assert result.exit_code == 0, result.output
    return out


def run_kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=env, cwd=ROOT
    )


def test_build_summary_counts_articles(tmp_path):
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--no-timestamp"])
    assert result.exit_code == 0
    assert "5 articles" in result.stderr
    assert "triples" in result.stderr


def test_build_output_parses_in_two_independent_parsers(seed_graph):
    import pyoxigraph

    graph = Graph().parse(seed_graph, format="turtle")
    with open(seed_graph, "rb") as stream:
        quads = list(pyoxigraph.parse(stream, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(graph) > 100
    assert len(quads) == len(graph)


def test_build_is_byte_identical_across_processes(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = run_kg("build", str(SEEDS), "-o", str(out), "--no-timestamp", env=env)
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_build_conforms_to_shapes(seed_graph):
    result = CliRunner().invoke(main, ["validate", str(seed_graph)])
    assert result.exit_code == 0, result.output


def test_build_skips_bad_file_and_keeps_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((SEEDS / "002_28dba2f7a90c1700.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-timestamp"])
    assert result.exit_code == 3
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert "1 articles" in result.stderr
    assert out.exists()


def test_build_strict_stops_at_first_bad_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--strict"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert "empty.txt" in result.stderr
    assert not out.exists()


def test_build_writes_trig_to_stdout_with_named_graphs():
    result = CliRunner().invoke(main, ["build", str(SEEDS / "004_0b3d239ce94713db.txt"), "-f", "trig", "--no-timestamp", "--silent"])
    assert result.exit_code == 0, result.stderr
    from rdflib import Dataset

    dataset = Dataset().parse(data=result.stdout, format="trig")
    assert len(list(dataset.graphs())) >= 2


def test_build_rejects_unknown_output_suffix_before_work(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "g.xyz")])
    assert result.exit_code == 2
    assert "cannot tell the format" in result.stderr


def test_query_answers_every_shipped_query(seed_graph):
    for query in sorted((ROOT / "queries").glob("*.rq")):
        result = CliRunner().invoke(main, ["query", str(seed_graph), str(query), "--format", "csv"])
        assert result.exit_code == 0, (query.name, result.output)


def test_query_invalid_sparql_is_a_one_line_error(seed_graph):
    result = CliRunner().invoke(main, ["query", str(seed_graph), "SELECT ?x WHERE { ?x "])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr


def test_validate_malformed_turtle_exits_2(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> ", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 2
    assert "bad.ttl" in result.stderr
