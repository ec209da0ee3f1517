"""`foreign_benchmark`: a foreign place or a peer group (« les pays nordiques », « nos voisins »,
« à l'étranger ») in the same sentence as a percentage or a multiplier, with no source cue.

Places come from the gazetteer in ``lexicons/<lang>/foreign_benchmark.toml`` (categories
``place`` and ``peer``: the pipeline has no NER); figures from ``figures.py``; source cues
from ``unsourced_figures.toml`` (``source_cue``). The evidence is the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from discourse.traits.base import Trait, TraitContext, register
from discourse.traits.figures import doc_figures, is_sourced, sentences, source_cues
from discourse.traits.matching import Hit, longest_first


@register
class ForeignBenchmark(Trait):
    id = "foreign_benchmark"
    order = 50
    label = "Foreign benchmarks"

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        places = longest_first(context.matches.kept())
        if not places:
            return []
        kinds = tuple(context.lexicon.params.get("figure_kinds", ("percent", "multiplier")))
        figures = doc_figures(doc, context.lang, kinds)
        cues = source_cues(context.all_matches)
        hits = []
        for start, end in sentences(doc):
            here = [p for p in places if start <= p.start < end]
            located = [(a, b, fig) for a, b, fig in figures if start <= a < end]
            numbers = [fig for _, _, fig in located]
            if not here or not numbers or is_sourced(doc, start, end, cues):
                continue
            attrs = {
                "places": [doc[p.start : p.end].text for p in here],
                "figures": [fig.text for fig in numbers],
            }
            # the figure decides whether the sentence is reported: « Elle cite « 15 % » » is quoted
            focus = (located[0][0], located[0][1])
            hits.append(Hit(start, end, here[0].rule, here[0].category, 1.0, attrs, focus))
        return hits
