// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// JsonWriter and TableWriter on Parse(x) for any bytes: the JSON is one valid
// UTF-8 JSON object, pretty or not, with or without text, in prose or not;
// a flat JSON Lines record is one valid JSON object and line.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lede/article.h"
#include "lede/json.h"
#include "lede/table.h"
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
  for (int variant = 0; variant < 4; ++variant) {
    lede::JsonOptions options;
    options.source = "fuzz\x01\"input\xff";
    options.pretty = variant == 1;
    options.include_text = variant != 2;
    options.prose = variant == 3;
    out->clear();
    lede::JsonWriter(options).Write(*view, out);
    const std::string error = lede_testing::CheckJson(*out);
    if (!error.empty() || out->empty() || (*out)[0] != '{') {
      std::fprintf(stderr, "invalid JSON: %s\n", error.c_str());
      std::abort();
    }
  }
  static lede::TableWriter* table = [] {
    lede::TableOptions options;
    options.format = lede::TableFormat::kJsonLines;
    for (int i = 0; i < lede::kTableFieldCount; ++i) {
      options.fields.push_back(static_cast<lede::TableField>(i));
    }
    options.prose = true;
    return new lede::TableWriter(options);
  }();
  out->clear();
  table->Write(*view, "fuzz\x01\"input\xff", out);
  if (out->empty() || out->back() != '\n' ||
      !lede_testing::CheckJson(
           std::string_view(*out).substr(0, out->size() - 1))
           .empty() ||
      out->find('\n') != out->size() - 1) {
    std::fprintf(stderr, "invalid record: %s\n", out->c_str());
    std::abort();
  }
  return 0;
}
