"""Projections of scored records into tables: one row per document, and the evidence in
long form (one row per span). CSV, Parquet and XLSX are written from these."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from discourse.io.record import ScoredDocument

_DOC_FIELDS = ("id", "title", "authors", "affiliation", "outlet", "date", "genre", "label", "lang", "url", "source", "sha256")
_EVIDENCE_FIELDS = ("trait", "rule", "category", "text", "start_char", "end_char", "sentence", "reported", "weight")


def documents_frame(records: Iterable[ScoredDocument]) -> pd.DataFrame:
    """One row per document: metadata, score, verdict, density, and per trait
    ``<trait>_count``, ``<trait>_per_1000``, ``<trait>_contribution``."""
    rows = []
    for record in records:
        row = {name: getattr(record, name) for name in _DOC_FIELDS}
        row["authors"] = "; ".join(record.authors)
        row.update(
            words=record.words,
            advertorial_score=record.advertorial_score,
            verdict=record.verdict,
            consultancy_density=record.consultancy_density,
            scorer=record.scorer,
            alerts="; ".join(record.alerts),
            warnings=" | ".join(record.warnings),
        )
        for group in (record.traits, record.counter_signals):
            for trait, score in group.items():
                row[f"{trait}_count"] = score.count
                row[f"{trait}_per_1000"] = score.per_1000
                row[f"{trait}_contribution"] = score.contribution
        for key, value in sorted(record.meta.items()):
            row.setdefault(f"meta_{key}", value)
        rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        from discourse.traits import registered

        columns = list(_DOC_FIELDS) + ["words", "advertorial_score", "verdict", "consultancy_density"]
        for cls in registered():
            columns += [f"{cls.id}_count", f"{cls.id}_per_1000", f"{cls.id}_contribution"]
        frame = pd.DataFrame(columns=columns)
    return frame


def evidence_frame(records: Iterable[ScoredDocument]) -> pd.DataFrame:
    """One row per evidence span, with the document id; metadata signals have no offsets."""
    rows = []
    for record in records:
        for item in record.evidence:
            row = {"document_id": record.id, "source": "text"}
            row.update({name: getattr(item, name) for name in _EVIDENCE_FIELDS})
            rows.append(row)
        for item in record.metadata_evidence:
            rows.append(
                {"document_id": record.id, "source": f"metadata:{item.field}", "trait": item.trait, "rule": item.rule,
                 "category": item.category, "text": item.value, "start_char": None, "end_char": None,
                 "sentence": None, "reported": False, "weight": item.weight}
            )
    columns = ["document_id", "source", *_EVIDENCE_FIELDS]
    return pd.DataFrame(rows, columns=columns)
