"""Corpus statistics for discourse studies: frequencies, keyness (log-likelihood, log
ratio, chi², Lafon specificities), concordances and collocations, on words, lemmas,
traits and rules. Pandas in, pandas out; formulas in docs/statistics.md.

>>> from discourse.stats import compare, tables_from_analyses  # doctest: +SKIP
>>> compare(tables, by="genre", target="consultancy_oped", unit="trait")  # doctest: +SKIP

Names are imported on first use, so that ``discourse.stats.choices`` (the option enums the
command line needs) does not pull in scipy.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "Association": "discourse.stats.choices",
    "Measure": "discourse.stats.choices",
    "Sort": "discourse.stats.choices",
    "Unit": "discourse.stats.choices",
    "CorpusTables": "discourse.stats.tables",
    "build_tables": "discourse.stats.tables",
    "tables_from_analyses": "discourse.stats.tables",
    "collocates": "discourse.stats.collocation",
    "frequencies": "discourse.stats.frequency",
    "compare": "discourse.stats.keyness",
    "keyness_table": "discourse.stats.keyness",
    "concordance": "discourse.stats.kwic",
    "corpus_sizes": "discourse.stats.units",
    "occurrences": "discourse.stats.units",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'discourse.stats' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = sorted(_LAZY)
