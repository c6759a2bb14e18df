#!/usr/bin/python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""lede vs Python's dateparser on dates in the languages besides English.

Reads the dates from benchmarks/date_languages_benchmark.cc (kForeign: the
same strings for both), then takes turns: the C++ benchmark binary's
BM_ParseDateLanguage/<code> (CPU ns per date), dateparser.parse() with the
date's language named, and dateparser.parse() without a language, twice
each, and prints ns per date and the ratio for each language.

  cmake --preset release && cmake --build --preset release \\
      --target date_languages_benchmark
  /usr/bin/python3 benchmarks/python/dateparser_languages.py \\
      --binary build/release/benchmarks/date_languages_benchmark

Debian: python3-dateparser. Run with /usr/bin/python3 (it has the module).
"""

import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "date_languages_benchmark.cc")


def read_samples():
    text = open(SOURCE, encoding="utf-8").read()
    block = text[text.index("const Sample kForeign[]"):]
    block = block[:block.index("};")]
    return re.findall(r'\{"(\w+)",\s*"([^"]+)",\s*"([^"]+)"\}', block)


def run_lede(binary):
    out = subprocess.run(
        [binary, "--benchmark_filter=BM_ParseDateLanguage/",
         "--benchmark_min_time=0.1", "--benchmark_format=json"],
        check=True, capture_output=True, text=True).stdout
    result = {}
    for b in json.loads(out)["benchmarks"]:
        code = b["name"].split("/")[1]
        result[code] = b["cpu_time"]  # ns (the binary's default unit)
    return result


def run_dateparser(samples, named, repeats):
    import dateparser
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    result = {}
    for code, text, iso in samples:
        languages = [code] if named else None
        parsed = dateparser.parse(text, languages=languages, settings=settings)
        ok = (parsed is not None and
              parsed.strftime("%Y-%m-%dT%H:%M") == iso)
        start = time.process_time()
        for _ in range(repeats):
            dateparser.parse(text, languages=languages, settings=settings)
        ns = (time.process_time() - start) / repeats * 1e9
        result[code] = (ns, ok)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(
        HERE, "..", "..", "build", "release", "benchmarks",
        "date_languages_benchmark"))
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    samples = read_samples()
    lede_runs, named_runs, guess_runs = [], [], []
    for _ in range(args.rounds):  # taking turns
        lede_runs.append(run_lede(args.binary))
        named_runs.append(run_dateparser(samples, True, args.repeats))
        guess_runs.append(run_dateparser(samples, False, args.repeats // 3
                                         or 1))
    print(f"{'lang':4} {'lede ns':>9} {'dateparser ns':>14} {'ratio':>8} "
          f"{'(no lang) ns':>13} {'ratio':>8}  dateparser right?")
    ratios = []
    for code, text, iso in samples:
        lede_ns = statistics.median(r[code] for r in lede_runs)
        named_ns = statistics.median(r[code][0] for r in named_runs)
        guess_ns = statistics.median(r[code][0] for r in guess_runs)
        ok = named_runs[0][code][1]
        ratios.append(named_ns / lede_ns)
        print(f"{code:4} {lede_ns:9.0f} {named_ns:14.0f} "
              f"{named_ns / lede_ns:7.0f}x {guess_ns:13.0f} "
              f"{guess_ns / lede_ns:7.0f}x  {'yes' if ok else 'NO'}")
    print(f"median ratio (language named): {statistics.median(ratios):.0f}x")


if __name__ == "__main__":
    sys.exit(main())
