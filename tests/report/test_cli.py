"""``discourse report`` and ``discourse review`` end to end (statistical model)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import CORPUS
from tests.report.helpers import TagCollector

pytestmark = pytest.mark.model

OPED = (
    "Services publics : il est temps de passer à l'action\n\n"
    "Par Hugo Marchal, associé chez Brevane Conseil\n\n"
    "Simplifier, outiller et optimiser : trois verbes pour une transformation ambitieuse. "
    "Nos équipes accompagnent déjà les collectivités dans le pilotage par la donnée. "
    "Une plateforme unique permettrait d'économiser 800 millions d'euros. "
    "<script>alert(1)</script> Nos voisins ont pris ce virage, n'est-il pas temps pour la France ?\n"
)
NEWS = (
    "Selon la préfecture du Cantal, la crue du 4 mars a touché douze communes. "
    "« Nous avons évacué quarante familles », a déclaré la maire d'Aurillac, Anne Tessier.\n"
)


@pytest.fixture
def runner():
    return CliRunner()


def test_report_one_text(runner, tmp_path, nlp_fr):
    source = tmp_path / "oped.txt"
    source.write_text(OPED, encoding="utf-8")
    output = tmp_path / "out" / "report.html"
    result = runner.invoke(app, ["report", str(source), "-o", str(output), "--lang", "fr", "--title", "Une <i>tribune</i>",
                                 "--outlet", "Le Journal fictif"])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    collector = TagCollector(html)
    assert not any(tag in ("script", "i") for tag, _ in collector.tags)
    assert "Une &lt;i&gt;tribune&lt;/i&gt;" in html and "Le Journal fictif" in html
    assert len(collector.marked) >= 5
    for text in collector.marked.values():
        assert text in OPED
    manifest = json.loads((tmp_path / "out" / "report.html.run.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["ok"] == 1


def test_report_folder_writes_index_and_exit_3_on_a_bad_file(runner, tmp_path, nlp_fr):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(OPED, encoding="utf-8")
    (folder / "b.txt").write_text(NEWS, encoding="utf-8")
    (folder / "c.txt").write_text("", encoding="utf-8")
    output = tmp_path / "index.html"
    result = runner.invoke(app, ["report", str(folder), "-o", str(output), "--lang", "fr"])
    assert result.exit_code == 3, result.output
    reports = sorted((tmp_path / "index_files").glob("*.html"))
    assert len(reports) == 2
    html = output.read_text(encoding="utf-8")
    assert html.index("a.txt") < html.index("b.txt")  # the op-ed ranks first


def test_review_three_corpus_files(runner, tmp_path, nlp_fr):
    inputs = [str(CORPUS / "texts" / f"{name}.txt") for name in ("fr-oped-01", "fr-critique-01", "fr-news-01")]
    output = tmp_path / "review.md"
    result = runner.invoke(app, ["review", *inputs, "-o", str(output)])
    assert result.exit_code == 0, result.output
    text = output.read_text(encoding="utf-8")
    sections = re.findall(r"^## (\d+)\. (.+)$", text, flags=re.M)
    assert [n for n, _ in sections] == ["1", "2", "3"]
    assert sections[0][1].startswith("Protection de l'enfance")  # the title is the heading line of the .txt
    scores = [int(s) for s in re.findall(r"— (\d+)/100\*\*", text)]
    assert scores == sorted(scores, reverse=True)
    assert (tmp_path / "review.md.run.json").exists()
    stdout = runner.invoke(app, ["review", inputs[0], "--format", "html"])
    assert stdout.exit_code == 0 and stdout.stdout.startswith("<!DOCTYPE html>")


@pytest.mark.slow
def test_report_renders_in_headless_chromium(runner, tmp_path, nlp_fr):
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("no /usr/bin/chromium")
    source = tmp_path / "oped.txt"
    source.write_text(OPED, encoding="utf-8")
    output = tmp_path / "report.html"
    assert runner.invoke(app, ["report", str(source), "-o", str(output), "--lang", "fr"]).exit_code == 0
    png = tmp_path / "shot.png"
    command = [
        str(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}", "--window-size=1280,2000", output.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
