"""Option types shared by several commands."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Lang(str, Enum):
    auto = "auto"
    fr = "fr"
    en = "en"


class Format(str, Enum):
    table = "table"
    json = "json"
    md = "md"


Inputs = Annotated[
    list[str],
    typer.Argument(metavar="INPUT", help="Files, folders (recursive; a manifest.csv at the root joins metadata), CSV/JSONL exports, http(s) URLs, or - for standard input.", show_default=False),
]
LangOption = Annotated[Lang, typer.Option("--lang", help="Language of the texts: auto (detected per document), fr or en.")]
Include = Annotated[list[str] | None, typer.Option("--include", help="Glob of files to keep inside folders (repeatable), e.g. '*.md'.")]
Exclude = Annotated[list[str] | None, typer.Option("--exclude", help="Glob of files to leave out inside folders (repeatable).")]
TextField = Annotated[str, typer.Option("--text-field", help="Column holding the text in CSV/JSONL inputs.")]
IdField = Annotated[str, typer.Option("--id-field", help="Column holding the document id in CSV/JSONL inputs.")]
ModelOption = Annotated[Path | None, typer.Option("--model", help="A trained scorer (JSON from 'discourse train') instead of the rule weights.", exists=True, dir_okay=False)]
Workers = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes (results are identical whatever the number).")]
WeightsOption = Annotated[Path | None, typer.Option("--weights", help="An edited copy of weights.toml.", exists=True, dir_okay=False)]


def load_options(include, exclude, text_field: str, id_field: str, lang: Lang | None = None):
    from discourse.corpus import LoadOptions

    return LoadOptions(
        include=list(include or []),
        exclude=list(exclude or []),
        text_field=text_field,
        id_field=id_field,
        lang=None if lang in (None, Lang.auto) else lang.value,
    )


def analysis_settings(lang: Lang, model: Path | None = None, weights: Path | None = None, **extra):
    """The ``Settings`` of a command from its ``--lang``, ``--model`` and ``--weights`` options."""
    from discourse.settings import Settings

    return Settings(
        lang=lang.value, model_path=str(model) if model else None, weights_path=str(weights) if weights else None, **extra
    )
