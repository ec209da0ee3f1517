"""The choices the statistics offer (units, measures, sort orders, association scores),
kept apart from the computations so that the command line can list them without
importing scipy."""

from __future__ import annotations

from enum import Enum


class Unit(str, Enum):
    word = "word"
    """Lowercased token text, words only (no punctuation)."""
    lemma = "lemma"
    """Lowercased lemma of each word."""
    trait = "trait"
    """Evidence spans, counted by trait id."""
    rule = "rule"
    """Evidence spans, counted by rule id (``buzzwords/désilotage``)."""


class Measure(str, Enum):
    ll = "ll"
    logratio = "logratio"
    chi2 = "chi2"
    specificity = "specificity"


class Sort(str, Enum):
    doc = "doc"
    """Document order, then position in the text."""
    left = "left"
    """By the words just left of the keyword, nearest first."""
    right = "right"
    """By the words right of the keyword."""


class Association(str, Enum):
    ll = "ll"
    pmi = "pmi"
    logdice = "logdice"
    t = "t"
