"""What is counted: words, lemmas, traits or rules, one row per occurrence."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from discourse.stats.choices import Unit
from discourse.stats.tables import CorpusTables


def occurrences(
    tables: CorpusTables, unit: Unit | str, pos: Sequence[str] | None = None, exclude_reported: bool = False
) -> pd.DataFrame:
    """One row per occurrence of the unit: ``doc`` and ``item``.

    ``pos`` keeps only words with these universal part-of-speech tags (word and lemma
    units); ``exclude_reported`` leaves out tokens and evidence inside reported speech.
    """
    unit = Unit(unit)
    if unit in (Unit.word, Unit.lemma):
        tokens = tables.tokens
        keep = tokens["is_word"]
        if exclude_reported:
            keep &= ~tokens["reported"]
        if pos:
            keep &= tokens["pos"].isin([p.upper() for p in pos])
        column = "lower" if unit is Unit.word else "lemma"
        selected = tokens.loc[keep, ["doc", column]]
        return selected.rename(columns={column: "item"}).reset_index(drop=True)
    evidence = tables.evidence
    if exclude_reported:
        evidence = evidence[~evidence["reported"]]
    column = "trait" if unit is Unit.trait else "rule"
    return evidence[["doc", column]].rename(columns={column: "item"}).reset_index(drop=True)


def corpus_sizes(tables: CorpusTables, exclude_reported: bool = False) -> pd.Series:
    """Size of each document in words: the denominator of every rate, for every unit
    (traits and rules included, so that their rates read as per N words)."""
    return tables.word_counts(exclude_reported)
