"""The figure parser: amounts with value and currency, percentages, multipliers, and what is
not a figure (years, ages, counts, times)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discourse.traits.figures import (
    find_amounts,
    find_figures,
    find_multipliers,
    find_percentages,
    has_reference_mark,
    parse_number,
)

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("lang", "text", "value", "high", "currency"),
    [
        ("fr", "une économie de 2 milliards d'euros", 2e9, None, "EUR"),
        ("fr", "soit 1,5 Md€ par an", 1.5e9, None, "EUR"),
        ("fr", "180 Md d'€ de dépenses", 180e9, None, "EUR"),
        ("fr", "un budget de €300m", 300e6, None, "EUR"),
        ("fr", f"300{NBSP}000 € par structure", 300_000, None, "EUR"),
        ("fr", f"300{NNBSP}000{NNBSP}€ par structure", 300_000, None, "EUR"),
        ("fr", "4 500 000 euros", 4_500_000, None, "EUR"),
        ("fr", "1.500.000 euros", 1_500_000, None, "EUR"),
        ("fr", "12 M€ et rien d'autre", 12e6, None, "EUR"),
        ("fr", "10 k€ de matériel", 10e3, None, "EUR"),
        ("fr", "2,5 millions de dollars", 2.5e6, None, "USD"),
        ("fr", "entre 60 et 80 millions d'euros", 60e6, 80e6, "EUR"),
        ("fr", "de 2 à 3 milliards d'euros", 2e9, 3e9, "EUR"),
        ("fr", "on pourrait économiser 2 milliards.", 2e9, None, None),
        ("en", "£60m–£80m", 60e6, 80e6, "GBP"),
        ("en", "a cost of $2.5bn", 2.5e9, None, "USD"),
        ("en", "€300m a year", 300e6, None, "EUR"),
        ("en", "1,250,000 dollars", 1_250_000, None, "USD"),
        ("en", "£1.2 billion", 1.2e9, None, "GBP"),
        ("en", "5 million pounds", 5e6, None, "GBP"),
    ],
)
def test_amounts_are_parsed(lang, text, value, high, currency):
    (amount,) = find_amounts(text, lang)
    assert amount.value == pytest.approx(value)
    assert amount.value_high == (pytest.approx(high) if high else None)
    assert amount.currency == currency
    assert text[amount.start : amount.end] == amount.text


def test_a_year_before_an_amount_is_not_a_range():
    (amount,) = find_amounts("en 2023 et 300 € de plus", "fr")
    assert amount.text == "300 €" and amount.value_high is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "plus de 25 % des enfants", 25),
        ("fr", "3,5% seulement", 3.5),
        ("fr", "2.5 % de hausse", 2.5),
        ("fr", f"25{NNBSP}% des familles", 25),
        ("fr", "vingt pour cent des familles", 20),
        ("fr", "6 points de pourcentage", 6),
        ("en", "25% of families", 25),
        ("en", "3.5 per cent", 3.5),
        ("en", "6 percentage points", 6),
    ],
)
def test_percentages(lang, text, value):
    (figure,) = find_percentages(text, lang)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("lang", "text", "value", "direction"),
    [
        ("fr", "trois fois plus de familles", 3, "more"),
        ("fr", "deux fois moins de temps", 2, "less"),
        ("fr", "2,5 fois plus élevé", 2.5, "more"),
        ("fr", "un rendement x2", 2, "more"),
        ("fr", "des délais ×3", 3, "more"),
        ("fr", "des délais divisés par deux", 2, "less"),
        ("en", "three times more families", 3, "more"),
        ("en", "twice as many children", 2, "more"),
        ("en", "half as much time", 0.5, "less"),
        ("en", "a 3-fold increase", 3, "more"),
        ("en", "five times fewer visits", 5, "less"),
    ],
)
def test_multipliers(lang, text, value, direction):
    (figure,) = find_multipliers(text, lang)
    assert (figure.value, figure.direction) == (pytest.approx(value), direction)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Âgée de 45 ans, elle dirige 12 salariés depuis 2019."),
        ("fr", "La séance reprend à 14 h 30, page 12, article 21 de la loi du 14 mars 2016."),
        ("fr", "Trois enfants, deux fois par semaine, au 3e étage."),
        ("fr", "2 milliards de personnes et 300 m de long, 50 m²."),
        ("en", "A 45-year-old with three children, since 2019, at 8.30am on page 12."),
        ("en", "Section 17 of the Children Act 1989; 2 billion people; twice a week."),
    ],
)
def test_ordinary_numbers_are_not_figures(lang, text):
    assert find_figures(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voir https://example.org/rapport", True),
        ("une baisse de 6 points [3].", True),
        ("une baisse de 6 points¹.", True),
        ("une baisse de 6 points(2).", True),
        ("une surface de 50 m².", False),
        ("(1) prévenir ; (2) partager", False),
    ],
)
def test_reference_marks(text, expected):
    assert has_reference_mark(text) is expected


@given(st.integers(min_value=1000, max_value=999_999_999), st.sampled_from([" ", NBSP, NNBSP, "."]))
def test_french_thousands_separators_round_trip(number, sep):
    written = f"{number:,}".replace(",", sep)
    assert parse_number(written, "fr") == number


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=99))
def test_english_decimals_round_trip(units, cents):
    written = f"{units:,}.{cents:02d}"
    assert parse_number(written, "en") == pytest.approx(units + cents / 100)
