"""``discourse score``: one text, its score, verdict and reasons."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from discourse.cli.app import app
from discourse.cli.common import VERDICT_COLOURS, err, fatal_errors, finish, out
from discourse.cli.options import (
    Format,
    Lang,
    LangOption,
    ModelOption,
    WeightsOption,
    analysis_settings,
    load_options,
)

if TYPE_CHECKING:
    from discourse.io.record import ScoredDocument



@app.command("score")
def score_command(
    source: Annotated[str, typer.Argument(metavar="SOURCE", help="A file, an http(s) URL, or - to read the text from standard input.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="table (for people), json (the full record, one JSON line per text) or md.")] = Format.table,
    lang: LangOption = Lang.auto,
    author: Annotated[list[str] | None, typer.Option("--author", help="Author of a text pasted without its byline (repeatable).")] = None,
    affiliation: Annotated[str | None, typer.Option("--affiliation", help="The authors' firm or employer, when the text does not say it.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Where the text was published.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title to show.")] = None,
    top: Annotated[int, typer.Option("--top", help="How many evidence spans to quote.", min=1)] = 5,
    model: ModelOption = None,
    weights: WeightsOption = None,
) -> None:
    """Score one text: advertorial score (0–100), verdict, per-trait table and the strongest evidence."""
    from discourse.analysis import analyze_document
    from discourse.corpus import iter_corpus

    overrides = {k: v for k, v in {"authors": author, "affiliation": affiliation, "outlet": outlet, "title": title}.items() if v}
    settings = analysis_settings(lang, model, weights)
    statuses = []
    with fatal_errors():
        for loaded in iter_corpus([source], load_options(None, None, "text", "id", lang)):
            statuses.append(loaded.status)
            for document in loaded.documents:
                document = document.model_copy(update=overrides)
                _show(analyze_document(document, settings).record, format, top)
    finish(statuses, quiet_when_clean=True)


def _show(record: "ScoredDocument", format: Format, top: int) -> None:
    from discourse.report.explain import (
        alert_sentence,
        discount_line,
        strongest_evidence,
        trait_label,
    )
    from discourse.scoring.weights import load_weights

    if format is Format.json:
        # one record per line (JSONL), like analyze: an input with several texts stays parseable
        sys.stdout.write(record.to_json() + "\n")
        return
    if format is Format.md:
        from discourse.report.markdown import record_markdown

        out.print(record_markdown(record, top), markup=False, highlight=False)
        return
    colour = VERDICT_COLOURS.get(record.verdict, "white")
    heading = (
        f"[bold]{escape(record.title or record.id)}[/bold]\n"
        f"[{colour}][bold]{record.advertorial_score:.0f}/100 — {record.verdict}[/bold][/{colour}]   "
        f"consultancy density {record.consultancy_density:.1f}/1,000 words · {record.words} words · {record.lang}"
    )
    out.print(Panel(heading, expand=False))
    for alert in record.alerts:
        out.print(f"[magenta bold]Alert[/] {escape(alert_sentence(alert, record))}")
    table = Table(title="Traits (evidence × weight = points)", show_lines=False)
    for column, justify in (("trait", "left"), ("count", "right"), ("reported", "right"), ("per 1,000", "right"), ("points", "right")):
        table.add_column(column, justify=justify)
    for group in (record.traits, record.counter_signals):
        for trait, score in group.items():
            if score.count:
                table.add_row(trait_label(trait), str(score.count), str(score.reported), f"{score.per_1000:.1f}", f"{score.contribution:+.1f}")
    for item in record.metadata_evidence:
        table.add_row(escape(f"{trait_label(item.trait)} (metadata: {item.field}: {item.value})"), "1", "0", "", f"{item.points:+.1f}")
    out.print(table)
    note = discount_line(record, load_weights().reported_discount)
    if note:
        out.print(f"[italic]{note}[/italic]")
    evidence = strongest_evidence(record, top)
    if evidence:
        out.print("[bold]Strongest evidence[/bold]")
        for item in evidence:
            flag = " [dim](reported)[/dim]" if item.reported else ""
            out.print(f"  [cyan]{trait_label(item.trait)}[/cyan]{flag} +{item.points:.1f}  «{escape(item.text)}»", highlight=False)
            out.print(f"    [dim]{escape(item.sentence[:240])}[/dim]", highlight=False)
    for warning in record.warnings:
        err.print(f"[yellow]warning[/yellow] {escape(warning)}")
    out.print("[dim]This score describes a text, not its authors.[/dim]")
