"""Language of a text: py3langid restricted to French and English; ``und`` when the text
is too short to tell. Metadata wins over detection (see ``resolve_language``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

Language = Literal["fr", "en", "und"]
SUPPORTED: tuple[str, ...] = ("fr", "en")
MIN_WORDS = 4
MIN_LETTERS = 20
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED))
    return identifier


def detect_language(text: str) -> Language:
    """``fr`` or ``en``; ``und`` for empty or very short text (under 4 words or 20 letters)."""
    words = _WORD.findall(text[:20_000])
    if len(words) < MIN_WORDS or sum(len(w) for w in words) < MIN_LETTERS:
        return "und"
    lang, _ = _identifier().classify(text[:20_000])
    return lang if lang in SUPPORTED else "und"


def normalise_language(value: object) -> Language | None:
    """``"FR"``, ``"fr-FR"``, ``"français"`` → ``fr``; unknown or empty → None."""
    if not isinstance(value, str) or not value.strip():
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    aliases = {"fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "francais": "fr",
               "eng": "en", "english": "en", "anglais": "en", "und": "und"}
    code = aliases.get(code, code)
    return code if code in (*SUPPORTED, "und") else None  # type: ignore[return-value]


def resolve_language(text: str, metadata_lang: object = None, forced: str | None = None) -> Language:
    """The forced language, else the metadata language, else detection."""
    for candidate in (forced, metadata_lang):
        code = normalise_language(candidate)
        if code is not None and code != "und":
            return code
    return detect_language(text)
