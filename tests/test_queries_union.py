"""Shipped queries stay cheap when the store's default graph is the union of every article graph.

Each article graph repeats the type and labels of the entities and events it names, so on a
union default graph a plain join multiplies rows by the number of articles naming a node (the
queries then took minutes on a hundred articles). Each query must finish at all on a union of
thirty synthetic articles and give the rows it gives on the same triples held once.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.output import serialize
from kg.rdf.mapping import facts_to_dataset
from kg.report.sample import synthetic_facts
from kg.resources import asset_dir
from kg.store import load_files, query_store

SHIPPED = sorted(p.stem for p in asset_dir("queries").glob("*.rq") if not p.stem.startswith("report_"))
RARE = {"multi_reported_events"}  # synthetic events get a second report only past ~100 articles
FINISH_WITHIN = 300  # seconds for all queries together: a guard against blow-ups, not a benchmark

_RUN_ALL = """
import json, sys
from pathlib import Path
from kg.store import query_store
store, names, folder = Path(sys.argv[1]), sys.argv[2].split(","), Path(sys.argv[3])
answers = {}
for name in names:
    result = query_store(store, (folder / f"{name}.rq").read_text(encoding="utf-8"))
    answers[name] = {"variables": list(result.variables), "rows": [list(row) for row in result.rows]}
print(json.dumps(answers))
"""


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(named graphs queried as their union, the same triples once in a single graph)."""
    folder = tmp_path_factory.mktemp("union")
    dataset = facts_to_dataset(synthetic_facts(30, seed=1))
    (folder / "graph.nq").write_bytes(serialize(dataset, "nquads"))
    (folder / "graph.nt").write_bytes(serialize(dataset, "nt"))
    load_files([folder / "graph.nq"], store=folder / "union")
    load_files([folder / "graph.nt"], store=folder / "single")
    return folder / "union", folder / "single"


@pytest.fixture(scope="module")
def union_answers(stores: tuple[Path, Path]) -> dict[str, dict]:
    """Every shipped query on the union store, run in a child process that is stopped if it hangs."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUN_ALL, str(stores[0]), ",".join(SHIPPED), str(asset_dir("queries"))],
            capture_output=True, text=True, timeout=FINISH_WITHIN, check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the shipped queries did not finish in {FINISH_WITHIN}s on 30 articles: rows multiply on the union")
    return json.loads(done.stdout)


def _normalised(rows: list[list[str | None]]) -> list[tuple[str | None, ...]]:
    """Rows in a fixed order, with GROUP_CONCAT lists (whose order SPARQL leaves open) sorted."""

    def cell(value: str | None) -> str | None:
        if value is None:
            return None
        for separator in (" | ", ", "):
            if separator in value:
                return separator.join(sorted(value.split(separator)))
        return value

    return sorted((tuple(cell(value) for value in row) for row in rows), key=repr)


def test_queries_union_shipped_queries_are_all_checked() -> None:
    assert {"mentions", "entities", "co_mentions", "timeline", "meetings", "provenance"} <= set(SHIPPED)


@pytest.mark.parametrize("name", SHIPPED)
def test_queries_union_same_rows_as_single_graph(
    name: str, stores: tuple[Path, Path], union_answers: dict[str, dict]
) -> None:
    single = query_store(stores[1], (asset_dir("queries") / f"{name}.rq").read_text(encoding="utf-8"))
    union = union_answers[name]
    assert union["variables"] == list(single.variables)
    assert len(union["rows"]) == len(single.rows), f"{name}: rows multiplied on the union graph"
    if name not in RARE:
        assert len(single.rows) > 0, f"{name}: no answer on 30 synthetic articles, the check proves nothing"
    assert _normalised(union["rows"]) == _normalised([list(row) for row in single.rows])
