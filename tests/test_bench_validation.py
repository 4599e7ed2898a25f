"""The check-alternatives bench times every way and finds that they agree."""

from __future__ import annotations

from kg.bench.validation import WAYS, measure
from rdf.sample import sample_facts


def test_measure_times_every_way_and_they_agree() -> None:
    result = measure(sample_facts(), chunk=2, rounds=2)
    articles = len(sample_facts().articles)
    assert result["articles"] == articles and result["chunks"] == (articles + 1) // 2
    assert set(result["median"]) == set(WAYS)
    assert all(len(seconds) == 2 for seconds in result["seconds"].values())
    assert result["same_as_alone"] == {name: True for name in WAYS}
