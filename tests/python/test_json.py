# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Article.to_dict() is what `lede parse` prints, over every golden file."""

import pytest

import lede
from conftest import (
    byte_to_char_offsets,
    golden_inputs,
    run_cli,
    without_source,
)

GOLDEN = golden_inputs()


def test_there_are_golden_files():
    assert len(GOLDEN) >= 10


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_to_dict_of_bytes_equals_the_command(lede_cli, path):
    (expected,) = run_cli(lede_cli, path)
    assert lede.parse(path.read_bytes()).to_dict() == without_source(expected)


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_to_dict_of_str_equals_the_command_in_characters(lede_cli, path):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8, so not a str")
    (expected,) = run_cli(lede_cli, path)
    got = lede.parse(text).to_dict()
    assert got == byte_to_char_offsets(without_source(expected), data)


def test_parse_files_keeps_the_source_like_the_command(lede_cli):
    expected = run_cli(lede_cli, *GOLDEN)
    got = list(lede.parse_files([str(p) for p in GOLDEN], threads=2, as_dict=True))
    assert got == expected
    articles = list(lede.parse_files(GOLDEN, threads=1))
    assert [a.to_dict() for a in articles] == expected
    assert [a.source for a in articles] == [str(p) for p in GOLDEN]


def test_parse_many_as_dict_equals_to_dict():
    texts = [p.read_bytes() for p in GOLDEN]
    as_dicts = list(lede.parse_many(texts, threads=2, as_dict=True))
    assert as_dicts == [lede.parse(t).to_dict() for t in texts]
