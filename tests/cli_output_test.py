#!/usr/bin/env python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""`lede parse --output`, `--fields` and `--prose`, driven as a user drives them.

    python3 cli_output_test.py --list
    python3 cli_output_test.py --lede build/dev/lede --source-dir . \\
        --work-dir /tmp/work CASE

Each case is a function named case_<name>; it raises AssertionError to fail.
The flat records are read back with Python's csv and json modules.
"""

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys

ARGS = None
DEFAULT_FIELDS = ["source", "date", "precision", "offset", "title", "byline",
                  "authors", "lead", "words", "sentences", "reading_minutes",
                  "warnings"]
SEE_HELP = "see 'lede parse --help'"


def run(*args, stdin=b"", cwd=None):
    proc = subprocess.run([ARGS.lede, "parse", *args], input=stdin,
                          capture_output=True, timeout=120, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def expect(condition, message, *context):
    if not condition:
        raise AssertionError(message + "".join("\n  " + repr(c)[:2000]
                                               for c in context))


def work_dir(name):
    path = os.path.join(ARGS.work_dir, "cli_output", name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def examples():
    d = os.path.join(ARGS.source_dir, "examples")
    return d, sorted(n for n in os.listdir(d) if n.endswith((".txt", ".md")))


def full_objects(cwd, names, *options):
    code, out, err = run(*options, *names, cwd=cwd)
    expect(code == 0, "exits 0", code, err)
    return [json.loads(line) for line in out.decode().splitlines()]


def flat_of(obj):
    """What each flat field should be, from the full object."""
    date = obj["date"]
    return {
        "source": obj["source"],
        "date": date and date["iso"],
        "precision": date and date["precision"],
        "offset": date and date["utc_offset_minutes"],
        "title": obj["title"] and obj["title"]["text"],
        "byline": obj["byline"] and obj["byline"]["text"],
        "authors": [a["name"]["text"] for a in obj["byline"]["authors"]]
                   if obj["byline"] else [],
        "lead": obj["lead"] and obj["lead"]["text"],
        "words": obj["stats"]["words"],
        "sentences": obj["stats"]["sentences"],
        "reading_minutes": obj["stats"]["reading_minutes"],
        "warnings": [w["code"] for w in obj["warnings"]],
        "wire": obj["dateline"] and obj["dateline"]["source"] and
                obj["dateline"]["source"]["text"],
        "tags": [t["text"] for t in obj["tags"]],
    }


def as_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def case_jsonl_records_match_the_full_objects():
    d, names = examples()
    objects = full_objects(d, names)
    code, out, err = run("--output", "jsonl", *names, cwd=d)
    expect(code == 0 and err == "", "exits 0", code, err)
    records = [json.loads(line) for line in out.decode().splitlines()]
    expect(len(records) == len(objects), "one record per article")
    for record, obj in zip(records, objects):
        expect(list(record) == DEFAULT_FIELDS, "the default fields, in order",
               list(record))
        want = flat_of(obj)
        for key in DEFAULT_FIELDS:
            expect(record[key] == want[key], "jsonl " + key, record, want)


def case_csv_is_rfc_4180_with_a_header_row():
    d, names = examples()
    objects = full_objects(d, names)
    code, out, err = run("--output", "csv", *names, cwd=d)
    expect(code == 0 and err == "", "exits 0", code, err)
    text = out.decode()
    expect(text.endswith("\r\n") and "\r\n" in text.split("\n")[0] + "\n",
           "records end in CR LF", text[:200])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    expect(rows[0] == DEFAULT_FIELDS, "the header row", rows[0])
    expect(len(rows) == len(objects) + 1, "one row per article", rows)
    for row, obj in zip(rows[1:], objects):
        want = flat_of(obj)
        expect(row == [as_cell(want[k]) for k in DEFAULT_FIELDS],
               "the row holds the object's values", row, want)


def case_csv_quotes_commas_quotes_and_line_breaks():
    d = work_dir("quoting")
    write(os.path.join(d, "a.txt"),
          'Title: Rain, "again"\nDate: 2024-03-25\n\nLine one\nline two.\n')
    code, out, err = run("--output", "csv", "--fields", "title,lead",
                         "a.txt", cwd=d)
    expect(code == 0, "exits 0", code, err)
    expect(out == b'title,lead\r\n"Rain, ""again""","Line one\nline two."\r\n',
           "RFC 4180 quoting", out)
    code, out, err = run("--output", "csv", "--prose", "--fields", "lead",
                         "a.txt", cwd=d)
    expect(out == b"lead\r\nLine one line two.\r\n", "--prose joins lines", out)


