"""The Python API as a user calls it: ``import kg; kg.build(...)``, ``kg.load``, ``kg.query``.

The fast tests run the real ``kg_*`` components on ``spacy.blank("id")`` (the ``nlp`` fixture);
the README's own snippet runs with the shipped model (slow).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

import kg
from kg.errors import InputError, OutputError, QueryError
from tests.test_record_files import NEWS_PLEASE

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def news(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text((SEEDS / "004_0b3d239ce94713db.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "np.jsonl").write_text(json.dumps(NEWS_PLEASE) + "\n" + "{broken\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_api_build_returns_dataset_skipped_and_writes(nlp, news, tmp_path):
    result = kg.build([news], timestamp=False)
    assert isinstance(result.dataset, Dataset) and result.conforms
    assert len(result.facts.articles) == 2
    assert sorted((Path(s.path).name, s.reason) for s in result.skipped) == [("empty.txt", "empty"), ("np.jsonl#2", "unparsable")]
    out = tmp_path / "out.trig"
    assert result.write(out) == "trig"
    written = Dataset().parse(out, format="trig")
    names = {g.identifier for g in result.dataset.graphs() if len(g)}
    assert names == {g.identifier for g in written.graphs() if len(g)} and len(names) == 3
    assert all(isomorphic(written.graph(name), result.dataset.graph(name)) for name in names)


def test_api_build_takes_one_path_as_a_string(nlp, news):
    assert len(kg.build(str(news / "a.txt")).facts.articles) == 1


def test_api_build_fields_name_the_columns(nlp, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("kepala,isi\nJudul,Presiden tiba di Bali pada Senin pagi.\n", encoding="utf-8")
    result = kg.build([table], fields=kg.FieldNames(text="isi", title="kepala"))
    assert not result.skipped and result.facts.articles[0].annotated.article.title == "Judul"


def test_api_build_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="No such file or folder"):
        kg.build([tmp_path / "nope"])


def test_api_write_refuses_a_nonconforming_graph(nlp, news, tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "s.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix schema: <https://schema.org/> .\n"
        "[] a sh:NodeShape ; sh:targetClass schema:NewsArticle ; sh:property [ sh:path schema:author ; sh:minCount 1 ] .\n",
        encoding="utf-8",
    )
    result = kg.build([news / "a.txt"], shapes=shapes)
    assert not result.conforms
    with pytest.raises(OutputError, match="does not conform"):
        result.write(tmp_path / "out.ttl")
    assert not (tmp_path / "out.ttl").exists()


def test_api_load_and_query_match_the_commands(nlp, news, tmp_path):
    graph = tmp_path / "g.trig"
    kg.build([news], timestamp=False).write(graph)
    loaded = kg.load(graph, store=tmp_path / "store")
    assert loaded.graphs >= 3 and loaded.quads > 0
    from_store = kg.query("mentions", store=tmp_path / "store")
    from_files = kg.query("mentions", [graph])
    assert from_store.variables == from_files.variables and sorted(from_store.rows) == sorted(from_files.rows)
    count = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }", graph)
    assert count.dicts() == [{"n": "2"}]


def test_api_query_errors_are_named(tmp_path):
    with pytest.raises(QueryError, match="no shipped query named 'mentionz'"):
        kg.query("mentionz", store=tmp_path)
    with pytest.raises(InputError, match="exactly one of"):
        kg.query("mentions")
    with pytest.raises(InputError, match="no such graph file"):
        kg.query("mentions", tmp_path / "missing.ttl")


def _readme_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@pytest.mark.slow  # the trained model, in two worker processes
def test_readme_python_snippet_builds_loads_and_queries_as_documented(tmp_path):
    """The README's snippet, as a user runs it: its own process, its own folder, the shipped model."""
    news = tmp_path / "news"
    news.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        (news / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _readme_snippet()], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    written = Dataset().parse(tmp_path / "out.trig", format="trig")
    assert len(list(written.graphs())) >= 3  # two article graphs and the entities graph (and the default)
    assert (tmp_path / "store").is_dir()
    assert "Kim Jong Un" in done.stdout
