"""attribution: sources, speakers and links, with the source name in attrs."""

from __future__ import annotations

import pytest

from tests.conftest import run


def _found(doc):
    return [(s.text, doc._.evidence_info[("attribution", s.start, s.end)]["attrs"]) for s in doc.spans["attribution"]]


@pytest.mark.model
def test_source_name_in_attrs(nlp_fr):
    doc = run(nlp_fr, "Selon l'Insee, la pauvreté recule.")
    assert _found(doc) == [("Selon", {"source": "Insee"})]


@pytest.mark.model
def test_inverted_speaker(nlp_fr):
    doc = run(nlp_fr, "« Ce n'est pas un marché », affirme Paul Lenoir.")
    assert _found(doc) == [("affirme Paul Lenoir", {"source": "Paul Lenoir"})]


@pytest.mark.model
def test_document_source_uses_institution_gazetteer(nlp_fr):
    doc = run(nlp_fr, "Une étude de la Drees montre l'inverse.")
    assert _found(doc) == [("étude de la Drees", {"source": "Drees"})]


@pytest.mark.model
def test_own_voice_and_pronouns_are_not_sources(nlp_fr):
    doc = run(nlp_fr, "D'après nous, il affirme cela. Nous avons déclaré forfait.")
    assert _found(doc) == []


@pytest.mark.model
def test_english_url_and_footnote(nlp_en):
    doc = run(nlp_en, "See www.example.org/report for details [2].")
    assert [s.text for s in doc.spans["attribution"]] == ["www.example.org/report", "[2]"]
