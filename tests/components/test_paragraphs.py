"""discourse_paragraphs: no sentence across a paragraph break or out of a heading line;
hard-wrapped lines stay one sentence."""

from tests.conftest import run


def _sentences(nlp, text):
    return [s.text.strip() for s in run(nlp, text).sents if s.text.strip()]


def test_title_byline_and_paragraph_are_separate(blank_fr):
    text = "Un titre sans point\n\n*Par Claire Vasseur, associée*\n\nLe premier paragraphe commence ici. Il continue."
    assert _sentences(blank_fr, text) == [
        "Un titre sans point",
        "*Par Claire Vasseur, associée*",
        "Le premier paragraphe commence ici.",
        "Il continue.",
    ]


def test_heading_line_then_capitalised_line(blank_fr):
    text = "Un système saturé\nVingt ans après la loi, les délais restent longs."
    assert _sentences(blank_fr, text)[0] == "Un système saturé"


def test_hard_wrapped_lines_stay_one_sentence(blank_fr):
    text = "Les maisons départementales des personnes\nhandicapées attendent des moyens, et\nLa suite reste à écrire."
    assert _sentences(blank_fr, text) == [text]
