"""foreign_benchmark: a foreign place or peer group, a figure, no source, one sentence."""

from __future__ import annotations

import pytest

from tests.conftest import run

pytestmark = pytest.mark.model


def _benchmarks(doc):
    info = doc._.evidence_info
    return [(s.text, info[("foreign_benchmark", s.start, s.end)]["attrs"]) for s in doc.spans["foreign_benchmark"]]


def test_places_and_figures_in_attrs(nlp_fr):
    doc = run(nlp_fr, "En Australie ou aux États-Unis, on place 25 % d'enfants en moins. La France hésite.")
    ((text, attrs),) = _benchmarks(doc)
    assert text == "En Australie ou aux États-Unis, on place 25 % d'enfants en moins."
    assert attrs == {"places": ["Australie", "États-Unis"], "figures": ["25 %"]}


@pytest.mark.parametrize(
    "text",
    [
        "En Australie, les familles sont mieux accompagnées.",
        "La Suède a dépensé 3 M€ pour ce programme.",
        "En France, 25 % des enfants placés vivent en foyer.",
        "Selon l'Unicef, la Norvège place deux fois moins d'enfants (2).",
        "D'après les données de l'OCDE, le Danemark consacre 3,5 % de son PIB aux familles.",
    ],
)
def test_not_benchmarks(nlp_fr, text):
    assert _benchmarks(run(nlp_fr, text)) == []


def test_peers_without_a_name(nlp_fr):
    doc = run(nlp_fr, "Chez nos voisins, les délais sont trois fois plus courts.")
    assert _benchmarks(doc)[0][1] == {"places": ["Chez nos voisins"], "figures": ["trois fois plus"]}


def test_english_case_sensitive_places(nlp_en):
    doc = run(nlp_en, "In China, 30% more families are reached. The turkey cost 30% more this year.")
    assert [attrs["places"] for _, attrs in _benchmarks(doc)] == [["China"]]
