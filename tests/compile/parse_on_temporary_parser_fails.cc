// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Must not compile: the view would point into the scratch of a parser that
// dies at the end of the statement.

#include <string>

#include "lede/article.h"

int main() {
  const std::string text = "Body.\n";
  return lede::ArticleParser().Parse(text).ok() ? 0 : 1;
}
