#!/usr/bin/env bash
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
#
# Builds the release Python module and runs benchmarks/python/bench.py with
# the interpreter it was built for. Arguments go to bench.py (--quick, --rounds N).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release >/dev/null
cmake --build --preset release --target lede_python >/dev/null
python=$(sed -n 's/^LEDE_PYTHON_EXECUTABLE_FOUND:INTERNAL=//p' build/release/CMakeCache.txt)
PYTHONPATH=build/release/python exec "${python:-/usr/bin/python3}" benchmarks/python/bench.py "$@"
