"""The trainable scorer: per-trait rates (optionally lemmas) → class-balanced logistic
regression → sigmoid calibration, saved as JSON (never pickle).

The explanation stays evidence-based: with a model, a trait's ``contribution`` is
coefficient × (standardised) feature value, in log-odds, and the score is 100 × the
calibrated probability.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted, validate_data

from discourse import __version__
from discourse.errors import Codes, DataFileError, UsageError
from discourse.evidence import Evidence, MetadataEvidence
from discourse.scoring.rules import Score, TraitScore, score_evidence, verdict_between
from discourse.scoring.weights import Weights

MODEL_FORMAT = "discourse-model"
MODEL_VERSION = 1
SEED = 20261130

# disclosure labels that would give the answer away: masked from lemma features
DISCLOSURE_WORDS = frozenset(
    "publicité publi-rédactionnel publireportage sponsorisé sponsoriser partenariat partenaire "
    "sponsored sponsor advertisement advertorial partnership promoted paid".split()
)


def _records_table(records: Sequence[Any], counter_signals: bool) -> pd.DataFrame:
    """Per-trait rates per 1,000 words (as scored: entry weights, reported speech discounted)."""
    from discourse.traits import registered

    rows = []
    for item in records:
        record = getattr(item, "record", item)
        row = {}
        for cls in registered():
            if cls.kind == "counter" and not counter_signals:
                continue
            group = record.traits if cls.kind == "trait" else record.counter_signals
            score = group.get(cls.id)
            row[f"{cls.kind}:{cls.id}"] = score.per_1000 if score is not None else 0.0
        rows.append(row)
    return pd.DataFrame(rows, dtype=float)


def masked_lemmas() -> frozenset[str]:
    """Lemmas never used as features: firm names (affiliation lexicons) and disclosure labels."""
    from discourse.lang.normalize import normalize
    from discourse.lexicons import load_lexicon

    words = set(DISCLOSURE_WORDS)
    for lang in ("fr", "en"):
        lexicon = load_lexicon("affiliation", lang)
        if lexicon is None:
            continue
        for entry in lexicon.terms:
            if entry.category in ("firm", "firms", "consulting_firm"):
                words.update(normalize(w) for w in entry.term.split())
    return frozenset(words)


class TraitVectorizer(TransformerMixin, BaseEstimator):
    """Documents → per-trait rates per 1,000 words, optionally counter-signals and a bag of
    lemmas (rate per 1,000 words, firm names and disclosure labels masked).

    Accepts ``Analysis`` objects (``discourse.analyze``; tokens needed for lemmas), scored
    records, or a numeric features table (DataFrame or array, passed through validated).
    """

    def __init__(self, counter_signals: bool = True, lemmas: bool = False, min_df: int = 2, max_lemmas: int = 300):
        self.counter_signals = counter_signals
        self.lemmas = lemmas
        self.min_df = min_df
        self.max_lemmas = max_lemmas

    @staticmethod
    def _is_documents(X) -> bool:
        return isinstance(X, (list, tuple)) and len(X) > 0 and hasattr(getattr(X[0], "record", X[0]), "traits")

    def _lemma_counts(self, X) -> list[dict[str, int]]:
        counts = []
        for item in X:
            tokens = getattr(item, "tokens", None)
            if tokens is None:
                raise ValueError("lemma features need Analysis objects with tokens (Settings(keep_tokens=True))")
            bag: dict[str, int] = {}
            for token in tokens:
                if token.is_word and not token.reported:
                    lemma = token.lemma.lower()
                    bag[lemma] = bag.get(lemma, 0) + 1
            counts.append(bag)
        return counts

    def _table(self, X, fitting: bool) -> pd.DataFrame | np.ndarray:
        if not self._is_documents(X):
            return X
        table = _records_table(X, self.counter_signals)
        if self.lemmas:
            bags = self._lemma_counts(X)
            if fitting:
                masked = masked_lemmas()
                df: dict[str, int] = {}
                for bag in bags:
                    for lemma in bag:
                        df[lemma] = df.get(lemma, 0) + 1
                kept = sorted((l for l, n in df.items() if n >= self.min_df and l not in masked and l.isalpha()), key=lambda l: (-df[l], l))
                self.vocabulary_ = sorted(kept[: self.max_lemmas])
            words = [max(sum(bag.values()), 1) for bag in bags]
            lemma_table = pd.DataFrame(
                [[bag.get(l, 0) * 1000.0 / n for l in self.vocabulary_] for bag, n in zip(bags, words)],
                columns=[f"lemma:{l}" for l in self.vocabulary_], dtype=float,
            )
            table = pd.concat([table, lemma_table], axis=1)
        return table

    def fit(self, X, y=None):
        table = self._table(X, fitting=True)
        validate_data(self, table, reset=True, dtype=np.float64)
        if not hasattr(self, "feature_names_in_"):
            self._names = np.array([f"x{i}" for i in range(self.n_features_in_)], dtype=object)
        else:
            self._names = np.asarray(self.feature_names_in_, dtype=object)
        return self

    def transform(self, X):
        check_is_fitted(self, "n_features_in_")
        table = self._table(X, fitting=False)
        return validate_data(self, table, reset=False, dtype=np.float64)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "n_features_in_")
        return self._names.copy()


class Calibration(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: Literal["sigmoid"] = "sigmoid"
    a: float
    b: float


class ModelFile(BaseModel):
    """The JSON a trained scorer is saved as. Anything else is refused."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["discourse-model"]
    format_version: Literal[1]
    features: list[str]
    """``trait:<id>``, ``counter:<id>``, ``lemma:<lemma>``."""
    mean: list[float]
    scale: list[float]
    coefficients: list[float]
    intercept: float
    calibration: Calibration
    threshold_likely: float = Field(ge=0, le=100)
    threshold_mixed: float = Field(ge=0, le=100)
    features_kind: Literal["traits", "traits+lemmas"]
    training: dict[str, Any]
    """Corpus fingerprint, size, label field, date, seed."""
    versions: dict[str, str]

    @model_validator(mode="after")
    def _lengths(self) -> "ModelFile":
        n = len(self.features)
        if not (len(self.mean) == len(self.scale) == len(self.coefficients) == n) or n == 0:
            raise ValueError("features, mean, scale and coefficients must have the same non-zero length")
        if any(not math.isfinite(v) for v in [*self.mean, *self.scale, *self.coefficients, self.intercept]):
            raise ValueError("non-finite number in the model")
        return self

    def decision(self, x: np.ndarray) -> tuple[float, np.ndarray]:
        """Log-odds of the linear model and the per-feature terms (coefficient × standardised value)."""
        z = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        terms = np.asarray(self.coefficients) * z
        return float(terms.sum() + self.intercept), terms

    def probability(self, x: np.ndarray) -> float:
        decision, _ = self.decision(x)
        return float(1.0 / (1.0 + math.exp(self.calibration.a * decision + self.calibration.b)))


