"""concreteness: each concrete cue with its category."""

from __future__ import annotations

import pytest

from discourse.traits import TRAITS
from tests.conftest import run


def _found(doc):
    return [(s.text, doc._.evidence_info[("concreteness", s.start, s.end)]["category"]) for s in doc.spans["concreteness"]]


def test_is_a_counter_signal():
    cls = TRAITS["concreteness"]
    assert cls.kind == "counter" and cls.consultancy is False


@pytest.mark.model
def test_categories(nlp_fr):
    doc = run(nlp_fr, "Le 3 juin 2024, à Tourcoing, douze éducateurs ont rencontré la PMI.")
    assert _found(doc) == [
        ("3 juin 2024", "date"),
        ("Tourcoing", "place"),
        ("douze éducateurs", "count"),
        ("PMI", "institution"),
    ]


@pytest.mark.model
def test_foreign_capital_is_left_to_benchmarks(nlp_fr):
    doc = run(nlp_fr, "À Londres comme à Stockholm, les services ont été transformés.")
    assert _found(doc) == []


@pytest.mark.model
def test_quoted_first_person_account(nlp_fr):
    doc = run(nlp_fr, "« J'ai attendu six mois une place », dit une mère.")
    assert ("J'ai attendu six mois une place", "testimony") in _found(doc)
