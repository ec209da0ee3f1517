"""``discourse_reported_speech``: marks the stretches of a text that report someone
else's words, as spans in ``doc.spans["reported_speech"]``:

- ``quotation``: between « », “ ” or straight double quotes (balanced, possibly across
  sentences; an unclosed quote ends at the paragraph break);
- ``reporting_clause``: the ``que``/``that`` clause of a reporting verb (« X explique que… »),
  unless the speaker is the author (je, nous, on / I, we);
- ``source_clause``: the sentence attributed by ``selon X`` / ``d'après X`` /
  ``according to X``, unless X is the author (« selon nous »).

Evidence whose tokens lie mostly inside these spans is flagged ``reported``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from discourse.lang import get_language
from discourse.traits.base import doc_text, sentence_bounds, token_strings

GROUP = "reported_speech"
_PAIRS = {"«": "»", "“": "”", "„": "“"}
_QUOTE_RE = re.compile(r'[«»“”„"]')
_PARAGRAPH_RE = re.compile(r"\n\s*\n")
_AUTHOR_SUBJECTS = {"je", "j'", "nous", "on", "i", "we", "il faut"}
_COMPLEMENTIZERS = {"que", "qu'", "that"}


def quotation_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges strictly inside balanced quotation marks (outermost only)."""
    ranges: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight_open: int | None = None
    paragraph_ends = [m.start() for m in _PARAGRAPH_RE.finditer(text)] + [len(text)]

    def paragraph_end(pos: int) -> int:
        return next(p for p in paragraph_ends if p >= pos)

    for match in _QUOTE_RE.finditer(text):
        char, pos = match.group(), match.start()
        if stack and paragraph_end(stack[0][1]) < pos:
            # an unclosed quote ends at its paragraph break
            ranges.append((stack[0][1] + 1, paragraph_end(stack[0][1])))
            stack.clear()
        if char == '"':
            if straight_open is None:
                straight_open = pos
            else:
                if not stack:
                    ranges.append((straight_open + 1, pos))
                straight_open = None
        elif stack and char == _PAIRS.get(stack[-1][0]):
            opener = stack.pop()
            if not stack:
                ranges.append((opener[1] + 1, pos))
        elif char in _PAIRS:
            stack.append((char, pos))
    if stack:
        ranges.append((stack[0][1] + 1, paragraph_end(stack[0][1])))
    return sorted(ranges)


class ReportedSpeech:
    def __init__(self, lang: str) -> None:
        settings = get_language(lang)
        self.verbs = settings.reporting_verbs
        self.prepositions = settings.reporting_prepositions
        self.own_voice = settings.own_voice

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[GROUP] = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        for start_char, end_char in quotation_ranges(doc_text(doc)):
            span = doc.char_span(start_char, end_char, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(Span(doc, span.start, span.end, label="quotation"))
        spans.extend(self._reporting_clauses(doc))
        spans.extend(self._source_clauses(doc))
        return sorted(spans, key=lambda s: (s.start, s.end))

    def _reporting_clauses(self, doc: Doc) -> list[Span]:
        found = []
        lowers, norms = token_strings(doc, "LOWER"), token_strings(doc, "NORM")
        lemmas = token_strings(doc, "LEMMA")
        for i, (lemma, lower) in enumerate(zip(lemmas, lowers)):
            if lemma.lower() not in self.verbs and lower not in self.verbs:
                continue
            sent_start, sent_end = sentence_bounds(doc, i)
            window = range(i + 1, min(i + 4, sent_end))
            comp = next((j for j in window if norms[j].lower() in _COMPLEMENTIZERS or lowers[j] in _COMPLEMENTIZERS), None)
            if comp is None or comp + 1 >= sent_end:
                continue
            before = range(max(sent_start, i - 4), i)
            words = {lowers[j] for j in before} | {norms[j] for j in before}
            if words & _AUTHOR_SUBJECTS or "faut" in words:
                continue
            found.append(Span(doc, comp + 1, sent_end, label="reporting_clause"))
        return found

    def _source_clauses(self, doc: Doc) -> list[Span]:
        found = []
        norms = token_strings(doc, "NORM")
        for i in range(len(doc)):
            for words in self.prepositions:
                if tuple(norms[i : i + len(words)]) != words:
                    continue
                after = i + len(words)
                if after < len(doc) and norms[after] in self.own_voice:
                    continue
                sent_start, sent_end = sentence_bounds(doc, i)
                span = self._attributed_part(doc, i, sent_start, sent_end)
                if span is not None:
                    found.append(span)
        return found

    @staticmethod
    def _attributed_part(doc: Doc, i: int, sent_start: int, sent_end: int) -> Span | None:
        """« Selon X, <claim>. » → the claim; « <claim>, selon X. » → the claim."""
        if i - sent_start <= 1:
            comma = next((t.i for t in doc[i:sent_end] if t.text == ","), None)
            if comma is None or comma + 1 >= sent_end:
                return None
            return Span(doc, comma + 1, sent_end, label="source_clause")
        if i > sent_start:
            return Span(doc, sent_start, i, label="source_clause")
        return None


@Language.factory("discourse_reported_speech", assigns=["doc.spans"], requires=["token.norm"])
def make_reported_speech(nlp: Language, name: str) -> ReportedSpeech:
    return ReportedSpeech(nlp.lang)


def reported_mask(doc: Doc) -> list[bool]:
    """Per token: True when it lies inside reported speech."""
    mask = [False] * len(doc)
    for span in doc.spans.get(GROUP, []):
        for i in range(span.start, span.end):
            mask[i] = True
    return mask


def is_reported(mask: list[bool], start: int, end: int) -> bool:
    """A span is reported when at least half of its tokens are."""
    if end <= start:
        return False
    return sum(mask[start:end]) * 2 >= (end - start)
