"""``discourse_normalizer``: writes a typographically normalised NORM on each token
(apostrophes, guillemets, quotes, no-break spaces, ligatures); never changes the text.

It runs after the statistical components, whose features read the model's own NORM.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from discourse.lang.normalize import normalize


class Normalizer:
    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            norm = normalize(token.text)
            if token.norm_ != norm:
                token.norm_ = norm
        return doc


@Language.factory("discourse_normalizer", assigns=["token.norm"])
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer()
