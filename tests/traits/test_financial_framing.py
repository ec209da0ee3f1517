"""financial_framing: parsed amounts, savings vocabulary, weighted percentages."""

from __future__ import annotations

import pytest

from tests.conftest import run

pytestmark = pytest.mark.model


def _evidence(doc):
    info = doc._.evidence_info
    return [(s.text, info[("financial_framing", s.start, s.end)]) for s in doc.spans["financial_framing"]]


def test_amount_attrs(nlp_fr):
    doc = run(nlp_fr, "Le plan coûterait 1,5 Md€ et rapporterait 2 milliards d'euros.")
    attrs = [(text, e["attrs"]["value"], e["attrs"]["currency"]) for text, e in _evidence(doc)]
    assert attrs == [("1,5 Md€", 1.5e9, "EUR"), ("2 milliards d'euros", 2e9, "EUR")]


def test_saving_phrase_merges_with_its_amount(nlp_fr):
    (evidence,) = _evidence(run(nlp_fr, "Une économie de 2 milliards d'euros est promise."))
    text, info = evidence
    assert text == "économie de 2 milliards d'euros"
    assert info["attrs"]["value"] == 2e9 and info["attrs"]["phrase"] == "économie_de_montant"


def test_percentage_near_savings_weighs_more(nlp_fr):
    doc = run(nlp_fr, "Le retour sur investissement atteindrait 15 % dès la deuxième année.")
    weights = {text: e["weight"] for text, e in _evidence(doc)}
    assert weights == {"retour sur investissement": 1.0, "15 %": 1.5}


def test_percentage_far_from_savings_is_not_evidence(nlp_fr):
    doc = run(nlp_fr, "Les économies promises sont discutées en commission ; le taux de chômage du canton atteint 15 %.")
    assert [text for text, _ in _evidence(doc)] == ["économies"]


def test_english_range_and_savings(nlp_en):
    doc = run(nlp_en, "Savings of £60m–£80m would be reinvested in prevention.")
    evidence = _evidence(doc)
    assert [text for text, _ in evidence] == ["Savings", "£60m–£80m", "reinvested"]
    amount = evidence[1][1]["attrs"]
    assert (amount["value"], amount["value_high"], amount["currency"]) == (60e6, 80e6, "GBP")
