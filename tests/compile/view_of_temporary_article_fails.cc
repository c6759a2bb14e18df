// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Must not compile: the view of a temporary Article points into storage that
// dies at the end of the statement.

#include "lede/article.h"

int main() {
  lede::ArticleParser parser;
  const absl::StatusOr<lede::ArticleView> view = parser.Parse("Body.\n");
  const lede::ArticleView& dangling = lede::Article(*view).view();
  return dangling.input.empty() ? 0 : 1;
}
