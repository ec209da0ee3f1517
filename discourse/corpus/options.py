"""Options shared by every way of loading a corpus."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LoadOptions:
    """How to find and read inputs.

    ``include``/``exclude`` are glob patterns matched against paths relative to a folder
    given as input (``texts/*.txt``, ``**/draft-*``); ``text_field``/``id_field`` name the
    columns of CSV and JSONL files; ``lang`` forces the language of every document.
    """

    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    text_field: str = "text"
    id_field: str = "id"
    lang: str | None = None
    url_timeout: float = 20
    url_max_bytes: int = 20_000_000
    detect_language: bool = True
    """False leaves detection for later (``complete_language``): a resumed run only needs
    each document's id and hash, not its language."""

    def settings(self) -> dict[str, object]:
        """The options as plain data, for the run manifest."""
        return {
            "include": list(self.include),
            "exclude": list(self.exclude),
            "text_field": self.text_field,
            "id_field": self.id_field,
            "lang": self.lang,
            "url_timeout": self.url_timeout,
            "url_max_bytes": self.url_max_bytes,
        }
