"""`unsourced_figures`: a percentage, multiplier or amount in a sentence with no attribution
cue (« selon », « d'après », « étude de », a link, a footnote mark).

The figures come from ``figures.py``; the source cues are the ``source_cue`` entries of
``lexicons/<lang>/unsourced_figures.toml`` (read by ``foreign_benchmark`` too). The
evidence is the sentence; ``attrs["figures"]`` lists the figures as written.
"""

from __future__ import annotations

from spacy.tokens import Doc

from discourse.traits.base import Trait, TraitContext, register
from discourse.traits.figures import doc_figures, is_sourced, sentences, source_cues
from discourse.traits.matching import Hit


@register
class UnsourcedFigures(Trait):
    id = "unsourced_figures"
    order = 140
    label = "Unsourced figures"

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        kinds = tuple(context.lexicon.params.get("kinds", ("amount", "percent", "multiplier")))
        figures = doc_figures(doc, context.lang, kinds)
        cues = source_cues(context.all_matches or {"unsourced_figures": context.matches})
        hits = []
        for start, end in sentences(doc):
            located = [(a, b, fig) for a, b, fig in figures if start <= a < end]
            inside = [fig for _, _, fig in located]
            if not inside or is_sourced(doc, start, end, cues):
                continue
            attrs = {"figures": [fig.text for fig in inside], "values": [fig.attrs() for fig in inside]}
            # the figure, not the whole sentence, decides whether it is reported speech
            focus = (located[0][0], located[0][1])
            hits.append(Hit(start, end, inside[0].kind, inside[0].kind, 1.0, attrs, focus))
        return hits
