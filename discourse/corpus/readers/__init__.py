"""One reader per file format. A reader takes the raw bytes of one input and returns an
``Extracted`` (text, load record, metadata) or raises ``InputError``; nothing else.

Table formats (CSV, JSONL) give one result per row instead: see ``tables``.
"""

from __future__ import annotations

from collections.abc import Callable

from discourse.corpus.readers.base import Extracted
from discourse.corpus.readers.docx import read_docx
from discourse.corpus.readers.html import read_html
from discourse.corpus.readers.pdf import read_pdf
from discourse.corpus.readers.tables import iter_csv_rows, iter_jsonl_rows
from discourse.corpus.readers.text import read_markdown, read_txt

Reader = Callable[[bytes, str], Extracted]

DOCUMENT_READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
TABLE_READERS = {".csv": iter_csv_rows, ".jsonl": iter_jsonl_rows}
SUPPORTED_SUFFIXES = (*DOCUMENT_READERS, *TABLE_READERS)

__all__ = [
    "DOCUMENT_READERS",
    "SUPPORTED_SUFFIXES",
    "TABLE_READERS",
    "Extracted",
    "Reader",
    "read_docx",
    "read_html",
    "read_markdown",
    "read_pdf",
    "read_txt",
]
