"""The tables every statistic reads: documents (metadata), tokens and evidence, built from
what the scorer produced (``Analysis.tokens`` and ``record.evidence``), never by searching
the text again.

``doc`` (an integer, the document's position in the corpus) links the three tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from discourse.errors import Codes, UsageError

MISSING = ""
"""Group value of a document that has no value for the grouping field."""

_DOCUMENT_FIELDS = ("id", "lang", "title", "authors", "affiliation", "outlet", "date", "genre", "label", "url", "source")
_TOKEN_COLUMNS = ("doc", "position", "text", "lower", "lemma", "pos", "start_char", "end_char", "sentence", "is_word", "reported")
_EVIDENCE_COLUMNS = ("doc", "trait", "rule", "category", "text", "start_char", "end_char", "reported")


@dataclass
class CorpusTables:
    """A corpus as three tables plus the texts (``texts[doc]``)."""

    documents: pd.DataFrame
    """One row per document (index = ``doc``): ``id``, metadata fields and ``meta`` columns."""
    tokens: pd.DataFrame
    """One row per non-space token: ``doc``, ``position``, ``text``, ``lower``, ``lemma``,
    ``pos``, ``start_char``, ``end_char``, ``sentence``, ``is_word``, ``reported``."""
    evidence: pd.DataFrame
    """One row per evidence span in the text: ``doc``, ``trait``, ``rule``, ``category``,
    ``text``, ``start_char``, ``end_char``, ``reported``."""
    texts: list[str]

    def groups(self, field: str) -> pd.Series:
        """Each document's value for ``field`` as a string (``MISSING`` when absent)."""
        if field not in self.documents.columns:
            known = ", ".join(sorted(c for c in self.documents.columns if c != "doc"))
            raise UsageError(Codes.E301, detail=f"no metadata field {field!r} in these documents: known fields are {known}")
        values = self.documents[field]
        return values.map(lambda v: MISSING if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))

    def word_counts(self, exclude_reported: bool = False) -> pd.Series:
        """Words (tokens that are not punctuation) per document, the size of each document."""
        words = self.tokens[self.tokens["is_word"]]
        if exclude_reported:
            words = words[~words["reported"]]
        return words.groupby("doc").size().reindex(self.documents.index, fill_value=0)


def document_row(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """The documents-table row of one document's metadata (lists joined with ``; ``)."""
    row = {}
    for key, value in metadata.items():
        row[key] = "; ".join(map(str, value)) if isinstance(value, list | tuple) else value
    return row


def build_tables(
    documents: Sequence[Mapping[str, Any]],
    texts: Sequence[str],
    tokens: Sequence[Iterable[Sequence[Any]]],
    evidence: Sequence[Iterable[Mapping[str, Any]]],
) -> CorpusTables:
    """Assemble the tables from per-document metadata, texts, token rows
    (``TokenRow``-shaped: text, lemma, pos, start_char, sentence, is_word, reported) and
    evidence dicts (trait, rule, category, text, start_char, end_char, reported)."""
    frame = pd.DataFrame([document_row(d) for d in documents])
    if frame.empty:  # no document: keep the columns every table user reads
        frame = pd.DataFrame(columns=["id", "title", "genre", "lang", "source"])
    frame.index.name = "doc"
    token_parts = [_token_frame(doc, rows) for doc, rows in enumerate(tokens)]
    token_frame = pd.concat(token_parts, ignore_index=True) if token_parts else _empty(_TOKEN_COLUMNS)
    evidence_rows = [
        {"doc": doc, **{k: item[k] if k in item else ("default" if k == "category" else None) for k in _EVIDENCE_COLUMNS[1:]}}
        for doc, items in enumerate(evidence)
        for item in items
    ]
    evidence_frame = pd.DataFrame(evidence_rows, columns=list(_EVIDENCE_COLUMNS))
    evidence_frame["reported"] = evidence_frame["reported"].astype(bool)
    return CorpusTables(frame, token_frame, evidence_frame, list(texts))


def _token_frame(doc: int, rows: Iterable[Sequence[Any]]) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=["text", "lemma", "pos", "start_char", "sentence", "is_word", "reported"])
    frame.insert(0, "doc", doc)
    frame.insert(1, "position", np.arange(len(frame)))
    frame["lower"] = frame["text"].str.lower()
    frame["lemma"] = frame["lemma"].str.lower()
    frame["end_char"] = frame["start_char"] + frame["text"].str.len()
    frame["is_word"] = frame["is_word"].astype(bool)
    frame["reported"] = frame["reported"].astype(bool)
    return frame[list(_TOKEN_COLUMNS)]


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    for column in ("doc", "position", "start_char", "end_char", "sentence"):
        if column in frame:
            frame[column] = frame[column].astype(int)
    for column in ("is_word", "reported"):
        if column in frame:
            frame[column] = frame[column].astype(bool)
    return frame


def tables_from_analyses(analyses: Sequence[Any]) -> CorpusTables:
    """Tables from ``discourse.analysis.Analysis`` objects produced with
    ``Settings(keep_tokens=True)`` (each with its ``document``)."""
    documents, texts, tokens, evidence = [], [], [], []
    for analysis in analyses:
        if analysis.tokens is None or analysis.document is None:
            raise UsageError(Codes.E301, detail="corpus statistics need analyses made with Settings(keep_tokens=True)")
        document = analysis.document
        metadata = {name: document.field(name) for name in _DOCUMENT_FIELDS}
        metadata["lang"] = analysis.record.lang
        for key, value in document.meta.items():
            metadata.setdefault(key, value)
        documents.append(metadata)
        texts.append(document.text)
        tokens.append(analysis.tokens)
        evidence.append([item.model_dump(include=set(_EVIDENCE_COLUMNS)) for item in analysis.record.evidence])
    return build_tables(documents, texts, tokens, evidence)
