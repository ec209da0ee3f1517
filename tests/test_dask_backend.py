"""The Dask backend runs the same per-batch function: identical records, in order."""

import pytest

from discourse.analysis import Settings, analyze, analyze_with_dask
from discourse.corpus import read_text_input

pytest.importorskip("dask.bag", reason="the dask extra is not installed")


@pytest.mark.model
def test_dask_gives_the_records_of_the_local_backend(nlp_fr):
    texts = [
        "Simplifier, outiller et optimiser : il est temps d'agir pour les départements.",
        "Selon l'Insee, le taux de pauvreté atteint 14 % en 2023, a déclaré la ministre.",
        "Nos équipes accompagnent les collectivités dans leur transformation numérique.",
    ]
    documents = [read_text_input(t, source=f"d{i}") for i, t in enumerate(texts)]
    local = [a.record.to_json() for a in analyze(documents, Settings(lang="fr"))]
    distributed = list(analyze_with_dask(documents, Settings(lang="fr"), batch_size=1))
    assert [a.record.to_json() for a in distributed] == local
    assert [a.document.id for a in distributed] == [d.id for d in documents]
