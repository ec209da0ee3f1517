"""The reliability contract, end to end, for every command that takes inputs.

One small folder mixes good and bad inputs (an empty file, random bytes named .txt, text
named .pdf, a broken .docx, a CSV with a broken row, a cp1252 file) and a path that does
not exist is added. Every command must then process the good inputs, print exactly one
line per bad input naming it and the reason, print counts that add up, never a
traceback, keep stdout for data, and exit 3. Usage mistakes exit 2, fatal ones 1.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discourse.cli import app

pytestmark = pytest.mark.model

OPED = (
    "Services sociaux : prévenir, coordonner et piloter\n\n"
    "Il est temps de moderniser nos services publics. Notre cabinet accompagne déjà les "
    "départements dans cette transformation, grâce à une plateforme unique de données qui "
    "permettra d'économiser 2 milliards d'euros.\n"
)
NEWS_CP1252 = (
    "Le conseil départemental du Cantal a inauguré mardi à Aurillac une crèche de quarante "
    "places, selon un communiqué de la préfecture. Les élus ont salué le travail des équipes.\n"
)
CSV = (
    "id,text,genre,label\n"
    'r1,"Nos équipes déploient une plateforme de données pour piloter la transformation et réduire les coûts.",oped,advertorial\n'
    'r2,"a row with "stray" quotes,x,y,z,w\n'
    'r3,"Selon la Cour des comptes, le département de l\'Aveyron a ouvert deux centres sociaux à Rodez en 2023.",news,news\n'
    'r4,"Il est urgent de décloisonner les silos : notre méthode optimise chaque parcours usager.",oped,advertorial\n'
    'r5,"Mardi soir, les habitants du quartier des Tilleuls ont débattu du futur marché couvert avec le maire.",news,news\n'
)
# every bad input and the status it must end in; the CSV's second row is the broken one
BAD = {
    "empty.txt": "skipped",
    "noise.txt": "failed",
    "notes.pdf": "failed",
    "letter.docx": "failed",
    "table.csv#row=2": "failed",
    "missing.txt": "failed",
}
GOOD = 6  # oped.txt, news.txt, and the CSV rows r1, r3, r4 and r5
COUNTS = re.compile(r"^(\d+) found: ok (\d+), skipped (\d+), failed (\d+)$", re.M)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The mixed folder; ``missing.txt`` is named on the command line but never created."""
    root = tmp_path_factory.mktemp("contract")
    folder = root / "inputs"
    folder.mkdir()
    (folder / "oped.txt").write_text(OPED, encoding="utf-8")
    (folder / "news.txt").write_bytes(NEWS_CP1252.encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    noise = random.Random(7)
    (folder / "noise.txt").write_bytes(bytes(noise.randrange(256) for _ in range(3000)))
    (folder / "notes.pdf").write_text("Ceci est du texte brut, pas un PDF.", encoding="utf-8")
    (folder / "letter.docx").write_bytes(b"PK\x03\x04 not really a zip archive")
    (folder / "table.csv").write_text(CSV, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _inputs(corpus: Path) -> list[str]:
    return [str(corpus / "inputs"), str(corpus / "missing.txt")]


def _commands(corpus: Path) -> dict[str, list[str]]:
    """Each command over the mixed inputs; outputs go to folders that do not exist yet."""
    out = corpus / "out"
    inputs = _inputs(corpus)
    return {
        "extract": ["extract", *inputs],
        "extract -o": ["extract", *inputs, "-o", str(out / "extract" / "docs.jsonl")],
        "score": ["score", inputs[0], "--format", "json"],
        "analyze": ["analyze", *inputs, "--include-text"],
        "analyze -o": ["analyze", *inputs, "-o", str(out / "analyze" / "scores.csv")],
        "report": ["report", *inputs, "-o", str(out / "report" / "index.html")],
        "review": ["review", *inputs],
        "review -o": ["review", *inputs, "-o", str(out / "review" / "digest.md")],
        "rank": ["rank", *inputs],
        "evaluate": ["evaluate", *inputs],
        "train": ["train", *inputs, "-o", str(out / "train" / "model.json")],
        "freq": ["freq", *inputs, "--format", "csv"],
        "keyness": ["keyness", *inputs, "--by", "genre", "--target", "oped", "--min-freq", "1", "--format", "json"],
        "kwic": ["kwic", *inputs, "piloter"],
        # with --trait a last argument that is no existing path is a rule filter: the missing path goes first
        "kwic --trait": ["kwic", *inputs[::-1], "--trait", "action_verbs", "--format", "csv"],
        "collocates": ["collocates", *inputs, "services", "--min-freq", "1"],
        "export": ["export", *inputs, "--to", "quanteda", "-o", str(out / "export" / "corpus.csv")],
    }


COMMANDS = list(_commands(Path(".")))


def _problem_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("failed ", "skipped "))]


