# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Builds the `lede` Python package through CMake, for the interpreter that
runs this script (pip's), with pybind11 from that interpreter.

    /usr/bin/python3 -m pip install --no-build-isolation .

The version comes from the one place it is written, CMakeLists.txt's
project(); the native module is CMake's target lede_python, built Release
with the library static inside it.
"""

import os
import pathlib
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


def project_version():
    cmake = (ROOT / "CMakeLists.txt").read_text()
    match = re.search(r"project\(lede\s+VERSION\s+([0-9.]+)", cmake)
    if not match:
        raise RuntimeError("no version in CMakeLists.txt")
    return match.group(1)


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    """Configures and builds lede_python in build/python-<tag>, then copies
    the module where setuptools packs the extension."""

    def build_extension(self, ext):
        build_dir = ROOT / "build" / f"python-{sys.implementation.cache_tag}"
        args = [
            "cmake",
            "-S", str(ROOT),
            "-B", str(build_dir),
            "-DCMAKE_BUILD_TYPE=Release",
            f"-DLEDE_PYTHON_EXECUTABLE={sys.executable}",
            "-DLEDE_BUILD_PYTHON=ON",
            "-DLEDE_BUILD_TESTS=OFF",
            "-DLEDE_BUILD_BENCHMARKS=OFF",
            "-DLEDE_BUILD_CLI=OFF",
            "-DLEDE_INSTALL=OFF",
            "-DBUILD_SHARED_LIBS=OFF",
        ]
        if shutil.which("ninja"):
            args += ["-G", "Ninja"]
        subprocess.run(args, check=True)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 1))
        subprocess.run(
            ["cmake", "--build", str(build_dir), "--target", "lede_python", "-j", jobs],
            check=True,
        )
        built = build_dir / "python" / "lede" / pathlib.Path(self.get_ext_filename("_lede")).name
        if not built.exists():
            raise RuntimeError(
                f"{built} was not built: see CMake's message about the Python module above"
            )
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


# setuptools' scratch (lede.egg-info) goes under build/, not into python/.
(ROOT / "build").mkdir(exist_ok=True)

setup(
    name="lede",
    version=project_version(),
    description="Fast, zero-copy metadata for news and blog articles",
    long_description="lede turns a news or blog article, given as text, into structured "
    "metadata (date, header, title, byline, dateline, lead, sections, counts) at C++ speed.",
    license="Apache-2.0",
    python_requires=">=3.7",
    packages=["lede"],
    package_dir={"": "python"},
    package_data={"lede": ["py.typed", "*.pyi"]},
    ext_modules=[CMakeExtension("lede._lede")],
    cmdclass={"build_ext": CMakeBuild},
    extras_require={"dask": ["dask[bag]", "distributed"]},
    zip_safe=False,
    options={"egg_info": {"egg_base": "build"}},
)
