"""Shared fixtures. The statistical model is loaded once per test session (``nlp_fr``);
most rule tests use the blank pipelines, which need no model."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp_fr():
    from discourse.pipeline import build_pipeline

    return build_pipeline("fr")


@pytest.fixture(scope="session")
def nlp_en():
    from discourse.pipeline import build_pipeline

    return build_pipeline("en")


@pytest.fixture(scope="session")
def blank_fr():
    from discourse.pipeline import build_pipeline

    return build_pipeline("fr", model="blank")


def run(nlp, text: str, meta: dict | None = None):
    """Run ``nlp`` on ``text`` with document metadata, as the analyzer does."""
    doc = nlp.make_doc(text)
    doc._.meta = meta or {}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
