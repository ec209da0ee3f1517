"""LIWC-style .dic import and flat export of lexicons."""

import csv
import io
import tomllib

import pytest
from typer.testing import CliRunner

from discourse.cli import app
from discourse.errors import UsageError
from discourse.lexicons.dic import dic_to_toml, parse_dic
from discourse.lexicons.schema import Lexicon

DIC = "%\n1\ttransformation\n2\tperformance\n%\ndésilotage\t1\nefficien*\t2\nvaleur ajoutée\t2 1\n"


def test_parse_dic():
    categories, entries = parse_dic(DIC)
    assert categories == {"1": "transformation", "2": "performance"}
    assert entries == [("désilotage", ["transformation"]), ("efficien*", ["performance"]), ("valeur ajoutée", ["performance", "transformation"])]


def test_dic_to_toml_is_a_valid_lexicon_that_matches(blank_fr):
    lexicon = Lexicon.model_validate(tomllib.loads(dic_to_toml(DIC, "buzzwords", "fr", "t.dic")))
    assert [t.term for t in lexicon.terms] == ["désilotage", "valeur ajoutée", "valeur ajoutée"]
    assert lexicon.patterns[0].pattern == [{"LOWER": {"REGEX": "^efficien"}}]
    from spacy.matcher import Matcher

    matcher = Matcher(blank_fr.vocab)
    matcher.add("p", [lexicon.patterns[0].pattern])
    assert len(matcher(blank_fr.make_doc("L'efficience et les efficiences."))) == 2


@pytest.mark.parametrize("bad", ["no header at all\n", "%\n1\tx\n%\nmot\t9\n", "%\n1\tx\n%\nmot\n"])
def test_bad_dic_files_are_refused(bad):
    with pytest.raises(UsageError, match="E301"):
        parse_dic(bad)


def test_export_cli_lists_every_entry():
    result = CliRunner().invoke(app, ["lexicon", "export", "--trait", "buzzwords", "--lang", "fr"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) >= 150
    assert {r["kind"] for r in rows} >= {"term", "exclusion"}
    assert all(r["rule"].startswith("buzzwords/") for r in rows)


def test_import_cli_writes_a_file(tmp_path):
    source = tmp_path / "mine.dic"
    source.write_text(DIC, encoding="utf-8")
    target = tmp_path / "buzzwords.toml"
    result = CliRunner().invoke(app, ["lexicon", "import", str(source), "--trait", "buzzwords", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert tomllib.loads(target.read_text(encoding="utf-8"))["trait"] == "buzzwords"
    broken = tmp_path / "broken.dic"
    broken.write_text("nothing", encoding="utf-8")
    result = CliRunner().invoke(app, ["lexicon", "import", str(broken), "--trait", "x"])
    assert result.exit_code == 2 and "Traceback" not in result.output  # a usage error
