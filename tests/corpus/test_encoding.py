"""Bytes to text: UTF-8 with and without BOM, UTF-16, Western code pages, mojibake, binary."""

from __future__ import annotations

import pytest

from discourse.corpus.encoding import decode_bytes, has_mojibake, looks_binary
from discourse.errors import InputError

SENTENCES = [
    "Le café coûte 5 €.",
    "Déjà là, à côté de l'hôtel, l'œuvre « phare » du cabinet.",
    "Ça coûte 1,5 Md€ — soit 12 % de moins qu’en 2023.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize(
    "codec, expected",
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")],
)
def test_unicode_encodings_round_trip(text: str, codec: str, expected: str) -> None:
    data = text.encode(codec)
    if codec == "utf-16-le":
        data = b"\xff\xfe" + data
    elif codec == "utf-16-be":
        data = b"\xfe\xff" + data
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding == expected
    assert decoded.flags == []


@pytest.mark.parametrize("text", SENTENCES)
def test_cp1252_french_comes_back_exactly(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert any("W002" in w for w in decoded.warnings)


def test_latin9_euro_sign() -> None:
    decoded = decode_bytes("Prix : 30 € l'unité, économisés chaque année par la commune.".encode("iso8859_15"))
    assert decoded.text == "Prix : 30 € l'unité, économisés chaque année par la commune."
    assert decoded.encoding == "iso8859_15"


@pytest.mark.parametrize("text", ["DÃ©jÃ  vu", "lâ€™Ã©tat des lieux", "coÃ»t"])
def test_double_encoded_utf8_is_flagged(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"))
    assert decoded.text == text
    assert "mojibake" in decoded.flags
    assert any("W003" in w for w in decoded.warnings)


@pytest.mark.parametrize("text", SENTENCES + ["Ãtre", "ÂGE D'OR", "Â"])
def test_clean_text_is_not_mojibake(text: str) -> None:
    assert not has_mojibake(text)


def test_replacement_characters_are_counted() -> None:
    decoded = decode_bytes("un \ufffd deux \ufffd".encode())
    assert "replacement_chars" in decoded.flags
    assert any("2 replacement" in w for w in decoded.warnings)


@pytest.mark.parametrize("data", [b"\x00\x01\x02abc\x00", bytes(range(256)) * 4, b"\xff\xfe\x00\xd8"])
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data)
    assert caught.value.code.name == "E004"
    assert caught.value.status == "failed"


def test_looks_binary_tolerates_text_controls() -> None:
    assert not looks_binary("ligne\tavec tab\r\nsaut\fpage")
    assert looks_binary("a\x01b\x02c\x03d")


def test_mac_roman_french_is_read() -> None:
    text = "Le projet a été présenté à l'équipe : à côté, très peu de dépenses prévues."
    decoded = decode_bytes(text.encode("mac_roman"))
    assert decoded.text == text
    assert decoded.encoding == "mac_roman"
