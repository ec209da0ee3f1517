"""Keyness: which items a target part of the corpus over- or under-uses against a
reference part (log-likelihood, log ratio, chi², Lafon specificities)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from discourse.errors import Codes, UsageError
from discourse.stats import measures
from discourse.stats.choices import Measure
from discourse.stats.tables import CorpusTables
from discourse.stats.units import Unit, corpus_sizes, occurrences

ALPHA = 0.05




COLUMNS = (
    "item", "freq_target", "freq_reference", "rate_target", "rate_reference", "expected",
    "docs_target", "docs_reference", "ll", "log_ratio", "pct_diff", "chi2", "specificity",
    "p_value", "significant",
)
_SCORE_COLUMN = {Measure.ll: "ll", Measure.logratio: "log_ratio", Measure.chi2: "chi2", Measure.specificity: "specificity"}


def keyness_table(
    freq_target: pd.Series,
    freq_reference: pd.Series,
    n_target: int,
    n_reference: int,
    measure: Measure | str = Measure.ll,
    min_freq: int = 1,
    per: int = 10_000,
    alpha: float = ALPHA,
) -> pd.DataFrame:
    """Keyness of every item from its counts in the target and the reference (Series
    indexed by item) and the sizes of both parts.

    Every measure is computed; rows are sorted by ``measure`` (highest first: overused in
    the target at the top). ``p_value`` belongs to the chosen measure (the log-likelihood's
    for log ratio, which is an effect size); ``significant`` applies Bonferroni:
    ``p_value < alpha / number of items tested`` (items with ``freq_target +
    freq_reference >= min_freq``).
    """
    measure = Measure(measure)
    if n_target <= 0 or n_reference <= 0:
        raise UsageError(Codes.E301, detail=f"keyness needs words on both sides: target {n_target}, reference {n_reference}")
    frame = pd.concat([freq_target.rename("freq_target"), freq_reference.rename("freq_reference")], axis=1).fillna(0)
    frame = frame.astype({"freq_target": np.int64, "freq_reference": np.int64})
    frame = frame[(frame["freq_target"] + frame["freq_reference"]) >= max(min_freq, 1)]
    a = frame["freq_target"].to_numpy()
    b = frame["freq_reference"].to_numpy()
    frame["rate_target"] = a * per / n_target
    frame["rate_reference"] = b * per / n_reference
    frame["expected"] = measures.expected_target(a, b, n_target, n_reference)
    frame["ll"] = measures.log_likelihood(a, b, n_target, n_reference)
    frame["log_ratio"] = measures.log_ratio(a, b, n_target, n_reference)
    frame["pct_diff"] = measures.percent_diff(a, b, n_target, n_reference)
    frame["chi2"] = measures.chi_square_yates(a, b, n_target, n_reference)
    score, probability = measures.specificity(a, b, n_target, n_reference)
    frame["specificity"] = score
    if measure is Measure.chi2:
        frame["p_value"] = measures.chi_square_p(frame["chi2"].to_numpy())
    elif measure is Measure.specificity:
        frame["p_value"] = probability
    else:
        frame["p_value"] = measures.chi_square_p(frame["ll"].to_numpy())
    tested = max(len(frame), 1)
    frame["significant"] = frame["p_value"] < alpha / tested
    frame.index.name = "item"
    frame = frame.reset_index()
    frame["item"] = frame["item"].astype(str)
    frame = frame.sort_values([_SCORE_COLUMN[measure], "item"], ascending=[False, True], kind="mergesort")
    return frame[[c for c in COLUMNS if c in frame.columns]].reset_index(drop=True)


def compare(
    tables: CorpusTables,
    by: str,
    target: str | Sequence[str],
    reference: str | Sequence[str] | None = None,
    unit: Unit | str = Unit.word,
    measure: Measure | str = Measure.ll,
    min_freq: int = 3,
    pos: Sequence[str] | None = None,
    exclude_reported: bool = False,
    per: int = 10_000,
) -> pd.DataFrame:
    """Keyness of the documents whose ``by`` field is ``target`` against those whose field
    is ``reference`` (default: every other document), for one unit.

    Part sizes are in words, whatever the unit (a trait's rate reads "per N words").
    The frame's ``attrs`` record the parts: documents and words on each side.
    """
    targets = {target} if isinstance(target, str) else set(target)
    groups = tables.groups(by)
    in_target = groups.isin(targets)
    if reference is None:
        in_reference = ~in_target
    else:
        references = {reference} if isinstance(reference, str) else set(reference)
        if references & targets:
            raise UsageError(Codes.E301, detail="the target and the reference share a value: they must not overlap")
        in_reference = groups.isin(references)
    if not in_target.any():
        values = ", ".join(sorted(set(groups) - {""})) or "none"
        raise UsageError(Codes.E301, detail=f"no document has {by} = {', '.join(sorted(targets))}: values found are {values}")
    if not in_reference.any():
        raise UsageError(Codes.E301, detail=f"no reference document: every document with a {by} value is in the target")
    found = occurrences(tables, unit, pos, exclude_reported)
    sizes = corpus_sizes(tables, exclude_reported)
    sides = np.where(in_target.to_numpy(), "t", np.where(in_reference.to_numpy(), "r", ""))
    found = found.assign(side=sides[found["doc"].to_numpy()])
    found = found[found["side"] != ""]
    counts = found.groupby(["side", "item"]).agg(freq=("doc", "size"), docs=("doc", "nunique"))
    freq_target = _side(counts, "t", "freq")
    freq_reference = _side(counts, "r", "freq")
    n_target = int(sizes[in_target].sum())
    n_reference = int(sizes[in_reference].sum())
    frame = keyness_table(freq_target, freq_reference, n_target, n_reference, measure, min_freq, per)
    frame.insert(6, "docs_target", frame["item"].map(_side(counts, "t", "docs")).fillna(0).astype(int))
    frame.insert(7, "docs_reference", frame["item"].map(_side(counts, "r", "docs")).fillna(0).astype(int))
    frame.attrs.update(
        by=by, target=sorted(targets), reference=sorted(set(groups[in_reference])), unit=Unit(unit).value,
        measure=Measure(measure).value, documents_target=int(in_target.sum()), documents_reference=int(in_reference.sum()),
        words_target=n_target, words_reference=n_reference, per=per,
    )
    return frame


def _side(counts: pd.DataFrame, side: str, column: str) -> pd.Series:
    if side not in counts.index.get_level_values("side"):
        return pd.Series(dtype=np.int64)
    return counts.xs(side, level="side")[column]
