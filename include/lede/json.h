// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: json.h
// -----------------------------------------------------------------------------
//
// The JSON form of an article's metadata, as `lede parse` prints it and as
// other languages read it: one object per article, in one fixed shape that
// carries every field of `lede::ArticleView` and never changes a value's type
// with the data. The shape is specified, with a description of every key, by
// the JSON Schema (draft 2020-12) schema/lede.schema.json, installed as
// share/lede/lede.schema.json; docs/json.md shows each key with examples.
// Its version is the object's first key, "schema_version" (kJsonSchemaVersion).
//
// The keys, in order:
//
//   schema_version   2
//   source           the path the article came from, or "-" for stdin
//   format           "plain" | "markdown": how the body was read
//   header_style     "none" | "inline_date" | "key_value" | "yaml" | "toml" |
//                    "date_lines"
//   header_offset, header_length, body_offset     integers (bytes)
//   date, updated    a date object, or null: {"iso", "precision", "text",
//                    "offset", "length", "utc_offset_minutes", "zone",
//                    "zone_name", "zone_ambiguous", "zone_assumed",
//                    "day_month_ambiguous", "alternate", "year_expanded",
//                    "weekday", "weekday_mismatch", "language"}
//   title, title_heading, lead     a span {"text", "offset", "length"}, or null
//   byline           {"text", "offset", "length", "authors": [{"name": span,
//                    "role": span|null}]}, or null
//   dateline         {"text", "offset", "length", "place": span,
//                    "date_text": span|null, "source": span|null}, or null
//   tags             [span, ...]
//   headers          [{"key": span, "value": span, "is_list", "items": [span],
//                    "type", "boolean", "integer", "float", "date"}, ...] in
//                    input order, duplicates kept; "type" is "string",
//                    "boolean", "integer", "float", "date" or "null" (how YAML
//                    or TOML typed the value) and the typed value is in the
//                    key of that name (the others are null)
//   header_values    {key: value}: the value text of the first field of each
//                    key, keys lower-cased (ASCII), in input order
//   sections         [{"heading": span|null, "level", "offset", "length",
//                    "blocks": [{"kind", "offset", "length", "text"}]}]
//   stats            {"bytes", "words", "cjk_characters", "sentences",
//                    "paragraphs", "sections", "reading_minutes"}
//   warnings         [{"code", "offset", "message"}, ...]
//
// Offsets and lengths are bytes of the original input; a span's "text" is the
// value (quotes removed, escapes resolved, or with JsonOptions::prose the
// joined lines of a paragraph) and its offset/length locate its source.
//
//   lede::JsonWriter writer;               // reuse it, and the string: in
//   std::string out;                       // the steady state nothing
//   for (...) {                            // allocates
//     out.clear();
//     writer.Write(*view, "article.txt", &out);  // appends one object
//     out.push_back('\n');                 // JSON Lines
//   }
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
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"
#include "lede/export.h"

namespace lede {

// kJsonSchemaVersion
//
// The "schema_version" of the objects this library writes. It changes, with
// the schema's "$id" and the CHANGELOG saying how, whenever the shape does.
inline constexpr int kJsonSchemaVersion = 2;

// JsonOptions
//
// How JsonWriter (and ToJson()) write an article.
struct JsonOptions {
  // The `source` value: the path the article came from, or "-" for stdin.
  // Lifetime: must stay valid while a writer made with these options writes.
  std::string_view source = "-";
  // Indent objects for people (not JSON Lines) when true.
  bool pretty = false;
  // Leave out every block's "text" key when false (offsets and lengths stay).
  bool include_text = true;
  // Prose: in the text of paragraphs and of the lead, join hard-wrapped
  // lines and collapse the indentation after them (each run of blanks that
  // holds a line break becomes one space), for consumers that want prose.
  // Offsets and lengths still locate the source bytes.
  bool prose = false;
};

namespace internal {
class JsonOutput;
}  // namespace internal

// JsonWriter
//
// Writes articles as JSON, reusing its scratch from one Write() to the next,
// as ArticleParser reuses its buffers: once the scratch and the output string
// have grown, writing does not allocate. Not thread-safe: use one writer per
// thread. Movable, not copyable.
//
// Output goes to a std::string, appended. A writer given a chunk sink
// (SetChunkSink) hands the string over whenever it holds `chunk_bytes` or
// more after a header field, a block or a piece of a long text, and clears
// it, so an article of any size goes out in bounded memory: Write() then
// leaves only the last part in the string, and Flush() hands that over too.
class LEDE_EXPORT JsonWriter {
 public:
  // A function that takes a chunk of output. Lifetime: `chunk` is valid only
  // during the call.
  using ChunkSink = std::function<void(std::string_view chunk)>;

  explicit JsonWriter(const JsonOptions& options = {}) : options_(options) {}
  JsonWriter(JsonWriter&&) noexcept = default;
  JsonWriter& operator=(JsonWriter&&) noexcept = default;
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // JsonWriter::Write()
  //
  // Appends the JSON object for `article` to `*out`, without a trailing new
  // line, with `source` as its "source" (options().source without it).
  void Write(const ArticleView& article, std::string_view source,
             std::string* out);
  void Write(const ArticleView& article, std::string* out);

  // JsonWriter::SetChunkSink()
  //
  // From now on, hands `*out` to `sink` and clears it whenever it holds at
  // least `chunk_bytes` after a header field or a block; a block's text
  // longer than that (or than 4 KiB) is written in pieces of about that many
  // input bytes, each handed over, so a chunk exceeds `chunk_bytes` by at
  // most one field, one block's members or one escaped piece. An empty
  // `sink` turns chunking off.
  void SetChunkSink(std::size_t chunk_bytes, ChunkSink sink);

  // JsonWriter::Flush()
  //
  // Hands what is left in `*out` to the chunk sink, if there is one and
  // `*out` is not empty, and clears it.
  void Flush(std::string* out);

  // JsonWriter::options()
  //
  // Returns the options this writer was made with.
  [[nodiscard]] const JsonOptions& options() const { return options_; }

 private:
  void WriteHeaderValues(const ArticleView& article,
                         internal::JsonOutput& output);
  void WriteText(std::string_view text, bool prose,
                 internal::JsonOutput& output);
  void MaybeFlush(std::string* out);

  JsonOptions options_;
  ChunkSink sink_;
  std::size_t chunk_bytes_ = 0;
  // The grouping of header keys (ignoring case) for "header_values", and the
  // prose form of a paragraph: scratch kept from one Write() to the next.
  std::vector<std::size_t> key_order_;
  std::vector<unsigned char> key_first_;
  std::string prose_;
};

// ToJson()
//
// Appends the JSON object for `article` to `*out`, without a trailing newline,
// as a JsonWriter made with `options` does. A convenience: it makes a writer
// each call, whose scratch allocates when the article has header fields or
// `prose` joins lines; reuse a JsonWriter in a loop instead.
LEDE_EXPORT void ToJson(const ArticleView& article, const JsonOptions& options,
                        std::string* out);

}  // namespace lede

#endif  // LEDE_JSON_H_
