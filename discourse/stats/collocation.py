"""Collocations: the words that keep company with a node word within a window."""

from __future__ import annotations

import numpy as np
import pandas as pd

from discourse.errors import Codes, UsageError
from discourse.stats import measures
from discourse.stats.choices import Association
from discourse.stats.tables import CorpusTables

COLUMNS = ("item", "cooccurrences", "frequency", "expected", "ll", "pmi", "logdice", "t_score", "documents")




_SCORE_COLUMN = {Association.ll: "ll", Association.pmi: "pmi", Association.logdice: "logdice", Association.t: "t_score"}


def collocates(
    tables: CorpusTables,
    node: str,
    window: int = 5,
    measure: Association | str = Association.ll,
    min_freq: int = 3,
    lemma: bool = False,
    exclude_reported: bool = False,
) -> pd.DataFrame:
    """Collocates of ``node`` (a lowercased word, or a lemma with ``lemma``) within
    ``window`` words on each side, never across documents.

    ``cooccurrences`` (O) counts the collocate's occurrences in the node's windows (W
    distinct positions in all, a position shared by two windows counted once); ``frequency`` (f) its corpus frequency; N the corpus size in words.
    ``expected`` = W·f/N; ``pmi`` = log2(O/E); ``t_score`` = (O − E)/√O; ``logdice`` =
    14 + log2(2·O / (f_node + f)); ``ll`` = signed G² of the windows against the rest of
    the corpus. Rows with ``cooccurrences >= min_freq``, sorted by ``measure``.
    """
    measure = Association(measure)
    if window < 1:
        raise UsageError(Codes.E301, detail="the collocation window must be at least 1 word")
    words = tables.tokens[tables.tokens["is_word"]]
    if exclude_reported:
        words = words[~words["reported"]]
    keys = words["lemma" if lemma else "lower"].to_numpy(dtype=object)
    docs = words["doc"].to_numpy()
    node = node.lower()
    positions = np.flatnonzero(keys == node)
    total = len(keys)
    if positions.size == 0:
        frame = pd.DataFrame(columns=list(COLUMNS))
        frame.attrs.update(node=node, node_frequency=0, window_positions=0, words=total)
        return frame
    around = []
    for offset in [*range(-window, 0), *range(1, window + 1)]:
        other = positions + offset
        inside = (other >= 0) & (other < total)
        other = other[inside]
        other = other[docs[other] == docs[positions[inside]]]
        around.append(other)
    neighbours = np.unique(np.concatenate(around))  # a word in two overlapping windows counts once
    spread = pd.DataFrame({"item": keys[neighbours], "doc": docs[neighbours]})
    observed = spread.groupby("item").agg(cooccurrences=("doc", "size"), documents=("doc", "nunique"))
    frequency = pd.Series(keys).value_counts()
    frame = observed.join(frequency.rename("frequency"), how="left")
    frame = frame[frame["cooccurrences"] >= max(min_freq, 1)]
    o = frame["cooccurrences"].to_numpy(dtype=float)
    f = frame["frequency"].to_numpy(dtype=float)
    in_windows = float(neighbours.size)
    expected = in_windows * f / total
    frame["expected"] = expected
    rest = np.maximum(f - o, 0)
    frame["ll"] = measures.log_likelihood(o, rest, in_windows, max(total - in_windows, 1))
    frame["pmi"] = np.log2(o / expected)
    frame["logdice"] = 14 + np.log2(2 * o / (positions.size + f))
    frame["t_score"] = (o - expected) / np.sqrt(o)
    frame.index.name = "item"
    frame = frame.reset_index()
    frame = frame.sort_values([_SCORE_COLUMN[measure], "item"], ascending=[False, True], kind="mergesort")
    frame = frame[list(COLUMNS)].reset_index(drop=True)
    frame.attrs.update(node=node, node_frequency=int(positions.size), window_positions=int(in_windows), words=total)
    return frame
