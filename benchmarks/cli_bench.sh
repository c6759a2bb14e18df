#!/bin/sh
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# The end-to-end figure for `lede parse`: writes ARTICLES generated articles
# (default 100000) into a directory, then times `lede parse --threads N DIR`
# into /dev/null for N = 1 and 2 (THREADS to change), best of RUNS (default
# 3) after one warm-up run, so the files are in the page cache. Prints MB/s
# and articles/s of wall-clock time, and the CPU seconds (user + system)
# behind them, which a busy machine disturbs less.
#
#   cmake --preset release && cmake --build build/release -j2
#   benchmarks/cli_bench.sh build/release
#
# The articles come from the benchmark corpus tool (make_corpus, built with
# the benchmarks) when BUILD_DIR has it, else from a small Python generator.
# Environment: ARTICLES, THREADS, RUNS, CORPUS_DIR (default:
# $TMPDIR/lede-cli-bench-$ARTICLES; reused when it already holds them).

set -eu

build_dir=${1:-build/release}
articles=${ARTICLES:-100000}
threads=${THREADS:-"1 2"}
runs=${RUNS:-3}
corpus_dir=${CORPUS_DIR:-${TMPDIR:-/tmp}/lede-cli-bench-$articles}
lede=$build_dir/lede
make_corpus=$build_dir/benchmarks/make_corpus

if [ ! -x "$lede" ]; then
  echo "cli_bench.sh: no lede binary at $lede (build the release preset)" >&2
  exit 2
fi

count_files() {
  find "$corpus_dir" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l
}

if [ ! -d "$corpus_dir" ] || [ "$(count_files)" -ne "$articles" ]; then
  rm -rf "$corpus_dir"
  mkdir -p "$corpus_dir"
  if [ -x "$make_corpus" ]; then
    echo "writing $articles articles with $make_corpus into $corpus_dir" >&2
    "$make_corpus" --dir "$corpus_dir" --articles "$articles"
  else
    echo "writing $articles articles with the Python generator into" \
      "$corpus_dir" >&2
    python3 - "$corpus_dir" "$articles" <<'EOF'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(2024)
words = ("council river market harbour school station budget street park "
         "museum officials residents said on Monday the new plan would cost "
         "more than expected and work starts in spring after a long delay").split()
def sentence():
    s = " ".join(rng.choice(words) for _ in range(rng.randint(8, 24)))
    return s[0].upper() + s[1:] + "."
for i in range(n):
    paragraphs = ["\n".join([" ".join(sentence() for _ in range(rng.randint(2, 6)))])
                  for _ in range(rng.randint(3, 12))]
    head = ("Title: Generated article %d\nDate: 2024-%02d-%02d\nAuthor: Ana Lee\n"
            "Tags: city, news\n\n" % (i, i % 12 + 1, i % 28 + 1))
    with open(os.path.join(out, "%06d.txt" % i), "w") as f:
        f.write(head + "\n\n".join(paragraphs) + "\n")
EOF
  fi
fi

bytes=$(find "$corpus_dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(count_files)
echo "corpus: $files articles, $bytes bytes in $corpus_dir"
echo "lede: $lede ($("$lede" --version))"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')," \
  "$(nproc) cores"

"$lede" parse --threads 2 "$corpus_dir" > /dev/null  # warm the page cache

# CPU seconds (user + system) of this shell's children so far. `times` must
# run in this shell, not in a $(...) subshell, to see them.
times_file=$(mktemp)
trap 'rm -f "$times_file"' EXIT
children_cpu() {
  tail -n 1 "$times_file" | tr 'ms' '  ' |
    awk '{printf "%.3f", $1 * 60 + $2 + $3 * 60 + $4}'
}

for n in $threads; do
  best=""
  best_cpu=""
  i=0
  while [ "$i" -lt "$runs" ]; do
    times > "$times_file"
    cpu_start=$(children_cpu)
    start=$(date +%s.%N)
    "$lede" parse --threads "$n" "$corpus_dir" > /dev/null
    end=$(date +%s.%N)
    times > "$times_file"
    cpu_end=$(children_cpu)
    seconds=$(echo "$end $start" | awk '{printf "%.3f", $1 - $2}')
    cpu=$(echo "$cpu_end $cpu_start" | awk '{printf "%.3f", $1 - $2}')
    if [ -z "$best" ] || awk "BEGIN {exit !($seconds < $best)}"; then
      best=$seconds
      best_cpu=$cpu
    fi
    i=$((i + 1))
  done
  echo "$bytes $files $best $n $best_cpu" | awk '{
    printf "lede parse --threads %d DIR > /dev/null: %.2f s, %.1f MB/s, " \
           "%.0f articles/s (best of '"$runs"'; %.2f CPU s, %.1f MB per CPU s)\n",
           $4, $3, $1 / 1e6 / $3, $2 / $3, $5, $1 / 1e6 / $5}'
done
