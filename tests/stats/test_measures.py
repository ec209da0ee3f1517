"""The association measures against hand computations and scipy's own implementations."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import chi2_contingency, hypergeom

from discourse.stats import measures

# (a, b, n_target, n_reference)
TABLES = [(10, 5, 1_000, 2_000), (3, 40, 5_000, 8_000), (120, 80, 60_000, 90_000), (7, 0, 2_500, 4_000), (0, 9, 2_500, 4_000)]


def hand_g2(a: int, b: int, nt: int, nr: int) -> float:
    """G² written out cell by cell, as in Rayson & Garside (2000) extended to four cells."""
    total = nt + nr
    cells = [(a, nt * (a + b) / total), (b, nr * (a + b) / total),
             (nt - a, nt * (total - a - b) / total), (nr - b, nr * (total - a - b) / total)]
    return 2 * sum(o * math.log(o / e) for o, e in cells if o > 0)


def test_log_likelihood_worked_example() -> None:
    # a=10 in 1,000 words against b=5 in 2,000: E = 5 and 10, overused in the target
    value = float(measures.log_likelihood(10, 5, 1_000, 2_000))
    expected = 2 * (10 * math.log(10 / 5) + 5 * math.log(5 / 10) + 990 * math.log(990 / 995) + 1995 * math.log(1995 / 1990))
    assert value == pytest.approx(expected, rel=1e-9)
    assert value == pytest.approx(6.9692, abs=1e-3)


@pytest.mark.parametrize("a,b,nt,nr", TABLES)
def test_log_likelihood_matches_hand_and_scipy(a: int, b: int, nt: int, nr: int) -> None:
    value = float(measures.log_likelihood(a, b, nt, nr))
    scipy_g2 = chi2_contingency([[a, b], [nt - a, nr - b]], correction=False, lambda_="log-likelihood")[0]
    assert abs(value) == pytest.approx(hand_g2(a, b, nt, nr), rel=1e-9)
    assert abs(value) == pytest.approx(scipy_g2, rel=1e-9)
    assert np.sign(value) == np.sign(a / nt - b / nr)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 400), st.integers(0, 400), st.integers(401, 100_000), st.integers(401, 100_000))
def test_log_likelihood_agrees_with_scipy_on_random_tables(a: int, b: int, nt: int, nr: int) -> None:
    value = float(measures.log_likelihood(a, b, nt, nr))
    if a + b == 0:
        assert value == 0
        return
    scipy_g2 = chi2_contingency([[a, b], [nt - a, nr - b]], correction=False, lambda_="log-likelihood")[0]
    assert abs(value) == pytest.approx(scipy_g2, rel=1e-3, abs=1e-9)


@pytest.mark.parametrize("a,b,nt,nr", TABLES)
def test_chi_square_yates_matches_scipy(a: int, b: int, nt: int, nr: int) -> None:
    value = float(measures.chi_square_yates(a, b, nt, nr))
    expected = chi2_contingency([[a, b], [nt - a, nr - b]], correction=True)[0]
    assert abs(value) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_chi_square_yates_by_hand() -> None:
    # N (|ad - bc| - N/2)² / (row and column totals)
    a, b, c, d = 10, 5, 990, 1995
    n = a + b + c + d
    expected = n * (abs(a * d - b * c) - n / 2) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
    assert float(measures.chi_square_yates(10, 5, 1_000, 2_000)) == pytest.approx(expected, rel=1e-9)


def test_log_ratio_and_percent_diff() -> None:
    # 10 per 1,000 against 5 per 2,000: four times as frequent
    assert float(measures.log_ratio(10, 5, 1_000, 2_000)) == pytest.approx(2.0)
    assert float(measures.percent_diff(10, 5, 1_000, 2_000)) == pytest.approx(300.0)
    assert float(measures.log_ratio(5, 10, 2_000, 1_000)) == pytest.approx(-2.0)


def test_zero_frequency_correction() -> None:
    assert float(measures.log_ratio(7, 0, 2_500, 4_000)) == pytest.approx(math.log2((7 / 2_500) / (0.5 / 4_000)))
    assert float(measures.log_ratio(0, 9, 2_500, 4_000)) == pytest.approx(math.log2((0.5 / 2_500) / (9 / 4_000)))
    assert np.isfinite(measures.percent_diff(7, 0, 2_500, 4_000))


def hand_tail(k: int, whole: int, good: int, draws: int, upper: bool) -> float:
    """P(X ≥ k) or P(X ≤ k) with exact integer binomials (no scipy)."""
    low, high = max(0, draws - (whole - good)), min(good, draws)
    support = range(k, high + 1) if upper else range(low, k + 1)
    total = math.comb(whole, draws)
    return sum(math.comb(good, x) * math.comb(whole - good, draws - x) for x in support) / total


@pytest.mark.parametrize("a,b,nt,nr", [(10, 5, 300, 600), (3, 40, 500, 800), (7, 0, 250, 400), (0, 9, 250, 400), (4, 8, 400, 800)])
def test_specificity_matches_exact_hypergeometric(a: int, b: int, nt: int, nr: int) -> None:
    score, probability = measures.specificity(np.array([a]), np.array([b]), nt, nr)
    whole, good = nt + nr, a + b
    above = a > nt * good / whole
    p = hand_tail(a, whole, good, nt, upper=above)
    assert float(probability[0]) == pytest.approx(p, rel=1e-6)
    expected = -math.log10(p) if above else math.log10(p)
    assert float(score[0]) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize("a,b,nt,nr", TABLES)
def test_specificity_matches_scipy(a: int, b: int, nt: int, nr: int) -> None:
    score, _ = measures.specificity(np.array([a]), np.array([b]), nt, nr)
    whole, good = nt + nr, a + b
    if a > nt * good / whole:
        expected = -math.log10(hypergeom.sf(a - 1, whole, good, nt))
    else:
        expected = math.log10(hypergeom.cdf(a, whole, good, nt))
    assert float(score[0]) == pytest.approx(expected, rel=1e-3, abs=1e-12)


def test_specificity_survives_underflow() -> None:
    # 600 of 600 occurrences in a target of 1,000 words out of 1,001,000: P ≈ 1e-1800
    score, _ = measures.specificity(np.array([600]), np.array([0]), 1_000, 1_000_000)
    whole, good, draws = 1_001_000, 600, 1_000
    log10_p = (math.lgamma(draws + 1) - math.lgamma(draws - good + 1) + math.lgamma(whole - good + 1)
               - math.lgamma(whole + 1)) / math.log(10)  # P(X = 600) = C(1000,600)... / C(whole,600): the only term
    assert np.isfinite(score[0])
    assert float(score[0]) == pytest.approx(-log10_p, rel=1e-6)


def test_signs_agree_across_measures() -> None:
    a, b = np.array([30, 2, 10]), np.array([10, 40, 20])
    nt, nr = 10_000, 20_000
    signs = [np.sign(f(a, b, nt, nr)) for f in (measures.log_likelihood, measures.log_ratio, measures.chi_square_yates)]
    for sign in signs:
        assert list(sign) == [1, -1, 0]
    specificity = measures.specificity(a, b, nt, nr)[0]
    assert specificity[0] > 0 > specificity[1]
    # exactly at expectation both tails are about one half: a score near zero
    assert abs(specificity[2]) < 0.5
