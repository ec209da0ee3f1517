"""The notebooks are kept as source: no outputs in git, and only the public API used.
(They are executed by nbmake: ``pytest --nbmake notebooks/``.)"""

from __future__ import annotations

import ast
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _strip_module():
    spec = importlib.util.spec_from_file_location("strip_notebooks", ROOT / "scripts" / "strip_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("strip_notebooks", module)
    spec.loader.exec_module(module)
    return module


def _code(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


def test_both_notebooks_exist():
    assert [p.name for p in NOTEBOOKS] == ["01_press_review.ipynb", "02_corpus_study.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stripped(path):
    strip = _strip_module()
    original = path.read_text(encoding="utf-8")
    assert strip.dumps(strip.strip(json.loads(original))) == original, "run scripts/strip_notebooks.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_uses_public_names_only(path):
    tree = ast.parse(_code(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("discourse"):
            assert not any(part.startswith("_") for part in node.module.split(".")), node.module
            assert not any(alias.name.startswith("_") for alias in node.names), ast.dump(node)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "discourse":
            assert not node.attr.startswith("_"), node.attr


def test_strip_removes_outputs_and_run_metadata():
    strip = _strip_module()
    notebook = {
        "cells": [
            {"cell_type": "code", "source": "1 + 1", "execution_count": 3, "metadata": {"scrolled": True},
             "outputs": [{"output_type": "execute_result", "data": {"text/plain": "2"}}]},
            {"cell_type": "markdown", "source": "text", "metadata": {"tags": ["x"]}},
        ],
        "metadata": {"kernelspec": {"name": "python3"}, "language_info": {"name": "python", "version": "3.11.7"}, "widgets": {}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    stripped = strip.strip(notebook)
    assert stripped["cells"][0]["outputs"] == [] and stripped["cells"][0]["execution_count"] is None
    assert stripped["cells"][0]["metadata"] == {} and stripped["cells"][1]["metadata"] == {}
    assert stripped["metadata"] == {"kernelspec": {"name": "python3"}, "language_info": {"name": "python"}}
