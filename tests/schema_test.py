#!/usr/bin/python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Every JSON lede writes, checked against schema/lede.schema.json.

    /usr/bin/python3 schema_test.py --list
    /usr/bin/python3 schema_test.py --lede build/dev/lede --source-dir . \\
        --work-dir /tmp/work CASE

Needs the jsonschema module (Debian's python3-jsonschema; run it with
/usr/bin/python3). The cases: the schema is valid draft 2020-12 with a
description on every property; every golden file validates; the output of
a few thousand fuzzed inputs (mutated golden inputs and examples, random
front matter with typed scalars, random bytes) validates, as objects, with
--prose and --no-text, and as flat --output jsonl records; and every
`lede parse` output that the command's tests (tests/cli*_test.py) see
validates too: their cases are run here with `subprocess.run` watched.
"""

import argparse
import csv
import glob
import importlib.util
import io
import json
import os
import random
import subprocess
import sys

import jsonschema

ARGS = None
HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA_PATH = os.path.join(HERE, "..", "schema", "lede.schema.json")
ALL_FIELDS = ("source,format,header_style,date,precision,offset,zone,language,"
              "date_text,updated,title,byline,authors,place,wire,tags,lead,"
              "bytes,words,cjk_characters,sentences,paragraphs,sections,"
              "reading_minutes,warnings")


def expect(condition, message, *context):
    if not condition:
        raise AssertionError(message + "".join("\n  " + repr(c)[:2000]
                                               for c in context))


def schema():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        return json.load(f)


def validators():
    """(article validator, flat record validator)."""
    s = schema()
    article = jsonschema.Draft202012Validator(
        s, format_checker=jsonschema.FormatChecker())
    record_schema = {"$schema": s["$schema"], "$defs": s["$defs"],
                     "$ref": "#/$defs/record"}
    record = jsonschema.Draft202012Validator(record_schema)
    return article, record


ARTICLE, RECORD = None, None


def validate(obj, validator, where):
    errors = sorted(validator.iter_errors(obj), key=lambda e: e.path)
    expect(not errors, "%s does not follow the schema: %s" % (
        where, "; ".join("%s: %s" % (e.json_path, e.message[:300])
                         for e in errors[:5])), obj)


def objects_of(text):
    """The JSON values of JSON Lines or of --pretty objects one after another."""
    decoder = json.JSONDecoder()
    at = 0
    values = []
    while at < len(text):
        while at < len(text) and text[at] in " \n\r\t":
            at += 1
        if at >= len(text):
            break
        value, at = decoder.raw_decode(text, at)
        values.append(value)
    return values


def run_lede(*args, stdin=b""):
    proc = subprocess.run([ARGS.lede, "parse", *args], input=stdin,
                          capture_output=True, timeout=600)
    expect(proc.returncode == 0, "lede parse exits 0", args,
           proc.stderr[-2000:])
    return proc.stdout.decode("utf-8")  # strict: output is UTF-8


# ---- The schema itself -------------------------------------------------------

def walk_properties(node, path, missing):
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            if not isinstance(sub, dict) or not sub.get("description"):
                missing.append(path + "/properties/" + name)
        for key, sub in node.items():
            walk_properties(sub, path + "/" + key, missing)
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            walk_properties(sub, "%s/%d" % (path, i), missing)


def case_schema_is_draft_2020_12_with_every_property_described():
    s = schema()
    expect(s["$schema"] == "https://json-schema.org/draft/2020-12/schema",
           "draft 2020-12", s["$schema"])
    jsonschema.Draft202012Validator.check_schema(s)
    missing = []
    walk_properties(s, "#", missing)
    expect(not missing, "every property has a description", missing)
    expect(s["properties"]["schema_version"]["const"] == 2,
           "the schema's version is the writer's")
    expect("/2/" in s["$id"], "the $id carries the version", s["$id"])


def case_schema_rejects_what_it_must():
    good = json.loads(run_lede(os.path.join(ARGS.source_dir, "examples",
                                            "front-matter.md")))
    validate(good, ARTICLE, "front-matter.md")
    broken = [
        ("a missing key", lambda o: o.pop("stats")),
        ("an extra key", lambda o: o.update(paragraphs=[])),
        ("a date as a string", lambda o: o.update(date="2024-03-25")),
        ("a header value's type changing", lambda o: o["headers"][0].update(
            value=["a", "b"])),
        ("an unknown precision", lambda o: o["date"].update(
            precision="decade")),
        ("a block without its kind", lambda o: o["sections"][0]["blocks"][0]
         .pop("kind")),
        ("another schema version", lambda o: o.update(schema_version=1)),
        ("a negative offset", lambda o: o["title"].update(offset=-1)),
    ]
    for what, change in broken:
        obj = json.loads(json.dumps(good))
        change(obj)
        expect(not ARTICLE.is_valid(obj), "the schema rejects " + what)


# ---- Golden files and fuzzed inputs -----------------------------------------

def case_golden_files_follow_the_schema():
    paths = sorted(glob.glob(os.path.join(HERE, "testdata", "golden",
                                          "*.jsonl")))
    expect(len(paths) >= 10, "the golden files are there", paths)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                validate(json.loads(line), ARTICLE, os.path.basename(path))


TOKENS = [
    "---\n", "+++\n", "\n\n", "\n", "\r\n", "\r", "Date: ", "Title: ",
    "Author: ", "By ", "Tags: ", "Updated: ", "date = ", "title = ",
    "draft: true\n", "weight: 10\n", "ratio: 1.5\n", "nothing: ~\n",
    "when: 2024-03-25T10:05:30Z\n", "weight = 1_000\n", "pi = 3.14\n",
    "on = false\n", "big: 99999999999999999999\n", "inf: -.inf\n",
    "[table]\n", "tags: [a, \"b c\", d]\n", "- item\n", "# Heading\n",
    "## Sub\n", "```\ncode\n```\n", "> quote\n", "| a | b |\n", "***\n",
    "<div>\n", "MOSCOW, March 25 (Reuters) - ", "GENEVA - ",
    "March 25, 2024", "25 Mar 2024 10:05 +0900", "03/04/24", "2024-13-45",
    "Monday, 25 March 2024", "IST", "EDT", "25. März 2024", "2024年3月25日",
    "\xe6\x9d\xb1\xe4\xba\xac", "caf\xc3\xa9", "\xff", "\xc3", "\xed\xa0\x80",
    "\t", "  ", "\"", "\\", "\x01", "\x1f", "\x7f", "Mr. Smith said. ",
    "U.S. 3.5 per cent. ", "Jane Doe, Staff Reporter", " and ", ", ",
    "\ufeff", "\u2028", " date 2024-03-25 ",
]


def seeds():
    paths = []
    for pattern in ("tests/testdata/golden/*.txt", "tests/testdata/golden/*.md",
                    "tests/testdata/body/*", "tests/testdata/header/*",
                    "examples/*"):
        paths += sorted(glob.glob(os.path.join(ARGS.source_dir, pattern)))
    result = []
    for path in paths:
        with open(path, "rb") as f:
            result.append(f.read()[:6000])
    return result


def front_matter(rng):
    lines = []
    toml = rng.random() < 0.4
    for _ in range(rng.randrange(1, 8)):
        key = rng.choice(["title", "date", "draft", "weight", "ratio",
                          "updated", "tags", "author", "when", "x"])
        value = rng.choice(["true", "false", "True", "10", "-3", "0x1F",
                            "0o17", "1_000", "1.5", "6.02e23", ".inf", "nan",
                            "~", "null", "2024-03-25", "2024-03-25T10:05:30Z",
                            "2024-3-5", "1979-05-27 07:32:00", "10:05:30",
                            "\"quoted\"", "plain words", "[1, 2]",
                            "9223372036854775808", "-9223372036854775808",
                            "2024-02-30", "+.5", "1e5", "007"])
        lines.append(key + (" = " if toml else ": ") + value)
    fence = "+++" if toml else "---"
    body = "\n".join(lines)
    return ("%s\n%s\n%s\n\nA first paragraph\nwrapped  over\n  lines.\n\n"
            "# A heading\n\nMore text.\n" % (fence, body, fence)).encode()


def mutate(rng, data, pool):
    data = bytearray(data)
    for _ in range(rng.randrange(1, 12)):
        op = rng.random()
        at = rng.randrange(len(data) + 1)
        if op < 0.45:
            data[at:at] = rng.choice(TOKENS).encode("utf-8", "surrogatepass") \
                if rng.random() < 0.9 else bytes([rng.randrange(1, 256)])
        elif op < 0.65 and data:
            end = min(len(data), at + rng.randrange(1, 200))
            del data[at:end]
        elif op < 0.8 and data:
            end = min(len(data), at + rng.randrange(1, 300))
            data[at:at] = data[at:end]
        else:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            data[at:at] = other[start:start + rng.randrange(1, 400)]
    return bytes(data[:20000])


def fuzzed_inputs(count):
    rng = random.Random(20261202)
    pool = seeds()
    inputs = []
    for i in range(count):
        kind = i % 10
        if kind < 6:
            data = mutate(rng, rng.choice(pool), pool)
        elif kind < 9:
            data = front_matter(rng)
            if kind == 8:
                data = mutate(rng, data, pool)
        else:
            data = bytes(rng.randrange(1, 256)
                         for _ in range(rng.randrange(0, 300)))
        inputs.append(data.replace(b"\0", b" "))
    return inputs


def check_fuzzed(count, *options):
    inputs = fuzzed_inputs(count)
    stdin = b"\0".join(inputs)
    # The bytes as they are (no conversion of what looks like another
    # encoding), so that every input byte can be accounted for below; the
    # converted outputs are validated with the command's own tests.
    out = run_lede("--null-data", "--encoding", "utf-8", *options, stdin=stdin)
    objects = objects_of(out)
    expect(len(objects) == len(inputs), "one object per input",
           len(objects), len(inputs))
    for i, obj in enumerate(objects):
        validate(obj, ARTICLE, "fuzzed input %d %s" % (i + 1, options))
        expect(obj["stats"]["bytes"] == len(inputs[i]), "every byte read",
               i, obj["stats"])
        if "--no-text" not in options and "--prose" not in options:
            data = inputs[i]
            for section in obj["sections"]:
                for block in section["blocks"]:
                    piece = data[block["offset"]:
                                 block["offset"] + block["length"]]
                    expect(block["text"] == piece.decode("utf-8", "replace"),
                           "a block's text is its bytes", i, block)
    return inputs, objects


def case_fuzzed_outputs_follow_the_schema():
    _, objects = check_fuzzed(3000)
    typed = {h["type"] for o in objects for h in o["headers"]}
    expect(typed >= {"string", "boolean", "integer", "float", "date", "null"},
           "the fuzzed inputs reach every header type", typed)


def case_fuzzed_outputs_with_prose_and_no_text_follow_the_schema():
    check_fuzzed(1000, "--prose")
    check_fuzzed(1000, "--no-text", "--pretty")


def case_fuzzed_flat_records_follow_the_schema():
    inputs = fuzzed_inputs(2000)
    stdin = b"\0".join(inputs)
    out = run_lede("--null-data", "--output", "jsonl", "--fields", ALL_FIELDS,
                   stdin=stdin)
    records = objects_of(out)
    expect(len(records) == len(inputs), "one record per input")
    for i, record in enumerate(records):
        validate(record, RECORD, "fuzzed record %d" % (i + 1))
        expect(list(record) == ALL_FIELDS.split(","), "the fields, in order",
               list(record))
    # CSV: the same records, one row each, RFC 4180 (Python's csv module).
    out = run_lede("--null-data", "--output", "csv", "--fields", ALL_FIELDS,
                   stdin=stdin)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    expect(rows[0] == ALL_FIELDS.split(","), "a header row", rows[0])
    expect(len(rows) == len(inputs) + 1, "one row per input", len(rows))
    for record, row in zip(records, rows[1:]):
        expect(len(row) == len(rows[0]), "every row has every field", row)
        expect(row[0] == record["source"] and
               row[ALL_FIELDS.split(",").index("title")] ==
               (record["title"] or ""), "CSV holds the record's values",
               row, record)


# ---- The command's tests -----------------------------------------------------

class WatchedSubprocess:
    """Stands in for the subprocess module in a test module: run() checks
    every `lede parse` output against the schema."""

    def __init__(self, counter):
        self.counter = counter

    def __getattr__(self, name):
        return getattr(subprocess, name)

    def run(self, args, *rest, **kwargs):
        proc = subprocess.run(args, *rest, **kwargs)
        if (isinstance(args, (list, tuple)) and len(args) > 1 and
                args[0] == ARGS.lede and args[1] == "parse" and
                isinstance(proc.stdout, bytes) and proc.stdout):
            check_cli_output(list(args[2:]), proc.stdout, self.counter)
        return proc


def output_format(args):
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--output" and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--output="):
            return arg[len("--output="):]
    return "json"


def check_cli_output(args, stdout, counter):
    if "--help" in args or "-h" in args:
        return
    fmt = output_format(args)
    if fmt not in ("json", "jsonl"):
        return
    text = stdout.decode("utf-8")
    for value in objects_of(text):
        validate(value, ARTICLE if fmt == "json" else RECORD,
                 "the output of lede parse %s" % " ".join(args)[:200])
        counter[0] += 1


def case_every_cli_test_output_follows_the_schema():
    scripts = sorted(glob.glob(os.path.join(HERE, "cli*_test.py")))
    expect(scripts, "the command's tests are there")
    counter = [0]
    for script in scripts:
        name = os.path.splitext(os.path.basename(script))[0]
        spec = importlib.util.spec_from_file_location("watched_" + name,
                                                      script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.ARGS = argparse.Namespace(
            lede=ARGS.lede, version=ARGS.version, source_dir=ARGS.source_dir,
            work_dir=os.path.join(ARGS.work_dir, "watched_" + name),
            update=False, list=False, case=None)
        module.subprocess = WatchedSubprocess(counter)
        for case in sorted(n for n in dir(module) if n.startswith("case_")):
            try:
                getattr(module, case)()
            except Exception as e:  # pylint: disable=broad-except
                # The case's own ctest test reports its failures; here only
                # the schema's count.
                if (isinstance(e, AssertionError) and
                        "does not follow the schema" in str(e)):
                    raise
    expect(counter[0] > 100, "many outputs were checked", counter[0])


# ---- Driver ------------------------------------------------------------------

def cases():
    return sorted(name[len("case_"):] for name in globals()
                  if name.startswith("case_"))


def main():
    global ARGS, ARTICLE, RECORD
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
    ARGS.source_dir = os.path.abspath(ARGS.source_dir)
    os.makedirs(ARGS.work_dir, exist_ok=True)
    ARTICLE, RECORD = validators()
    globals()["case_" + ARGS.case]()
    print("passed: %s" % ARGS.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
