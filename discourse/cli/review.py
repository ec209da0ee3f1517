"""``discourse review``: a press-review digest, articles ranked by advertorial score."""

from __future__ import annotations

import sys
from enum import Enum
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
    Workers,
    analysis_settings,
    load_options,
)


class ReviewFormat(str, Enum):
    md = "md"
    html = "html"


@app.command("review")
def review_command(
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (and OUTPUT.run.json beside it). Without it, the digest goes to standard output.", dir_okay=False)] = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help="Discuss only the N highest-scored articles.")] = None,
    format: Annotated[ReviewFormat, typer.Option("--format", "-f", help="md (a blog-post draft) or html (one self-contained page).")] = ReviewFormat.md,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    model: ModelOption = None,
    weights: WeightsOption = None,
) -> None:
    """A press-review digest: one section per article ranked by score, with its verdict, two or three key quotes labelled by trait, its counter-signals and any predictive-profiling alert."""
    from dataclasses import asdict

    from discourse.io.atomic import atomic_write
    from discourse.io.manifest import write_run_manifest
    from discourse.report.review import review_html, review_markdown
    from discourse.run import run_analysis

    settings = analysis_settings(lang, model, weights)
    if output is not None:
        prepare_output(output)
    with fatal_errors():
        result = run_analysis(list(inputs), None, settings, load_options(include, exclude, text_field, id_field, lang), workers=workers)
        render = review_html if format is ReviewFormat.html else review_markdown
        digest = render(result.records, top)
        if output is None:
            sys.stdout.write(digest)
            sys.stdout.flush()
        else:
            with atomic_write(output) as handle:
                handle.write(digest)
            write_run_manifest(output, result.statuses, asdict(settings) | {"workers": workers, "top": top, "format": format.value},
                               extra={"records": len(result.records)})
            err.print(f"wrote {output} ({len(result.records)} articles)")
    finish(result.statuses)