@pytest.mark.parametrize("name", COMMANDS)
def test_bad_inputs_one_line_each_and_exit_3(runner, corpus, nlp_fr, name):
    args = _commands(corpus)[name]
    if name == "score":  # one source: the folder (the missing path is checked below)
        expected = {k: v for k, v in BAD.items() if k != "missing.txt"}
    else:
        expected = BAD
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code == 3, result.output
    lines = _problem_lines(result.stderr)
    assert len(lines) == len(expected), lines
    for bad, status in expected.items():
        mine = [line for line in lines if re.search(rf"[ /]{re.escape(bad)}: \[E0\d\d\] \S", line)]
        assert len(mine) == 1, (bad, lines)
        assert mine[0].startswith(status), mine[0]
    found, ok, skipped, failed = map(int, COUNTS.search(result.stderr).groups())
    assert ok + skipped + failed == found
    assert skipped + failed == len(expected)
    assert ok == GOOD
    assert not _problem_lines(result.stdout), "problem lines belong on stderr"
    assert "found: ok" not in result.stdout


@pytest.mark.parametrize("name", ["extract -o", "analyze -o", "review -o", "report", "train", "export"])
def test_outputs_and_run_manifests(runner, corpus, nlp_fr, name):
    args = _commands(corpus)[name]
    output = Path(args[args.index("-o") + 1])
    result = runner.invoke(app, args)
    assert result.exit_code == 3, result.output
    assert output.is_file()
    assert not [p for p in output.parent.iterdir() if p.name.endswith(".tmp")], "no temporary file left behind"
    manifest = output.with_name(output.name + ".run.json")
    if manifest.exists():
        counts = json.loads(manifest.read_text(encoding="utf-8"))["counts"]
        assert counts["ok"] + counts["skipped"] + counts["failed"] == counts["discovered"]
        assert counts["ok"] == GOOD


def test_jsonl_stdout_is_data_and_offsets_hold(runner, corpus, nlp_fr):
    result = runner.invoke(app, _commands(corpus)["analyze"])
    assert result.exit_code == 3
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == GOOD
    assert sum(len(r["evidence"]) for r in records) > 0
    for record in records:
        for item in record["evidence"]:
            assert record["text"][item["start_char"] : item["end_char"]] == item["text"]
    decoded = next(r for r in records if r["id"].endswith("news.txt"))
    assert "crèche" in decoded["text"] and any("cp1252" in w for w in decoded["warnings"])


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["freq", "{good}", "--format", "xml"], 2, "xml"),
        (["kwic", "{good}", "--trait", "no_such_trait"], 2, "no_such_trait"),
        (["kwic", "{good}"], 2, "query"),
        (["score", "{good}", "--model", "{notmodel}"], 1, "E104"),
        (["score", "{good}", "--weights", "{notmodel}"], 1, "E103"),
        (["analyze", "{good}", "-o", "{out}/scores.weird"], 2, "scores.weird"),
        (["analyze", "{good}", "-o", "{good}/under-a-file.jsonl"], 1, "under-a-file.jsonl"),
        (["extract", "{good}", "-o", "{good}/under-a-file.jsonl"], 1, "under-a-file.jsonl"),
        (["train", "{good}", "-o", "{good}/under-a-file.json"], 1, "under-a-file.json"),
        (["export", "{good}", "--to", "txm", "-o", "{good}"], 1, "folder"),
        (["lexicon", "show", "no_such_trait"], 2, "E102"),
        (["lexicon", "show", "buzzwords", "--lang", "de"], 2, "E201"),
    ],
    ids=["unknown-format", "unknown-trait", "kwic-no-query", "not-a-model", "not-weights", "unknown-extension",
         "output-under-file-analyze", "output-under-file-extract", "output-under-file-train",
         "txm-onto-a-file", "lexicon-unknown-trait", "lexicon-unknown-lang"],
)
def test_usage_and_fatal_errors_are_one_line(runner, corpus, nlp_fr, args, code, needle):
    notmodel = corpus / "notmodel.json"
    notmodel.write_text('{"weights": [1, 2]}', encoding="utf-8")
    values = {"good": str(corpus / "inputs" / "oped.txt"), "notmodel": str(notmodel), "out": str(corpus / "out" / "fatal")}
    result = runner.invoke(app, [a.format(**values) for a in args])
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert needle in result.stderr
    assert not result.stdout.strip()


def test_train_with_too_few_labels_is_one_fatal_line(runner, corpus, nlp_fr):
    result = runner.invoke(app, ["train", str(corpus / "inputs" / "oped.txt"), str(corpus / "inputs" / "empty.txt"),
                                 "-o", str(corpus / "out" / "few" / "model.json")])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert len(_problem_lines(result.stderr)) == 1
    assert "at least 2 documents of each class" in result.stderr
    assert not (corpus / "out" / "few" / "model.json").exists()


def test_nothing_loadable_ends_cleanly(runner, corpus, nlp_fr):
    empty = corpus / "inputs" / "empty.txt"
    for args in (["kwic", str(empty), "piloter"], ["keyness", str(empty), "--by", "genre", "--target", "x"],
                 ["freq", str(empty)], ["rank", str(empty)], ["analyze", str(empty)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 3, (args, result.output)
        assert len(_problem_lines(result.stderr)) == 1, (args, result.stderr)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
