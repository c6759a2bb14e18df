#!/bin/sh
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# Piped stdin against a redirect: writes one article of MB megabytes
# (default 1024) and times `cat FILE | lede parse --no-text` against
# `lede parse --no-text < FILE`, taking turns RUNS times (default 2; best
# kept), with the CPU seconds of lede and cat (user + system) and peak
# memory (GNU time's %M). Reading a pipe must cost what
# reading the file costs: both are linear in the size.
#
#   benchmarks/stdin_bench.sh build/release [OTHER_LEDE]
#
# With OTHER_LEDE (e.g. a build of the base commit), it is timed the same
# way in the same run, for a before/after ratio.

set -eu

lede=${1:-build/release}/lede
other=${2:-}
mb=${MB:-1024}
runs=${RUNS:-2}
file=${WORK_FILE:-${TMPDIR:-/tmp}/lede-stdin-$mb.txt}

if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -ne $((mb * 1048576)) ]; then
  /usr/bin/python3 - "$file" "$((mb * 1048576))" <<'EOF'
import sys
path, n = sys.argv[1], int(sys.argv[2])
para = (b"The council said on Monday that the new plan would cost more than "
        b"expected, and that work starts in spring after a long delay.\n\n")
with open(path, "wb") as f:
    f.write(b"Title: One long article\nDate: 2024-03-25\n\n")
    left = n - 43
    chunk = para * (1 << 14)
    while left > 0:
        f.write(chunk[:left])
        left -= len(chunk)
EOF
fi

time_one() {  # label, shell command
  /usr/bin/time -f "%e %M %U %S" -o /tmp/lede-stdin-time.$$ sh -c "$2" >/dev/null
  echo "$1 $(cat /tmp/lede-stdin-time.$$)"
}

i=0
while [ "$i" -lt "$runs" ]; do
  for bin in "$lede" $other; do
    time_one "$bin|pipe" "cat '$file' | '$bin' parse --no-text"
    time_one "$bin|redirect" "'$bin' parse --no-text < '$file'"
  done
  i=$((i + 1))
done | awk -v mb="$mb" '
  { if (!($1 in best) || $2 < best[$1]) best[$1] = $2
    if ($3 > peak[$1]) peak[$1] = $3
    cpu = $4 + $5; if (!($1 in cpus) || cpu < cpus[$1]) cpus[$1] = cpu
    if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
  END {
    for (k = 1; k <= n; k++) {
      split(order[k], p, "|")
      printf "%-34s %-9s %7.2f s %8.1f MB/s  %7.2f CPU s  peak %6.0f MB\n",
             p[1], p[2], best[order[k]], mb * 1.048576 / best[order[k]],
             cpus[order[k]], peak[order[k]] / 1024
    }
  }'
rm -f /tmp/lede-stdin-time.$$
