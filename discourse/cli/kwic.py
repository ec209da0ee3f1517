"""``discourse kwic``: a concordance of a word, lemma, phrase or trait."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from discourse.cli.app import app
from discourse.cli.common import EXIT_USAGE, err, fatal_errors, finish
from discourse.cli.freq import (
    ByOption,
    ExcludeReported,
    FormatOption,
    TableFormat,
    emit,
    load_tables,
)
from discourse.cli.options import (
    Exclude,
    IdField,
    Include,
    Lang,
    LangOption,
    TextField,
    Workers,
)
from discourse.stats.choices import Sort


def split_query(arguments: list[str], trait: str | None) -> tuple[list[str], str | None]:
    """``INPUT... QUERY``: the last argument is the query. With ``--trait`` the query is
    an optional rule filter: the last argument is taken as inputs when it names an
    existing path, a URL or ``-``."""
    if trait:
        last = arguments[-1]
        if len(arguments) == 1 or last == "-" or last.startswith(("http://", "https://")) or Path(last).exists():
            return arguments, None
    if len(arguments) < 2:
        err.print("[red]error:[/red] give at least one input and a query: discourse kwic INPUT... QUERY")
        raise typer.Exit(EXIT_USAGE)
    return arguments[:-1], arguments[-1]


def check_trait(trait: str) -> None:
    """An unknown ``--trait`` is a usage error (exit 2), found before any analysis."""
    from discourse.errors import Codes
    from discourse.traits import TRAITS

    if trait not in TRAITS:
        err.print(f"[red]error:[/red] {escape(Codes.E102.format(trait=trait, known=', '.join(sorted(TRAITS))))}")
        raise typer.Exit(EXIT_USAGE)


@app.command("kwic")
def kwic_command(
    arguments: Annotated[list[str], typer.Argument(metavar="INPUT... QUERY", help="Inputs (files, folders, CSV/JSONL, URLs, -) then the word or phrase to find (a trailing * matches a prefix). With --trait, QUERY is optional and filters rule ids.", show_default=False)],
    lemma: Annotated[bool, typer.Option("--lemma", help="QUERY is a lemma (or a sequence of lemmas): every inflected form matches.")] = False,
    trait: Annotated[str | None, typer.Option("--trait", help="Concordance of every evidence span of this trait.")] = None,
    window: Annotated[int, typer.Option("--window", min=0, help="Words of context on each side.")] = 8,
    by: ByOption = None,
    sort: Annotated[Sort, typer.Option("--sort", help="doc (text order), left (by the words before, nearest first) or right (by the words after).")] = Sort.doc,
    exclude_reported: ExcludeReported = False,
    top: Annotated[int, typer.Option("--top", min=1, help="Lines shown in a table.")] = 50,
    format: FormatOption = TableFormat.table,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
) -> None:
    """Concordance (keyword in context): left context, keyword and right context of every match, cut from the text by offsets."""
    from discourse.stats import concordance

    inputs, query = split_query(arguments, trait)
    if trait is not None:
        check_trait(trait)
    with fatal_errors():
        tables, statuses = load_tables(inputs, lang, include, exclude, text_field, id_field, workers)
        frame = concordance(tables, query, lemma, trait, window, by, sort, exclude_reported)
    if format is TableFormat.table:
        columns = ["doc_id", *([by] if by else []), "left", "keyword", "right", "reported"] + (["rule"] if trait else [])
        subject = f"trait {trait}" + (f", rules matching {query!r}" if query else "") if trait else repr(query)
        emit(frame[columns], format, f"{len(frame)} occurrences of {subject}", top)
    else:
        emit(frame, format)
    finish(statuses)
