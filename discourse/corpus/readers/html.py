"""HTML pages: trafilatura's main text and metadata; a plain-text fallback when it finds
nothing; a ``huge_tree`` re-parse for pages nested deeper than lxml's default limit.
Script, style and template content never becomes text."""

from __future__ import annotations

import re
from typing import Any

from discourse.corpus.document import LoadRecord
from discourse.corpus.encoding import decode_bytes, inspect_text
from discourse.corpus.readers.base import Extracted, clean_metadata
from discourse.errors import Codes, InputError

_NOT_TEXT = "//script|//style|//noscript|//template|//svg|//head"
_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def read_html(data: bytes, name: str) -> Extracted:
    """Main text and metadata (title, author, date, site) of an HTML page."""
    decoded = decode_bytes(data)
    markup = decoded.text
    record = LoadRecord(reader="html", encoding=decoded.encoding, warnings=list(decoded.warnings))
    text, metadata = _trafilatura(markup)
    tree = _parse(markup) if not text else None
    if not text and tree is not None:
        # trafilatura parses with lxml's default depth limit; a deeper page needs the huge tree
        text, metadata = _trafilatura(tree)
        if text:
            record.flags.append("huge_tree")
    if not text and tree is not None:
        text = plain_text(tree)
        metadata = {"title": _title(tree)} if _title(tree) else {}
        if text:
            record.flags.append("html_fallback")
    if not text.strip():
        raise InputError(Codes.E009, status="skipped")
    inspect_text(text, record.flags, record.warnings)
    return Extracted(text, record, clean_metadata(metadata))


def plain_text(tree: Any) -> str:
    """Visible text of a parsed page, one block per line, script and style removed."""
    for element in tree.xpath(_NOT_TEXT):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    raw = tree.text_content() if hasattr(tree, "text_content") else "".join(tree.itertext())
    lines = (_SPACES.sub(" ", line).strip() for line in raw.splitlines())
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _parse(markup: str) -> Any:
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _trafilatura(source: Any) -> tuple[str, dict[str, Any]]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(source, with_metadata=True, include_comments=False)
    except Exception:  # trafilatura raises a variety of parser errors on hostile markup
        return "", {}
    if result is None or not (result.text or "").strip():
        return "", {}
    metadata = {
        "title": result.title,
        "authors": result.author,
        "date": result.date,
        "outlet": result.sitename,
        "url": result.url,
    }
    return result.text.strip(), metadata


def _title(tree: Any) -> str | None:
    titles = tree.xpath("//title/text()")
    return titles[0].strip() if titles and titles[0].strip() else None
