"""Folders: recursive discovery, include/exclude globs, manifest.csv joined by file name."""

from __future__ import annotations

from pathlib import Path

from discourse.corpus import LoadOptions, load_corpus

TEXT = "La direction du cabinet Ormesson Partenaires veut accélérer la transformation des services. "


def make_folder(root: Path) -> Path:
    (root / "texts" / "sub").mkdir(parents=True)
    (root / "texts" / "a.txt").write_text(TEXT + "Un.")
    (root / "texts" / "sub" / "b.md").write_text("---\ntitle: Titre du fichier\n---\n" + TEXT + "Deux.")
    (root / "texts" / "brouillon-c.txt").write_text(TEXT + "Trois.")
    (root / ".cache").mkdir()
    (root / ".cache" / "x.txt").write_text("caché")
    (root / "README.md").write_text("# About this corpus\n")
    (root / "manifest.csv").write_text(
        "id,file,title,authors,lang,label,firm\n"
        "doc-a,texts/a.txt,Titre A,Léa Fontaine; Marc Olivier,fr,advertorial,Ormesson\n"
        "doc-b,b.md,Titre B,,en,,\n"
        "doc-z,texts/absent.txt,,,,,\n",
        encoding="utf-8",
    )
    return root


def test_folder_joins_manifest(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "corpus")
    corpus = load_corpus([str(root)])
    by_id = {d.id: d for d in corpus.documents}
    assert set(by_id) == {"doc-a", "doc-b", "texts/brouillon-c.txt"}
    a = by_id["doc-a"]
    assert (a.title, a.authors, a.label, a.meta) == ("Titre A", ["Léa Fontaine", "Marc Olivier"], "advertorial", {"firm": "Ormesson"})
    assert a.source == (root / "texts" / "a.txt").as_posix()
    assert by_id["doc-b"].title == "Titre B"  # the manifest wins over the front matter
    assert by_id["doc-b"].lang == "en"  # metadata lang wins over detection
    assert by_id["texts/brouillon-c.txt"].lang == "fr"
    # the manifest, the README beside it and hidden folders are not documents; a listed
    # file that does not exist is a failed input
    assert corpus.counts == {"discovered": 4, "ok": 3, "skipped": 0, "failed": 1}
    assert corpus.problems == [((root / "texts/absent.txt").as_posix(), "failed", "[E001] file not found")]


def test_include_and_exclude(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "corpus")
    corpus = load_corpus([str(root)], LoadOptions(include=["*.txt"], exclude=["brouillon-*", "absent.txt"]))
    assert [d.id for d in corpus.documents] == ["doc-a"]
    assert corpus.counts == {"discovered": 1, "ok": 1, "skipped": 0, "failed": 0}


def test_folder_without_manifest_uses_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "un.txt").write_text(TEXT)
    (tmp_path / "README.md").write_text(TEXT)
    corpus = load_corpus([str(tmp_path)])
    assert sorted(d.id for d in corpus.documents) == ["README.md", "d/un.txt"]


def test_broken_manifest_is_reported_and_files_still_load(tmp_path: Path) -> None:
    (tmp_path / "un.txt").write_text(TEXT)
    (tmp_path / "manifest.csv").write_text("id,title\nx,y\n")
    corpus = load_corpus([str(tmp_path)])
    assert [d.id for d in corpus.documents] == ["un.txt"]
    assert corpus.problems == [((tmp_path / "manifest.csv").as_posix(), "failed", "[E015] manifest problem: no 'file' column")]


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "corpus")
    first = [(d.id, d.sha256) for d in load_corpus([str(root)]).documents]
    second = [(d.id, d.sha256) for d in load_corpus([str(root)]).documents]
    assert first == second
