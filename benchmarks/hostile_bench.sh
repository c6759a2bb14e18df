#!/bin/sh
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# The worst case of `lede parse`, per byte, against ordinary articles in the
# same run: writes MB megabytes (default 20) of each hostile shape and of the
# benchmark corpus, then times `lede parse --threads 1 --no-text INPUT >
# /dev/null` for each, the shapes taking turns RUNS times (default 3; best
# kept), and prints CPU seconds (user + system, which a machine loaded by
# other work disturbs less than wall-clock time), ns/byte, the ratio to the
# corpus's ns/byte and the peak resident memory (GNU time's %M) as a
# multiple of the input.
#
#   cmake --preset release && cmake --build build/release -j2
#   benchmarks/hostile_bench.sh build/release
#
# Shapes: random bytes; a header of 100k-line "Key: value" fields; dense
# headings ("# h\n\n"); a million blank lines and more; one long line of
# words; NUL bytes everywhere; invalid UTF-8 everywhere; a Windows-1252 text
# (converted by --encoding auto). Environment: MB, RUNS, WORK_DIR (default
# $TMPDIR/lede-hostile-$MB).

set -eu

build_dir=${1:-build/release}
mb=${MB:-20}
runs=${RUNS:-3}
work=${WORK_DIR:-${TMPDIR:-/tmp}/lede-hostile-$mb}
lede=$build_dir/lede
make_corpus=$build_dir/benchmarks/make_corpus

if [ ! -x "$lede" ]; then
  echo "hostile_bench.sh: no lede binary at $lede (build the release preset)" >&2
  exit 2
fi
mkdir -p "$work"
bytes=$((mb * 1048576))

/usr/bin/python3 - "$work" "$bytes" <<'EOF'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(18)
def fill(name, unit):
    path = os.path.join(out, name)
    if os.path.exists(path) and os.path.getsize(path) == n:
        return
    data = (unit * (n // len(unit) + 1))[:n]
    with open(path, "wb") as f:
        f.write(data)
fill("random.bin", rng.randbytes(1 << 20))
header = b"".join(b"Key%d: value number %d\n" % (i, i) for i in range(100000))
fill("header.txt", header)
fill("headings.md", b"# h\n\n")
fill("blank.txt", b"\n")
fill("longline.txt", b"word another longer word, and more of them ")
fill("nul.txt", b"Some text\0with NUL\0bytes in it.\0\n")
fill("invalid.txt", b"Text \xff\xfe with \xc3 bad \xe2\x82 bytes.\n\n")
fill("cp1252.txt", "Caf\u00e9 na\u00efve \u201cquoted\u201d text, "
     "cr\u00e8me br\u00fbl\u00e9e.\n\n".encode("cp1252"))
EOF

corpus=$work/corpus
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  articles=$((bytes / 2500))
  if [ -x "$make_corpus" ]; then
    "$make_corpus" --dir "$corpus" --articles "$articles" >/dev/null
  else
    echo "hostile_bench.sh: no $make_corpus (build the benchmarks)" >&2
    exit 2
  fi
fi
corpus_bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s += $1} END {print s}')

echo "lede: $lede ($("$lede" --version)); cpu: $(grep -m1 'model name' \
  /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "each shape $bytes bytes; corpus $corpus_bytes bytes in $(ls "$corpus" | wc -l) files"

shapes="corpus random.bin header.txt headings.md blank.txt longline.txt nul.txt invalid.txt cp1252.txt"
results=$(mktemp)
trap 'rm -f "$results"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
  for shape in $shapes; do
    if [ "$shape" = corpus ]; then input=$corpus; else input=$work/$shape; fi
    /usr/bin/time -f "%U %S %M" -o "$work/time.txt" \
      "$lede" parse --threads 1 --no-text "$input" > /dev/null 2>/dev/null || true
    awk -v s="$shape" '{print s, $1 + $2, $3}' "$work/time.txt" >> "$results"
  done
  i=$((i + 1))
done

awk -v corpus_bytes="$corpus_bytes" -v bytes="$bytes" '
  { if (!($1 in best) || $2 < best[$1]) best[$1] = $2
    if ($3 > peak[$1]) peak[$1] = $3
    order[$1] = NR }
  END {
    base = best["corpus"] / corpus_bytes
    printf "%-13s %8s %9s %8s %10s %8s\n", "shape", "CPU s", "ns/byte",
           "ratio", "peak MB", "x input"
    n = split("corpus random.bin header.txt headings.md blank.txt longline.txt nul.txt invalid.txt cp1252.txt", names, " ")
    for (k = 1; k <= n; k++) {
      s = names[k]
      size = (s == "corpus") ? corpus_bytes : bytes
      per = best[s] / size
      printf "%-13s %8.2f %9.1f %8.2f %10.1f %8.1f\n", s, best[s], per * 1e9,
             per / base, peak[s] / 1024, peak[s] * 1024 / size
    }
  }' "$results"
