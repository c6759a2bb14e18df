// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Must not compile: a const temporary string dies at the end of the
// statement too, before the view that would point into it.

#include <string>

#include "lede/article.h"

const std::string GetConstString() { return "Body.\n"; }

int main() {
  lede::ArticleParser parser;
  return parser.Parse(GetConstString()).ok() ? 0 : 1;
}
