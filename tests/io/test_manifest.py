"""The run manifest: counts derived from the statuses, inputs listed, versions, settings."""

from __future__ import annotations

import json
from pathlib import Path

from discourse.corpus import InputStatus
from discourse.io import run_manifest_path, write_run_manifest


def test_manifest_counts_and_inputs(tmp_path: Path) -> None:
    statuses = [
        InputStatus(source="a.txt", status="ok", documents=1),
        InputStatus(source="b.pdf", status="skipped", reason="[E005] scanned PDF"),
        InputStatus(source="c.csv#row=2", status="failed", reason="[E010] broken row"),
        InputStatus(source="d.md", status="ok", documents=1),
    ]
    path = write_run_manifest(tmp_path / "out.jsonl", statuses, {"lang": None}, extra={"records": 2})
    assert path == tmp_path / "out.jsonl.run.json" == run_manifest_path(tmp_path / "out.jsonl")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    assert manifest["counts"] == {"discovered": 4, "ok": 2, "skipped": 1, "failed": 1}
    assert manifest["inputs"][1] == {"source": "b.pdf", "status": "skipped", "reason": "[E005] scanned PDF", "documents": 0}
    assert manifest["settings"] == {"lang": None}
    assert manifest["records"] == 2
    assert set(manifest["versions"]) >= {"spacy"}


def test_manifest_is_deterministic(tmp_path: Path) -> None:
    statuses = [InputStatus(source="a.txt", status="ok", documents=1)]
    first = write_run_manifest(tmp_path / "x.csv", statuses, {"k": 1}).read_bytes()
    second = write_run_manifest(tmp_path / "x.csv", statuses, {"k": 1}).read_bytes()
    assert first == second
