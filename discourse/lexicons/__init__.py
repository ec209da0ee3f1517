"""Lexicon data files (``lexicons/<lang>/<trait>.toml``), their schema and loader."""

from discourse.lexicons.loader import (
    available_lexicons,
    lexicon_dir,
    lexicon_path,
    lexicons_fingerprint,
    load_lexicon,
)
from discourse.lexicons.schema import Example, Lexicon, PatternEntry, TermEntry

__all__ = [
    "Example",
    "Lexicon",
    "PatternEntry",
    "TermEntry",
    "available_lexicons",
    "lexicon_dir",
    "lexicon_path",
    "lexicons_fingerprint",
    "load_lexicon",
]
