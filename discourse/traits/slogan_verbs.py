"""`slogan_verbs`: action-verb slogans, 2–4 coordinated bare infinitives or imperatives
forming a short segment: a heading, a list item, a colon-introduced list, a sentence
opening or a quoted segment (« Simplifier, outiller et optimiser »; "Prevent, share, act").

There is no parser: the shape is read from segment boundaries (sentence start, line break,
colon, semicolon, quotes, bullets) and from morphology (``VerbForm=Inf``, ``Mood=Imp``).
The model often tags a capitalised infinitive as PROPN, and English reduced mode has no
tags at all, so ``params.verbs`` (base forms) backs the morphology up. The evidence is the
slogan; ``attrs["verbs"]`` lists the verbs' base forms.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from discourse.traits.base import Trait, TraitContext, register
from discourse.traits.matching import Hit

_BOUNDARIES = frozenset(":;«»\"“”„()[]—–•*!?.…") | {"-", "...", "/"}
_VERB_POS = {"VERB", "AUX"}
_NEVER_VERB_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "SYM", "PART"}
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


@dataclass(frozen=True)
class SloganSettings:
    """What the shape reads from the lexicon's ``params``."""

    verbs: frozenset[str]
    noun_verbs: frozenset[str]
    connectors: frozenset[str]
    tail_blockers: frozenset[str]
    min_verbs: int = 2
    max_verbs: int = 4
    max_tail: int = 4
    max_tokens: int = 10
    strong_verbs: int = 3

    @classmethod
    def from_params(cls, params: dict) -> "SloganSettings":
        lower = lambda key: frozenset(w.lower() for w in params.get(key, ()))  # noqa: E731
        return cls(
            verbs=lower("verbs") | lower("noun_verbs"),
            noun_verbs=lower("noun_verbs"),
            connectors=lower("connectors") or frozenset({"et", "ou", "and", "or", "&"}),
            tail_blockers=lower("tail_blockers"),
            min_verbs=int(params.get("min_verbs", 2)),
            max_verbs=int(params.get("max_verbs", 4)),
            max_tail=int(params.get("max_tail", 4)),
            max_tokens=int(params.get("max_tokens", 10)),
            strong_verbs=int(params.get("strong_verbs", 3)),
        )


@register
class SloganVerbs(Trait):
    id = "slogan_verbs"
    order = 10
    label = "Action-verb slogans"

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        settings = SloganSettings.from_params(context.lexicon.params)
        tagged = context.tagged and doc.has_annotation("POS")
        hits: list[Hit] = []
        i = 0
        while i < len(doc):
            hit = slogan_at(doc, i, settings, tagged) if segment_starts(doc, i) else None
            if hit is None:
                i += 1
                continue
            hits.append(hit)
            i = hit.end
        return hits


def is_boundary(token: Token) -> bool:
    """A token that ends or opens a segment: punctuation of that kind, or a line break."""
    return token.text in _BOUNDARIES or (token.is_space and "\n" in token.text)


def segment_starts(doc: Doc, i: int) -> bool:
    """True when token ``i`` opens a segment (a sentence, a line, after a colon or a quote)."""
    token = doc[i]
    if token.is_space or is_boundary(token):
        return False
    return i == 0 or bool(token.is_sent_start) or is_boundary(doc[i - 1])


def slogan_at(doc: Doc, i: int, settings: SloganSettings, tagged: bool) -> Hit | None:
    """The slogan opening at token ``i``, or None."""
    verbs = verb_run(doc, i, settings, tagged)
    if not settings.min_verbs <= len(verbs) <= settings.max_verbs:
        return None
    if not tagged and all(doc[v].lower_ in settings.noun_verbs for v in verbs):
        return None  # "Care and support": nouns as often as verbs
    last = verbs[-1] + 1
    end = _slogan_end(doc, last, len(verbs), settings, tagged)
    if end is None or end - i > settings.max_tokens:
        return None
    lemmas = [_base_form(doc[v], settings, tagged) for v in verbs]
    return Hit(i, end, "coordinated_verbs", "infinitive_list" if tagged else "verb_list", 1.0, {"verbs": lemmas})


