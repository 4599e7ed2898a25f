"""Score events, roles and quotes against a small gold file (``kg eval facts``).

Gold format: JSON Lines, one object per article::

    {"source": "000_x.txt",
     "events": [{"type": "Meeting", "date": "2023-09-13", "participants": ["Kim Jong Un", "Vladimir Putin"],
                 "place": "Vostochny Cosmodrome"}],
     "roles": [{"person": "Vladimir Putin", "title": "Presiden Rusia"}],
     "quotes": [{"speaker": "Kim Jong Un", "text": "Rusia telah melakukan", "direct": true}]}

``source`` is the article file, relative to the gold file (or to ``--articles``).
``date`` and ``place`` may be null (not stated / not checked). Any name or title
may list alternatives separated by ``|`` ("Korea Utara|Korut").

Matching rules (names compare case-folded, hyphens as spaces, and a name matches
when all words of the shorter are among the longer's: "Kim" ~ "Kim Jong Un"):

* Predictions are collapsed per article into distinct facts first, so an event
  reported five times is one predicted fact.
* Recall (is the gold fact found?): an event needs a predicted event of the same
  type having every gold participant, the gold date exactly (if given) and the
  gold place (if given). A role needs the person and a title that contains the
  gold title or is contained in it. A quote needs the speaker and a text that
  starts with the gold prefix (or is a prefix of it).
* Precision (is the predicted fact right?): an event is right if a gold event of
  the same type shares a participant and neither date nor place contradicts it
  (missing values do not contradict). Roles and quotes: as for recall.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DataError
from kg.records import AnnotatedArticle

CATEGORIES = ("events", "roles", "quotes")


@dataclass(frozen=True)
class GoldArticle:
    source: str
    events: tuple[dict, ...] = ()
    roles: tuple[dict, ...] = ()
    quotes: tuple[dict, ...] = ()


@dataclass
class Score:
    """Counts for one category: predicted facts right / all, gold facts found / all."""

    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "correct": self.correct, "predicted": self.predicted, "found": self.found, "gold": self.gold,
        }


def load_gold(path: Path) -> list[GoldArticle]:
    """Read a gold JSON Lines file. Raises DataError naming the line for malformed input."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise DataError(f"Cannot read gold file {path}: {error.strerror or error}") from error
    result = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataError(f"{path} line {number}: not JSON ({error.msg})") from error
        if not isinstance(item, dict) or not isinstance(item.get("source"), str):
            raise DataError(f'{path} line {number}: expected an object with a "source" file name')
        for key in CATEGORIES:
            if not isinstance(item.get(key, []), list):
                raise DataError(f'{path} line {number}: "{key}" must be a list')
        result.append(GoldArticle(item["source"], *(tuple(item.get(key, [])) for key in CATEGORIES)))
    return result


