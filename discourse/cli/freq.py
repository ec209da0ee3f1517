"""``discourse freq``: frequency lists of words, lemmas, traits or rules, by group.

Also the helpers the other corpus-statistics commands share (keyness, kwic, collocates):
loading a corpus into tables, printing a frame as a table, CSV or JSON, the accounting.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from discourse.cli.app import app
from discourse.cli.common import EXIT_OK, err, fatal_errors, finish, out
from discourse.cli.options import (
    Exclude,
    IdField,
    Include,
    Inputs,
    Lang,
    LangOption,
    TextField,
    Workers,
    load_options,
)
from discourse.stats.choices import Unit

if TYPE_CHECKING:
    import pandas as pd


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


UnitOption = Annotated[Unit, typer.Option("--unit", help="What is counted: word (lowercased), lemma, trait (evidence spans by trait) or rule (by rule id).")]
ByOption = Annotated[str | None, typer.Option("--by", help="Metadata field grouping the documents (genre, outlet, label, or any CSV/manifest column).")]
PosOption = Annotated[list[str] | None, typer.Option("--pos", help="Keep only words with this part of speech (VERB, NOUN, ADJ…; repeatable). Word and lemma units.")]
ExcludeReported = Annotated[bool, typer.Option("--exclude-reported", help="Leave out tokens and evidence inside reported speech (quotes, 'selon X…'). Default: all tokens.")]
FormatOption = Annotated[TableFormat, typer.Option("--format", "-f", help="table (for people), csv or json (for programs).")]
TopOption = Annotated[int, typer.Option("--top", min=1, help="Rows shown in a table (per group). CSV and JSON hold every row.")]


def load_tables(inputs: list[str], lang: Lang, include, exclude, text_field: str, id_field: str, workers: int = 1):
    """Analyse the inputs with the token table kept; return ``(tables, statuses)``.
    When no document could be read there is nothing to count: the accounting is printed
    and the command ends (exit 3 if inputs were skipped or failed, else 0)."""
    from discourse.run import analyze_inputs
    from discourse.settings import Settings
    from discourse.stats import tables_from_analyses

    settings = Settings(lang=lang.value, keep_tokens=True)
    analyses, statuses = analyze_inputs(list(inputs), settings, load_options(include, exclude, text_field, id_field, lang), workers)
    if not analyses:
        err.print("no document to count")
        finish(statuses)
        raise typer.Exit(EXIT_OK)
    return tables_from_analyses(analyses), statuses


def _cell(value: object, column: str = "") -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float) and column in ("p", "p_value"):
        return f"{value:.1e}" if value < 0.001 else f"{value:.3f}"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return escape(str(value))


def emit(frame: "pd.DataFrame", format: TableFormat, title: str = "", top: int | None = None, group: str | None = None) -> None:
    """Print ``frame`` to stdout: a rich table (``top`` rows, per ``group`` if given), or
    every row as CSV or JSON records."""
    import pandas as pd

    if format is TableFormat.csv:
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
        return
    if format is TableFormat.json:
        payload = {"meta": {k: v for k, v in frame.attrs.items()}, "rows": json.loads(frame.to_json(orient="records", force_ascii=False))}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
        return
    shown = frame.groupby(group, sort=False).head(top) if group and top else frame.head(top) if top else frame
    table = Table(title=title or None, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[column]) and not pd.api.types.is_bool_dtype(frame[column])
        table.add_column(column, justify="right" if numeric else "left", overflow="fold", no_wrap=column == frame.columns[0])
    for row in shown.itertuples(index=False):
        table.add_row(*[_cell(v, c) for v, c in zip(row, frame.columns, strict=True)])
    console = out if out.is_terminal else Console(highlight=False, width=160)  # piped: do not fold at 80 columns
    console.print(table)
    if len(shown) < len(frame):
        err.print(f"{len(shown)} of {len(frame)} rows shown; --top N for more, --format csv for all")


@app.command("freq")
def freq_command(
    inputs: Inputs,
    by: ByOption = None,
    unit: UnitOption = Unit.word,
    pos: PosOption = None,
    per: Annotated[int, typer.Option("--per", min=1, help="Rates per this many words.")] = 10_000,
    min_freq: Annotated[int, typer.Option("--min-freq", min=1, help="Leave out items seen fewer times (in a group).")] = 1,
    exclude_reported: ExcludeReported = False,
    top: TopOption = 30,
    format: FormatOption = TableFormat.table,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
) -> None:
    """Frequency list: count, rate per N words and number of documents of each word, lemma, trait or rule, by group."""
    from discourse.stats import frequencies

    with fatal_errors():
        tables, statuses = load_tables(inputs, lang, include, exclude, text_field, id_field, workers)
        frame = frequencies(tables, unit, by=by, pos=pos, per=per, exclude_reported=exclude_reported, min_freq=min_freq)
    title = f"{unit.value} frequencies, rate per {per:,} words" + (f", by {by}" if by else "")
    emit(frame, format, title, top, by)
    finish(statuses)


__all__ = ["ByOption", "ExcludeReported", "FormatOption", "TableFormat", "TopOption", "UnitOption", "emit", "finish", "load_tables"]
