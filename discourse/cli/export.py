"""``discourse export``: a corpus for IRaMuTeQ, TXM or quanteda, with its metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from discourse.cli.app import app
from discourse.cli.common import EXIT_FATAL, err, fatal_errors, finish, prepare_output
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
from discourse.io.exports import Target


@app.command("export")
def export_command(
    inputs: Inputs,
    to: Annotated[Target, typer.Option("--to", help="iramuteq (one .txt with **** *var_value lines), txm (a folder: one .txt per text + metadata.csv) or quanteda (a CSV: doc_id, text, docvars).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write (a folder for txm).")],
    field: Annotated[list[str] | None, typer.Option("--field", help="Metadata field to export (repeatable). Default: lang, genre, label, outlet, affiliation, date, authors and every extra column.")] = None,
    scores: Annotated[bool, typer.Option("--scores", help="Analyse the texts and add advertorial_score, verdict and consultancy_density as variables (slower).")] = False,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
) -> None:
    """Export texts and metadata so that a researcher continues in IRaMuTeQ, TXM or quanteda."""
    from discourse.io.exports import export_corpus
    from discourse.run import load_all

    if to is not Target.txm:
        prepare_output(output)
    elif output.exists() and not output.is_dir():
        err.print(f"[red]error:[/red] cannot write {escape(str(output))}: txm writes a folder and this is a file")
        raise typer.Exit(EXIT_FATAL)
    with fatal_errors():
        documents, statuses = load_all(list(inputs), load_options(include, exclude, text_field, id_field, lang))
        extra = _scores(documents, lang, workers) if scores else None
        written = export_corpus(documents, to, output, field, extra)
    err.print(f"wrote {len(documents)} texts for {to.value}: {output} ({len(written)} files)")
    finish(statuses)


def _scores(documents, lang: Lang, workers: int) -> dict[str, dict[str, object]]:
    from discourse.analysis import analyze
    from discourse.settings import Settings

    found = {}
    for analysis in analyze(documents, Settings(lang=lang.value), workers=workers):
        record = analysis.record
        found[record.id] = {"advertorial_score": round(record.advertorial_score), "verdict": record.verdict,
                            "consultancy_density": round(record.consultancy_density, 1)}
    return found
