// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// JsonWriter: one pass over the view, appending straight into the caller's
// string; the strings go through the escaper of src/internal/json/escape.h.

#include "lede/json.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "lede/article.h"
#include "lede/date.h"
#include "src/internal/header/scalar_type.h"
#include "src/internal/json/escape.h"
#include "src/internal/text/text_class.h"

namespace lede {

// Writes JSON values, keeping track of commas and, when pretty, of
// indentation (two spaces a level, as Python's json.dumps(indent=2)).
namespace internal {

class JsonOutput {
 public:
  JsonOutput(std::string* out, bool pretty) : out_(out), pretty_(pretty) {}

  std::string* out() const { return out_; }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // Starts the member `key` of the current object; write its value next.
  void Key(std::string_view key) {
    if (!pretty_) {
      char member[kMaxMember];
      out_->append(member,
                   static_cast<std::size_t>(CompactKey(key, member) - member));
      value_pending_ = true;
      return;
    }
    Separate();
    out_->push_back('"');
    out_->append(key.data(), key.size());  // our keys need no escaping
    out_->append("\": ");
    value_pending_ = true;
  }

  // The members with a value of our own, written in one append when
  // compact: `key` and then the value's bytes.
  template <typename Integer>
  void NumberMember(std::string_view key, Integer value) {
    Member(key, [value](char* p) {
      return std::to_chars(p, p + kMaxDigits, value).ptr;
    });
  }
  void NullMember(std::string_view key) { LiteralMember(key, "null"); }
  void BoolMember(std::string_view key, bool value) {
    LiteralMember(key, value ? std::string_view("true") : "false");
  }
  // `text` needs no escaping (a name of ours).
  void PlainStringMember(std::string_view key, std::string_view text) {
    if (text.size() > kMaxMember - kMaxKey - 8) {
      Key(key);
      PlainString(text);
      return;
    }
    Member(key, [text](char* p) {
      *p++ = '"';
      std::memcpy(p, text.data(), text.size());
      p += text.size();
      *p++ = '"';
      return p;
    });
  }

  // BeginObject() and Key(key), in one append when compact.
  void BeginObjectWithKey(std::string_view key) {
    if (pretty_) {
      BeginObject();
      Key(key);
      return;
    }
    char member[kMaxMember];
    char* p = member;
    if (value_pending_) {
      value_pending_ = false;
    } else if (!empty_) {
      *p++ = ',';
    }
    *p++ = '{';
    ++depth_;
    empty_ = true;
    p = CompactKey(key, p);
    out_->append(member, static_cast<std::size_t>(p - member));
    value_pending_ = true;
  }

  // Starts a member whose key comes from the input, lower-cased.
  void LowerCaseKey(std::string_view key) {
    Separate();
    internal::AppendJsonString(key, /*lower_case=*/true, out_);
    out_->append(pretty_ ? ": " : ":");
    value_pending_ = true;
  }

  void String(std::string_view text) {
    Separate();
    internal::AppendJsonString(text, /*lower_case=*/false, out_);
  }

  // Starts a string value (its opening quote); the caller writes the rest.
  void BeginString() {
    Separate();
    out_->push_back('"');
  }

  // A string we wrote ourselves that needs no escaping (names, ISO dates).
  void PlainString(std::string_view text) {
    Separate();
    out_->push_back('"');
    out_->append(text.data(), text.size());
    out_->push_back('"');
  }

  void Null() {
    Separate();
    out_->append("null", 4);
  }

  void Bool(bool value) {
    Separate();
    if (value) {
      out_->append("true", 4);
    } else {
      out_->append("false", 5);
    }
  }

  template <typename Integer>
  void Number(Integer value) {
    Separate();
    char digits[24];
    const std::to_chars_result result =
        std::to_chars(digits, digits + sizeof(digits), value);
    out_->append(digits, static_cast<std::size_t>(result.ptr - digits));
  }

