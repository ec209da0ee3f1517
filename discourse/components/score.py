"""``discourse_score``: the advertorial score of a Doc, from the evidence the
``discourse_traits`` component wrote, for users who run the components in their own spaCy
pipeline. ``doc._.discourse_score`` holds the whole ``Score`` (contributions per trait,
verdict, consultancy density, alerts); the analysis API computes the same thing.

    nlp.add_pipe("discourse_normalizer"); nlp.add_pipe("discourse_reported_speech")
    nlp.add_pipe("discourse_traits"); nlp.add_pipe("discourse_score")
    nlp("…")._.discourse_score.advertorial_score
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("discourse_score"):
    Doc.set_extension("discourse_score", default=None)


class ScoreComponent:
    def __init__(self, weights_path: str | None) -> None:
        from pathlib import Path

        from discourse.scoring.weights import DEFAULT_WEIGHTS, load_weights

        self.weights = load_weights(Path(weights_path) if weights_path else DEFAULT_WEIGHTS)

    def __call__(self, doc: Doc) -> Doc:
        # imported here: discourse.evidence imports the components package itself
        from discourse.evidence import doc_evidence, doc_metadata_evidence
        from discourse.scoring.rules import score_evidence

        words = sum(1 for t in doc if not (t.is_punct or t.is_space))
        doc._.discourse_score = score_evidence(doc_evidence(doc), words, doc_metadata_evidence(doc), doc.lang_, self.weights)
        return doc


@Language.factory(
    "discourse_score",
    assigns=["doc._.discourse_score"],
    requires=["doc.spans"],
    default_config={"weights_path": None},
)
def make_score(nlp: Language, name: str, weights_path: str | None) -> ScoreComponent:
    return ScoreComponent(weights_path)
