"""``discourse rank``: a corpus ranked by advertorial score, as a table."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from discourse.cli.app import app
from discourse.cli.common import VERDICT_COLOURS, fatal_errors, finish, out
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


@app.command("rank")
def rank_command(
    inputs: Inputs,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Show only the N highest.")] = None,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    model: ModelOption = None,
    weights: WeightsOption = None,
) -> None:
    """Rank a corpus by advertorial score: title, verdict, score, density and top trait."""
    from discourse.report.explain import trait_label
    from discourse.run import run_analysis

    settings = analysis_settings(lang, model, weights)
    with fatal_errors():
        result = run_analysis(list(inputs), None, settings, load_options(include, exclude, text_field, id_field, lang), workers=workers)
    records = sorted(result.records, key=lambda r: (-r.advertorial_score, r.id))[:top]
    table = Table(title=f"{len(result.records)} documents ranked by advertorial score")
    for column, justify in (("#", "right"), ("title", "left"), ("genre", "left"), ("lang", "left"), ("verdict", "left"), ("score", "right"), ("density", "right"), ("top trait", "left")):
        table.add_column(column, justify=justify, overflow="fold")
    for n, record in enumerate(records, 1):
        colour = VERDICT_COLOURS.get(record.verdict, "white")
        top_trait = record.top_trait()
        table.add_row(
            str(n), escape((record.title or record.id)[:70]), escape(record.genre or ""), record.lang,
            f"[{colour}]{record.verdict}[/{colour}]", f"{record.advertorial_score:.0f}",
            f"{record.consultancy_density:.1f}", trait_label(top_trait) if top_trait else "—",
        )
    out.print(table)
    finish(result.statuses)
