"""Keyness on about one million synthetic tokens, once parsed: prints a timing table.

Not part of the test suite. Run: ``.venv/bin/python benchmarks/keyness.py [TOKENS]``.
The corpus is Zipfian (60,000 types, 400 documents in two genres, the target genre
overusing a few hundred types), built directly as tables: spaCy is not timed here.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

from discourse.stats import CorpusTables, collocates, compare, frequencies


def synthetic_tables(tokens: int = 1_000_000, types: int = 60_000, documents: int = 400, seed: int = 7) -> CorpusTables:
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, types + 1) ** 1.07
    weights /= weights.sum()
    ids = rng.choice(types, size=tokens, p=weights)
    doc = np.sort(rng.integers(0, documents, size=tokens))
    target = doc % 2 == 0
    boosted = rng.random(tokens) < 0.02
    ids = np.where(target & boosted, rng.integers(200, 600, size=tokens), ids)  # the target's own vocabulary
    vocabulary = np.array([f"mot{i}" for i in range(types)], dtype=object)
    words = vocabulary[ids]
    position = np.arange(tokens) - np.searchsorted(doc, doc)
    frame = pd.DataFrame({
        "doc": doc, "position": position, "text": words, "lower": words, "lemma": words, "pos": "NOUN",
        "start_char": position * 7, "end_char": position * 7 + 6, "sentence": position // 20,
        "is_word": True, "reported": rng.random(tokens) < 0.05,
    })
    evidence_rows = rng.choice(np.arange(tokens), size=tokens // 200, replace=False)
    evidence = pd.DataFrame({
        "doc": doc[evidence_rows], "trait": np.array(["buzzwords", "action_verbs", "financial_framing"])[evidence_rows % 3],
        "rule": "synthetic/" + pd.Series(evidence_rows % 40).astype(str), "category": "default",
        "text": words[evidence_rows], "start_char": 0, "end_char": 6, "reported": False,
    })
    documents_frame = pd.DataFrame({"id": [f"d{i}" for i in range(documents)], "genre": ["consultancy_oped" if i % 2 == 0 else "news" for i in range(documents)]})
    documents_frame.index.name = "doc"
    return CorpusTables(documents_frame, frame, evidence, ["" for _ in range(documents)])


def timed(label: str, call) -> tuple[str, float, int]:
    start = time.perf_counter()
    result = call()
    return label, time.perf_counter() - start, len(result)


def main() -> None:
    tokens = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    start = time.perf_counter()
    tables = synthetic_tables(tokens)
    built = time.perf_counter() - start
    rows = [("build synthetic tables", built, len(tables.tokens))]
    for measure in ("ll", "logratio", "chi2", "specificity"):
        rows.append(timed(f"keyness word --measure {measure}", lambda m=measure: compare(tables, "genre", "consultancy_oped", unit="word", measure=m)))
    rows.append(timed("keyness word --min-freq 1", lambda: compare(tables, "genre", "consultancy_oped", unit="word", min_freq=1)))
    rows.append(timed("keyness word --exclude-reported", lambda: compare(tables, "genre", "consultancy_oped", unit="word", exclude_reported=True)))
    rows.append(timed("keyness trait", lambda: compare(tables, "genre", "consultancy_oped", unit="trait")))
    rows.append(timed("freq word --by genre", lambda: frequencies(tables, "word", by="genre")))
    rows.append(timed("collocates mot3 --window 5", lambda: collocates(tables, "mot3")))
    print(f"{'step':<36} {'seconds':>8} {'rows':>10}")
    for label, seconds, count in rows:
        print(f"{label:<36} {seconds:>8.2f} {count:>10,}")


if __name__ == "__main__":
    main()
