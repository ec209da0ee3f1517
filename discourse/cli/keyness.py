"""``discourse keyness``: what a part of the corpus over- and under-uses against another."""

from __future__ import annotations

from typing import Annotated

import typer

from discourse.cli.app import app
from discourse.cli.common import err, fatal_errors, finish
from discourse.cli.freq import (
    ExcludeReported,
    FormatOption,
    PosOption,
    TableFormat,
    UnitOption,
    emit,
    load_tables,
)
from discourse.cli.options import (
    Exclude,
    IdField,
    Include,
    Inputs,
    Lang,
    LangOption,
    TextField,
    Workers,
)
from discourse.stats.choices import Measure, Unit


@app.command("keyness")
def keyness_command(
    inputs: Inputs,
    by: Annotated[str, typer.Option("--by", help="Metadata field that splits the corpus (genre, outlet, label, any CSV column).")],
    target: Annotated[list[str], typer.Option("--target", help="Value(s) of the field forming the target part (repeatable).")],
    reference: Annotated[list[str] | None, typer.Option("--reference", help="Value(s) forming the reference part (repeatable). Default: every other document.")] = None,
    unit: UnitOption = Unit.word,
    measure: Annotated[Measure, typer.Option("--measure", help="Ranking: ll (signed log-likelihood), logratio (effect size), chi2 (Yates) or specificity (Lafon).")] = Measure.ll,
    min_freq: Annotated[int, typer.Option("--min-freq", min=1, help="Test only items seen at least N times in both parts together.")] = 3,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows shown in a table: the N most overused (and, with --underused, the N most underused).")] = 30,
    underused: Annotated[bool, typer.Option("--underused", help="Also show the most underused items in a table.")] = False,
    pos: PosOption = None,
    exclude_reported: ExcludeReported = False,
    per: Annotated[int, typer.Option("--per", min=1, help="Rates per this many words.")] = 10_000,
    format: FormatOption = TableFormat.table,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
) -> None:
    """Keyness of words, lemmas, traits or rules in a target part against a reference: signed log-likelihood, log ratio, %DIFF, chi², Lafon specificity, p-value and a Bonferroni flag."""
    from discourse.stats import compare

    with fatal_errors():
        tables, statuses = load_tables(inputs, lang, include, exclude, text_field, id_field, workers)
        frame = compare(tables, by, target, reference or None, unit, measure, min_freq, pos, exclude_reported, per)
    attrs = frame.attrs
    if format is TableFormat.table:
        err.print(
            f"target {by} = {', '.join(attrs['target'])}: {attrs['documents_target']} documents, {attrs['words_target']:,} words; "
            f"reference {', '.join(attrs['reference']) or '(no value)'}: {attrs['documents_reference']} documents, {attrs['words_reference']:,} words; "
            f"{len(frame)} {unit.value}s tested, significant = p < 0.05 / {max(len(frame), 1)} (Bonferroni)"
        )
        view = _view(frame, measure)
        overused = view[frame[_column(measure)] > 0]
        emit(overused, format, f"Overused in {', '.join(attrs['target'])} ({unit.value}, ranked by {measure.value}; rates per {per:,} words)", top)
        if underused:
            under = view[frame[_column(measure)] < 0].iloc[::-1]
            emit(under, format, f"Underused in {', '.join(attrs['target'])}", top)
    else:
        emit(frame, format)
    finish(statuses)


def _column(measure: Measure) -> str:
    return {Measure.ll: "ll", Measure.logratio: "log_ratio", Measure.chi2: "chi2", Measure.specificity: "specificity"}[measure]


def _view(frame, measure: Measure):
    """The columns a person reads: counts, rates, documents, the ranking score, effect sizes, p."""
    score = _column(measure)
    columns = {"item": "item", "freq_target": "target", "freq_reference": "ref", "rate_target": "rate t", "rate_reference": "rate r",
               "docs_target": "docs t", score: measure.value}
    if measure is not Measure.logratio:
        columns["log_ratio"] = "log ratio"
    columns.update({"pct_diff": "%DIFF", "p_value": "p", "significant": "sig."})
    return frame[list(columns)].rename(columns=columns)
