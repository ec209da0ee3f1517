"""predictive_profiling: sentence evidence, its cues and data words, always reported."""

from __future__ import annotations

import pytest

from discourse.traits import TRAITS
from tests.conftest import run


def test_always_reported():
    assert TRAITS["predictive_profiling"].always_report is True


def _evidence(doc):
    spans = list(doc.spans["predictive_profiling"])
    return [(s.text, doc._.evidence_info[("predictive_profiling", s.start, s.end)]) for s in spans]


@pytest.mark.model
def test_sentence_with_cues_and_data(nlp_fr):
    doc = run(nlp_fr, "Rien à signaler. Notre modèle prédictif croise les données pour repérer les familles les plus à risque.")
    ((text, info),) = _evidence(doc)
    assert text.startswith("Notre modèle prédictif") and text.endswith("risque.")
    assert info["attrs"]["cues"] == ["modèle prédictif", "familles les plus à risque"]
    assert info["attrs"]["data"] == ["croise", "données"]
    assert doc.spans["predictive_profiling"][0].id_ == "predictive_profiling/outil_prédictif"


@pytest.mark.model
def test_a_cue_alone_is_not_enough(nlp_fr):
    doc = run(nlp_fr, "Le repérage précoce passe par la présence des éducateurs.")
    assert _evidence(doc) == []


@pytest.mark.model
def test_data_in_another_sentence_does_not_count(nlp_fr):
    doc = run(nlp_fr, "Le repérage précoce passe par les éducateurs. Les données restent au département.")
    assert _evidence(doc) == []


@pytest.mark.model
def test_english_reduced_mode(nlp_en):
    doc = run(nlp_en, "The algorithm gives every household a risk score. Nothing else changed.")
    assert [s.text for s in doc.spans["predictive_profiling"]] == ["The algorithm gives every household a risk score."]
