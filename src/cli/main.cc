// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The `lede` command: `lede date` and `lede parse`. It links lede::lede like
// any other user and uses only the public API.

#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "date_command.h"
#include "lede/version.h"
#include "parse_command.h"

namespace {

constexpr char kUsage[] =
    "usage: lede <command> [options] [args]\n"
    "\n"
    "lede turns news and blog articles into structured metadata.\n"
    "\n"
    "commands:\n"
    "  parse [FILE|DIR|-]...   parse articles, print one JSON object per line\n"
    "  date STRING...          parse dates, print each as ISO 8601\n"
    "\n"
    "options:\n"
    "  -h, --help              show this help (also: lede <command> --help)\n"
    "  --version               print lede's version\n"
    "\n"
    "examples:\n"
    "  lede parse examples/inline-date.txt\n"
    "  lede parse --threads 2 corpus/ > articles.jsonl\n"
    "  printf 'one article\\0another' | lede parse --null-data\n"
    "  lede date 'Mon, 25 Mar 2024 10:05:30 +0900'\n";

int UsageError(const char* message, const char* arg) {
  std::fprintf(stderr, "lede: %s%s%s\n", message, arg != nullptr ? ": " : "",
               arg != nullptr ? arg : "");
  std::fprintf(stderr,
               "usage: lede <command> [options] [args]; "
               "see 'lede --help'\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return UsageError("no command given", nullptr);
  const std::string_view command = argv[1];
  if (command == "-h" || command == "--help" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version" || command == "version") {
    std::printf("lede %s\n", std::string(lede::Version()).c_str());
    return 0;
  }
  if (command == "date") return lede_cli::RunDateCommand(argc - 1, argv + 1);
  if (command == "parse") return lede_cli::RunParseCommand(argc - 1, argv + 1);
  if (!command.empty() && command[0] == '-') {
    return UsageError("unknown option", argv[1]);
  }
  return UsageError("unknown command", argv[1]);
}
