// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The control for the compile-failure tests: correct use compiles, so their
// failure is the misuse's, not the harness's.

#include <string>

#include "lede/article.h"

int main() {
  const std::string text = "Body.\n";
  lede::ArticleParser parser;
  return parser.Parse(text).ok() ? 0 : 1;
}
