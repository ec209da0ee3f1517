"""Finding the files of a folder: recursive, sorted, filtered by include/exclude globs,
with the metadata of a ``manifest.csv`` at the folder root joined by file name."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from discourse.corpus.encoding import decode_bytes
from discourse.errors import Codes, InputError

MANIFEST_NAME = "manifest.csv"
MANIFEST_FILE_COLUMN = "file"
# The corpus's own documentation beside a manifest is not part of the corpus.
DOCUMENTATION_NAMES = ("readme", "license", "licence", "changelog", "results")


@dataclass
class FoundFile:
    """One file of a folder: where it is, its id-ready relative path, its manifest row."""

    path: Path
    relative: str
    """Path relative to the folder given, posix style: the default document id."""
    manifest_row: dict[str, Any] = field(default_factory=dict)


@dataclass
class FolderListing:
    """The files found in a folder, the manifest entries with no file, manifest problems."""

    files: list[FoundFile]
    missing: list[str] = field(default_factory=list)
    manifest_error: InputError | None = None
    manifest_path: Path | None = None


def list_folder(root: Path, include: list[str], exclude: list[str]) -> FolderListing:
    """Every file under ``root`` (hidden files and folders left out), sorted by path."""
    manifest_path = root / MANIFEST_NAME
    rows: dict[str, dict[str, Any]] = {}
    error: InputError | None = None
    if manifest_path.is_file():
        try:
            rows = read_folder_manifest(manifest_path)
        except InputError as exc:
            error = exc
    files: list[FoundFile] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path == manifest_path or not path.is_file() or _hidden(relative):
            continue
        if manifest_path.is_file() and "/" not in relative and _is_documentation(relative):
            continue
        if not selected(relative, include, exclude):
            continue
        files.append(FoundFile(path, relative, _match_row(rows, relative)))
    found = {f.relative for f in files}
    basenames = {f.relative.rsplit("/", 1)[-1] for f in files}
    missing = [
        name for name in rows
        if name not in found and name not in basenames and selected(name, include, exclude)
    ]
    return FolderListing(files, missing, error, manifest_path if manifest_path.is_file() else None)


def selected(relative: str, include: list[str], exclude: list[str]) -> bool:
    """True when the path matches an include pattern (or there are none) and no exclude.
    A pattern matches the whole relative path or the file name alone."""
    name = relative.rsplit("/", 1)[-1]

    def matches(pattern: str) -> bool:
        return fnmatch(relative, pattern) or fnmatch(name, pattern)

    if include and not any(matches(p) for p in include):
        return False
    return not any(matches(p) for p in exclude)


def read_folder_manifest(path: Path) -> dict[str, dict[str, Any]]:
    """Manifest rows by normalised ``file`` value. Empty cells are dropped."""
    try:
        text = decode_bytes(path.read_bytes()).text
    except OSError as exc:
        raise InputError(Codes.E015, status="failed", detail=str(exc)) from None
    except InputError as exc:
        raise InputError(Codes.E015, status="failed", detail=exc.reason) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fieldnames = [name.strip() for name in (reader.fieldnames or [])]
        if MANIFEST_FILE_COLUMN not in fieldnames:
            raise InputError(Codes.E015, status="failed", detail=f"no {MANIFEST_FILE_COLUMN!r} column")
        reader.fieldnames = fieldnames
        rows: dict[str, dict[str, Any]] = {}
        for number, row in enumerate(reader, start=1):
            name = _normalise((row.get(MANIFEST_FILE_COLUMN) or ""))
            if not name:
                continue
            if None in row:
                raise InputError(Codes.E015, status="failed", detail=f"row {number} has more cells than the header")
            if name in rows:
                raise InputError(Codes.E015, status="failed", detail=f"file {name!r} is listed twice")
            rows[name] = {k: v for k, v in row.items() if k != MANIFEST_FILE_COLUMN and v not in (None, "")}
    except csv.Error as exc:
        raise InputError(Codes.E015, status="failed", detail=str(exc)) from None
    return rows


def _match_row(rows: dict[str, dict[str, Any]], relative: str) -> dict[str, Any]:
    if relative in rows:
        return rows[relative]
    return rows.get(relative.rsplit("/", 1)[-1], {})


def _normalise(name: str) -> str:
    name = name.strip().replace("\\", "/")
    while name.startswith("./"):
        name = name[2:]
    return name


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/"))


def _is_documentation(name: str) -> bool:
    return name.lower().split(".", 1)[0] in DOCUMENTATION_NAMES
