"""Plots (matplotlib, Agg backend): a record's contributions as inline SVG, and corpus
plots (score distribution and trait profile by group) as PNG and SVG files.

Output is deterministic: fixed SVG hash salt, no dates or software stamps in the files.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from discourse.io.atomic import atomic_write  # noqa: E402
from discourse.io.record import ScoredDocument  # noqa: E402
from discourse.report.explain import record_field, trait_label  # noqa: E402
from discourse.traits import registered  # noqa: E402

_STYLE = {
    "svg.hashsalt": "discourse",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
_SVG_METADATA = {"Date": None, "Creator": None}
_PNG_METADATA = {"Software": None}
NO_GROUP = "(none)"


def _svg_bytes(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    with plt.rc_context(_STYLE):
        figure.savefig(buffer, format="svg", metadata=_SVG_METADATA, bbox_inches="tight")
    return buffer.getvalue()


def _png_bytes(figure: Figure, dpi: int = 150) -> bytes:
    buffer = io.BytesIO()
    with plt.rc_context(_STYLE):
        figure.savefig(buffer, format="png", metadata=_PNG_METADATA, dpi=dpi, bbox_inches="tight")
    return buffer.getvalue()


def inline_svg(figure: Figure) -> str:
    """An SVG figure ready to sit inside HTML: no XML declaration, doctype or comments."""
    text = _svg_bytes(figure).decode("utf-8")
    text = re.sub(r"<\?xml[^>]*\?>\s*", "", text)
    text = re.sub(r"<!DOCTYPE[^>]*>\s*", "", text)
    text = re.sub(r"<!--.*?-->\s*", "", text, flags=re.S)
    return text.strip()


def contribution_figure(record: ScoredDocument) -> Figure:
    """Horizontal bars: the points each trait adds (and each counter-signal removes)."""
    from discourse.report.html import trait_colours

    colours = trait_colours()
    rows = [(t, s.contribution) for group in (record.traits, record.counter_signals) for t, s in group.items() if s.contribution]
    rows.sort(key=lambda item: -item[1])
    with plt.rc_context(_STYLE):
        height = 0.9 + 0.32 * max(len(rows), 1)
        figure = Figure(figsize=(7.2, height))
        axes = figure.add_subplot()
        if not rows:
            axes.text(0.5, 0.5, "no evidence: every contribution is 0", ha="center", va="center", transform=axes.transAxes)
            axes.set_axis_off()
            return figure
        labels = [trait_label(t) for t, _ in rows]
        values = [v for _, v in rows]
        positions = np.arange(len(rows))[::-1]
        axes.barh(positions, values, color=[colours.get(t, "#888888") for t, _ in rows], edgecolor="#333333", linewidth=0.4)
        axes.set_yticks(positions, labels)
        axes.axvline(0, color="#333333", linewidth=0.8)
        for y, value in zip(positions, values):
            axes.text(value + (0.3 if value >= 0 else -0.3), y, f"{value:+.1f}", va="center",
                      ha="left" if value >= 0 else "right", fontsize=9)
        low, high = min(0.0, min(values)), max(0.0, max(values))
        pad = max(3.0, 0.15 * (high - low))
        axes.set_xlim(low - (pad if low < 0 else 0), high + pad)
        axes.set_xlabel(f"points (sum, clamped to 0–100: score {record.advertorial_score:.0f})")
        figure.tight_layout()
    return figure


def contribution_svg(record: ScoredDocument) -> str:
    """The contribution chart of one record as inline SVG markup."""
    from markupsafe import Markup

    return Markup(inline_svg(contribution_figure(record)))


def _groups(records: Sequence[ScoredDocument], by: str) -> dict[str, list[ScoredDocument]]:
    groups: dict[str, list[ScoredDocument]] = {}
    for record in records:
        groups.setdefault(record_field(record, by) or NO_GROUP, []).append(record)
    return dict(sorted(groups.items()))


def score_figure(records: Sequence[ScoredDocument], by: str = "genre") -> Figure:
    """Advertorial score by group: a box per group with every document as a dot."""
    groups = _groups(records, by)
    names = list(groups)
    with plt.rc_context(_STYLE):
        figure = Figure(figsize=(max(6.0, 0.9 * len(names) + 2.0), 4.8))
        axes = figure.add_subplot()
        data = [[r.advertorial_score for r in groups[n]] for n in names]
        axes.boxplot(data, positions=range(1, len(names) + 1), widths=0.55, showfliers=False,
                     medianprops={"color": "#c0392b"}, boxprops={"color": "#555555"})
        for n, values in enumerate(data, 1):
            offsets = np.linspace(-0.18, 0.18, len(values)) if len(values) > 1 else np.zeros(1)
            axes.scatter(n + offsets, values, s=18, color="#1f4e9c", alpha=0.75, zorder=3)
        axes.set_xticks(range(1, len(names) + 1), [f"{name}\n(n={len(groups[name])})" for name in names],
                        rotation=30 if len(names) > 5 else 0, ha="right" if len(names) > 5 else "center")
        axes.set_ylim(-3, 103)
        axes.set_ylabel("advertorial score (0–100)")
        axes.set_title(f"Advertorial score by {by}")
        figure.tight_layout()
    return figure


def trait_profile_figure(records: Sequence[ScoredDocument], by: str = "genre") -> Figure:
    """Heatmap of the mean rate (per 1,000 words) of each trait and counter-signal by group."""
    groups = _groups(records, by)
    names = list(groups)
    traits = [cls.id for cls in registered("trait")] + [cls.id for cls in registered("counter")]
    matrix = np.zeros((len(names), len(traits)))
    for i, name in enumerate(names):
        for j, trait in enumerate(traits):
            rates = [(r.traits.get(trait) or r.counter_signals.get(trait)) for r in groups[name]]
            matrix[i, j] = np.mean([s.per_1000 if s is not None else 0.0 for s in rates])
    with plt.rc_context(_STYLE):
        figure = Figure(figsize=(max(8.0, 0.55 * len(traits) + 3.0), max(3.0, 0.45 * len(names) + 2.4)))
        axes = figure.add_subplot()
        image = axes.imshow(matrix, cmap="YlOrRd", aspect="auto")
        axes.set_xticks(range(len(traits)), [trait_label(t) for t in traits], rotation=45, ha="right")
        axes.set_yticks(range(len(names)), [f"{n} (n={len(groups[n])})" for n in names])
        counters = len(registered("counter"))
        if counters:
            axes.axvline(len(traits) - counters - 0.5, color="#1d1d1f", linewidth=1.5)
        if matrix.size <= 400:
            top = matrix.max() or 1.0
            for (i, j), value in np.ndenumerate(matrix):
                axes.text(j, i, f"{value:.1f}", ha="center", va="center", fontsize=7,
                          color="white" if value > 0.6 * top else "#1d1d1f")
        figure.colorbar(image, ax=axes, label="mean per 1,000 words")
        axes.set_title(f"Trait profile by {by} (counter-signals right of the line)")
        figure.tight_layout()
    return figure


def _write(figure: Figure, stem: Path) -> list[Path]:
    written = []
    for suffix, payload in ((".png", _png_bytes(figure)), (".svg", _svg_bytes(figure))):
        path = stem.with_suffix(suffix)
        with atomic_write(path, "wb") as handle:
            handle.write(payload)
        written.append(path)
    return written


def write_corpus_plots(records: Sequence[ScoredDocument], folder: Path, by: str = "genre") -> list[Path]:
    """Write ``score_by_<by>`` and ``traits_by_<by>`` as PNG and SVG into ``folder``;
    return the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    field = re.sub(r"[^A-Za-z0-9_-]+", "_", by) or "group"
    written = _write(score_figure(records, by), folder / f"score_by_{field}")
    written += _write(trait_profile_figure(records, by), folder / f"traits_by_{field}")
    return written