def fit_model(documents: Sequence[Any], labels: Sequence[bool], features: str = "traits", seed: int = SEED) -> tuple[ModelFile, Any]:
    """Fit vectorizer → scaler → balanced logistic regression → sigmoid calibration.
    Returns the JSON-ready model and the fitted scikit-learn objects (for checks)."""
    y = np.asarray(labels, dtype=int)
    if len(y) == 0 or min(int((y == 1).sum()), int((y == 0).sum())) < 2:
        raise UsageError(Codes.E301, detail=f"training needs at least 2 documents of each class; found {int(y.sum())} positive and {int(len(y) - y.sum())} negative")
    vectorizer = TraitVectorizer(counter_signals=True, lemmas=features == "traits+lemmas")
    X = vectorizer.fit_transform(list(documents))
    minority = int(min(np.bincount(y)))
    folds = max(2, min(5, minority))
    base = make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", C=1.0, max_iter=5000, random_state=seed))
    calibrated = CalibratedClassifierCV(base, method="sigmoid", cv=folds, ensemble=False)
    calibrated.fit(X, y)
    fitted = calibrated.calibrated_classifiers_[0]
    pipeline, calibrator = fitted.estimator, fitted.calibrators[0]
    scaler, logistic = pipeline[0], pipeline[1]
    scale = np.where(scaler.scale_ == 0, 1.0, scaler.scale_)
    model = ModelFile(
        format=MODEL_FORMAT, format_version=MODEL_VERSION,
        features=[str(f) for f in vectorizer.get_feature_names_out()],
        mean=[float(v) for v in scaler.mean_], scale=[float(v) for v in scale],
        coefficients=[float(v) for v in logistic.coef_[0]], intercept=float(logistic.intercept_[0]),
        calibration=Calibration(a=float(calibrator.a_), b=float(calibrator.b_)),
        threshold_likely=50.0, threshold_mixed=25.0, features_kind=features,
        training={"documents": len(y), "positives": int(y.sum()), "seed": seed, "calibration_folds": folds, "date": date.today().isoformat()},
        versions=_versions(),
    )
    return model, (vectorizer, calibrated)


