"""Markdown rendering of one scored record (``discourse score --format md``)."""

from __future__ import annotations

from discourse.io.record import ScoredDocument
from discourse.report.explain import (
    alert_sentence,
    discount_line,
    strongest_evidence,
    trait_label,
)
from discourse.scoring.weights import load_weights


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def record_markdown(record: ScoredDocument, top: int = 5) -> str:
    """A short Markdown explanation: score, verdict, per-trait table, strongest evidence."""
    lines = [f"# {record.title or record.id}", ""]
    byline = ", ".join(x for x in ["; ".join(record.authors), record.affiliation or "", record.outlet or "", record.date or ""] if x)
    if byline:
        lines += [f"*{byline}*", ""]
    lines += [
        f"**Advertorial score: {record.advertorial_score:.0f}/100 — {record.verdict}** · "
        f"consultancy density {record.consultancy_density:.1f} per 1,000 words · {record.words} words",
        "",
    ]
    for alert in record.alerts:
        lines += [f"> **Alert — {alert_sentence(alert, record)}**", ""]
    note = discount_line(record, load_weights().reported_discount)
    if note:
        lines += [f"_{note}_", ""]
    lines += ["| trait | count | reported | per 1,000 words | points |", "|---|---:|---:|---:|---:|"]
    for group in (record.traits, record.counter_signals):
        for trait, score in group.items():
            if score.count:
                lines.append(f"| {trait_label(trait)} | {score.count} | {score.reported} | {score.per_1000:.1f} | {score.contribution:+.1f} |")
    lines.append("")
    evidence = strongest_evidence(record, top)
    if evidence:
        lines += ["## Strongest evidence", ""]
        for item in evidence:
            flag = " (reported)" if item.reported else ""
            lines.append(f"- **{trait_label(item.trait)}**{flag} — «{_cell(item.text)}» (+{item.points:.1f}): {_cell(item.sentence)}")
        lines.append("")
    for item in record.metadata_evidence:
        lines.append(f"- **{trait_label(item.trait)}** from metadata `{item.field}`: {_cell(item.value)} (+{item.points:.1f})")
    lines += ["", "_This score describes a text, not its authors._", ""]
    return "\n".join(lines)
