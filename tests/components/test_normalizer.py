"""discourse_normalizer writes NORM and never changes the text."""

import pytest

from discourse.lang.normalize import fold, normalize
from tests.conftest import run


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("L’Écosystème", "l'écosystème"),
        ("cœur", "coeur"),
        ("«", '"'),
        ("»", '"'),
        ("“", '"'),
        ("ﬁnancer", "financer"),
        ("300\u202f000", "300 000"),
        ("1\u00a0000", "1 000"),
        ("co‑construction", "co-construction"),
    ],
)
def test_normalize_forms(form, expected):
    assert normalize(form) == expected


@pytest.mark.parametrize(("key", "expected"), [("parcours", "parcour"), ("les", "le"), ("des", "de"), ("bus", "bus"), ("données", "donnée"), ("l'", "le")])
def test_fold(key, expected):
    assert fold(key) == expected


def test_norm_written_and_text_untouched(blank_fr):
    text = "L’écosystème « agile » coûte 300\u202f000\u00a0€ au cœur du système."
    doc = run(blank_fr, text)
    assert doc.text == text
    assert all(doc.text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    norms = {t.text: t.norm_ for t in doc}
    assert norms["L’"] == "l'"
    assert norms["«"] == '"'
    assert norms["cœur"] == "coeur"


def test_idempotent_and_empty(blank_fr):
    from discourse.components.normalizer import Normalizer

    doc = run(blank_fr, "")
    assert len(doc) == 0
    doc = run(blank_fr, "L’État")
    before = [t.norm_ for t in doc]
    Normalizer()(doc)
    assert [t.norm_ for t in doc] == before
