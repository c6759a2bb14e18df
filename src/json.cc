// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Placeholder: only the source is written.

#include "lede/json.h"

namespace lede {

void ToJson(const ArticleView&, const JsonOptions& options, std::string* out) {
  out->append("{\"source\":\"");
  out->append(options.source.data(), options.source.size());
  out->append("\"}");
}

}  // namespace lede
