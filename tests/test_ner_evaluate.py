"""The entity-level scorer and ``kg eval ner``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner

from kg.cli import main
from kg.evaluate.ner import evaluate_sentences, score_spans
from kg.train.conll import Sentence


def test_score_spans_known_counts() -> None:
    gold = [{(0, 2, "PER"), (3, 4, "LOC")}, {(0, 1, "ORG")}]
    predicted = [{(0, 2, "PER"), (3, 5, "LOC")}, {(0, 1, "ORG"), (2, 3, "PER")}]
    scores = score_spans(gold, predicted)
    assert scores.overall.correct == 2
    assert scores.overall.precision == pytest.approx(2 / 4)
    assert scores.overall.recall == pytest.approx(2 / 3)
    assert scores.overall.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert scores.per_label["PER"].precision == pytest.approx(0.5)
    assert scores.per_label["PER"].recall == pytest.approx(1.0)
    assert scores.per_label["LOC"].f1 == 0.0
    assert scores.per_label["ORG"].f1 == pytest.approx(1.0)


def test_score_spans_nothing_predicted_is_zero() -> None:
    scores = score_spans([{(0, 1, "PER")}], [set()])
    assert scores.overall.f1 == 0.0 and scores.overall.support == 1


def _stub_nlp():
    """A blank pipeline tagging 'Jakarta' LOC and 'Bogor' PLACE ("xx": the id tokenizer is slow to build)."""
    nlp = spacy.blank("xx")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Jakarta"}, {"label": "PLACE", "pattern": "Bogor"}])
    return nlp


def test_evaluate_sentences_maps_predicted_labels() -> None:
    sentences = [Sentence(("Di", "Jakarta", "dan", "Bogor"), ("O", "B-LOC", "O", "B-LOC"))]
    scores = evaluate_sentences(_stub_nlp(), sentences)
    assert scores.overall.f1 == pytest.approx(1.0)
    assert scores.tokens == 4


def test_eval_ner_json_on_tiny_file(tmp_path: Path) -> None:
    data = tmp_path / "tiny.txt"
    data.write_text("Di\tO\nJakarta\tB-PLACE\n\nAmir\tB-PERSON\n", encoding="utf-8")
    model = tmp_path / "model"
    _stub_nlp().to_disk(model)
    result = CliRunner().invoke(main, ["eval", "ner", str(data), "--model", str(model), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["overall"]["p"] == 1.0
    assert payload["overall"]["r"] == 0.5
    assert 0.0 <= payload["overall"]["f1"] <= 1.0
    assert payload["per_label"]["PER"]["support"] == 1


def test_eval_ner_missing_file_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["eval", "ner", str(missing), "--model", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: NER file not found: {missing}"


def test_eval_ner_missing_model_one_line_error(tmp_path: Path) -> None:
    data = tmp_path / "tiny.txt"
    data.write_text("Amir\tB-PERSON\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", str(data), "--model", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: No trained NER pipeline at ")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_eval_ner_shipped_model_scores_news(tmp_path: Path) -> None:
    data = tmp_path / "news.txt"
    data.write_text(
        "Presiden\tO\nJoko\tB-PER\nWidodo\tI-PER\nberkunjung\tO\nke\tO\nSurabaya\tB-LOC\n.\tO\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "ner", str(data), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["overall"]["f1"] > 0.5
