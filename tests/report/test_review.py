"""The press-review digest: ranking, structure, quotes, escaping."""

from __future__ import annotations

import re

from discourse.report.review import md_inline, review_html, review_markdown
from tests.report.helpers import TagCollector, make_record, span

A = "Il est temps de moderniser la gouvernance et d'optimiser les parcours. Notre modèle prédictif repère les familles à risque."
B = "Selon la Cour des comptes, le dispositif coûte 3 millions. Pourtant, les équipes de terrain doutent."
C = "Simplifier, outiller et optimiser : <script>alert(1)</script> voilà le programme."


def _records():
    a = make_record(A, [
        span(A, "Il est temps", "urgency_pressure", points=5.0),
        span(A, "moderniser", "action_verbs", points=2.0),
        span(A, "gouvernance", "buzzwords", points=3.0),
        span(A, "optimiser", "action_verbs", points=2.5),
        span(A, "Notre modèle prédictif repère les familles à risque.", "predictive_profiling", points=4.0),
    ], score=72.0, id="a", title="Osons le virage", url="https://example.org/a?x=(1)", authors=["Jeanne Fictive"],
        affiliation="Cabinet Exemple", outlet="Le Quotidien fictif", date="2025-03-01", alerts=["predictive_profiling"])
    b = make_record(B, [
        span(B, "Selon la Cour des comptes", "critical_stance", points=-4.0),
        span(B, "Pourtant", "critical_stance", points=-3.0),
    ], score=4.0, id="b", title="Un dispositif contesté", url="javascript:alert(2)", outlet="La Gazette")
    c = make_record(C, [span(C, "<script>alert(1)</script>", "buzzwords", points=1.0),
                        span(C, "optimiser", "action_verbs", reported=True, points=0.2)],
                    score=30.0, id="c", title="<b>Programme</b> [lien](javascript:x)")
    return [b, c, a]


def test_sections_ranked_by_score_with_intro_and_method():
    text = review_markdown(_records())
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings[:3] == [
        "1. [Osons le virage](https://example.org/a?x=%281%29)",
        "2. \\<b\\>Programme\\</b\\> \\[lien\\](javascript:x)",
        "3. Un dispositif contesté",
    ]
    assert headings[-1] == "Method"
    intro = text.split("\n## ")[0]
    assert "3 articles" in intro and "1 likely advertorial, 1 mixed, 1 unlikely" in intro
    assert "This score describes a text, not its authors." in text


def test_quotes_prefer_distinct_traits_and_are_labelled():
    text = review_markdown(_records())
    first = text.split("\n## ")[1]
    quotes = re.findall(r"^> «\u202f(.+)\u202f»$", first, flags=re.M)
    labels = re.findall(r"^> — \*(.+)\*$", first, flags=re.M)
    assert quotes == ["Il est temps", "Notre modèle prédictif repère les familles à risque.", "gouvernance"]
    assert len(set(labels)) == 3
    assert "**Alert — " in first and "*Jeanne Fictive (Cabinet Exemple) · Le Quotidien fictif · 2025-03-01*" in first
    assert "No counter-signal found" in first
    third = text.split("\n## ")[3]
    assert "Counter-signals: critical stance ×2 (-7.0 points)." in third
    assert "No evidence of consultancy discourse found." in third


def test_top_limits_the_articles():
    text = review_markdown(_records(), top=1)
    assert len(re.findall(r"^## \d+\. ", text, flags=re.M)) == 1
    assert "Only the 1 highest-scored are discussed." in text


def test_markdown_escapes_markup():
    text = review_markdown(_records())
    assert "<script>" not in text and "<b>" not in text
    assert "](javascript" not in text.replace("\\](javascript", "")
    assert md_inline("a *b* <i>\n c") == "a \\*b\\* \\<i\\> c"


def test_html_digest_is_escaped_and_ranked():
    html = review_html(_records())
    collector = TagCollector(html)
    assert not any(tag in ("script", "img") for tag, _ in collector.tags)
    assert "&lt;b&gt;Programme&lt;/b&gt;" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    hrefs = [a.get("href") for t, a in collector.tags if t == "a"]
    assert hrefs == ["https://example.org/a?x=(1)"]
    assert html.index("Osons le virage") < html.index("Programme") < html.index("Un dispositif contesté")
    assert html.count("<blockquote>") == 3 + 2
