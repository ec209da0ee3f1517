"""Plain text (.txt) and Markdown (.md, with optional YAML front matter)."""

from __future__ import annotations

import re

from discourse.corpus.document import LoadRecord
from discourse.corpus.encoding import decode_bytes
from discourse.corpus.readers.base import Extracted, clean_metadata
from discourse.errors import Codes, InputError

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def read_txt(data: bytes, name: str) -> Extracted:
    """The decoded text, whole and unchanged; a short first line is taken as the title."""
    decoded = decode_bytes(data)
    record = LoadRecord(reader="txt", encoding=decoded.encoding, flags=decoded.flags, warnings=decoded.warnings)
    title = heading_title(decoded.text)
    return Extracted(decoded.text, record, {"title": title} if title else {})


def heading_title(text: str, max_chars: int = 160) -> str | None:
    """The first non-empty line when it reads as a heading: short, followed by a blank
    line, and not ending like a sentence (``.``, ``,``, ``;``)."""
    lines = text.strip().splitlines()
    if len(lines) < 3 or lines[1].strip():
        return None
    first = lines[0].strip().lstrip("#").strip()
    if not first or len(first) > max_chars or first.endswith((".", ",", ";")):
        return None
    return first


def read_markdown(data: bytes, name: str) -> Extracted:
    """The body as text; a YAML front matter block (safe loading only) becomes metadata."""
    decoded = decode_bytes(data)
    record = LoadRecord(reader="md", encoding=decoded.encoding, flags=decoded.flags, warnings=decoded.warnings)
    text, metadata = split_front_matter(decoded.text)
    if "title" not in metadata:
        title = heading_title(text)
        if title:
            metadata["title"] = title
    return Extracted(text, record, metadata)


def split_front_matter(text: str) -> tuple[str, dict]:
    """``(body, metadata)``; text without front matter comes back unchanged."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return text, {}
    import yaml

    try:
        loaded = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        raise InputError(Codes.E014, status="failed", detail=f"invalid YAML front matter: {_first_line(exc)}") from None
    if not isinstance(loaded, dict):
        raise InputError(Codes.E014, status="failed", detail="YAML front matter is not a mapping of fields")
    metadata = clean_metadata({str(k): _plain(v) for k, v in loaded.items()})
    return text[match.end():], metadata


def _plain(value: object) -> object:
    """YAML dates and other scalars as JSON-friendly values."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
