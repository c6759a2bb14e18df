#!/usr/bin/env python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""`lede parse`, driven as a user drives it.

    python3 cli_parse_test.py --list
    python3 cli_parse_test.py --lede build/dev/lede --source-dir . \\
        --work-dir /tmp/work CASE
    python3 cli_parse_test.py --lede build/dev/lede --update

Each case is a function named case_<name>; it raises AssertionError to fail.
Every golden input tests/testdata/golden/NAME.{txt,md} is a case golden_NAME
(dashes become underscores) whose `lede parse NAME.txt` output, run in that
directory, must equal NAME.jsonl byte for byte.

--update rewrites every NAME.jsonl from the given binary (after a parser
change; review the diff before committing it). Every JSON line any case sees
is loaded by Python's json module, so the output is checked to be valid JSON
(and valid UTF-8) everywhere, not only in the golden files.
"""

import argparse
import json
import os
import pty
import re
import select
import shutil
import stat
import subprocess
import sys
import time

ARGS = None
HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN_DIR = os.path.join(HERE, "testdata", "golden")
GOLDEN_SUFFIXES = (".txt", ".md", ".markdown")
KEYS = ["schema_version", "source", "format", "header_style", "header_offset",
        "header_length", "body_offset", "date", "updated", "title",
        "title_heading", "byline", "dateline", "tags", "lead", "headers",
        "header_values", "sections", "stats", "warnings"]
SPAN_KEYS = ["text", "offset", "length"]
DATE_KEYS = ["iso", "precision", "text", "offset", "length",
             "utc_offset_minutes", "zone", "zone_name", "zone_ambiguous",
             "zone_assumed", "day_month_ambiguous", "alternate",
             "year_expanded", "weekday", "weekday_mismatch", "language"]
HEADER_KEYS = ["key", "value", "is_list", "items", "type", "boolean",
               "integer", "float", "date"]
STATS_KEYS = ["bytes", "words", "cjk_characters", "sentences", "paragraphs",
              "sections", "reading_minutes"]
SEE_HELP = "see 'lede parse --help'"


# ---- Running lede and checking its JSON -----------------------------------

def run(*args, stdin=b"", cwd=None, env=None):
    """Runs `lede parse args`; returns (exit status, stdout bytes, stderr)."""
    proc = subprocess.run([ARGS.lede, "parse", *args], input=stdin,
                          capture_output=True, timeout=120, cwd=cwd, env=env)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def expect(condition, message, *context):
    if not condition:
        raise AssertionError(message + "".join("\n  " + repr(c)[:2000]
                                               for c in context))


def reject_constant(name):
    raise ValueError("not JSON: " + name)


def check_span(span, what, nullable=False):
    if nullable and span is None:
        return
    expect(isinstance(span, dict) and list(span)[:3] == SPAN_KEYS and
           isinstance(span["text"], str) and isinstance(span["offset"], int)
           and isinstance(span["length"], int), what + " is a span", span)


def check_date(date, what):
    if date is None:
        return
    expect(list(date) == DATE_KEYS, what + ": the date keys", date)
    expect(date["precision"] in ("year", "month", "day", "hour", "minute",
                                 "second", "fraction", "week"),
           what + ": precision names a precision", date)


def check_object(obj, pairs_keys):
    """Checks one article object's shape (the keys and their types); the
    schema test checks every value against schema/lede.schema.json."""
    expect(pairs_keys == KEYS, "the keys, in the documented order", pairs_keys)
    expect(obj["schema_version"] == 2, "schema version 2", obj)
    expect(isinstance(obj["source"], str), "source is a string")
    check_date(obj["date"], "date")
    check_date(obj["updated"], "updated")
    for key in ("title", "title_heading", "lead"):
        check_span(obj[key], key, nullable=True)
    if obj["byline"] is not None:
        check_span(obj["byline"], "byline")
        for author in obj["byline"]["authors"]:
            check_span(author["name"], "an author's name")
    if obj["dateline"] is not None:
        expect(list(obj["dateline"]) == SPAN_KEYS + ["place", "date_text",
                                                      "source"],
               "dateline keys", obj["dateline"])
    for tag in obj["tags"]:
        check_span(tag, "a tag")
    for field in obj["headers"]:
        expect(list(field) == HEADER_KEYS, "header field keys", field)
        check_span(field["key"], "a header key")
        check_span(field["value"], "a header value")
    for key, value in obj["header_values"].items():
        expect(key == key.lower() or not key.isascii(),
               "header_values keys are lower case", key)
        expect(isinstance(value, str), "header_values are strings", value)
    for section in obj["sections"]:
        expect(list(section) == ["heading", "level", "offset", "length",
                                 "blocks"], "section keys", section)
        for block in section["blocks"]:
            expect(list(block) in (["kind", "offset", "length", "text"],
                                   ["kind", "offset", "length"]),
                   "block keys", block)
            expect(block["kind"] in ("paragraph", "list", "quote", "code",
                                     "rule", "table", "html"),
                   "a block's kind names a kind", block)
    expect(list(obj["stats"]) == STATS_KEYS, "stats keys", obj["stats"])
    expect(all(isinstance(v, int) for v in obj["stats"].values()),
           "stats are integers", obj["stats"])
    for warning in obj["warnings"]:
        expect(list(warning) == ["code", "offset", "message"],
               "warning keys", warning)


def load_object(text):
    """Parses one JSON object strictly; returns it, checked."""
    order = []

    def hook(pairs):
        order.append([k for k, _ in pairs])
        return dict(pairs)

    obj = json.loads(text, object_pairs_hook=hook, parse_constant=reject_constant)
    check_object(obj, order[-1])
    return obj


def json_lines(out):
    """Splits JSON Lines output; checks each line; returns the objects."""
    text = out.decode("utf-8")  # strict: the output must be valid UTF-8
    if not text:
        return []
    expect(text.endswith("\n"), "JSON Lines end with a new line", text[-80:])
    return [load_object(line) for line in text[:-1].split("\n")]


def pretty_objects(out):
    """Splits --pretty output (objects one after another) into objects."""
    text = out.decode("utf-8")
    decoder = json.JSONDecoder(parse_constant=reject_constant)
    objects = []
    at = 0
    while at < len(text):
        obj, end = decoder.raw_decode(text, at)
        objects.append(obj)
        expect(text[end] == "\n", "each pretty object ends its line")
        at = end + 1
    return objects


def work_dir(name):
    path = os.path.join(ARGS.work_dir, "cli_parse", name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def article(n, words=40):
    """A small generated article, different for each n."""
    body = " ".join("word%d" % ((n * 31 + i) % 997) for i in range(words))
    return ("Title: Article number %d\nDate: 2024-03-%02d\n\n%s.\n\n"
            "Second paragraph of %d.\n" % (n, n % 28 + 1, body, n))


# ---- Golden files ---------------------------------------------------------

def golden_inputs():
    return sorted(name for name in os.listdir(GOLDEN_DIR)
                  if name.endswith(GOLDEN_SUFFIXES))


def golden_case_name(name):
    return "golden_" + os.path.splitext(name)[0].replace("-", "_")


def golden_expected(name):
    return os.path.join(GOLDEN_DIR, os.path.splitext(name)[0] + ".jsonl")


def run_golden(name):
    code, out, err = run(name, cwd=GOLDEN_DIR)
    expect(code == 0, "a golden input parses with exit status 0", code, err)
    expect(err == "", "nothing on stderr", err)
    return out


def check_golden(name):
    out = run_golden(name)
    objects = json_lines(out)
    expect(len(objects) == 1, "one object per file", objects)
    expect(objects[0]["source"] == name, "source is the path given",
           objects[0]["source"])
    with open(golden_expected(name), "rb") as f:
        expected = f.read()
    expect(out == expected,
           "output equals %s byte for byte (after a parser change, rerun with "
           "--update and review the diff)" % os.path.basename(
               golden_expected(name)), out.decode("utf-8", "replace"),
           expected.decode("utf-8", "replace"))


def update_goldens():
    for name in golden_inputs():
        out = run_golden(name)
        json_lines(out)
        with open(golden_expected(name), "wb") as f:
            f.write(out)
        print("wrote", os.path.relpath(golden_expected(name)))


def case_golden_outputs_match_python_json():
    """Compact output is what json.dumps writes; --pretty is indent=2."""
    for name in golden_inputs():
        _, out, _ = run(name, cwd=GOLDEN_DIR)
        (obj,) = json_lines(out)
        compact = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        expect(out.decode() == compact + "\n",
               "compact output is json.dumps(separators=(',', ':'))", name)
        code, pretty, _ = run("--pretty", name, cwd=GOLDEN_DIR)
        expect(code == 0, "--pretty exits 0", code)
        indented = json.dumps(obj, ensure_ascii=False, indent=2)
        expect(pretty.decode() == indented + "\n",
               "--pretty output is json.dumps(indent=2)", name,
               pretty.decode(), indented)


def case_golden_directory_parses_in_sorted_order():
    code, out, err = run(".", cwd=GOLDEN_DIR)
    expect(code == 0, "exits 0", code, err)
    sources = [o["source"] for o in json_lines(out)]
    expect(sources == ["./" + n for n in golden_inputs()],
           "every golden input, in sorted order", sources)


def case_golden_offsets_point_into_the_input():
    for name in golden_inputs():
        with open(os.path.join(GOLDEN_DIR, name), "rb") as f:
            data = f.read()
        _, out, _ = run(name, cwd=GOLDEN_DIR)
        (obj,) = json_lines(out)
        expect(obj["stats"]["bytes"] == len(data), "stats.bytes is the size",
               name)
        for section in obj["sections"]:
            expect(section["offset"] + section["length"] <= len(data),
                   "a section lies in the input", name, section)
            for block in section["blocks"]:
                piece = data[block["offset"]:block["offset"] + block["length"]]
                expect(len(piece) == block["length"],
                       "a block lies in the input", name, block)
                expect(block["text"] == piece.decode("utf-8", "replace"),
                       "a block's text is its bytes in the input", name, block)


# ---- Inputs: stdin, NUL-separated stdin, files, directories ----------------

def case_stdin_without_arguments():
    text = article(1).encode()
    code, out, err = run(stdin=text)
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["source"] == "-", "stdin's source is \"-\"", obj["source"])
    expect(obj["stats"]["bytes"] == len(text), "the whole of stdin", obj)


def case_stdin_dash_among_files():
    d = work_dir("stdin_dash")
    write(os.path.join(d, "a.txt"), article(1))
    write(os.path.join(d, "b.txt"), article(2))
    code, out, err = run("a.txt", "-", "b.txt", stdin=article(3).encode(),
                         cwd=d)
    expect(code == 0, "exits 0", code, err)
    sources = [o["source"] for o in json_lines(out)]
    expect(sources == ["a.txt", "-", "b.txt"], "in argument order", sources)


def case_empty_stdin_gives_one_object_with_warnings():
    code, out, err = run("-", stdin=b"")
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["stats"]["bytes"] == 0, "an empty article", obj)
    expect(obj["warnings"], "with warnings", obj)


def case_null_data_reads_articles_separated_by_nul():
    records = [article(1), "", article(2), "Just one line"]
    stream = "\0".join(records).encode()
    for data, count in ((stream, 4), (stream + b"\0", 4)):
        code, out, err = run("--null-data", stdin=data)
        expect(code == 0, "exits 0", code, err)
        objects = json_lines(out)
        expect([o["source"] for o in objects] ==
               ["-#%d" % (i + 1) for i in range(count)],
               "one object per article, named -#N from 1, a final NUL "
               "ending the last article", [o["source"] for o in objects])
        expect([o["stats"]["bytes"] for o in objects] ==
               [len(r.encode()) for r in records],
               "each object is its article", objects)


def case_null_data_empty_stream_gives_nothing():
    code, out, err = run("--null-data", stdin=b"")
    expect(code == 0 and out == b"" and err == "",
           "no articles, no output", code, out, err)


def case_null_data_long_stream_with_threads():
    """Thousands of articles over several read chunks keep their order."""
    records = [article(i, words=20 + i % 300).encode() for i in range(4000)]
    stream = b"\0".join(records) + b"\0"
    expect(len(stream) > 3 << 20, "longer than a few read chunks", len(stream))
    outputs = []
    for threads in ("1", "8"):
        code, out, err = run("--null-data", "--threads", threads, stdin=stream)
        expect(code == 0, "exits 0", code, err)
        objects = json_lines(out)
        expect([o["source"] for o in objects] ==
               ["-#%d" % (i + 1) for i in range(len(records))],
               "every article in input order", threads)
        expect([o["stats"]["bytes"] for o in objects] ==
               [len(r) for r in records], "each object is its article")
        outputs.append(out)
    expect(outputs[0] == outputs[1], "the same output with 1 and 8 threads")


def case_null_data_stream_gives_each_article_as_it_comes():
    """As a map step: an article's line comes out before stdin ends."""
    proc = subprocess.Popen([ARGS.lede, "parse", "--null-data", "--no-text"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        lines = []
        for i in range(3):
            proc.stdin.write(article(i).encode() + b"\0")
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], 10)
            expect(ready, "article %d is written while stdin is open" % i)
            lines.append(proc.stdout.readline())
        proc.stdin.close()
        rest = proc.stdout.read()
        err = proc.stderr.read()
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    expect(proc.returncode == 0 and rest == b"", "exits 0 with no more",
           proc.returncode, rest, err)
    objects = json_lines(b"".join(lines))
    expect([o["source"] for o in objects] == ["-#1", "-#2", "-#3"],
           "one line per article, in order", objects)


