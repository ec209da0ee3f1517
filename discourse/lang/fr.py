"""French settings."""

from discourse.lang import LanguageSettings

LANGUAGE = LanguageSettings(
    code="fr",
    model="fr_core_news_sm",
    required_model=True,
    # tok2vec feeds the morphologizer (POS + VerbForm/Mood for slogans); the lemmatizer
    # needs POS; senter replaces the parser for sentence boundaries. NER is replaced by
    # gazetteers, the parser by POS + punctuation shapes (see benchmarks/).
    keep_components=("tok2vec", "morphologizer", "senter", "attribute_ruler", "lemmatizer"),
    decimal_comma=True,
    reporting_verbs=frozenset(
        """dire déclarer expliquer estimer affirmer préciser souligner indiquer ajouter
        assurer rappeler avancer prétendre promettre annoncer écrire juger considérer
        observer noter répondre confier reconnaître admettre soutenir marteler vanter
        résumer insister plaider défendre""".split()
    ),
    reporting_prepositions=(("selon",), ("d'", "après"), ("d'après",), ("aux", "yeux", "de"), ("pour", "reprendre")),
    own_voice=frozenset({"nous", "moi", "lui-même", "nos", "mon", "notre"}),
)
