#!/usr/bin/env bash
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# Runs the whole benchmark suite from a release build, writes each binary's
# results as JSON under build/bench/, and prints the README's performance
# table (benchmarks/report.py) with the machine, compiler and flags. Each
# benchmark runs REPETITIONS times (default 5), the repetitions of a binary's
# benchmarks interleaved in random order, and the table shows medians: a slow
# moment on a shared machine falls on lede and its peers alike and makes no
# figure, so the ratios of one run hold.
#
#   benchmarks/run.sh                # full run: 64 MB corpus, 0.5 s per benchmark
#   LEDE_BENCH_CORPUS_MB=8 MIN_TIME=0.1 benchmarks/run.sh   # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
min_time="${MIN_TIME:-0.5}"
out=build/bench
mkdir -p "$out"

cmake --preset release >/dev/null
cmake --build --preset release --target benchmarks >/dev/null
for bench in build/release/benchmarks/*_benchmark; do
  name=$(basename "$bench")
  echo "running $name" >&2
  "$bench" --benchmark_min_time="$min_time" \
    --benchmark_repetitions="${REPETITIONS:-5}" \
    --benchmark_enable_random_interleaving=true \
    --benchmark_report_aggregates_only=true \
    --benchmark_out="$out/$name.json" --benchmark_out_format=json >/dev/null
done
python3 benchmarks/report.py "$out"/*.json
