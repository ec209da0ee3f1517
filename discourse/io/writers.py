"""Write scored records as JSONL, CSV, Parquet or XLSX; every file replaced whole.

CSV and XLSX cells that start with ``= + - @`` are prefixed with a quote so that a
spreadsheet never runs evidence text as a formula.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from discourse.errors import Codes, UsageError
from discourse.io.atomic import atomic_write
from discourse.io.record import ScoredDocument

if TYPE_CHECKING:
    import pandas as pd

FORMATS = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet", ".xlsx": "xlsx"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def output_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(Codes.E301, detail=f"cannot tell the format of {path}: use .jsonl, .csv, .parquet or .xlsx")
    return fmt


def evidence_path(path: Path) -> Path:
    """Where the long-form evidence table goes next to a documents table."""
    return path.with_name(f"{path.stem}.evidence{path.suffix}")


def escape_formula(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _escaped(frame: "pd.DataFrame") -> "pd.DataFrame":
    import pandas as pd

    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(escape_formula)
    return frame


def write_jsonl(records: Iterable[ScoredDocument], path: Path) -> None:
    with atomic_write(path) as handle:
        for record in records:
            handle.write(record.to_json() + "\n")


def write_records(records: list[ScoredDocument], path: Path) -> list[Path]:
    """Write ``records`` in the format ``path``'s extension names; returns the files written."""
    fmt = output_format(path)
    if fmt == "jsonl":
        write_jsonl(records, path)
        return [path]
    import pandas as pd

    from discourse.io.tables import documents_frame, evidence_frame

    documents, evidence = documents_frame(records), evidence_frame(records)
    if fmt == "csv":
        second = evidence_path(path)
        with atomic_write(path) as handle:
            _escaped(documents).to_csv(handle, index=False)
        with atomic_write(second) as handle:
            _escaped(evidence).to_csv(handle, index=False)
        return [path, second]
    if fmt == "parquet":
        second = evidence_path(path)
        for frame, target in ((documents, path), (evidence, second)):
            with atomic_write(target, "wb") as handle:
                frame.to_parquet(handle, index=False)
        return [path, second]
    with atomic_write(path, "wb") as handle:
        with pd.ExcelWriter(handle, engine="openpyxl") as writer:
            _escaped(documents).to_excel(writer, sheet_name="documents", index=False)
            _escaped(evidence).to_excel(writer, sheet_name="evidence", index=False)
    return [path]

