"""branded_method: the initials aligner (pure) and the acronym/expansion attrs."""

from __future__ import annotations

import pytest

from discourse.traits.branded_method import spells
from tests.conftest import run

FUNCTION = {"of", "for", "through", "and", "the", "de", "des", "pour", "la", "le"}


@pytest.mark.parametrize(
    ("acronym", "expansion", "expected"),
    [
        ("LEILA", "Learning Evolving Improving Life outcomes through Analytics", True),
        ("SIPF", "Suivi Intégré des Parcours Familiaux", True),
        ("PACTE", "Pilotage Accompagnement Coordination Territoires Évaluation", True),
        ("LEILA", "Learning Evolving Analytics", False),
        ("CAP", "Prévenir Accompagner Coordonner", False),
        ("STAR", "Screen Triage of the many unrelated words Act Review", False),
    ],
)
def test_spells(acronym, expansion, expected):
    assert spells(acronym, expansion.split(), FUNCTION, max_skipped=1) is expected


@pytest.mark.model
def test_backronym_attrs(nlp_en):
    doc = run(nlp_en, "Our tool, LEILA: Learning, Evolving, Improving Life outcomes through Analytics, is new.")
    (span,) = doc.spans["branded_method"]
    attrs = doc._.evidence_info[("branded_method", span.start, span.end)]["attrs"]
    assert attrs == {"acronym": "LEILA", "expansion": "Learning, Evolving, Improving Life outcomes through Analytics"}
    assert span.id_ == "branded_method/backronym/LEILA"


@pytest.mark.model
def test_institution_with_brand_cue_is_not_a_brand(nlp_fr):
    doc = run(nlp_fr, "Notre démarche s'appuie sur la CAF (caisse d'allocations familiales) du Nord.")
    assert [s.text for s in doc.spans["branded_method"]] == []


@pytest.mark.model
def test_acronym_without_cue_is_not_a_brand(nlp_fr):
    doc = run(nlp_fr, "Le PACTE (Pilotage, Accompagnement, Coordination, Territoires, Évaluation) a été voté.")
    assert list(doc.spans["branded_method"]) == []
