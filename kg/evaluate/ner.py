"""Entity-level exact-match scoring of the NER pipeline on CoNLL files (conlleval semantics).

The corpus tokens are fed to the pipeline as pre-tokenised Docs, so the scores measure
NER and not tokenisation. Only PER/LOC/ORG are scored; other gold labels count as O.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from kg.train.conll import LABELS, Sentence, map_label, read_conll, spans

Spans = set[tuple[int, int, str]]


@dataclass(frozen=True)
class LabelScore:
    """Precision/recall/F1 for one label or overall.

    precision, recall, f1 (float): in [0, 1]; 0.0 when undefined (nothing predicted/gold).
    support (int): gold entities; predicted (int): predicted entities; correct (int): exact matches.
    """

    precision: float
    recall: float
    f1: float
    support: int
    predicted: int
    correct: int

    @classmethod
    def from_counts(cls, correct: int, predicted: int, gold: int) -> "LabelScore":
        precision = correct / predicted if predicted else 0.0
        recall = correct / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1, gold, predicted, correct)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
            "predicted": self.predicted,
            "correct": self.correct,
        }


@dataclass(frozen=True)
class NerScores:
    """Scores over a set of sentences.

    overall (LabelScore): micro-averaged over all labels.
    per_label (dict[str, LabelScore]): one entry per label in LABELS.
    sentences, tokens (int): how much was scored.
    """

    overall: LabelScore
    per_label: dict[str, LabelScore]
    sentences: int
    tokens: int

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "per_label": {label: s.as_dict() for label, s in self.per_label.items()},
            "sentences": self.sentences,
            "tokens": self.tokens,
        }


def score_spans(gold: Sequence[Spans], predicted: Sequence[Spans]) -> NerScores:
    """Exact-match P/R/F1 per label and overall.

    gold (Sequence[set]): per sentence, the gold (start, end, label) spans.
    predicted (Sequence[set]): per sentence, the predicted spans, aligned with ``gold``.
    RETURNS (NerScores): the scores (``tokens`` is 0; callers that know it fill it).
    """
    correct: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        for _, _, label in gold_spans:
            n_gold[label] += 1
        for _, _, label in pred_spans:
            n_pred[label] += 1
        for _, _, label in gold_spans & pred_spans:
            correct[label] += 1
    labels = list(LABELS) + sorted((set(n_gold) | set(n_pred)) - set(LABELS))
    per_label = {
        label: LabelScore.from_counts(correct[label], n_pred[label], n_gold[label])
        for label in labels
    }
    overall = LabelScore.from_counts(
        sum(correct.values()), sum(n_pred.values()), sum(n_gold.values())
    )
    return NerScores(overall, per_label, len(gold), 0)


def predict(nlp: Language, sentences: Iterable[Sentence], batch_size: int = 256) -> list[Spans]:
    """Run the pipeline on pre-tokenised sentences; return mapped entity spans per sentence."""
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    out: list[Spans] = []
    for doc in nlp.pipe(docs, batch_size=batch_size):
        found: Spans = set()
        for ent in doc.ents:
            label = map_label(ent.label_)
            if label is not None:
                found.add((ent.start, ent.end, label))
        out.append(found)
    return out


def evaluate_sentences(nlp: Language, sentences: Sequence[Sentence]) -> NerScores:
    """Score ``nlp`` against gold sentences."""
    gold = [set(spans(s.tags)) for s in sentences]
    scores = score_spans(gold, predict(nlp, sentences))
    tokens = sum(len(s.words) for s in sentences)
    return NerScores(scores.overall, scores.per_label, scores.sentences, tokens)


def evaluate_files(nlp: Language, paths: Iterable[Path | str]) -> NerScores:
    """Score ``nlp`` on CoNLL files, pooled. Raises DataError for unreadable files."""
    sentences: list[Sentence] = []
    for path in paths:
        sentences.extend(read_conll(path))
    return evaluate_sentences(nlp, sentences)


def format_table(scores: NerScores) -> str:
    """Plain-text table of the scores, for a terminal."""
    rows = [f"{'label':<8} {'p':>6} {'r':>6} {'f1':>6} {'support':>8}"]
    for label, s in [*scores.per_label.items(), ("overall", scores.overall)]:
        rows.append(
            f"{label:<8} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.support:>8d}"
        )
    rows.append(f"({scores.sentences} sentences, {scores.tokens} tokens)")
    return "\n".join(rows)
