"""Word documents (.docx) with python-docx, after checking the zip archive from its
directory alone: a member too large or too compressed (a zip bomb) is refused before any
byte is expanded."""

from __future__ import annotations

import io
import zipfile

from discourse.corpus.document import LoadRecord
from discourse.corpus.encoding import inspect_text
from discourse.corpus.readers.base import Extracted, clean_metadata
from discourse.errors import Codes, InputError

MAX_MEMBER_BYTES = 50_000_000
MAX_TOTAL_BYTES = 200_000_000
MAX_MEMBERS = 2_000
MAX_RATIO = 100
"""Uncompressed / compressed size above which a member larger than 1 MB is refused."""
RATIO_FLOOR_BYTES = 1_000_000


def read_docx(data: bytes, name: str) -> Extracted:
    """Paragraphs and table cells, one per line, and the core properties as metadata."""
    check_archive(data)
    try:
        return _extract(data)
    except InputError:
        raise
    except Exception as exc:  # python-docx, lxml and zipfile errors on damaged archives
        raise InputError(Codes.E007, status="failed", detail=f"{type(exc).__name__}: {exc}") from None


def check_archive(data: bytes) -> None:
    """Refuse a non-zip file or a zip bomb, reading only the zip directory."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(Codes.E007, status="failed", detail=f"not a zip archive ({exc})") from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise InputError(Codes.E008, status="failed", detail=f"{len(members)} members in the archive")
        total = 0
        for member in members:
            total += member.file_size
            if member.file_size > MAX_MEMBER_BYTES:
                raise InputError(
                    Codes.E008, status="failed",
                    detail=f"member {member.filename!r} expands to {member.file_size:,} bytes",
                )
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
                raise InputError(
                    Codes.E008, status="failed",
                    detail=f"member {member.filename!r} is compressed {ratio:,.0f} to 1",
                )
        if total > MAX_TOTAL_BYTES:
            raise InputError(Codes.E008, status="failed", detail=f"archive expands to {total:,} bytes")
        if "word/document.xml" not in archive.namelist():
            raise InputError(Codes.E007, status="failed", detail="no word/document.xml in the archive")


def _extract(data: bytes) -> Extracted:
    import docx

    document = docx.Document(io.BytesIO(data))
    blocks = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = []
            for cell in row.cells:
                if cell.text.strip() and (not cells or cells[-1] != cell.text):
                    cells.append(cell.text)
            blocks.append("\t".join(cells))
    text = "\n".join(block for block in blocks if block.strip())
    if not text.strip():
        raise InputError(Codes.E003, status="skipped")
    properties = document.core_properties
    created = properties.created
    metadata = {
        "title": properties.title,
        "authors": properties.author,
        "date": created.date().isoformat() if created else None,
    }
    record = LoadRecord(reader="docx")
    inspect_text(text, record.flags, record.warnings)
    return Extracted(text, record, clean_metadata(metadata))
