// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: json.h
// -----------------------------------------------------------------------------
//
// The JSON form of an article's metadata, as `lede parse` prints it and as
// other languages read it. One object per article, with the keys, in order:
// source, date, date_precision, date_text, updated, headers, title, byline,
// authors, dateline, tags, lead, sections, stats, warnings.
//
//   std::string out;                       // reuse it: appending to a string
//   lede::JsonOptions json;                // with capacity does not allocate
//   json.source = "article.txt";
//   lede::ToJson(*view, json, &out);       // appends one object
//   out.push_back('\n');                   // JSON Lines
//
// The output is always valid UTF-8 JSON: strings are escaped exactly (quotes,
// backslash, every control character) and bytes of the input that are not
// UTF-8 are written as U+FFFD (the parser warns with their offset).

#ifndef LEDE_JSON_H_
#define LEDE_JSON_H_

#include <string>
#include <string_view>

#include "lede/article.h"
#include "lede/export.h"

namespace lede {

// JsonOptions
//
// How ToJson() writes an article.
struct JsonOptions {
  // The `source` value: the path the article came from, or "-" for stdin.
  std::string_view source = "-";
  // Indent objects for people (not JSON Lines) when true.
  bool pretty = false;
  // Leave out every `text` key (paragraph texts) when false.
  bool include_text = true;
};

// ToJson()
//
// Appends the JSON object for `article` to `*out`, without a trailing newline.
// Allocates only when `*out` must grow.
LEDE_EXPORT void ToJson(const ArticleView& article, const JsonOptions& options,
                        std::string* out);

}  // namespace lede

#endif  // LEDE_JSON_H_