def verb_run(doc: Doc, i: int, settings: SloganSettings, tagged: bool) -> list[int]:
    """Indices of the coordinated verbs from ``i``: V (, | et | , et) V …"""
    run: list[int] = []
    j = i
    while j < len(doc) and is_bare_verb(doc, j, settings, tagged):
        run.append(j)
        k = j + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ in settings.connectors:
            k += 1
        if k == j + 1 or k >= len(doc) or not is_bare_verb(doc, k, settings, tagged):
            break
        j = k
    return run


def is_bare_verb(doc: Doc, j: int, settings: SloganSettings, tagged: bool) -> bool:
    """An infinitive or imperative: from morphology, else from the verb list."""
    token = doc[j]
    if not token.is_alpha or _in_compound(doc, j):
        return False
    lower = token.lower_
    if not tagged:
        return lower in settings.verbs
    if token.pos_ in _NEVER_VERB_POS:
        return False
    morph = token.morph
    if token.pos_ in _VERB_POS and ("Inf" in morph.get("VerbForm") or "Imp" in morph.get("Mood")):
        return True
    if lower.endswith(_INFINITIVE_ENDINGS) and lower in settings.verbs:
        return True
    return any(candidate in settings.verbs for candidate in imperative_infinitives(lower))


def imperative_infinitives(form: str) -> list[str]:
    """Infinitives a French imperative may come from: ``partagez`` → partager, ``agissons`` → agir."""
    for ending in ("issez", "issons"):
        if form.endswith(ending):
            return [form[: -len(ending)] + "ir"]
    for ending in ("ez", "ons"):
        if form.endswith(ending) and len(form) > len(ending) + 2:
            stem = form[: -len(ending)]
            return [stem + suffix for suffix in ("er", "ir", "re", "oir")]
    return []


def _in_compound(doc: Doc, j: int) -> bool:
    """Part of a hyphenated word such as « savoir-faire » (split by the tokenizer)."""
    glued_after = j + 1 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_
    glued_before = j > 0 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_
    return glued_after or glued_before


def _slogan_end(doc: Doc, last: int, count: int, settings: SloganSettings, tagged: bool) -> int | None:
    """Where the slogan ends: right after its verbs when the segment ends there; after a
    short object (« accompagner les familles ») that runs to the segment end; or, for a list
    of ``strong_verbs`` verbs or more, after the verbs whatever follows."""
    k = last
    while k < len(doc) and not _segment_ends(doc, k):
        if k - last >= settings.max_tail or doc[k].text == "," or _blocks_tail(doc[k], settings, tagged):
            return last if count >= settings.strong_verbs else None
        k += 1
    return k


def _segment_ends(doc: Doc, k: int) -> bool:
    token = doc[k]
    return is_boundary(token) or token.is_space or (k > 0 and bool(token.is_sent_start))


def _blocks_tail(token: Token, settings: SloganSettings, tagged: bool) -> bool:
    """A finite verb after the list makes it a subject (« Lire et écrire sont… »), not a slogan."""
    if token.lower_ in settings.tail_blockers:
        return True
    return tagged and token.pos_ in _VERB_POS and "Inf" not in token.morph.get("VerbForm")


def _base_form(token: Token, settings: SloganSettings, tagged: bool) -> str:
    """The verb's infinitive: its lemma when tagged as a verb, else its form or the
    infinitive its imperative comes from (a PROPN-tagged « Simplifier », « Prévenez »)."""
    lower = token.lower_
    if tagged and token.pos_ in _VERB_POS and token.lemma_:
        return token.lemma_.lower()
    if lower in settings.verbs:
        return lower
    return next((c for c in imperative_infinitives(lower) if c in settings.verbs), lower)
