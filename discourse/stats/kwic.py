"""Concordances (KWIC): every occurrence of a word, lemma, phrase or trait, with its left
and right context cut from the document text by token offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from discourse.errors import Codes, UsageError
from discourse.stats.choices import Sort
from discourse.stats.tables import CorpusTables

_PIECE = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
COLUMNS = ("doc_id", "start_char", "end_char", "left", "keyword", "right", "trait", "rule", "reported")




@dataclass(frozen=True)
class _Hit:
    doc: int
    start_char: int
    end_char: int
    trait: str = ""
    rule: str = ""
    reported: bool = False


def query_pieces(query: str) -> list[str]:
    """The lowercased word pieces of a query; a trailing ``*`` keeps its prefix meaning.

    >>> query_pieces("L'efficience des parcours*")
    ['l', 'efficience', 'des', 'parcours*']
    """
    pieces = []
    for chunk in query.lower().split():
        parts = _PIECE.findall(chunk)
        if chunk.endswith("*") and parts:
            parts[-1] += "*"
        pieces += parts
    if not pieces:
        raise UsageError(Codes.E301, detail=f"the query {query!r} has no word in it")
    return pieces


def _matches(values: np.ndarray, piece: str) -> np.ndarray:
    if piece.endswith("*"):
        return np.char.startswith(values.astype(str), piece[:-1])
    return values == piece


def _sequence_hits(keys: np.ndarray, pieces: list[str]) -> np.ndarray:
    """Start indexes where ``pieces`` match consecutive ``keys``."""
    n = len(keys) - len(pieces) + 1
    if n <= 0:
        return np.array([], dtype=int)
    found = np.ones(n, dtype=bool)
    for offset, piece in enumerate(pieces):
        found &= _matches(keys[offset : offset + n], piece)
    return np.flatnonzero(found)


def _word_hits(tables: CorpusTables, pieces: list[str]) -> list[_Hit]:
    """Phrase matching on word pieces: ``l'efficience`` matches however the tokenizer cut it."""
    hits = []
    words = tables.tokens[tables.tokens["is_word"]]
    for doc, group in words.groupby("doc", sort=True):
        keys, starts, ends, reported = [], [], [], []
        for text, start, flag in zip(group["lower"], group["start_char"], group["reported"], strict=True):
            for match in _PIECE.finditer(text):
                keys.append(match.group())
                starts.append(start + match.start())
                ends.append(start + match.end())
                reported.append(flag)
        keys_array = np.array(keys, dtype=object)
        for i in _sequence_hits(keys_array, pieces):
            last = i + len(pieces) - 1
            hits.append(_Hit(int(doc), starts[i], ends[last], reported=bool(reported[i])))
    return hits


def _lemma_hits(tables: CorpusTables, pieces: list[str]) -> list[_Hit]:
    hits = []
    words = tables.tokens[tables.tokens["is_word"]]
    for doc, group in words.groupby("doc", sort=True):
        lemmas = group["lemma"].to_numpy(dtype=object)
        starts, ends, reported = group["start_char"].to_numpy(), group["end_char"].to_numpy(), group["reported"].to_numpy()
        for i in _sequence_hits(lemmas, pieces):
            last = i + len(pieces) - 1
            hits.append(_Hit(int(doc), int(starts[i]), int(ends[last]), reported=bool(reported[i])))
    return hits


def _trait_hits(tables: CorpusTables, trait: str, rule: str | None) -> list[_Hit]:
    evidence = tables.evidence[tables.evidence["trait"] == trait]
    if rule:
        evidence = evidence[evidence["rule"].str.contains(rule, case=False, regex=False)]
    return [
        _Hit(int(row.doc), int(row.start_char), int(row.end_char), row.trait, row.rule, bool(row.reported))
        for row in evidence.itertuples(index=False)
    ]


def concordance(
    tables: CorpusTables,
    query: str | None = None,
    lemma: bool = False,
    trait: str | None = None,
    window: int = 8,
    by: str | None = None,
    sort: Sort | str = Sort.doc,
    exclude_reported: bool = False,
) -> pd.DataFrame:
    """A concordance: ``doc_id, [by,] start_char, end_char, left, keyword, right, trait,
    rule, reported``.

    ``query`` is a word or phrase (matched on token sequence, case-insensitive, a trailing
    ``*`` for a prefix), or with ``lemma`` a sequence of lemmas. With ``trait`` the
    keywords are that trait's evidence spans and ``query``, if given, filters rule ids.
    ``window`` words of context each side, never across documents.
    """
    if trait:
        hits = _trait_hits(tables, trait, query)
    elif query is None:
        raise UsageError(Codes.E301, detail="a concordance needs a query or a trait")
    elif lemma:
        hits = _lemma_hits(tables, query_pieces(query))
    else:
        hits = _word_hits(tables, query_pieces(query))
    if exclude_reported:
        hits = [h for h in hits if not h.reported]
    rows = _with_context(tables, hits, window)
    frame = pd.DataFrame(rows, columns=["_doc", *COLUMNS])
    frame = _sorted(frame, Sort(sort))
    if by:
        frame.insert(1, by, tables.groups(by).reindex(frame.pop("_doc")).to_numpy())
    else:
        frame = frame.drop(columns="_doc")
    return frame.reset_index(drop=True)


def _with_context(tables: CorpusTables, hits: list[_Hit], window: int) -> list[dict]:
    words = tables.tokens[tables.tokens["is_word"]]
    bounds = {doc: (g["start_char"].to_numpy(), g["end_char"].to_numpy()) for doc, g in words.groupby("doc")}
    ids = tables.documents["id"]
    rows = []
    for hit in hits:
        text = tables.texts[hit.doc]
        starts, ends = bounds.get(hit.doc, (np.array([], dtype=int), np.array([], dtype=int)))
        before = int(np.searchsorted(ends, hit.start_char, side="right"))
        left_from = int(starts[before - window]) if window and before >= window else (0 if window else hit.start_char)
        after = int(np.searchsorted(starts, hit.end_char, side="left"))
        right_to = int(ends[after + window - 1]) if window and after + window - 1 < len(ends) else (len(text) if window else hit.end_char)
        rows.append({
            "_doc": hit.doc, "doc_id": ids.iloc[hit.doc], "start_char": hit.start_char, "end_char": hit.end_char,
            "left": _flat(text[left_from : hit.start_char]), "keyword": _flat(text[hit.start_char : hit.end_char]),
            "right": _flat(text[hit.end_char : right_to]), "trait": hit.trait, "rule": hit.rule, "reported": hit.reported,
        })
    return rows


def _flat(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _sorted(frame: pd.DataFrame, sort: Sort) -> pd.DataFrame:
    if frame.empty or sort is Sort.doc:
        return frame.sort_values(["_doc", "start_char"], kind="mergesort")
    if sort is Sort.left:
        key = frame["left"].map(lambda s: " ".join(reversed(_PIECE.findall(s.lower()))))
    else:
        key = frame["right"].map(lambda s: " ".join(_PIECE.findall(s.lower())))
    return frame.assign(_key=key).sort_values(["_key", "_doc", "start_char"], kind="mergesort").drop(columns="_key")
