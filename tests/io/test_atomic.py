"""atomic_write: the target is replaced whole or left untouched, no temporary file remains."""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.io import atomic_write


def test_writes_text_and_bytes(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with atomic_write(target) as handle:
        handle.write("é\n")
    assert target.read_text(encoding="utf-8") == "é\n"
    with atomic_write(target, "wb") as handle:
        handle.write(b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_error_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("ancien\n")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as handle:
            handle.write("nouveau, à moitié")
            raise RuntimeError("interrupted")
    assert target.read_text() == "ancien\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_error_on_a_new_file_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(tmp_path / "new.csv") as handle:
            handle.write("a,b\n")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_bad_mode_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        with atomic_write(tmp_path / "x", "a"):  # type: ignore[arg-type]
            pass
