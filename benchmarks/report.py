#!/usr/bin/env python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Prints the README's performance table from Google Benchmark JSON files.

    python3 benchmarks/report.py build/bench/*.json

Every ratio compares two benchmarks of the same run on the same bytes.
"""

import json
import os
import platform
import re
import subprocess
import sys


def load(paths):
    results, context = {}, {}
    for path in paths:
        with open(path) as f:
            data = json.load(f)
        context = context or data.get("context", {})
        for b in data["benchmarks"]:
            if "error_occurred" in b:
                continue
            if b.get("run_type") == "aggregate":
                # With repetitions, the median stands for the benchmark.
                if b.get("aggregate_name") == "median":
                    results[b["run_name"]] = b
            else:
                results.setdefault(b["name"], b)
    return results, context


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def compiler():
    try:
        return subprocess.run(["c++", "--version"], capture_output=True,
                              text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return "unknown compiler"


def mbps(b):
    return b["bytes_per_second"] / 1e6 if b and "bytes_per_second" in b else None


def ns(b):
    if not b:
        return None
    scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
    per_item = b["cpu_time"] * scale
    items = b.get("items_per_second")
    return 1e9 / items if items else per_item


def fmt(x, digits=0):
    return "—" if x is None else f"{x:,.{digits}f}"


def ratio(a, b):
    return "—" if not a or not b else f"{a / b:.2f}x"


def main(paths):
    r, ctx = load(paths)
    get = r.get
    lines = []
    lines.append(f"Machine: {cpu_model()}, {ctx.get('num_cpus', '?')} cores; "
                 f"{compiler()}; CMake preset `release` (-O3 -DNDEBUG); "
                 f"corpus of {os.environ.get('LEDE_BENCH_CORPUS_MB', '64')} MB "
                 "(benchmarks/corpus.h) and its Markdown twin.")
    lines.append("")

    full = get("BM_ArticleParserParse")
    lines.append("| Full parse (header, date, sections, counts) | MB/s | articles/s | allocs/article | lede (reused) vs this |")
    lines.append("|---|---:|---:|---:|---:|")
    rows = [
        ("lede `ArticleParser::Parse`, reused parser", full),
        ("lede, one 2.5 KB article, reused parser", get("BM_ArticleParserParseSingle")),
        ("lede, one 2.5 KB article, a fresh parser each time", get("BM_ArticleParserParseFresh")),
        ("lede `ParseArticle` (owning), one 2.5 KB article", get("BM_ParseArticle")),
        ("md4c over the Markdown twin", get("BM_Md4c")),
        ("cmark over the Markdown twin", get("BM_Cmark")),
        ("plain zero-copy blank-line splitter", get("BM_ZeroCopySplitter")),
        ("plain string-copying splitter", get("BM_NaiveSplitter")),
        ("memcpy of the bytes", get("BM_Memcpy")),
        ("memchr over the bytes", get("BM_Memchr")),
    ]
    turns = get("BM_LedeVsMd4c")
    for label, b in rows:
        allocs = b.get("allocs_per_article") if b else None
        lede_ratio = "" if b is full or label.startswith("lede") else ratio(mbps(full), mbps(b))
        if b is get("BM_Md4c") and turns and "lede_vs_md4c" in turns:
            # Separate runs of lede and md4c drift apart on a shared machine;
            # the ratio of the two taking turns does not.
            lede_ratio = f"{turns['lede_vs_md4c']:.2f}x (taking turns)"
        lines.append(f"| {label} | {fmt(mbps(b))} | {fmt(b.get('items_per_second') if b else None)} "
                     f"| {fmt(allocs, 1) if allocs is not None else ''} | {lede_ratio} |")
    lines.append("")
    if turns and "lede_vs_md4c" in turns:
        lines.append(f"lede against md4c taking turns every 64 articles (`BM_LedeVsMd4c`, the "
                     f"steadiest ratio on a shared machine): **{turns['lede_vs_md4c']:.2f}x** "
                     f"md4c's throughput.")
        lines.append("")

    # Dates: BM_ParseDate/<family> against BM_AbslParseTime/<family> and
    # BM_Strptime/<family>.
    families = sorted({m.group(1) for name in r
                       for m in [re.match(r"BM_ParseDate/(\w+)$", name)] if m})
    if families:
        # The ratios come from BM_DateTurns/<family> (the parsers taking
        # turns in one benchmark) when it ran, else from the separate ones.
        turns_of = {fam: get(f"BM_DateTurns/{fam}") for fam in families}
        taking_turns = any(turns_of.values())
        lines.append("| Dates | lede ns/date | absl::ParseTime ns | strptime ns | vs absl | vs strptime | allocs/call |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
        for fam in families:
            mine = get(f"BM_ParseDate/{fam}")
            absl_b = get(f"BM_AbslParseTime/{fam}")
            strp = get(f"BM_Strptime/{fam}")
            allocs = mine.get("allocs_per_call") if mine else None
            t = turns_of[fam]
            vs_absl = (f"{t['vs_absl']:.2f}x" if t and "vs_absl" in t
                       else ratio(ns(absl_b), ns(mine)))
            vs_strp = (f"{t['vs_strptime']:.2f}x" if t and "vs_strptime" in t
                       else ratio(ns(strp), ns(mine)))
            lines.append(f"| {fam} | {fmt(ns(mine), 1)} | {fmt(ns(absl_b), 1)} | {fmt(ns(strp), 1)} "
                         f"| {vs_absl} | {vs_strp} "
                         f"| {fmt(allocs, 1) if allocs is not None else ''} |")
        if taking_turns:
            lines.append("\nThe ns columns are separate benchmarks; the ratios are from "
                         "`BM_DateTurns/<family>`, lede and its peers taking turns in one "
                         "benchmark (the steadier figures).")
        lines.append("")

    scaling = sorted(((int(m.group(1)), b) for name, b in r.items()
                      for m in [re.match(r"BM_ArticleParserScaling/(\d+)$", name)] if m))
    if scaling:
        costs = [1e3 / mbps(b) for _, b in scaling]  # ns per byte
        lines.append("| Scaling: one document of | " + " | ".join(
            f"{size // 1024} KB" if size < (1 << 20) else f"{size >> 20} MB" for size, _ in scaling) + " |")
        lines.append("|---|" + "---:|" * len(scaling))
        lines.append("| ns/byte, separate benchmarks | " + " | ".join(f"{c:.3f}" for c in costs) + " |")
        sizes = [size for size, _ in scaling]
        turns_b = get("BM_ArticleParserScalingTurns")
        if turns_b and all(f"ns_per_byte_{size}" in turns_b for size in sizes):
            lines.append("| ns/byte, taking turns | " + " | ".join(
                f"{turns_b[f'ns_per_byte_{size}']:.3f}" for size in sizes) + " |")
        lines.append(f"\nWorst/best per-byte cost from {scaling[0][0] // 1024} KB to "
                     f"{scaling[-1][0] >> 20} MB: {max(costs) / min(costs):.2f}x over the separate "
                     f"benchmarks" + (
                         f"; **{turns_b['worst_over_best']:.2f}x** with the sizes taking turns "
                         f"(`BM_ArticleParserScalingTurns`, the steadier figure)"
                         if turns_b and "worst_over_best" in turns_b else "") + ".")
        lines.append("")

    hostile = sorted(((int(m.group(1)), b) for name, b in r.items()
                      for m in [re.match(r"BM_ArticleParserHostile/kind:(\d+)$", name)] if m))
    if hostile and full:
        names = ["one huge paragraph", "thousands of Markdown headings",
                 "a huge key-value header", "a million blank lines",
                 "thousands of plain-text headings"]
        md4c_corpus = get("BM_Md4c")
        lines.append("| Hostile input (8 MB) | MB/s | per-byte cost vs the corpus "
                     "| md4c's, vs its corpus |")
        lines.append("|---|---:|---:|---:|")
        for kind, b in hostile:
            peer = get(f"BM_Md4cHostile/kind:{kind}")
            peer_factor = (f"{mbps(md4c_corpus) / mbps(peer):.2f}x"
                           if peer and md4c_corpus else "—")
            lines.append(f"| {names[kind] if kind < len(names) else kind} | {fmt(mbps(b))} "
                         f"| {mbps(full) / mbps(b):.2f}x | {peer_factor} |")
        lines.append("")

    others = [name for name in r if re.match(r"BM_(ParseHeader|ToJson)", name)]
    if others:
        lines.append("| Other parts | MB/s | items/s |")
        lines.append("|---|---:|---:|")
        for name in sorted(others):
            b = r[name]
            lines.append(f"| `{name}` | {fmt(mbps(b))} | {fmt(b.get('items_per_second'))} |")
    print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
