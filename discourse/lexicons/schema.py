"""Pydantic models of a lexicon file. Unknown keys are refused (``extra="forbid"``), so a
typo in a data file is an error, not a silently ignored entry.

A lexicon file::

    version = "1.0"
    trait = "buzzwords"
    lang = "fr"
    description = "Management and transformation jargon"
    sources = ["..."]

    [[terms]]                      # matched on NORM or lemma, plural-insensitive
    term = "désilotage"
    category = "organisation"

    [[patterns]]                   # spaCy Matcher token patterns
    id = "il_est_temps"
    category = "urgency"
    pattern = [{LOWER = "il"}, {LEMMA = "être"}, {LOWER = "temps"}]

    [[exclusions]]                 # a match overlapping an exclusion is dropped
    term = "parcours scolaire"

    [[examples]]                   # run by the test suite
    text = "<buzzwords>Le désilotage</buzzwords> des services."
    [[examples]]
    text = "Il est temps de passer à table."   # no markup: a trap, expects no span
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

TAG_RE = re.compile(r"<(/?)([a-z_]+)>")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TermEntry(_Strict):
    """A word or phrase. Each token matches a document token whose NORM or lemma equals it,
    case-insensitively and ignoring a final plural ``s``/``x``; apostrophes, guillemets,
    ligatures and non-breaking spaces are normalised on both sides."""

    term: str
    category: str = "default"
    id: str | None = None
    """Rule id suffix; defaults to the term itself (``buzzwords/désilotage``)."""
    pos: list[str] | None = None
    """Keep the match only when its first token has one of these coarse POS tags
    (ignored when the pipeline has no tagger, as in English reduced mode)."""
    case_sensitive: bool = False
    """Match the exact surface form (acronyms such as ``EY``, ``BCG``)."""
    weight: float = 1.0
    """Multiplier of the trait weight for this entry."""
    note: str | None = None

    @property
    def rule(self) -> str:
        return self.id or self.term

    @field_validator("term")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("term must not be blank")
        return value.strip()


class PatternEntry(_Strict):
    """A spaCy ``Matcher`` token pattern (a list of token dicts), with its rule id."""

    id: str
    pattern: list[dict[str, Any]]
    category: str = "default"
    weight: float = 1.0
    note: str | None = None

    @field_validator("pattern")
    @classmethod
    def _not_empty(cls, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not value:
            raise ValueError("pattern must have at least one token")
        return value


class ExclusionEntry(_Strict):
    """A context that cancels any match of this trait it overlaps: a term or a pattern."""

    term: str | None = None
    pattern: list[dict[str, Any]] | None = None
    id: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "ExclusionEntry":
        if (self.term is None) == (self.pattern is None):
            raise ValueError("an exclusion has exactly one of 'term' or 'pattern'")
        return self

    @property
    def rule(self) -> str:
        return self.id or self.term or "pattern"


class Example(_Strict):
    """A sentence with the expected spans marked up inline as ``<trait>…</trait>``.
    Without markup it is a trap: the trait must find nothing in it."""

    text: str
    note: str | None = None
    meta: dict[str, str] = Field(default_factory=dict)
    """Document metadata for the example (e.g. ``authors``, ``affiliation`` for affiliation)."""

    def parse(self, trait: str) -> tuple[str, list[tuple[int, int]]]:
        """The plain text and the character offsets of the spans marked for ``trait``."""
        plain: list[str] = []
        spans: list[tuple[int, int]] = []
        opened: list[int] = []
        pos = 0
        length = 0
        for match in TAG_RE.finditer(self.text):
            chunk = self.text[pos : match.start()]
            plain.append(chunk)
            length += len(chunk)
            pos = match.end()
            closing, name = match.group(1) == "/", match.group(2)
            if name != trait:
                raise ValueError(f"example marks <{name}> in the {trait!r} lexicon")
            if closing:
                if not opened:
                    raise ValueError(f"unbalanced markup in example {self.text!r}")
                spans.append((opened.pop(), length))
            else:
                opened.append(length)
        if opened:
            raise ValueError(f"unclosed markup in example {self.text!r}")
        plain.append(self.text[pos:])
        return "".join(plain), sorted(spans)

    @property
    def is_trap(self) -> bool:
        return TAG_RE.search(self.text) is None


class Lexicon(_Strict):
    """One trait's data for one language."""

    version: str
    trait: str
    lang: Literal["fr", "en"]
    description: str
    sources: list[str] = Field(default_factory=list)
    params: dict[str, Any] = Field(default_factory=dict)
    """Numbers or lists a trait module reads (window sizes, maximum lengths...)."""
    terms: list[TermEntry] = Field(default_factory=list)
    patterns: list[PatternEntry] = Field(default_factory=list)
    exclusions: list[ExclusionEntry] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> "Lexicon":
        seen: set[str] = set()
        for entry in [*self.terms, *self.patterns]:
            rule = entry.rule if isinstance(entry, TermEntry) else entry.id
            key = f"{entry.category}/{rule}".lower()
            if key in seen:
                raise ValueError(f"duplicate entry {rule!r} in category {entry.category!r}")
            seen.add(key)
        for example in self.examples:
            example.parse(self.trait)
        return self

    def terms_in(self, *categories: str) -> list[TermEntry]:
        """The term entries of the given categories."""
        return [t for t in self.terms if t.category in categories]

    @property
    def categories(self) -> list[str]:
        return sorted({e.category for e in [*self.terms, *self.patterns]})
