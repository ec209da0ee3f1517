"""affiliation: metadata signals (pure) and evidence attributes (through the pipeline)."""

from __future__ import annotations

import pytest

from discourse.lexicons import load_lexicon
from discourse.traits.affiliation import invented_firm, metadata_signals
from tests.conftest import run

FR = load_lexicon("affiliation", "fr")
EN = load_lexicon("affiliation", "en")


def _signals(value: str, lexicon=FR, field: str = "affiliation") -> set[tuple[str, str]]:
    return {(h.category, h.rule) for h in metadata_signals(field, value, lexicon)}


def test_known_firm_in_affiliation():
    assert _signals("EY Consulting, secteur public") >= {("firm", "EY")}


def test_short_acronym_is_case_sensitive():
    assert _signals("Les Amis de Key West") == set()
    assert ("firm", "EY") not in _signals("la ley de presupuestos")


def test_invented_firm_and_title():
    found = _signals("Associée, Altaris Conseil")
    assert ("firm", "firm_name") in found
    assert ("title", "associée") in found


def test_institution_is_not_a_firm():
    assert _signals("Conseil départemental de la Gironde") == set()
    assert _signals("Haut Conseil de la famille, de l'enfance et de l'âge") == set()
    assert invented_firm("Conseil d'État", FR.params) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Northbridge Advisory", "Northbridge Advisory"), ("Halden & Partners", "Halden Partners"), ("The Partners", None)],
)
def test_invented_firm_english(value, expected):
    assert invented_firm(value, EN.params) == expected


@pytest.mark.model
def test_metadata_hits_reach_the_doc(nlp_fr):
    doc = run(nlp_fr, "Le texte ne dit rien de son auteur.", {"authors": ["Claire Vasseur"], "affiliation": "Altaris Conseil"})
    hits = [h for h in doc._.metadata_evidence if h["trait"] == "affiliation"]
    assert [(h["field"], h["category"], h["rule"]) for h in hits] == [("affiliation", "firm", "affiliation/firm_name")]
    assert list(doc.spans["affiliation"]) == []


@pytest.mark.model
def test_metadata_author_with_title(nlp_fr):
    doc = run(nlp_fr, "Un texte.", {"authors": ["Paul Girard, Partner, KPMG"], "affiliation": None})
    found = {(h["field"], h["category"], h["rule"]) for h in doc._.metadata_evidence if h["trait"] == "affiliation"}
    assert found == {("authors", "firm", "affiliation/KPMG"), ("authors", "title", "affiliation/partner")}


@pytest.mark.model
def test_no_metadata_no_hits(nlp_fr):
    doc = run(nlp_fr, "Un texte.", {})
    assert [h for h in doc._.metadata_evidence if h["trait"] == "affiliation"] == []


@pytest.mark.model
def test_byline_carries_the_firm(nlp_fr):
    doc = run(nlp_fr, "Par Claire Vasseur, associée chez Altaris Conseil.")
    (span,) = doc.spans["affiliation"]
    info = doc._.evidence_info[("affiliation", span.start, span.end)]
    assert span.id_ == "affiliation/byline/associée"
    assert info["category"] == "byline"
    assert info["attrs"] == {"firm": "Altaris Conseil"}


@pytest.mark.model
def test_cited_firm_is_not_affiliation_but_speaking_firm_is(nlp_fr):
    cited = run(nlp_fr, "D'après un rapport de KPMG, la dépense a doublé.")
    speaking = run(nlp_fr, "Chez KPMG, nous accompagnons les départements.")
    assert list(cited.spans["affiliation"]) == []
    assert [s.text for s in speaking.spans["affiliation"]] == ["KPMG", "nous accompagnons"]
