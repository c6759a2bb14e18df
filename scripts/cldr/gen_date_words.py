#!/usr/bin/python3
# Copyright 2026 The lede Authors.
# SPDX-License-Identifier: Apache-2.0
"""Generates src/internal/date/lang/words_data.inc from the Unicode CLDR.

The table holds, for every language lede reads besides English (and English
itself, so that a caller who leaves English out can have its words refused),
the month names (wide and abbreviated, format and stand-alone: the format
wide names of the Slavic languages are their genitives, "марта", "marca"),
the weekday names (wide, abbreviated, short) and the AM/PM day periods,
each case-folded (Unicode lowercase) and, for Latin letters, also without its
accents ("fevrier", "marz"); the trailing "." of abbreviations is dropped
(the scanner makes it optional). Names that CLDR writes with a number
("tháng 3", "3月", "Th 2") become prefix or suffix markers of that number.

A short hand-written list at the end of this script adds what CLDR does not
give: the day, year and hour markers and the connectors between the parts of
a date ("1er", "г.", "Uhr", "de", "à", "alle", 年/月/日, ...).

Regenerate (Debian: apt-get install unicode-cldr-core):

  /usr/bin/python3 scripts/cldr/gen_date_words.py \\
      --cldr /usr/share/unicode/cldr/common/main \\
      --out src/internal/date/lang/words_data.inc

The output is committed; the build never runs this script.
"""

import argparse
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

# The order of lede::Language (include/lede/date.h): bit N is Language N.
LANGUAGES = ["en", "ru", "de", "ja", "zh", "es", "fr", "it", "pt", "nl", "pl",
             "tr", "id", "cs", "vi", "uk", "ko"]

# Kinds of a word's meaning; src/internal/date/lang/words.h mirrors them.
KINDS = [
    "kMonth",              # value: 1..12
    "kWeekday",            # value: 0 Monday .. 6 Sunday (absl::Weekday)
    "kDayPeriod",          # value: 0 AM, 1 PM
    "kMonthPrefix",        # "tháng" 3: the month number follows
    "kMonthSuffix",        # 3"月": the month number precedes
    "kWeekdayPrefix",      # "Th" 2: value + number = weekday (mod 7)
    "kDayPrefix",          # "ngày" 25
    "kDaySuffix",          # 25"日", 25"일", 1"er", 25"-го"
    "kYearPrefix",         # "năm" 2024
    "kYearSuffix",         # 2024 "г.", "года", "r.", 2024"年"
    "kHourSuffix",         # 10 "Uhr", 10"h"05, 10"時"
    "kMinuteSuffix",       # 05"分", 05"분"
    "kSecondSuffix",       # 30"秒", 30"초"
    "kDateConnector",      # "de", "del", "di", "van"
    "kTimeConnector",      # "à", "um", "в", "alle", "às", "om"
    "kMultiHead",          # the first word of a name of several words
    "kZone",               # value: 64 + the UTC offset in quarter hours
]

DAY_TYPES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# What CLDR does not give: markers and connectors, by language. Each word is
# folded like the CLDR names (and its accent-free form added).
HAND_WRITTEN = {
    "ru": {"kZone": [("мск", 64 + 12)],
           "kDaySuffix": ["го", "е"],
           "kYearSuffix": ["г", "года", "год", "гг"],
           "kHourSuffix": ["ч"],
           "kTimeConnector": ["в"]},
    "uk": {"kDaySuffix": ["го", "е"],
           "kYearSuffix": ["р", "року", "рік"],
           "kHourSuffix": ["год"],
           "kTimeConnector": ["о", "об"]},
    "de": {"kZone": [("mez", 64 + 4), ("mesz", 64 + 8)],
           "kHourSuffix": ["uhr", "h"],
           "kTimeConnector": ["um", "gegen"]},
    "fr": {"kDaySuffix": ["er", "re"],
           "kHourSuffix": ["h"],
           "kTimeConnector": ["à", "vers"]},
    "es": {"kDaySuffix": ["º", "°", "o"],
           "kDateConnector": ["de", "del"],
           "kHourSuffix": ["h", "hs"],
           "kTimeConnector": ["a las", "a la", "las"]},
    "pt": {"kDaySuffix": ["º", "°", "o"],
           "kDateConnector": ["de", "do"],
           "kHourSuffix": ["h"],
           "kTimeConnector": ["às"]},
    "it": {"kDaySuffix": ["º", "°"],
           "kDateConnector": ["di", "del"],
           "kTimeConnector": ["alle", "ore", "alle ore"],
           "kHourSuffix": ["h"]},
    "nl": {"kDateConnector": ["van"],
           "kTimeConnector": ["om"],
           "kHourSuffix": ["uur", "u"]},
    "pl": {"kYearSuffix": ["r", "roku"],
           "kTimeConnector": ["o", "godz", "o godz"],
           "kHourSuffix": ["godz"]},
    "cs": {"kYearSuffix": ["r", "roku"],
           "kTimeConnector": ["v", "ve", "od"],
           "kHourSuffix": ["h", "hod"]},
    "tr": {"kYearSuffix": ["yılı"],
           "kTimeConnector": ["saat"]},
    "id": {"kTimeConnector": ["pukul", "jam"],
           "kZone": [("wib", 64 + 28), ("wita", 64 + 32), ("wit", 64 + 36)]},
    "vi": {"kDayPrefix": ["ngày"],
           "kYearPrefix": ["năm"],
           # "Thứ 2" is Monday: weekday (0 Monday) = (offset + number) mod 7.
           "kWeekdayPrefix": [("thứ", -2), ("t", -2), ("th", -2)],
           "kTimeConnector": ["lúc", "vào lúc"],
           "kHourSuffix": ["giờ", "h"],
           "kMinuteSuffix": ["phút"]},
    "ja": {"kYearSuffix": ["年"], "kDaySuffix": ["日"],
           "kHourSuffix": ["時"], "kMinuteSuffix": ["分"],
           "kSecondSuffix": ["秒"]},
    "zh": {"kYearSuffix": ["年"], "kDaySuffix": ["日", "号", "號"],
           "kHourSuffix": ["时", "時", "点", "點"], "kMinuteSuffix": ["分"],
           "kSecondSuffix": ["秒"]},
    "ko": {"kYearSuffix": ["년"], "kDaySuffix": ["일"],
           "kHourSuffix": ["시"], "kMinuteSuffix": ["분"],
           "kSecondSuffix": ["초"]},
}


