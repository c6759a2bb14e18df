#!/usr/bin/env python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""The `lede` command's top level and `lede date`, driven as a user drives them.

    python3 cli_test.py --list
    python3 cli_test.py --lede build/ci/lede --version 0.1.0 --source-dir . CASE

Each case is a function named case_<name>; it raises AssertionError to fail.
"""

import argparse
import os
import subprocess
import sys

ARGS = None


def run(*args, stdin=b""):
    """Runs lede with `args`; returns (exit status, stdout, stderr) as text."""
    proc = subprocess.run([ARGS.lede, *args], input=stdin, capture_output=True,
                          timeout=60)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def expect(condition, message, *context):
    if not condition:
        raise AssertionError(message + "".join("\n  " + repr(c) for c in context))


def one_line(text):
    return text.count("\n") == 1 and text.endswith("\n")


# ---- The top level ------------------------------------------------------------

def case_help():
    for flag in ("--help", "-h"):
        code, out, err = run(flag)
        expect(code == 0, "--help exits 0", code, err)
        for word in ("parse", "date", "--version", "usage: lede"):
            expect(word in out, "--help names " + word, out)
        expect(err == "", "--help writes nothing on stderr", err)


def case_version():
    code, out, err = run("--version")
    expect(code == 0, "--version exits 0", code, err)
    expect(out == "lede %s\n" % ARGS.version,
           "--version prints the project() version", out, ARGS.version)


def case_version_agrees_everywhere():
    """version.h, lede.pc.in's source and --version come from project()."""
    with open(os.path.join(ARGS.source_dir, "CMakeLists.txt")) as f:
        cmake = f.read()
    expect("VERSION %s" % ARGS.version in cmake,
           "CMakeLists.txt's project() holds the version", ARGS.version)
    with open(os.path.join(ARGS.source_dir, "cmake", "lede.pc.in")) as f:
        expect("Version: @PROJECT_VERSION@" in f.read(),
               "lede.pc takes its version from project()")
    with open(os.path.join(ARGS.source_dir, "cmake", "version.h.in")) as f:
        expect('"@PROJECT_VERSION@"' in f.read(),
               "version.h takes its version from project()")
    code, out, _ = run("--version")
    expect(code == 0 and ARGS.version in out, "--version agrees", out)


def case_no_command_is_usage_error():
    code, out, err = run()
    expect(code == 2, "no command exits 2", code)
    expect(out == "", "nothing on stdout", out)
    expect("usage" in err, "a usage line on stderr", err)


def case_unknown_command_is_usage_error():
    code, out, err = run("frobnicate")
    expect(code == 2, "an unknown command exits 2", code)
    expect(out == "", "nothing on stdout", out)
    expect(err.startswith('lede: unknown command "frobnicate"\n'),
           "the message names the command", err)


def case_unknown_option_is_usage_error():
    code, out, err = run("--frobnicate")
    expect(code == 2, "an unknown option exits 2", code)
    expect("--frobnicate" in err, "the message names the option", err)


def case_parse_help():
    code, out, err = run("parse", "--help")
    expect(code == 0, "parse --help exits 0", code, err)
    for option in ("--pretty", "--no-text", "--threads", "--day-first",
                   "--null-data"):
        expect(option in out, "parse --help lists " + option, out)


def case_parse_unknown_option_is_usage_error():
    code, out, err = run("parse", "--frobnicate")
    expect(code == 2, "exits 2", code, err)
    expect(out == "", "nothing on stdout", out)
    expect(one_line(err.split("\n")[0] + "\n"), "a one-line message", err)


# ---- lede date ----------------------------------------------------------------

def case_date_help():
    code, out, err = run("date", "--help")
    expect(code == 0, "date --help exits 0", code, err)
    expect("--day-first" in out, "date --help lists --day-first", out)


def case_date_prints_iso_at_precision():
    code, out, err = run("date", "2024-03-25", "March 2024", "2024",
                         "Mon, 25 Mar 2024 10:05:30 +0900",
                         "March 25th, 2024 10:05 a.m. EDT")
    expect(code == 0, "exits 0", code, err)
    expect(out == "2024-03-25\n2024-03\n2024\n2024-03-25T10:05:30+09:00\n"
           "2024-03-25T10:05-04:00\n", "one ISO line per string", out)
    expect(err == "", "nothing on stderr", err)


def case_date_zero_offset_prints_z():
    code, out, _ = run("date", "2024-03-25T10:05:30+00:00", "25 Mar 2024 10:05 GMT")
    expect(code == 0, "exits 0", code)
    expect(out == "2024-03-25T10:05:30Z\n2024-03-25T10:05Z\n", "Z", out)


def case_date_day_first():
    code, out, _ = run("date", "03/04/2024")
    expect(code == 0 and out == "2024-03-04\n", "month first by default", out)
    code, out, _ = run("date", "--day-first", "03/04/2024", "2024-03-04")
    expect(code == 0 and out == "2024-04-03\n2024-03-04\n",
           "--day-first flips only year-last numeric dates", out)


def case_date_bad_string_reports_and_continues():
    code, out, err = run("date", "2024-03-25", "yesterday", "2024-02-30", "2024")
    expect(code == 1, "a bad string makes the exit status 1", code)
    expect(out == "2024-03-25\n2024\n", "the good strings are still printed",
           out)
    lines = err.splitlines()
    expect(len(lines) == 2, "one stderr line per bad string", err)
    expect("yesterday" in lines[0] and "byte" in lines[0],
           "the line names the string and where", lines[0])
    expect("2024-02-30" in lines[1], "the line names the string", lines[1])


def case_date_without_strings_is_usage_error():
    code, out, err = run("date")
    expect(code == 2, "exits 2", code)
    expect(out == "", "nothing on stdout", out)
    expect(err != "", "a message on stderr", err)


# ---- Driver -------------------------------------------------------------------

def cases():
    return sorted(name[len("case_"):] for name in globals()
                  if name.startswith("case_"))


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--lede")
    parser.add_argument("--version")
    parser.add_argument("--source-dir")
    parser.add_argument("--work-dir")
    parser.add_argument("case", nargs="?")
    ARGS = parser.parse_args()
    if ARGS.list:
        print("\n".join(cases()))
        return 0
    if ARGS.case not in cases():
        print("no case named %r" % ARGS.case, file=sys.stderr)
        return 2
    globals()["case_" + ARGS.case]()
    print("passed: %s" % ARGS.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
