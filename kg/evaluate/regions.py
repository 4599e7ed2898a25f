"""Score region links against a region gold file (``kg eval regions``).

Gold format (``gold/news/regions.jsonl``): JSON Lines, one object per article::

    {"source": "texts/h3_01_kompas_banjir-cilacap-pengungsi.txt",
     "regions": [{"text": "Kabupaten Cilacap", "code": "33.01"}, {"text": "Bandung", "code": null}]}

``code`` is the Kemendagri code of the region the text means, or null when the text does not
decide which region it is. Scoring is by code, per article: the predicted codes are the regions
of the entities the article's mentions resolve to; a predicted code is right when the article's
gold has it, and a gold code is found when some mention of the article links to it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DataError
from kg.evaluate.facts import Score, gold_lines, load_gold
from kg.regions import is_region_code


@dataclass
class RegionEvaluation:
    """Code-level scores overall and by level, and the unlinked region-like mentions by reason."""

    overall: Score
    by_level: dict[str, Score]
    unlinked: Counter = field(default_factory=Counter)
    articles: int = 0

    def as_dict(self, errors: bool = False) -> dict:
        result = self.overall.as_dict()
        result["by_level"] = {level: s.as_dict() for level, s in sorted(self.by_level.items())}
        result["unlinked"] = dict(sorted(self.unlinked.items()))
        result["articles"] = self.articles
        if errors:
            result.update(misses=self.overall.misses, wrong=self.overall.wrong)
        return result


def load_region_gold(path: Path) -> dict[str, set[str]]:
    """Article file -> the region codes its text decides. Raises DataError naming the bad line."""
    gold: dict[str, set[str]] = {}
    for number, item in gold_lines(path, "region gold file"):
        if not isinstance(item.get("regions"), list):
            raise DataError(f'{path} line {number}: expected an object with "source" and a "regions" list')
        codes = set()
        for region in item["regions"]:
            code = region.get("code") if isinstance(region, dict) else ""
            if code is not None and not (isinstance(code, str) and is_region_code(code)):
                raise DataError(f'{path} line {number}: "code" must be a Kemendagri code such as "32.04" or null: '
                                f"{json.dumps(region, ensure_ascii=False)}")
            if code is not None:
                codes.add(code)
        gold[item["source"]] = codes
    return gold


def evaluate_regions(gold_path: Path, regions_path: Path | None = None, articles_dir: Path | None = None,
                     nlp=None) -> RegionEvaluation:
    """Run the articles of a facts gold file (dev or test) through NLP and resolution, and score
    their region links against the region gold.

    gold_path (Path): the facts gold file that names the articles (``gold/news/test.jsonl``).
    regions_path (Path | None): the region gold; default ``regions.jsonl`` beside ``gold_path``.
    articles_dir (Path | None): where the named articles are; default the gold file's folder.
    nlp (Language | None): the pipeline; default ``kg.nlp.load_pipeline()``.
    """
    from kg.article import parse_article
    from kg.nlp import annotate, load_pipeline
    from kg.records import Skipped
    from kg.resolve import resolve
    from kg.resolve.regions import unlinked_reasons
    from kg.sources import read_source

    sources = [item.source for item in load_gold(gold_path)]
    region_gold = load_region_gold(regions_path or Path(gold_path).parent / "regions.jsonl")
    missing = [s for s in sources if s not in region_gold]
    if missing:
        raise DataError(f"{missing[0]} (and {len(missing) - 1} more) has no line in the region gold file; "
                        "add one (an empty \"regions\" list when it names no region)")
    base = Path(articles_dir) if articles_dir else Path(gold_path).parent
    articles = []
    for name in sources:
        source = read_source(base / name)
        if isinstance(source, Skipped):
            raise DataError(f"Gold article {name} cannot be used: {source.message}")
        articles.append(parse_article(source))
    evaluation = RegionEvaluation(Score(), {}, articles=len(sources))
    for name, annotated in zip(sources, annotate(articles, nlp or load_pipeline())):
        facts = resolve([annotated])  # each article alone, as kg eval facts does
        predicted = {e.region.code: e.region.level for e in facts.entities if e.region is not None}
        _score_article(name, predicted, region_gold[name], evaluation)
        evaluation.unlinked.update(unlinked_reasons([annotated]))
    return evaluation


def _score_article(name: str, predicted: dict[str, str], gold: set[str], evaluation: RegionEvaluation) -> None:
    from kg.regions import region

    for code, level in predicted.items():
        for score in (evaluation.overall, evaluation.by_level.setdefault(level, Score())):
            score.predicted += 1
            score.correct += code in gold
        if code not in gold:
            evaluation.overall.wrong.append(f"{name}: {code}")
    for code in gold:
        known = region(code)
        level = known.level if known else "unknown"
        for score in (evaluation.overall, evaluation.by_level.setdefault(level, Score())):
            score.gold += 1
            score.found += code in predicted
        if code not in predicted:
            evaluation.overall.misses.append(f"{name}: {code} {known.name if known else ''}".rstrip())


def format_table(evaluation: RegionEvaluation) -> str:
    """P/R/F1 overall and by level, then the unlinked mentions by reason."""
    lines = [f"{'regions (code)':<16} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}"]
    rows = [("all", evaluation.overall), *sorted(evaluation.by_level.items())]
    for name, s in rows:
        lines.append(f"{name:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.predicted:5d} {s.gold:5d}")
    reasons = ", ".join(f"{reason} {count}" for reason, count in sorted(evaluation.unlinked.items())) or "none"
    lines.append(f"unlinked region-like mentions: {reasons} ({evaluation.articles} articles)")
    return "\n".join(lines)
