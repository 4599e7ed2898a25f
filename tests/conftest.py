"""Shared test set-up: ``--slow`` runs the tests that need the trained model or a server."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="needs --slow (make test passes it)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
