"""Coded errors and warnings. The library never prints: it raises these, or returns
warnings as strings, and the CLI decides what the user sees.

Each code has one sentence a user can act on. Codes are stable: tests, run manifests and
the documentation refer to them.
"""

from __future__ import annotations

from enum import Enum


class Codes(str, Enum):
    """Error and warning catalogue, ``code: message template``."""

    # inputs (E0xx): a bad input is skipped or failed, never fatal for a batch
    E001 = "file not found"
    E002 = "unsupported file type {suffix!r}: supported are {supported}"
    E003 = "empty document: no text after extraction"
    E004 = "not valid text: the bytes decode to no known Western encoding"
    E005 = "scanned PDF with no text layer: needs_ocr"
    E006 = "broken or encrypted PDF: {detail}"
    E007 = "not a valid DOCX archive: {detail}"
    E008 = "DOCX refused before expansion: {detail}"
    E009 = "HTML page with no readable text"
    E010 = "broken row: {detail}"
    E011 = "URL refused: {detail}"
    E012 = "URL could not be fetched: {detail}"
    E013 = "text field {field!r} missing or empty in this row"
    E014 = "could not read file: {detail}"
    E015 = "manifest problem: {detail}"
    E016 = "no column {field!r} in this table; its columns are {columns}: choose one with --text-field"
    # lexicons and data files (E1xx): fatal, they are the tool's own data
    E101 = "lexicon {path}: {detail}"
    E102 = "unknown trait {trait!r}: known traits are {known}"
    E103 = "weights file {path}: {detail}"
    E104 = "model file {path}: {detail}"
    # pipeline (E2xx)
    E201 = "language {lang!r} is not supported: use fr or en"
    E202 = "spaCy model {model!r} is not installed: {detail}"
    # usage (E3xx)
    E301 = "{detail}"

    # warnings (W0xx), carried in results, never printed by the library
    W001 = "English runs in reduced mode: no en_core_web_sm installed, so no part-of-speech tags or parse; slogans and verb filters are approximated"
    W002 = "text decoded as {encoding}, not UTF-8"
    W003 = "possible mojibake (double-encoded UTF-8) in the text"
    W004 = "text longer than spaCy's max_length: processed in {chunks} chunks with exact offsets"
    W005 = "language undetermined (text too short or empty); French settings used"
    W006 = "{count} replacement characters (U+FFFD) in the decoded text"
    W007 = "declared language {lang!r} is not supported (fr, en): the detected language is used"

    def format(self, **kwargs: object) -> str:
        return f"[{self.name}] " + self.value.format(**kwargs)


class DiscourseError(Exception):
    """Base class: every error raised by the library has a code and an actionable sentence."""

    def __init__(self, code: Codes, **kwargs: object) -> None:
        self.code = code
        self.kwargs = kwargs
        self.reason = code.value.format(**kwargs)
        super().__init__(code.format(**kwargs))


class InputError(DiscourseError):
    """One input cannot be used. ``status`` says how it ends in the accounting:
    ``skipped`` (nothing to analyse, e.g. empty or needs OCR) or ``failed`` (broken)."""

    def __init__(self, code: Codes, status: str = "failed", **kwargs: object) -> None:
        if status not in ("skipped", "failed"):
            raise ValueError(status)
        self.status = status
        super().__init__(code, **kwargs)


class DataFileError(DiscourseError):
    """A lexicon, weights or model file is invalid. Fatal: it is the tool's own data."""


class UsageError(DiscourseError):
    """The caller asked for something that cannot be done (unknown trait, language...)."""
