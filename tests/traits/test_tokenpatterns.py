"""The compiled pattern matcher gives exactly what spaCy's Matcher gives."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from discourse.lexicons import available_lexicons, load_lexicon
from discourse.traits.tokenpatterns import CompiledMatcher, compile_pattern
from tests.conftest import CORPUS, run

TEXTS = {
    "fr": sorted((CORPUS / "texts").glob("fr-*.txt"))[:12],
    "en": sorted((CORPUS / "texts").glob("en-*.txt"))[:6],
}
EXTRA = {
    "fr": "Il est temps d'agir. N'est-il pas temps de s'engager pleinement ? Source : Insee. L'heure n'est plus aux diagnostics.",
    "en": "The time is now. Isn't it time we acted? Source: ONS. We can no longer afford to wait.",
}


def _patterns(lang):
    for file_lang, trait in available_lexicons():
        if file_lang != lang:
            continue
        lexicon = load_lexicon(trait, lang)
        for entry in lexicon.patterns:
            yield f"{trait}/{entry.id}", entry.pattern
        for n, exclusion in enumerate(lexicon.exclusions):
            if exclusion.pattern is not None:
                yield f"{trait}/exclusion{n}", exclusion.pattern


@pytest.mark.model
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_compiled_equals_spacy_matcher_on_every_lexicon_pattern(request, lang):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    docs = [run(nlp, p.read_text(encoding="utf-8")) for p in TEXTS[lang]] + [run(nlp, EXTRA[lang])]
    tagged = docs[0].has_annotation("POS")
    compiled = CompiledMatcher()
    reference = Matcher(nlp.vocab)
    count = 0
    for key, pattern in _patterns(lang):
        if not tagged and any(name in ("POS", "TAG", "MORPH") for spec in pattern for name in spec):
            continue
        compiled_pattern = compile_pattern(key, pattern)
        assert compiled_pattern is not None, f"{key} is not compiled"
        compiled.add(compiled_pattern)
        reference.add(key, [pattern])
        count += 1
    assert count >= 20
    total = 0
    for doc in docs:
        expected = sorted((nlp.vocab.strings[m], s, e) for m, s, e in reference(doc))
        assert sorted(compiled(doc, tagged)) == expected
        total += len(expected)
    assert total > 10, "the texts exercise the patterns"


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}, {"LOWER": "c"}],
        [{"LOWER": "a"}, {"OP": "*"}, {"LOWER": "c"}],
        [{"LOWER": {"IN": ["a", "b"]}, "OP": "+"}],
        [{"LOWER": "a"}, {"LOWER": "b", "OP": "!"}, {"LOWER": "c"}],
        [{"LOWER": {"REGEX": "^[ab]$"}}, {"IS_PUNCT": True, "OP": "?"}],
        [{"LENGTH": {">=": 1}}, {"LOWER": {"NOT_IN": ["x"]}}],
        [{"TEXT": {"IN": ["A", "c"]}}, {"IS_ALPHA": True}],
        [{"LOWER": "a", "OP": "?"}],
        [{"LOWER": "a", "OP": "*"}, {"LOWER": "b", "OP": "?"}],
        [{"IS_TITLE": True, "OP": "?"}, {"LOWER": "b"}],
        [{"LOWER": "x", "OP": "!"}, {"LOWER": "c"}],
    ],
)
def test_operators_agree_with_spacy(blank_fr, pattern):
    doc = blank_fr.make_doc("a b c , a c a a b x c A b c")
    reference = Matcher(blank_fr.vocab)
    reference.add("p", [pattern])
    compiled = CompiledMatcher()
    compiled.add(compile_pattern("p", pattern))
    assert compiled(doc, False) == sorted(("p", s, e) for _, s, e in reference(doc))


def test_unknown_constructs_are_left_to_spacy():
    assert compile_pattern("p", [{"_": {"custom": True}}]) is None
    assert compile_pattern("p", [{"LOWER": "a", "OP": "{2}"}]) is None
    assert compile_pattern("p", [{"MORPH": {"IS_SUPERSET": ["VerbForm=Inf"]}}]) is None
