"""discourse_reported_speech: quotations, reporting clauses, source clauses."""

import pytest

from discourse.components.reported_speech import (
    GROUP,
    is_reported,
    quotation_ranges,
    reported_mask,
)
from tests.conftest import run


def _inside(text, ranges):
    return [text[a:b] for a, b in ranges]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il écrit « Simplifier, outiller et optimiser » puis se tait.", [" Simplifier, outiller et optimiser "]),
        ("Un “framework” et un \"hub\".", ["framework", "hub"]),
        ("« Dehors « dedans » dehors » fin", [" Dehors « dedans » dehors "]),
        ("« Une citation\nqui continue » ensuite", [" Une citation\nqui continue "]),
        ("Ouvert « sans fin\n\nAutre paragraphe.", [" sans fin"]),
        ("Pas de guillemets ici.", []),
    ],
)
def test_quotation_ranges(text, expected):
    assert _inside(text, quotation_ranges(text)) == expected


def test_quotes_across_sentences(blank_fr):
    text = "Le texte dit : « Il faut piloter. Il faut mutualiser. » Je n'y crois pas."
    doc = run(blank_fr, text)
    spans = [s for s in doc.spans[GROUP] if s.label_ == "quotation"]
    assert [s.text for s in spans] == ["Il faut piloter. Il faut mutualiser."]
    mask = reported_mask(doc)
    assert not mask[-2]  # "pas" is the author's own voice


@pytest.mark.parametrize(
    ("text", "reported_part"),
    [
        ("Le directeur explique que le dispositif sera déployé partout.", "le dispositif sera déployé partout."),
        ("Selon le cabinet, la plateforme réduira les coûts.", "la plateforme réduira les coûts."),
        ("La plateforme réduira les coûts, selon le cabinet.", "La plateforme réduira les coûts,"),
        ("D'après la ministre, tout est prêt.", "tout est prêt."),
        ("Analysts said that the platform will scale.", "the platform will scale."),
        ("According to the firm, savings will follow.", "savings will follow."),
    ],
)
def test_reported_clauses(request, text, reported_part):
    lang = "en" if text.startswith(("Analysts", "According")) else "fr"
    nlp = request.getfixturevalue("nlp_en" if lang == "en" else "blank_fr")
    doc = run(nlp, text)
    found = [s.text for s in doc.spans[GROUP] if s.label_ != "quotation"]
    assert reported_part in found


@pytest.mark.parametrize(
    "text",
    [
        "Selon nous, la plateforme réduira les coûts.",
        "Nous estimons que la plateforme réduira les coûts.",
        "Je pense et je dis que la plateforme réduira les coûts.",
        "We believe the platform will scale.",
    ],
)
def test_author_voice_is_not_reported(request, text):
    nlp = request.getfixturevalue("nlp_en" if text.startswith("We") else "blank_fr")
    doc = run(nlp, text)
    assert not any(reported_mask(doc))


def test_is_reported_majority():
    mask = [True, True, False, False]
    assert is_reported(mask, 0, 2)
    assert is_reported(mask, 0, 4)
    assert not is_reported(mask, 1, 4)
    assert not is_reported(mask, 2, 2)
