"""``discourse collocates``: the words found near a node word more often than chance."""

from __future__ import annotations

from typing import Annotated

import typer

from discourse.cli.app import app
from discourse.cli.common import err, fatal_errors, finish
from discourse.cli.freq import (
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
    Inputs,
    Lang,
    LangOption,
    TextField,
    Workers,
)
from discourse.stats.choices import Association


@app.command("collocates")
def collocates_command(
    inputs: Inputs,
    word: Annotated[str, typer.Argument(metavar="WORD", help="The node word (lowercased), or a lemma with --lemma.", show_default=False)],
    window: Annotated[int, typer.Option("--window", min=1, help="Words on each side of the node.")] = 5,
    measure: Annotated[Association, typer.Option("--measure", help="Ranking: ll (signed log-likelihood), pmi, logdice or t (t-score).")] = Association.ll,
    min_freq: Annotated[int, typer.Option("--min-freq", min=1, help="Keep collocates seen at least N times near the node.")] = 3,
    lemma: Annotated[bool, typer.Option("--lemma", help="Node and collocates are lemmas.")] = False,
    exclude_reported: ExcludeReported = False,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows shown in a table.")] = 30,
    format: FormatOption = TableFormat.table,
    lang: LangOption = Lang.auto,
    workers: Workers = 1,
    include: Include = None,
    exclude: Exclude = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
) -> None:
    """Collocates of a word within a window: co-occurrences, expected count, log-likelihood, PMI, logDice and t-score."""
    from discourse.stats import collocates

    with fatal_errors():
        tables, statuses = load_tables(inputs, lang, include, exclude, text_field, id_field, workers)
        frame = collocates(tables, word, window, measure, min_freq, lemma, exclude_reported)
    attrs = frame.attrs
    if format is TableFormat.table:
        err.print(f"node {attrs['node']!r}: {attrs['node_frequency']} occurrences, {attrs['window_positions']:,} words in its ±{window} windows, corpus {attrs['words']:,} words")
    emit(frame, format, f"Collocates of {attrs['node']!r} ranked by {measure.value}", top)
    finish(statuses)
