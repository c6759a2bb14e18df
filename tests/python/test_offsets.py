# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Offsets: characters into a str, bytes into bytes."""

import lede

TEXT = (
    "Title: Ünïcödé — naïve café\n"
    "Date: 2024-03-25\n"
    "\n"
    "Première phrase, avec des accents. 日本語の文も。\n"
    "\n"
    "## Zweite Überschrift 🚀\n"
    "\n"
    "Dernière ligne 😀 fin.\n"
)


def spans(article):
    """Every (text, offset, length) the article exposes."""
    out = [article.title, article.date_text, article.lead]
    out += [h.key for h in article.headers] + [h.value for h in article.headers]
    for s in article.sections:
        out += [(b.text, b.offset, b.length) for b in s.blocks]
    return [tuple(s) for s in out if s is not None]


def test_str_offsets_are_characters():
    a = lede.parse(TEXT)
    assert a.offset_unit == "characters"
    found = spans(a)
    assert len(found) >= 8
    for text, offset, length in found:
        assert TEXT[offset : offset + length] == text
    # A heading's offset and length cover its whole line, "#" marks too.
    (heading,) = [s.heading for s in a.sections if s.heading]
    assert TEXT[heading.offset : heading.offset + heading.length] == "## " + heading.text


def test_bytes_offsets_are_bytes():
    data = TEXT.encode("utf-8")
    a = lede.parse(data)
    assert a.offset_unit == "bytes"
    for text, offset, length in spans(a):
        assert data[offset : offset + length].decode("utf-8") == text


def test_section_offsets_and_warning_offsets_convert_too():
    text = "Title: é\n\nÉcrit 😀.\n\n## Sub\n\nLast\x00 é.\n"
    s, b = lede.parse(text), lede.parse(text.encode())
    data = text.encode()
    for cs, bs in zip(s.sections, b.sections):
        assert text[cs.offset : cs.offset + cs.length].encode() == data[bs.offset : bs.offset + bs.length]
    nul = [w for w in s.warnings if w.code == "nul_byte"]
    assert nul and text[nul[0].offset] == "\x00"
    d = s.to_dict()
    assert d["warnings"] == [
        {"code": w.code, "offset": w.offset, "message": w.message} for w in s.warnings
    ]
    for cs, ds in zip(s.sections, d["sections"]):
        assert (cs.offset, cs.length) == (ds["offset"], ds["length"])


def test_long_non_ascii_text_crosses_index_blocks():
    # Offsets far into the text, past many 64-byte blocks of the index.
    para = "Ça va très bien — 日本語 " * 50 + "fin."
    text = "\n\n".join([para] * 20) + "\n"
    a = lede.parse(text)
    blocks = [b for s in a.sections for b in s.blocks]
    assert len(blocks) == 20
    for b in blocks:
        assert text[b.offset : b.offset + b.length] == b.text
    assert a.stats.bytes == len(text.encode())


def test_invalid_utf8_bytes_are_replaced_in_values():
    a = lede.parse(b"Title: caf\xe9\n\nBody \xff here.\n")
    assert a.title.text == "caf\ufffd"
    assert any(w.code == "invalid_utf8" for w in a.warnings)
