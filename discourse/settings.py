"""The settings of an analysis and their fingerprint. Kept light (no spaCy import), so that
a resumed run that has nothing left to analyse never loads the pipeline."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from discourse import __version__
from discourse.lexicons.loader import lexicons_fingerprint

DEFAULT_WEIGHTS = Path(__file__).parent / "scoring" / "weights.toml"


@dataclass(frozen=True)
class Settings:
    """Everything that changes the output of an analysis (part of the run fingerprint)."""

    lang: str = "auto"
    """``auto`` (the document's detected language), ``fr`` or ``en``."""
    include_text: bool = False
    weights_path: str | None = None
    model_path: str | None = None
    """A trained scorer (``discourse train``); None for the rule-based score."""
    max_length: int | None = None
    """Characters per spaCy call; longer texts are processed in chunks (default: spaCy's max_length)."""
    keep_tokens: bool = False
    """Also return the token table (for corpus statistics)."""

    @property
    def weights_file(self) -> Path:
        return Path(self.weights_path) if self.weights_path else DEFAULT_WEIGHTS

    def fingerprint(self) -> str:
        """Hash of the settings, the tool version, the lexicons, the weights and the model."""
        payload = {
            "settings": {k: v for k, v in asdict(self).items() if k != "keep_tokens"},
            "version": __version__,
            "lexicons": lexicons_fingerprint(),
            "weights": file_hash(self.weights_file),
            "model": file_hash(Path(self.model_path)) if self.model_path else None,
        }
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:16]


def file_hash(path: Path) -> str:
    """First 16 hex digits of the SHA-256 of a file (the weights fingerprint is the same)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
