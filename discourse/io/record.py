"""The scored-document record: the canonical output (one JSON line per document).

CSV, Parquet and XLSX are projections of it; ``discourse schema`` prints its JSON Schema.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from discourse.corpus.document import Document, LoadRecord
from discourse.evidence import Evidence, MetadataEvidence
from discourse.scoring.rules import TraitScore

SCHEMA_VERSION = "1.0"


class ScoredDocument(BaseModel):
    """One analysed document (DESIGN.md "Scored document")."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    id: str
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    affiliation: str | None = None
    outlet: str | None = None
    date: str | None = None
    genre: str | None = None
    label: str | None = None
    lang: str
    url: str | None = None
    source: str
    sha256: str
    meta: dict[str, Any] = Field(default_factory=dict)
    load: LoadRecord
    words: int
    advertorial_score: float = Field(ge=0, le=100)
    verdict: str
    consultancy_density: float
    scorer: str
    """``rules:<weights fingerprint>`` or ``model:<fingerprint>``."""
    fingerprint: str = ""
    """Fingerprint of the settings, version, lexicons and weights that produced this
    record; ``analyze --resume`` reuses a record only when it matches."""
    traits: dict[str, TraitScore]
    counter_signals: dict[str, TraitScore]
    alerts: list[str] = Field(default_factory=list)
    """Traits reported whatever the score (predictive_profiling)."""
    reported_discounted: int = 0
    evidence: list[Evidence]
    metadata_evidence: list[MetadataEvidence] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str | None = None
    """The extracted text, only with ``--include-text``."""

    def document_fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in Document.model_fields if name not in ("text", "load", "meta")}

    def to_json(self) -> str:
        """One line of JSON, deterministic (same record → same bytes)."""
        return json.dumps(self.model_dump(mode="json", exclude_none=False), ensure_ascii=False, separators=(",", ":"))

    def top_trait(self) -> str | None:
        best = max(self.traits.items(), key=lambda kv: kv[1].contribution, default=None)
        return best[0] if best and best[1].contribution > 0 else None


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a scored record."""
    schema = ScoredDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"discourse/scored-document/{SCHEMA_VERSION}"
    return schema
