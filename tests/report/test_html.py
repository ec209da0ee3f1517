"""HTML report: escaping, highlighted spans, overlaps, alerts, method section."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.evidence import Evidence
from discourse.report.html import (
    CSP,
    DISCLAIMER,
    highlighted_text,
    index_html,
    report_html,
    safe_name,
    segments,
    write_corpus_report,
)
from tests.report.helpers import TagCollector, make_record, registered_weights, span

HOSTILE = (
    "Simplifier, outiller et optimiser. <script>alert(1)</script> Le cabinet "
    "<img src=x onerror=alert(1)> promet 2 milliards d'économies. "
    "« Il est temps de déployer la plateforme », écrit-il ; pourtant rien n'est prouvé."
)


@pytest.fixture(scope="module")
def weights():
    return registered_weights()


def _hostile_record():
    evidence = [
        span(HOSTILE, "optimiser", "action_verbs", points=2.0),
        span(HOSTILE, "<script>alert(1)</script>", "techno_solutionism", points=1.0),
        span(HOSTILE, "<img src=x onerror=alert(1)>", "buzzwords", points=1.0),
        span(HOSTILE, "Il est temps", "urgency_pressure", reported=True, points=0.3),
        span(HOSTILE, "déployer la plateforme", "techno_solutionism", reported=True, points=0.2),
        span(HOSTILE, "pourtant", "critical_stance", points=-4.0),
    ]
    return make_record(
        HOSTILE, evidence, title="<script>alert('title')</script>", authors=["<img src=y onerror=alert(2)>"],
        affiliation="Cabinet \"Exemple\" onload=alert(3)", url="javascript:alert(4)",
    )


def test_hostile_text_never_yields_a_live_tag(weights):
    html = report_html(_hostile_record(), HOSTILE, weights)
    collector = TagCollector(html)
    names = {tag for tag, _ in collector.tags}
    assert "script" not in names and "img" not in names and "iframe" not in names
    for tag, attributes in collector.tags:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        assert not (attributes.get("href") or "").lower().startswith("javascript")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=alert(1)&gt;" in html


def test_csp_and_nothing_loaded_from_outside(weights):
    html = report_html(_hostile_record(), HOSTILE, weights)
    collector = TagCollector(html)
    metas = [a for t, a in collector.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert metas and metas[0]["content"] == CSP and "default-src 'none'" in CSP
    for tag, attributes in collector.tags:
        assert tag not in ("script", "link", "iframe", "object", "embed")
        assert "src" not in attributes or attributes["src"].startswith("data:")


def test_highlighted_spans_parse_back_to_the_evidence(weights):
    record = _hostile_record()
    collector = TagCollector(report_html(record, HOSTILE, weights))
    assert collector.marked == {i: e.text for i, e in enumerate(record.evidence)}


def test_reported_spans_are_marked_and_counter_signals_listed(weights):
    record = _hostile_record()
    collector = TagCollector(report_html(record, HOSTILE, weights))
    marks = {int(a["data-ev"]): a for t, a in collector.tags if t == "mark"}
    for index, item in enumerate(record.evidence):
        classes = marks[index]["class"].split()
        assert ("reported" in classes) == item.reported
        assert f"t-{item.trait}" in classes
    html = report_html(record, HOSTILE, weights)
    assert "Counter-signals" in html and "Critical stance" in html


def test_overlapping_and_nested_spans_all_shown(weights):
    text = "La transformation numérique des parcours de vie avance."
    evidence = [
        span(text, "transformation numérique", "buzzwords"),
        span(text, "numérique des parcours", "techno_solutionism"),
        span(text, "parcours de vie", "managerial_reframing"),
        span(text, "La transformation numérique des parcours de vie avance.", "unsourced_figures"),
        span(text, "parcours", "buzzwords"),
    ]
    html = report_html(make_record(text, evidence), text, weights)
    collector = TagCollector(html)
    assert collector.marked == {i: e.text for i, e in enumerate(evidence)}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab <>&\"'«»\n", min_size=1, max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=8))
def test_segments_tile_the_text_and_rebuild_every_span(text, raw):
    evidence = []
    for start, length in raw:
        start, end = min(start, len(text) - 1), min(start + length, len(text))
        if start < end:
            evidence.append(Evidence(trait="buzzwords", rule="buzzwords/x", text=text[start:end], start_char=start,
                                     end_char=end, sentence="", reported=False))
    pieces = segments(text, evidence)
    assert "".join(text[p.start:p.end] for p in pieces) == text
    for index, item in enumerate(evidence):
        assert "".join(text[p.start:p.end] for p in pieces if index in p.evidence) == item.text
    assert TagCollector(str(highlighted_text(text, evidence))).marked == {i: e.text for i, e in enumerate(evidence)}


def test_alert_is_prominent_and_method_section_complete(weights):
    text = "Notre modèle prédictif identifie les enfants les plus à risque."
    evidence = [span(text, text, "predictive_profiling", points=3.0)]
    record = make_record(text, evidence, alerts=["predictive_profiling"])
    html = report_html(record, text, weights)
    collector = TagCollector(html)
    assert any(a.get("role") == "alert" for t, a in collector.tags if t == "div")
    assert html.index('role="alert"') < html.index("<article")
    assert DISCLAIMER["en"] in html and DISCLAIMER["fr"] in html
    assert "Scorer rules:test" in html and f"weights {weights.version}" in html


def test_report_is_deterministic(weights):
    record = _hostile_record()
    assert report_html(record, HOSTILE, weights) == report_html(record, HOSTILE, weights)


def test_corpus_report_writes_an_index_linking_every_report(tmp_path, weights):
    texts = ["Il est temps d'agir.", "Selon l'Insee, le chômage baisse.", "Optimiser et piloter."]
    items = []
    for n, text in enumerate(texts):
        words = text.split()
        evidence = [span(text, words[0], "buzzwords", points=float(n))]
        items.append((make_record(text, evidence, score=10.0 * n, id=f"../doc {n}", title=f"Texte {n}"), text))
    written = write_corpus_report(items, tmp_path / "index.html", weights)
    assert written[0] == tmp_path / "index.html" and len(written) == 4
    assert all(p.parent == tmp_path / "index_files" for p in written[1:])
    collector = TagCollector(written[0].read_text(encoding="utf-8"))
    links = [a["href"] for t, a in collector.tags if t == "a"]
    assert [link.split("/")[-1] for link in links] == [safe_name(f"../doc {n}") for n in (2, 1, 0)]
    for link in links:
        assert (tmp_path / link).is_file()
    page = (tmp_path / links[0]).read_text(encoding="utf-8")
    assert 'href="../index.html"' in page


def test_index_ranks_by_score(weights):
    records = [make_record("a b", [], score=s, id=f"d{s}", title=f"T{s}") for s in (5.0, 70.0, 30.0)]
    html = index_html([(r, f"{r.id}.html") for r in records], weights)
    assert html.index("T70") < html.index("T30") < html.index("T5")
