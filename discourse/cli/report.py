"""``discourse report``: a self-contained HTML report, the evidence highlighted in the text.
One document → one page; a folder or several documents → an index page linking one
report per document."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from discourse.cli.app import app
from discourse.cli.common import err, fatal_errors, finish, prepare_output
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
    analysis_settings,
    load_options,
)


@app.command("report")
def report_command(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write. For several documents, this is the index and the reports go to OUTPUT_files/ beside it.", dir_okay=False)],
    lang: LangOption = Lang.auto,
    author: Annotated[list[str] | None, typer.Option("--author", help="Author of a text pasted without its byline (repeatable).")] = None,
    affiliation: Annotated[str | None, typer.Option("--affiliation", help="The authors' firm or employer, when the text does not say it.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Where the text was published.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title to show.")] = None,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    model: ModelOption = None,
    weights: WeightsOption = None,
) -> None:
    """Write an HTML report: score gauge, verdict, contributions, the text with every evidence span highlighted, counter-signals and method. No script, nothing loaded from outside."""
    from discourse.report.html import write_corpus_report, write_report
    from discourse.scoring.weights import DEFAULT_WEIGHTS, load_weights

    overrides = {k: v for k, v in {"authors": author, "affiliation": affiliation, "outlet": outlet, "title": title}.items() if v}
    settings = analysis_settings(lang, model, weights)
    prepare_output(output)
    with fatal_errors():
        weights_used = load_weights(weights or DEFAULT_WEIGHTS)
        analyses, statuses = _analyze(list(inputs), settings, load_options(include, exclude, text_field, id_field, lang), overrides)
        items = [(a.record, a.document.text) for a in analyses if a.document is not None]
        if not items:
            written = []
        elif len(items) == 1 and not _is_corpus(inputs):
            written = [write_report(*items[0], output, weights_used)]
        else:
            written = write_corpus_report(items, output, weights_used)
        if written:
            _manifest(output, statuses, settings, len(items))
    if written:
        extra = f" and {len(written) - 1} reports in {written[1].parent}" if len(written) > 1 else ""
        err.print(f"wrote {written[0]}{extra}")
    finish(statuses)


def _is_corpus(inputs: list[str]) -> bool:
    return len(inputs) > 1 or Path(inputs[0]).is_dir()


def _analyze(inputs, settings, options, overrides):
    from discourse.analysis import analyze
    from discourse.run import load_all

    documents, statuses = load_all(inputs, options)
    if overrides:
        documents = [d.model_copy(update=overrides) for d in documents]
    return list(analyze(documents, settings)), statuses


def _manifest(output: Path, statuses, settings, documents: int) -> None:
    from dataclasses import asdict

    from discourse.io.manifest import write_run_manifest

    write_run_manifest(output, statuses, asdict(settings) | {"fingerprint": settings.fingerprint()}, extra={"records": documents})
