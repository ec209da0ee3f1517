"""Typographic normalisation of token forms, used for NORM and for lexicon keys alike.

It never touches ``Doc.text``: it only computes the comparison form of a token.
"""

from __future__ import annotations

_TABLE = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark (typographic apostrophe)
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u0153": "oe",  # œ
        "\u0152": "oe",
        "\u00e6": "ae",
        "\u00c6": "ae",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb00": "ff",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)


def normalize(form: str) -> str:
    """Lowercased comparison form: ``L’Écosystème`` → ``l'écosystème``, ``cœur`` → ``coeur``."""
    return form.translate(_TABLE).lower()


# articles and contracted prepositions that vary with number and gender in French
# lexicon phrases: « pilotage par la donnée » also matches « pilotage par les données »
_FUNCTION_WORDS = {"la": "le", "les": "le", "l'": "le", "du": "de", "des": "de", "d'": "de", "une": "un"}


def fold(key: str) -> str:
    """Number- and gender-insensitive key: folds French articles (``les`` → ``le``,
    ``des`` → ``de``) and drops one final ``s`` or ``x`` from words of 4+ letters."""
    if key in _FUNCTION_WORDS:
        return _FUNCTION_WORDS[key]
    if len(key) > 3 and key[-1] in "sx" and key[-2].isalpha():
        return key[:-1]
    return key
