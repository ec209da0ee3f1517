"""``discourse train``: fit the trainable scorer on a labelled corpus, save it as JSON."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from discourse.cli.app import app
from discourse.cli.common import (
    EXIT_FATAL,
    err,
    fatal_errors,
    finish,
    prepare_output,
    print_accounting,
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
    load_options,
)


class Features(str, Enum):
    traits = "traits"
    traits_lemmas = "traits+lemmas"


@app.command("train")
def train_command(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the model (JSON).", dir_okay=False)],
    label_field: Annotated[str, typer.Option("--label-field", help="Metadata field holding the label ('advertorial' = positive).")] = "label",
    features: Annotated[Features, typer.Option("--features", help="traits (per-trait rates) or traits+lemmas (plus a bag of lemmas, firm names and disclosure labels masked).")] = Features.traits,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
) -> None:
    """Train a class-balanced, calibrated logistic regression on trait rates; saved as JSON (never pickle)."""
    from discourse.corpus import count_statuses, list_problems
    from discourse.run import analyze_inputs
    from discourse.scoring.evaluate import is_positive, label_of
    from discourse.scoring.model import corpus_fingerprint, fit_model, save_model
    from discourse.settings import Settings

    prepare_output(output)
    settings = Settings(lang=lang.value, keep_tokens=features is Features.traits_lemmas)
    with fatal_errors():
        analyses, statuses = analyze_inputs(list(inputs), settings, load_options(include, exclude, text_field, id_field, lang), workers)
        labelled = [(a, is_positive(label_of(a.record, label_field))) for a in analyses]
        labelled = [(a, lab) for a, lab in labelled if lab is not None]
        positives = sum(1 for _, lab in labelled if lab)
        if min(positives, len(labelled) - positives) < 2:  # the calibration needs two folds of each class
            print_accounting(count_statuses(statuses), list_problems(statuses))
            err.print(f"[red]error:[/red] training needs at least 2 documents of each class in {label_field!r}; "
                      f"found {positives} positive and {len(labelled) - positives} negative")
            raise typer.Exit(EXIT_FATAL)
        model, _ = fit_model([a for a, _ in labelled], [lab for _, lab in labelled], features.value)
        model.training.update({"label_field": label_field, "corpus_fingerprint": corpus_fingerprint([a for a, _ in labelled], label_field)})
        save_model(model, output)
    err.print(f"wrote {output}: {len(model.features)} features, {model.training['documents']} documents ({model.training['positives']} positive)")
    finish(statuses)
