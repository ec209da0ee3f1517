"""spaCy components ``discourse_normalizer``, ``discourse_reported_speech`` and
``discourse_traits``, registered with ``@Language.factory`` and as entry points so that
``nlp.add_pipe("discourse_traits")`` works in any French or English pipeline."""

from discourse.components.extensions import install_extensions

install_extensions()
