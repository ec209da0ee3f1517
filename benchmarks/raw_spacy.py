"""Baseline: the full ``fr_core_news_sm`` pipeline (every default component) over the
``.txt`` files of a folder with ``nlp.pipe``; prints the token count (run as a script)."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy


def main(folder: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    nlp = spacy.load("fr_core_news_sm")
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    sys.stdout.write(f"{tokens}\n")


if __name__ == "__main__":
    main(sys.argv[1])
