"""English settings. ``en_core_web_sm`` is used when the user has installed it; otherwise
the reduced mode (blank English, lookup lemmas, sentencizer, lexicon matching)."""

from discourse.lang import LanguageSettings

LANGUAGE = LanguageSettings(
    code="en",
    model="en_core_web_sm",
    required_model=False,
    keep_components=("tok2vec", "tagger", "senter", "attribute_ruler", "lemmatizer"),
    decimal_comma=False,
    reporting_verbs=frozenset(
        """say claim state explain argue note add insist assert tell write suggest
        maintain contend report announce promise""".split()
    ),
    reporting_prepositions=(("according", "to"), ("in", "the", "words", "of")),
    own_voice=frozenset({"us", "me", "our"}),
)
