"""``discourse analyze``: a corpus in, one scored record per document out."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from discourse.cli.app import app
from discourse.cli.common import (
    err,
    fatal_errors,
    finish,
    prepare_output,
    stderr_is_terminal,
)
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


class Backend(str, Enum):
    local = "local"
    dask = "dask"


@app.command("analyze")
def analyze_command(
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file; its extension picks the format: .jsonl, .csv (+ .evidence.csv), .parquet (+ .evidence.parquet) or .xlsx. Without it, JSONL on standard output.")] = None,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    resume: Annotated[bool, typer.Option("--resume", help="Reuse the records a previous run with the same settings already wrote to OUTPUT.")] = False,
    include_text: Annotated[bool, typer.Option("--include-text", help="Add the extracted text to each JSONL record.")] = False,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    model: ModelOption = None,
    weights: WeightsOption = None,
    plots: Annotated[Path | None, typer.Option("--plots", help="Also write score-distribution and trait-profile plots (PNG and SVG) into this folder.", file_okay=False)] = None,
    plot_by: Annotated[str, typer.Option("--plot-by", help="Metadata field grouping the plots (genre, outlet, label…).")] = "genre",
    backend: Annotated[Backend, typer.Option("--backend", help="local (worker processes on this machine) or dask (a Dask cluster; pip install 'discourse[dask]').")] = Backend.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="With --backend dask: the address of a distributed scheduler (default: Dask's local processes).")] = None,
) -> None:
    """Analyse a corpus: one record per document (score, verdict, per-trait counts, evidence), and a run manifest OUTPUT.run.json."""
    from discourse.run import run_analysis

    settings = analysis_settings(lang, model, weights, include_text=include_text)
    if resume and output is None:
        err.print("[red]error:[/red] --resume needs --output")
        raise typer.Exit(2)
    if output is not None:
        prepare_output(output)
    with fatal_errors(), _progress() as progress:
        task = progress.add_task("analysing", total=None)
        on_record = None
        if output is None:
            def on_record(record):  # stream JSONL to stdout as records come
                sys.stdout.write(record.to_json() + "\n")
                sys.stdout.flush()
                progress.advance(task)
        else:
            def on_record(record):
                progress.advance(task)
        result = run_analysis(
            list(inputs), output, settings, load_options(include, exclude, text_field, id_field, lang),
            workers=workers, resume=resume, on_record=on_record, keep_records=plots is not None,
            backend=backend.value, scheduler=scheduler,
        )
    if plots is not None and result.records:
        with fatal_errors():
            from discourse.report.plots import write_corpus_plots

            written = write_corpus_plots(result.records, plots, by=plot_by)
            err.print(f"plots: {', '.join(str(p) for p in written)}")
    if result.written:
        err.print(f"wrote {', '.join(str(p) for p in result.written)} ({result.documents} records, {result.reused} reused)")
    finish(result.statuses)


def _progress() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, disable=not stderr_is_terminal(), transient=True,
    )
