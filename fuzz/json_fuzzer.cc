// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ToJson(Parse(x)) on any bytes: the output is one valid UTF-8 JSON object,
// pretty or not, with or without text.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lede/article.h"
#include "lede/json.h"
#include "tests/testing/article_invariants.h"
#include "tests/testing/json_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  static lede::ArticleParser* parser = new lede::ArticleParser();
  static std::string* out = new std::string();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<lede::ArticleView> view = parser->Parse(text);
  if (!view.ok()) std::abort();
  const std::string broken = lede_testing::CheckArticleInvariants(*view);
  if (!broken.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
    std::abort();
  }
  for (int variant = 0; variant < 3; ++variant) {
    lede::JsonOptions options;
    options.source = "fuzz\x01\"input\xff";
    options.pretty = variant == 1;
    options.include_text = variant != 2;
    out->clear();
    lede::ToJson(*view, options, out);
    const std::string error = lede_testing::CheckJson(*out);
    if (!error.empty() || out->empty() || (*out)[0] != '{') {
      std::fprintf(stderr, "invalid JSON: %s\n", error.c_str());
      std::abort();
    }
  }
  return 0;
}
