"""``discourse lexicon``: list, show, validate and measure the lexicon files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from discourse.cli.app import app
from discourse.cli.common import EXIT_FATAL, EXIT_USAGE, err, fatal_errors, out

lexicon_app = typer.Typer(help="Inspect the lexicons (one TOML file per trait and language).", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("list")
def list_command() -> None:
    """List the traits and counter-signals with their lexicon files."""
    from discourse.lexicons import lexicon_path
    from discourse.traits import registered

    table = Table()
    for column in ("trait", "kind", "label", "languages", "files"):
        table.add_column(column)
    for cls in registered():
        files = ", ".join(str(lexicon_path(cls.id, lang).relative_to(lexicon_path(cls.id, lang).parents[2])) for lang in cls.languages if lexicon_path(cls.id, lang).exists())
        table.add_row(cls.id, cls.kind, cls.label, ", ".join(cls.languages), files or "[red]none[/red]")
    out.print(table)


@lexicon_app.command("show")
def show_command(
    trait: Annotated[str, typer.Argument(help="Trait id, e.g. buzzwords.")],
    lang: Annotated[str, typer.Option("--lang", help="fr or en.")] = "fr",
) -> None:
    """Show one lexicon: description, sources, entries by category, examples."""
    from discourse.errors import Codes, UsageError
    from discourse.lexicons import load_lexicon
    from discourse.traits import TRAITS

    problem = None
    if trait not in TRAITS:
        problem = UsageError(Codes.E102, trait=trait, known=", ".join(sorted(TRAITS)))
    elif lang not in ("fr", "en"):
        problem = UsageError(Codes.E201, lang=lang)
    if problem is not None:  # a usage mistake: exit 2, before reading any file
        err.print(f"[red]error:[/red] {escape(str(problem))}")
        raise typer.Exit(EXIT_USAGE)
    with fatal_errors():
        lexicon = load_lexicon(trait, lang)
    if lexicon is None:
        err.print(f"no {lang} lexicon for {trait}")
        raise typer.Exit(EXIT_FATAL)
    out.print(f"[bold]{trait}[/bold] ({lang}, version {lexicon.version}): {escape(lexicon.description)}")
    for source in lexicon.sources:
        out.print(f"  source: {escape(source)}")
    for category in lexicon.categories:
        terms = [t.term for t in lexicon.terms if t.category == category]
        patterns = [p.id for p in lexicon.patterns if p.category == category]
        out.print(f"[cyan]{category}[/cyan] ({len(terms) + len(patterns)}): {escape(', '.join(terms + [f'<{p}>' for p in patterns]))}")
    if lexicon.exclusions:
        out.print(f"[yellow]exclusions[/yellow]: {escape(', '.join(e.rule for e in lexicon.exclusions))}")
    out.print(f"[bold]examples[/bold] ({len(lexicon.examples)}):")
    for example in lexicon.examples:
        out.print(f"  {'trap ' if example.is_trap else '     '}{escape(example.text)}")


@lexicon_app.command("validate")
def validate_command() -> None:
    """Check every lexicon file and the weights file; exit 1 on any problem."""
    from discourse.lexicons.coverage import validate_all

    problems = validate_all()
    for problem in problems:
        err.print(f"[red]invalid[/red] {escape(problem)}")
    if problems:
        raise typer.Exit(EXIT_FATAL)
    err.print("all lexicon files and weights are valid")


@lexicon_app.command("coverage")
def coverage_command() -> None:
    """The trait × language table: entries (terms, patterns, exclusions) and examples (positive, traps)."""
    from discourse.lexicons.coverage import coverage_rows

    table = Table(title="Lexicon coverage")
    for column in ("trait", "kind", "lang", "terms", "patterns", "exclusions", "categories", "examples", "traps"):
        table.add_column(column, justify="left" if column in ("trait", "kind", "lang") else "right")
    with fatal_errors():
        rows = coverage_rows()
    for row in rows:
        if not row.present:
            table.add_row(row.trait, row.kind, row.lang, "[red]missing[/red]", "", "", "", "", "")
            continue
        table.add_row(row.trait, row.kind, row.lang, str(row.terms), str(row.patterns), str(row.exclusions), str(row.categories), str(row.positives), str(row.traps))
    out.print(table)


@lexicon_app.command("export")
def export_command(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="A .csv or .json file; without it, CSV on standard output.", dir_okay=False)] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language (fr or en).")] = None,
    trait: Annotated[str | None, typer.Option("--trait", help="Only this trait.")] = None,
) -> None:
    """Export every lexicon entry as a flat table (trait, lang, kind, rule, category, text, weight)."""
    import csv
    import io
    import json as json_module

    from discourse.io.atomic import atomic_write
    from discourse.lexicons import available_lexicons, load_lexicon
    from discourse.lexicons.dic import lexicon_rows

    rows = []
    with fatal_errors():
        for file_lang, file_trait in available_lexicons():
            if (lang and file_lang != lang) or (trait and file_trait != trait):
                continue
            rows += lexicon_rows(load_lexicon(file_trait, file_lang))
    columns = ["trait", "lang", "kind", "rule", "category", "text", "weight"]
    if output is not None and output.suffix.lower() == ".json":
        with fatal_errors(), atomic_write(output) as handle:
            handle.write(json_module.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        if output is None:
            sys.stdout.write(buffer.getvalue())
        else:
            with fatal_errors(), atomic_write(output) as handle:
                handle.write(buffer.getvalue())
    err.print(f"{len(rows)} entries")


@lexicon_app.command("import")
def import_command(
    dic: Annotated[Path, typer.Argument(help="A LIWC-style .dic dictionary (categories between two % lines, then 'word<TAB>category numbers').", exists=True, dir_okay=False)],
    trait: Annotated[str, typer.Option("--trait", help="Trait id the lexicon file is for (its file name).")],
    lang: Annotated[str, typer.Option("--lang", help="fr or en.")] = "fr",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write the TOML; without it, standard output.", dir_okay=False)] = None,
) -> None:
    """Convert a .dic dictionary into a lexicon TOML file (validated); 'word*' becomes a prefix pattern. Add examples before shipping it."""
    from discourse.io.atomic import atomic_write
    from discourse.lexicons.dic import dic_to_toml, read_dic

    with fatal_errors():
        text = dic_to_toml(read_dic(dic), trait, lang, dic.name)
        if output is None:
            sys.stdout.write(text)
        else:
            with atomic_write(output) as handle:
                handle.write(text)
            err.print(f"wrote {output}")
