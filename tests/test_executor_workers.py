"""Forked NLP workers share the pipeline their coordinator loaded for them (``kg.executor``)."""

from __future__ import annotations

import hashlib
import multiprocessing

import pytest
import spacy

import kg.executor
from kg.executor import run_processes
from kg.records import Article

FORKS = multiprocessing.get_context().get_start_method() == "fork"


def _article(i: int) -> Article:
    text = f"Presiden Joko Widodo tiba di Jakarta pada Senin (13/9/2023) untuk rapat ke-{i}.\n"
    return Article(source=f"a{i}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(), text=text)


@pytest.fixture
def blank_model(tmp_path, monkeypatch):
    """KG_MODEL is a blank Indonesian pipeline on disk, and no pipeline is loaded in this process."""
    model = tmp_path / "model"
    spacy.blank("id").to_disk(model)
    monkeypatch.setenv("KG_MODEL", str(model))
    monkeypatch.setattr(kg.executor, "_worker_nlp", None)
    return model


@pytest.mark.skipif(not FORKS, reason="workers are forked only where fork is the start method")
def test_the_coordinator_holds_the_pipeline_while_its_workers_run_then_drops_it(blank_model):
    results = run_processes([[_article(i)] for i in range(3)], 2)
    first = next(results)
    assert kg.executor._worker_nlp is not None  # loaded here, inherited by the workers
    rest = list(results)
    assert kg.executor._worker_nlp is None
    assert sorted(done[0].article.source for done, _ in [first, *rest]) == ["a0.txt", "a1.txt", "a2.txt"]


def test_nothing_to_run_loads_nothing(blank_model):
    assert list(run_processes([], 2)) == []
    assert kg.executor._worker_nlp is None


def test_a_pipeline_already_here_is_used_and_kept(nlp):
    done = [annotated for annotated, _ in run_processes([[_article(i)] for i in range(2)], 2)]
    assert sum(len(chunk) for chunk in done) == 2
    assert kg.executor._worker_nlp is nlp