def case_null_data_with_file_arguments():
    d = work_dir("null_data_files")
    write(os.path.join(d, "a.txt"), article(1))
    code, out, err = run("--null-data", "a.txt", "-", "a.txt",
                         stdin=b"one\0two", cwd=d)
    expect(code == 0, "exits 0", code, err)
    sources = [o["source"] for o in json_lines(out)]
    expect(sources == ["a.txt", "-#1", "-#2", "a.txt"], "in order", sources)


def make_tree(d):
    for path in ("b/2.txt", "b/1.md", "a/z/deep.markdown", "a/x.txt",
                 "c.txt", "B.txt", "skip.html", "a/skip.json", "10.txt",
                 "9.txt", ".hidden.txt"):
        write(os.path.join(d, path), article(len(path)))


def case_directory_is_searched_recursively_in_sorted_order():
    d = work_dir("directory")
    make_tree(d)
    code, out, err = run(os.path.basename(d) + "/", cwd=os.path.dirname(d))
    expect(code == 0, "exits 0", code, err)
    base = os.path.basename(d) + "/"
    sources = [o["source"] for o in json_lines(out)]
    # Issue 18: hidden files are skipped unless --hidden (cli_io_test.py).
    expect(sources == [base + p for p in (
        "10.txt", "9.txt", "B.txt", "a/x.txt",
        "a/z/deep.markdown", "b/1.md", "b/2.txt", "c.txt")],
        "*.txt, *.md, *.markdown, depth first, each directory in byte order",
        sources)


