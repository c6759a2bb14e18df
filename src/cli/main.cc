// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The `lede` command: `lede date` and `lede parse`. It links lede::lede like
// any other user and uses only the public API.

#include <new>
#include <string>
#include <string_view>

#include "date_command.h"
#include "lede/version.h"
#include "output.h"
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
    "  -h, --help              show this help (also: lede <command> --help,\n"
    "                          lede help <command>)\n"
    "  --version               print lede's version\n"
    "\n"
    "examples:\n"
    "  lede parse examples/inline-date.txt\n"
    "  lede parse --threads 2 corpus/ > articles.jsonl\n"
    "  printf 'one article\\0another' | lede parse --null-data\n"
    "  lede date 'Mon, 25 Mar 2024 10:05:30 +0900'\n";

constexpr char kUsageLine[] = "usage: lede <command> [options] [args]";

int UsageError(std::string_view message, std::string_view arg) {
  return lede_cli::UsageError("", message, arg, kUsageLine);
}

int Run(int argc, char** argv) {
  if (argc < 2) return UsageError("no command given", "");
  const std::string_view command = argv[1];
  if (command == "help" && argc > 2) {
    // `lede help parse` is `lede parse --help`.
    static char help_flag[] = "--help";
    char* args[] = {argv[2], help_flag, nullptr};
    const std::string_view topic = argv[2];
    if (topic == "date") return lede_cli::RunDateCommand(2, args);
    if (topic == "parse") return lede_cli::RunParseCommand(2, args);
    return UsageError("no help on", topic);
  }
  if (command == "-h" || command == "--help" || command == "help") {
    return lede_cli::WriteStdout(kUsage) ? 0
                                         : lede_cli::ReportStdoutFailure("", 1);
  }
  if (command == "--version" || command == "version") {
    const std::string line = "lede " + std::string(lede::Version()) + "\n";
    return lede_cli::WriteStdout(line) ? 0
                                       : lede_cli::ReportStdoutFailure("", 1);
  }
  if (command == "date") return lede_cli::RunDateCommand(argc - 1, argv + 1);
  if (command == "parse") return lede_cli::RunParseCommand(argc - 1, argv + 1);
  if (!command.empty() && command[0] == '-') {
    return UsageError("unknown option", command);
  }
  return UsageError("unknown command", command);
}

}  // namespace

int main(int argc, char** argv) {
  // Memory that runs out outside the per-input handling (the command line,
  // the list of inputs) ends the run with a line, not an abort.
  try {
    return Run(argc, argv);
  } catch (const std::bad_alloc&) {
    lede_cli::WriteStderr("lede: out of memory\n");
    return 1;
  }
}
