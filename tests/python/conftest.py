# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures of the Python package's tests.

ctest runs these with the interpreter the module was built for, the package
from the build tree on PYTHONPATH, LEDE_CLI naming the `lede` command and
LEDE_SOURCE_DIR the source tree (tests/python/CMakeLists.txt).
"""

import json
import os
import pathlib
import subprocess

import pytest

SOURCE_DIR = pathlib.Path(
    os.environ.get("LEDE_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2])
)
GOLDEN_DIR = SOURCE_DIR / "tests" / "testdata" / "golden"
UNDER_ASAN = os.environ.get("LEDE_UNDER_ASAN") == "1"


def golden_inputs():
    """Every golden input (the files beside their .jsonl)."""
    return sorted(
        p for p in GOLDEN_DIR.iterdir() if p.suffix != ".jsonl" and p.is_file()
    )


@pytest.fixture(scope="session")
def lede_cli():
    path = os.environ.get("LEDE_CLI")
    if not path:
        pytest.skip("LEDE_CLI is not set (run through ctest)")
    return path


def run_cli(lede_cli, *args):
    """Runs `lede parse ARGS...` and returns its JSON objects."""
    out = subprocess.run(
        [lede_cli, "parse", *map(str, args)],
        check=True,
        stdout=subprocess.PIPE,
    ).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines() if line]


def without_source(obj):
    obj = dict(obj)
    obj.pop("source", None)
    return obj


def byte_to_char_offsets(value, data):
    """The JSON value with its byte offsets into `data` made character
    offsets, as lede gives them for str input."""
    if isinstance(value, list):
        return [byte_to_char_offsets(v, data) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: byte_to_char_offsets(v, data) for k, v in value.items()}
    if isinstance(value.get("offset"), int):
        start = value["offset"]
        out["offset"] = len(data[:start].decode("utf-8"))
        if isinstance(value.get("length"), int):
            end = start + value["length"]
            out["length"] = len(data[start:end].decode("utf-8"))
    return out
