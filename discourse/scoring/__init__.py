"""Scoring: evidence → contributions → advertorial score (rules.py, weights.toml), and the
optional trained scorer (model.py) with its evaluation (evaluate.py)."""

from discourse.scoring.rules import Score, TraitScore, score_evidence, verdict_for
from discourse.scoring.weights import Weights, load_weights

__all__ = ["Score", "TraitScore", "Weights", "load_weights", "score_evidence", "verdict_for"]