  // A finite double, shortest form that reads back the same; null if not
  // finite (JSON has no infinities).
  void Double(double value) {
    if (!std::isfinite(value)) {
      Null();
      return;
    }
    Separate();
    char digits[32];
    const std::to_chars_result result =
        std::to_chars(digits, digits + sizeof(digits), value);
    out_->append(digits, static_cast<std::size_t>(result.ptr - digits));
  }

  void Iso8601(const DateTime& date) {
    Separate();
    out_->push_back('"');
    // Digits, '-', ':', 'T', '.', 'Z', '+': nothing to escape.
    date.AppendIso8601(out_);
    out_->push_back('"');
  }

  // The members "offset" and "length".
  void Place(std::size_t offset, std::size_t length) {
    NumberMember("offset", offset);
    NumberMember("length", length);
  }

 private:
  static constexpr std::size_t kMaxKey = 32;     // our longest key is 19
  static constexpr std::size_t kMaxDigits = 24;  // a 64-bit integer
  static constexpr std::size_t kMaxMember = 96;

  // Writes the compact separator and `"key":` at `p`; returns the end.
  char* CompactKey(std::string_view key, char* p) {
    if (!empty_) *p++ = ',';
    empty_ = false;
    *p++ = '"';
    std::memcpy(p, key.data(), key.size());
    p += key.size();
    *p++ = '"';
    *p++ = ':';
    return p;
  }

  // `key` and the value `fill(p)` writes at `p` (returning its end).
  template <typename Fill>
  void Member(std::string_view key, Fill fill) {
    char member[kMaxMember];
    char* p = member;
    if (pretty_) {
      Key(key);
      Separate();
    } else {
      p = CompactKey(key, p);
    }
    p = fill(p);
    out_->append(member, static_cast<std::size_t>(p - member));
  }

  void LiteralMember(std::string_view key, std::string_view literal) {
    Member(key, [literal](char* p) {
      std::memcpy(p, literal.data(), literal.size());
      return p + literal.size();
    });
  }

  // Before a value: the comma after the previous element and, when pretty,
  // the new line and indentation (not after a key: the value follows it).
  void Separate() {
    if (value_pending_) {
      value_pending_ = false;
      return;
    }
    if (!empty_) out_->push_back(',');
    empty_ = false;
    if (pretty_ && depth_ > 0) NewLine(depth_);
  }

  void Open(char bracket) {
    Separate();
    out_->push_back(bracket);
    ++depth_;
    empty_ = true;
  }

  void Close(char bracket) {
    --depth_;
    if (pretty_ && !empty_) NewLine(depth_);
    out_->push_back(bracket);
    empty_ = false;  // the container is an element of its parent
  }

  void NewLine(int depth) {
    out_->push_back('\n');
    out_->append(static_cast<std::size_t>(depth) * 2, ' ');
  }

