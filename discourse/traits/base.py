"""The shared machinery of traits: the ``Trait`` base class and the registry.

A trait is one small module in ``discourse/traits/`` defining a subclass of ``Trait``
decorated with ``@register``, plus ``lexicons/<lang>/<trait>.toml``. The default
``find`` returns the lexicon hits (terms and patterns, minus exclusions, longest first);
a module overrides ``find`` only for what data cannot say.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from spacy import attrs as spacy_attrs
from spacy.tokens import Doc, Span

from discourse.lexicons import Lexicon
from discourse.traits.matching import Hit, TraitMatches, longest_first

Kind = Literal["trait", "counter"]


@dataclass
class TraitContext:
    """What a trait sees besides the Doc: its lexicon, the engine's matches for it, the
    document metadata, and whether the pipeline tags parts of speech."""

    lang: str
    lexicon: Lexicon
    matches: TraitMatches
    meta: dict[str, Any] = field(default_factory=dict)
    tagged: bool = True
    all_matches: dict[str, TraitMatches] = field(default_factory=dict)
    """Every trait's engine matches, for traits that look at another's (e.g. source cues)."""


@dataclass(frozen=True)
class MetadataHit:
    """A trait signal found in metadata (author, affiliation), not in the text."""

    field: str
    value: str
    rule: str
    category: str = "default"
    weight: float = 1.0


class Trait:
    """Base class. Subclasses set ``id`` (from TRAITS.md), ``order`` and ``kind``."""

    id: ClassVar[str]
    order: ClassVar[int]
    kind: ClassVar[Kind] = "trait"
    label: ClassVar[str] = ""
    """Short human name, for tables and reports."""
    languages: ClassVar[tuple[str, ...]] = ("fr", "en")
    consultancy: ClassVar[bool] = True
    """Counts towards ``consultancy_density`` (consultancy language, quoted or not)."""
    always_report: ClassVar[bool] = False
    """Reported on its own whatever the score (predictive_profiling)."""

    def find(self, doc: Doc, context: TraitContext) -> list[Hit]:
        """The evidence hits of this trait in ``doc``. Default: the lexicon hits."""
        return longest_first(context.matches.kept())

    def find_metadata(self, context: TraitContext) -> list[MetadataHit]:
        """Signals in the document metadata. Default: none."""
        return []


TRAITS: dict[str, type[Trait]] = {}


def register(cls: type[Trait]) -> type[Trait]:
    """Class decorator: add a trait to the registry under its id."""
    if cls.id in TRAITS and TRAITS[cls.id] is not cls:
        raise ValueError(f"trait id {cls.id!r} registered twice")
    TRAITS[cls.id] = cls
    return cls


CACHE_KEY = "discourse_cache"


def cached(doc: Doc, key: object, compute):
    """Per-document memo for what several traits need (sentences, figures). The traits
    component drops it once the traits have run, so the Doc stays serialisable."""
    store = doc.user_data.setdefault(CACHE_KEY, {})
    if key not in store:
        store[key] = compute()
    return store[key]


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document (spaCy joins every token on each access)."""
    return cached(doc, "text", lambda: doc.text)


def token_strings(doc: Doc, attr: str) -> list[str]:
    """Every token's ``NORM``, ``LOWER``, ``LEMMA`` or ``ORTH`` string, read once per
    document from the token array (no Token objects created)."""

    def compute() -> list[str]:
        if not len(doc):
            return []
        strings = doc.vocab.strings
        return [strings[int(h)] for h in doc.to_array([getattr(spacy_attrs, attr)])]

    return cached(doc, ("strings", attr), compute)


def sentence_starts(doc: Doc) -> list[int]:
    """Token index of every sentence start, in order (``[0]`` when unsegmented)."""

    def compute() -> list[int]:
        if not doc.has_annotation("SENT_START"):
            return [0]
        return [sent.start for sent in doc.sents] or [0]

    return cached(doc, "sentence_starts", compute)


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds of the sentence containing token ``i`` (the whole doc when unsegmented)."""
    starts = sentence_starts(doc)
    k = bisect_right(starts, i) - 1
    start = starts[max(k, 0)]
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return start, end


def sentence_span(doc: Doc, i: int) -> Span:
    start, end = sentence_bounds(doc, i)
    return doc[start:end]


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token bounds without leading or trailing whitespace tokens."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return start, end
