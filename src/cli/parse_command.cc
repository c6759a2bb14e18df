// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Placeholder until the `lede parse` command lands.

#include "parse_command.h"

#include <cstdio>

namespace lede_cli {

int RunParseCommand(int, char**) {
  std::fputs("lede parse: not implemented yet\n", stderr);
  return 1;
}

}  // namespace lede_cli