def case_glob_replaces_the_patterns_and_repeats():
    d = work_dir("glob")
    make_tree(d)
    code, out, err = run("--glob", "*.html", "--glob=[0-9]*.txt", ".", cwd=d)
    expect(code == 0, "exits 0", code, err)
    sources = [o["source"] for o in json_lines(out)]
    expect(sources == ["./10.txt", "./9.txt", "./b/2.txt", "./skip.html"],
           "only the files that match a --glob", sources)
    code, out, _ = run("--glob", "?.txt", "--glob", "*.json", ".", cwd=d)
    sources = [o["source"] for o in json_lines(out)]
    expect(sources == ["./9.txt", "./B.txt", "./a/skip.json", "./a/x.txt",
                       "./b/2.txt", "./c.txt"],
           "? and * match", sources)


def case_file_argument_is_read_whatever_its_name():
    d = work_dir("any_name")
    write(os.path.join(d, "notes.html"), article(5))
    code, out, err = run("notes.html", cwd=d)
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["source"] == "notes.html", "the file is parsed", obj)


def case_large_file_is_read_whole():
    d = work_dir("large")
    text = "".join(article(i, words=200) + "\n" for i in range(2000)).encode()
    expect(len(text) > 2 << 20, "over the mapping threshold", len(text))
    write(os.path.join(d, "big.txt"), text)
    code, out, err = run("big.txt", cwd=d)
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["stats"]["bytes"] == len(text), "every byte", obj["stats"])


