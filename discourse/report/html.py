"""Self-contained HTML reports: one text with its evidence highlighted, and a corpus index.

Everything is inline (CSS, SVG): no script, nothing fetched, a restrictive
Content-Security-Policy. Templates are rendered by jinja2 with autoescape on, and the
highlighted text is built from escaped segments, so a hostile text shows as text.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from discourse import __version__
from discourse.evidence import Evidence
from discourse.io.atomic import atomic_write
from discourse.io.record import ScoredDocument
from discourse.report.explain import (
    alert_sentence,
    byline,
    discount_line,
    safe_url,
    trait_label,
)
from discourse.scoring.weights import DEFAULT_WEIGHTS, Weights, load_weights
from discourse.traits import registered

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
DISCLAIMER = {
    "en": "This score describes a text, not its authors.",
    "fr": "Ce score décrit un texte, pas ses auteurs.",
}
VERDICT_COLOURS = {"likely advertorial": "#c0392b", "mixed": "#d68910", "unlikely": "#1e8449"}
# distinct hues for traits in catalogue order; counter-signals get greens and blues
_TRAIT_PALETTE = (
    "#e6194b", "#f58231", "#ffe119", "#bfef45", "#b07cd8", "#f032e6", "#fabed4",
    "#9a6324", "#ff8c69", "#a9a9a9", "#dcbeff", "#ffd8b1", "#d4a373", "#7fb3d5",
)
_COUNTER_PALETTE = ("#3cb44b", "#4363d8", "#42d4f4", "#469990")
LONG_SPAN = 60
"""Spans longer than this (whole sentences) are underlined rather than filled, so the
shorter evidence inside them stays readable."""


# ---------------------------------------------------------------- colours and labels


@lru_cache(maxsize=1)
def trait_colours() -> dict[str, str]:
    """A colour per registered trait and counter-signal, stable across runs."""
    colours: dict[str, str] = {}
    for kind, palette in (("trait", _TRAIT_PALETTE), ("counter", _COUNTER_PALETTE)):
        for n, cls in enumerate(registered(kind)):
            colours[cls.id] = palette[n % len(palette)]
    return colours


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def css_class(trait: str) -> str:
    return "t-" + re.sub(r"[^a-z0-9_-]", "", trait.lower())


# ---------------------------------------------------------------- highlighting


@dataclass(frozen=True)
class Segment:
    """A stretch of text between two evidence boundaries, with the evidence covering it
    (indices into the evidence list, outermost first)."""

    start: int
    end: int
    evidence: tuple[int, ...]


def segments(text: str, evidence: Sequence[Evidence]) -> list[Segment]:
    """Cut ``text`` at every evidence boundary; each piece lists the spans covering it.
    Overlapping and nested spans are all kept: the pieces tile the whole text."""
    spans = [
        (i, max(0, e.start_char), min(len(text), e.end_char))
        for i, e in enumerate(evidence)
        if 0 <= e.start_char < e.end_char <= len(text)
    ]
    cuts = sorted({0, len(text)} | {s for _, s, _ in spans} | {e for _, _, e in spans})
    # outer spans first: earlier start, then longer
    spans.sort(key=lambda item: (item[1], -item[2], item[0]))
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = tuple(i for i, s, e in spans if s <= start and end <= e)
        pieces.append(Segment(start, end, covering))
    return pieces


def evidence_title(item: Evidence) -> str:
    """The tooltip of one span: trait, rule, weight and points, reported or not."""
    title = f"{trait_label(item.trait)} · {item.rule} · weight ×{item.weight:g} · {item.points:+.2f} points"
    if item.reported:
        title += " · reported speech (discounted)"
    return title


def highlighted_text(text: str, evidence: Sequence[Evidence]) -> Markup:
    """The text as escaped HTML, each piece wrapped in one ``<mark>`` per evidence span
    covering it (``data-ev`` = index of the evidence, ``data-trait``, ``data-rule``)."""
    parts: list[str] = []
    for piece in segments(text, evidence):
        chunk = str(escape(text[piece.start : piece.end]))
        if not piece.evidence:
            parts.append(chunk)
            continue
        title = "\n".join(evidence_title(evidence[i]) for i in piece.evidence)
        for depth, index in enumerate(reversed(piece.evidence)):
            item = evidence[index]
            classes = ["ev", css_class(item.trait)]
            if item.reported:
                classes.append("reported")
            if item.end_char - item.start_char > LONG_SPAN:
                classes.append("long")
            if trait_kind(item.trait) == "counter":
                classes.append("counter")
            attributes = (
                f' class="{" ".join(classes)}" data-ev="{index}" data-trait="{escape(item.trait)}"'
                f' data-rule="{escape(item.rule)}"'
            )
            if depth == 0:
                attributes += f' title="{escape(title)}"'
            chunk = f"<mark{attributes}>{chunk}</mark>"
        parts.append(chunk)
    return Markup("".join(parts))


def trait_kind(trait: str) -> str | None:
    """``trait`` or ``counter`` for a registered id, else None."""
    return next((cls.kind for cls in registered() if cls.id == trait), None)


# ---------------------------------------------------------------- gauge


def gauge_svg(score: float, verdict: str, weights: Weights) -> Markup:
    """A half-circle gauge of the score (0–100) with the verdict thresholds as ticks."""
    cx, cy, r = 100.0, 100.0, 80.0

    def point(value: float, radius: float = r) -> tuple[float, float]:
        angle = math.pi * (1 - value / 100)
        return round(cx + radius * math.cos(angle), 2), round(cy - radius * math.sin(angle), 2)

    value = max(0.0, min(100.0, score))
    x0, y0 = point(0)
    x1, y1 = point(value)
    colour = VERDICT_COLOURS.get(verdict, "#555")
    track = f'<path d="M {x0} {y0} A {r} {r} 0 0 1 {point(100)[0]} {point(100)[1]}" class="track"/>'
    arc = f'<path d="M {x0} {y0} A {r} {r} 0 0 1 {x1} {y1}" stroke="{colour}" class="arc"/>' if value > 0 else ""
    ticks = []
    for threshold in (weights.verdict.mixed, weights.verdict.likely):
        (ax, ay), (bx, by) = point(threshold, r - 16), point(threshold, r + 16)
        ticks.append(f'<line x1="{ax}" y1="{ay}" x2="{bx}" y2="{by}" class="tick"/>')
    label = (
        f'<text x="{cx}" y="{cy - 8}" class="score" fill="{colour}">{value:.0f}</text>'
        f'<text x="{cx}" y="{cy + 14}" class="of">/ 100</text>'
    )
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 122" width="220" height="134" '
        f'role="img" aria-label="advertorial score {value:.0f} out of 100">'
        f"{track}{arc}{''.join(ticks)}{label}</svg>"
    )
    return Markup(svg)


# ---------------------------------------------------------------- rendering


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The jinja2 environment of the report templates (autoescape on)."""
    env = Environment(
        loader=PackageLoader("discourse.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(CSP=CSP, DISCLAIMER=DISCLAIMER, trait_label=trait_label, version=__version__)
    return env


def legend(record: ScoredDocument) -> list[dict]:
    """The traits present in a record's evidence, in catalogue order, with their colour."""
    present = {e.trait for e in record.evidence}
    colours = trait_colours()
    return [
        {"trait": cls.id, "label": trait_label(cls.id), "class": css_class(cls.id), "kind": cls.kind,
         "count": sum(1 for e in record.evidence if e.trait == cls.id)}
        for cls in registered()
        if cls.id in present and cls.id in colours
    ]


def mark_css() -> Markup:
    """One CSS rule per trait colour (background for traits, underline for counter-signals)."""
    rules = []
    for trait, colour in trait_colours().items():
        name = css_class(trait)
        rules.append(f"mark.{name}{{background:{_rgba(colour, 0.35)}}}")
        rules.append(f".swatch.{name}{{background:{_rgba(colour, 0.55)};border-color:{colour}}}")
        rules.append(f"mark.long.{name}{{background:{_rgba(colour, 0.12)};border-bottom:3px solid {colour}}}")
        rules.append(f"mark.counter.{name}{{background:{_rgba(colour, 0.18)};border-bottom:2px solid {colour}}}")
    return Markup("\n".join(rules))


def method_info(record: ScoredDocument, weights: Weights) -> dict:
    """Versions, scorer and weights that produced a record, for the method section."""
    from discourse.io.manifest import tool_versions
    from discourse.lexicons import lexicons_fingerprint

    rows = []
    for group in (record.traits, record.counter_signals):
        for trait, score in group.items():
            weight = weights.for_trait(trait)
            if weight is None:
                continue
            rows.append({"label": trait_label(trait), "points": weight.points, "basis": weight.basis,
                         "scale": weight.scale, "count": score.count, "contribution": score.contribution})
    return {
        "versions": tool_versions() | {"discourse": __version__},
        "scorer": record.scorer,
        "lexicons": lexicons_fingerprint(),
        "weights_version": weights.version,
        "weights_fingerprint": weights.fingerprint,
        "reported_discount": weights.reported_discount,
        "verdict": weights.verdict,
        "rows": rows,
    }


def report_html(record: ScoredDocument, text: str, weights: Weights | None = None, back_link: str | None = None) -> str:
    """The full HTML report of one scored text (``text`` is the document text the evidence
    offsets point into)."""
    from discourse.report.plots import contribution_svg

    weights = weights or load_weights(DEFAULT_WEIGHTS)
    evidence = list(record.evidence)
    counters = [e for e in evidence if trait_kind(e.trait) == "counter"]
    return environment().get_template("report.html.j2").render(
        record=record,
        title=record.title or record.id,
        byline=byline(record),
        url=safe_url(record.url),
        verdict_colour=VERDICT_COLOURS.get(record.verdict, "#555"),
        gauge=gauge_svg(record.advertorial_score, record.verdict, weights),
        chart=contribution_svg(record),
        body=highlighted_text(text, evidence),
        legend=legend(record),
        mark_css=mark_css(),
        alerts=[alert_sentence(a, record) for a in record.alerts],
        alert_evidence=[e for e in evidence if e.trait in record.alerts],
        counters=counters,
        counter_totals=[(t, s) for t, s in record.counter_signals.items() if s.count],
        discount=discount_line(record, weights.reported_discount),
        reported=sum(1 for e in evidence if e.reported),
        method=method_info(record, weights),
        back_link=back_link,
        lang=record.lang if record.lang in DISCLAIMER else "en",
    )


def write_report(record: ScoredDocument, text: str, path: Path, weights: Weights | None = None, back_link: str | None = None) -> Path:
    """Write one report, replacing ``path`` whole."""
    html = report_html(record, text, weights, back_link)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as handle:
        handle.write(html)
    return path


def safe_name(document_id: str) -> str:
    """A file name for a document id: readable, no path separators, unique by hash."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", document_id).strip(".-")[:60] or "document"
    return f"{stem}-{hashlib.sha256(document_id.encode()).hexdigest()[:8]}.html"


def index_html(entries: Sequence[tuple[ScoredDocument, str]], weights: Weights | None = None) -> str:
    """The corpus overview: documents ranked by score, each linking to its report."""
    weights = weights or load_weights(DEFAULT_WEIGHTS)
    ranked = sorted(entries, key=lambda item: (-item[0].advertorial_score, item[0].id))
    rows = []
    for record, link in ranked:
        top = record.top_trait()
        rows.append({
            "record": record, "link": link, "title": record.title or record.id, "byline": byline(record),
            "colour": VERDICT_COLOURS.get(record.verdict, "#555"),
            "top_trait": trait_label(top) if top else "—",
        })
    counts = {v: sum(1 for r, _ in entries if r.verdict == v) for v in VERDICT_COLOURS}
    return environment().get_template("index.html.j2").render(
        rows=rows, counts=counts, alerts=sum(1 for r, _ in entries if r.alerts), weights=weights,
    )


def write_corpus_report(items: Sequence[tuple[ScoredDocument, str]], index: Path, weights: Weights | None = None) -> list[Path]:
    """Write ``index`` and one report per (record, text) in ``<index stem>_files/`` (a
    folder that belongs to the index: older reports in it are removed); returns the files
    written, index first."""
    folder = index.with_name(f"{index.stem}_files")
    index.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    entries: list[tuple[ScoredDocument, str]] = []
    for record, text in items:
        path = folder / safe_name(record.id)
        write_report(record, text, path, weights, back_link=f"../{index.name}")
        written.append(path)
        entries.append((record, f"{folder.name}/{path.name}"))
    with atomic_write(index) as handle:
        handle.write(index_html(entries, weights))
    # the folder belongs to this index: reports of documents no longer in it are removed
    for stale in set(folder.glob("*.html")) - set(written):
        stale.unlink()
    return [index, *written]
