"""Golden end-to-end cases on the sample corpus: a critique that quotes consultancy
language is not an advertorial. These change only on purpose (say why in the commit)."""

from __future__ import annotations

import csv

import pytest

from discourse.analysis import Settings, analyze
from discourse.corpus import load_corpus
from tests.conftest import CORPUS

pytestmark = pytest.mark.model


def _pairs() -> list[tuple[str, str]]:
    with open(CORPUS / "manifest.csv", encoding="utf-8", newline="") as handle:
        return [(row["id"], row["responds_to"]) for row in csv.DictReader(handle) if row["responds_to"]]


PAIRS = _pairs()


@pytest.fixture(scope="module")
def records(nlp_fr, nlp_en):
    wanted = {i for pair in PAIRS for i in pair}
    corpus = load_corpus([str(CORPUS)])
    documents = [d for d in corpus.documents if d.id in wanted]
    return {a.record.id: a.record for a in analyze(documents, Settings())}


def test_there_are_enough_pairs():
    assert len(PAIRS) >= 8


@pytest.mark.parametrize(("critique", "oped"), PAIRS, ids=[c for c, _ in PAIRS])
def test_critique_scores_30_points_below_what_it_quotes(records, critique, oped):
    assert records[critique].advertorial_score <= records[oped].advertorial_score - 30
    assert records[critique].verdict == "unlikely"
    assert records[oped].verdict in ("likely advertorial", "mixed")


@pytest.mark.parametrize(("critique", "oped"), PAIRS, ids=[c for c, _ in PAIRS])
def test_critique_quotes_are_flagged_reported(records, critique, oped):
    quoted = [e for e in records[critique].evidence if e.reported]
    assert quoted, "the critique quotes consultancy language"
    assert records[critique].reported_discounted == len(quoted)


@pytest.mark.parametrize(("critique", "oped"), [("en-critique-01", "en-oped-01"), ("fr-critique-02", "fr-oped-05")])
def test_predictive_profiling_listed_in_both(records, critique, oped):
    for document_id in (critique, oped):
        record = records[document_id]
        assert "predictive_profiling" in record.alerts
        assert any(e.trait == "predictive_profiling" for e in record.evidence)


def test_evidence_is_exact_on_every_pair_text(records):
    corpus = {d.id: d for d in load_corpus([str(CORPUS)]).documents}
    for record in records.values():
        text = corpus[record.id].text
        for item in record.evidence:
            assert text[item.start_char : item.end_char] == item.text


@pytest.mark.parametrize(("critique", "oped"), [("en-critique-01", "en-oped-01"), ("fr-critique-02", "fr-oped-05")])
def test_alert_says_who_proposes_the_model(records, critique, oped):
    from discourse.report.explain import alert_sentence

    assert "quotes a proposal" in alert_sentence("predictive_profiling", records[critique])
    assert "this text proposes" in alert_sentence("predictive_profiling", records[oped])
