"""English reduced mode: without en_core_web_sm, ``build_pipeline("en")`` is a blank English
pipeline with a sentencizer and lookup lemmas that says so in its warnings, and the English
lexicons still find inflected forms and evidence for several traits in an op-ed."""

from __future__ import annotations

import pytest

from discourse.errors import Codes
from discourse.pipeline import model_installed, pipeline_info
from tests.conftest import run

LEXICON_TRAITS = (
    "action_verbs",
    "buzzwords",
    "urgency_pressure",
    "techno_solutionism",
    "program_structure",
    "managerial_reframing",
    "critical_stance",
)

reduced_only = pytest.mark.skipif(
    model_installed("en_core_web_sm"), reason="en_core_web_sm is installed: English runs in full mode"
)

# An invented op-ed by fictional consultants, in the register the tool looks for.
OPED = """Social care is in crisis, and the system is no longer fit for purpose.

Our firm has spent a decade helping councils modernise. Our report sets out three pillars for
reform. The first pillar is prevention: leveraging a single platform shared by every agency,
so that practitioners can treat families as customers and manage a portfolio of cases with
real-time data. The second pillar is to break down the silos and streamline the user journey.

Our neighbours have already taken this turn, and Britain keeps falling behind.
Isn't it time we committed fully? The time is now."""

# An invented press review that quotes the same register to criticise it.
CRITIQUE = """The op-ed reads as sponsored content. Yet the authors sell exactly what they
recommend, and it is far from clear that their figures exist: one may doubt the benchmark,
given without a source."""

# An invented news report with no consultancy register.
NEWS = """The county council met on Tuesday to discuss the budget for the library in Elmbridge.
Councillors voted to keep the building open until March, after residents handed in a petition
signed by 2,300 people. The mayor, who is 61, said the roof would be repaired in the summer."""


def _found(doc, trait: str) -> list[str]:
    return [span.text for span in doc.spans[trait]]


@reduced_only
def test_english_pipeline_runs_in_reduced_mode_and_says_so(nlp_en):
    info = pipeline_info(nlp_en)
    assert info.lang == "en"
    assert info.reduced is True
    assert info.model == "blank"
    assert any(w.startswith(f"[{Codes.W001.name}]") for w in nlp_en.meta["discourse"]["warnings"])
    assert "tagger" not in nlp_en.pipe_names and "parser" not in nlp_en.pipe_names
    assert {"sentencizer", "lemmatizer", "discourse_traits"} <= set(nlp_en.pipe_names)


@reduced_only
def test_reduced_mode_has_lemmas_and_sentences_but_no_pos(nlp_en):
    doc = run(nlp_en, "Councils are leveraging new tools. They optimised everything.")
    # capitalised words are looked up again in lowercase (discourse_cased_lemmas)
    assert [t.lemma_ for t in doc[:3]] == ["council", "be", "leverage"]
    assert len(list(doc.sents)) == 2
    assert not doc.has_annotation("POS")


@pytest.mark.parametrize(
    ("trait", "text", "expected"),
    [
        ("action_verbs", "The trust leveraged its estate and is streamlining referrals.", ["leveraged", "streamlining"]),
        ("action_verbs", "They optimised rotas; we optimize budgets.", ["optimised", "optimize"]),
        ("action_verbs", "Pilots were rolled out, then scaled up, and staff were empowered.", ["rolled out", "scaled up", "empowered"]),
        ("action_verbs", "Firms drove efficiencies and drives transformation.", ["drove efficiencies", "drives transformation"]),
        ("buzzwords", "Local ecosystems hide synergies behind silos.", ["ecosystems", "synergies", "silos"]),
        ("buzzwords", "Two stakeholders shared best practices on user journeys.", ["stakeholders", "best practices", "user journeys"]),
        ("techno_solutionism", "Agencies shared data through unified platforms and algorithms.", ["shared data", "unified platforms", "algorithms"]),
        ("managerial_reframing", "Workers handle portfolios of families and cohorts of clients.", ["portfolios of families", "cohorts"]),
        ("urgency_pressure", "We are falling further behind, while they fell behind last year.", ["falling further behind", "fell behind"]),
        ("program_structure", "Four key priorities follow the third pillar.", ["Four key priorities", "third pillar"]),
        ("critical_stance", "He criticised the advertorials and debunked the buzzwords.", ["criticised", "advertorials", "debunked", "buzzwords"]),
    ],
)
def test_lexicons_match_inflected_forms(nlp_en, trait, text, expected):
    doc = run(nlp_en, text)
    assert _found(doc, trait) == expected


def test_every_english_lexicon_trait_runs(nlp_en):
    doc = run(nlp_en, OPED)
    for trait in LEXICON_TRAITS:
        assert trait in doc.spans


def test_oped_yields_evidence_for_several_traits(nlp_en):
    doc = run(nlp_en, OPED)
    with_evidence = {trait for trait in LEXICON_TRAITS if _found(doc, trait)}
    assert with_evidence >= {
        "action_verbs",
        "buzzwords",
        "urgency_pressure",
        "techno_solutionism",
        "program_structure",
        "managerial_reframing",
    }
    assert "critical_stance" not in with_evidence
    assert "in crisis" in _found(doc, "program_structure")
    assert "Isn't it time" in _found(doc, "urgency_pressure")
    assert "families as customers" in _found(doc, "managerial_reframing")


def test_evidence_spans_point_into_the_text(nlp_en):
    doc = run(nlp_en, OPED)
    for trait in LEXICON_TRAITS:
        for span in doc.spans[trait]:
            assert doc.text[span.start_char : span.end_char] == span.text
            assert span.label_ == trait
            assert span.id_.startswith(f"{trait}/")


def test_critique_yields_critical_stance(nlp_en):
    doc = run(nlp_en, CRITIQUE)
    found = _found(doc, "critical_stance")
    assert {"sponsored content", "Yet", "it is far from clear", "one may doubt", "without a source"} <= set(found)


def test_neutral_news_yields_no_consultancy_evidence(nlp_en):
    doc = run(nlp_en, NEWS)
    assert {trait: _found(doc, trait) for trait in LEXICON_TRAITS} == {trait: [] for trait in LEXICON_TRAITS}


def test_empty_text_yields_nothing(nlp_en):
    doc = run(nlp_en, "")
    assert all(len(doc.spans[trait]) == 0 for trait in LEXICON_TRAITS)
