"""kg eval regions: the region gold file and the code-level scorer, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import DataError
from kg.evaluate.regions import load_region_gold

GOLD = Path(__file__).resolve().parents[1] / "gold" / "news"


def test_eval_regions_gold_file_is_well_formed_and_covers_every_article():
    regions = load_region_gold(GOLD / "regions.jsonl")
    for split in ("dev.jsonl", "test.jsonl"):
        for line in (GOLD / split).read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["source"] in regions
    assert sum(len(codes) for codes in regions.values()) > 150


def test_eval_regions_load_gold_rejects_a_bad_code(tmp_path):
    bad = tmp_path / "regions.jsonl"
    bad.write_text('{"source": "a.txt", "regions": [{"text": "Bandung", "code": "3204"}]}\n', encoding="utf-8")
    with pytest.raises(DataError, match='line 1: "code" must be a Kemendagri code'):
        load_region_gold(bad)


def test_cli_eval_regions_article_missing_from_region_gold(tmp_path):
    (tmp_path / "a.txt").write_text("Banjir di Cilacap.\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"source": "a.txt"}\n', encoding="utf-8")
    (tmp_path / "regions.jsonl").write_text('{"source": "b.txt", "regions": []}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "regions", str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 2
    assert "Error: a.txt (and 0 more) has no line in the region gold file" in result.output


@pytest.mark.slow
def test_cli_eval_regions_real_news_dev():
    result = CliRunner().invoke(main, ["eval", "regions", str(GOLD / "dev.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] >= 40
    assert scores["precision"] >= 0.9 and scores["recall"] >= 0.8
    assert set(scores["unlinked"]) <= {"ambiguous", "not in list", "below village"}
