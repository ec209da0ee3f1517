"""The trait × language coverage table, and whole-tree validation."""

from __future__ import annotations

from dataclasses import dataclass

from discourse.errors import DataFileError
from discourse.lexicons.loader import lexicon_path, read_lexicon_file


@dataclass(frozen=True)
class CoverageRow:
    trait: str
    kind: str
    lang: str
    present: bool
    terms: int = 0
    patterns: int = 0
    exclusions: int = 0
    positives: int = 0
    traps: int = 0
    categories: int = 0


def coverage_rows() -> list[CoverageRow]:
    """One row per registered trait and supported language, in catalogue order."""
    from discourse.lang import SUPPORTED
    from discourse.traits import registered

    rows = []
    for cls in registered():
        for lang in SUPPORTED:
            if lang not in cls.languages:
                continue
            path = lexicon_path(cls.id, lang)
            if not path.exists():
                rows.append(CoverageRow(cls.id, cls.kind, lang, False))
                continue
            lexicon = read_lexicon_file(path)
            traps = sum(e.is_trap for e in lexicon.examples)
            rows.append(
                CoverageRow(
                    cls.id, cls.kind, lang, True, len(lexicon.terms), len(lexicon.patterns), len(lexicon.exclusions),
                    len(lexicon.examples) - traps, traps, len(lexicon.categories),
                )
            )
    return rows


def validate_all() -> list[str]:
    """Every problem found in the shipped lexicon files and weights (empty when all is well)."""
    from discourse.lexicons.loader import lexicon_dir
    from discourse.scoring.weights import load_weights
    from discourse.traits import TRAITS

    problems = []
    for path in sorted(lexicon_dir().glob("*/*.toml")):
        try:
            read_lexicon_file(path)
        except DataFileError as exc:
            problems.append(str(exc))
            continue
        if path.stem not in TRAITS:
            problems.append(f"{path}: no registered trait {path.stem!r}")
    try:
        load_weights.__wrapped__()
    except DataFileError as exc:
        problems.append(str(exc))
    return problems
