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


def record_field(record: ScoredDocument, name: str) -> str | None:
    """A metadata value of a record by name (known fields first, then ``meta``), as text.

    >>> # record_field(record, "genre") -> "consultancy_oped"; lists are joined with "; "
    """
    if name in ScoredDocument.model_fields and name not in ("meta", "load", "evidence", "traits", "counter_signals"):
        value = getattr(record, name)
    else:
        value = record.meta.get(name)
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if value is None or value == "":
        return None
    return str(value)


def byline(record: ScoredDocument) -> str:
    """Authors (affiliation), outlet, date: what a reader sees under a title."""
    authors = "; ".join(record.authors)
    if authors and record.affiliation:
        authors = f"{authors} ({record.affiliation})"
    elif record.affiliation:
        authors = record.affiliation
    return " · ".join(x for x in (authors, record.outlet or "", record.date or "") if x)


def counter_signal_line(record: ScoredDocument) -> str:
    """One sentence on the counter-signals found (sourcing, critical stance, concreteness)."""
    found = [(trait, s) for trait, s in record.counter_signals.items() if s.count]
    if not found:
        return "No counter-signal found (no sourcing, critical distance or concrete detail detected)."
    parts = [f"{trait_label(trait).lower()} ×{s.count}" for trait, s in found]
    total = sum(s.contribution for _, s in found)
    return f"Counter-signals: {', '.join(parts)} ({total:+.1f} points)."


def quotes_rather_than_proposes(record: ScoredDocument, trait: str) -> bool:
    """True when the text reports someone else's proposal: every span of ``trait`` is
    quoted, or some are and the text itself is unlikely to be an advertorial (a critique
    that quotes the model, then describes it in its own words)."""
    spans = [e for e in record.evidence if e.trait == trait]
    if not spans:
        return False
    return all(e.reported for e in spans) or (record.verdict == "unlikely" and any(e.reported for e in spans))


def alert_sentence(trait: str, record: ScoredDocument | None = None) -> str:
    """Why an always-reported trait is shown whatever the score; a text that only quotes
    such a proposal (to discuss it) is said to quote it, not to make it."""
    if record is not None and quotes_rather_than_proposes(record, trait):
        return f"{trait_label(trait)}: this text quotes a proposal to predict risk about people; listed whatever the score."
    return f"{trait_label(trait)}: this text proposes to predict risk about people; listed whatever the score."


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address a report may link to, else None."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
