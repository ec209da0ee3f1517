"""The press-review digest: articles ranked by advertorial score, each with its verdict,
two or three key quotes and its counter-signals; as Markdown (a blog-post draft) or HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from discourse.evidence import Evidence
from discourse.io.record import ScoredDocument
from discourse.report.explain import (
    alert_sentence,
    byline,
    counter_signal_line,
    quotes_rather_than_proposes,
    safe_url,
    strongest_evidence,
    trait_label,
)

QUOTES = 3
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
VERDICTS = ("likely advertorial", "mixed", "unlikely")


@dataclass(frozen=True)
class DigestEntry:
    """What the digest says about one article."""

    rank: int
    record: ScoredDocument
    title: str
    url: str | None
    byline: str
    quotes: tuple[Evidence, ...]
    counter_line: str
    alerts: tuple[str, ...]


def rank_records(records: Sequence[ScoredDocument], top: int | None = None) -> list[ScoredDocument]:
    """Records by decreasing score (ties by id), the first ``top`` only when given."""
    ranked = sorted(records, key=lambda r: (-r.advertorial_score, r.id))
    return ranked[:top] if top else ranked


def digest_entries(records: Sequence[ScoredDocument], top: int | None = None, quotes: int = QUOTES) -> list[DigestEntry]:
    """One entry per article, ranked; quotes prefer distinct traits."""
    return [
        DigestEntry(
            rank=n,
            record=record,
            title=record.title or record.id,
            url=safe_url(record.url),
            byline=byline(record),
            quotes=tuple(strongest_evidence(record, quotes, distinct_traits=True)),
            counter_line=counter_signal_line(record),
            alerts=tuple(alert_sentence(a, record) for a in record.alerts),
        )
        for n, record in enumerate(rank_records(records, top), 1)
    ]


def verdict_counts(records: Sequence[ScoredDocument]) -> dict[str, int]:
    return {v: sum(1 for r in records if r.verdict == v) for v in VERDICTS}


def intro_sentence(records: Sequence[ScoredDocument], shown: int) -> str:
    """The opening paragraph: how many articles, how they split, what is shown."""
    counts = verdict_counts(records)
    n = len(records)
    text = (
        f"This review reads {n} article{'s' if n != 1 else ''} and ranks them by how far each behaves as a "
        f"publi-rédactionnel, an advertorial dressed as an op-ed: {counts['likely advertorial']} likely advertorial, "
        f"{counts['mixed']} mixed, {counts['unlikely']} unlikely."
    )
    alerted = [r for r in records if r.alerts]
    proposing = sum(1 for r in alerted if not all(quotes_rather_than_proposes(r, trait) for trait in r.alerts))
    quoting = len(alerted) - proposing
    if proposing:
        text += f" {proposing} propose{'s' if proposing == 1 else ''} to predict risk about people, flagged below whatever the score."
    if quoting:
        text += f" {quoting} quote{'s' if quoting == 1 else ''} such a proposal to discuss it."
    if shown < n:
        text += f" Only the {shown} highest-scored are discussed."
    return text


METHOD_NOTE = (
    "Scores come from discourse, an open-source tool that counts the marks of consultancy discourse "
    "(slogans of action verbs, jargon, money as the argument, unsourced foreign benchmarks, urgency, the authors' "
    "affiliation…) and subtracts sourcing, critical distance and concrete detail; quoted language weighs much less "
    "than the author's own. Every point traces back to a highlighted phrase. "
    "This score describes a text, not its authors. Ce score décrit un texte, pas ses auteurs."
)


def md_inline(text: str) -> str:
    """Text safe inside a Markdown line: one line, markup characters escaped (so no
    raw HTML tag or link can be injected)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def shorten(text: str, limit: int = 300) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis beyond ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def review_markdown(records: Sequence[ScoredDocument], top: int | None = None) -> str:
    """The digest as Markdown: intro, one ``##`` section per article ranked by score, method note."""
    entries = digest_entries(records, top)
    lines = ["# Press review: consultancy discourse in the news", "", md_inline(intro_sentence(records, len(entries))), ""]
    for entry in entries:
        record = entry.record
        title = f"[{md_inline(entry.title)}]({_md_url(entry.url)})" if entry.url else md_inline(entry.title)
        lines += [f"## {entry.rank}. {title}", ""]
        if entry.byline:
            lines += [f"*{md_inline(entry.byline)}*", ""]
        lines += [
            f"**{record.verdict.capitalize()} — {record.advertorial_score:.0f}/100** · consultancy density "
            f"{record.consultancy_density:.1f} per 1,000 words",
            "",
        ]
        for alert in entry.alerts:
            lines += [f"**Alert — {md_inline(alert)}**", ""]
        for quote in entry.quotes:
            label = trait_label(quote.trait) + (" (quoted by the author)" if quote.reported else "")
            lines += [f"> «\u202f{md_inline(shorten(quote.text))}\u202f»", ">", f"> — *{md_inline(label)}*", ""]
        if not entry.quotes:
            lines += ["No evidence of consultancy discourse found.", ""]
        lines += [md_inline(entry.counter_line), ""]
    lines += ["---", "", "## Method", "", METHOD_NOTE, ""]
    return "\n".join(lines)


def review_html(records: Sequence[ScoredDocument], top: int | None = None) -> str:
    """The digest as one self-contained HTML page (same content as the Markdown)."""
    from discourse.report.html import VERDICT_COLOURS, environment

    entries = digest_entries(records, top)
    return environment().get_template("review.html.j2").render(
        entries=entries, intro=intro_sentence(records, len(entries)), method=METHOD_NOTE,
        colours=VERDICT_COLOURS,
    )