def case_tsv_escapes_tabs_and_line_breaks():
    d = work_dir("tsv")
    write(os.path.join(d, "a.txt"),
          "Title: A\ttab \\ slash\nDate: 2024-03-25\n\nLine one\nline two.\n")
    code, out, err = run("--output", "tsv", "--fields", "source,title,lead",
                         "a.txt", cwd=d)
    expect(code == 0, "exits 0", code, err)
    lines = out.decode().split("\n")
    expect(lines[0] == "source\ttitle\tlead", "a header row", lines)
    expect(lines[1].split("\t")[0] == "a.txt" and len(lines) == 3 and
           lines[2] == "", "one line per record", lines)
    expect("\\n" in lines[1] and "\\\\" in lines[1], "escaped", lines[1])


def case_fields_choose_and_order_the_columns():
    d, names = examples()
    code, out, err = run("--output", "jsonl", "--fields",
                         "words,source,wire,tags,reading_time", *names, cwd=d)
    expect(code == 0, "exits 0", code, err)
    objects = full_objects(d, names)
    for line, obj in zip(out.decode().splitlines(), objects):
        record = json.loads(line)
        expect(list(record) == ["words", "source", "wire", "tags",
                                "reading_minutes"], "the chosen order", record)
        want = flat_of(obj)
        for key in ("words", "source", "wire", "tags"):
            expect(record[key] == want[key], key, record, want)


def case_prose_joins_paragraph_lines_in_the_json():
    d = work_dir("prose")
    write(os.path.join(d, "a.txt"),
          "Date: 2024-03-25\n\nA line\n   wrapped here.\n\n- a\n- b\n")
    (plain,) = full_objects(d, ["a.txt"])
    (prose,) = full_objects(d, ["a.txt"], "--prose")
    blocks = prose["sections"][0]["blocks"]
    expect(blocks[0]["text"] == "A line wrapped here.", "joined", blocks)
    expect(blocks[1]["text"] == "- a\n- b", "a list keeps its lines", blocks)
    expect(prose["lead"]["text"] == "A line wrapped here.", "the lead too",
           prose["lead"])
    expect([(b["offset"], b["length"]) for b in blocks] ==
           [(b["offset"], b["length"])
            for b in plain["sections"][0]["blocks"]],
           "the offsets still point at the source")


def case_usage_errors_for_output_and_fields():
    for args, words in ((["--output", "xml", "x.txt"], "--output takes"),
                        (["x.txt", "--output"], "missing the value"),
                        (["--output", "csv", "--fields", "titel", "x.txt"],
                         'no field named "titel" at byte 0'),
                        (["--output", "csv", "--fields", "date,date", "x.txt"],
                         "given twice"),
                        (["--fields", "date", "x.txt"],
                         "--fields needs --output")):
        code, out, err = run(*args)
        expect(code == 2, "exit status 2", args, code)
        expect(out == b"", "nothing on stdout", args, out)
        expect(words in err and SEE_HELP in err, "says why", args, err)


def case_csv_header_comes_once_whatever_the_threads():
    d = work_dir("threads")
    names = []
    for i in range(40):
        name = "%02d.txt" % i
        write(os.path.join(d, name), "Title: T%d\n\nBody %d.\n" % (i, i))
        names.append(name)
    code, out, err = run("--threads", "4", "--output", "csv", "--fields",
                         "source,title", *names, cwd=d)
    expect(code == 0, "exits 0", code, err)
    rows = list(csv.reader(io.StringIO(out.decode(), newline="")))
    expect(rows == [["source", "title"]] +
           [[n, "T%d" % i] for i, n in enumerate(names)],
           "one header row, records in input order", rows)


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
    ARGS.lede = os.path.abspath(ARGS.lede)
    globals()["case_" + ARGS.case]()
    print("passed: %s" % ARGS.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
