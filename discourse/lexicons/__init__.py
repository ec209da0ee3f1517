"""Lexicon data files (``lexicons/<lang>/<trait>.toml``), their schema and loader."""

from discourse.lexicons.schema import Example, Lexicon, PatternEntry, TermEntry
from discourse.lexicons.loader import lexicon_dir, lexicon_path, load_lexicon, available_lexicons, lexicons_fingerprint

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
