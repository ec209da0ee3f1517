"""The bundled sample corpus keeps the promises of corpus/README.md."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

HEADER = ["id", "file", "title", "authors", "affiliation", "outlet", "date", "genre", "lang", "label", "url", "responds_to"]
ADVERTORIAL_GENRES = {"consultancy_oped", "consultancy_report", "promotional"}
MINIMUMS = {  # issue 2: the mix of the sample corpus
    ("fr", "consultancy"): 12, ("en", "consultancy"): 5, ("any", "critique"): 5, ("any", "news"): 8,
    ("any", "institutional"): 5, ("any", "promotional"): 3, ("any", "jargon_other"): 3,
}


@pytest.fixture(scope="module")
def rows():
    with open(CORPUS / "manifest.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == HEADER
        return list(reader)


def test_manifest_rows_are_consistent(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) >= 40
    for row in rows:
        assert (CORPUS / row["file"]).is_file(), row["file"]
        assert row["lang"] in ("fr", "en")
        expected = "advertorial" if row["genre"] in ADVERTORIAL_GENRES else "not_advertorial"
        assert row["label"] == expected, row["id"]
        if row["responds_to"]:
            assert row["responds_to"] in ids and row["genre"] == "critique"


def test_manifest_covers_the_required_mix(rows):
    counts = Counter()
    for row in rows:
        genre = row["genre"]
        if genre.startswith("consultancy"):
            counts[(row["lang"], "consultancy")] += 1
        elif genre in ("institutional", "academic", "union"):
            counts[("any", "institutional")] += 1
        else:
            counts[("any", genre)] += 1
    for key, minimum in MINIMUMS.items():
        assert counts[key] >= minimum, key
    formats = Counter(Path(r["file"]).suffix for r in rows)
    assert formats[".html"] >= 2 and formats[".pdf"] >= 1 and formats[".docx"] >= 1


def test_every_text_loads_ok_with_250_to_900_words(rows):
    from discourse.corpus import load_corpus

    corpus = load_corpus([str(CORPUS)])
    assert corpus.counts["failed"] == corpus.counts["skipped"] == 0, corpus.problems
    assert len(corpus.documents) == len(rows)
    for document in corpus.documents:
        words = len(document.text.split())
        assert 250 <= words <= 950, (document.id, words)
        assert document.lang in ("fr", "en")


def test_readme_says_texts_are_original():
    text = (CORPUS / "README.md").read_text(encoding="utf-8").lower()
    assert "original" in text and "illustrative" in text


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists(), reason="DejaVu fonts not installed")
def test_binary_texts_are_reproducible_from_their_sources():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus_binaries.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
