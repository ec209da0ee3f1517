"""Corpus plots and the contribution chart: valid, non-empty, deterministic files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from discourse.report.plots import contribution_svg, write_corpus_plots
from tests.report.helpers import make_record, span

TEXT = "Il est temps de moderniser la gouvernance, selon la Cour des comptes."


def _records():
    records = []
    for n, (genre, score) in enumerate([("oped", 70.0), ("oped", 55.0), ("news", 10.0), ("news", 20.0), (None, 35.0)]):
        evidence = [span(TEXT, "Il est temps", "urgency_pressure", points=score / 10),
                    span(TEXT, "gouvernance", "buzzwords", points=1.0)]
        if genre == "news":
            evidence.append(span(TEXT, "selon la Cour des comptes", "critical_stance", points=-2.0))
        records.append(make_record(TEXT, evidence, score=score, id=f"d{n}", genre=genre, meta={"firm": f"F{n % 2}"}))
    return records


def test_corpus_plots_are_valid_png_and_svg(tmp_path):
    written = write_corpus_plots(_records(), tmp_path / "plots", by="genre")
    names = sorted(p.name for p in written)
    assert names == ["score_by_genre.png", "score_by_genre.svg", "traits_by_genre.png", "traits_by_genre.svg"]
    for path in written:
        data = path.read_bytes()
        assert len(data) > 2000
        if path.suffix == ".png":
            assert data.startswith(b"\x89PNG\r\n\x1a\n")
        else:
            root = ET.fromstring(data)
            assert root.tag.endswith("svg")
    svg = (tmp_path / "plots" / "score_by_genre.svg").read_text(encoding="utf-8")
    assert "(none)" in svg and "oped" in svg and "news" in svg


def test_plots_are_deterministic_and_group_by_meta(tmp_path):
    first = write_corpus_plots(_records(), tmp_path / "a", by="firm")
    second = write_corpus_plots(_records(), tmp_path / "b", by="firm")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert "F0" in (tmp_path / "a" / "traits_by_firm.svg").read_text(encoding="utf-8")


def test_contribution_svg_is_inline_svg():
    svg = str(contribution_svg(_records()[2]))
    assert svg.startswith("<svg") and "<?xml" not in svg and "DOCTYPE" not in svg
    ET.fromstring(svg)
    assert "Critical stance" in svg and "-2.0" in svg
