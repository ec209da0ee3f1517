"""`affiliation`: the author sells what the text recommends.

Evidence in the text: a consulting title joined to a firm (« associée chez Altaris
Conseil », a closing « Directeur associé, Secteur public, Véridia Partners »), a title
right after a person's name, a known consulting firm named outside a sourcing phrase, the
firm's own voice (« notre cabinet », « nos consultants ») and calls to contact. The same
firms and titles found in the document metadata (``authors``, ``affiliation``) are
reported by ``find_metadata``.

Categories: ``byline``, ``title``, ``firm``, ``firm_voice``, ``contact``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from discourse.lexicons import Lexicon
from discourse.traits.base import (
    MetadataHit,
    Trait,
    TraitContext,
    doc_text,
    register,
    sentence_bounds,
)
from discourse.traits.matching import Hit, longest_first

_NAME_WORD = r"[A-ZÀ-Ý][\w'’-]+"


@register
class Affiliation(Trait):
    id = "affiliation"
    order = 90
    label = "Consulting affiliation"

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        params = context.lexicon.params
        kept = context.matches.kept()
        known = [h for h in kept if h.category == "firm"]
        named = [h for h in kept if h.category == "firm_name" and _plausible_firm_name(doc, h, params)]
        named = [h for h in named if not any(_overlap(h, k) for k in known)]
        firms = longest_first(known + named)
        voice = [h for h in kept if h.category in ("firm_voice", "contact")]
        determiners = set(params.get("not_before_title", []))
        titles = [
            h
            for h in kept
            if h.category == "title"
            and not any(_overlap(h, v) for v in voice)
            and not (h.start > 0 and doc[h.start - 1].lower_ in determiners)
        ]
        hits: list[Hit] = []
        used: set[Hit] = set()
        for title in longest_first(titles):
            firm = _firm_near(doc, title, firms, params)
            if firm is not None:
                used.add(firm)
                name = doc[firm.start : firm.end].text
                start, end = min(title.start, firm.start), max(title.end, firm.end)
                hits.append(Hit(start, end, f"byline/{title.rule}", "byline", title.weight, {"firm": name}))
            elif _after_person_name(doc, title, params):
                hits.append(Hit(title.start, title.end, title.rule, "title", title.weight))
        source_cues = set(params.get("source_cues", []))
        standalone = set(params.get("standalone_suffixes", []))
        for firm in firms:
            if firm in used or _after_source_cue(doc, firm, source_cues):
                continue
            if firm.category == "firm_name" and doc[firm.end - 1].text not in standalone:
                continue  # an invented « X Conseil » only counts next to a title
            name = doc[firm.start : firm.end].text
            hits.append(Hit(firm.start, firm.end, firm.rule, "firm", firm.weight, {"firm": name}))
        zones = _byline_lines(doc, params, context.meta.get("title"))
        hits = [_as_mention(doc, h, params, zones) for h in hits]
        hits.extend(voice)
        return longest_first(hits)

    def find_metadata(self, context: TraitContext) -> list[MetadataHit]:
        found: list[MetadataHit] = []
        values: list[tuple[str, str]] = []
        affiliation = context.meta.get("affiliation")
        if isinstance(affiliation, str) and affiliation.strip():
            values.append(("affiliation", affiliation))
        authors = context.meta.get("authors") or []
        if isinstance(authors, str):
            authors = [a.strip() for a in authors.split(";")]
        values.extend(("authors", a) for a in authors if isinstance(a, str) and a.strip())
        for field, value in values:
            found.extend(metadata_signals(field, value, context.lexicon))
        return found


def metadata_signals(field: str, value: str, lexicon: Lexicon) -> list[MetadataHit]:
    """Consulting firms and titles named in one metadata value."""
    text = value.replace("\u2019", "'")
    hits: list[MetadataHit] = []
    firm_found = False
    for entry in lexicon.terms_in("firm"):
        if _contains(text, entry.term, entry.case_sensitive):
            hits.append(MetadataHit(field, value, entry.rule, "firm", entry.weight))
            firm_found = True
    if not firm_found:
        name = invented_firm(text, lexicon.params)
        if name is not None:
            hits.append(MetadataHit(field, value, "firm_name", "firm", 1.0))
    for entry in lexicon.terms_in("title"):
        if _contains(text, entry.term, entry.case_sensitive):
            hits.append(MetadataHit(field, value, entry.rule, "title", entry.weight))
            break
    return hits


def invented_firm(text: str, params: dict) -> str | None:
    """A firm-shaped name (« Altaris Conseil », « Northbridge Partners ») in a short text."""
    suffixes = "|".join(re.escape(s) for s in params.get("firm_suffixes", []))
    if not suffixes:
        return None
    pattern = rf"\b((?:{_NAME_WORD}\s+)?{_NAME_WORD})\s+(?:&\s+)?({suffixes})\b(\s+[\w'’]+)?"
    blocked = set(params.get("not_firm_words", []))
    not_after = set(params.get("not_after_conseil", []))
    for match in re.finditer(pattern, text):
        words = match.group(1).split()
        if any(w.lower() in blocked for w in words):
            continue
        after = (match.group(3) or "").strip().lower()
        if match.group(2) == "Conseil" and (after in not_after or after.startswith(("d'", "d’"))):
            continue
        return f"{match.group(1)} {match.group(2)}"
    return None


def _contains(text: str, term: str, case_sensitive: bool) -> bool:
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, flags) is not None


def _overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _byline_lines(doc: Doc, params: dict, title: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of the lines where a byline or signature stands: the first and
    last non-empty lines of the text, when short enough to be a byline, not a paragraph.
    The title line is not a byline (« Réponse à Kaldera Consulting » names a firm)."""
    lines = []
    start = 0
    raw = doc_text(doc).split("\n")
    for number, line in enumerate(raw):
        if line.strip():
            lines.append((start, start + len(line)))
            if len(lines) == 1 and _is_title_line(line, raw[number + 1 : number + 2], title):
                lines.pop()
        start += len(line) + 1
    head, tail = int(params.get("byline_head_lines", 3)), int(params.get("byline_tail_lines", 2))
    chosen = lines[:head] + lines[max(head, len(lines) - tail) :]
    limit = int(params.get("byline_max_words", 45))
    return [(a, b) for a, b in chosen if len(doc_text(doc)[a:b].split()) <= limit]


