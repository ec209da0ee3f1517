"""Corpus exports for the tools discourse researchers continue in: IRaMuTeQ (one text file
with starred variables), TXM (TXT files + metadata.csv) and quanteda (one CSV for
``readtext``/``corpus``). Every file is replaced whole.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Mapping, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from discourse.corpus.document import Document
from discourse.io.atomic import atomic_write

DEFAULT_FIELDS = ("lang", "genre", "label", "outlet", "affiliation", "date", "authors")
"""Metadata exported by default, followed by every ``meta`` column found in the corpus."""

_NOT_NAME = re.compile(r"[^A-Za-z0-9_]+")
_NOT_FILE = re.compile(r"[^A-Za-z0-9_.-]+")
_STARRED_LINE = re.compile(r"^(\*{4}|-\*)", re.MULTILINE)


class Target(str, Enum):
    iramuteq = "iramuteq"
    txm = "txm"
    quanteda = "quanteda"


def ascii_name(value: object) -> str:
    """Letters, digits and underscores only, accents dropped (IRaMuTeQ variables,
    TXM and R column names).

    >>> ascii_name("Tribune : Île-de-France")
    'Tribune_Ile_de_France'
    """
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode("ascii")
    return _NOT_NAME.sub("_", text).strip("_")


def export_fields(documents: Sequence[Document], fields: Sequence[str] | None = None) -> list[str]:
    """The metadata fields to export: ``fields`` if given, else the defaults then every
    ``meta`` key, in first-seen order."""
    if fields:
        return list(dict.fromkeys(fields))
    names = list(DEFAULT_FIELDS)
    for document in documents:
        for key in document.meta:
            if key not in names and key not in ("id", "text"):
                names.append(key)
    return names


def metadata_rows(
    documents: Sequence[Document], fields: Sequence[str], extra: Mapping[str, Mapping[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """One dict per document: ``id`` then each field (``None`` when absent), then the
    ``extra`` columns given for that document id (scores, verdicts)."""
    rows = []
    for document in documents:
        row: dict[str, Any] = {"id": document.id}
        row.update({name: document.field(name) for name in fields})
        row.update((extra or {}).get(document.id, {}))
        rows.append(row)
    return rows


def _year(value: object) -> str | None:
    match = re.match(r"\s*(\d{4})", str(value or ""))
    return match.group(1) if match else None


def iramuteq_header(row: Mapping[str, Any]) -> str:
    """The ``**** *var_value …`` line of one text: variable names and values reduced to
    ASCII letters, digits and underscores; empty values left out; ``date`` also gives
    ``*year_YYYY``."""
    stars = ["****"]
    for name, value in row.items():
        if value is None or value == "":
            continue
        variable = ascii_name(name).lower().replace("_", "")
        modality = ascii_name(value)
        if variable and modality:
            stars.append(f"*{variable}_{modality}")
        if name == "date" and _year(value):
            stars.append(f"*year_{_year(value)}")
    return " ".join(stars)


def iramuteq_text(text: str) -> str:
    """The text as IRaMuTeQ reads it: no asterisks (they mark variables), no line that
    could pass for a header or a thematic marker, no blank-line runs."""
    text = text.replace("*", " ")
    text = _STARRED_LINE.sub("", text)
    return re.sub(r"\n\s*\n+", "\n", text).strip()


def write_iramuteq(documents: Sequence[Document], path: Path, fields: Sequence[str] | None = None,
                   extra: Mapping[str, Mapping[str, Any]] | None = None) -> list[Path]:
    """One UTF-8 file: each text preceded by its ``****`` line and followed by a blank line."""
    rows = metadata_rows(documents, export_fields(documents, fields), extra)
    with atomic_write(path) as handle:
        for document, row in zip(documents, rows, strict=True):
            handle.write(iramuteq_header(row) + "\n" + iramuteq_text(document.text) + "\n\n")
    return [path]


def file_stems(documents: Sequence[Document]) -> list[str]:
    """A distinct, file-safe name per document, from its id (``_2``, ``_3``… on clashes)."""
    stems, seen = [], set()
    for document in documents:
        base = _NOT_FILE.sub("_", document.id.replace("/", "_")).strip("._") or "document"
        stem, n = base, 1
        while stem.lower() in seen:
            n += 1
            stem = f"{base}_{n}"
        seen.add(stem.lower())
        stems.append(stem)
    return stems


def _csv_columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    return columns


def _cell(value: object) -> object:
    return "" if value is None else value


def write_txm(documents: Sequence[Document], folder: Path, fields: Sequence[str] | None = None,
              extra: Mapping[str, Mapping[str, Any]] | None = None) -> list[Path]:
    """A folder for TXM's "TXT + CSV" import: ``<id>.txt`` per text and ``metadata.csv``
    whose first column ``id`` is the file name without ``.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    stems = file_stems(documents)
    _remove_previous_export(folder, set(stems))
    rows = metadata_rows(documents, export_fields(documents, fields), extra)
    written = []
    for document, stem, row in zip(documents, stems, rows, strict=True):
        row["id"] = stem
        path = folder / f"{stem}.txt"
        with atomic_write(path) as handle:
            handle.write(document.text)
        written.append(path)
    columns = ["id"] + [ascii_name(c).lower() or "field" for c in _csv_columns(rows)[1:]]
    metadata = folder / "metadata.csv"
    with atomic_write(metadata) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(v) for v in row.values()])
    return [metadata, *written]


def _remove_previous_export(folder: Path, keep: set[str]) -> None:
    """Texts a previous export listed in its ``metadata.csv`` and this one does not write:
    removed, so that the folder and its metadata agree. Nothing else is touched."""
    previous = folder / "metadata.csv"
    if not previous.exists():
        return
    try:
        with open(previous, encoding="utf-8", newline="") as handle:
            stems = [row[0] for row in csv.reader(handle) if row][1:]
    except (OSError, UnicodeDecodeError, csv.Error):
        return
    for stem in stems:
        path = folder / f"{stem}.txt"
        if stem not in keep and path.parent == folder and path.is_file():
            path.unlink()


def write_quanteda(documents: Sequence[Document], path: Path, fields: Sequence[str] | None = None,
                   extra: Mapping[str, Mapping[str, Any]] | None = None) -> list[Path]:
    """One CSV: ``doc_id``, ``text``, then one docvar column per field, for
    ``readtext(path, docid_field = "doc_id", text_field = "text")`` then ``corpus()``."""
    rows = metadata_rows(documents, export_fields(documents, fields), extra)
    docvars = [c for c in _csv_columns(rows) if c != "id"]
    with atomic_write(path) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["doc_id", "text", *[ascii_name(c).lower() or "field" for c in docvars]])
        for document, row in zip(documents, rows, strict=True):
            writer.writerow([document.id, document.text, *[_cell(row.get(c)) for c in docvars]])
    return [path]


WRITERS = {Target.iramuteq: write_iramuteq, Target.txm: write_txm, Target.quanteda: write_quanteda}


def export_corpus(documents: Sequence[Document], target: Target | str, path: Path, fields: Sequence[str] | None = None,
                  extra: Mapping[str, Mapping[str, Any]] | None = None) -> list[Path]:
    """Write ``documents`` for ``target``; returns the files written."""
    return WRITERS[Target(target)](documents, Path(path), fields, extra)
