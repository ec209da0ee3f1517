"""CSV and JSONL files: one document per row. Each row is its own input in the accounting,
so a broken row fails alone (``data.csv#row=3``, ``data.jsonl#line=3``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from discourse.corpus.document import LoadRecord
from discourse.corpus.encoding import decode_bytes, inspect_text
from discourse.corpus.readers.base import Extracted, clean_metadata
from discourse.errors import Codes, InputError

RowResult = tuple[str, "Extracted | InputError", str | None]
"""``(fragment, result, row id)``: ``("row=3", Extracted(...), "A12")``."""


def iter_csv_rows(data: bytes, text_field: str = "text", id_field: str = "id") -> Iterator[RowResult]:
    """One result per data row (``row=1`` is the first row after the header)."""
    decoded = decode_bytes(data)
    csv.field_size_limit(50_000_000)
    reader = csv.reader(io.StringIO(decoded.text, newline=""), dialect=_dialect(decoded.text))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(Codes.E003, status="skipped") from None
    except csv.Error as exc:
        raise InputError(Codes.E010, status="failed", detail=f"header: {exc}") from None
    header = [name.strip() for name in header]
    if text_field not in header:
        raise InputError(Codes.E016, status="failed", field=text_field, columns=", ".join(header[:20]))
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield f"row={number}", InputError(Codes.E010, status="failed", detail=str(exc)), None
            continue
        if not any(cell.strip() for cell in cells):
            continue
        number += 1
        if len(cells) != len(header):
            error = InputError(Codes.E010, status="failed", detail=f"{len(cells)} cells, the header has {len(header)}")
            yield f"row={number}", error, None
            continue
        row = dict(zip(header, cells))
        yield f"row={number}", *_row_document(row, "csv", decoded.encoding, text_field, id_field)


def iter_jsonl_rows(data: bytes, text_field: str = "text", id_field: str = "id") -> Iterator[RowResult]:
    """One result per non-blank line (``line=1`` is the first line of the file)."""
    decoded = decode_bytes(data)
    for number, line in enumerate(decoded.text.splitlines(), start=1):
        if not line.strip():
            continue
        fragment = f"line={number}"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield fragment, InputError(Codes.E010, status="failed", detail=f"invalid JSON ({exc})"), None
            continue
        if not isinstance(row, dict):
            yield fragment, InputError(Codes.E010, status="failed", detail="the line is not a JSON object"), None
            continue
        yield fragment, *_row_document(row, "jsonl", decoded.encoding, text_field, id_field)


def _row_document(
    row: dict[str, Any], reader: str, encoding: str, text_field: str, id_field: str
) -> tuple[Extracted | InputError, str | None]:
    row_id = row.get(id_field)
    row_id = str(row_id).strip() if row_id is not None and str(row_id).strip() else None
    text = row.get(text_field)
    if not isinstance(text, str) or not text.strip():
        return InputError(Codes.E013, status="skipped", field=text_field), row_id
    record = LoadRecord(reader=reader, encoding=encoding)
    inspect_text(text, record.flags, record.warnings)
    metadata = clean_metadata(row, skip=(text_field, id_field))
    return Extracted(text, record, metadata), row_id


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Comma by default; semicolon or tab when the header says so (French spreadsheets)."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    separator = max(counts, key=counts.get)  # type: ignore[arg-type]
    if counts[separator] == 0 or separator == ",":
        return csv.excel
    return csv.excel_tab if separator == "\t" else _Semicolon


class _Semicolon(csv.excel):
    delimiter = ";"
