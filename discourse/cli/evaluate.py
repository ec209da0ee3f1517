"""``discourse evaluate``: how well the score separates labelled advertorials from the rest."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from discourse.cli.app import app
from discourse.cli.common import err, fatal_errors, finish, out
from discourse.cli.options import (
    Exclude,
    IdField,
    Include,
    Inputs,
    Lang,
    LangOption,
    ModelOption,
    TextField,
    WeightsOption,
    Workers,
    analysis_settings,
    load_options,
)


@app.command("evaluate")
def evaluate_command(
    inputs: Inputs,
    label_field: Annotated[str, typer.Option("--label-field", help="Metadata field holding the label ('advertorial' = positive).")] = "label",
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    json_output: Annotated[bool, typer.Option("--json", help="Print the evaluation as JSON.")] = False,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    model: ModelOption = None,
    weights: WeightsOption = None,
    cv: Annotated[int | None, typer.Option("--cv", min=2, help="Also cross-validate a trained scorer with K grouped folds, beside the rules.")] = None,
    group_by: Annotated[str, typer.Option("--group-by", help="With --cv: metadata field whose values never straddle train and test (outlet, affiliation, any column).")] = "outlet",
    features: Annotated[str, typer.Option("--features", help="With --cv: traits or traits+lemmas.")] = "traits",
) -> None:
    """Score a labelled corpus and compare: ROC AUC, precision/recall/F1 at the verdict thresholds, confusion matrix, breakdown by genre and language, worst-ranked documents with their evidence. With --cv K, grouped cross-validation of the trained scorer beside the rules, with bootstrap confidence intervals."""
    from discourse.run import analyze_inputs
    from discourse.scoring.evaluate import evaluate_records
    from discourse.scoring.weights import load_weights

    if features not in ("traits", "traits+lemmas"):
        err.print("[red]error:[/red] --features is traits or traits+lemmas")
        raise typer.Exit(2)
    settings = analysis_settings(lang, model, weights, keep_tokens=cv is not None and features == "traits+lemmas")
    with fatal_errors():
        analyses, statuses = analyze_inputs(list(inputs), settings, load_options(include, exclude, text_field, id_field, lang), workers)
        records = [a.record for a in analyses]
        evaluation = evaluate_records(records, label_field, load_weights(weights) if weights else None)
        crossval = None
        if cv is not None:
            from discourse.scoring.crossval import cross_validate

            crossval = cross_validate(analyses, label_field, k=cv, group_by=group_by or None, features=features)
    if json_output:
        payload = {"evaluation": evaluation.model_dump(mode="json"), "cross_validation": crossval.model_dump(mode="json") if crossval else None}
        out.print_json(json.dumps(payload, ensure_ascii=False))
    else:
        _print(evaluation)
        if crossval is not None:
            _print_cv(crossval)
    finish(statuses)


def _interval(value) -> str:
    if value.value is None:
        return "n/a"
    if value.low is None:
        return f"{value.value:.3f}"
    return f"{value.value:.3f} [{value.low:.3f}–{value.high:.3f}]"


def _print_cv(crossval) -> None:
    out.print(
        f"[bold]Grouped {crossval.k}-fold cross-validation[/bold] by {crossval.group_by or 'document'}: "
        f"{crossval.n} documents, {crossval.positives} positive; positive when score ≥ {crossval.threshold:g}; "
        f"95 % bootstrap intervals ({crossval.bootstrap} resamples, seed {crossval.seed})"
    )
    table = Table()
    for column in ("scorer", "ROC AUC", "F1", "accuracy"):
        table.add_column(column)
    for row in crossval.scorers:
        table.add_row(escape(row.scorer), _interval(row.roc_auc), _interval(row.f1), _interval(row.accuracy))
    out.print(table)
    for fold in crossval.folds:
        out.print(f"  fold {fold.fold}: train {fold.train}, test {fold.test} ({len(fold.test_groups)} groups)")


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
