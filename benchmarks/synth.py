"""A synthetic benchmark corpus built from the bundled sample corpus, with a fixed seed.

Documents are made of whole paragraphs drawn at random from the French plain-text and
Markdown files of ``corpus/texts/``, until each reaches a target length. The same seed
always gives the same files, so every measurement of a run reads the same texts.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TEXTS = ROOT / "corpus" / "texts"
SEED = 20250917
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class SynthCorpus:
    """A folder of ``.txt`` files and what it holds."""

    folder: Path
    documents: int
    words: int
    """Whitespace-separated words over all files (the unit of every words/s figure)."""


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def paragraph_pool(texts: Path = SAMPLE_TEXTS) -> list[str]:
    """The French paragraphs of the sample corpus (five words or more), in file order."""
    pool: list[str] = []
    for path in sorted(texts.glob("fr-*")):
        if path.suffix not in (".txt", ".md"):
            continue
        for paragraph in _PARAGRAPH_BREAK.split(path.read_text(encoding="utf-8")):
            paragraph = paragraph.strip()
            if count_words(paragraph) >= 5:
                paragraph = paragraph.lstrip("#").strip()
                pool.append(paragraph)
    if not pool:
        raise FileNotFoundError(f"no French .txt or .md text in {texts}")
    return pool


def compose(pool: list[str], rng: random.Random, target_words: int) -> str:
    """One document: random paragraphs until ``target_words`` is reached."""
    parts: list[str] = []
    words = 0
    while words < target_words:
        paragraph = rng.choice(pool)
        parts.append(paragraph)
        words += count_words(paragraph)
    return "\n\n".join(parts) + "\n"


def cut(text: str, words: int) -> str:
    """The beginning of ``text`` up to its ``words``-th word (the text itself if shorter)."""
    ends = [m.end() for m in _WORD.finditer(text)]
    return text if len(ends) <= words else text[: ends[words - 1]] + "\n"


def write_corpus(folder: Path, documents: int, target_words: int = 600, seed: int = SEED, exact: bool = False) -> SynthCorpus:
    """Write ``documents`` files ``doc-00001.txt``… of about ``target_words`` words each
    (whole paragraphs; with ``exact``, cut at ``target_words`` words)."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = paragraph_pool()
    rng = random.Random(seed)
    total = 0
    for n in range(1, documents + 1):
        text = compose(pool, rng, target_words)
        if exact:
            text = cut(text, target_words)
        total += count_words(text)
        (folder / f"doc-{n:05d}.txt").write_text(text, encoding="utf-8")
    return SynthCorpus(folder, documents, total)


def write_article(path: Path, target_words: int = 1000, seed: int = SEED) -> int:
    """One article of about ``target_words`` words for the cold-start measurement; returns its word count."""
    text = compose(paragraph_pool(), random.Random(seed + 1), target_words)
    path.write_text(text, encoding="utf-8")
    return count_words(text)
