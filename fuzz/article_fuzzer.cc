// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ArticleParser::Parse on any bytes, twice with one reused parser: no crash,
// no hang, every invariant of tests/testing/article_invariants.h holds, and
// the reused parser gives the same answer as a fresh one.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lede/article.h"
#include "tests/testing/article_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  static lede::ArticleParser* reused = new lede::ArticleParser();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<lede::ArticleView> view = reused->Parse(text);
  if (!view.ok()) std::abort();  // no caps are set: every input parses
  const std::string broken = lede_testing::CheckArticleInvariants(*view);
  if (!broken.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
    std::abort();
  }
  lede::ArticleParser fresh;
  absl::StatusOr<lede::ArticleView> again = fresh.Parse(text);
  if (!again.ok() || again->sections.size() != view->sections.size() ||
      again->stats.words != view->stats.words ||
      again->warnings.size() != view->warnings.size()) {
    std::abort();
  }
  return 0;
}
