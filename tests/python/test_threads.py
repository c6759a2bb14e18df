# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""parse_many()/parse_files(): order, threads, the GIL, errors."""

import contextlib
import os
import threading
import time

import pytest

import lede
from conftest import golden_inputs


def corpus(n=300):
    base = [p.read_bytes() for p in golden_inputs()]
    out = []
    for i in range(n):
        text = base[i % len(base)]
        out.append(text if i % 2 else text.decode("utf-8", "replace"))
    return out


def test_threads_give_the_same_results_as_one_thread_in_order():
    texts = corpus()
    one = [a.to_dict() for a in lede.parse_many(texts, threads=1)]
    assert one == [lede.parse(t).to_dict() for t in texts]
    for threads in (2, 3, 8):
        assert [a.to_dict() for a in lede.parse_many(texts, threads=threads)] == one
        assert list(lede.parse_many(texts, threads=threads, as_dict=True)) == one


def test_parse_many_takes_any_iterable_and_options():
    gen = (f"Date: 03/04/20{i:02d}\n\nBody {i}.\n" for i in range(100))
    dates = [a.date.iso for a in lede.parse_many(gen, threads=2, day_first=True)]
    assert dates == [f"20{i:02d}-04-03" for i in range(100)]
    parser = lede.Parser(day_first=True)
    assert [a.date.iso for a in parser.parse_many(["Date: 03/04/2024\n\nx"])] == ["2024-04-03"]
    assert list(lede.parse_many([])) == []
    assert isinstance(lede.parse_many(["x"]), lede.ArticleIterator)


def test_errors_come_in_input_order():
    it = lede.parse_many(["one", "two", 3, "four"], threads=2)
    assert next(it).lead.text == "one"
    assert next(it).lead.text == "two"
    with pytest.raises(TypeError):
        next(it)

    def failing():
        yield "fine"
        raise RuntimeError("boom")

    it = lede.parse_many(failing(), threads=2)
    assert next(it).lead.text == "fine"
    with pytest.raises(RuntimeError, match="boom"):
        next(it)

    it = lede.parse_many(["ok", "x" * 100], max_input_bytes=10, on_limit="error")
    assert next(it).lead.text == "ok"
    with pytest.raises(lede.ParseError):
        next(it)


def test_parse_files_reports_a_missing_file_at_its_turn(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Date: 2024-03-25\n\nHello.\n")
    it = lede.parse_files([good, tmp_path / "missing.txt", good], threads=2)
    assert next(it).date.iso == "2024-03-25"
    with pytest.raises(FileNotFoundError) as info:
        next(it)
    assert info.value.filename == str(tmp_path / "missing.txt")
    (article,) = lede.parse_files([os.fsencode(good)])
    assert article.source == str(good)


def test_abandoning_an_iterator_stops_its_threads():
    for _ in range(20):
        it = lede.parse_many(corpus(200), threads=4)
        next(it)
        del it
    before = threading.active_count()
    assert before == threading.active_count()


@contextlib.contextmanager
def ticks_while():
    """Yields a list that a Python thread fills with timestamps, and the
    (start, end) of the block's work, so a test can count the ticks that
    happened during it: none unless the GIL was released."""
    stop = threading.Event()
    ticks = []
    window = []

    def counter():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0)

    thread = threading.Thread(target=counter)
    thread.start()
    try:
        window.append(time.perf_counter())
        yield ticks, window
        window.append(time.perf_counter())
    finally:
        stop.set()
        thread.join()


def during(ticks, window):
    return len([t for t in ticks if window[0] <= t <= window[1]])


def test_the_gil_is_released_while_parse_many_runs():
    # A Python thread counts while the main thread waits on the workers; it
    # could not run at all if the waiting held the GIL.
    big = ("A sentence of words in a paragraph. " * 2000 + "\n\n") * 50
    texts = [big] * 24
    with ticks_while() as (ticks, window):
        results = list(lede.parse_many(texts, threads=2))
    assert len(results) == len(texts)
    assert during(ticks, window) > 10


def test_the_gil_is_released_while_parse_parses_a_long_text():
    big = "A sentence of words in a paragraph. " * 200000
    with ticks_while() as (ticks, window):
        for _ in range(3):
            lede.parse(big)
    assert during(ticks, window) > 3


def test_a_parser_shared_by_threads_gives_correct_results():
    parser = lede.Parser()
    texts = corpus(60)
    expected = [lede.parse(t).to_dict() for t in texts]
    big = "Word. " * 20000  # long enough to release the GIL
    errors = []

    def work():
        try:
            for t, e in zip(texts, expected):
                parser.parse(big)
                assert parser.parse(t).to_dict() == e
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
