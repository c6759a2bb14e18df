#!/usr/bin/env bash
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# Runs clang-tidy (the checks in .clang-tidy) over the library's sources with
# a build's compile_commands.json: scripts/clang-tidy.sh [build-dir] [file...]
# (default build/dev, every src/**/*.cc). Fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
shift || true
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "clang-tidy.sh: no $build/compile_commands.json (configure a preset first)" >&2
  exit 2
fi
tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
if [[ $# -gt 0 ]]; then
  files=("$@")
else
  mapfile -t files < <(find src -name '*.cc' | sort)
fi
# GCC's flags that clang does not know are dropped from the database.
"$tidy" -p "$build" --quiet --warnings-as-errors='*' \
  --extra-arg=-std=c++17 --extra-arg=-Wno-unknown-warning-option "${files[@]}"
