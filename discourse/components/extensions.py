"""The custom attributes the components assign."""

from spacy.tokens import Doc


def install_extensions() -> None:
    """Declare the Doc extensions (idempotent)."""
    if not Doc.has_extension("meta"):
        # document metadata (authors, affiliation, outlet...) set by the caller before the pipeline
        Doc.set_extension("meta", default=None)
    if not Doc.has_extension("evidence_info"):
        # {(trait, start_token, end_token): {"category", "weight", "attrs"}} for doc.spans[trait]
        Doc.set_extension("evidence_info", default=None)
    if not Doc.has_extension("metadata_evidence"):
        # [MetadataHit as dict with "trait"] for signals read from metadata, not from the text
        Doc.set_extension("metadata_evidence", default=None)
    if not Doc.has_extension("discourse_warnings"):
        Doc.set_extension("discourse_warnings", default=None)
