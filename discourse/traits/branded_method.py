"""`branded_method`: branded methods and backronyms.

An acronym next to an expansion whose word initials spell it (« LEILA : Learning,
Evolving, Improving Life outcomes through Analytics », or the expansion first and the
acronym in brackets), when a brand cue stands nearby: a possessive (notre, nos, our), ™/®,
a method noun (méthode, modèle, framework, baromètre…), or an English expansion in a French
text. Institutional acronyms (OMS, CAF, NHS…) are never brands. The lexicon adds phrases
that count on their own (« notre méthode », « our proprietary framework »).

Evidence attrs: ``{"acronym", "expansion"}``.
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc

from discourse.traits.base import Trait, TraitContext, register, sentence_bounds
from discourse.traits.matching import Hit, longest_first

ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
_OPENERS = {":", "(", "-", "–", "—", "=", ","}
_STOPS = {".", ";", "!", "?", ")", "]", "«", "»", '"', "“", "”"}


@register
class BrandedMethod(Trait):
    id = "branded_method"
    order = 100
    label = "Branded method"

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        params = context.lexicon.params
        hits = list(context.matches.kept())
        institutions = {a.upper() for a in params.get("institutions", [])}
        for i, token in enumerate(doc):
            if not ACRONYM_RE.match(token.text) or token.text in institutions:
                continue
            found = _expansion_after(doc, i, params) or _expansion_before(doc, i, params)
            if found is None:
                continue
            start, end, expansion = found
            if not _brand_cue(doc, start, end, expansion, context):
                continue
            attrs = {"acronym": token.text, "expansion": expansion}
            hits.append(Hit(start, end, f"backronym/{token.text}", "backronym", 1.0, attrs))
        return longest_first(hits)


def spells(acronym: str, words: list[str], function_words: set[str], max_skipped: int) -> bool:
    """True when the initials of ``words`` spell ``acronym`` in order. Function words may
    be skipped freely, at most ``max_skipped`` content words; the first and the last word
    must each give a letter.

    >>> spells("LEILA", "Learning Evolving Improving Life outcomes through Analytics".split(), {"through"}, 1)
    True
    """
    letters = _plain(acronym).replace("&", "")
    initials = [_plain(w[0]) for w in words]
    if not letters or not words or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False

    def walk(li: int, wi: int, skipped: int) -> bool:
        if li == len(letters):
            return wi == len(words)
        if wi == len(words):
            return False
        if initials[wi] == letters[li] and walk(li + 1, wi + 1, skipped):
            return True
        if words[wi].lower() in function_words:
            return walk(li, wi + 1, skipped)
        return skipped < max_skipped and walk(li, wi + 1, skipped + 1)

    return walk(0, 0, 0)


def _plain(text: str) -> str:
    """Lowercased, without accents: « É » spells « e »."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(doc: Doc, start: int, end: int) -> list[int]:
    return [t.i for t in doc[start:end] if t.is_alpha]


def _expansion_after(doc: Doc, i: int, params: dict) -> tuple[int, int, str] | None:
    """« LEILA : Learning, … Analytics » or « LEILA (Learning … Analytics) »."""
    j = i + 1
    if j < len(doc) and doc[j].text in {"™", "®"}:
        j += 1
    if j >= len(doc) or doc[j].text not in _OPENERS:
        return None
    _, sent_end = sentence_bounds(doc, i)
    limit = min(sent_end, j + 1 + 3 * len(doc[i].text) + 4)
    stop = next((t.i for t in doc[j + 1 : limit] if t.text in _STOPS), limit)
    indices = _words(doc, j + 1, stop)
    for n in range(len(indices), 1, -1):
        words = [doc[k].text for k in indices[:n]]
        if _is_expansion(doc[i].text, words, params):
            end = indices[n - 1] + 1
            if doc[j].text == "(" and end < len(doc) and doc[end].text == ")":
                end += 1
            return i, end, doc[indices[0] : indices[n - 1] + 1].text
    return None


def _expansion_before(doc: Doc, i: int, params: dict) -> tuple[int, int, str] | None:
    """« Learning, … Analytics (LEILA) »."""
    if i == 0 or doc[i - 1].text != "(" or i + 1 >= len(doc) or doc[i + 1].text != ")":
        return None
    sent_start, _ = sentence_bounds(doc, i)
    limit = max(sent_start, i - 1 - 3 * len(doc[i].text) - 4)
    stop = next((t.i for t in reversed(list(doc[limit : i - 1])) if t.text in _STOPS), limit - 1)
    indices = _words(doc, stop + 1, i - 1)
    for n in range(len(indices), 1, -1):
        chosen = indices[-n:]
        words = [doc[k].text for k in chosen]
        if _is_expansion(doc[i].text, words, params):
            return chosen[0], i + 2, doc[chosen[0] : chosen[-1] + 1].text
    return None


def _is_expansion(acronym: str, words: list[str], params: dict) -> bool:
    function_words = {w.lower() for w in params.get("function_words", [])}
    content = [w for w in words if w.lower() not in function_words]
    if len(content) < max(2, len(acronym) - 2):
        return False
    max_skipped = max(1, len(acronym) // 3)
    return spells(acronym, words, function_words, max_skipped)


def _brand_cue(doc: Doc, start: int, end: int, expansion: str, context: TraitContext) -> bool:
    """A possessive, ™/®, a method noun near the acronym, or an English expansion in French."""
    params = context.lexicon.params
    window = int(params.get("cue_window", 6))
    sent_start, sent_end = sentence_bounds(doc, start)
    around = doc[max(sent_start, start - window) : min(sent_end, end + window)]
    cues = {w.lower() for w in params.get("brand_cues", [])}
    for token in around:
        if token.text in {"™", "®"} or token.lower_ in cues or token.lemma_.lower() in cues:
            return True
    english = {w.lower() for w in params.get("english_markers", [])}
    if context.lang == "fr" and english:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", expansion)]
        return sum(w in english or w.endswith("ing") for w in words) >= 2
    return False