def case_named_pipe_is_read_to_its_end():
    d = work_dir("fifo")
    fifo = os.path.join(d, "in.txt")
    os.mkfifo(fifo)
    text = article(7).encode() * 50
    proc = subprocess.Popen([ARGS.lede, "parse", fifo], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    with open(fifo, "wb") as f:
        f.write(text)
    out, err = proc.communicate(timeout=60)
    expect(proc.returncode == 0, "exits 0", proc.returncode, err)
    (obj,) = json_lines(out)
    expect(obj["stats"]["bytes"] == len(text), "all of the pipe", obj)


def case_binary_file_gives_an_object_with_warnings():
    d = work_dir("binary")
    data = bytes(range(256)) * 8 + b"\xff\xfe\x00\xc3"
    write(os.path.join(d, "blob.txt"), data)
    code, out, err = run("blob.txt", cwd=d)
    expect(code == 0, "a binary file is read: exit 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["stats"]["bytes"] == len(data), "all of it", obj["stats"])
    expect(obj["warnings"], "with warnings", obj["warnings"])


def case_binary_file_warns_of_invalid_utf8_at_its_offset():
    d = work_dir("invalid_utf8")
    data = b"Title: Fine\n\nText then \xff and \xc3 more.\n"
    write(os.path.join(d, "bad.txt"), data)
    # Issue 18: by default such bytes are detected as a legacy encoding and
    # converted (tests/cli_io_test.py); --encoding utf-8 takes them as they
    # are.
    code, out, err = run("--encoding", "utf-8", "bad.txt", cwd=d)
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    offsets = [w["offset"] for w in obj["warnings"]
               if w["code"] == "invalid_utf8"]
    expect(data.index(b"\xff") in offsets,
           "an invalid_utf8 warning names the offset of the bad byte",
           obj["warnings"])
    expect("\ufffd" in json.dumps(obj, ensure_ascii=False),
           "the bad bytes are written as U+FFFD", obj)


def case_empty_file_gives_an_object_with_warnings():
    d = work_dir("empty")
    write(os.path.join(d, "empty.md"), b"")
    code, out, err = run("empty.md", cwd=d)
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["source"] == "empty.md" and obj["stats"]["bytes"] == 0,
           "one object for the empty file", obj)
    expect(obj["warnings"], "with warnings", obj)


def case_odd_path_names_stay_valid_json():
    d = work_dir("odd_names")
    name = b"odd \"name\"\\ \xff\x01.txt"
    with open(os.path.join(d.encode(), name), "wb") as f:
        f.write(article(9).encode())
    proc = subprocess.run([ARGS.lede.encode(), b"parse", name], cwd=d,
                          capture_output=True, timeout=60)
    expect(proc.returncode == 0, "exits 0", proc.returncode, proc.stderr)
    (obj,) = json_lines(proc.stdout)
    # Issue 18: a byte that is not UTF-8 is the escape \udcNN (Python's
    # surrogateescape), so that the name can be found again.
    expect(obj["source"] == "odd \"name\"\\ \udcff\x01.txt",
           "source escaped, invalid UTF-8 as \\udcff", obj["source"])
    expect(os.fsencode(obj["source"]) == name, "os.fsencode() gives it back",
           obj["source"])


# ---- Errors and exit status ------------------------------------------------

def case_unreadable_inputs_are_named_and_the_rest_processed():
    d = work_dir("unreadable")
    write(os.path.join(d, "good1.txt"), article(1))
    write(os.path.join(d, "good2.txt"), article(2))
    write(os.path.join(d, "file.txt"), article(3))
    bad = ["missing.txt", "file.txt/inside.txt"]
    if os.geteuid() != 0:  # root reads anything
        write(os.path.join(d, "secret.txt"), article(4))
        os.chmod(os.path.join(d, "secret.txt"), 0)
        bad.append("secret.txt")
    code, out, err = run("good1.txt", *bad, "good2.txt", cwd=d)
    expect(code == 1, "an unreadable input makes the exit status 1", code)
    sources = [o["source"] for o in json_lines(out)]
    expect(sources == ["good1.txt", "good2.txt"], "the rest is processed",
           sources)
    lines = err.splitlines()
    expect(len(lines) == len(bad), "one line per unreadable input", err)
    reasons = ["No such file or directory", "Not a directory",
               "Permission denied"]
    for line, path, reason in zip(lines, bad, reasons):
        expect(path in line and reason in line,
               "the line names the path and the reason", line)


def case_unreadable_directory_entry_in_a_walk():
    if os.geteuid() == 0:
        # Root can read any directory; a dangling link stands in for it.
        d = work_dir("unreadable_walk")
        write(os.path.join(d, "a.txt"), article(1))
        os.symlink("nowhere.txt", os.path.join(d, "b.txt"))
        write(os.path.join(d, "c.txt"), article(3))
        bad = "b.txt"
    else:
        d = work_dir("unreadable_walk")
        write(os.path.join(d, "a.txt"), article(1))
        write(os.path.join(d, "b", "x.txt"), article(2))
        write(os.path.join(d, "c.txt"), article(3))
        os.chmod(os.path.join(d, "b"), 0)
        bad = "b"
    code, out, err = run(".", cwd=d)
    expect(code == 1, "exit status 1", code, err)
    sources = [o["source"] for o in json_lines(out)]
    expect(sources == ["./a.txt", "./c.txt"], "the rest is processed", sources)
    expect(len(err.splitlines()) == 1 and bad in err, "one line naming it", err)


def usage_error(*args):
    code, out, err = run(*args)
    expect(code == 2, "a usage error exits 2", args, code, err)
    expect(out == b"", "nothing on stdout", args, out)
    lines = err.splitlines()
    expect(len(lines) == 2 and lines[0].startswith("lede parse: ") and
           SEE_HELP in lines[1], "a one-line message, then see --help", err)
    return lines[0]


def case_usage_errors_exit_2():
    expect("--frobnicate" in usage_error("--frobnicate"), "names the option")
    expect("-x" in usage_error("a.txt", "-x"), "names the option")
    expect("abc" in usage_error("--threads", "abc"), "names the value")
    expect("99999" in usage_error("--threads=99999"), "names the value")
    expect("-1" in usage_error("--threads", "-1"), "names the value")
    expect("--threads" in usage_error("--threads"), "names the option")
    expect("--glob" in usage_error("--glob"), "names the option")
    expect("--glob" in usage_error("--glob="), "names the option")
    expect("--pretty=1" in usage_error("--pretty=1"), "names the option")


def case_exit_0_when_every_input_is_read():
    d = work_dir("exit_0")
    write(os.path.join(d, "a.txt"), article(1))
    code, _, err = run("a.txt", "--", "a.txt", cwd=d)
    expect(code == 0 and err == "", "exits 0, nothing on stderr", code, err)


def case_double_dash_ends_options():
    d = work_dir("double_dash")
    write(os.path.join(d, "--pretty"), article(1))
    code, out, err = run("--", "--pretty", cwd=d)
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["source"] == "--pretty", "a path after --", obj)


