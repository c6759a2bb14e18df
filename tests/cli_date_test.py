#!/usr/bin/env python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""`lede date` for pipelines: stdin, --json, the option flags, warnings.

    python3 cli_date_test.py --list
    python3 cli_date_test.py --lede build/dev/lede CASE

Each case is a function named case_<name>; it raises AssertionError to fail.
"""

import argparse
import json
import subprocess
import sys

ARGS = None


def run(*args, stdin=b""):
    """Runs `lede date` with `args`; returns (status, stdout, stderr)."""
    proc = subprocess.run([ARGS.lede, "date", *args], input=stdin,
                          capture_output=True, timeout=60)
    return proc.returncode, proc.stdout.decode(), proc.stderr.decode()


def expect(condition, message, *context):
    if not condition:
        raise AssertionError(message + "".join("\n  " + repr(c) for c in context))


def json_lines(text):
    return [json.loads(line) for line in text.splitlines()]


def case_reads_stdin_without_strings():
    code, out, err = run(stdin=b"2024-03-25\r\nMarch 2024\n2024")
    expect(code == 0, "exits 0", code, err)
    expect(out == "2024-03-25\n2024-03\n2024\n", "one line per input line", out)


def case_reads_stdin_for_dash():
    code, out, err = run("2024", "-", "2023", stdin=b"2024-03-25\n")
    expect(code == 0, "exits 0", code, err)
    expect(out == "2024\n2024-03-25\n2023\n", "stdin in its place", out)


def case_json_one_object_per_input_in_order():
    code, out, err = run("--json", "2024-03-25T10:05:30+09:00", "yesterday",
                         "03/04/2024", "Mar 25, 2024 10:05 AM ET")
    expect(code == 1, "a refusal makes the status 1", code)
    expect(err == "", "nothing on stderr with --json", err)
    objects = json_lines(out)
    expect(len(objects) == 4, "one object per input", out)
    expect([o["input"] for o in objects] ==
           ["2024-03-25T10:05:30+09:00", "yesterday", "03/04/2024",
            "Mar 25, 2024 10:05 AM ET"], "in input order", out)
    first = objects[0]
    expect(first["iso"] == "2024-03-25T10:05:30+09:00" and
           first["precision"] == "second" and first["offset_minutes"] == 540,
           "the value", first)
    expect(first["zone"] is None and first["language"] is None, "no words",
           first)
    refused = objects[1]
    expect("relative date" in refused["error"] and
           refused["error_offset"] == 0, "the error and its offset", refused)
    ambiguous = objects[2]
    expect(ambiguous["day_month_ambiguous"] is True and
           ambiguous["alternate"] == "2024-04-03", "the other reading",
           ambiguous)
    expect(ambiguous["offset_minutes"] is None, "no offset is null", ambiguous)
    eastern = objects[3]
    expect(eastern["zone"] == "ET" and
           eastern["zone_name"] == "America/New_York" and
           eastern["offset_minutes"] == -240 and eastern["language"] == "en",
           "the generic zone resolved", eastern)
    for key in ("zone_ambiguous", "zone_assumed", "year_expanded", "weekday",
                "weekday_mismatch"):
        expect(key in eastern, "every flag is present: " + key, eastern)


def case_json_escapes_input():
    code, out, _ = run("--json", "\"x\\\x01", stdin=b"")
    expect(code == 1, "exits 1", code)
    (obj,) = json_lines(out)
    expect(obj["input"] == "\"x\\\x01", "the input round-trips", obj)


def case_json_from_stdin_with_invalid_utf8():
    code, out, _ = run("--json", stdin=b"\xffnope\n2024\n")
    expect(code == 1, "exits 1", code)
    objects = json_lines(out)
    expect(len(objects) == 2 and objects[0]["input"] == "\ufffdnope" and
           objects[1]["iso"] == "2024", "valid JSON for any bytes", out)


def case_plain_output_warns_about_ambiguity():
    code, out, err = run("March 25, 2024 10:05 BST", "03/04/2024", "2024-03-25")
    expect(code == 0, "exits 0", code, err)
    expect(out == "2024-03-25T10:05\n2024-03-04\n2024-03-25\n",
           "output as before", out)
    lines = err.splitlines()
    expect(len(lines) == 2, "one warning per ambiguous result", err)
    expect("BST" in lines[0] and "more than one offset" in lines[0],
           "the zone warning", lines[0])
    expect("2024-04-03" in lines[1], "the day/month warning names the other "
           "reading", lines[1])


def case_weekday_mismatch_flag():
    code, _, err = run("Tuesday, March 25, 2024")
    expect(code == 1 and "does not match" in err, "an error by default", err)
    code, out, _ = run("--weekday-mismatch", "--json", "Tuesday, March 25, 2024")
    (obj,) = json_lines(out)
    expect(code == 0 and obj["weekday_mismatch"] is True and
           obj["weekday"] == "tuesday", "kept and flagged", obj)


def case_unix_flag():
    code, out, _ = run("--unix", "1711361130", "@1711361130")
    expect(code == 0 and out == "2024-03-25T10:05:30Z\n" * 2, "Unix time", out)
    code, _, _ = run("1711361130")
    expect(code == 1, "only with --unix", code)


def case_default_zone_flag():
    for args in (("--default-zone", "Europe/Paris"),
                 ("--default-zone=Europe/Paris",)):
        code, out, err = run(*args, "--json", "2024-07-25 10:05")
        (obj,) = json_lines(out)
        expect(code == 0 and obj["iso"] == "2024-07-25T10:05+02:00" and
               obj["zone_assumed"] is True and obj["zone"] is None and
               obj["zone_name"] == "Europe/Paris", "assumed", obj, err)
    code, _, err = run("--default-zone")
    expect(code == 2, "a missing zone is a usage error", code, err)


def case_write_error_exits_non_zero():
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([ARGS.lede, "date", "2024-03-25"], stdout=full,
                              stderr=subprocess.PIPE, timeout=60)
    expect(proc.returncode == 1, "a failed write exits 1", proc.returncode)
    expect(b"cannot write" in proc.stderr, "and says so", proc.stderr)


def case_help_lists_the_options():
    code, out, _ = run("--help")
    for flag in ("--json", "--day-first", "--weekday-mismatch", "--unix",
                 "--default-zone"):
        expect(flag in out, "--help names " + flag, out)


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
