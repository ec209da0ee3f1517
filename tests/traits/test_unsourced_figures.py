"""unsourced_figures: one sentence per unsourced figure group; source cues cancel it."""

from __future__ import annotations

import pytest

from tests.conftest import run

pytestmark = pytest.mark.model


def _sentences(doc):
    info = doc._.evidence_info
    return [(s.text, info[("unsourced_figures", s.start, s.end)]["attrs"]["figures"]) for s in doc.spans["unsourced_figures"]]


def test_only_the_unsourced_sentence_is_evidence(nlp_fr):
    text = (
        "Selon la Drees, 12 % des enfants placés ont moins de six ans. "
        "Le dispositif ferait baisser les placements de 25 % et coûterait 3 M€ par an. "
        "Claire Roux, 52 ans, dirige l'équipe depuis 2018."
    )
    assert _sentences(run(nlp_fr, text)) == [
        ("Le dispositif ferait baisser les placements de 25 % et coûterait 3 M€ par an.", ["25 %", "3 M€"])
    ]


def test_cue_words_are_not_evidence_themselves(nlp_fr):
    doc = run(nlp_fr, "D'après une enquête de l'Insee, la pauvreté touche 14 % des ménages.")
    assert _sentences(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        "Selon nous, les délais pourraient être divisés par deux.",
        "Notre étude montre que 40 % des dépenses sont évitables.",
        "La prévention est source d'économies : 30 % des coûts disparaissent.",
    ],
)
def test_self_citation_is_no_source(nlp_fr, text):
    assert len(_sentences(run(nlp_fr, text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Le taux a baissé de 6 points de pourcentage [3].",
        "Le taux a baissé de 6 %¹.",
        "Le taux a baissé de 6 % (voir https://example.org/taux).",
    ],
)
def test_reference_marks_are_sources(nlp_fr, text):
    assert _sentences(run(nlp_fr, text)) == []


def test_english(nlp_en):
    doc = run(nlp_en, "Figures from the council show a 4% rise. Three times more families now get help.")
    assert _sentences(doc) == [("Three times more families now get help.", ["Three times more"])]
