"""The weights file (``scoring/weights.toml``): read, validated, cached."""

from __future__ import annotations

import hashlib
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from discourse.errors import Codes, DataFileError
from discourse.settings import DEFAULT_WEIGHTS  # noqa: F401  (re-exported: one definition of the path)


class TraitWeight(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    points: float
    basis: Literal["density", "count"] = "density"
    scale: float = Field(gt=0)


class Verdict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    likely: float
    mixed: float

    @model_validator(mode="after")
    def _ordered(self) -> "Verdict":
        if not 0 <= self.mixed <= self.likely <= 100:
            raise ValueError("thresholds must satisfy 0 ≤ mixed ≤ likely ≤ 100")
        return self


class Weights(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    reported_discount: float = Field(ge=0, le=1)
    not_offset: list[str] = Field(default_factory=list)
    verdict: Verdict
    traits: dict[str, TraitWeight]
    counter_signals: dict[str, TraitWeight]
    fingerprint: str = ""

    def for_trait(self, trait: str) -> TraitWeight | None:
        return self.traits.get(trait) or self.counter_signals.get(trait)


@lru_cache(maxsize=8)
def load_weights(path: Path = DEFAULT_WEIGHTS) -> Weights:
    """Validated weights; unknown keys and unknown trait ids are errors (E103)."""
    from discourse.traits import TRAITS

    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
        weights = Weights.model_validate({**data, "fingerprint": hashlib.sha256(raw).hexdigest()[:16]})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise DataFileError(Codes.E103, path=path, detail=str(exc).splitlines()[0]) from exc
    unknown = sorted((set(weights.traits) | set(weights.counter_signals) | set(weights.not_offset)) - set(TRAITS))
    if unknown:
        raise DataFileError(Codes.E103, path=path, detail=f"unknown trait ids {unknown}")
    return weights
