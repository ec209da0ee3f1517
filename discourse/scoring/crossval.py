"""Grouped cross-validation of the trained scorer against the rule-based score.

No group (outlet, affiliation, any metadata field) is ever on both sides of a fold, and
lemma features never include firm names or disclosure labels, so that what is measured is
generalisation to unseen sources, not memory of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold

from discourse.scoring.evaluate import is_positive, label_of
from discourse.scoring.model import SEED, feature_vector, fit_model


class Interval(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: float | None
    low: float | None
    high: float | None


class ScorerMetrics(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scorer: str
    roc_auc: Interval
    f1: Interval
    accuracy: Interval


class Fold(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fold: int
    train: int
    test: int
    test_groups: list[str]


class CrossValidation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    k: int
    group_by: str | None
    features: str
    n: int
    positives: int
    threshold: float
    """A document is predicted positive when its score (0–100) is at least this."""
    folds: list[Fold]
    scorers: list[ScorerMetrics]
    bootstrap: int
    seed: int


def group_of(record: Any, field: str | None) -> str:
    if field is None:
        return f"doc:{record.id}"
    value = getattr(record, field) if hasattr(record, field) else record.meta.get(field)
    if isinstance(value, list):
        value = "; ".join(value)
    return str(value) if value not in (None, "") else f"none:{record.id}"


def bootstrap_interval(y: np.ndarray, scores: np.ndarray, metric, n: int, seed: int) -> Interval:
    """Point value and 95 % percentile bootstrap interval (resampling documents)."""
    def safe(yy, ss):
        try:
            return float(metric(yy, ss))
        except ValueError:
            return None

    value = safe(y, scores)
    rng = np.random.default_rng(seed)
    samples = []
    for _ in range(n):
        index = rng.integers(0, len(y), len(y))
        result = safe(y[index], scores[index])
        if result is not None:
            samples.append(result)
    if not samples:
        return Interval(value=value, low=None, high=None)
    low, high = np.percentile(samples, [2.5, 97.5])
    return Interval(value=round(value, 4) if value is not None else None, low=round(float(low), 4), high=round(float(high), 4))


def _auc(y, s):
    if len(set(y.tolist())) < 2:
        raise ValueError("one class")
    return roc_auc_score(y, s)


def cross_validate(
    analyses: Sequence[Any], label_field: str = "label", k: int = 5, group_by: str | None = "outlet",
    features: str = "traits", threshold: float = 25.0, bootstrap: int = 1000, seed: int = SEED,
) -> CrossValidation:
    """Out-of-fold scores of a model trained on the other folds, beside the rule scores."""
    items = [(a, is_positive(label_of(getattr(a, "record", a), label_field))) for a in analyses]
    items = [(a, lab) for a, lab in items if lab is not None]
    records = [getattr(a, "record", a) for a, _ in items]
    y = np.asarray([lab for _, lab in items], dtype=int)
    groups = np.asarray([group_of(r, group_by) for r in records])
    n_groups = len(set(groups.tolist()))
    k = max(2, min(k, n_groups))
    try:
        splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
        splits = list(splitter.split(np.zeros(len(y)), y, groups))
    except ValueError:
        splits = list(GroupKFold(n_splits=k).split(np.zeros(len(y)), y, groups))
    model_scores = np.zeros(len(y))
    folds = []
    for number, (train, test) in enumerate(splits):
        if set(groups[train]) & set(groups[test]):  # guarded: a group on both sides is a bug
            raise AssertionError("a group appears in both train and test")
        model, _ = fit_model([items[i][0] for i in train], y[train].tolist(), features=features, seed=seed)
        for i in test:
            model_scores[i] = 100.0 * model.probability(feature_vector(model, items[i][0]))
        folds.append(Fold(fold=number, train=len(train), test=len(test), test_groups=sorted(set(groups[test].tolist()))))
    rule_scores = np.asarray([r.advertorial_score for r in records])
    scorers = []
    for name, scores in (("rules", rule_scores), (f"model ({features}, out-of-fold)", model_scores)):
        scorers.append(
            ScorerMetrics(
                scorer=name,
                roc_auc=bootstrap_interval(y, scores, _auc, bootstrap, seed),
                f1=bootstrap_interval(y, scores, lambda yy, ss: f1_score(yy, (ss >= threshold).astype(int), zero_division=0), bootstrap, seed),
                accuracy=bootstrap_interval(y, scores, lambda yy, ss: accuracy_score(yy, (ss >= threshold).astype(int)), bootstrap, seed),
            )
        )
    return CrossValidation(
        k=k, group_by=group_by, features=features, n=len(y), positives=int(y.sum()), threshold=threshold,
        folds=folds, scorers=scorers, bootstrap=bootstrap, seed=seed,
    )
