"""slogan_verbs: the slogan shape, the verbs' base forms, and ordinary infinitives."""

from __future__ import annotations

import pytest

from discourse.traits.slogan_verbs import imperative_infinitives
from tests.conftest import run

pytestmark = pytest.mark.model


def _slogans(doc):
    info = doc._.evidence_info
    return [(s.text, info[("slogan_verbs", s.start, s.end)]["attrs"]["verbs"]) for s in doc.spans["slogan_verbs"]]


def test_french_list_items_give_the_infinitives(nlp_fr):
    doc = run(nlp_fr, "Nos trois priorités\n- Simplifier, outiller et optimiser\n- Prévenir et partager\n")
    assert _slogans(doc) == [
        ("Simplifier, outiller et optimiser", ["simplifier", "outiller", "optimiser"]),
        ("Prévenir et partager", ["prévenir", "partager"]),
    ]


def test_imperatives_are_brought_back_to_infinitives(nlp_fr):
    doc = run(nlp_fr, "Prévenez, partagez, agissez !")
    assert _slogans(doc) == [("Prévenez, partagez, agissez", ["prévenir", "partager", "agir"])]


@pytest.mark.parametrize(
    "text",
    [
        "Pour y arriver, il faut simplifier et outiller les équipes du département.",
        "Les élus veulent prévenir et partager les risques.",
        "Savoir-faire et faire-savoir, deux mots qui reviennent.",
        "Simplifier les démarches administratives des familles nombreuses reste un vœu pieux.",
        "Prévenir, partager, agir, repérer, suivre : la liste est trop longue pour un slogan.",
    ],
)
def test_not_slogans_in_french(nlp_fr, text):
    assert _slogans(run(nlp_fr, text)) == []


def test_english_reduced_mode_uses_the_verb_list(nlp_en):
    doc = run(nlp_en, "Our approach: prevent, share and act.\nCare and support\nPlan and design")
    assert _slogans(doc) == [("prevent, share and act", ["prevent", "share", "act"])]


@pytest.mark.parametrize(
    ("form", "expected"),
    [("partagez", "partager"), ("agissons", "agir"), ("prévenez", "prévenir"), ("construisez", None)],
)
def test_imperative_infinitives(form, expected):
    candidates = imperative_infinitives(form)
    if expected is None:
        assert "construire" not in candidates
    else:
        assert expected in candidates
