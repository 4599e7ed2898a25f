"""``kg eval``: score the shipped pipeline against gold files."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import main


@main.group(name="eval")
def eval_group() -> None:
    """Measure accuracy: NER on CoNLL files, facts (events, roles, quotes) on gold JSON.

    \b
    Example:
        kg eval ner ../shared/data/ner/idner-news-2k/test.txt --json
    """


@eval_group.command("ner")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--model", "model_path", type=click.Path(path_type=Path), default=None,
              help="Pipeline directory (default: the shipped kg/nlp/model).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def eval_ner(files: tuple[Path, ...], model_path: Path | None, as_json: bool) -> None:
    """Entity-level exact-match P/R/F1 (conlleval) of the NER on CoNLL files.

    FILES have one token per line, the BIO tag in the last column (tab or space separated),
    a blank line between sentences. PERSON/PER/PPL, PLACE/LOCATION/LOC/PLC and
    ORGANISATION/ORGANIZATION/ORG/IND are understood; other labels count as O. The corpus
    tokens are given to the pipeline as they are, so tokenisation does not affect the score.

    \b
    Example:
        kg eval ner ../shared/data/ner/idner-news-2k/test.txt --json
    """
    import json

    from kg.evaluate.ner import evaluate_sentences, format_table
    from kg.nlp.ner import load_ner
    from kg.train.conll import read_conll

    sentences = [s for path in files for s in read_conll(path)]  # bad file: fail before loading
    scores = evaluate_sentences(load_ner(model_path), sentences)
    if as_json:
        result = scores.as_dict()
        result["files"] = [str(path) for path in files]
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(format_table(scores))
