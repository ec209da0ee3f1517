"""``discourse extract`` on a folder mixing good and hostile files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from discourse.cli import app
from tests.corpus.helpers import make_docx, make_pdf

TEXT = "Les consultants du cabinet Vauclair Associés recommandent de rationaliser les services publics locaux. "
GOOD = {"a.txt", "b.md", "c.html", "d.pdf", "e.docx", "rows.csv#row=1", "rows.jsonl#line=1"}


def make_mixed_folder(root: Path) -> Path:
    root.mkdir()
    (root / "a.txt").write_text(TEXT, encoding="cp1252")
    (root / "b.md").write_text("---\ntitle: B\n---\n" + TEXT)
    (root / "c.html").write_text("<html><body><article>" + f"<p>{TEXT}</p>" * 3 + "</article></body></html>")
    (root / "d.pdf").write_bytes(make_pdf([TEXT]))
    (root / "e.docx").write_bytes(make_docx([TEXT]))
    (root / "rows.csv").write_text(f'id,text\nr1,"{TEXT}"\nr2,"x","y"\n')
    (root / "rows.jsonl").write_text(f'{{"text": "{TEXT}"}}\n{{oops\n')
    (root / "empty.txt").write_text("  \n")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "fake.pdf").write_text(TEXT)
    (root / "scan.pdf").write_bytes(make_pdf([""]))
    (root / "fake.docx").write_text(TEXT)
    (root / "script.html").write_text("<script>alert(1)</script>")
    (root / "image.png").write_bytes(b"\x89PNG")
    return root


def test_extract_mixed_folder(tmp_path: Path) -> None:
    folder = make_mixed_folder(tmp_path / "lot")
    output = tmp_path / "out" / "docs.jsonl"
    output.parent.mkdir()
    result = CliRunner().invoke(app, ["extract", str(folder), "-o", str(output)])
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    sources = {r["source"].removeprefix(folder.as_posix() + "/") for r in records}
    assert sources == GOOD
    assert all(r["text"].strip() and r["load"]["reader"] for r in records)
    expected_problems = {
        "empty.txt": "E003", "binary.txt": "E004", "fake.pdf": "E006", "scan.pdf": "E005", "fake.docx": "E007",
        "script.html": "E009", "image.png": "E002", "rows.csv#row=2": "E010", "rows.jsonl#line=2": "E010",
    }
    for name, code in expected_problems.items():
        line = next(line for line in result.output.splitlines() if line.split(" ", 1)[-1].startswith(f"{folder.as_posix()}/{name}:"))
        assert f"[{code}]" in line, line
    assert "16 found: ok 7, skipped 4, failed 5" in result.output
    manifest = json.loads((output.parent / "docs.jsonl.run.json").read_text(encoding="utf-8"))
    assert manifest["counts"] == {"discovered": 16, "ok": 7, "skipped": 4, "failed": 5}
    assert len(manifest["inputs"]) == 16
    assert sum(1 for i in manifest["inputs"] if i["status"] == "ok") == len(records)
    assert all(i["reason"] for i in manifest["inputs"] if i["status"] != "ok")
    assert manifest["settings"]["text_field"] == "text"
    assert "spacy" in manifest["versions"]
    assert sorted(p.name for p in output.parent.iterdir()) == ["docs.jsonl", "docs.jsonl.run.json"]


def test_extract_to_stdout_all_ok(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(TEXT)
    result = CliRunner().invoke(app, ["extract", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["text"], record["lang"]) == (TEXT, "en")
    assert "1 found: ok 1, skipped 0, failed 0" in result.output


def test_extract_missing_input_exits_3(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "absent.txt")])
    assert result.exit_code == 3
    assert "[E001] file not found" in result.output


def test_extract_help_reads_well() -> None:
    result = CliRunner().invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    for option in ("--output", "--include", "--exclude", "--text-field", "--id-field", "--lang"):
        assert option in result.output
