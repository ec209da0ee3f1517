"""Figures in running text: amounts of money, percentages and multipliers, found by
character-level patterns and parsed into values. A support module: it registers no trait.

>>> [(f.kind, f.value, f.currency) for f in find_figures("Une économie de 2 milliards d'euros.", "fr")]
[('amount', 2000000000.0, 'EUR')]

French numbers take a decimal comma and a space, no-break space (U+00A0), narrow no-break
space (U+202F) or dot between thousands; English numbers a decimal point and a comma
between thousands. Years, dates, ages, times, counts and article numbers are not figures:
only a number with a currency, a percent sign or word, or a multiplier shape is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from discourse.traits.base import cached, doc_text, sentence_starts

Kind = str  # "amount" | "percent" | "multiplier"

_THOUSANDS = {"fr": "[ \u00a0\u202f.]", "en": ","}
_DECIMAL = {"fr": "[,.]", "en": r"\."}
"""French writes 1,5 but a dot also occurs (« 2.5 % »): a dot before exactly three digits is a
thousands separator, any other dot a decimal point."""

_GAP = "[ \u00a0\u202f]?"
"""An optional space, no-break space or narrow no-break space between a number and its unit."""

_CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}
_CURRENCY_WORDS = {
    "euro": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "usd": "USD",
    "livre sterling": "GBP",
    "livres sterling": "GBP",
    "pound": "GBP",
    "gbp": "GBP",
    "franc suisse": "CHF",
    "francs suisses": "CHF",
    "chf": "CHF",
}
_SCALES = {
    "fr": {
        "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
        "million": 1e6, "millions": 1e6, "m": 1e6, "mio": 1e6,
        "mille": 1e3, "k": 1e3,
    },
    "en": {
        "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
        "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
    },
}
_WORD_NUMBERS = {
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
        "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000,
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    },
}


@dataclass(frozen=True)
class Figure:
    """One figure: its character offsets in the text, its kind and parsed value."""

    start: int
    end: int
    text: str
    kind: Kind
    value: float
    value_high: float | None = None
    currency: str | None = None
    direction: str | None = field(default=None)
    """For multipliers: ``more`` or ``less``."""

    def attrs(self) -> dict:
        """JSON-serialisable description, for ``Hit.attrs``."""
        data: dict = {"text": self.text, "kind": self.kind, "value": self.value}
        if self.value_high is not None:
            data["value_high"] = self.value_high
        if self.currency is not None:
            data["currency"] = self.currency
        if self.direction is not None:
            data["direction"] = self.direction
        return data


def number_pattern(lang: str) -> str:
    """A regex for one written number (no groups), e.g. ``300 000``, ``1,5`` (fr), ``2.5`` (en)."""
    sep, dec = _THOUSANDS[lang], _DECIMAL[lang]
    grouped = rf"\d{{1,3}}(?:{sep}\d{{3}})+(?!\d)"
    return rf"(?:{grouped}|\d+)(?:{dec}\d+)?"


def parse_number(text: str, lang: str) -> float:
    """``"300 000"`` → 300000.0, ``"1,5"`` → 1.5 (fr); ``"1,250.5"`` → 1250.5 (en)."""
    cleaned = re.sub(r"[ \u00a0\u202f]", "", text)
    if lang != "fr":
        return float(cleaned.replace(",", ""))
    if "," in cleaned or re.fullmatch(r"\d{1,3}(?:\.\d{3})+", cleaned):
        # a dot between groups of three digits separates thousands: 1.500.000
        cleaned = cleaned.replace(".", "").replace(",", ".")
    return float(cleaned)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _amount_regexes(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    num = number_pattern(lang)
    scale = rf"(?:{_alternation(_SCALES[lang])})"
    words = rf"(?:{_alternation(_CURRENCY_WORDS)})s?"
    symbol = "[€$£]"
    dash = r"\s?[-–—]\s?"
    to = r"(?:\s?[-–—]\s?|\s(?:à|a|to|et|and)\s)"
    of = r"(?:\s?(?:d['’]\s?|de\s|of\s))?"
    gap = _GAP
    # €300m, £60m–£80m, $2.5bn, € 1,5 Md
    prefixed = re.compile(
        rf"(?<![\w$€£])(?P<cur>{symbol}){gap}(?P<low>{num})(?:{gap}(?P<scale_low>{scale})\b)?"
        rf"(?:{dash}{symbol}?{gap}(?P<high>{num})(?:{gap}(?P<scale>{scale})\b)?)?(?![\d\w])",
        re.IGNORECASE,
    )
    # 2 milliards d'euros, 1,5 Md€, 180 Md d'€, 300 000 €, 10 k€, 60 à 80 millions d'euros, 5 M$
    suffixed = re.compile(
        rf"(?<![\w.,])(?:(?P<low>{num})(?:{gap}(?P<scale_low>{scale}))?{to})?(?P<high>{num})"
        rf"(?:{gap}(?P<scale>{scale}))?{gap}{of}(?P<cur>{symbol}|{words}\b)",
        re.IGNORECASE,
    )
    # a bare billion with no currency: « économiser 2 milliards. » — not « 2 milliards de personnes »
    bare = re.compile(
        rf"(?<![\w.,])(?P<high>{num}){gap}(?P<scale>milliards?|mds?|billions?|bn)\b"
        rf"(?!{gap}(?:d['’]|de\b|of\b|[a-z]))",
        re.IGNORECASE,
    )
    return prefixed, suffixed, bare


def _currency(code: str) -> str:
    if code in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[code]
    key = code.lower()
    return _CURRENCY_WORDS.get(key) or _CURRENCY_WORDS.get(key.rstrip("s"), "EUR")


def _scaled(number: str | None, scale: str | None, lang: str) -> float | None:
    if number is None:
        return None
    factor = _SCALES[lang].get(scale.lower(), 1.0) if scale else 1.0
    return parse_number(number, lang) * factor


def find_amounts(text: str, lang: str) -> list[Figure]:
    """Amounts of money with value and currency (``value`` = low end of a range)."""
    prefixed, suffixed, bare = _amount_regexes(lang)
    found: list[Figure] = []
    for regex in (prefixed, suffixed, bare):
        for m in regex.finditer(text):
            groups = m.groupdict()
            scale = groups.get("scale")
            high = _scaled(groups.get("high"), scale, lang)
            low = _scaled(groups.get("low"), groups.get("scale_low") or scale, lang)
            cur = _currency(groups["cur"]) if groups.get("cur") else None
            start = m.start()
            if low is not None and high is not None and low > high:
                # « en 2023 et 300 € » is no range: keep the amount alone
                low, start = None, m.start("high")
            value, value_high = (low, high) if low is not None else (high, None)
            if value is None:
                continue
            found.append(Figure(start, m.end(), text[start : m.end()], "amount", value, value_high, cur))
    return _without_overlaps(found)


@lru_cache(maxsize=4)
def _percent_regex(lang: str) -> re.Pattern:
    num = number_pattern(lang)
    words = _alternation(_WORD_NUMBERS[lang])
    unit = r"(?:%|pour\s?cent|pourcents?|points?\sde\spourcentage)" if lang == "fr" else r"(?:%|per\s?cent|percentage\spoints?)"
    return re.compile(rf"(?<![\w.,])(?P<num>{num}|{words}){_GAP}(?P<unit>{unit})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _multiplier_regexes(lang: str) -> tuple[re.Pattern, ...]:
    num = number_pattern(lang)
    words = _alternation(_WORD_NUMBERS[lang])
    operand = rf"(?P<num>{num}|{words})"
    sign = r"(?<![\w])[x×]\s?(?P<num>\d+(?:[.,]\d+)?)(?![\w])"
    if lang == "fr":
        return (
            re.compile(
                rf"(?<![\w]){operand}\s+fois\s+(?P<dir>plus|moins|supérieure?s?|inférieure?s?|davantage)\b",
                re.IGNORECASE,
            ),
            re.compile(rf"\b(?P<dir>multipliée?s?|divisée?s?)\s+par\s+{operand}\b", re.IGNORECASE),
            re.compile(sign),
        )
    return (
        re.compile(
            rf"(?<![\w]){operand}\s+times\s+(?P<dir>more|less|fewer|as|higher|lower|greater|larger|bigger|smaller|faster|the)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b(?P<num>twice|thrice|half)\s+(?P<dir>as|the)\b", re.IGNORECASE),
        re.compile(rf"(?<![\w]){operand}-fold\b", re.IGNORECASE),
        re.compile(rf"\b(?P<dir>multiplied|divided)\s+by\s+{operand}\b", re.IGNORECASE),
        re.compile(sign),
    )


def _word_value(word: str, lang: str) -> float:
    lowered = word.lower()
    special = {"twice": 2.0, "thrice": 3.0, "half": 0.5}
    if lowered in special:
        return special[lowered]
    if lowered in _WORD_NUMBERS[lang]:
        return float(_WORD_NUMBERS[lang][lowered])
    return parse_number(word, lang)


_LESS = ("moins", "inférieur", "divis", "less", "fewer", "lower", "smaller", "divided")


def find_percentages(text: str, lang: str) -> list[Figure]:
    """``25 %``, ``3,5%``, ``vingt pour cent``, ``5 points de pourcentage`` (value in percent)."""
    return [
        Figure(m.start(), m.end(), m.group(), "percent", _word_value(m.group("num"), lang))
        for m in _percent_regex(lang).finditer(text)
    ]


def find_multipliers(text: str, lang: str) -> list[Figure]:
    """``trois fois plus``, ``deux fois moins``, ``x2``, ``three times more``, ``twice as many``."""
    found = []
    for regex in _multiplier_regexes(lang):
        for m in regex.finditer(text):
            groups = m.groupdict()
            direction_word = (groups.get("dir") or "").lower()
            direction = "less" if direction_word.startswith(_LESS) or groups["num"].lower() == "half" else "more"
            found.append(Figure(m.start(), m.end(), m.group(), "multiplier", _word_value(groups["num"], lang), direction=direction))
    return _without_overlaps(found)


def find_figures(text: str, lang: str, kinds: tuple[Kind, ...] = ("amount", "percent", "multiplier")) -> list[Figure]:
    """Every figure of the given kinds in ``text``, in text order, without overlaps."""
    found: list[Figure] = []
    if "amount" in kinds:
        found += find_amounts(text, lang)
    if "percent" in kinds:
        found += find_percentages(text, lang)
    if "multiplier" in kinds:
        found += find_multipliers(text, lang)
    return _without_overlaps(found)


def _without_overlaps(figures: list[Figure]) -> list[Figure]:
    """Longest first, then earliest; returned in text order."""
    chosen: list[Figure] = []
    for fig in sorted(figures, key=lambda f: (-(f.end - f.start), f.start)):
        if all(fig.end <= c.start or c.end <= fig.start for c in chosen):
            chosen.append(fig)
    return sorted(chosen, key=lambda f: f.start)


def token_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """Token bounds ``[start, end)`` covering a character range (expanded to whole tokens)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.start, span.end


