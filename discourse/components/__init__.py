"""spaCy components ``discourse_normalizer``, ``discourse_reported_speech``,
``discourse_traits`` and ``discourse_score``, registered with ``@Language.factory`` (on
import here, and as entry points) so that ``nlp.add_pipe("discourse_traits")`` works in
any French or English pipeline."""

from discourse.components.extensions import install_extensions

install_extensions()

from discourse.components import normalizer, paragraphs, reported_speech, score, traits  # noqa: E402,F401  (registers the factories)
