"""``discourse_paragraphs``: a sentence never runs across a paragraph break, nor out of a
heading, byline or list line into the next line. Statistical sentence splitters are trained
on running prose and glue a title, a byline and a first sentence together; evidence that
quotes its sentence would then quote all three.

A line break starts a sentence when it is a blank line, or when the next line starts with a
capital letter, a digit or a list mark and the line before does not end inside a sentence
(on a comma, a hyphen, an opening bracket or quote, or a function word such as « et », « de »,
"the"). Hard-wrapped text such as PDF extractions thus stays one sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_LIST_MARKS = {"-", "–", "—", "•", "*", "#"}


class Paragraphs:
    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if token.is_space or not previous.is_space or "\n" not in previous.text:
                continue
            if "\n\n" in previous.text.replace("\r", "") or self._new_line_starts_sentence(doc, token):
                token.is_sent_start = True
        return doc

    @staticmethod
    def _new_line_starts_sentence(doc: Doc, token) -> bool:
        first = token.text[:1]
        if not (first.isupper() or first.isdigit() or token.text in _LIST_MARKS):
            return False
        before = doc[token.i - 2] if token.i >= 2 else None
        return before is None or not (before.text in {",", "-", "(", "«", "“", "'"} or before.is_stop)


@Language.factory("discourse_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Paragraphs:
    return Paragraphs()