def fold(text):
    """Unicode lowercase, as the scanner folds its input (İ becomes i)."""
    text = text.replace("\u0130", "i")
    return text.lower()


# Latin letters whose accent-free form is not their canonical decomposition.
LATIN_PLAIN = {"ı": "i", "ł": "l", "đ": "d", "ø": "o", "ß": "ss"}


def strip_accents(text):
    """Drops the marks of Latin letters only (Cyrillic "й", Hangul kept)."""
    out = []
    for ch in text:
        if ch in LATIN_PLAIN:
            out.append(LATIN_PLAIN[ch])
            continue
        if "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff":
            base = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in base
                               if unicodedata.category(c) != "Mn"))
        elif ch == "ё":
            out.append("е")
        else:
            out.append(ch)
    return "".join(out)


class Locale:
    """A CLDR locale's gregorian calendar with its inheritance chain."""

    def __init__(self, cldr, code):
        self.chain = []
        name = code
        while True:
            root = ET.parse(os.path.join(cldr, name + ".xml")).getroot()
            self.chain.append(
                root.find("dates/calendars/calendar[@type='gregorian']"))
            if name == "root":
                break
            name = name.rsplit("_", 1)[0] if "_" in name else "root"

    def names(self, group, context, width, depth=0):
        """{type: name} for months/days/dayPeriods, resolving aliases."""
        singular = {"months": "month", "days": "day",
                    "dayPeriods": "dayPeriod"}[group]
        out = {}
        for calendar in self.chain:
            if calendar is None:
                continue
            node = calendar.find(
                f"{group}/{singular}Context[@type='{context}']/"
                f"{singular}Width[@type='{width}']")
            if node is None:
                continue
            alias = node.find("alias")
            if alias is not None and not out:
                path = alias.get("path")
                m = re.search(r"Context\[@type='([^']+)'\]", path)
                context2 = m.group(1) if m else context
                width2 = re.search(r"Width\[@type='([^']+)'\]", path).group(1)
                if depth > 8:
                    raise ValueError("alias loop")
                return self.names(group, context2, width2, depth + 1)
            for item in node.findall(singular):
                key = item.get("type")
                if item.get("alt") is not None or key in out:
                    continue
                out[key] = item.text
        return out


def collect(cldr, lang):
    """(word, kind, value) triples for `lang`, from CLDR and the list above."""
    locale = Locale(cldr, lang)
    found = []
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for key, name in locale.names("months", context, width).items():
                found.append(("month", name, int(key)))
        for width in ("wide", "abbreviated", "short"):
            for key, name in locale.names("days", context, width).items():
                found.append(("day", name, DAY_TYPES.index(key)))
        for width in ("wide", "abbreviated"):
            for key, name in locale.names("dayPeriods", context,
                                          width).items():
                if key in ("am", "pm"):
                    found.append(("period", name, 0 if key == "am" else 1))
    out = []
    for what, name, value in found:
        name = fold(name.strip()).replace("\u00a0", " ").replace(
            "\u202f", " ")
        if what == "month":
            m = re.fullmatch(r"(\D+?)\s*(\d+)", name)
            if m:
                out.append((m.group(1), "kMonthPrefix", 0))
                continue
            m = re.fullmatch(r"(\d+)\s*(\D+)", name)
            if m:
                out.append((m.group(2), "kMonthSuffix", 0))
                continue
            out.append((name.rstrip("."), "kMonth", value))
        elif what == "day":
            m = re.fullmatch(r"(\D+?)\s*(\d+)", name)
            if m:
                # "Th 2" is Monday: the offset from the number to the weekday.
                out.append((m.group(1), "kWeekdayPrefix",
                            (value - int(m.group(2))) % 7))
                continue
            out.append((name.rstrip("."), "kWeekday", value))
        else:
            if re.search(r"\d", name) or len(name) < 2:
                continue
            # "a. m." and "AM" are left to the English and numeric rules.
            if name in ("am", "pm") or "." in name.rstrip("."):
                continue
            out.append((name.rstrip("."), "kDayPeriod", value))
    for kind, words in HAND_WRITTEN.get(lang, {}).items():
        for word in words:
            value = 0
            if isinstance(word, tuple):
                word, value = word
                if kind == "kWeekdayPrefix":
                    value %= 7
            out.append((fold(word), kind, value))
    return out


