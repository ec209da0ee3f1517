"""``discourse extract``: load inputs and write the documents as JSONL, with the
ok / skipped / failed accounting on stderr and in the run manifest."""

from __future__ import annotations

import json
import sys
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
    TextField,
    load_options,
)
from discourse.corpus import Corpus, Document, LoadOptions, iter_corpus
from discourse.io import atomic_write, write_run_manifest

Output = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", dir_okay=False,
        help="Write the documents to this JSONL file, and the run manifest FILE.run.json beside it. "
        "Without it, documents go to standard output.",
    ),
]


@app.command("extract")
def extract(
    inputs: Inputs,
    output: Output = None,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    lang: LangOption = Lang.auto,
) -> None:
    """Load documents as the analysis will see them: text, metadata and how each was read, one JSON line each.

    Every input found ends as ok, skipped or failed. The counts and one line per skipped or failed input are printed on stderr; the exit code is 3 when any input was skipped or failed.
    """
    options = load_options(include, exclude, text_field, id_field, lang)
    if output is not None:
        prepare_output(output)
    with fatal_errors():
        corpus = extract_documents(inputs, options, output)
    finish(corpus.statuses)


def extract_documents(inputs: list[str], options: LoadOptions, output: Path | None) -> Corpus:
    """Stream documents to ``output`` (replaced atomically, with its run manifest) or to
    stdout; return the accounting (statuses only, documents are not kept)."""
    corpus = Corpus()
    if output is None:
        for loaded in iter_corpus(inputs, options):
            corpus.statuses.append(loaded.status)
            sys.stdout.writelines(document_line(d) for d in loaded.documents)
        sys.stdout.flush()
        return corpus
    with atomic_write(output) as handle:
        for loaded in iter_corpus(inputs, options):
            corpus.statuses.append(loaded.status)
            handle.writelines(document_line(d) for d in loaded.documents)
    settings = {"command": "extract", "inputs": list(inputs), **options.settings()}
    manifest = write_run_manifest(output, corpus.statuses, settings)
    err.print(f"wrote {output} and {manifest.name}")
    return corpus


def document_line(document: Document) -> str:
    """One document as a JSON line: text, metadata and load record."""
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False) + "\n"
