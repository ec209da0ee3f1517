"""``discourse_normalizer``: writes a typographically normalised NORM on each token
(apostrophes, guillemets, quotes, no-break spaces, ligatures); never changes the text.

It runs after the statistical components, whose features read the model's own NORM.
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from discourse.lang.normalize import normalize


class Normalizer:
    def __init__(self) -> None:
        self._cache: dict[int, str] = {}  # normalised form per ORTH hash

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        cache = self._cache
        for i, (orth, norm) in enumerate(doc.to_array([ORTH, NORM])):
            orth = int(orth)
            wanted = cache.get(orth)
            if wanted is None:
                wanted = cache[orth] = normalize(strings[orth])
            if strings[int(norm)] != wanted:
                doc[i].norm_ = wanted
        return doc


@Language.factory("discourse_normalizer", assigns=["token.norm"])
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    return Normalizer()
