"""A compiled matcher for the spaCy token patterns of the lexicons.

spaCy's ``Matcher`` re-evaluates every predicate of every pattern at every token; with a
few hundred patterns made of ``IN`` lists that costs more than the statistical model itself.
Here each pattern is compiled once into a list of steps; patterns whose first step is an
equality test are indexed by the (attribute, string hash) it needs, so at each token only
the patterns that can start there are tried. Semantics are spaCy's (same attributes, same
operators ``? * + !``, all matches returned); a pattern using anything else is left to
spaCy's ``Matcher`` by the caller (``compile_pattern`` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy import attrs as spacy_attrs
from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.strings import (
    get_string_id as hash_string,  # symbols (e.g. "aux") have fixed ids
)
from spacy.tokens import Doc

_STRING_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "LEMMA": LEMMA}
_COLUMNS = (ORTH, LOWER, NORM, LEMMA)
_FLAGS = {
    "IS_TITLE": "is_title", "IS_UPPER": "is_upper", "IS_LOWER": "is_lower", "IS_DIGIT": "is_digit",
    "IS_PUNCT": "is_punct", "IS_ALPHA": "is_alpha", "IS_SPACE": "is_space", "LIKE_NUM": "like_num",
    "IS_SENT_START": "is_sent_start", "IS_STOP": "is_stop", "IS_ASCII": "is_ascii",
}
_TOKEN_STRINGS = {"POS": "pos_", "TAG": "tag_", "SHAPE": "shape_"}
TAGGED = {"POS", "TAG", "MORPH", "DEP"}
_OPS = {None, "1", "?", "*", "+", "!"}
_COMPARE = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, "<": lambda a, b: a < b,
}

Test = Callable[["DocView", int], bool]


class DocView:
    """Per-document columns (string hashes of ORTH, LOWER, NORM, LEMMA) and lazy tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = len(doc)
        array = doc.to_array(list(_COLUMNS)) if len(doc) else []
        self.columns = {attr: [int(row[k]) for row in array] for k, attr in enumerate(_COLUMNS)}
        self._tokens: list = [None] * self.n
        self._flags: dict[int, list[int]] = {}

    def value(self, attr: int, i: int) -> int:
        return self.columns[attr][i]

    def flag(self, attr: int, i: int) -> bool:
        """A boolean lexical attribute (IS_TITLE, LIKE_NUM…), one column read per document."""
        column = self._flags.get(attr)
        if column is None:
            array = self.doc.to_array([attr]) if self.n else []
            column = self._flags[attr] = [int(v) for v in array]
        return bool(column[i])

    def token(self, i: int):
        token = self._tokens[i]
        if token is None:
            token = self._tokens[i] = self.doc[i]
        return token


@dataclass(frozen=True)
class Step:
    op: str | None
    test: Test
    keys: frozenset[tuple[int, int]] | None
    """``(attribute, hash)`` pairs of which the token must have one, when the step is a pure
    equality or ``IN`` test on one string attribute (used to index the first step)."""
    flag: int | None = None
    """A boolean attribute the token must have (IS_TITLE, LIKE_NUM…), for the same purpose."""


@dataclass(frozen=True)
class CompiledPattern:
    key: str
    steps: tuple[Step, ...]
    tagged: bool

    def ends(self, view: DocView, start: int) -> Iterator[int]:
        """Every end position of a match starting at ``start``."""
        yield from _ends(self.steps, 0, view, start)

    def cannot_start(self, view: DocView, start: int) -> bool:
        """Cheap rejection before the full search: a required second token that fails."""
        if len(self.steps) < 2:
            return False
        second = self.steps[1]
        if second.op not in (None, "1"):
            return False
        first = self.steps[0]
        if first.op not in (None, "1"):
            return False
        return start + 1 >= view.n or not second.test(view, start + 1)


