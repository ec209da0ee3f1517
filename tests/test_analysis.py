"""The analysis chain: chunking with exact offsets, evidence exactness, determinism."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.analysis import Settings, analyze, analyze_document, chunk_bounds
from discourse.corpus import read_text_input

OPED = (
    "Par Claire Vasseur, associée chez Altaris Conseil.\n\n"
    "Anticiper, coordonner et mesurer : voilà la feuille de route. "
    "Le désilotage des services et une plateforme unique de données permettront "
    "d'économiser 2 milliards d'euros, à réinvestir. Au Danemark, 25 % de placements en moins. "
    "Il est temps d'agir : nos équipes accompagnent déjà les départements.\n\n"
)


@given(st.text(alphabet="ab .\n", min_size=0, max_size=400), st.integers(min_value=5, max_value=60))
@settings(max_examples=200, deadline=None)
def test_chunks_cover_the_text_exactly(text, limit):
    bounds = chunk_bounds(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b or (a == b == len(text)) for a, b in bounds)
    assert all(b - a <= limit for a, b in bounds)
    assert all(bounds[i][1] == bounds[i + 1][0] for i in range(len(bounds) - 1))


def test_chunk_prefers_paragraph_breaks():
    text = "aaaa bbbb.\n\ncccc dddd.\n\neeee"
    assert chunk_bounds(text, 14) == [(0, 12), (12, 24), (24, 28)]


@pytest.mark.model
def test_evidence_is_exact_and_chunked_equals_whole(nlp_fr):
    document = read_text_input(OPED * 4, source="oped.txt")
    whole = analyze_document(document, Settings(lang="fr")).record
    chunked = analyze_document(document, Settings(lang="fr", max_length=300)).record
    assert whole.evidence, "the op-ed has evidence"
    for record in (whole, chunked):
        for item in record.evidence:
            assert document.text[item.start_char : item.end_char] == item.text
    assert any("W004" in w for w in chunked.warnings)
    # paragraphs are cut at breaks, so the same spans are found
    assert {(e.trait, e.start_char, e.end_char) for e in chunked.evidence} == {(e.trait, e.start_char, e.end_char) for e in whole.evidence}


@pytest.mark.model
def test_points_add_up_to_the_score(nlp_fr):
    record = analyze_document(read_text_input(OPED, source="oped.txt"), Settings(lang="fr")).record
    total = sum(e.points for e in record.evidence) + sum(m.points for m in record.metadata_evidence)
    assert record.advertorial_score == pytest.approx(min(100, max(0, total)), abs=0.5)


@pytest.mark.model
def test_workers_give_identical_records(nlp_fr):
    documents = [read_text_input(OPED + f"Paragraphe {i}.", source=f"d{i}.txt") for i in range(6)]
    one = [a.record.to_json() for a in analyze(documents, Settings(lang="fr"), workers=1, batch_size=2)]
    two = [a.record.to_json() for a in analyze(documents, Settings(lang="fr"), workers=2, batch_size=2)]
    assert one == two


@pytest.mark.model
def test_empty_text_gives_a_zero_record(nlp_fr):
    from discourse.corpus import Document, LoadRecord

    document = Document(id="empty", text="", source="empty.txt", load=LoadRecord(reader="test"))
    record = analyze_document(document, Settings(lang="fr")).record
    assert record.words == 0 and record.advertorial_score == 0 and record.evidence == []


_ALPHABET = "abcdeéèàçôœ ABCÉ,.;:!?«»“”\"'’()-–—%€$£0123456789\n\u00a0\u202f"


@pytest.mark.model
@given(st.text(alphabet=_ALPHABET, min_size=0, max_size=300))
@settings(max_examples=40, deadline=None)
def test_any_text_gives_a_valid_record_with_exact_evidence(nlp_fr, text):
    from discourse.corpus import Document, LoadRecord

    document = Document(id="fuzz", text=text, lang="fr", source="fuzz", load=LoadRecord(reader="test"))
    record = analyze_document(document, Settings(lang="fr")).record
    assert 0 <= record.advertorial_score <= 100
    for item in record.evidence:
        assert text[item.start_char : item.end_char] == item.text