def case_help_shows_every_option_with_an_example():
    for flag in ("--help", "-h"):
        code, out, err = run(flag)
        expect(code == 0 and err == "", "--help exits 0", code, err)
        text = out.decode()
        expect(text.startswith("usage: lede parse"), "a usage line", text)
        for option in ("--pretty", "--no-text", "--threads", "--day-first",
                       "--null-data", "--glob", "--help", "--", "--output",
                       "--fields", "--prose"):
            examples = [line for line in text.splitlines()
                        if line.strip().startswith(("lede parse", "printf"))
                        and option in line]
            expect(examples, "an example of " + option, text)
        for word in ("exit status", "-#N", "progress"):
            expect(word in text, "--help explains " + word, text)


# ---- Output options ---------------------------------------------------------

def case_pretty_prints_indented_objects_one_after_another():
    d = work_dir("pretty")
    write(os.path.join(d, "a.txt"), article(1))
    write(os.path.join(d, "b.md"), article(2))
    _, compact, _ = run("a.txt", "b.md", cwd=d)
    code, out, err = run("--pretty", "a.txt", "b.md", cwd=d)
    expect(code == 0, "exits 0", code, err)
    expect(out.startswith(b"{\n  \"schema_version\": 2,\n"
                          b"  \"source\": \"a.txt\",\n"),
           "two-space indentation", out[:80])
    expect(pretty_objects(out) == json_lines(compact),
           "the same objects as JSON Lines")