def _ends(steps: tuple[Step, ...], k: int, view: DocView, pos: int) -> Iterator[int]:
    if k == len(steps):
        yield pos
        return
    step = steps[k]
    op, test, n = step.op, step.test, view.n
    if op in (None, "1"):
        if pos < n and test(view, pos):
            yield from _ends(steps, k + 1, view, pos + 1)
    elif op == "!":
        if pos < n and not test(view, pos):
            yield from _ends(steps, k + 1, view, pos + 1)
    elif op == "?":
        yield from _ends(steps, k + 1, view, pos)
        if pos < n and test(view, pos):
            yield from _ends(steps, k + 1, view, pos + 1)
    else:  # "*" or "+"
        p = pos
        if op == "*":
            yield from _ends(steps, k + 1, view, p)
        while p < n and test(view, p):
            p += 1
            yield from _ends(steps, k + 1, view, p)


def _string_test(attr: int, value: Any) -> tuple[Test, frozenset[tuple[int, int]] | None] | None:
    if isinstance(value, str):
        target = hash_string(value)
        return (lambda view, i: view.value(attr, i) == target), frozenset({(attr, target)})
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (kind, arg), = value.items()
    if kind == "IN" and isinstance(arg, list):
        targets = frozenset(hash_string(v) for v in arg)
        return (lambda view, i: view.value(attr, i) in targets), frozenset((attr, t) for t in targets)
    if kind == "NOT_IN" and isinstance(arg, list):
        targets = frozenset(hash_string(v) for v in arg)
        return (lambda view, i: view.value(attr, i) not in targets), None
    if kind == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        verdicts: dict[int, bool] = {}  # per string hash: the regex runs once per word form

        def test(view: DocView, i: int) -> bool:
            value = view.value(attr, i)
            verdict = verdicts.get(value)
            if verdict is None:
                verdict = verdicts[value] = regex.search(view.doc.vocab.strings[value]) is not None
            return verdict

        return test, None
    return None


def _token_test(name: str, value: Any) -> Test | None:
    if name in _FLAGS:
        if not isinstance(value, bool):
            return None
        if name != "IS_SENT_START" and hasattr(spacy_attrs, name):
            attr = getattr(spacy_attrs, name)
            return lambda view, i: view.flag(attr, i) == value
        flag = _FLAGS[name]
        return lambda view, i: bool(getattr(view.token(i), flag)) == value
    if name == "LENGTH":
        if isinstance(value, int):
            return lambda view, i: len(view.token(i).text) == value
        if isinstance(value, dict) and value and all(k in _COMPARE for k in value):
            checks = [(_COMPARE[k], v) for k, v in value.items()]
            return lambda view, i: all(check(len(view.token(i).text), v) for check, v in checks)
        return None
    if name in _TOKEN_STRINGS:
        attribute = _TOKEN_STRINGS[name]
        if isinstance(value, str):
            return lambda view, i: getattr(view.token(i), attribute) == value
        if isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value.values())), list):
            (kind, arg), = value.items()
            options = frozenset(arg)
            if kind == "IN":
                return lambda view, i: getattr(view.token(i), attribute) in options
            if kind == "NOT_IN":
                return lambda view, i: getattr(view.token(i), attribute) not in options
        return None
    return None


def _step(spec: dict[str, Any]) -> Step | None:
    op = spec.get("OP")
    if op not in _OPS:
        return None
    tests: list[Test] = []
    keys = None
    flag = None
    for name, value in spec.items():
        if name == "OP":
            continue
        if value is True and name in _FLAGS and name != "IS_SENT_START" and hasattr(spacy_attrs, name):
            flag = getattr(spacy_attrs, name)
        if name in _STRING_ATTRS:
            compiled = _string_test(_STRING_ATTRS[name], value)
            if compiled is None:
                return None
            test, step_keys = compiled
            tests.append(test)
            if step_keys is not None and keys is None:
                keys = step_keys
        else:
            test = _token_test(name, value)
            if test is None:
                return None
            tests.append(test)
    if not tests:
        return Step(op, lambda view, i: True, None)
    if len(tests) == 1:
        return Step(op, tests[0], keys, flag)
    return Step(op, lambda view, i: all(t(view, i) for t in tests), keys, flag)


