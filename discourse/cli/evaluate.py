"""``discourse evaluate``: how well the score separates labelled advertorials from the rest."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from discourse.cli.app import app
from discourse.cli.common import EXIT_PARTIAL, fatal_errors, out, print_accounting
from discourse.cli.options import Exclude, IdField, Include, Inputs, Lang, LangOption, ModelOption, TextField, WeightsOption, load_options


@app.command("evaluate")
def evaluate_command(
    inputs: Inputs,
    label_field: Annotated[str, typer.Option("--label-field", help="Metadata field holding the label ('advertorial' = positive).")] = "label",
    lang: LangOption = Lang.auto,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")] = 1,
    json_output: Annotated[bool, typer.Option("--json", help="Print the evaluation as JSON.")] = False,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    model: ModelOption = None,
    weights: WeightsOption = None,
) -> None:
    """Score a labelled corpus and compare: ROC AUC, precision/recall/F1 at the verdict thresholds, confusion matrix, breakdown by genre and language, worst-ranked documents with their evidence."""
    from discourse.analysis import Settings
    from discourse.run import run_analysis
    from discourse.scoring.evaluate import evaluate_records
    from discourse.scoring.weights import load_weights

    settings = Settings(lang=lang.value, model_path=str(model) if model else None, weights_path=str(weights) if weights else None)
    with fatal_errors():
        result = run_analysis(list(inputs), None, settings, load_options(include, exclude, text_field, id_field, lang), workers=workers)
        evaluation = evaluate_records(result.records, label_field, load_weights(weights) if weights else None)
    if json_output:
        out.print_json(json.dumps(evaluation.model_dump(mode="json"), ensure_ascii=False))
    else:
        _print(evaluation)
    print_accounting(result.counts, [(s.source, s.status, s.reason or "") for s in result.problems])
    if result.problems:
        raise typer.Exit(EXIT_PARTIAL)


def _print(evaluation) -> None:
    auc = f"{evaluation.roc_auc:.3f}" if evaluation.roc_auc is not None else "n/a (one class only)"
    out.print(f"[bold]{evaluation.n} labelled documents[/bold] ({evaluation.positives} positive, {evaluation.unlabelled} without label) — ROC AUC {auc}")
    table = Table(title="At the verdict thresholds")
    for column in ("positive when", "score ≥", "precision", "recall", "F1", "TN", "FP", "FN", "TP"):
        table.add_column(column, justify="right" if column != "positive when" else "left")
    for row in evaluation.thresholds:
        (tn, fp), (fn, tp) = row.confusion
        table.add_row(row.name, f"{row.threshold:g}", f"{row.precision:.2f}", f"{row.recall:.2f}", f"{row.f1:.2f}", str(tn), str(fp), str(fn), str(tp))
    out.print(table)
    for title, rows in (("By genre", evaluation.by_genre), ("By language", evaluation.by_lang)):
        table = Table(title=title)
        for column in ("group", "n", "positives", "mean score", "flagged (≥ mixed)"):
            table.add_column(column, justify="left" if column == "group" else "right")
        for row in rows:
            table.add_row(escape(row.group), str(row.n), str(row.positives), f"{row.mean_score:.1f}", str(row.flagged))
        out.print(table)
    for title, items in (("Lowest-scored positives", evaluation.worst_positives), ("Highest-scored negatives", evaluation.worst_negatives)):
        out.print(f"[bold]{title}[/bold]")
        for item in items:
            out.print(f"  {item.score:5.1f}  {escape(item.id)} [dim]({escape(item.genre or '—')}, {item.verdict})[/dim]")
            for line in item.evidence:
                out.print(f"         [dim]{escape(line)}[/dim]")