def _is_title_line(line: str, following: list[str], title: str | None) -> bool:
    text = line.strip().lstrip("#").strip()
    if title and text.casefold() == title.strip().casefold():
        return True
    return bool(following) and not following[0].strip()


def _as_mention(doc: Doc, hit: Hit, params: dict, zones: list[tuple[int, int]]) -> Hit:
    """A byline, title or firm outside the byline lines is a mention of someone's
    affiliation (a critic naming the firm), not the author's own: it weighs less."""
    start_char = doc[hit.start].idx
    if any(a <= start_char < b for a, b in zones):
        return hit
    weight = hit.weight * float(params.get("mention_weight", 0.2))
    return Hit(hit.start, hit.end, f"mention/{hit.rule}", hit.category, weight, hit.attrs, hit.focus)


def _plausible_firm_name(doc: Doc, hit: Hit, params: dict) -> bool:
    """Drops « Conseil départemental », « Conseil d'État » and the like."""
    if doc[hit.end - 1].text != "Conseil" or hit.end >= len(doc):
        return True
    after = doc[hit.end].norm_.lower()
    return after not in set(params.get("not_after_conseil", [])) and not after.startswith("d'")


def _firm_near(doc: Doc, title: Hit, firms: list[Hit], params: dict) -> Hit | None:
    """The firm joined to a title in the same sentence: at most ``firm_window_after``
    tokens after it or ``firm_window_before`` tokens before it."""
    after = int(params.get("firm_window_after", 6))
    before = int(params.get("firm_window_before", 3))
    sent_start, sent_end = sentence_bounds(doc, title.start)
    best: Hit | None = None
    for firm in firms:
        if not (sent_start <= firm.start and firm.end <= sent_end) or _overlap(firm, title):
            continue
        gap = firm.start - title.end if firm.start >= title.end else title.start - firm.end
        limit = after if firm.start >= title.end else before
        if gap <= limit and (best is None or gap < _gap(best, title)):
            best = firm
    return best


def _gap(firm: Hit, title: Hit) -> int:
    return firm.start - title.end if firm.start >= title.end else title.start - firm.end


def _after_person_name(doc: Doc, title: Hit, params: dict) -> bool:
    """« Claire Vasseur, associée » : a title right after a capitalised name and a comma,
    not used as a participle (« associée à »)."""
    if title.start < 2 or doc[title.start - 1].text != ",":
        return False
    name = doc[title.start - 2]
    if not (name.is_title or name.is_upper) or name.is_sent_start:
        return False
    if title.end < len(doc) and doc[title.end].lower_ in set(params.get("not_after_title", [])):
        return False
    return True


def _after_source_cue(doc: Doc, firm: Hit, cues: set[str]) -> bool:
    """« selon McKinsey », « une étude du BCG »: the firm is cited, not speaking."""
    sent_start, _ = sentence_bounds(doc, firm.start)
    window = doc[max(sent_start, firm.start - 4) : firm.start]
    return any((t.norm_ or t.lower_).lower() in cues or t.lemma_.lower() in cues for t in window)
