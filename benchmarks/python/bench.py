#!/usr/bin/env python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""lede's Python binding against the Python libraries a user would reach for,
side by side in one process on the same strings and articles.

    PYTHONPATH=build/release/python /usr/bin/python3 benchmarks/python/bench.py

(or benchmarks/python/run.sh, which builds the release module first). Each
figure is the best of several rounds, the contenders taking turns, so a
ratio comes out of one run even on a loaded machine. Results are checked
before timing.
"""

import argparse
import datetime
import os
import platform
import random
import re
import sys
import time

import dateparser
import dateutil.parser
import yaml

import lede

DATES = [
    "2024-03-25",
    "2024-03-25T10:05:30Z",
    "2024-03-25T10:05:30.250+09:00",
    "March 25, 2024",
    "Mon, 25 Mar 2024 10:05:30 -0400",
    "25 March 2024 10:05",
    "03/25/2024",
    "Monday, March 25, 2024 10:05 PM",
]


def best(fn, rounds):
    """The fastest of `rounds` runs of fn(), in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def take_turns(contenders, rounds):
    """{name: best seconds}, the contenders alternating round by round."""
    out = {name: float("inf") for name in contenders}
    for _ in range(rounds):
        for name, fn in contenders.items():
            start = time.perf_counter()
            fn()
            out[name] = min(out[name], time.perf_counter() - start)
    return out


def check_dates():
    for s in DATES:
        ours = lede.parse_date(s).to_datetime()
        theirs = dateutil.parser.parse(s)
        assert ours.replace(tzinfo=None) == theirs.replace(tzinfo=None), (s, ours, theirs)
        assert dateparser.parse(s) is not None, s


def bench_dates(rounds):
    check_dates()
    # Each contender's timed chunk lasts about as long as the others' (some
    # 10-30 ms), so that a best-of on a loaded machine favours none of them.
    n_lede, n_dateutil, n_dateparser = 16000, 40, 2

    def run(parse, n):
        def go():
            for _ in range(n):
                for s in DATES:
                    parse(s)
        return go

    times = take_turns(
        {
            "lede.parse_date": run(lede.parse_date, n_lede),
            "dateutil.parser.parse": run(dateutil.parser.parse, n_dateutil),
            "dateparser.parse": run(dateparser.parse, n_dateparser),
        },
        rounds,
    )
    per_call = {
        "lede.parse_date": times["lede.parse_date"] / (n_lede * len(DATES)),
        "dateutil.parser.parse": times["dateutil.parser.parse"] / (n_dateutil * len(DATES)),
        "dateparser.parse": times["dateparser.parse"] / (n_dateparser * len(DATES)),
    }
    return per_call


def bench_date_column(rounds, size=10000):
    rng = random.Random(1)
    column = [rng.choice(DATES) for _ in range(size)]
    assert [d.iso for d in lede.parse_dates(column)] == [lede.parse_date(s).iso for s in column]
    times = take_turns(
        {
            "lede.parse_dates": lambda: lede.parse_dates(column),
            "lede.parse_dates(iso=True)": lambda: lede.parse_dates(column, iso=True),
            "dateutil.parser.parse": lambda: [dateutil.parser.parse(s) for s in column[:500]],
        },
        rounds,
    )
    return {
        "lede.parse_dates": times["lede.parse_dates"] / size,
        "lede.parse_dates(iso=True)": times["lede.parse_dates(iso=True)"] / size,
        "dateutil.parser.parse": times["dateutil.parser.parse"] / 500,
    }


WORDS = ("the council said on Monday that the bridge would reopen after two years of "
         "work and a vote in which residents agreed to pay for the repairs").split()


def make_article(rng, i):
    """A front-matter article of a few kB, as static-site generators write."""
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    day = 1 + i % 28
    return (
        "---\n"
        f"title: \"Article number {i}\"\n"
        f"date: 2024-03-{day:02d}T10:05:30+01:00\n"
        "author: Jane Doe\n"
        "tags: [towns, bridges]\n"
        "---\n\n" + "\n\n".join(paragraphs) + "\n"
    )


def baseline_parse(text):
    """What a user writes without lede: PyYAML for the front matter, the body
    split at blank lines, dateutil for the date, words and sentences counted
    with str methods."""
    meta, body = {}, text
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            meta = yaml.safe_load(text[4:end]) or {}
            body = text[end + 5:]
    date = meta.get("date")
    if isinstance(date, str):
        date = dateutil.parser.parse(date)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    words = sum(len(p.split()) for p in paragraphs)
    sentences = sum(p.count(". ") + 1 for p in paragraphs)
    return {
        "title": meta.get("title"),
        "date": date.isoformat() if isinstance(date, datetime.datetime) else date,
        "tags": meta.get("tags", []),
        "paragraphs": paragraphs,
        "words": words,
        "sentences": sentences,
    }