def _norm(name: str) -> str:
    return " ".join(re.sub(r"[-‐–]", " ", name).casefold().split())


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Does a predicted surface name refer to the gold one ("Kim" ~ "Kim Jong Un", alternatives by "|")?"""
    if not gold or not predicted:
        return False
    p = set(_norm(predicted).split())
    for alternative in gold.split("|"):
        g = set(_norm(alternative).split())
        if g and p and (g <= p or p <= g):
            return True
    return False


def titles_match(gold: str, predicted: str) -> bool:
    p = _norm(re.sub(r"\([^)]*\)", "", predicted))
    return any(
        (g := _norm(re.sub(r"\([^)]*\)", "", alt))) and (g in p or p in g) for alt in gold.split("|")
    )


def text_matches(gold: str, predicted: str) -> bool:
    g, p = _norm(gold), _norm(predicted)
    return bool(g) and bool(p) and (p.startswith(g) or g.startswith(p))


def predicted_facts(annotated: AnnotatedArticle) -> dict[str, list[dict]]:
    """Distinct events, roles and quotes of one article, with names as surface text."""
    m, t = annotated.mentions, annotated.times
    events = {
        (e.type, t[e.time].value if e.time is not None else None,
         tuple(sorted({m[p].text for p in e.participants})), m[e.place].text if e.place is not None else None)
        for e in annotated.events
    }
    roles = {(m[r.person].text, r.title) for r in annotated.roles}
    quotes = {
        (m[q.speaker].text if q.speaker is not None else None, q.text, q.direct) for q in annotated.quotes
    }
    return {
        "events": [
            {"type": a, "date": b, "participants": list(c), "place": d} for a, b, c, d in sorted(events, key=str)
        ],
        "roles": [{"person": a, "title": b} for a, b in sorted(roles)],
        "quotes": [{"speaker": a, "text": b, "direct": c} for a, b, c in sorted(quotes, key=str)],
    }


def _event_found(g: dict, p: dict) -> bool:
    return (
        g["type"] == p["type"]
        and all(any(names_match(name, q) for q in p["participants"]) for name in g.get("participants", []))
        and (not g.get("date") or g["date"] == p["date"])
        and (not g.get("place") or names_match(g["place"], p["place"]))
    )


def _event_right(g: dict, p: dict) -> bool:
    return (
        g["type"] == p["type"]
        and any(names_match(name, q) for name in g.get("participants", []) for q in p["participants"])
        and (not g.get("date") or not p["date"] or g["date"] == p["date"])
        and (not g.get("place") or not p["place"] or names_match(g["place"], p["place"]))
    )


def _role_match(g: dict, p: dict) -> bool:
    return names_match(g["person"], p["person"]) and titles_match(g["title"], p["title"])


def _quote_match(g: dict, p: dict) -> bool:
    return names_match(g["speaker"], p["speaker"]) and text_matches(g["text"], p["text"])


RULES: dict[str, tuple[Callable[[dict, dict], bool], Callable[[dict, dict], bool]]] = {
    "events": (_event_found, _event_right),
    "roles": (_role_match, _role_match),
    "quotes": (_quote_match, _quote_match),
}


def score_facts(gold: Iterable[GoldArticle], annotated: dict[str, AnnotatedArticle]) -> dict[str, Score]:
    """P/R/F1 per category over all gold articles; ``annotated`` is keyed by gold ``source``."""
    scores = {key: Score() for key in CATEGORIES}
    for article in gold:
        predicted = predicted_facts(annotated[article.source])
        for key in CATEGORIES:
            found, right = RULES[key]
            score, golds, preds = scores[key], getattr(article, key), predicted[key]
            score.gold += len(golds)
            score.predicted += len(preds)
            for g in golds:
                if any(found(g, p) for p in preds):
                    score.found += 1
                else:
                    score.misses.append(f"{article.source}: {json.dumps(g, ensure_ascii=False)}")
            for p in preds:
                if any(right(g, p) for g in golds):
                    score.correct += 1
                else:
                    score.wrong.append(f"{article.source}: {json.dumps(p, ensure_ascii=False)}")
    return scores


def evaluate_facts(gold_path: Path, articles_dir: Path | None = None, nlp=None) -> dict[str, Score]:
    """Read the gold file, annotate the articles it names, and score them.

    gold_path (Path): the gold JSON Lines file.
    articles_dir (Path | None): where the named articles are; default the gold file's folder.
    nlp (Language | None): the pipeline; default ``kg.nlp.load_pipeline()``.
    RETURNS (dict[str, Score]): "events", "roles", "quotes".
    """
    from kg.article import parse_article
    from kg.nlp import annotate, load_pipeline
    from kg.records import Skipped
    from kg.sources import read_source

    gold = load_gold(gold_path)
    base = Path(articles_dir) if articles_dir else Path(gold_path).parent
    articles = []
    for item in gold:
        source = read_source(base / item.source)
        if isinstance(source, Skipped):
            raise DataError(f"Gold article {item.source} cannot be used: {source.message}")
        articles.append(parse_article(source))
    annotated = {item.source: result for item, result in zip(gold, annotate(articles, nlp or load_pipeline()))}
    return score_facts(gold, annotated)


def format_table(scores: dict[str, Score]) -> str:
    rows = [f"{'':8} {'P':>6} {'R':>6} {'F1':>6}  {'right/pred':>10}  {'found/gold':>10}"]
    for key, s in scores.items():
        rows.append(
            f"{key:8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
            f"  {s.correct:>4}/{s.predicted:<5}  {s.found:>4}/{s.gold:<5}"
        )
    return "\n".join(rows)
