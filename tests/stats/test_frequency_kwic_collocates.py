"""Frequency lists, concordances and collocates on hand-built corpora."""

from __future__ import annotations

import math

import pytest

from discourse.errors import UsageError
from discourse.stats import collocates, concordance, frequencies
from tests.stats.helpers import corpus

TEXTS = [
    ({"id": "a", "genre": "oped"}, "Optimisons les parcours. Pilotons la donnée, optimisons tout.\nL'efficience des parcours compte."),
    ({"id": "b", "genre": "news"}, "Le maire a dit « optimisons les parcours » hier. Les parcours sont longs."),
    ({"id": "c", "genre": "news"}, "Rien à dire sur les parcours d'aujourd'hui."),
]
MARKS = [("buzzwords", "buzzwords/parcours", "parcours"), ("buzzwords", "buzzwords/efficience", "efficience")]


@pytest.fixture
def tables():
    return corpus(TEXTS, MARKS)


def test_frequencies_by_group(tables) -> None:
    frame = frequencies(tables, "word", by="genre", per=1_000)
    news = frame[frame["genre"] == "news"].set_index("item")
    assert news.loc["parcours", "count"] == 3
    assert news.loc["parcours", "documents"] == 2
    words = news.loc["parcours", "words"]
    assert words == 12 + 9  # tokens: d' aujourd' hui
    assert news.loc["parcours", "rate"] == pytest.approx(3 * 1_000 / words)
    assert frame.columns.tolist() == ["genre", "item", "count", "rate", "documents", "words"]


def test_frequencies_of_traits_and_pos(tables) -> None:
    traits = frequencies(tables, "trait").set_index("item")
    assert traits.loc["buzzwords", "count"] == 6
    verbs = frequencies(tables, "lemma", pos=["verb"]).set_index("item")
    assert verbs.loc["optimiser", "count"] == 3
    assert set(verbs.index) == {"optimiser", "piloter"}
    unquoted = frequencies(tables, "lemma", pos=["VERB"], exclude_reported=True).set_index("item")
    assert unquoted.loc["optimiser", "count"] == 2


def test_kwic_phrase_across_tokenization(tables) -> None:
    frame = concordance(tables, "l'efficience", window=2)
    assert frame["keyword"].tolist() == ["L'efficience"]
    assert frame.iloc[0]["left"] == "optimisons tout."
    assert frame.iloc[0]["right"] == "des parcours"
    text = tables.texts[0]
    assert text[frame.iloc[0]["start_char"]:frame.iloc[0]["end_char"]] == "L'efficience"


def test_kwic_sorting_and_groups(tables) -> None:
    frame = concordance(tables, "parcours", window=1, by="genre", sort="left")
    assert len(frame) == 5
    assert frame.columns[1] == "genre"
    lefts = [left.split()[-1].lower() for left in frame["left"]]
    assert lefts == sorted(lefts)
    by_doc = concordance(tables, "parcours", window=1)
    assert by_doc["doc_id"].tolist() == ["a", "a", "b", "b", "c"]
    assert by_doc["reported"].tolist() == [False, False, True, False, False]


def test_kwic_prefix_lemma_and_trait(tables) -> None:
    assert len(concordance(tables, "optimis*")) == 3
    lemma = concordance(tables, "optimiser", lemma=True)
    assert lemma["keyword"].str.lower().tolist() == ["optimisons"] * 3
    traits = concordance(tables, None, trait="buzzwords", window=3)
    assert len(traits) == 6 and set(traits["rule"]) == {"buzzwords/parcours", "buzzwords/efficience"}
    filtered = concordance(tables, "efficience", trait="buzzwords")
    assert filtered["keyword"].tolist() == ["efficience"]
    with pytest.raises(UsageError):
        concordance(tables, "«»")


def test_collocates_counts_and_measures(tables) -> None:
    frame = collocates(tables, "parcours", window=1, min_freq=1).set_index("item")
    # left neighbours: les ×4, des ×1; right: pilotons, compte, hier, sont, d (d'aujourd'hui)
    assert frame.loc["les", "cooccurrences"] == 4
    assert frame.loc["les", "frequency"] == 4
    assert frame.attrs["node_frequency"] == 5
    n = frame.attrs["words"]
    w = frame.attrs["window_positions"]
    expected = w * 4 / n
    assert frame.loc["les", "expected"] == pytest.approx(expected)
    assert frame.loc["les", "pmi"] == pytest.approx(math.log2(4 / expected))
    assert frame.loc["les", "logdice"] == pytest.approx(14 + math.log2(2 * 4 / (5 + 4)))
    assert (frame["cooccurrences"] <= frame["frequency"]).all()


def test_collocates_of_an_absent_word_is_empty(tables) -> None:
    frame = collocates(tables, "gouvernance")
    assert frame.empty and frame.attrs["node_frequency"] == 0


def test_empty_corpus_gives_empty_tables_not_errors():
    from discourse.stats.tables import build_tables

    tables = build_tables([], [], [], [])
    assert concordance(tables, "x").empty
    assert "id" in tables.documents.columns