def strip_text(obj):
    """The object without its blocks' text keys."""
    obj = json.loads(json.dumps(obj))
    for section in obj["sections"]:
        for block in section["blocks"]:
            block.pop("text", None)
    return obj


def has_text_key(obj):
    return any("text" in block for section in obj["sections"]
               for block in section["blocks"])


def case_no_text_leaves_out_every_text_key():
    names = golden_inputs()
    _, full, _ = run(*names, cwd=GOLDEN_DIR)
    code, out, err = run("--no-text", *names, cwd=GOLDEN_DIR)
    expect(code == 0, "exits 0", code, err)
    objects = json_lines(out)
    expect(not any(has_text_key(o) for o in objects), "no block's text key")
    expect(any(has_text_key(o) for o in json_lines(full)),
           "blocks have text keys without --no-text")
    expect(objects == [strip_text(o) for o in json_lines(full)],
           "everything else unchanged")
    code, out, _ = run("--no-text", "--pretty", *names, cwd=GOLDEN_DIR)
    expect(pretty_objects(out) == objects, "with --pretty too")


def case_day_first_reads_numeric_dates_day_first():
    d = work_dir("day_first")
    write(os.path.join(d, "a.txt"),
          "Title: Spring fair\nDate: 03/04/2024\n\nThe fair opens.\n")
    _, out, _ = run("a.txt", cwd=d)
    (obj,) = json_lines(out)
    expect(obj["date"]["iso"] == "2024-03-04", "month first by default",
           obj["date"])
    code, out, err = run("--day-first", "a.txt", cwd=d)
    expect(code == 0, "exits 0", code, err)
    (obj,) = json_lines(out)
    expect(obj["date"]["iso"] == "2024-04-03", "--day-first: 3 April",
           obj["date"])
    expect(obj["date"]["text"] == "03/04/2024", "the text as written", obj)


