"""Strip outputs, execution counts and run metadata from notebooks, so that git holds only
their source.

    .venv/bin/python scripts/strip_notebooks.py                 # every notebooks/*.ipynb, in place
    .venv/bin/python scripts/strip_notebooks.py --check         # exit 1 if one still has outputs
    .venv/bin/python scripts/strip_notebooks.py path/to/a.ipynb
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# notebook-level metadata worth keeping: the kernel and language; the rest is run noise
KEPT_METADATA = ("kernelspec", "language_info")
KEPT_LANGUAGE_INFO = ("name",)


def strip(notebook: dict) -> dict:
    """The notebook without outputs, execution counts or per-run metadata."""
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        cell["metadata"] = {}
    metadata = {k: v for k, v in notebook.get("metadata", {}).items() if k in KEPT_METADATA}
    if "language_info" in metadata:
        metadata["language_info"] = {k: v for k, v in metadata["language_info"].items() if k in KEPT_LANGUAGE_INFO}
    notebook["metadata"] = metadata
    return notebook


def dumps(notebook: dict) -> str:
    """The JSON layout Jupyter writes (one-space indent, keys sorted, final newline)."""
    return json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Strip outputs from notebooks.")
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks (default: notebooks/*.ipynb)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a notebook is not stripped")
    args = parser.parse_args(argv)
    paths = args.paths or sorted((ROOT / "notebooks").glob("*.ipynb"))
    dirty = []
    for path in paths:
        original = path.read_text(encoding="utf-8")
        stripped = dumps(strip(json.loads(original)))
        if stripped == original:
            continue
        dirty.append(path)
        if not args.check:
            path.write_text(stripped, encoding="utf-8")
    for path in dirty:
        sys.stderr.write(f"{'not stripped' if args.check else 'stripped'}: {path}\n")
    return 1 if args.check and dirty else 0


if __name__ == "__main__":
    sys.exit(main())
