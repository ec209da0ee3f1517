"""Hand-built corpora for the statistics tests: no spaCy, a regex tokenizer."""

from __future__ import annotations

import re

from discourse.stats import CorpusTables, build_tables

_TOKEN = re.compile(r"\w+['’]?|[^\w\s]")
LEMMAS = {"optimisons": "optimiser", "optimise": "optimiser", "optimiser": "optimiser", "pilotons": "piloter", "pilote": "piloter"}
VERBS = set(LEMMAS.values())


def tokenize(text: str) -> list[tuple]:
    """TokenRow-shaped tuples: text, lemma, pos, start_char, sentence, is_word, reported
    (a token is reported between « and »)."""
    rows, sentence, quoted = [], 0, False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "«":
            quoted = True
        lemma = LEMMAS.get(token.lower(), token.lower())
        pos = "PUNCT" if not token[0].isalnum() else ("VERB" if lemma in VERBS else "NOUN")
        rows.append((token, lemma, pos, match.start(), sentence, pos != "PUNCT", quoted))
        if token == "»":
            quoted = False
        if token == ".":
            sentence += 1
    return rows


def evidence_for(text: str, marks: list[tuple[str, str, str]]) -> list[dict]:
    """Evidence dicts for each (trait, rule, phrase): every occurrence of the phrase."""
    found = []
    for trait, rule, phrase in marks:
        for match in re.finditer(re.escape(phrase), text):
            before = text[: match.start()]
            reported = before.count("«") > before.count("»")
            found.append({"trait": trait, "rule": rule, "category": "default", "text": phrase,
                          "start_char": match.start(), "end_char": match.end(), "reported": reported})
    return found


def corpus(documents: list[tuple[dict, str]], marks: list[tuple[str, str, str]] = ()) -> CorpusTables:
    """Tables for ``(metadata, text)`` pairs, evidence from ``marks``."""
    return build_tables(
        [meta for meta, _ in documents],
        [text for _, text in documents],
        [tokenize(text) for _, text in documents],
        [evidence_for(text, list(marks)) for _, text in documents],
    )
