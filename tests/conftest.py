"""Shared test set-up: ``--slow`` runs the tests that need the trained model or a server.

``blank_nlp``/``nlp``: builds in the test run ``spacy.blank("id")`` plus the real ``kg_*``
components, so they need no trained model.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def blank_nlp():
    import spacy

    from kg.nlp import add_components

    return add_components(spacy.blank("id"))


@pytest.fixture
def nlp(blank_nlp, monkeypatch):
    """Every build in the test uses the blank pipeline; the trained one is never loaded."""
    import kg.executor

    monkeypatch.setattr(kg.executor, "_worker_nlp", blank_nlp)
    monkeypatch.setenv("KG_MODEL", os.environ.get("KG_MODEL", str(ROOT / "kg" / "nlp" / "model")))
    return blank_nlp


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="needs --slow (make test passes it)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
