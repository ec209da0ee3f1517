"""discourse: shows, with evidence, how far an op-ed or report behaves as a
publi-rédactionnel (an advertorial dressed as an op-ed or a public-interest report).

Public API::

    from discourse import load_corpus, analyze, score_text, Settings
"""

__version__ = "0.1.0"

from discourse.analysis import Analysis, Settings, analyze, analyze_batch, analyze_document, score_text  # noqa: E402


def load_corpus(inputs, options=None):
    """Load documents from paths, folders, URLs or ``-`` (see ``discourse.corpus``)."""
    from discourse.corpus import load_corpus as _load

    return _load(inputs if isinstance(inputs, (list, tuple)) else [inputs], options)


__all__ = ["Analysis", "Settings", "__version__", "analyze", "analyze_batch", "analyze_document", "load_corpus", "score_text"]