# ---- Threads -------------------------------------------------------------

def case_threads_keep_input_order_1_and_8():
    d = work_dir("threads")
    names = []
    for i in range(300):
        # Sizes vary a lot, so that workers finish out of order.
        name = "%03d.txt" % i
        words = 5 if i % 7 else 4000
        write(os.path.join(d, "in", name), article(i, words=words))
        names.append("in/" + name)
    outputs = {}
    for threads in ("1", "8", "3"):
        code, out, err = run("--threads", threads, "in", cwd=d)
        expect(code == 0, "exits 0", code, err)
        sources = [o["source"] for o in json_lines(out)]
        expect(sources == names, "input order with --threads " + threads,
               sources[:10])
        outputs[threads] = out
    expect(outputs["1"] == outputs["8"] == outputs["3"],
           "identical output whatever the thread count")
    # Files given one by one, out of sorted order, keep their order too.
    shuffled = names[::-1][:50] + names[:20]
    code, out, _ = run("--threads=8", *shuffled, cwd=d)
    expect([o["source"] for o in json_lines(out)] == shuffled,
           "argument order with --threads 8")


def case_threads_default_to_the_cores_and_0_means_that():
    d = work_dir("threads_default")
    for i in range(40):
        write(os.path.join(d, "%02d.txt" % i), article(i))
    _, one, _ = run("--threads", "1", ".", cwd=d)
    for args in ((), ("--threads", "0")):
        code, out, err = run(*args, ".", cwd=d)
        expect(code == 0 and out == one, "the same output", args, err)


def case_threads_with_unreadable_inputs_keep_order():
    d = work_dir("threads_errors")
    args = []
    for i in range(60):
        if i % 5 == 0:
            args.append("missing%02d.txt" % i)
        else:
            write(os.path.join(d, "%02d.txt" % i), article(i))
            args.append("%02d.txt" % i)
    code, out, err = run("--threads", "8", *args, cwd=d)
    expect(code == 1, "exit status 1", code)
    expect([o["source"] for o in json_lines(out)] ==
           [a for a in args if not a.startswith("missing")], "order kept")
    expect([line.split(":")[0] for line in err.splitlines()] ==
           ["lede parse"] * 12 and
           [line.split(": ")[1] for line in err.splitlines()] ==
           [a for a in args if a.startswith("missing")],
           "the messages in input order", err)


# ---- The progress bar ----------------------------------------------------

def slow_stdin_run(name, stderr_fd, terminal=None):
    """Runs lede over a few files and a stdin that stays open a moment.

    With `terminal` (the master side of stderr_fd's pty), stdin stays open
    until the bar shows there, however slow the machine; what was read from
    it is returned too. Returns (exit status, stdout, stderr or None when
    stderr_fd is not subprocess.PIPE, terminal bytes read)."""
    d = work_dir(name)
    for i in range(20):
        write(os.path.join(d, "%02d.txt" % i), article(i))
    env = dict(os.environ, LEDE_PROGRESS_DELAY_MS="0")
    proc = subprocess.Popen([ARGS.lede, "parse", ".", "-"], cwd=d, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=stderr_fd)
    seen = b""
    if terminal is None:
        time.sleep(0.7)
    else:
        deadline = time.monotonic() + 60
        while b" articles" not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([terminal], [], [], 1)
            if ready:
                seen += os.read(terminal, 4096)
    out, err = proc.communicate(article(99).encode(), timeout=60)
    return proc.returncode, out, err, seen


