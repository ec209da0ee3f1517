"""The statistics commands end to end on a handful of sample-corpus files (spaCy model)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import CORPUS

pytestmark = pytest.mark.model

SELECTION = ["--include", "texts/fr-oped-0[12]*", "--include", "texts/fr-news-0[12]*"]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_keyness_of_traits_by_genre(runner: CliRunner) -> None:
    result = runner.invoke(app, ["keyness", str(CORPUS), *SELECTION, "--by", "genre", "--target", "consultancy_oped",
                                 "--unit", "trait", "--min-freq", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["meta"]["documents_target"] == 2 and payload["meta"]["documents_reference"] == 2
    rows = {row["item"]: row for row in payload["rows"]}
    top = payload["rows"][0]
    assert top["ll"] > 0 and top["freq_target"] > top["freq_reference"]
    assert {"log_ratio", "pct_diff", "specificity", "p_value", "significant"} <= set(top)
    assert any(r["ll"] > 0 for r in rows.values() if r["item"] in ("buzzwords", "action_verbs", "techno_solutionism"))


def test_kwic_and_freq_read_the_same_tokens(runner: CliRunner) -> None:
    freq = runner.invoke(app, ["freq", str(CORPUS), *SELECTION, "--unit", "trait", "--format", "json"])
    assert freq.exit_code == 0, freq.output
    counts = {row["item"]: row["count"] for row in json.loads(freq.stdout)["rows"]}
    kwic = runner.invoke(app, ["kwic", str(CORPUS), *SELECTION, "--trait", "buzzwords", "--format", "csv"])
    assert kwic.exit_code == 0, kwic.output
    lines = kwic.stdout.strip().splitlines()
    assert lines[0].startswith("doc_id,start_char,end_char,left,keyword,right")
    assert len(lines) - 1 == counts.get("buzzwords", 0) > 0


def test_bad_input_gives_exit_code_3(runner: CliRunner, tmp_path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Il faut piloter la transformation et optimiser les parcours des usagers.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text(" ", encoding="utf-8")
    result = runner.invoke(app, ["collocates", str(tmp_path), "parcours", "--min-freq", "1", "--format", "csv"])
    assert result.exit_code == 3, result.output
    assert "skipped" in result.stderr
    assert "les" in result.stdout
