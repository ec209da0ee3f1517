"""The rule-based score: pure functions from evidence to contributions to a score.

>>> # contribution = points × (1 − exp(−x / scale)), x = count or count per 1,000 words
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from discourse.evidence import Evidence, MetadataEvidence
from discourse.scoring.weights import TraitWeight, Weights, load_weights

VERDICTS = ("likely advertorial", "mixed", "unlikely")


class TraitScore(BaseModel):
    """One trait's share of a score."""

    model_config = ConfigDict(extra="forbid")

    count: int
    """Evidence spans (and metadata signals) found, quoted or not."""
    reported: int
    """Of which inside reported speech."""
    weighted_count: float
    """Spans counted with their entry weights, reported ones discounted: what is scored."""
    per_1000: float
    """``weighted_count`` per 1,000 words."""
    contribution: float
    """Points this trait adds to (or, for counter-signals, removes from) the score."""


class Score(BaseModel):
    model_config = ConfigDict(extra="forbid")

    advertorial_score: float
    verdict: str
    consultancy_density: float
    traits: dict[str, TraitScore]
    counter_signals: dict[str, TraitScore]
    reported_discounted: int
    """Evidence spans whose weight was discounted as reported speech."""
    alerts: list[str]
    """Traits reported whatever the score (predictive_profiling)."""
    scorer: str = "rules"


def saturating(x: float, weight: TraitWeight) -> float:
    return weight.points * (1.0 - math.exp(-x / weight.scale))


def offset_rhetoric_only(traits: dict[str, TraitScore], counters: dict[str, TraitScore], weights: Weights) -> dict[str, TraitScore]:
    """Counter-signals offset the language traits, not the ones listed in
    ``weights.not_offset`` (who speaks: a firm's byline stays evidence however sourced the
    text). When they would take away more than the language traits give, every
    counter-signal is scaled down by the same factor, so contributions still add up."""
    rhetoric = sum(t.contribution for trait, t in traits.items() if trait not in weights.not_offset)
    against = -sum(c.contribution for c in counters.values())
    if against <= rhetoric or against <= 0:
        return counters
    factor = max(rhetoric, 0.0) / against
    return {k: c.model_copy(update={"contribution": round(c.contribution * factor, 3)}) for k, c in counters.items()}


def verdict_for(score: float, weights: Weights) -> str:
    return verdict_between(score, weights.verdict.likely, weights.verdict.mixed)


def verdict_between(score: float, likely: float, mixed: float) -> str:
    if score >= likely:
        return VERDICTS[0]
    if score >= mixed:
        return VERDICTS[1]
    return VERDICTS[2]


def applied_weight(evidence: Evidence, weights: Weights) -> float:
    """The multiplier one span counts with: its entry weight, discounted when reported."""
    return evidence.weight * (weights.reported_discount if evidence.reported else 1.0)


def score_evidence(
    evidence: Iterable[Evidence],
    words: int,
    metadata_evidence: Iterable[MetadataEvidence] = (),
    lang: str = "fr",
    weights: Weights | None = None,
) -> Score:
    """Score one document from its evidence. Pure: same evidence, same score."""
    from discourse.traits import registered

    weights = weights or load_weights()
    evidence = list(evidence)
    metadata_evidence = list(metadata_evidence)
    per_thousand = 1000.0 / max(words, 1)
    traits: dict[str, TraitScore] = {}
    counters: dict[str, TraitScore] = {}
    consultancy_spans = 0
    for cls in registered(lang=lang):
        spans = [e for e in evidence if e.trait == cls.id]
        meta = [m for m in metadata_evidence if m.trait == cls.id]
        weighted = sum(applied_weight(e, weights) for e in spans) + sum(m.weight for m in meta)
        weight = weights.for_trait(cls.id)
        x = weighted if weight is None or weight.basis == "count" else weighted * per_thousand
        contribution = saturating(x, weight) if weight is not None else 0.0
        entry = TraitScore(
            count=len(spans) + len(meta),
            reported=sum(e.reported for e in spans),
            weighted_count=round(weighted, 3),
            per_1000=round(weighted * per_thousand, 3),
            contribution=round(contribution, 3),
        )
        (traits if cls.kind == "trait" else counters)[cls.id] = entry
        if cls.consultancy:
            consultancy_spans += len(spans)
    counters = offset_rhetoric_only(traits, counters, weights)
    total = sum(t.contribution for t in traits.values()) + sum(c.contribution for c in counters.values())
    score = round(min(100.0, max(0.0, total)), 1)
    alerts = [cls.id for cls in registered(lang=lang) if cls.always_report and traits.get(cls.id, None) and traits[cls.id].count]
    return Score(
        advertorial_score=score,
        verdict=verdict_for(score, weights),
        consultancy_density=round(consultancy_spans * per_thousand, 2),
        traits=traits,
        counter_signals=counters,
        reported_discounted=sum(e.reported for e in evidence),
        alerts=alerts,
    )
