"""PDF files with pypdf: the text of every page, joined by blank lines. A PDF without a
text layer is skipped (``needs_ocr``); an encrypted or broken one fails with the reason."""

from __future__ import annotations

import io
import logging

from discourse.corpus.document import LoadRecord
from discourse.corpus.encoding import inspect_text
from discourse.corpus.readers.base import Extracted, clean_metadata
from discourse.errors import Codes, InputError

PAGE_SEPARATOR = "\n\n"


def read_pdf(data: bytes, name: str) -> Extracted:
    """Text of all pages and the document information (title, author, creation date)."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(Codes.E006, status="failed", detail="the file does not start with a PDF header")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        pages, metadata = _extract(data)
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise InputError(Codes.E006, status="failed", detail=_describe(exc)) from None
    text = PAGE_SEPARATOR.join(page.strip() for page in pages if page.strip())
    if not text.strip():
        raise InputError(Codes.E005, status="skipped")
    record = LoadRecord(reader="pdf", pages=len(pages))
    inspect_text(text, record.flags, record.warnings)
    return Extracted(text, record, clean_metadata(metadata))


def _extract(data: bytes) -> tuple[list[str], dict[str, object]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("")
        except Exception as exc:
            raise InputError(Codes.E006, status="failed", detail=f"encrypted ({_describe(exc)})") from None
        if not unlocked:
            raise InputError(Codes.E006, status="failed", detail="encrypted with a password")
    pages = [page.extract_text() or "" for page in reader.pages]
    info = reader.metadata or {}
    metadata: dict[str, object] = {
        "title": _info(info, "/Title"),
        "authors": _info(info, "/Author"),
        "date": _pdf_date(_info(info, "/CreationDate")),
    }
    return pages, metadata


def _info(info: object, key: str) -> str | None:
    try:
        value = info.get(key)  # type: ignore[attr-defined]
    except Exception:
        return None
    return str(value).strip() if value else None


def _pdf_date(value: str | None) -> str | None:
    """``D:20240131...`` → ``2024-01-31``."""
    if not value:
        return None
    digits = value.removeprefix("D:")[:8]
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None


def _describe(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
