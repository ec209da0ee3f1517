"""Build the spaCy pipeline for a language: the statistical model (only the components the
traits need) followed by ``discourse_normalizer``, ``discourse_reported_speech`` and
``discourse_traits``. One pipeline per (language, model) per process.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache

import spacy
from spacy.language import Language

import discourse.components  # noqa: F401  (registers the factories and extensions)
from discourse.errors import Codes, DiscourseError
from discourse.lang import get_language

DISCOURSE_PIPES = ("discourse_paragraphs", "discourse_normalizer", "discourse_reported_speech", "discourse_traits")


@dataclass(frozen=True)
class PipelineInfo:
    lang: str
    model: str
    """``fr_core_news_sm``…, or ``blank`` for the reduced mode."""
    reduced: bool
    warnings: tuple[str, ...] = field(default_factory=tuple)


def model_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


@lru_cache(maxsize=8)
def build_pipeline(lang: str = "fr", model: str | None = None) -> Language:
    """The full pipeline for ``lang``. ``model="blank"`` gives the reduced mode (no tagger:
    sentencizer, lookup lemmas, lexicon matching), used for English without
    ``en_core_web_sm`` and for fast rule tests."""
    settings = get_language(lang)
    name = model or settings.model
    warnings: list[str] = []
    if name != "blank" and not model_installed(name):
        if settings.required_model:
            raise DiscourseError(Codes.E202, model=name, detail="reinstall the package: pip install -e .")
        name = "blank"
        warnings.append(Codes.W001.format())
    if name == "blank":
        nlp = _blank(lang)
    else:
        nlp = _statistical(name, settings.keep_components)
    for pipe in DISCOURSE_PIPES:
        nlp.add_pipe(pipe)
    nlp.meta["discourse"] = {"model": name, "reduced": name == "blank", "warnings": warnings}
    return nlp


def pipeline_info(nlp: Language) -> PipelineInfo:
    data = nlp.meta.get("discourse", {})
    return PipelineInfo(nlp.lang, data.get("model", "?"), data.get("reduced", False), tuple(data.get("warnings", ())))


def _statistical(name: str, keep: tuple[str, ...]) -> Language:
    nlp = spacy.load(name)
    for pipe in list(nlp.component_names):
        if pipe not in keep:
            nlp.remove_pipe(pipe)
    for pipe in nlp.disabled:
        nlp.enable_pipe(pipe)
    return nlp


def _blank(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.add_pipe("discourse_cased_lemmas", after="lemmatizer")
    return nlp


@Language.component("discourse_cased_lemmas", assigns=["token.lemma"], requires=["token.lemma"])
def cased_lemmas(doc):
    """Reduced mode: the lookup table is keyed by lowercase forms, so a capitalised
    sentence-initial word (« Leveraging ») keeps its surface form as lemma; look it up
    again in lowercase."""
    nlp_lookups = _LOOKUPS[doc.lang_]
    if nlp_lookups is None:
        return doc
    for token in doc:
        text = token.text
        if text[:1].isupper() and token.lemma_ == text:
            lower = text.lower()
            lemma = nlp_lookups.get(lower, lower)
            token.lemma_ = lemma[0] if isinstance(lemma, list) and lemma else str(lemma)
    return doc


class _LookupTables(dict):
    """Lemma lookup tables per language, loaded once from spacy-lookups-data."""

    def __missing__(self, lang: str):
        from spacy.lookups import load_lookups

        try:
            table = load_lookups(lang, ["lemma_lookup"]).get_table("lemma_lookup")
        except (ValueError, KeyError):
            table = None
        self[lang] = table
        return table


_LOOKUPS = _LookupTables()
