"""`financial_framing`: money as the argument. Amounts parsed into value and currency
(« 2 milliards d'euros », « 1,5 Md€ », « €300m », « £60m–£80m »), savings and return
vocabulary (économiser, rentabiliser, retour sur investissement; savings, ROI), and a
percentage next to that vocabulary, which weighs more.

Amounts come from ``figures.py``; the vocabulary from ``lexicons/<lang>/financial_framing.toml``.
``params.percent_categories`` names the categories a percentage must stand near, within
``params.percent_window`` tokens in the same sentence, to count (weight ``params.percent_weight``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from discourse.traits.base import Trait, TraitContext, register, sentence_bounds
from discourse.traits.figures import doc_figures
from discourse.traits.matching import Hit


@register
class FinancialFraming(Trait):
    id = "financial_framing"
    order = 40
    label = "Financial framing"

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        params = context.lexicon.params
        phrases = context.matches.kept()
        figures = doc_figures(doc, context.lang, ("amount", "percent"))
        amounts = [
            Hit(start, end, "amount", "amount", 1.0, fig.attrs())
            for start, end, fig in figures
            if fig.kind == "amount"
        ]
        near = set(params.get("percent_categories", ["savings", "return"]))
        window = int(params.get("percent_window", 6))
        weight = float(params.get("percent_weight", 1.5))
        percents = [
            Hit(start, end, "percent_with_savings", "savings_percent", weight, fig.attrs())
            for start, end, fig in figures
            if fig.kind == "percent" and _near(doc, start, end, [h for h in phrases if h.category in near], window)
        ]
        return _first_come(amounts + percents, sorted(phrases, key=lambda h: (-(h.end - h.start), h.start)))


def _near(doc: Doc, start: int, end: int, hits: list[Hit], window: int) -> bool:
    """A hit in the same sentence as ``[start, end)`` and at most ``window`` tokens away."""
    sent_start, sent_end = sentence_bounds(doc, start)
    for hit in hits:
        if hit.start < sent_start or hit.end > sent_end:
            continue
        gap = max(hit.start - end, start - hit.end, 0)
        if gap <= window:
            return True
    return False


def _first_come(figures: list[Hit], phrases: list[Hit]) -> list[Hit]:
    """Figures first, then phrases that overlap none. A phrase that overlaps exactly one
    figure is merged with it (« une économie de 2 milliards d'euros »): one hit over both,
    with the figure's rule and attributes."""
    chosen: list[Hit] = []
    for fig in figures:
        if all(fig.end <= c.start or c.end <= fig.start for c in chosen):
            chosen.append(fig)
    figure_count = len(chosen)
    for phrase in phrases:
        overlapping = [i for i, c in enumerate(chosen) if c.start < phrase.end and phrase.start < c.end]
        if not overlapping:
            chosen.append(phrase)
        elif len(overlapping) == 1 and overlapping[0] < figure_count:
            fig = chosen[overlapping[0]]
            attrs = {**(fig.attrs or {}), "phrase": phrase.rule}
            start, end = min(fig.start, phrase.start), max(fig.end, phrase.end)
            chosen[overlapping[0]] = Hit(start, end, fig.rule, fig.category, fig.weight, attrs)
    return sorted(chosen, key=lambda h: (h.start, h.end))
