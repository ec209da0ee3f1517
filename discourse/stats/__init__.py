"""Corpus statistics for discourse studies: frequencies, keyness (log-likelihood, log
ratio, chi², Lafon specificities), concordances and collocations, on words, lemmas,
traits and rules. Pandas in, pandas out; formulas in docs/statistics.md.

>>> from discourse.stats import compare, tables_from_analyses  # doctest: +SKIP
>>> compare(tables, by="genre", target="consultancy_oped", unit="trait")  # doctest: +SKIP
"""

from discourse.stats.collocates import Association, collocates
from discourse.stats.frequency import frequencies
from discourse.stats.keyness import Measure, compare, keyness_table
from discourse.stats.kwic import Sort, concordance
from discourse.stats.tables import CorpusTables, build_tables, tables_from_analyses
from discourse.stats.units import Unit, corpus_sizes, occurrences

__all__ = [
    "Association",
    "CorpusTables",
    "Measure",
    "Sort",
    "Unit",
    "build_tables",
    "collocates",
    "compare",
    "concordance",
    "corpus_sizes",
    "frequencies",
    "keyness_table",
    "occurrences",
    "tables_from_analyses",
]
