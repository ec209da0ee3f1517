"""Frequency lists: counts, rates per N words and dispersion, by group."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from discourse.stats.tables import CorpusTables
from discourse.stats.units import Unit, corpus_sizes, occurrences


def frequencies(
    tables: CorpusTables,
    unit: Unit | str = Unit.word,
    by: str | None = None,
    pos: Sequence[str] | None = None,
    per: int = 10_000,
    exclude_reported: bool = False,
    min_freq: int = 1,
) -> pd.DataFrame:
    """Frequency list: ``[group,] item, count, rate, documents, words``.

    ``rate`` is the count per ``per`` words of the group; ``documents`` how many documents
    of the group contain the item; ``words`` the group's size. Sorted by group, then
    count (descending), then item.
    """
    found = occurrences(tables, unit, pos, exclude_reported)
    sizes = corpus_sizes(tables, exclude_reported)
    group = tables.groups(by) if by else pd.Series("all", index=tables.documents.index)
    found = found.assign(group=group.reindex(found["doc"]).to_numpy())
    counts = found.groupby(["group", "item"], sort=False).agg(count=("doc", "size"), documents=("doc", "nunique")).reset_index()
    totals = sizes.groupby(group).sum()
    counts["words"] = counts["group"].map(totals).astype(int)
    counts["rate"] = counts["count"] * per / counts["words"].where(counts["words"] > 0)
    counts = counts[counts["count"] >= min_freq]
    counts = counts.sort_values(["group", "count", "item"], ascending=[True, False, True], kind="mergesort")
    columns = ["group", "item", "count", "rate", "documents", "words"]
    frame = counts[columns].reset_index(drop=True)
    if by:
        return frame.rename(columns={"group": by})
    return frame.drop(columns="group")
