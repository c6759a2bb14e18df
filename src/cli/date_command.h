// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#ifndef LEDE_SRC_CLI_DATE_COMMAND_H_
#define LEDE_SRC_CLI_DATE_COMMAND_H_

namespace lede_cli {

// RunDateCommand()
//
// Runs `lede date [options] [STRING... | -]`; argv[0] is "date". Prints one ISO
// 8601 line per string on stdout and, for a string that is not a date, one
// line on stderr naming it and saying why (with --json, one JSON object per
// string on stdout, in order, either way). With no STRING and stdin not a
// terminal, or for "-", reads one string per line from stdin. Returns the
// exit status: 0 when every string was a date, 1 when one was not or the
// output could not be written, 2 on a usage error.
int RunDateCommand(int argc, char** argv);

}  // namespace lede_cli

#endif  // LEDE_SRC_CLI_DATE_COMMAND_H_
