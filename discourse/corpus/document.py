"""The Document: extracted text plus metadata, as every reader returns it.

``text`` is never modified after loading: every evidence offset points into it.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["ok", "skipped", "failed"]


class LoadRecord(BaseModel):
    """How a document was read: which reader, which encoding, and what to be wary of."""

    model_config = ConfigDict(extra="forbid")

    reader: str
    encoding: str | None = None
    flags: list[str] = Field(default_factory=list)
    """e.g. ``needs_ocr``, ``chunked``, ``replacement_chars``, ``mojibake``, ``html_fallback``."""
    pages: int | None = None
    warnings: list[str] = Field(default_factory=list)


class Document(BaseModel):
    """One text with its metadata (DESIGN.md, "Document")."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    lang: Literal["fr", "en", "und"] = "und"
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    affiliation: str | None = None
    outlet: str | None = None
    date: str | None = None
    genre: str | None = None
    label: str | None = None
    url: str | None = None
    source: str
    sha256: str = ""
    load: LoadRecord
    meta: dict[str, Any] = Field(default_factory=dict)
    """Every other metadata column (CSV/JSONL/manifest), kept for grouping (``--by FIELD``)."""

    def model_post_init(self, __context: Any) -> None:
        if not self.sha256:
            self.sha256 = text_sha256(self.text)

    def field(self, name: str) -> Any:
        """A metadata value by name, from the known fields first, then ``meta``."""
        if name in Document.model_fields and name not in ("text", "load", "meta"):
            value = getattr(self, name)
            if isinstance(value, list):
                return "; ".join(value) if value else None
            return value
        return self.meta.get(name)


class InputStatus(BaseModel):
    """What became of one input in a batch."""

    model_config = ConfigDict(extra="forbid")

    source: str
    status: Status
    reason: str | None = None
    documents: int = 0


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
