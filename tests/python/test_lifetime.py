# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Lifetime and reference counting: nothing Python can reach points into a
buffer that can die. An Article owns copies; parse_many() holds each input
only while it is in flight. Run under AddressSanitizer by the asan preset
(tests/python/CMakeLists.txt preloads the runtime)."""

import gc
import sys

import lede


def fresh(i):
    # A new str each time, with non-ASCII so that its UTF-8 form is a
    # separate buffer that dies with it.
    return f"Title: Article {i} — café\nDate: 2024-03-{1 + i % 28:02d}\n\nBody {i} ü.\n\nMore {i}.\n"


def test_an_article_outlives_its_input():
    text = fresh(1)
    article = lede.parse(text)
    expected = article.to_dict()
    del text
    gc.collect()
    # Overwrite the freed memory with other strings.
    junk = [fresh(i) * 3 for i in range(1000)]
    assert article.to_dict() == expected
    assert article.title.text == "Article 1 — café"
    del junk


def test_parse_does_not_keep_a_reference_to_its_input():
    for text in (fresh(2), fresh(2).encode()):
        before = sys.getrefcount(text)
        article = lede.parse(text)
        assert sys.getrefcount(text) == before
        del article


def test_parse_many_releases_its_inputs():
    texts = [fresh(i) for i in range(500)]
    before = [sys.getrefcount(t) for t in texts]
    results = list(lede.parse_many(texts, threads=3))
    assert [sys.getrefcount(t) for t in texts] == before
    it = lede.parse_many(texts, threads=2)
    next(it)
    del it
    gc.collect()
    assert [sys.getrefcount(t) for t in texts] == before
    assert [a.title.text for a in results] == [f"Article {i} — café" for i in range(500)]


def test_inputs_that_die_as_soon_as_they_are_handed_over():
    # The generator's strings have no other reference: the iterator's slot
    # is what keeps each alive while a worker reads it.
    for threads in (1, 2, 4):
        gen = (fresh(i) for i in range(2000))
        for i, article in enumerate(lede.parse_many(gen, threads=threads)):
            assert article.title.text == f"Article {i} — café"
            if i % 500 == 0:
                gc.collect()


def test_values_survive_their_article():
    spans = []
    for i in range(200):
        a = lede.parse(fresh(i))
        spans.append((a.title, a.sections, a.date, a.warnings, a.stats))
        del a
    gc.collect()
    for i, (title, sections, date, warnings, stats) in enumerate(spans):
        assert title.text == f"Article {i} — café"
        assert sections[0].blocks[0].text == f"Body {i} ü."
        assert date.iso == f"2024-03-{1 + i % 28:02d}"
        assert stats.paragraphs == 2


def test_gc_stress_with_partly_consumed_iterators():
    gc.set_threshold(1, 1, 1)
    try:
        for round_ in range(30):
            it = lede.parse_many((fresh(i) for i in range(100)), threads=2, as_dict=round_ % 2 == 1)
            for _ in range(round_ % 7):
                next(it)
            dates = lede.parse_dates([f"2024-01-{1 + i % 28:02d}" for i in range(50)])
            assert all(d is not None for d in dates)
            del it
    finally:
        gc.set_threshold(700, 10, 10)