def bench_articles(rounds, count=400):
    rng = random.Random(2)
    articles = [make_article(rng, i) for i in range(count)]
    for text in articles[:20]:
        ours, theirs = lede.parse(text), baseline_parse(text)
        assert ours.title.text == theirs["title"]
        assert ours.date.to_datetime() == datetime.datetime.fromisoformat(theirs["date"])
        assert [b.text for s in ours.sections for b in s.blocks] == theirs["paragraphs"]
    size = sum(len(t.encode()) for t in articles)
    parser = lede.Parser()
    times = take_turns(
        {
            "lede.parse": lambda: [lede.parse(t) for t in articles],
            "lede.Parser().parse": lambda: [parser.parse(t) for t in articles],
            "lede.parse(...).to_dict()": lambda: [lede.parse(t).to_dict() for t in articles],
            "PyYAML + split + dateutil": lambda: [baseline_parse(t) for t in articles],
        },
        rounds,
    )
    return {name: (t / count, size / t) for name, t in times.items()}, size / count


def bench_threads(rounds, count=3000):
    rng = random.Random(3)
    base = [make_article(rng, i).encode() for i in range(200)]
    # Longer articles, so that parsing, not handing over, is the work.
    articles = [b"\n\n".join([base[i % 200]] + [base[(i + k) % 200][200:] for k in range(1, 8)])
                for i in range(count)]
    size = sum(map(len, articles))
    one = [a.to_dict() for a in lede.parse_many(articles[:100], threads=1)]
    assert one == [a.to_dict() for a in lede.parse_many(articles[:100], threads=2)]
    times = take_turns(
        {
            "threads=1": lambda: sum(1 for _ in lede.parse_many(articles, threads=1)),
            "threads=2": lambda: sum(1 for _ in lede.parse_many(articles, threads=2)),
            "threads=1, as_dict": lambda: sum(1 for _ in lede.parse_many(articles, threads=1, as_dict=True)),
            "threads=2, as_dict": lambda: sum(1 for _ in lede.parse_many(articles, threads=2, as_dict=True)),
            # Each result dropped at once, as in the iterator lines above.
            "lede.parse(t) in a loop": lambda: sum(1 for t in articles if lede.parse(t)),
        },
        rounds,
    )
    return {name: (t, size / t) for name, t in times.items()}, size


def bench_overhead(rounds):
    n = 200000
    times = take_turns(
        {
            "lede.parse('')": lambda: [lede.parse("") for _ in range(n // 10)],
            "lede.parse_date('2024')": lambda: [lede.parse_date("2024") for _ in range(n)],
            "lede.parse_date('2024-03-25')": lambda: [lede.parse_date("2024-03-25") for _ in range(n)],
            "len('2024') (a C call, for scale)": lambda: [len("2024") for _ in range(n)],
            "[None for _ in range(n)] (the loop)": lambda: [None for _ in range(n)],
        },
        rounds,
    )
    return {
        "lede.parse('')": times["lede.parse('')"] / (n // 10),
        "lede.parse_date('2024')": times["lede.parse_date('2024')"] / n,
        "lede.parse_date('2024-03-25')": times["lede.parse_date('2024-03-25')"] / n,
        "len('2024') (a C call, for scale)": times["len('2024') (a C call, for scale)"] / n,
        "[None for _ in range(n)] (the loop)": times["[None for _ in range(n)] (the loop)"] / n,
    }


def ns(seconds):
    return f"{seconds * 1e9:,.0f} ns" if seconds < 1e-4 else f"{seconds * 1e6:,.1f} µs"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="one round, for CI")
    args = ap.parse_args()
    rounds = 1 if args.quick else args.rounds

    print(f"lede {lede.__version__} from {os.path.dirname(lede.__file__)}")
    print(f"Python {platform.python_version()} ({sys.executable}), {platform.machine()}, "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    cpu = [l for l in open("/proc/cpuinfo") if l.startswith("model name")] if os.path.exists("/proc/cpuinfo") else []
    if cpu:
        print(cpu[0].split(":", 1)[1].strip())

    print("\n## A date per call (the same 8 strings)")
    d = bench_dates(rounds)
    for name, t in d.items():
        print(f"  {name:28} {ns(t):>12}   lede is {t / d['lede.parse_date']:,.0f}x faster")

    print("\n## A column of 10,000 dates (per date)")
    c = bench_date_column(rounds)
    for name, t in c.items():
        print(f"  {name:28} {ns(t):>12}   {c['dateutil.parser.parse'] / t:,.0f}x dateutil")

    a, average = bench_articles(rounds)
    print(f"\n## An article (front matter + paragraphs, {average / 1e3:.1f} kB on average)")
    base = a["PyYAML + split + dateutil"][0]
    for name, (t, bps) in a.items():
        print(f"  {name:28} {ns(t):>12}  {bps / 1e6:8.1f} MB/s   {base / t:,.1f}x the baseline")

    m, size = bench_threads(rounds)
    print(f"\n## parse_many: 3,000 articles of {size / 3000 / 1e3:.1f} kB on average")
    for name, (t, bps) in m.items():
        print(f"  {name:28} {t * 1e3:9.1f} ms  {bps / 1e6:8.1f} MB/s")
    print(f"  threads=2 / threads=1: {m['threads=1'][0] / m['threads=2'][0]:.2f}x; "
          f"as_dict: {m['threads=1, as_dict'][0] / m['threads=2, as_dict'][0]:.2f}x")

    print("\n## Per-call overhead of the binding")
    o = bench_overhead(rounds)
    for name, t in o.items():
        print(f"  {name:36} {ns(t):>10}")


if __name__ == "__main__":
    main()
