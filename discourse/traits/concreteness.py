"""`concreteness` (counter-signal): specific facts.

Full dates, named French places (gazetteer of cities, departments and regions, and a
capitalised name after « à »), named institutions, precise counts of concrete things
(« quatorze éducateurs », « 37 lits »), field testimony (« raconte », « témoigne ») and
first-person accounts quoted between quotation marks. There is no NER in the pipeline:
places and institutions come from the lexicon's gazetteers and token patterns.

Lexicon categories: ``date``, ``place``, ``institution``, ``count``, ``testimony``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from discourse.traits.base import Trait, TraitContext, register
from discourse.traits.matching import Hit, longest_first

QUOTATION_GROUP = "reported_speech"


@register
class Concreteness(Trait):
    id = "concreteness"
    order = 220
    label = "Concreteness"
    kind = "counter"
    consultancy = False

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        hits = []
        for hit in context.matches.kept():
            if hit.rule == "à_nom_propre":
                # the place, not its preposition: « à Roubaix » → « Roubaix »
                hit = Hit(hit.start + 1, hit.end, hit.rule, hit.category, hit.weight)
            hits.append(hit)
        first_person = {w.lower() for w in context.lexicon.params.get("first_person", [])}
        hits.extend(quoted_testimony(doc, first_person))
        return longest_first(hits)


def quoted_testimony(doc: Doc, first_person: set[str]) -> list[Hit]:
    """Quotations that open on a first-person singular pronoun (« Je suis arrivée… »)."""
    hits = []
    for span in doc.spans.get(QUOTATION_GROUP, []):
        if span.label_ != "quotation":
            continue
        words = [t for t in span if t.is_alpha or "'" in t.norm_]
        if words and (words[0].norm_ or words[0].lower_).lower() in first_person:
            end = span.end
            while end > span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1  # the comma before the closing quote is not part of the account
            hits.append(Hit(span.start, end, "témoignage_cité", "testimony"))
    return hits
