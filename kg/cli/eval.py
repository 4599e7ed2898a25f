"""``kg eval``: score the shipped pipeline against gold files."""

from __future__ import annotations

import click

from kg.cli import main


@main.group(name="eval")
def eval_group() -> None:
    """Measure accuracy: NER on CoNLL files, facts (events, roles, quotes) on gold JSON.

    \b
    Example:
        kg eval ner ../shared/data/ner/idner-news-2k/test.txt --json
    """
