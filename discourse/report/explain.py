"""Helpers that pick what to show of a record: strongest evidence, trait labels."""

from __future__ import annotations

from discourse.evidence import Evidence
from discourse.io.record import ScoredDocument
from discourse.traits import TRAITS


def trait_label(trait: str) -> str:
    cls = TRAITS.get(trait)
    return cls.label if cls is not None and cls.label else trait.replace("_", " ")


def strongest_evidence(record: ScoredDocument, limit: int = 5, distinct_traits: bool = False) -> list[Evidence]:
    """Evidence spans carrying the most points (positive traits only), best first."""
    ranked = sorted(
        (e for e in record.evidence if e.points > 0),
        key=lambda e: (-e.points, e.start_char),
    )
    if not distinct_traits:
        return ranked[:limit]
    chosen: list[Evidence] = []
    seen: set[str] = set()
    for item in ranked:
        if item.trait not in seen:
            chosen.append(item)
            seen.add(item.trait)
        if len(chosen) == limit:
            break
    return chosen


def discount_line(record: ScoredDocument, discount: float) -> str | None:
    """A sentence saying how much reported speech was discounted, or None."""
    n = record.reported_discounted
    if not n:
        return None
    return (
        f"{n} evidence span{'s' if n > 1 else ''} inside reported speech (quotations, reported clauses) "
        f"counted at ×{discount:g}: the text quotes this language more than it speaks it."
    )
