// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: json.h
// -----------------------------------------------------------------------------
//
// The JSON form of an article's metadata, as `lede parse` prints it and as
// other languages read it. One object per article, with the keys, in order:
//
//   source          the path the article came from, or "-" for stdin
//   date            ISO 8601 at the precision carried ("2024-03-25",
//                   "2024-03-25T10:05+09:00"), as `lede date` prints it, or
//                   null
//   date_precision  "year" | "month" | "day" | "minute" | "second" |
//                   "fraction", or null
//   date_text       the date's exact text in the input, or null
//   updated         the updated/modified date in the form of `date`, or null
//   headers         {key: value}: the header or front-matter fields in input
//                   order, keys lower-cased (ASCII). A scalar is a string (its
//                   quotes removed, its escapes resolved), a list an array of
//                   strings. A key given more than once (ignoring case) is one
//                   array, at its first place, of every value in input order,
//                   a list's items flattened into it. Nothing else is typed.
//   title, byline, lead      strings, or null
//   authors         [name, ...] from the byline
//   dateline        {"place": string, "date_text": string|null}, or null
//   tags            [tag, ...]
//   sections        [{"heading": string|null, "level": int, "offset": int,
//                     "length": int, "paragraphs": [block, ...]}, ...]
//                   where a block is {"offset": int, "length": int,
//                   "text": string} and a block that is not a plain paragraph
//                   (a list, quote, code block, rule, table or HTML) carries
//                   "kind" first: {"kind": "list", "offset": ...}. Offsets and
//                   lengths are bytes of the original input.
//   stats           {"bytes", "words", "sentences", "paragraphs", "sections",
//                    "reading_minutes"}: integers, as the parser counted them
//   warnings        [{"code": string, "offset": int, "message": string}, ...]
//
//   std::string out;                       // reuse it: appending to a string
//   lede::JsonOptions json;                // with capacity does not allocate
//   json.source = "article.txt";
//   lede::ToJson(*view, json, &out);       // appends one object
//   out.push_back('\n');                   // JSON Lines
//
// The output is always valid UTF-8 JSON: strings are escaped exactly (`"`,
// `\`, and every control character: \b \f \n \r \t, the others as \u00XX;
// DEL and everything above U+001F stay as they are), and bytes that are not
// UTF-8 are written as one U+FFFD per maximal invalid subsequence (the parser
// warns with their offset). Compact output has no white space; `pretty`
// output is indented by two spaces with ": " after keys, byte for byte what
// Python's `json.dumps(value, indent=2, ensure_ascii=False)` writes.

#ifndef LEDE_JSON_H_
#define LEDE_JSON_H_

#include <cstddef>
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
  // Leave out every `text` key (the paragraphs' texts) when false.
  bool include_text = true;
};

// ToJson()
//
// Appends the JSON object for `article` to `*out`, without a trailing newline.
// Allocates only when `*out` must grow, apart from a per-thread scratch for
// grouping header keys that grows to the largest header seen and is then
// reused. Thread-safe: calls on different threads share nothing.
LEDE_EXPORT void ToJson(const ArticleView& article, const JsonOptions& options,
                        std::string* out);

// JsonFlush
//
// Where ToJson() may hand over what it has written so far, so that the JSON
// of a large article goes out as it is produced instead of being held whole.
// Between two sections, two blocks or two header fields, whenever `*out`
// holds `bytes` or more, ToJson() calls `flush(context, out)`, which writes
// the bytes somewhere and clears `*out` (leaving it as it is keeps them).
struct JsonFlush {
  std::size_t bytes = std::size_t{1} << 20;
  void (*flush)(void* context, std::string* out) = nullptr;
  void* context = nullptr;
};

// ToJson()
//
// As above, handing the output to `flush` as it grows; the concatenation of
// every flushed piece and the final `*out` is what ToJson() above appends.
LEDE_EXPORT void ToJson(const ArticleView& article, const JsonOptions& options,
                        std::string* out, const JsonFlush& flush);

}  // namespace lede

#endif  // LEDE_JSON_H_