def _versions() -> dict[str, str]:
    import sklearn
    import spacy

    from discourse.lexicons import lexicons_fingerprint

    return {"discourse": __version__, "scikit-learn": sklearn.__version__, "spacy": spacy.__version__, "lexicons": lexicons_fingerprint()}


def corpus_fingerprint(records: Sequence[Any], label_field: str) -> str:
    digest = hashlib.sha256()
    for item in sorted((getattr(r, "record", r) for r in records), key=lambda r: r.id):
        digest.update(f"{item.id}\t{item.sha256}\t{item.label if label_field == 'label' else item.meta.get(label_field)}\n".encode())
    return digest.hexdigest()[:16]


def save_model(model: ModelFile, path: Path) -> None:
    from discourse.io.atomic import atomic_write

    with atomic_write(path) as handle:
        handle.write(json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n")


@lru_cache(maxsize=4)
def load_model(path: str) -> ModelFile:
    """Read and validate a model file; anything that is not a discourse model JSON is refused (E104)."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(Codes.E104, path=path, detail=f"not a JSON model file ({exc})") from exc
    try:
        return ModelFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise DataFileError(Codes.E104, path=path, detail=f"{where}: {first['msg']}") from exc


def feature_vector(model: ModelFile, record_like: Any) -> np.ndarray:
    """The model's features for one analysed document (record fields, tokens for lemmas)."""
    record = getattr(record_like, "record", record_like)
    values = []
    lemma_rates: dict[str, float] | None = None
    for name in model.features:
        kind, _, key = name.partition(":")
        if kind == "trait":
            values.append(record.traits[key].per_1000 if key in record.traits else 0.0)
        elif kind == "counter":
            values.append(record.counter_signals[key].per_1000 if key in record.counter_signals else 0.0)
        elif kind == "lemma":
            if lemma_rates is None:
                lemma_rates = _lemma_rates(record_like)
            values.append(lemma_rates.get(key, 0.0))
        else:
            raise DataFileError(Codes.E104, path="model", detail=f"unknown feature {name!r}")
    return np.asarray(values, dtype=float)


def _lemma_rates(item: Any) -> dict[str, float]:
    tokens = getattr(item, "tokens", None) or []
    bag: dict[str, int] = {}
    for token in tokens:
        if token.is_word and not token.reported:
            bag[token.lemma.lower()] = bag.get(token.lemma.lower(), 0) + 1
    n = max(sum(bag.values()), 1)
    return {k: v * 1000.0 / n for k, v in bag.items()}


def apply_model(model: ModelFile, rule_score: Score, record_like: Any) -> Score:
    """Re-score with the model: same evidence and counts, model contributions, calibrated score."""
    x = feature_vector(model, record_like)
    _, terms = model.decision(x)
    probability = model.probability(x)
    contributions = {name: float(t) for name, t in zip(model.features, terms)}

    def with_model(group: dict[str, TraitScore], kind: str) -> dict[str, TraitScore]:
        return {k: v.model_copy(update={"contribution": round(contributions.get(f"{kind}:{k}", 0.0), 4)}) for k, v in group.items()}

    score = round(100.0 * probability, 1)
    return rule_score.model_copy(
        update={
            "advertorial_score": score,
            "verdict": verdict_between(score, model.threshold_likely, model.threshold_mixed),
            "traits": with_model(rule_score.traits, "trait"),
            "counter_signals": with_model(rule_score.counter_signals, "counter"),
            "scorer": f"model:{model.training.get('corpus_fingerprint', '?')}",
        }
    )


def score_with_model(
    path: str, evidence: list[Evidence], words: int, metadata_evidence: list[MetadataEvidence], lang: str, weights: Weights, tokens=None
) -> Score:
    """Score one document with a trained model (counts from the rules, weights from the model)."""
    from types import SimpleNamespace

    model = load_model(path)
    rule_score = score_evidence(evidence, words, metadata_evidence, lang, weights)
    return apply_model(model, rule_score, SimpleNamespace(record=rule_score, tokens=tokens))
