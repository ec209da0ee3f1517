"""What every command shares: the stderr console, exit codes, error handling."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from discourse.errors import DiscourseError, UsageError

EXIT_OK = 0
EXIT_FATAL = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3

VERDICT_COLOURS = {"likely advertorial": "red", "mixed": "yellow", "unlikely": "green"}

# messages and progress go to stderr; data goes to stdout
err = Console(stderr=True, highlight=False, soft_wrap=True)
# a pipe or a file gets wide tables rather than rich's 80-column default
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 150)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def fatal_errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and an exit code (never a traceback):
    2 for a usage error (an option or argument that cannot work), 1 for anything else."""
    try:
        yield
    except DiscourseError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_FATAL) from None
    except OSError as exc:
        err.print(f"[red]error:[/red] {escape(_os_reason(exc))}")
        raise typer.Exit(EXIT_FATAL) from None


def _os_reason(exc: OSError) -> str:
    """``reason: path`` for a file-system error, without the errno prefix."""
    if exc.strerror and exc.filename:
        return f"{exc.strerror}: {exc.filename}"
    return str(exc)


def prepare_output(path: Path) -> None:
    """Create the folder of an output file before any work; a path that cannot hold a
    file ends the command at once with one line (exit 1), not after the analysis."""
    if path.is_dir():
        err.print(f"[red]error:[/red] cannot write {escape(str(path))}: it is a folder, give a file name")
        raise typer.Exit(EXIT_FATAL)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write {escape(str(path))}: cannot create its folder ({escape(_os_reason(exc))})")
        raise typer.Exit(EXIT_FATAL) from None


def print_accounting(counts: dict[str, int], problems: list[tuple[str, str, str]]) -> None:
    """``N found: ok A, skipped B, failed C`` then one line per skipped or failed input."""
    for source, status, reason in problems:
        colour = "yellow" if status == "skipped" else "red"
        err.print(f"[{colour}]{status}[/{colour}] {escape(source)}: {escape(reason)}")
    err.print(
        f"{counts['discovered']} found: ok {counts['ok']}, skipped {counts['skipped']}, failed {counts['failed']}"
    )
    if not counts["discovered"]:
        err.print("[yellow]warning[/yellow] no input found: check the paths, and --include/--exclude for folders")


def finish(statuses, quiet_when_clean: bool = False) -> None:
    """End a command that read inputs: the accounting on stderr, then exit 3 when some
    input was skipped or failed (0 otherwise, by returning)."""
    from discourse.corpus import count_statuses, list_problems

    problems = list_problems(statuses)
    if problems or not quiet_when_clean:
        print_accounting(count_statuses(statuses), problems)
    if problems:
        raise typer.Exit(EXIT_PARTIAL)
