"""Exports for IRaMuTeQ, TXM and quanteda: the documented formats, on the sample corpus."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discourse.cli import app
from discourse.corpus import LoadOptions
from discourse.io.exports import (
    ascii_name,
    export_corpus,
    file_stems,
    iramuteq_header,
    iramuteq_text,
)
from discourse.run import load_all
from tests.conftest import CORPUS

HEADER = re.compile(r"^\*{4}( \*[a-z0-9]+_[A-Za-z0-9_]+)+$")


@pytest.fixture(scope="module")
def documents():
    documents, statuses = load_all([str(CORPUS)], LoadOptions())
    assert all(s.status == "ok" for s in statuses)
    return documents


def test_iramuteq_export_of_the_sample_corpus(documents, tmp_path: Path) -> None:
    path = tmp_path / "corpus.txt"
    export_corpus(documents, "iramuteq", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    headers = [line for line in lines if line.startswith("****")]
    assert len(headers) == len(documents)
    for header in headers:
        assert HEADER.match(header), header
    assert all("*" not in line for line in lines if not line.startswith("****"))
    first = headers[0].split()
    assert first[1] == f"*id_{ascii_name(documents[0].id)}"
    assert f"*genre_{documents[0].genre}" in first
    assert any(h.split().count("*lang_fr") for h in headers)
    # a blank line closes each text, none inside one
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    assert len(blocks) == len(documents)


def test_iramuteq_header_sanitises_names_and_values() -> None:
    header = iramuteq_header({"id": "fr/oped 01", "outlet": "Le Quotidien de l'Économie", "responds_to": "x-1", "date": "2024-03-05", "title": None})
    assert header == "**** *id_fr_oped_01 *outlet_Le_Quotidien_de_l_Economie *respondsto_x_1 *date_2024_03_05 *year_2024"
    assert iramuteq_text("**** *fake_line\nUn *mot* ici.\n\n\nFin.") == "fake_line\nUn  mot  ici.\nFin."


def test_txm_export(documents, tmp_path: Path) -> None:
    folder = tmp_path / "txm"
    written = export_corpus(documents, "txm", folder)
    assert len(written) == len(documents) + 1
    with open(folder / "metadata.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[0] == "id"
    assert {r["id"] for r in rows} == {p.stem for p in folder.glob("*.txt")}
    first = rows[0]
    assert (folder / f"{first['id']}.txt").read_text(encoding="utf-8") == documents[0].text
    assert first["genre"] == documents[0].genre


def test_file_stems_are_distinct() -> None:
    class Doc:
        def __init__(self, id):
            self.id = id

    assert file_stems([Doc("a/b.txt"), Doc("a_b.txt"), Doc("A_B.TXT"), Doc("?")]) == ["a_b.txt", "a_b.txt_2", "A_B.TXT_3", "document"]


def test_quanteda_export_keeps_text_and_docvars(documents, tmp_path: Path) -> None:
    import pandas as pd

    path = tmp_path / "corpus.csv"
    export_corpus(documents, "quanteda", path, fields=["genre", "label", "responds_to"])
    frame = pd.read_csv(path, keep_default_na=False)
    assert frame.columns.tolist() == ["doc_id", "text", "genre", "label", "responds_to"]
    assert frame["doc_id"].tolist() == [d.id for d in documents]
    assert frame["text"].tolist() == [d.text for d in documents]


def test_export_command_accounts_for_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "in"
    good.mkdir()
    (good / "a.txt").write_text("Le cabinet Vauclair recommande de piloter la transformation.", encoding="utf-8")
    (good / "empty.txt").write_text("  ", encoding="utf-8")
    output = tmp_path / "out.txt"
    result = CliRunner().invoke(app, ["export", str(good), "--to", "iramuteq", "-o", str(output)])
    assert result.exit_code == 3, result.output
    assert output.read_text(encoding="utf-8").startswith("**** *id_a_txt")


def test_txm_export_into_a_previous_export_leaves_no_stale_text(tmp_path):
    from discourse.corpus import read_text_input
    from discourse.io.exports import write_txm

    first = [read_text_input("Premier texte assez long pour compter.", id="a"), read_text_input("Second texte, lui aussi.", id="b")]
    folder = tmp_path / "txm"
    write_txm(first, folder)
    (folder / "notes-personnelles.txt").write_text("à garder", encoding="utf-8")
    write_txm(first[:1], folder)
    texts = sorted(p.name for p in folder.glob("*.txt"))
    assert "b.txt" not in texts and "notes-personnelles.txt" in texts
    assert (folder / "metadata.csv").read_text(encoding="utf-8").count("\n") == 2
