"""The lexicon engine: every lexicon of one language compiled once into a token trie
(terms) and one spaCy ``Matcher`` (token patterns), run once per document for all traits.

Terms match a token when their key equals the token's NORM or lemma key (normalised,
lowercased, plural-folded), so ``les parcours usagers`` and ``l’écosystème`` match the
entries ``parcours usager`` and ``écosystème``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LEMMA, NORM, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from discourse.lang.normalize import fold, normalize
from discourse.lexicons.schema import Lexicon, PatternEntry, TermEntry
from discourse.traits.tokenpatterns import TAGGED, CompiledMatcher, compile_pattern

_END = "\x00end"
_EXACT = "\x01"


@dataclass(frozen=True)
class Hit:
    """One match, in token offsets ``[start, end)``, with its rule id and category."""

    start: int
    end: int
    rule: str
    category: str = "default"
    weight: float = 1.0
    attrs: dict[str, Any] | None = field(default=None, compare=False, hash=False)
    focus: tuple[int, int] | None = field(default=None, compare=False, hash=False)
    """Token range that decides whether the hit is reported speech, when the evidence is
    wider than its cue (a sentence quoting a figure: the figure decides)."""


@dataclass
class TraitMatches:
    """What the lexicon engine found for one trait in one document."""

    hits: list[Hit] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)

    def kept(self) -> list[Hit]:
        """Hits that overlap no exclusion."""
        if not self.excluded:
            return list(self.hits)
        return [h for h in self.hits if not any(h.start < e and s < h.end for s, e in self.excluded)]


def term_keys(entry: TermEntry, tokenizer) -> tuple[str, ...]:
    """The keys of a lexicon term, tokenised like the documents."""
    words = [t.text for t in tokenizer(entry.term) if not t.is_space]
    if entry.case_sensitive:
        return tuple(_EXACT + w for w in words)
    return tuple(fold(normalize(w)) for w in words)


class LexiconIndex:
    """All lexicons of one language, compiled once per vocabulary."""

    def __init__(self, vocab: Vocab, tokenizer, lexicons: dict[str, Lexicon]) -> None:
        self.lexicons = lexicons
        self._trie: dict = {}
        self._payloads: list[tuple[str, TermEntry | None, bool]] = []
        self._matcher = Matcher(vocab, validate=True)
        # patterns that read POS/TAG/MORPH run only on tagged documents (E155 otherwise)
        self._tagged_matcher = Matcher(vocab, validate=True)
        self._compiled = CompiledMatcher()
        self._pattern_payloads: dict[str, tuple[str, PatternEntry | None]] = {}
        self._key_cache: dict[int, str] = {}
        for trait, lexicon in lexicons.items():
            for entry in lexicon.terms:
                self._add_term(trait, entry, term_keys(entry, tokenizer), excluded=False)
            for exclusion in lexicon.exclusions:
                if exclusion.term is not None:
                    as_term = TermEntry(term=exclusion.term, id=exclusion.id)
                    self._add_term(trait, as_term, term_keys(as_term, tokenizer), excluded=True)
                else:
                    key = f"{trait}\texclusion\t{len(self._pattern_payloads)}"
                    self._add_pattern(key, exclusion.pattern)
                    self._pattern_payloads[key] = (trait, None)
            for entry in lexicon.patterns:
                key = f"{trait}\tpattern\t{entry.id}"
                self._add_pattern(key, entry.pattern)
                self._pattern_payloads[key] = (trait, entry)

    def _add_pattern(self, key: str, pattern: list[dict[str, Any]]) -> None:
        """Compiled when possible; otherwise spaCy's Matcher (tagged patterns kept apart)."""
        Matcher(self._matcher.vocab, validate=True).add(key, [pattern])  # validates the pattern
        compiled = compile_pattern(key, pattern)
        if compiled is not None:
            self._compiled.add(compiled)
            return
        tagged = any(name in TAGGED for token in pattern for name in token)
        (self._tagged_matcher if tagged else self._matcher).add(key, [pattern])

    def _keys(self, doc: Doc) -> list[tuple[str, ...]]:
        """The keys each token offers to the term trie (its folded form and lemma, and its exact
        text for case-sensitive terms), computed once per distinct string hash."""
        cache = self._key_cache
        strings = doc.vocab.strings
        array = doc.to_array([ORTH, NORM, LEMMA]) if len(doc) else []
        keys = []
        for orth, norm, lemma in array:
            orth, norm, lemma = int(orth), int(norm), int(lemma)
            exact = cache.get(orth)
            if exact is None:
                exact = cache[orth] = _EXACT + strings[orth]
            folded_orth = cache.get(-orth - 1)
            if folded_orth is None:
                folded_orth = cache[-orth - 1] = fold(normalize(strings[orth]))
            lemma_key = folded_orth
            if lemma:
                lemma_key = cache.get(-lemma - 1)
                if lemma_key is None:
                    lemma_key = cache[-lemma - 1] = fold(normalize(strings[lemma]))
            if lemma_key == folded_orth:
                keys.append((folded_orth, exact))
            else:
                keys.append((folded_orth, lemma_key, exact))
        return keys

    def _add_term(self, trait: str, entry: TermEntry, keys: tuple[str, ...], excluded: bool) -> None:
        if not keys:
            return
        node = self._trie
        for key in keys:
            node = node.setdefault(key, {})
        self._payloads.append((trait, entry, excluded))
        node.setdefault(_END, []).append(len(self._payloads) - 1)

    def __call__(self, doc: Doc) -> dict[str, TraitMatches]:
        """Every trait's hits and exclusion ranges in ``doc``."""
        results: dict[str, TraitMatches] = {trait: TraitMatches() for trait in self.lexicons}
        has_pos = doc.has_annotation("POS")
        keys = self._keys(doc)
        n = len(keys)
        trie = self._trie
        for i in range(n):
            frontier = [trie]
            for j in range(i, n):
                nxt = []
                for node in frontier:
                    for key in keys[j]:
                        child = node.get(key)
                        if child is not None and child not in nxt:
                            nxt.append(child)
                if not nxt:
                    break
                for node in nxt:
                    for index in node.get(_END, ()):
                        trait, entry, excluded = self._payloads[index]
                        if excluded:
                            results[trait].excluded.append((i, j + 1))
                        elif not (has_pos and entry.pos and doc[i].pos_ not in entry.pos):
                            results[trait].hits.append(Hit(i, j + 1, entry.rule, entry.category, entry.weight))
                frontier = nxt
        matches = [(doc.vocab.strings[m], s, e) for m, s, e in self._matcher(doc)] if len(self._matcher) else []
        if has_pos and len(self._tagged_matcher):
            matches += [(doc.vocab.strings[m], s, e) for m, s, e in self._tagged_matcher(doc)]
        matches += self._compiled(doc, has_pos)
        for key, start, end in matches:
            trait, entry = self._pattern_payloads[key]
            if entry is None:
                results[trait].excluded.append((start, end))
            else:
                results[trait].hits.append(Hit(start, end, entry.id, entry.category, entry.weight))
        return results


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, preferring the longest, then the earliest (like spaCy's filter_spans)."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start, h.rule)):
        if any(i in taken for i in range(hit.start, hit.end)):
            continue
        chosen.append(hit)
        taken.update(range(hit.start, hit.end))
    return sorted(chosen, key=lambda h: (h.start, h.end))