def fnv1a(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def c_string(data):
    out = []
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C, 0x3F):
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cldr", default="/usr/share/unicode/cldr/common/main")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    # word -> {(kind, value): language mask}
    words = {}
    for index, lang in enumerate(LANGUAGES):
        for word, kind, value in collect(args.cldr, lang):
            if not word:
                continue
            for form in {word, strip_accents(word)}:
                meanings = words.setdefault(form.encode("utf-8"), {})
                key = (kind, value)
                meanings[key] = meanings.get(key, 0) | (1 << index)
    # Words of several words ("thứ hai", "a las") announce themselves on
    # their first word, so that the scanner tries the longer reading.
    heads = set()
    for word in list(words):
        if b" " in word:
            heads.add(word.split(b" ")[0])
    for head in heads:
        words.setdefault(head, {})[("kMultiHead", 0)] = 0

    ordered = sorted(words)
    text = b"".join(ordered)
    if len(text) >= 1 << 16 or len(ordered) >= 1 << 15:
        raise SystemExit("table too large for its 16-bit offsets")
    meanings = []
    entries = []
    offset = 0
    for word in ordered:
        first = len(meanings)
        for (kind, value), mask in sorted(words[word].items()):
            meanings.append((kind, value, mask))
        entries.append((offset, len(word), first, len(meanings) - first))
        offset += len(word)
    slots_size = 1
    while slots_size < 2 * len(ordered):
        slots_size *= 2
    slots = [0] * slots_size
    for index, word in enumerate(ordered):
        h = fnv1a(word) & (slots_size - 1)
        while slots[h]:
            h = (h + 1) & (slots_size - 1)
        slots[h] = index + 1

    lines = []
    lines.append("// Copyright 2026 The lede Authors.")
    lines.append("// SPDX-License-Identifier: Apache-2.0")
    lines.append("//")
    lines.append("// GENERATED by scripts/cldr/gen_date_words.py from the "
                 "Unicode CLDR")
    lines.append("// (Unicode-DFS-2016, see LICENSES/Unicode-DFS-2016.txt). "
                 "DO NOT EDIT. Regenerate:")
    lines.append("//   /usr/bin/python3 scripts/cldr/gen_date_words.py "
                 "--out src/internal/date/lang/words_data.inc")
    lines.append("// clang-format off")
    lines.append("")
    lines.append(f"inline constexpr int kWordCount = {len(ordered)};")
    lines.append(f"inline constexpr int kWordSlotCount = {slots_size};")
    lines.append("")
    lines.append("// Every folded word, back to back; kWords gives offsets.")
    lines.append("inline constexpr char kWordText[] =")
    chunk = b""
    for word in ordered:
        chunk += word
        if len(chunk) > 48:
            lines.append(f'    "{c_string(chunk)}"')
            chunk = b""
    if chunk:
        lines.append(f'    "{c_string(chunk)}"')
    lines[-1] += ";"
    lines.append("")
    lines.append("inline constexpr WordMeaning kWordMeanings[] = {")
    for kind, value, mask in meanings:
        lines.append(f"    {{WordKind::{kind}, {value}, 0x{mask:05x}}},")
    lines.append("};")
    lines.append("")
    lines.append("inline constexpr WordEntry kWords[] = {")
    for (off, length, first, count), word in zip(entries, ordered):
        comment = word.decode("utf-8").replace("*/", "")
        lines.append(f"    {{{off}, {length}, {first}, {count}}},  "
                     f"// {comment}")
    lines.append("};")
    lines.append("")
    lines.append("// Open addressing on FNV-1a of the folded word: "
                 "1 + index into kWords, 0 empty.")
    lines.append("inline constexpr std::uint16_t kWordSlots[] = {")
    for i in range(0, slots_size, 16):
        lines.append("    " + ", ".join(str(s) for s in slots[i:i + 16]) + ",")
    lines.append("};")
    lines.append("")
    lines.append("// clang-format on")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{args.out}: {len(ordered)} words, {len(meanings)} meanings",
          file=sys.stderr)


if __name__ == "__main__":
    main()
