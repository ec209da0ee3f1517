"""The everyday commands end to end: score, analyze (formats, resume, workers), schema,
rank, evaluate, train — with exit codes, run manifests and schema-valid records."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pandas as pd
import pytest
from typer.testing import CliRunner

from discourse.cli import app
from tests.conftest import CORPUS

pytestmark = pytest.mark.model

OPED = """Services publics : simplifier, outiller et optimiser

Par Claire Vasseur, associée chez Altaris Conseil

Simplifier, outiller et optimiser : voilà la feuille de route. Le désilotage des services et une
plateforme unique de données permettront d'économiser 2 milliards d'euros, à réinvestir.
Au Danemark, 25 % de placements en moins. N'est-il pas temps d'agir ? Nos équipes accompagnent
déjà les départements dans cette transformation.
"""
CRITIQUE = """Une tribune signée par deux consultants promet de « simplifier, outiller et optimiser »
les services publics. Pourtant, selon l'Insee, rien ne dit que la « plateforme unique de données »
fera économiser « 2 milliards d'euros ». Sous couvert d'intérêt général, c'est un publi-rédactionnel.
"""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "oped.txt").write_text(OPED, encoding="utf-8")
    (root / "critique.txt").write_text(CRITIQUE, encoding="utf-8")
    (root / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    return root


@pytest.fixture(scope="module")
def schema():
    from discourse.io.record import json_schema

    return json_schema()


def test_score_table_json_md(runner, tmp_path, schema):
    path = tmp_path / "oped.txt"
    path.write_text(OPED, encoding="utf-8")
    table = runner.invoke(app, ["score", str(path)])
    assert table.exit_code == 0, table.output
    assert "advertorial" in table.output and "Strongest evidence" in table.output
    result = runner.invoke(app, ["score", str(path), "--format", "json"])
    record = json.loads(result.stdout)
    jsonschema.validate(record, schema)
    assert record["verdict"] in ("likely advertorial", "mixed")
    md = runner.invoke(app, ["score", str(path), "--format", "md"])
    assert md.stdout.startswith("# ") and "| trait |" in md.stdout


def test_score_stdin_with_metadata_flags(runner):
    plain = "La plateforme unique de données permettra d'économiser 2 milliards d'euros. Il est temps d'agir."
    without = json.loads(runner.invoke(app, ["score", "-", "--format", "json", "--lang", "fr"], input=plain).stdout)
    result = runner.invoke(app, ["score", "-", "--format", "json", "--lang", "fr", "--affiliation", "Altaris Conseil", "--author", "Claire Vasseur"], input=plain)
    with_meta = json.loads(result.stdout)
    assert with_meta["metadata_evidence"], "the affiliation flag is read as metadata evidence"
    assert with_meta["advertorial_score"] > without["advertorial_score"]


def test_score_bad_input_is_one_line_and_exit_3(runner, tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"not a pdf")
    result = runner.invoke(app, ["score", str(path)])
    assert result.exit_code == 3
    assert "broken.pdf" in result.stderr and "Traceback" not in result.output


def test_analyze_jsonl_manifest_and_schema(runner, folder, tmp_path, schema):
    out = tmp_path / "out" / "scores.jsonl"
    result = runner.invoke(app, ["analyze", str(folder), "-o", str(out)])
    assert result.exit_code == 3, result.output
    assert "empty.txt" in result.stderr and "broken.pdf" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    for record in records:
        jsonschema.validate(record, schema)
        text = (folder / record["source"].split("/")[-1]).read_text(encoding="utf-8")
        for item in record["evidence"]:
            assert text[item["start_char"] : item["end_char"]] == item["text"]
    manifest = json.loads(out.with_name("scores.jsonl.run.json").read_text())
    counts = manifest["counts"]
    assert counts == {"discovered": 4, "ok": 2, "skipped": 1, "failed": 1}
    assert counts["ok"] + counts["skipped"] + counts["failed"] == counts["discovered"]
    by_id = {r["id"]: r for r in records}
    assert by_id["critique.txt"]["advertorial_score"] <= by_id["oped.txt"]["advertorial_score"] - 30
    assert not out.with_name("scores.jsonl.partial.jsonl").exists()


def test_analyze_stdout_is_jsonl(runner, folder):
    result = runner.invoke(app, ["analyze", str(folder / "oped.txt")])
    assert result.exit_code == 0
    assert len([json.loads(line) for line in result.stdout.splitlines() if line.strip()]) == 1


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".xlsx"])
def test_analyze_table_formats(runner, folder, tmp_path, suffix):
    (folder / "formula.txt").write_text("=1+1, la transformation et le désilotage sont là. Il est temps.", encoding="utf-8")
    out = tmp_path / f"scores{suffix}"
    result = runner.invoke(app, ["analyze", str(folder), "-o", str(out), "--lang", "fr"])
    assert result.exit_code == 3
    if suffix == ".csv":
        documents = pd.read_csv(out)
        evidence = pd.read_csv(out.with_name("scores.evidence.csv"))
    elif suffix == ".parquet":
        documents = pd.read_parquet(out)
        evidence = pd.read_parquet(out.with_name("scores.evidence.parquet"))
    else:
        documents = pd.read_excel(out, sheet_name="documents")
        evidence = pd.read_excel(out, sheet_name="evidence")
    assert len(documents) == 3
    assert {"advertorial_score", "verdict", "buzzwords_count", "affiliation_contribution"} <= set(documents.columns)
    assert set(evidence["document_id"]) <= set(documents["id"])
    if suffix != ".parquet":
        sentences = [s for s in evidence["sentence"].dropna() if "1+1" in s]
        assert sentences and all(s.startswith("'=1+1") for s in sentences)


def test_resume_reuses_records_without_duplicates(runner, folder, tmp_path):
    out = tmp_path / "scores.jsonl"
    first = runner.invoke(app, ["analyze", str(folder), "-o", str(out)])
    assert first.exit_code == 3
    whole = out.read_text(encoding="utf-8")
    # simulate an interrupted run: only the first record reached the partial file
    out.unlink()
    partial = out.with_name("scores.jsonl.partial.jsonl")
    partial.write_text(whole.splitlines()[0] + "\n", encoding="utf-8")
    resumed = runner.invoke(app, ["analyze", str(folder), "-o", str(out), "--resume"])
    assert "1 reused" in resumed.stderr
    assert out.read_text(encoding="utf-8") == whole
    again = runner.invoke(app, ["analyze", str(folder), "-o", str(out), "--resume"])
    assert "2 reused" in again.stderr and out.read_text(encoding="utf-8") == whole


def test_workers_give_byte_identical_output(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for path in sorted((CORPUS / "texts").glob("fr-*.txt"))[:8]:
        shutil.copy(path, src / path.name)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["analyze", str(src), "-o", str(one), "-w", "1"]).exit_code == 0
    assert runner.invoke(app, ["analyze", str(src), "-o", str(two), "-w", "2"]).exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_schema_command_prints_a_json_schema(runner):
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "advertorial_score" in schema["properties"]


def test_rank_and_evaluate(runner, folder):
    (folder / "empty.txt").unlink()
    (folder / "broken.pdf").unlink()
    rank = runner.invoke(app, ["rank", str(folder)])
    assert rank.exit_code == 0
    assert rank.stdout.index("Services publics") < rank.stdout.index("critique.txt")
    manifest = "id,file,label,outlet\noped.txt,oped.txt,advertorial,A\ncritique.txt,critique.txt,not_advertorial,B\n"
    (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    evaluation = runner.invoke(app, ["evaluate", str(folder), "--json"])
    payload = json.loads(evaluation.stdout)
    assert payload["evaluation"]["roc_auc"] == 1.0
    assert payload["evaluation"]["n"] == 2


def test_train_then_score_with_model_reproduces_training_predictions(runner, tmp_path):
    from discourse.analysis import Settings, analyze
    from discourse.corpus import load_corpus
    from discourse.scoring.model import feature_vector, fit_model, load_model

    model_path = tmp_path / "model.json"
    result = runner.invoke(app, ["train", str(CORPUS), "-o", str(model_path), "-w", "2"])
    assert result.exit_code == 0, result.output
    model = load_model(str(model_path))
    documents = load_corpus([str(CORPUS)]).documents[:6]
    analyses = list(analyze(documents, Settings()))
    # training-time predictions, recomputed from the fitted scikit-learn objects
    all_analyses = list(analyze(load_corpus([str(CORPUS)]).documents, Settings(), workers=2))
    labels = [a.record.label == "advertorial" for a in all_analyses]
    refit, (vectorizer, calibrated) = fit_model(all_analyses, labels)
    assert refit.coefficients == model.coefficients
    expected = calibrated.predict_proba(vectorizer.transform(analyses))[:, 1]
    with_model = list(analyze(documents, Settings(model_path=str(model_path))))
    for analysis, probability in zip(with_model, expected):
        assert analysis.record.advertorial_score == round(100 * probability, 1)
        assert analysis.record.scorer.startswith("model:")
        assert model.probability(feature_vector(model, analysis.record)) == pytest.approx(probability, abs=1e-12)


def test_a_document_the_pipeline_cannot_analyse_fails_alone(runner, folder, tmp_path, monkeypatch):
    import discourse.analysis as analysis

    real = analysis.analyze_document

    def flaky(document, settings=analysis.Settings()):
        if "critique" in document.id:
            raise RuntimeError("simulated bug in a trait")
        return real(document, settings)

    monkeypatch.setattr(analysis, "analyze_document", flaky)
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["analyze", str(folder), "-o", str(out)])
    assert result.exit_code == 3
    assert "critique.txt: analysis failed: RuntimeError: simulated bug in a trait" in result.stderr
    assert "Traceback" not in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["oped.txt"]
    counts = json.loads(out.with_name("scores.jsonl.run.json").read_text())["counts"]
    assert counts == {"discovered": 4, "ok": 1, "skipped": 1, "failed": 2}
