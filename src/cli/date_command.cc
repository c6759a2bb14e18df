// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// `lede date`: the date parser on the command line, through the public API
// only.

#include "date_command.h"

#include <cstdio>
#include <string>
#include <string_view>

#include "lede/date.h"
#include "output.h"

namespace lede_cli {
namespace {

constexpr char kUsageLine[] = "usage: lede date [--day-first] STRING...";
constexpr char kUsage[] = "usage: lede date [--day-first] STRING...\n";
constexpr char kHelp[] =
    "\n"
    "Parses each STRING as one date and prints it as ISO 8601 at the "
    "precision\n"
    "it was written with (2024, 2024-03, 2024-03-25, 2024-03-25T10:05, ...),\n"
    "with Z or +09:00 when the string gave a zone.\n"
    "\n"
    "options:\n"
    "  --day-first   read 03/04/2024 as 3 April (default: March 4)\n"
    "  -h, --help    show this help\n"
    "  --            end of options\n"
    "\n"
    "exit status: 0 when every STRING is a date, 1 when one is not, 2 on a\n"
    "usage error.\n";

// Writes `text` in double quotes with '"', '\\' and control bytes escaped, so
// that a line on stderr always names its string unambiguously.
void AppendQuoted(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(ch);
    } else if (c < 0x20 || c == 0x7f) {
      out->append("\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(ch);
    }
  }
  out->push_back('"');
}

}  // namespace

int RunDateCommand(int argc, char** argv) {
  lede::DateOptions options;
  int first = 1;
  for (; first < argc; ++first) {
    const std::string_view arg = argv[first];
    if (arg == "--") {
      ++first;
      break;
    }
    if (arg == "-h" || arg == "--help") {
      const std::string help = std::string(kUsage) + kHelp;
      return WriteStdout(help) ? 0 : ReportStdoutFailure("date", 1);
    }
    if (arg == "--day-first") {
      options.day_first = true;
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      return UsageError("date", "unknown option", arg, kUsageLine);
    }
    break;
  }
  if (first >= argc) {
    return UsageError("date", "no STRING given", "", kUsageLine);
  }

  int status = 0;
  std::string line;
  for (int i = first; i < argc; ++i) {
    const std::string_view text = argv[i];
    const absl::StatusOr<lede::DateTime> date = lede::ParseDate(text, options);
    line.clear();
    if (date.ok()) {
      date->AppendIso8601(&line);
      line.push_back('\n');
      if (!WriteStdout(line)) break;  // the output is gone: stop at once
      continue;
    }
    status = 1;
    line = "lede date: ";
    AppendQuoted(text, &line);
    line.append(": ");
    const auto message = date.status().message();  // absl::string_view
    line.append(message.data(), message.size());
    line.push_back('\n');
    WriteStderr(line);
  }
  return ReportStdoutFailure("date", status);
}

}  // namespace lede_cli
