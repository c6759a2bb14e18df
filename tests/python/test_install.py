# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""`cmake --install` puts the package where the interpreter finds it."""

import os
import pathlib
import subprocess
import sys

import pytest

BUILD_DIR = os.environ.get("LEDE_BUILD_DIR")
INSTALL_DIR = os.environ.get("LEDE_PYTHON_INSTALL_DIR", "")
PREFIX = os.environ.get("LEDE_INSTALL_PREFIX", "")

pytestmark = pytest.mark.skipif(not BUILD_DIR, reason="run through ctest")


def clean_env():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return env


def test_the_default_place_is_on_the_interpreters_path():
    if os.path.isabs(INSTALL_DIR):
        pytest.skip("LEDE_PYTHON_INSTALL_DIR was set to an absolute path")
    out = subprocess.run(
        [sys.executable, "-c", "import sys; print('\\n'.join(sys.path))"],
        check=True, stdout=subprocess.PIPE, env=clean_env(), text=True,
    ).stdout.splitlines()
    assert os.path.join(PREFIX, INSTALL_DIR) in out


def test_cmake_install_gives_an_importable_package(tmp_path):
    if os.path.isabs(INSTALL_DIR):
        pytest.skip("an absolute LEDE_PYTHON_INSTALL_DIR does not move with --prefix")
    subprocess.run(
        [os.environ["LEDE_CMAKE"], "--install", BUILD_DIR, "--component", "python",
         "--prefix", str(tmp_path)],
        check=True, stdout=subprocess.DEVNULL,
    )
    site = pathlib.Path(tmp_path / INSTALL_DIR)
    for name in ("__init__.py", "__init__.pyi", "_model.py", "dask.py", "py.typed"):
        assert (site / "lede" / name).exists(), name
    env = clean_env()
    env["PYTHONPATH"] = str(site)
    out = subprocess.run(
        [sys.executable, "-c",
         "import lede; print(lede.__file__); print(lede.parse_date('March 25, 2024').iso)"],
        check=True, stdout=subprocess.PIPE, env=env, text=True, cwd=tmp_path,
    ).stdout.splitlines()
    assert out[0].startswith(str(site))
    assert out[1] == "2024-03-25"
