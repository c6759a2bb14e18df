#!/usr/bin/env bash
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# The README's first command: installs the Debian/Ubuntu packages the build
# needs (only those missing; through sudo when not root), builds the release
# preset, and runs `lede parse` on an example article.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ pkg-config python3 libabsl-dev libgtest-dev
          libgmock-dev libbenchmark-dev libuchardet-dev help2man
          pybind11-dev python3-pybind11 python3-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "quickstart: installing ${missing[*]}" >&2
  $sudo apt-get update
  $sudo apt-get install -y "${missing[@]}"
fi

echo "quickstart: building lede (build/release)..." >&2
log=build/quickstart.log
mkdir -p build
if ! { cmake --preset release && cmake --build --preset release --target lede_cli; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
./build/release/lede parse --pretty "${1:-examples/inline-date.txt}"
