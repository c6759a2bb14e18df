// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#ifndef LEDE_SRC_CLI_PARSE_COMMAND_H_
#define LEDE_SRC_CLI_PARSE_COMMAND_H_

namespace lede_cli {

// RunParseCommand()
//
// Runs `lede parse`; argv[0] is "parse". Returns the exit status: 0 when
// every input was read, 1 when one could not be, 2 on a usage error.
int RunParseCommand(int argc, char** argv);

}  // namespace lede_cli

#endif  // LEDE_SRC_CLI_PARSE_COMMAND_H_
