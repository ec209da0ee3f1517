"""Per-language settings: model names, normalisation, number patterns.

Adding a language = one ``lang/<code>.py`` defining a ``LANGUAGE`` and lexicon files.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from discourse.errors import Codes, UsageError


@dataclass(frozen=True)
class LanguageSettings:
    code: str
    model: str | None
    """The statistical spaCy model to use when installed."""
    required_model: bool
    """True: the model is a dependency and its absence is an error; False: reduced mode."""
    keep_components: tuple[str, ...]
    """Model components the traits need; the others are disabled (measured in benchmarks/)."""
    decimal_comma: bool
    reporting_verbs: frozenset[str] = field(default_factory=frozenset)
    """Lemmas of verbs whose ``que``/``that`` clause is reported speech."""
    reporting_prepositions: tuple[tuple[str, ...], ...] = ()
    """Token sequences (lowercased) that introduce a source: ``selon``, ``d'après``, ``according to``."""
    own_voice: frozenset[str] = field(default_factory=frozenset)
    """Words after a reporting preposition that mean the author's own voice (``selon nous``)."""


SUPPORTED = ("fr", "en")


def get_language(code: str) -> LanguageSettings:
    if code not in SUPPORTED:
        raise UsageError(Codes.E201, lang=code)
    module = importlib.import_module(f"discourse.lang.{code}")
    return module.LANGUAGE
