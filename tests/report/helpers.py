"""Hand-built scored records for report tests: no pipeline, no model."""

from __future__ import annotations

from discourse.corpus.document import LoadRecord, text_sha256
from discourse.evidence import Evidence
from discourse.io.record import ScoredDocument
from discourse.scoring.rules import TraitScore
from discourse.traits import registered


def span(text: str, phrase: str, trait: str, occurrence: int = 0, reported: bool = False, points: float = 1.0) -> Evidence:
    """Evidence for the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Evidence(
        trait=trait, rule=f"{trait}/{phrase.lower()[:20]}", text=phrase, start_char=start,
        end_char=start + len(phrase), sentence=phrase, reported=reported, points=points,
        weight=0.15 if reported else 1.0,
    )


def make_record(text: str, evidence: list[Evidence], score: float = 40.0, **fields) -> ScoredDocument:
    """A scored record with consistent per-trait counts; contributions = sum of points."""

    def share(trait: str) -> TraitScore:
        mine = [e for e in evidence if e.trait == trait]
        return TraitScore(count=len(mine), reported=sum(e.reported for e in mine), weighted_count=float(len(mine)),
                          per_1000=round(1000 * len(mine) / max(len(text.split()), 1), 3),
                          contribution=round(sum(e.points for e in mine), 3))

    verdict = "likely advertorial" if score >= 50 else "mixed" if score >= 25 else "unlikely"
    values = dict(
        id="doc-1", source="doc-1.txt", lang="fr", sha256=text_sha256(text), load=LoadRecord(reader="text"),
        words=len(text.split()), advertorial_score=score, verdict=verdict, consultancy_density=12.5,
        scorer="rules:test", traits={c.id: share(c.id) for c in registered("trait")},
        counter_signals={c.id: share(c.id) for c in registered("counter")},
        evidence=evidence, reported_discounted=sum(e.reported for e in evidence),
    )
    values.update(fields)
    return ScoredDocument(**values)
