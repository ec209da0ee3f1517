"""Reading a corpus: one reader per format, folders with a manifest, URLs and stdin, each
input ending as ok, skipped or failed (DESIGN.md, "Document" and "Reliability contract").
"""

from discourse.corpus.accounting import Corpus, Loaded, count_statuses, list_problems
from discourse.corpus.document import Document, InputStatus, LoadRecord, text_sha256
from discourse.corpus.loader import (
    build_document,
    content_id,
    iter_corpus,
    load_corpus,
    read_text_input,
)
from discourse.corpus.options import LoadOptions
from discourse.corpus.readers import SUPPORTED_SUFFIXES

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Corpus",
    "Document",
    "InputStatus",
    "LoadOptions",
    "LoadRecord",
    "Loaded",
    "build_document",
    "content_id",
    "count_statuses",
    "iter_corpus",
    "list_problems",
    "load_corpus",
    "read_text_input",
    "text_sha256",
]