  std::string* out_;
  bool pretty_;
  int depth_ = 0;
  bool empty_ = true;  // nothing written yet in the current container
  bool value_pending_ = false;
};

}  // namespace internal

namespace {

using Output = internal::JsonOutput;

// The members of a span after its "text" key.
void WriteSpanRest(std::string_view text, const TextSpan& span,
                   Output& output) {
  output.String(text);
  output.Place(span.offset, span.length);
}

void WriteSpan(const TextSpan& span, Output& output) {
  output.BeginObjectWithKey("text");
  WriteSpanRest(span.text, span, output);
  output.EndObject();
}

void WriteOptionalSpan(const std::optional<TextSpan>& span, Output& output) {
  if (span) {
    WriteSpan(*span, output);
  } else {
    output.Null();
  }
}

void WriteSpans(absl::Span<const TextSpan> spans, Output& output) {
  output.BeginArray();
  for (const TextSpan& span : spans) WriteSpan(span, output);
  output.EndArray();
}

// A string key's value, or null for an empty one.
void WriteNonEmpty(std::string_view text, Output& output) {
  if (text.empty()) {
    output.Null();
  } else {
    output.String(text);
  }
}

// The date object: what the DateTime knows, and where its text is.
void WriteDate(const DateTime& date, const std::optional<TextSpan>& text,
               Output& output) {
  output.BeginObject();
  output.Key("iso");
  output.Iso8601(date);
  output.PlainStringMember("precision", DatePrecisionName(date.precision));
  output.Key("text");
  if (text) {
    output.String(text->text);
    output.Place(text->offset, text->length);
  } else {
    output.Null();
    output.NullMember("offset");
    output.NullMember("length");
  }
  output.Key("utc_offset_minutes");
  if (date.utc_offset_minutes) {
    output.Number(*date.utc_offset_minutes);
  } else {
    output.Null();
  }
  output.Key("zone");
  WriteNonEmpty(date.zone(), output);
  output.Key("zone_name");
  WriteNonEmpty(date.zone_name(), output);
  output.BoolMember("zone_ambiguous", date.zone_ambiguous);
  output.BoolMember("zone_assumed", date.zone_assumed);
  output.BoolMember("day_month_ambiguous", date.day_month_ambiguous);
  output.Key("alternate");
  const std::optional<DateTime> alternate = date.AlternateReading();
  if (alternate) {
    output.Iso8601(*alternate);
  } else {
    output.Null();
  }
  output.BoolMember("year_expanded", date.year_expanded);
  output.Key("weekday");
  if (date.weekday) {
    output.PlainString(WeekdayName(*date.weekday));
  } else {
    output.Null();
  }
  output.BoolMember("weekday_mismatch", date.weekday_mismatch);
  output.Key("language");
  if (date.language) {
    output.PlainString(LanguageCode(*date.language));
  } else {
    output.Null();
  }
  output.EndObject();
}

void WriteOptionalDate(const std::optional<DateTime>& date,
                       const std::optional<TextSpan>& text, Output& output) {
  if (date) {
    WriteDate(*date, text, output);
  } else {
    output.Null();
  }
}

// "boolean", "integer", "float" and "date": the typed value under the key of
// its type, null under the others (and all null for a string).
void WriteTypedValue(const HeaderField& field, Output& output) {
  namespace hu = internal::header_util;
  const std::string_view text = field.value.text;
  output.Key("boolean");
  const std::optional<bool> boolean = field.type == ValueType::kBoolean
                                          ? hu::ScalarBoolean(text)
                                          : std::nullopt;
  if (boolean) {
    output.Bool(*boolean);
  } else {
    output.Null();
  }
  output.Key("integer");
  const std::optional<std::int64_t> integer = field.type == ValueType::kInteger
                                                  ? hu::ScalarInteger(text)
                                                  : std::nullopt;
  if (integer) {
    output.Number(*integer);
  } else {
    output.Null();
  }
  output.Key("float");
  const std::optional<double> number =
      field.type == ValueType::kFloat ? hu::ScalarFloat(text) : std::nullopt;
  if (number) {
    output.Double(*number);
  } else {
    output.Null();
  }
  output.Key("date");
  if (field.type == ValueType::kDate) {
    // Front-matter dates are ISO 8601, which no DateOptions change. A date
    // lede cannot read (a TOML time of day after it, "2024-02-30") is null.
    const absl::StatusOr<DateTime> date = ParseDate(text);
    if (date.ok()) {
      WriteDate(*date, field.value, output);
    } else {
      output.Null();
    }
  } else {
    output.Null();
  }
}

void WriteHeaderField(const HeaderField& field, Output& output) {
  output.BeginObject();
  output.Key("key");
  WriteSpan(field.key, output);
  output.Key("value");
  WriteSpan(field.value, output);
  output.BoolMember("is_list", field.is_list);
  output.Key("items");
  WriteSpans(field.items, output);
  output.PlainStringMember("type", ValueTypeName(field.type));
  WriteTypedValue(field, output);
  output.EndObject();
}

// Orders strings ignoring ASCII case.
int CompareIgnoringCase(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(internal::AsciiLower(a[i]));
    const auto y = static_cast<unsigned char>(internal::AsciiLower(b[i]));
    if (x != y) return x < y ? -1 : 1;
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

void WriteStats(const Stats& stats, Output& output) {
  output.BeginObject();
  output.NumberMember("bytes", stats.bytes);
  output.NumberMember("words", stats.words);
  output.NumberMember("cjk_characters", stats.cjk_characters);
  output.NumberMember("sentences", stats.sentences);
  output.NumberMember("paragraphs", stats.paragraphs);
  output.NumberMember("sections", stats.sections);
  output.NumberMember("reading_minutes", stats.reading_minutes);
  output.EndObject();
}

void WriteWarnings(absl::Span<const Warning> warnings, Output& output) {
  output.BeginArray();
  for (const Warning& warning : warnings) {
    output.BeginObject();
    output.PlainStringMember("code", WarningCodeName(warning.code));
    output.NumberMember("offset", warning.offset);
    output.Key("message");
    output.String(warning.message);
    output.EndObject();
  }
  output.EndArray();
}

void WriteByline(const Byline& byline, Output& output) {
  output.BeginObjectWithKey("text");
  WriteSpanRest(byline.text.text, byline.text, output);
  output.Key("authors");
  output.BeginArray();
  for (const Author& author : byline.authors) {
    output.BeginObject();
    output.Key("name");
    WriteSpan(author.name, output);
    output.Key("role");
    WriteOptionalSpan(author.role, output);
    output.EndObject();
  }
  output.EndArray();
  output.EndObject();
}

void WriteDateline(const Dateline& dateline, Output& output) {
  output.BeginObjectWithKey("text");
  WriteSpanRest(dateline.text.text, dateline.text, output);
  output.Key("place");
  WriteSpan(dateline.place, output);
  output.Key("date_text");
  WriteOptionalSpan(dateline.date_text, output);
  output.Key("source");
  WriteOptionalSpan(dateline.source, output);
  output.EndObject();
}

}  // namespace

void JsonWriter::WriteText(std::string_view text, bool prose,
                           internal::JsonOutput& output) {
  if (prose) text = internal::ProseText(text, &prose_);
  if (!sink_ || text.size() <= chunk_bytes_) {
    output.String(text);
    return;
  }
  // A text longer than a chunk goes out in chunks too.
  std::string* const out = output.out();
  const std::size_t piece = std::max<std::size_t>(chunk_bytes_, 4096);
  output.BeginString();
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t cut = internal::SafeCut(text, at + piece);
    internal::AppendJsonStringContent(text.substr(at, cut - at),
                                      /*lower_case=*/false, out);
    at = cut;
    MaybeFlush(out);
  }
  out->push_back('"');
}

// The value of the first field of each key, ignoring case. Sorting makes
// the grouping O(n log n) however many fields a (hostile) header has.
void JsonWriter::WriteHeaderValues(const ArticleView& article,
                                   internal::JsonOutput& output) {
  const absl::Span<const HeaderField> fields = article.headers;
  output.BeginObject();
  const std::size_t n = fields.size();
  if (n > 0) {
    key_order_.resize(n);
    key_first_.assign(n, 1);
    for (std::size_t i = 0; i < n; ++i) key_order_[i] = i;
    std::sort(key_order_.begin(), key_order_.end(),
              [fields](std::size_t a, std::size_t b) {
                const int c =
                    CompareIgnoringCase(fields[a].key.text, fields[b].key.text);
                return c != 0 ? c < 0 : a < b;
              });
    for (std::size_t k = 1; k < n; ++k) {
      if (CompareIgnoringCase(fields[key_order_[k - 1]].key.text,
                              fields[key_order_[k]].key.text) == 0) {
        key_first_[key_order_[k]] = 0;
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (!key_first_[i]) continue;
      output.LowerCaseKey(fields[i].key.text);
      output.String(fields[i].value.text);
    }
  }
  output.EndObject();
}

void JsonWriter::MaybeFlush(std::string* out) {
  if (sink_ && out->size() >= chunk_bytes_) Flush(out);
}

void JsonWriter::SetChunkSink(std::size_t chunk_bytes, ChunkSink sink) {
  chunk_bytes_ = chunk_bytes;
  sink_ = std::move(sink);
}

void JsonWriter::Flush(std::string* out) {
  if (!sink_ || out->empty()) return;
  sink_(*out);
  out->clear();
}

void JsonWriter::Write(const ArticleView& article, std::string* out) {
  Write(article, options_.source, out);
}

void JsonWriter::Write(const ArticleView& article, std::string_view source,
                       std::string* out) {
  internal::JsonOutput output(out, options_.pretty);
  output.BeginObject();
  output.NumberMember("schema_version", kJsonSchemaVersion);
  output.Key("source");
  output.String(source);
  output.PlainStringMember("format", DocumentFormatName(article.format));
  output.PlainStringMember("header_style",
                           HeaderStyleName(article.header_style));
  output.NumberMember("header_offset", article.header_offset);
  output.NumberMember("header_length", article.header_length);
  output.NumberMember("body_offset", article.body_offset);

  output.Key("date");
  WriteOptionalDate(article.date, article.date_text, output);
  output.Key("updated");
  WriteOptionalDate(article.updated, article.updated_text, output);
  output.Key("title");
  WriteOptionalSpan(article.title, output);
  output.Key("title_heading");
  WriteOptionalSpan(article.title_heading, output);
  output.Key("byline");
  if (article.byline) {
    WriteByline(*article.byline, output);
  } else {
    output.Null();
  }
  output.Key("dateline");
  if (article.dateline) {
    WriteDateline(*article.dateline, output);
  } else {
    output.Null();
  }
  output.Key("tags");
  WriteSpans(article.tags, output);
  output.Key("lead");
  if (article.lead) {
    output.BeginObject();
    output.Key("text");
    WriteText(article.lead->text, options_.prose, output);
    output.Place(article.lead->offset, article.lead->length);
    output.EndObject();
  } else {
    output.Null();
  }

  output.Key("headers");
  output.BeginArray();
  for (const HeaderField& field : article.headers) {
    WriteHeaderField(field, output);
    MaybeFlush(out);
  }
  output.EndArray();
  output.Key("header_values");
  WriteHeaderValues(article, output);

  output.Key("sections");
  output.BeginArray();
  for (const Section& section : article.sections) {
    output.BeginObject();
    output.Key("heading");
    WriteOptionalSpan(section.heading, output);
    output.NumberMember("level", std::max(section.level, 0));
    output.Place(section.offset, section.length);
    output.Key("blocks");
    output.BeginArray();
    for (const Block& block : section.blocks) {
      if (block.kind == BlockKind::kHeading) continue;  // it is the heading
      output.BeginObject();
      output.PlainStringMember("kind", BlockKindName(block.kind));
      output.Place(block.offset, block.length);
      if (options_.include_text) {
        output.Key("text");
        WriteText(block.text,
                  options_.prose && block.kind == BlockKind::kParagraph,
                  output);
      }
      output.EndObject();
      MaybeFlush(out);
    }
    output.EndArray();
    output.EndObject();
  }
  output.EndArray();

  output.Key("stats");
  WriteStats(article.stats, output);
  output.Key("warnings");
  WriteWarnings(article.warnings, output);
  output.EndObject();
}

void ToJson(const ArticleView& article, const JsonOptions& options,
            std::string* out) {
  JsonWriter writer(options);
  writer.Write(article, out);
}

}  // namespace lede
