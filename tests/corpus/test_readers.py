"""Each reader on a well-formed input: text, metadata and load record."""

from __future__ import annotations

from pathlib import Path

import pytest

from discourse.corpus import LoadOptions, iter_corpus, load_corpus, read_text_input
from tests.corpus.helpers import encrypt_pdf, make_docx, make_pdf

FRENCH = (
    "Le cabinet Varennes Conseil propose de moderniser l'accueil des usagers. "
    "Selon ses associés, la mutualisation des services ferait économiser deux millions d'euros."
)
ENGLISH = (
    "The firm Halloway Partners says councils should streamline their services. "
    "Its partners claim the change would save two million pounds a year."
)


def load_one(path: Path, **options):
    results = list(iter_corpus([str(path)], LoadOptions(**options)))
    assert len(results) == 1
    return results[0]


def test_txt_text_is_kept_unchanged(tmp_path: Path) -> None:
    text = "  " + FRENCH + "\r\n\r\nDeuxième paragraphe.\n"
    path = tmp_path / "tribune.txt"
    path.write_bytes(text.encode("utf-8"))
    loaded = load_one(path)
    document = loaded.documents[0]
    assert loaded.status.status == "ok"
    assert document.text == text
    assert document.lang == "fr"
    assert document.load.reader == "txt"
    assert document.source == path.as_posix()


def test_md_front_matter_becomes_metadata(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Une note\nauthors: [Léa Fontaine, Marc Olivier]\ndate: 2024-03-02\n"
        "outlet: La Gazette\nsector: santé\n---\n# Une note\n\n" + FRENCH + "\n",
        encoding="utf-8",
    )
    document = load_one(path).documents[0]
    assert document.title == "Une note"
    assert document.authors == ["Léa Fontaine", "Marc Olivier"]
    assert document.date == "2024-03-02"
    assert document.outlet == "La Gazette"
    assert document.meta == {"sector": "santé"}
    assert document.text.startswith("# Une note")
    assert "---" not in document.text


def test_md_front_matter_never_runs_code(tmp_path: Path) -> None:
    path = tmp_path / "evil.md"
    path.write_text("---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\nTexte.\n")
    loaded = load_one(path)
    assert loaded.status.status == "failed"
    assert "YAML" in loaded.status.reason


def test_md_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("# Title\n\n" + ENGLISH)
    document = load_one(path).documents[0]
    assert document.text == "# Title\n\n" + ENGLISH
    assert document.lang == "en"


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Moderniser l'accueil</title>"
        '<meta name="author" content="Léa Fontaine"><meta property="og:site_name" content="La Gazette">'
        '<meta name="date" content="2024-05-06"><style>.x{color:red}</style></head>'
        "<body><nav>Accueil | Contact</nav><article><h1>Moderniser l'accueil</h1>"
        + "".join(f"<p>{FRENCH} ({n})</p>" for n in range(4))
        + "</article><script>window.tracker = 'ne pas lire';</script></body></html>",
        encoding="utf-8",
    )
    document = load_one(path).documents[0]
    assert "mutualisation" in document.text
    assert "tracker" not in document.text and "color:red" not in document.text
    assert document.title == "Moderniser l'accueil"
    assert document.authors == ["Léa Fontaine"]
    assert document.outlet == "La Gazette"
    assert document.date == "2024-05-06"
    assert document.load.reader == "html"


def test_html_short_page_falls_back_to_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "short.htm"
    path.write_text("<html><body><div>Bref.</div><script>var a='caché';</script></body></html>")
    document = load_one(path).documents[0]
    assert "Bref." in document.text
    assert "caché" not in document.text


def test_pdf_pages_are_joined(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(make_pdf(["Première page du rapport.", "Seconde page du rapport."], title="Rapport"))
    document = load_one(path).documents[0]
    assert document.text == "Première page du rapport.\n\nSeconde page du rapport."
    assert document.load.pages == 2
    assert document.title == "Rapport"


def test_pdf_without_text_layer_needs_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf(["", ""]))
    status = load_one(path).status
    assert (status.status, "needs_ocr" in status.reason) == ("skipped", True)


def test_pdf_encrypted_fails_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypt_pdf(make_pdf(["Texte secret."]), "motdepasse"))
    status = load_one(path).status
    assert status.status == "failed"
    assert "encrypted" in status.reason


def test_docx_paragraphs_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "note.docx"
    path.write_bytes(make_docx([FRENCH, "", "Conclusion : agir vite."], title="Note", author="Léa Fontaine; Marc Olivier"))
    document = load_one(path).documents[0]
    assert document.text == FRENCH + "\nConclusion : agir vite."
    assert document.title == "Note"
    assert document.authors == ["Léa Fontaine", "Marc Olivier"]
    assert document.load.reader == "docx"


