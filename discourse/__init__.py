"""discourse: shows, with evidence, how far an op-ed or report behaves as a
publi-rédactionnel (an advertorial dressed as an op-ed or a public-interest report).

Public API (imported lazily, so that ``import discourse.corpus`` does not load spaCy)::

    from discourse import load_corpus, analyze, score_text, Settings
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Analysis": "discourse.analysis",
    "Settings": "discourse.analysis",
    "analyze": "discourse.analysis",
    "analyze_batch": "discourse.analysis",
    "analyze_document": "discourse.analysis",
    "score_text": "discourse.analysis",
    "Document": "discourse.corpus",
    "LoadOptions": "discourse.corpus",
    "read_text_input": "discourse.corpus",
    "ScoredDocument": "discourse.io.record",
    "build_pipeline": "discourse.pipeline",
}


def load_corpus(inputs, options=None):
    """Load documents from paths, folders, URLs or ``-``: a ``Corpus`` with ``documents``,
    ``statuses`` and ``counts`` (see ``discourse.corpus``)."""
    from discourse.corpus import load_corpus as _load

    return _load(list(inputs) if isinstance(inputs, (list, tuple)) else [inputs], options)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'discourse' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = ["__version__", "load_corpus", *_LAZY]
