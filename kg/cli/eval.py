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


@eval_group.command("facts")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--articles", "articles_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder the gold file's article names are relative to (default: the gold file's folder).")
@click.option("--model", "model_path", type=click.Path(path_type=Path), default=None,
              help="Pipeline directory (default: the shipped kg/nlp/model).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Also list misses, wrong predictions, and split or merged entity nodes.")
@click.option("--by-article", is_flag=True, help="Also print entity scores per article.")
@click.option("--plain-text", is_flag=True,
              help="Read the articles as plain text files, without the web addresses the gold gives.")
def eval_facts(
    gold: Path, articles_dir: Path | None, model_path: Path | None, as_json: bool, show_errors: bool, by_article: bool,
    plain_text: bool,
) -> None:
    """P/R/F1 of entities, events, roles and quotes against a gold JSON Lines file.

    Each gold line names an article file and lists its entities (type and every surface form),
    events (type, date, participants, place), roles (person, title, body) and quotes (speaker,
    text prefix). Entities are scored as distinct (surface form, type) mentions per article, with
    a count of real-world things split over several nodes; facts are collapsed to distinct facts
    per article. The matching rules are in kg/evaluate/facts.py and gold/README.md.

    \b
    Example:
        kg eval facts gold/news/dev.jsonl --errors
        kg eval facts gold/seeds.jsonl --json
        kg eval facts gold/news/dev.jsonl --plain-text
    """
    import json

    from kg.evaluate.facts import DIRECT, evaluate_facts, format_table, load_gold
    from kg.nlp import load_pipeline

    load_gold(gold)  # a malformed gold file fails before the model loads
    evaluation = evaluate_facts(gold, articles_dir, load_pipeline(model_path), with_addresses=not plain_text)
    if as_json:
        result = evaluation.as_dict(errors=show_errors)
        if by_article:
            result.setdefault("entities", {})["by_article"] = {
                source: score.as_dict() for source, score in evaluation.entities.by_article.items()
            }
        result["gold"] = str(gold)
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    click.echo(format_table(evaluation, by_article=by_article))
    if show_errors:
        entities = evaluation.entities
        for line in entities.overall.misses:
            click.echo(f"missed entity: {line}")
        for line in entities.overall.wrong:
            click.echo(f"wrong  entity: {line}")
        for line in entities.split:
            click.echo(f"split  entity: {line}")
        for line in entities.merged:
            click.echo(f"merged entity: {line}")
        for key, score in evaluation.facts.items():
            if key == DIRECT:
                continue  # its misses are listed among the quotes'
            for line in score.misses:
                click.echo(f"missed {key[:-1]}: {line}")
            for line in score.wrong:
                click.echo(f"wrong  {key[:-1]}: {line}")


@eval_group.command("regions")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--regions", "regions_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Region gold file (default: regions.jsonl beside GOLD).")
@click.option("--articles", "articles_dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder the gold file's article names are relative to (default: the gold file's folder).")
@click.option("--model", "model_path", type=click.Path(path_type=Path), default=None,
              help="Pipeline directory (default: the shipped kg/nlp/model).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list missed and wrong region codes.")
def eval_regions(gold: Path, regions_path: Path | None, articles_dir: Path | None, model_path: Path | None,
                 as_json: bool, show_errors: bool) -> None:
    """Code-level P/R/F1 of Indonesian region links on the articles of a gold file.

    GOLD names the articles (a facts gold file such as gold/news/test.jsonl); the region gold
    gives, per article, the Kemendagri codes of the regions its text decides. Per article, a
    predicted code is right when the gold has it; by level too. Also counts the region-like
    mentions left unlinked, by reason (ambiguous, not in list, below village).

    \b
    Example:
        kg eval regions gold/news/test.jsonl
        kg eval regions gold/news/dev.jsonl --errors
    """
    import json

    from kg.evaluate.facts import load_gold
    from kg.evaluate.regions import evaluate_regions, format_table, load_region_gold
    from kg.nlp import load_pipeline

    load_gold(gold)  # malformed gold files fail before the model loads
    load_region_gold(regions_path or gold.parent / "regions.jsonl")
    evaluation = evaluate_regions(gold, regions_path, articles_dir, load_pipeline(model_path))
    if as_json:
        result = evaluation.as_dict(errors=show_errors)
        result["gold"] = str(gold)
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    click.echo(format_table(evaluation))
    if show_errors:
        for line in evaluation.overall.misses:
            click.echo(f"missed region: {line}")
        for line in evaluation.overall.wrong:
            click.echo(f"wrong  region: {line}")
