"""`predictive_profiling`: predicting risk about people.

A sentence counts when it holds a predictive cue (« modèle prédictif », « score de
risque », « identifier les enfants les plus à risque », « repérage précoce ») together with
either data vocabulary (« données », « algorithme », « croisement de fichiers ») or a second
kind of cue (a predictive tool *and* a targeting of people). Evidence is the sentence.
Reported on its own whatever the score: what is at stake is the people profiled.

Lexicon categories: ``model`` and ``targeting`` (cues), ``data`` (context only).
Evidence attrs: ``{"cues": [...], "data": [...]}``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from discourse.traits.base import Trait, TraitContext, register, sentence_bounds
from discourse.traits.matching import Hit

CUES = ("model", "targeting")


@register
class PredictiveProfiling(Trait):
    id = "predictive_profiling"
    order = 80
    label = "Predictive profiling"
    always_report = True

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        by_sentence: dict[tuple[int, int], list[Hit]] = {}
        for hit in context.matches.kept():
            by_sentence.setdefault(sentence_bounds(doc, hit.start), []).append(hit)
        hits = []
        for (start, end), found in sorted(by_sentence.items()):
            cues = sorted((h for h in found if h.category in CUES), key=lambda h: h.start)
            data = [h for h in found if h.category == "data" and not any(_inside(h, c) for c in cues)]
            kinds = {h.category for h in cues}
            if not cues or not (data or len(kinds) == len(CUES) or any(_has_data(c, found) for c in cues)):
                continue
            attrs = {
                "cues": [doc[h.start : h.end].text for h in cues],
                "data": [doc[h.start : h.end].text for h in data],
            }
            first = cues[0]
            # the cue decides whether the sentence is reported: a critic quoting « modèle prédictif »
            hits.append(Hit(start, end, first.rule, first.category, max(h.weight for h in cues), attrs, (first.start, first.end)))
        return hits


def _inside(inner: Hit, outer: Hit) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _has_data(cue: Hit, found: list[Hit]) -> bool:
    """« algorithme prédictif » carries its own data word."""
    return any(h.category == "data" and _inside(h, cue) for h in found)