def compile_pattern(key: str, pattern: list[dict[str, Any]]) -> CompiledPattern | None:
    """The compiled pattern, or None when it uses something this matcher does not know."""
    steps = []
    for spec in pattern:
        step = _step(spec)
        if step is None:
            return None
        steps.append(step)
    tagged = any(name in TAGGED for spec in pattern for name in spec)
    return CompiledPattern(key, tuple(steps), tagged)


def start_variants(pattern: CompiledPattern) -> list[CompiledPattern]:
    """Equivalent patterns whose first step is required, so that each can be indexed:
    ``[a?, b…]`` → ``[a, b…]`` and ``[b…]``; ``[a*, b…]`` → ``[a+, b…]`` and ``[b…]``."""
    first = pattern.steps[0]
    if first.op not in ("?", "*"):
        return [pattern]
    required = Step(None if first.op == "?" else "+", first.test, first.keys, first.flag)
    variants = [CompiledPattern(pattern.key, (required, *pattern.steps[1:]), pattern.tagged)]
    if len(pattern.steps) > 1:  # an empty match is never returned, so [a?] alone is just [a]
        variants += start_variants(CompiledPattern(pattern.key, pattern.steps[1:], pattern.tagged))
    return variants


class CompiledMatcher:
    """Many compiled patterns, indexed by what their first step needs."""

    def __init__(self) -> None:
        self._indexed: dict[tuple[int, int], list[CompiledPattern]] = {}
        self._anywhere: list[CompiledPattern] = []
        self._by_flag: dict[int, list[CompiledPattern]] = {}
        self.size = 0

    def add(self, pattern: CompiledPattern) -> None:
        self.size += 1
        for variant in start_variants(pattern):
            first = variant.steps[0]
            if first.keys is not None and first.op in (None, "1", "+"):
                for key in first.keys:
                    self._indexed.setdefault(key, []).append(variant)
            elif first.flag is not None and first.op in (None, "1", "+"):
                self._by_flag.setdefault(first.flag, []).append(variant)
            else:
                self._anywhere.append(variant)

    def __len__(self) -> int:
        return self.size

    def __call__(self, doc: Doc, tagged: bool) -> list[tuple[str, int, int]]:
        """``(key, start, end)`` for every match (no empty match), like ``Matcher``."""
        if not self.size or not len(doc):
            return []
        view = DocView(doc)
        found: set[tuple[str, int, int]] = set()
        index = self._indexed
        columns = [view.columns[attr] for attr in _COLUMNS]
        flagged: dict[int, list[CompiledPattern]] = {}
        for attr, patterns in self._by_flag.items():
            view.flag(attr, 0)
            for i, value in enumerate(view._flags[attr]):
                if value:
                    flagged.setdefault(i, []).extend(patterns)
        for start in range(view.n):
            candidates: list[CompiledPattern] = []
            for attr, column in zip(_COLUMNS, columns):
                bucket = index.get((attr, column[start]))
                if bucket:
                    candidates.extend(bucket)
            for pattern in flagged.get(start, ()):
                if pattern.steps[0].test(view, start):
                    candidates.append(pattern)
            for pattern in self._anywhere:
                first = pattern.steps[0]
                if first.op in (None, "1", "+") and first.test(view, start):
                    candidates.append(pattern)
                elif first.op == "!":
                    candidates.append(pattern)
            for pattern in candidates:
                if (pattern.tagged and not tagged) or pattern.cannot_start(view, start):
                    continue
                for end in pattern.ends(view, start):
                    if end > start:
                        found.add((pattern.key, start, end))
        return sorted(found, key=lambda m: (m[1], m[2], m[0]))
