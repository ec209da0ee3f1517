"""`attribution` (counter-signal): sourcing and many voices.

Source prepositions (« selon X », « d'après X », "according to X", minus the author's own
voice: « selon nous »), reporting verbs with a named third-person subject or an inverted
named speaker (« », explique Marie Dupont »), « interrogé par », « source : », links,
footnote marks and « rapport de <institution> » (the institutions come from the
concreteness gazetteer). Evidence is the cue; attrs carry the source name when simple.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from discourse.traits.base import (
    Trait,
    TraitContext,
    doc_text,
    register,
    sentence_bounds,
)
from discourse.traits.matching import Hit, longest_first

URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>«»\"]+")
FOOTNOTE_RE = re.compile(r"\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_QUOTE_ENDS = {",", "»", "”", '"', "’"}


@register
class Attribution(Trait):
    id = "attribution"
    order = 200
    label = "Attribution"
    kind = "counter"
    consultancy = False

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        params = context.lexicon.params
        hits = [_with_source(doc, h) if h.category == "source" else h for h in context.matches.kept()]
        hits.extend(reporting_verbs(doc, params))
        hits.extend(document_sources(doc, context))
        hits.extend(_char_hits(doc, URL_RE, "lien", "link", strip=".,;:)]»"))
        hits.extend(_char_hits(doc, FOOTNOTE_RE, "note", "footnote"))
        return longest_first(hits)


def reporting_verbs(doc: Doc, params: dict) -> list[Hit]:
    """« », explique Marie Dupont », « la ministre a déclaré », "said Jane Holt"."""
    forms = set(params.get("verb_forms", []))
    participles = set(params.get("participles", []))
    auxiliaries = set(params.get("auxiliaries", []))
    object_verbs = set(params.get("object_verbs", []))
    hits = []
    for token in doc:
        lower = token.lower_
        if lower not in forms and lower not in participles and lower not in object_verbs:
            continue
        i = token.i
        name_end = _name_end(doc, i + 1)
        if lower in forms and i > 0 and doc[i - 1].text in _QUOTE_ENDS and name_end > i + 1:
            name = doc[i + 1 : name_end].text
            hits.append(Hit(i, name_end, f"verbe/{lower}", "speaker", 1.0, {"source": name}))
            continue
        if lower in object_verbs and name_end > i + 1:
            name = doc[i + 1 : name_end].text
            hits.append(Hit(i, name_end, f"verbe/{lower}", "speaker", 1.0, {"source": name}))
            continue
        start = i
        if lower in participles:
            if i == 0 or doc[i - 1].lower_ not in auxiliaries:
                continue
            start = i - 1
        elif lower not in forms:
            continue
        if _named_subject(doc, start, params):
            hits.append(Hit(start, i + 1, f"verbe/{lower}", "speaker", 1.0))
    return hits


def document_sources(doc: Doc, context: TraitContext) -> list[Hit]:
    """« rapport de la Cour des comptes », "a study by the Nuffield Trust"."""
    params = context.lexicon.params
    nouns = set(params.get("document_nouns", []))
    links = set(params.get("document_links", []))
    articles = set(params.get("articles", []))
    institutions = [
        h for h in context.all_matches.get("concreteness", _Empty()).kept() if h.category == "institution"
    ]
    hits = []
    for token in doc:
        if token.lower_ not in nouns and token.lemma_.lower() not in nouns:
            continue
        j = token.i + 1
        if j >= len(doc) or (doc[j].norm_ or doc[j].lower_) not in links:
            continue
        j += 1
        if j < len(doc) and (doc[j].norm_ or doc[j].lower_) in articles:
            j += 1
        known = next((h for h in institutions if h.start == j), None)
        end = known.end if known else _name_end(doc, j)
        if end > j:
            source = doc[j:end].text
            hits.append(Hit(token.i, end, f"document/{token.lemma_.lower()}", "document", 1.0, {"source": source}))
    return hits


class _Empty:
    def kept(self) -> list[Hit]:
        return []


def _named_subject(doc: Doc, verb_start: int, params: dict) -> bool:
    """The word before the verb is a capitalised name (not opening the sentence) or a
    role noun (« la ministre », « le rapport »)."""
    if verb_start == 0:
        return False
    before = doc[verb_start - 1]
    roles = set(params.get("role_nouns", []))
    if before.lower_ in roles or before.lemma_.lower() in roles:
        return True
    sent_start, _ = sentence_bounds(doc, verb_start)
    pronouns = set(params.get("pronouns", []))
    return (before.is_title or before.is_upper) and before.i > sent_start and before.lower_ not in pronouns


def _name_end(doc: Doc, start: int, limit: int = 4) -> int:
    """End of the capitalised words from ``start`` (« Marie Dupont », « Nuffield Trust »)."""
    end = start
    while end < len(doc) and end - start < limit and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
        end += 1
    return end


def _with_source(doc: Doc, hit: Hit) -> Hit:
    """« selon l'Insee » → attrs {"source": "Insee"} when capitalised words follow."""
    j = hit.end
    while j < len(doc) and j - hit.end < 2 and not (doc[j].is_title or doc[j].is_upper):
        j += 1
    end = _name_end(doc, j)
    if end == j:
        return hit
    return Hit(hit.start, hit.end, hit.rule, hit.category, hit.weight, {"source": doc[j:end].text})


def _char_hits(doc: Doc, pattern: re.Pattern, rule: str, category: str, strip: str = "") -> list[Hit]:
    hits = []
    for match in pattern.finditer(doc_text(doc)):
        start, end = match.start(), match.end()
        while end > start and doc_text(doc)[end - 1] in strip:
            end -= 1
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            hits.append(Hit(span.start, span.end, rule, category))
    return hits
