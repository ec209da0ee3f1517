"""The trainable scorer: estimator contract, JSON round trip, refusal of bad files,
grouped cross-validation that never splits a group."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from discourse.errors import DataFileError
from discourse.scoring.crossval import cross_validate, group_of
from discourse.scoring.model import (
    TraitVectorizer,
    feature_vector,
    fit_model,
    load_model,
    save_model,
)
from discourse.scoring.rules import TraitScore
from discourse.traits import registered


@parametrize_with_checks([TraitVectorizer()])
def test_sklearn_estimator_contract(estimator, check):
    check(estimator)


def _record(i: int, positive: bool, outlet: str):
    rng = np.random.default_rng(i)
    traits, counters = {}, {}
    for cls in registered():
        base = 6.0 if (positive and cls.kind == "trait") or (not positive and cls.kind == "counter") else 1.0
        rate = float(abs(rng.normal(base, 1.0)))
        entry = TraitScore(count=int(rate), reported=0, weighted_count=rate, per_1000=round(rate, 3), contribution=0.0)
        (traits if cls.kind == "trait" else counters)[cls.id] = entry
    return SimpleNamespace(
        id=f"doc-{i}", sha256=f"{i:064x}", label="advertorial" if positive else "not_advertorial", outlet=outlet,
        meta={}, traits=traits, counter_signals=counters, advertorial_score=60.0 if positive else 10.0,
    )


@pytest.fixture(scope="module")
def records():
    return [_record(i, positive=i % 2 == 0, outlet=f"outlet-{i % 6}") for i in range(36)]


def test_vectorizer_names_and_pandas_output(records):
    vectorizer = TraitVectorizer().set_output(transform="pandas")
    table = vectorizer.fit_transform(records)
    names = list(vectorizer.get_feature_names_out())
    assert names == list(table.columns)
    assert {f"trait:{c.id}" for c in registered("trait")} <= set(names)
    assert "counter:attribution" in names


def test_json_round_trip_gives_identical_predictions(records, tmp_path):
    labels = [r.label == "advertorial" for r in records]
    model, (vectorizer, calibrated) = fit_model(records, labels)
    expected = calibrated.predict_proba(vectorizer.transform(records))[:, 1]
    path = tmp_path / "model.json"
    save_model(model, path)
    loaded = load_model.__wrapped__(str(path))
    got = np.array([loaded.probability(feature_vector(loaded, r)) for r in records])
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)
    assert json.loads(path.read_text())["format"] == "discourse-model"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not a JSON model file"),
        ('{"format": "pickle"}', "format"),
        ("__PLACEHOLDER__", "surprise"),
    ],
)
def test_bad_model_files_are_refused(records, tmp_path, content, message):
    labels = [r.label == "advertorial" for r in records]
    model, _ = fit_model(records, labels)
    if content == "__PLACEHOLDER__":
        data = model.model_dump(mode="json")
        data["surprise"] = 1
        content = json.dumps(data)
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(DataFileError, match="E104") as info:
        load_model.__wrapped__(str(path))
    assert message in str(info.value)


def test_wrong_types_are_refused(records, tmp_path):
    model, _ = fit_model(records, [r.label == "advertorial" for r in records])
    data = model.model_dump(mode="json")
    data["coefficients"] = ["a"] * len(data["coefficients"])
    path = tmp_path / "types.json"
    path.write_text(json.dumps(data))
    with pytest.raises(DataFileError, match="coefficients"):
        load_model.__wrapped__(str(path))


def test_grouped_cv_never_splits_a_group(records):
    result = cross_validate(records, k=3, group_by="outlet", bootstrap=50)
    seen: dict[str, int] = {}
    for fold in result.folds:
        for group in fold.test_groups:
            assert group not in seen, f"{group} tested in two folds"
            seen[group] = fold.fold
    assert sum(f.test for f in result.folds) == len(records)
    names = [s.scorer for s in result.scorers]
    assert names[0] == "rules" and names[1].startswith("model")
    model_auc = result.scorers[1].roc_auc
    assert model_auc.low <= model_auc.value <= model_auc.high
    assert model_auc.value > 0.9  # the synthetic classes are well separated


def test_group_of_missing_value_is_its_own_group(records):
    record = records[0]
    record.outlet = None
    assert group_of(record, "outlet") == "none:doc-0"
