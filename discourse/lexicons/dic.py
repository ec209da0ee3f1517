"""Move word lists in and out: LIWC-style ``.dic`` dictionaries become a lexicon TOML file,
and a lexicon becomes a flat table (CSV/JSON) for other tools.

A ``.dic`` file has a category header between two ``%`` lines, then one entry per line::

    %
    1	transformation
    2	performance
    %
    désilotage	1
    efficien*	2
    valeur ajoutée	2

A trailing ``*`` is a prefix wildcard: it becomes a token pattern on the lowercase form.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from discourse.errors import Codes, UsageError
from discourse.lexicons.schema import Lexicon


def parse_dic(text: str) -> tuple[dict[str, str], list[tuple[str, list[str]]]]:
    """``(categories by number, [(entry, [category names])])``; raises UsageError (E301)."""
    lines = [line.rstrip("\n\r") for line in text.splitlines()]
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        raise UsageError(Codes.E301, detail="not a .dic file: the category header between two '%' lines is missing")
    categories: dict[str, str] = {}
    for line in lines[marks[0] + 1 : marks[1]]:
        parts = line.split()
        if len(parts) >= 2:
            categories[parts[0]] = "_".join(parts[1:])
    entries: list[tuple[str, list[str]]] = []
    for number, line in enumerate(lines[marks[1] + 1 :], start=marks[1] + 2):
        if not line.strip():
            continue
        fields = re.split(r"\t+", line.strip()) if "\t" in line else line.strip().rsplit(None, 1)
        term, codes = fields[0].strip(), " ".join(fields[1:]).split()
        unknown = [c for c in codes if c not in categories]
        if not codes or unknown:
            raise UsageError(Codes.E301, detail=f"line {number}: entry {term!r} has no known category ({' '.join(codes) or 'none'})")
        entries.append((term, [categories[c] for c in codes]))
    return categories, entries


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def dic_to_toml(text: str, trait: str, lang: str, source: str) -> str:
    """A lexicon TOML file from a ``.dic`` dictionary (validated before it is returned)."""
    _, entries = parse_dic(text)
    out = [
        'version = "1.0"',
        f"trait = {_toml_string(trait)}",
        f"lang = {_toml_string(lang)}",
        f"description = {_toml_string(f'Imported from {source}')}",
        f"sources = [{_toml_string(source)}]",
        "",
    ]
    seen: set[tuple[str, str]] = set()
    for term, categories in entries:
        for category in categories:
            if (term.lower(), category) in seen:
                continue
            seen.add((term.lower(), category))
            if term.endswith("*"):
                stem = re.escape(term[:-1].lower())
                rule = f"{term[:-1]}_prefix"
                out += ["[[patterns]]", f"id = {_toml_string(rule)}", f"category = {_toml_string(category)}",
                        f'pattern = [{{LOWER = {{REGEX = {_toml_string("^" + stem)}}}}}]', ""]
            else:
                out += ["[[terms]]", f"term = {_toml_string(term)}", f"category = {_toml_string(category)}", ""]
    toml_text = "\n".join(out)
    import tomllib

    Lexicon.model_validate(tomllib.loads(toml_text))
    return toml_text


def lexicon_rows(lexicon: Lexicon) -> list[dict[str, object]]:
    """One row per entry: trait, lang, kind (term/pattern/exclusion), rule, category, text."""
    rows: list[dict[str, object]] = []
    for entry in lexicon.terms:
        rows.append({"trait": lexicon.trait, "lang": lexicon.lang, "kind": "term", "rule": f"{lexicon.trait}/{entry.rule}",
                     "category": entry.category, "text": entry.term, "weight": entry.weight})
    for pattern in lexicon.patterns:
        rows.append({"trait": lexicon.trait, "lang": lexicon.lang, "kind": "pattern", "rule": f"{lexicon.trait}/{pattern.id}",
                     "category": pattern.category, "text": json.dumps(pattern.pattern, ensure_ascii=False), "weight": pattern.weight})
    for exclusion in lexicon.exclusions:
        text = exclusion.term if exclusion.term is not None else json.dumps(exclusion.pattern, ensure_ascii=False)
        rows.append({"trait": lexicon.trait, "lang": lexicon.lang, "kind": "exclusion", "rule": f"{lexicon.trait}/{exclusion.rule}",
                     "category": "", "text": text, "weight": 0.0})
    return rows


def read_dic(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return path.read_text(encoding="cp1252")