def case_threads_and_progress_bar_on_a_terminal():
    master, slave = pty.openpty()
    try:
        code, out, _, seen = slow_stdin_run("progress_tty", slave, master)
        os.close(slave)
        slave = None
        while True:
            ready, _, _ = select.select([master], [], [], 2)
            if not ready:
                break
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if slave is not None:
            os.close(slave)
        os.close(master)
    expect(code == 0, "exits 0", code)
    expect(len(json_lines(out)) == 21, "all the articles on stdout")
    text = seen.decode("utf-8", "replace")
    expect("/21 articles" in text and "MB/s" in text,
           "articles done/total and MB/s on the terminal", text)
    expect(text.endswith("\r\x1b[K"), "the bar is cleared at the end", text)


def case_threads_and_progress_bar_share_one_terminal():
    """With stdout on the terminal too, the bar never splits an object."""
    master, slave = pty.openpty()
    seen = b""
    try:
        d = work_dir("progress_one_tty")
        for i in range(20):
            write(os.path.join(d, "%02d.txt" % i), article(i))
        env = dict(os.environ, LEDE_PROGRESS_DELAY_MS="0")
        proc = subprocess.Popen([ARGS.lede, "parse", ".", "-", "."], cwd=d,
                                env=env, stdin=subprocess.PIPE, stdout=slave,
                                stderr=slave)
        os.close(slave)
        slave = None
        # lede waits on stdin with the bar up: wait for the bar (however slow
        # the machine or the sanitizer), then hand it the last article.
        deadline = time.monotonic() + 60
        while b"/41 articles" not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
        proc.stdin.write(article(99).encode())
        proc.stdin.close()
        while True:
            ready, _, _ = select.select([master], [], [], 5)
            if not ready:
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        proc.wait(timeout=60)
    finally:
        if slave is not None:
            os.close(slave)
        os.close(master)
    expect(proc.returncode == 0, "exits 0", proc.returncode)
    text = seen.replace(b"\r\n", b"\n")
    expect(re.search(rb"/41 articles", text), "the bar was drawn", text[-300:])
    bar = re.compile(rb"\[[#.]{20}\] \d+/\d+ articles  [\d.]+ MB/s"
                     rb"(  [\d:]+ left)?")
    for match in bar.finditer(text):
        expect(text[match.end():match.end() + 4] == b"\r\x1b[K",
               "the bar is cleared before anything else is written",
               text[match.start():match.end() + 80])
    text = bar.sub(b"", text.replace(b"\r\x1b[K", b""))
    expect(len(json_lines(text)) == 41,
           "without the bar, the output is whole JSON Lines")


def case_progress_nothing_extra_when_stderr_is_not_a_terminal():
    code, out, err, _ = slow_stdin_run("progress_pipe", subprocess.PIPE)
    expect(code == 0, "exits 0", code)
    expect(len(json_lines(out)) == 21, "all the articles on stdout")
    expect(err == b"", "nothing on stderr", err)


# ---- Driver ----------------------------------------------------------------

def cases():
    found = {name[len("case_"):]: fn for name, fn in globals().items()
             if name.startswith("case_")}
    for name in golden_inputs():
        found[golden_case_name(name)] = (lambda n=name: check_golden(n))
    return found


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--update", action="store_true",
                        help="rewrite the golden *.jsonl from --lede")
    parser.add_argument("--lede")
    parser.add_argument("--version")
    parser.add_argument("--source-dir")
    parser.add_argument("--work-dir")
    parser.add_argument("case", nargs="?")
    ARGS = parser.parse_args()
    all_cases = cases()
    if ARGS.list:
        print("\n".join(sorted(all_cases)))
        return 0
    if not ARGS.lede:
        parser.error("--lede is required")
    ARGS.lede = os.path.abspath(ARGS.lede)
    if ARGS.update:
        update_goldens()
        return 0
    if ARGS.work_dir is None:
        ARGS.work_dir = os.path.join(os.getcwd(), "cli_work")
    names = [ARGS.case] if ARGS.case else sorted(all_cases)
    failed = 0
    for name in names:
        if name not in all_cases:
            print("unknown case", name, file=sys.stderr)
            return 2
        try:
            all_cases[name]()
            print("PASS", name)
        except AssertionError as e:
            failed += 1
            print("FAIL", name, e, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
