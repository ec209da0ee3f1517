"""The run manifest written next to every output file: ``<output>.run.json``.

It says what became of each input (ok / skipped / failed, with the reason), the counts,
the versions of the tools and the settings, so a run can be checked and reproduced.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from discourse.corpus.accounting import count_statuses
from discourse.corpus.document import InputStatus
from discourse.io.atomic import atomic_write

MANIFEST_SUFFIX = ".run.json"
MODEL_PACKAGES = ("fr_core_news_sm", "fr_core_news_md", "en_core_web_sm")


def run_manifest_path(output_path: str | os.PathLike[str]) -> Path:
    """``out.jsonl`` → ``out.jsonl.run.json``."""
    output = Path(output_path)
    return output.with_name(output.name + MANIFEST_SUFFIX)


def tool_versions() -> dict[str, str]:
    """Versions of discourse, spaCy and the installed language models, read from package
    metadata (nothing is imported)."""
    versions: dict[str, str] = {}
    for package in ("discourse", "spacy", *MODEL_PACKAGES):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return versions


def build_run_manifest(
    statuses: Iterable[InputStatus], settings: dict[str, Any], extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The manifest as a dict: counts, inputs, versions, settings, then ``extra``."""
    statuses = list(statuses)
    manifest: dict[str, Any] = {
        "counts": count_statuses(statuses),
        "inputs": [
            {"source": s.source, "status": s.status, "reason": s.reason, "documents": s.documents}
            for s in statuses
        ],
        "versions": tool_versions(),
        "settings": settings,
    }
    manifest.update(extra or {})
    return manifest


def write_run_manifest(
    output_path: str | os.PathLike[str],
    statuses: Iterable[InputStatus],
    settings: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write ``<output_path>.run.json`` atomically and return its path."""
    path = run_manifest_path(output_path)
    manifest = build_run_manifest(statuses, settings, extra)
    with atomic_write(path) as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=2, default=str)
        handle.write("\n")
    return path
