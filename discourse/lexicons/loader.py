"""Read and validate lexicon files; one cached parse per file per process."""

from __future__ import annotations

import hashlib
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from discourse.errors import Codes, DataFileError
from discourse.lexicons.schema import Lexicon


def lexicon_dir() -> Path:
    return Path(__file__).parent


def lexicon_path(trait: str, lang: str) -> Path:
    return lexicon_dir() / lang / f"{trait}.toml"


def available_lexicons() -> list[tuple[str, str]]:
    """``(lang, trait)`` for every lexicon file shipped."""
    return sorted((p.parent.name, p.stem) for p in lexicon_dir().glob("*/*.toml"))


@lru_cache(maxsize=None)
def load_lexicon(trait: str, lang: str) -> Lexicon | None:
    """The validated lexicon of ``trait`` for ``lang``, or None when there is no file."""
    path = lexicon_path(trait, lang)
    if not path.exists():
        return None
    return read_lexicon_file(path)


def read_lexicon_file(path: Path) -> Lexicon:
    """Parse and validate one file; raises DataFileError (E101) naming the file and the fault."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(Codes.E101, path=path, detail=str(exc)) from exc
    try:
        lexicon = Lexicon.model_validate(data)
    except ValidationError as exc:
        raise DataFileError(Codes.E101, path=path, detail=_short(exc)) from exc
    if lexicon.trait != path.stem or lexicon.lang != path.parent.name:
        raise DataFileError(
            Codes.E101, path=path, detail=f"declares {lexicon.lang}/{lexicon.trait}, file is {path.parent.name}/{path.stem}"
        )
    return lexicon


def lexicons_fingerprint() -> str:
    """A short hash of every lexicon file: part of the settings fingerprint of a run."""
    digest = hashlib.sha256()
    for lang, trait in available_lexicons():
        digest.update(f"{lang}/{trait}".encode())
        digest.update(lexicon_path(trait, lang).read_bytes())
    return digest.hexdigest()[:16]


def _short(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(x) for x in err["loc"])
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)
