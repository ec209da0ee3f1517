"""What every reader returns, and the metadata vocabulary shared by all of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from discourse.corpus.document import LoadRecord

# Metadata names that fill Document fields; every other name goes to Document.meta.
KNOWN_FIELDS = ("title", "authors", "affiliation", "outlet", "date", "genre", "label", "lang", "url")
ALIASES = {"author": "authors", "auteur": "authors", "auteurs": "authors", "titre": "title"}


@dataclass
class Extracted:
    """The text one reader got out of one input, how, and the metadata it found."""

    text: str
    record: LoadRecord
    metadata: dict[str, Any] = field(default_factory=dict)


def split_authors(value: Any) -> list[str]:
    """``"A; B"`` or ``["A", "B"]`` → ``["A", "B"]``; empty values → ``[]``."""
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(";")
    return [str(item).strip() for item in items if item is not None and str(item).strip()]


def clean_metadata(raw: dict[Any, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """Metadata with canonical names (``author`` → ``authors``), empty values dropped,
    known fields as strings and ``authors`` as a list. Names in ``skip`` are left out."""
    metadata: dict[str, Any] = {}
    for key, value in raw.items():
        if key is None or key in skip:
            continue
        name = ALIASES.get(str(key).strip().lower(), str(key).strip())
        if name in KNOWN_FIELDS and name != "authors":
            value = _scalar(value)
        elif name == "authors":
            value = split_authors(value) or None
        elif isinstance(value, str):
            value = value.strip() or None
        if value is None or value == "":
            continue
        metadata[name] = value
    return metadata


def _scalar(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if v is not None)
    text = str(value).strip()
    return text or None
