"""Bytes to text for plain-text formats: strict UTF-8 first (BOM aware), then strict
cp1252 (or ISO-8859-15 for its euro sign), then charset-normalizer restricted to Western
code pages (Mac Roman files fail cp1252 on their accented letters); binary data is
refused, mojibake is flagged.

Detectors, even restricted, misread short cp1252 French (as Mac Roman), hence cp1252 first.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from discourse.errors import Codes, InputError

WESTERN_CODE_PAGES = ["cp1252", "iso8859_15", "latin_1", "mac_roman"]

# (byte-order mark, codec that strips it, name reported in the load record)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)

# UTF-8 read as cp1252/latin-1: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.
_MOJIBAKE = re.compile(
    "Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|â€[\u0080-\u00bf\u0153\u0161\u201c\u201d\u2018\u2019\u2122\u02dc]"
    "|Â[\u00a0-\u00bf]"
)
# Control characters that never appear in real text (tab, newlines, form feed allowed).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    """Text decoded from bytes, with the encoding used and what to be wary of."""

    text: str
    encoding: str
    flags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as text, or raise ``InputError`` (E004) for bytes that are not text."""
    text, encoding = _decode(data)
    if text is None or looks_binary(text):
        raise InputError(Codes.E004, status="failed")
    decoded = Decoded(text, encoding)
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        decoded.warnings.append(Codes.W002.format(encoding=encoding))
    inspect_text(decoded.text, decoded.flags, decoded.warnings)
    return decoded


def inspect_text(text: str, flags: list[str], warnings: list[str]) -> None:
    """Add the ``mojibake`` and ``replacement_chars`` flags (and warnings) when they apply."""
    if has_mojibake(text) and "mojibake" not in flags:
        flags.append("mojibake")
        warnings.append(Codes.W003.format())
    replacements = text.count("\ufffd")
    if replacements and "replacement_chars" not in flags:
        flags.append("replacement_chars")
        warnings.append(Codes.W006.format(count=replacements))


def has_mojibake(text: str) -> bool:
    """True when the text shows double-encoded UTF-8 ("DÃ©jÃ  vu")."""
    return _MOJIBAKE.search(text) is not None


def looks_binary(text: str) -> bool:
    """True for decoded bytes that are not text: a NUL, or more than 1 % control characters."""
    if "\x00" in text:
        return True
    controls = len(_CONTROL.findall(text))
    return controls > max(1, len(text) // 100)


def _decode(data: bytes) -> tuple[str | None, str]:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                return None, name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    western = _decode_western(data)
    if western is not None:
        return western
    detected = _detect_western(data)
    if detected is not None:
        return detected
    return None, "unknown"


def _decode_western(data: bytes) -> tuple[str, str] | None:
    """cp1252, the usual Windows encoding of French text; ISO-8859-15 when the only
    high byte that differs is its euro sign (0xA4) and no cp1252-only byte occurs."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if b"\xa4" in data and not any(0x80 <= byte <= 0x9F for byte in data):
        return data.decode("iso8859_15"), "iso8859_15"
    return text, "cp1252"


def _detect_western(data: bytes) -> tuple[str, str] | None:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data, cp_isolation=WESTERN_CODE_PAGES).best()
    if best is None:
        return None
    return str(best), best.encoding
