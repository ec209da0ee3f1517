"""discourse_score in a user's own spaCy pipeline gives the analysis API's score."""

import pytest
import spacy

from discourse import score_text

TEXT = (
    "Simplifier, outiller et optimiser : voilà la feuille de route. Le désilotage des services "
    "et une plateforme unique de données permettront d'économiser 2 milliards d'euros. Il est temps d'agir."
)


@pytest.mark.model
def test_score_component_in_a_users_pipeline(nlp_fr):
    nlp = spacy.load("fr_core_news_sm", exclude=["parser", "ner"])
    nlp.enable_pipe("senter")
    for name in ("discourse_normalizer", "discourse_reported_speech", "discourse_traits", "discourse_score"):
        nlp.add_pipe(name)
    doc = nlp(TEXT)
    assert len(doc.spans["slogan_verbs"]) == 1
    score = doc._.discourse_score
    reference = score_text(TEXT, lang="fr")
    assert score.advertorial_score == reference.advertorial_score
    assert score.traits["buzzwords"].count == reference.traits["buzzwords"].count
