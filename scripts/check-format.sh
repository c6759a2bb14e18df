#!/usr/bin/env bash
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# Fails when a C++ source under src include tests benchmarks fuzz is not as
# clang-format (the repo's .clang-format) writes it; `-i` rewrites them.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(--dry-run -Werror)
if [[ "${1:-}" == "-i" ]]; then mode=(-i); fi
find src include tests benchmarks fuzz \( -name '*.cc' -o -name '*.h' \) -print0 |
  xargs -0 clang-format "${mode[@]}"
