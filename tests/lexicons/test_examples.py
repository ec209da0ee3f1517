"""Every marked-up example of every lexicon file, run through the real pipeline: the
spans found for the trait must be exactly the marked ones (none for a trap)."""

from __future__ import annotations

import pytest

from discourse.lexicons import available_lexicons, load_lexicon
from tests.conftest import run

CASES = [
    pytest.param(lang, trait, i, id=f"{lang}-{trait}-{i}")
    for lang, trait in available_lexicons()
    for i, _ in enumerate(load_lexicon(trait, lang).examples)
]


def _meta(example) -> dict:
    meta = dict(example.meta)
    if "authors" in meta:
        meta["authors"] = [a.strip() for a in meta["authors"].split(";")]
    return meta


@pytest.mark.model
@pytest.mark.parametrize(("lang", "trait", "index"), CASES)
def test_lexicon_example(request, lang, trait, index):
    nlp = request.getfixturevalue(f"nlp_{lang}")
    example = load_lexicon(trait, lang).examples[index]
    text, expected = example.parse(trait)
    doc = run(nlp, text, _meta(example))
    found = sorted((s.start_char, s.end_char) for s in doc.spans[trait])
    shown = [doc.text[a:b] for a, b in found]
    assert found == expected, f"{example.text!r}: found {shown}"


@pytest.mark.parametrize(("lang", "trait"), available_lexicons())
def test_lexicon_has_positive_examples_and_traps(lang, trait):
    lexicon = load_lexicon(trait, lang)
    traps = sum(e.is_trap for e in lexicon.examples)
    assert len(lexicon.examples) - traps >= 6, "at least 6 positive examples"
    assert traps >= 3, "at least 3 traps"
