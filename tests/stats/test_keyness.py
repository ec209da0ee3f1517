"""Keyness over hand-built corpora: counts, sizes, parts, flags."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from scipy.stats import chi2_contingency, hypergeom

from discourse.errors import UsageError
from discourse.stats import compare, keyness_table
from tests.stats.helpers import corpus

OPED = "Optimisons les parcours. Pilotons la donnée et optimisons les parcours des usagers."
NEWS = "Le maire a visité le centre social. Les parcours des usagers restent longs."
CRITIQUE = "Le texte dit « optimisons les parcours » sans le prouver."
MARKS = [("buzzwords", "buzzwords/parcours", "parcours"), ("techno_solutionism", "techno_solutionism/donnée", "donnée")]


@pytest.fixture
def tables():
    return corpus([
        ({"id": "o1", "genre": "oped"}, OPED),
        ({"id": "n1", "genre": "news"}, NEWS),
        ({"id": "c1", "genre": "critique", "group": "g1"}, CRITIQUE),
    ], MARKS)


def test_word_counts_and_sizes(tables) -> None:
    frame = compare(tables, "genre", "oped", unit="word", min_freq=1).set_index("item")
    # oped: 12 words; news + critique: 13 + 9 words
    assert frame.attrs["words_target"] == 12
    assert frame.attrs["words_reference"] == 22
    assert frame.loc["optimisons", ["freq_target", "freq_reference"]].tolist() == [2, 1]
    assert frame.loc["parcours", ["freq_target", "freq_reference"]].tolist() == [2, 2]
    expected = chi2_contingency([[2, 1], [10, 21]], correction=False, lambda_="log-likelihood")[0]
    assert frame.loc["optimisons", "ll"] == pytest.approx(expected, rel=1e-9)


def test_reference_restricts_the_comparison(tables) -> None:
    frame = compare(tables, "genre", "oped", reference="news", unit="word", min_freq=1).set_index("item")
    assert frame.attrs["words_reference"] == 13  # the news text only
    assert frame.loc["optimisons", "freq_reference"] == 0
    assert "prouver" not in frame.index  # only in the critique, which is left out


def test_trait_unit_counts_spans_over_word_totals(tables) -> None:
    frame = compare(tables, "genre", "oped", unit="trait", min_freq=1).set_index("item")
    assert frame.loc["buzzwords", ["freq_target", "freq_reference"]].tolist() == [2, 2]
    assert frame.loc["techno_solutionism", ["freq_target", "freq_reference"]].tolist() == [1, 0]
    assert frame.loc["buzzwords", "rate_target"] == pytest.approx(2 * 10_000 / 12)
    p_above = hypergeom.sf(0, 34, 1, 12)
    assert frame.loc["techno_solutionism", "specificity"] == pytest.approx(-math.log10(p_above), rel=1e-6)
    assert frame.loc["buzzwords", "docs_reference"] == 2


def test_exclude_reported_drops_quoted_tokens_and_spans(tables) -> None:
    frame = compare(tables, "genre", "oped", unit="trait", min_freq=1, exclude_reported=True).set_index("item")
    assert frame.loc["buzzwords", "freq_reference"] == 1  # the quoted "parcours" is left out
    assert frame.attrs["words_reference"] == 22 - 3  # « optimisons les parcours »


def test_rule_and_lemma_units(tables) -> None:
    rules = compare(tables, "genre", "oped", unit="rule", min_freq=1)
    assert set(rules["item"]) == {"buzzwords/parcours", "techno_solutionism/donnée"}
    lemmas = compare(tables, "genre", "oped", unit="lemma", min_freq=1, pos=["VERB"]).set_index("item")
    assert lemmas.loc["optimiser", "freq_target"] == 2
    assert lemmas.loc["piloter", "freq_target"] == 1
    assert "parcours" not in lemmas.index


def test_sorted_by_measure_with_bonferroni_flag() -> None:
    target = pd.Series({"levier": 60, "pilotage": 25, "le": 500, "maison": 2})
    reference = pd.Series({"levier": 3, "pilotage": 20, "le": 1_000, "maison": 40})
    frame = keyness_table(target, reference, 10_000, 20_000, "ll")
    assert list(frame["item"]) == ["levier", "pilotage", "le", "maison"] or frame["ll"].is_monotonic_decreasing
    assert frame["ll"].is_monotonic_decreasing
    row = frame.set_index("item").loc["levier"]
    assert row["significant"] and row["p_value"] < 0.05 / 4
    assert not frame.set_index("item").loc["le", "significant"]
    by_ratio = keyness_table(target, reference, 10_000, 20_000, "logratio")
    assert by_ratio["log_ratio"].is_monotonic_decreasing
    by_spec = keyness_table(target, reference, 10_000, 20_000, "specificity")
    assert by_spec.iloc[0]["item"] == "levier" and by_spec.iloc[-1]["item"] == "maison"


def test_min_freq_filters_before_bonferroni() -> None:
    target = pd.Series({"a": 30, "b": 1})
    reference = pd.Series({"a": 5, "b": 0})
    frame = keyness_table(target, reference, 1_000, 1_000, "ll", min_freq=2)
    assert list(frame["item"]) == ["a"]


def test_usage_errors(tables) -> None:
    with pytest.raises(UsageError, match="no metadata field"):
        compare(tables, "sector", "oped")
    with pytest.raises(UsageError, match="values found are critique, news, oped"):
        compare(tables, "genre", "report")
    with pytest.raises(UsageError, match="overlap"):
        compare(tables, "genre", "oped", reference="oped")


def test_meta_column_groups_and_missing_values(tables) -> None:
    frame = compare(tables, "group", "g1", unit="word", min_freq=1)
    assert frame.attrs["documents_target"] == 1
    assert frame.attrs["documents_reference"] == 2  # documents without a value are "every other"


def test_controlled_corpus_matches_independent_computations() -> None:
    """Every row's LL and specificity equal exact computations (integer binomials) to 1e-3."""
    from tests.stats.test_measures import hand_g2, hand_tail

    target_text = " ".join(["levier"] * 12 + ["usager"] * 3 + ["le"] * 40 + ["mot"] * 45) + "."
    reference_text = " ".join(["levier"] * 2 + ["usager"] * 15 + ["le"] * 70 + ["chose"] * 113) + "."
    tables = corpus([({"id": "t", "genre": "oped"}, target_text), ({"id": "r", "genre": "news"}, reference_text)])
    frame = compare(tables, "genre", "oped", unit="word", min_freq=1)
    nt, nr = frame.attrs["words_target"], frame.attrs["words_reference"]
    assert (nt, nr) == (100, 200)
    for row in frame.itertuples():
        a, b = row.freq_target, row.freq_reference
        assert abs(row.ll) == pytest.approx(hand_g2(a, b, nt, nr), rel=1e-3)
        above = a > nt * (a + b) / (nt + nr)
        p = hand_tail(a, nt + nr, a + b, nt, upper=above)
        assert row.specificity == pytest.approx(-math.log10(p) if above else math.log10(p), rel=1e-3)
    assert frame.iloc[0]["item"] in ("mot", "levier") and frame.iloc[-1]["item"] == "chose"
