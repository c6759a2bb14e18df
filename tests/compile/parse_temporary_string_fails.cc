// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Must not compile: the view would point into a string that dies at the end
// of the statement.

#include <string>

#include "lede/article.h"

int main() {
  lede::ArticleParser parser;
  return parser.Parse(std::string("Body.\n")).ok() ? 0 : 1;
}