def test_csv_one_document_per_row(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    path.write_text(
        "id,text,title,author,outlet,label,firm\n"
        f'a1,"{FRENCH}",Titre un,Léa Fontaine; Marc Olivier,La Gazette,advertorial,Varennes\n'
        f'a2,"{ENGLISH}",Title two,Ann Reed,The Courier,not_advertorial,\n',
        encoding="utf-8",
    )
    corpus = load_corpus([str(path)])
    assert [s.source for s in corpus.statuses] == [f"{path.as_posix()}#row=1", f"{path.as_posix()}#row=2"]
    first, second = corpus.documents
    assert (first.id, first.lang, first.title, first.outlet, first.label) == ("a1", "fr", "Titre un", "La Gazette", "advertorial")
    assert first.authors == ["Léa Fontaine", "Marc Olivier"]
    assert first.meta == {"firm": "Varennes"}
    assert first.field("firm") == "Varennes"
    assert (second.id, second.lang, second.meta) == ("a2", "en", {})


def test_csv_custom_fields_and_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("ref;corps;lang\nx9;" + FRENCH + ";en\n", encoding="cp1252")
    document = load_corpus([str(path)], LoadOptions(text_field="corps", id_field="ref")).documents[0]
    assert document.id == "x9"
    assert document.text == FRENCH
    assert document.lang == "en"  # metadata wins over detection
    assert document.load.encoding == "cp1252"


def test_csv_missing_text_column_fails_the_file(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("id,body\n1,bonjour\n")
    corpus = load_corpus([str(path)])
    assert corpus.counts == {"discovered": 1, "ok": 0, "skipped": 0, "failed": 1}
    assert "'text'" in corpus.problems[0][2]


def test_jsonl_rows_without_id_get_stable_ids(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text(
        '{"text": "%s", "authors": ["A. Roy"], "year": 2021}\n\n{"text": "%s", "lang": "fr"}\n' % (FRENCH, ENGLISH),
        encoding="utf-8",
    )
    corpus = load_corpus([str(path)])
    # an absolute path given directly: the id uses the file name, so it does not depend on the machine
    assert [d.id for d in corpus.documents] == ["data.jsonl#line=1", "data.jsonl#line=3"]
    assert corpus.documents[0].meta == {"year": 2021}
    assert corpus.documents[0].authors == ["A. Roy"]
    assert corpus.documents[1].lang == "fr"


def test_forced_language_wins(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text(ENGLISH)
    assert load_one(path, lang="fr").documents[0].lang == "fr"


def test_read_text_input() -> None:
    document = read_text_input(FRENCH, title="Collé", firm="Varennes")
    assert document.text == FRENCH
    assert document.id.startswith("sha256-")
    assert document.id == read_text_input(FRENCH).id
    assert (document.title, document.meta, document.source, document.lang) == ("Collé", {"firm": "Varennes"}, "-", "fr")


@pytest.mark.parametrize("text, lang", [("", "und"), ("Oui.", "und"), (FRENCH, "fr"), (ENGLISH, "en")])
def test_language_detection(text: str, lang: str) -> None:
    from discourse.corpus.language import detect_language

    assert detect_language(text) == lang


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FRENCH.encode("cp1252"))))
    corpus = load_corpus(["-"])
    assert corpus.counts["ok"] == 1
    assert corpus.documents[0].text == FRENCH
    assert corpus.documents[0].source == "-"


def test_text_title_from_a_heading_line():
    from discourse.corpus.readers.text import heading_title

    assert heading_title("Un titre court\n\nLe corps du texte.") == "Un titre court"
    assert heading_title("# Titre Markdown\n\nCorps.") == "Titre Markdown"
    assert heading_title("Une phrase qui continue\nà la ligne suivante.") is None
    assert heading_title("Une phrase complète.\n\nSuite.") is None
    assert heading_title("Seule ligne") is None


def test_language_detection_can_be_deferred(tmp_path):
    from discourse.corpus import LoadOptions, load_corpus
    from discourse.corpus.loader import LANG_DEFERRED, complete_language

    path = tmp_path / "a.txt"
    path.write_text("Le département renforce la prévention auprès des familles du quartier.", encoding="utf-8")
    deferred = load_corpus([str(path)], LoadOptions(detect_language=False)).documents[0]
    assert deferred.lang == "und" and LANG_DEFERRED in deferred.load.flags
    done = complete_language(deferred)
    assert done.lang == "fr" and LANG_DEFERRED not in done.load.flags
    assert done == load_corpus([str(path)]).documents[0]
    forced = load_corpus([str(path)], LoadOptions(detect_language=False, lang="en")).documents[0]
    assert forced.lang == "en" and LANG_DEFERRED not in forced.load.flags