def doc_figures(doc: Doc, lang: str, kinds: tuple[Kind, ...] = ("amount", "percent", "multiplier")) -> list[tuple[int, int, Figure]]:
    """Figures of ``doc`` with their token bounds: ``(start, end, figure)``."""

    def compute() -> list[tuple[int, int, Figure]]:
        located = []
        for fig in find_figures(doc_text(doc), lang, kinds):
            bounds = token_bounds(doc, fig.start, fig.end)
            if bounds is not None:
                located.append((*bounds, fig))
        return located

    return list(cached(doc, ("figures", lang, tuple(kinds)), compute))


_URL_RE = re.compile(r"https?://\S+|\bwww\.\S+\.\w{2,}", re.IGNORECASE)
# [1], [12], ¹ ² ³…, and (1) glued to a word or closing a sentence: « placés(1) », « placés (2). »
_FOOTNOTE_RE = re.compile(r"\[\d{1,3}\]|(?<![mM])[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=\S)\(\d{1,2}\)|\(\d{1,2}\)(?=\s*[.;,]?\s*$)")


def has_reference_mark(text: str) -> bool:
    """True when ``text`` holds a URL or a footnote mark (``[1]``, ``¹``, ``placés(1)``)."""
    return bool(_URL_RE.search(text) or _FOOTNOTE_RE.search(text))


SOURCE_CUE = "source_cue"
"""The category of the source cues in ``unsourced_figures.toml``, read by every figure trait."""


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of each sentence (the whole doc when it is not segmented)."""
    if not len(doc):
        return []
    starts = sentence_starts(doc)
    return [(start, end) for start, end in zip(starts, [*starts[1:], len(doc)])]


def source_cues(all_matches: dict) -> list:
    """The kept source-cue hits of ``unsourced_figures`` (empty when that lexicon is not loaded)."""
    matches = all_matches.get("unsourced_figures")
    if matches is None:
        return []
    return [h for h in matches.kept() if h.category == SOURCE_CUE]


def is_sourced(doc: Doc, start: int, end: int, cues: list) -> bool:
    """True when tokens ``[start, end)`` hold a source cue, a URL or a footnote mark."""
    if any(start <= h.start < end for h in cues):
        return True
    return has_reference_mark(doc[start:end].text)
