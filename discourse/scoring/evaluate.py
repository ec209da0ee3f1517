"""Evaluate scores against labels: ROC AUC, precision / recall / F1 at the verdict
thresholds, confusion matrix, breakdowns by genre and language, and the worst-ranked
documents with their strongest evidence (so a lexicon editor sees why)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict
from sklearn.metrics import (
    confusion_matrix,
    precision_recall_fscore_support,
    roc_auc_score,
)

from discourse.io.record import ScoredDocument
from discourse.scoring.weights import Weights, load_weights

POSITIVE_VALUES = {"advertorial", "1", "true", "yes", "publi-rédactionnel", "positive"}


def is_positive(value: Any) -> bool | None:
    """The label as a boolean; None when missing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return str(value).strip().lower() in POSITIVE_VALUES


class ThresholdMetrics(BaseModel):
    model_config = ConfigDict(extra="forbid")

    threshold: float
    name: str
    precision: float
    recall: float
    f1: float
    confusion: list[list[int]]
    """[[true negatives, false positives], [false negatives, true positives]]"""


class GroupRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    group: str
    n: int
    positives: int
    mean_score: float
    flagged: int
    """Documents at or above the 'mixed' threshold."""


class Ranked(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None
    genre: str | None
    score: float
    verdict: str
    evidence: list[str]


class Evaluation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n: int
    positives: int
    unlabelled: int
    roc_auc: float | None
    thresholds: list[ThresholdMetrics]
    by_genre: list[GroupRow]
    by_lang: list[GroupRow]
    worst_positives: list[Ranked]
    """Positives with the lowest scores."""
    worst_negatives: list[Ranked]
    """Negatives with the highest scores."""


def _group_rows(records: Sequence[ScoredDocument], labels: Sequence[bool], field: str, mixed: float) -> list[GroupRow]:
    groups: dict[str, list[tuple[ScoredDocument, bool]]] = {}
    for record, label in zip(records, labels):
        key = str(getattr(record, field, None) or record.meta.get(field) or "—")
        groups.setdefault(key, []).append((record, label))
    rows = []
    for key in sorted(groups):
        items = groups[key]
        rows.append(
            GroupRow(
                group=key, n=len(items), positives=sum(lab for _, lab in items),
                mean_score=round(sum(r.advertorial_score for r, _ in items) / len(items), 1),
                flagged=sum(r.advertorial_score >= mixed for r, _ in items),
            )
        )
    return rows


def _ranked(record: ScoredDocument, top: int = 3) -> Ranked:
    from discourse.report.explain import strongest_evidence

    return Ranked(
        id=record.id, title=record.title, genre=record.genre, score=record.advertorial_score, verdict=record.verdict,
        evidence=[f"{e.trait}: «{e.text}»{' (reported)' if e.reported else ''} +{e.points:.1f}" for e in strongest_evidence(record, top)],
    )


def label_of(record: ScoredDocument, label_field: str) -> Any:
    if label_field in ScoredDocument.model_fields:
        return getattr(record, label_field)
    return record.meta.get(label_field)


def evaluate_records(records: Sequence[ScoredDocument], label_field: str = "label", weights: Weights | None = None, worst: int = 5) -> Evaluation:
    """Compare scores with labels. Records without a label are counted, not used."""
    weights = weights or load_weights()
    labelled = [(r, is_positive(label_of(r, label_field))) for r in records]
    used = [(r, lab) for r, lab in labelled if lab is not None]
    recs = [r for r, _ in used]
    labels = [bool(lab) for _, lab in used]
    scores = [r.advertorial_score for r in recs]
    auc = roc_auc_score(labels, scores) if 0 < sum(labels) < len(labels) else None
    thresholds = []
    for name, threshold in (("likely advertorial", weights.verdict.likely), ("mixed or above", weights.verdict.mixed)):
        predicted = [s >= threshold for s in scores]
        precision, recall, f1, _ = precision_recall_fscore_support(labels, predicted, average="binary", zero_division=0) if recs else (0, 0, 0, 0)
        matrix = confusion_matrix(labels, predicted, labels=[False, True]).tolist() if recs else [[0, 0], [0, 0]]
        thresholds.append(ThresholdMetrics(threshold=threshold, name=name, precision=round(float(precision), 3), recall=round(float(recall), 3), f1=round(float(f1), 3), confusion=matrix))
    positives = sorted((r for r, lab in used if lab), key=lambda r: r.advertorial_score)
    negatives = sorted((r for r, lab in used if not lab), key=lambda r: -r.advertorial_score)
    return Evaluation(
        n=len(recs), positives=sum(labels), unlabelled=len(records) - len(recs),
        roc_auc=round(float(auc), 4) if auc is not None else None,
        thresholds=thresholds,
        by_genre=_group_rows(recs, labels, "genre", weights.verdict.mixed),
        by_lang=_group_rows(recs, labels, "lang", weights.verdict.mixed),
        worst_positives=[_ranked(r) for r in positives[:worst]],
        worst_negatives=[_ranked(r) for r in negatives[:worst]],
    )
