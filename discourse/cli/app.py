"""The typer application every command module attaches to."""

import typer

app = typer.Typer(
    name="discourse",
    help="Shows, with evidence, how far an op-ed or report behaves as a publi-rédactionnel "
    "(an advertorial dressed as an op-ed or a public-interest report).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
