"""Association measures on 2×2 contingency tables, vectorised over numpy arrays.

Every function takes, per type (word, lemma, trait, rule), its frequency ``a`` in the
target part and ``b`` in the reference part, and the sizes ``n_target`` and
``n_reference`` of the two parts (in tokens). The table is::

                 target          reference
    this type    a               b
    other types  n_target - a    n_reference - b

Formulas and references: docs/statistics.md.
"""

from __future__ import annotations

import numpy as np
from scipy.special import logsumexp, xlogy
from scipy.stats import chi2 as chi2_distribution
from scipy.stats import hypergeom

ZERO_CORRECTION = 0.5
"""Added to a zero frequency before a ratio of relative frequencies (log ratio, %DIFF)."""

_LN10 = np.log(10.0)


def _table(a, b, n_target, n_reference) -> tuple[np.ndarray, ...]:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n_target = np.broadcast_to(np.asarray(n_target, dtype=float), a.shape)
    n_reference = np.broadcast_to(np.asarray(n_reference, dtype=float), a.shape)
    return a, b, n_target - a, n_reference - b, n_target, n_reference


def direction(a, b, n_target, n_reference) -> np.ndarray:
    """+1 where the type is relatively more frequent in the target, -1 where less, 0 if equal."""
    a, b, _, _, nt, nr = _table(a, b, n_target, n_reference)
    return np.sign(a * nr - b * nt)


def expected_target(a, b, n_target, n_reference) -> np.ndarray:
    """The frequency expected in the target if the type were spread evenly over both parts."""
    a, b, _, _, nt, nr = _table(a, b, n_target, n_reference)
    return nt * (a + b) / (nt + nr)


def log_likelihood(a, b, n_target, n_reference) -> np.ndarray:
    """Signed log-likelihood G² (Dunning 1993; Rayson & Garside 2000) over the four cells:
    ``G² = 2 Σ O ln(O/E)``, positive when the type is overused in the target."""
    a, b, c, d, nt, nr = _table(a, b, n_target, n_reference)
    total = nt + nr
    row1, row2 = a + b, c + d
    cells = ((a, nt * row1 / total), (b, nr * row1 / total), (c, nt * row2 / total), (d, nr * row2 / total))
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * sum(np.where(observed > 0, xlogy(observed, observed / expected), 0.0) for observed, expected in cells)
    return np.maximum(g2, 0.0) * direction(a, b, nt, nr) + 0.0  # + 0.0 turns -0.0 into 0.0


def chi_square_yates(a, b, n_target, n_reference) -> np.ndarray:
    """Signed Pearson chi² with Yates' continuity correction (each |O − E| reduced by 0.5,
    never below 0), positive when the type is overused in the target."""
    a, b, c, d, nt, nr = _table(a, b, n_target, n_reference)
    total = nt + nr
    row1, row2 = a + b, c + d
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.maximum(np.abs(a * d - b * c) / total - 0.5, 0.0)
        inverse = sum(1.0 / e for e in (nt * row1 / total, nr * row1 / total, nt * row2 / total, nr * row2 / total))
        value = np.where((row1 > 0) & (row2 > 0), gap**2 * inverse, 0.0)
    return value * direction(a, b, nt, nr) + 0.0


def chi_square_p(statistic) -> np.ndarray:
    """p-value of a (signed) chi² or G² statistic with one degree of freedom."""
    return chi2_distribution.sf(np.abs(np.asarray(statistic, dtype=float)), 1)


def _relative(a, b, n_target, n_reference) -> tuple[np.ndarray, np.ndarray]:
    a, b, _, _, nt, nr = _table(a, b, n_target, n_reference)
    a = np.where(a == 0, ZERO_CORRECTION, a)
    b = np.where(b == 0, ZERO_CORRECTION, b)
    return a / nt, b / nr


def log_ratio(a, b, n_target, n_reference) -> np.ndarray:
    """Hardie's log ratio: log2 of the ratio of relative frequencies (target / reference),
    a zero frequency replaced by ``ZERO_CORRECTION``. +1 = twice as frequent in the target."""
    target, reference = _relative(a, b, n_target, n_reference)
    return np.log2(target / reference)


def percent_diff(a, b, n_target, n_reference) -> np.ndarray:
    """%DIFF (Gabrielatos & Marchi 2012): 100 × (relative target − relative reference) /
    relative reference, with the same zero-frequency correction as ``log_ratio``."""
    target, reference = _relative(a, b, n_target, n_reference)
    return 100.0 * (target - reference) / reference


def specificity(a, b, n_target, n_reference) -> tuple[np.ndarray, np.ndarray]:
    """Lafon's specificity and its probability.

    The target part is a draw of ``n_target`` tokens from the whole (target + reference)
    that holds ``a + b`` occurrences of the type; ``X`` ~ hypergeometric. Above
    expectation the score is ``−log10 P(X ≥ a)`` (positive); otherwise ``+log10 P(X ≤ a)``
    (negative). Returns ``(score, probability)``.
    """
    a, b, _, _, nt, nr = _table(a, b, n_target, n_reference)
    whole = (nt + nr).astype(np.int64)
    good = (a + b).astype(np.int64)
    draws = nt.astype(np.int64)
    k = a.astype(np.int64)
    above = a > nt * (a + b) / (nt + nr)
    probability = np.where(above, hypergeom.sf(k - 1, whole, good, draws), hypergeom.cdf(k, whole, good, draws))
    probability = np.clip(probability, 0.0, 1.0)
    log_p = np.log(np.where(probability > 0, probability, 1.0))
    tiny = probability < 1e-290  # underflow: sum the tail in log space instead
    for i in np.flatnonzero(tiny):
        log_p[i] = _log_tail(int(k[i]), int(whole[i]), int(good[i]), int(draws[i]), bool(above[i]))
    score = np.where(above, -log_p / _LN10, log_p / _LN10)
    return score, probability


def _log_tail(k: int, whole: int, good: int, draws: int, upper: bool) -> float:
    """ln P(X ≥ k) (upper) or ln P(X ≤ k), summed in log space, for tails below 1e-290."""
    low = max(0, draws - (whole - good))
    high = min(good, draws)
    support = np.arange(k, high + 1) if upper else np.arange(low, k + 1)
    if support.size == 0:
        return -np.inf
    return float(logsumexp(hypergeom.logpmf(support, whole, good, draws)))
