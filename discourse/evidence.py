"""Evidence: what the trait components found, as plain records with exact offsets.

``document.text[start_char:end_char] == evidence.text`` always.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Evidence(BaseModel):
    """One evidence span (DESIGN.md "Evidence")."""

    model_config = ConfigDict(extra="forbid")

    trait: str
    rule: str
    category: str = "default"
    text: str
    start_char: int
    end_char: int
    sentence: str
    reported: bool
    weight: float = 1.0
    """In the scored record: the points-per-occurrence multiplier actually applied
    (lexicon entry weight × reported-speech discount)."""
    attrs: dict[str, Any] = Field(default_factory=dict)
    points: float = 0.0
    """In the scored record: this span's share of its trait's contribution
    (contribution × weight / weighted count), so the evidence points add up to the score."""


class MetadataEvidence(BaseModel):
    """A trait signal read from the document metadata (no offsets: it is not in the text)."""

    model_config = ConfigDict(extra="forbid")

    trait: str
    rule: str
    field: str
    value: str
    category: str = "default"
    weight: float = 1.0
    points: float = 0.0


def doc_evidence(doc: Doc, offset: int = 0) -> list[Evidence]:
    """Every trait and counter-signal span of ``doc``, in catalogue then text order.
    ``offset`` shifts character offsets (for documents processed in chunks)."""
    # imported here: the evidence models are read by light modules (records, resume)
    from discourse.components.reported_speech import is_reported, reported_mask
    from discourse.traits import registered

    mask = reported_mask(doc)
    info = doc._.evidence_info or {}
    has_sents = doc.has_annotation("SENT_START")
    found: list[Evidence] = []
    for trait in registered(lang=doc.lang_):
        for span in doc.spans.get(trait.id, []):
            details = info.get((trait.id, span.start, span.end), {})
            sentence = span.sent.text if has_sents else span.text
            focus = details.get("focus") or (span.start, span.end)
            found.append(
                Evidence(
                    trait=trait.id,
                    rule=span.id_ or f"{trait.id}/?",
                    category=details.get("category", "default"),
                    text=span.text,
                    start_char=span.start_char + offset,
                    end_char=span.end_char + offset,
                    sentence=sentence.strip(),
                    reported=is_reported(mask, *focus),
                    weight=details.get("weight", 1.0),
                    attrs=details.get("attrs", {}),
                )
            )
    return found


def doc_metadata_evidence(doc: Doc) -> list[MetadataEvidence]:
    return [MetadataEvidence(**item) for item in (doc._.metadata_evidence or [])]
