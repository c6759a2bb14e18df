// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// What the header styles (header.cc, header_yaml.cc, header_toml.cc) share:
// lines and byte classes, unescaping into the parser's scratch, and
// FieldSink, which records fields in input order and reads their meaning
// (date, updated date, title, byline, tags) as they are added.

#ifndef LEDE_SRC_INTERNAL_HEADER_FIELDS_H_
#define LEDE_SRC_INTERNAL_HEADER_FIELDS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lede/article.h"
#include "lede/date.h"
#include "src/internal/parse_state.h"
#include "src/internal/text/lines.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace header_util {

// ---- Bytes and lines -------------------------------------------------------

// The text layer's byte classes (text_class.h) under the header's names.
inline constexpr std::uint16_t kBlankByte = kByteBlank;
inline constexpr std::uint16_t kUpperByte = kByteUpper;
inline constexpr std::uint16_t kLowerByte = kByteLower;
inline constexpr std::uint16_t kDigitByte = kByteDigit;
inline constexpr std::uint16_t kKeyByte = kByteKey;
inline constexpr std::uint16_t kHighByte = kByteHigh;
inline constexpr std::uint16_t kLineEndByte = kByteEol;

inline bool HasClass(char c, std::uint16_t mask) {
  return (ByteClass(c) & mask) != 0;
}
inline bool IsBlank(char c) { return IsBlankByte(c); }
inline bool IsDigit(char c) { return IsDigitByte(c); }
inline bool IsLetter(char c) { return HasClass(c, kByteAlpha); }

// ASCII case and blanks (text_class.h) and lines (lines.h), as the text
// layer has them.
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return EqualsIgnoreAsciiCase(a, b);
}
inline bool StartsWithIgnoreCase(std::string_view text,
                                 std::string_view prefix) {
  return StartsWithIgnoreAsciiCase(text, prefix);
}
using ::lede::internal::Line;
using ::lede::internal::LineAt;
using ::lede::internal::TrimBlanks;
using ::lede::internal::TrimTrailingBlanks;

// Returns true when `line` holds only spaces and tabs.
bool IsBlankLine(std::string_view input, const Line& line);

// Returns the start of the first line at or after `pos` that is not blank, or
// input.size().
std::size_t SkipBlankLines(std::string_view input, std::size_t pos);

// Returns the span of `part`, a view into `whole.text`: with its own offset
// and length when `whole.text` is `input`'s own bytes at `whole.offset`,
// else with `whole`'s offset and length (its source cannot be narrowed).
TextSpan PartOfSpan(std::string_view input, const TextSpan& whole,
                    std::string_view part);

// ---- Keys ------------------------------------------------------------------

// What a header key means to the article. Keys match ignoring ASCII case,
// with ' ' and '-' read as '_' ("Publish Date", "publish-date",
// "publish_date").
enum class KeyKind {
  kOther,    // any other key: kept as written, no meaning
  kKnown,    // subtitle, source, publisher, url, link, category, section,
             // language, summary, description
  kDate,     // date, published, pubdate, publish_date, created, ...
  kUpdated,  // updated, modified, last_modified, lastmod, ...
  kTitle,    // title, headline, subject
  kAuthor,   // author, authors, by, byline, from
  kTags,     // tags, keywords, categories
};

KeyKind ClassifyKey(std::string_view key);

// MailboxName()
//
// Returns the display name of a mail address: "Jane Doe" of "Jane Doe
// <jane@example.com>" (quotes removed) or of "jane@example.com (Jane Doe)";
// the address of a bare "<jane@example.com>"; `value`, trimmed, when it is
// no address. Lifetime: points into `value`.
std::string_view MailboxName(std::string_view value);

// ---- Scratch ---------------------------------------------------------------

// Appends to the parser's scratch, which the header parser reserved before
// writing any value, so that views into it stay valid. Callers check
// Fits() before writing a value.
class ScratchWriter {
 public:
  explicit ScratchWriter(std::string* scratch)
      : scratch_(scratch), begin_(scratch->size()) {}

  // Returns true when `bytes` more bytes can be written without growing.
  bool Fits(std::size_t bytes) const {
    return scratch_->capacity() - scratch_->size() >= bytes;
  }
  void Put(char c) { scratch_->push_back(c); }
  void Put(std::string_view text) {
    scratch_->append(text.data(), text.size());
  }
  // Writes `code_point` as UTF-8 (U+FFFD for a surrogate or a value past
  // U+10FFFF); at most 4 bytes.
  void PutCodePoint(std::uint32_t code_point);
  // Drops trailing spaces and tabs written by this writer.
  void TrimTrailingBlanks();
  // Drops what this writer wrote.
  void Discard() { scratch_->resize(begin_); }
  std::size_t size() const { return scratch_->size() - begin_; }
  // Lifetime: valid while the scratch is not cleared or grown.
  std::string_view Text() const {
    return std::string_view(scratch_->data() + begin_, size());
  }

 private:
  std::string* scratch_;
  std::size_t begin_;
};

// Reads `digits` hex digits of `text` at `at` into `*out`; false when there
// are fewer or one is not a hex digit.
bool ReadHex(std::string_view text, std::size_t at, int digits,
             std::uint32_t* out);

// Writes the code point spelled by `digits` hex digits of `text` at `at` (a
// \x, \u or \U escape) and returns the offset after them; returns 0, writing
// nothing, when they are not all there.
std::size_t PutHexEscape(std::string_view text, std::size_t at, int digits,
                         ScratchWriter* writer);

// EscapeTable
//
// What each byte after a backslash means in one language (YAML's and TOML's
// double-quoted strings): the one escape writer, PutBackslashEscape(), reads
// it. An escape a language does not know is kept as written.
enum class EscapeKind : std::uint8_t {
  kKeep,             // not an escape: "\" and the byte are kept
  kByte,             // writes `value` (a byte)
  kCodePoint,        // writes `value` (a code point) in UTF-8
  kHex,              // `value` hex digits follow, spelling a code point
  kJoinLines,        // an escaped line break: the lines join, and the
                     // blanks that start the next one go
  kJoinAfterBlanks,  // blanks and then a line break: they and the white
                     // space after them go; else kept
};

struct Escape {
  EscapeKind kind = EscapeKind::kKeep;
  std::uint32_t value = 0;
};

struct EscapeTable {
  Escape escapes[256] = {};

  constexpr void Set(char c, EscapeKind kind, std::uint32_t value = 0) {
    escapes[static_cast<unsigned char>(c)] = Escape{kind, value};
  }
  constexpr void SetAll(EscapeKind kind) {
    for (Escape& escape : escapes) escape = Escape{kind, 0};
  }
};

// PutBackslashEscape()
//
// Writes the escape at text[at] (the byte after '\\') as `table` reads it;
// returns the index after it.
std::size_t PutBackslashEscape(std::string_view text, std::size_t at,
                               const EscapeTable& table, ScratchWriter* writer);

// Folds the line breaks of a multi-line scalar `text` as YAML does: a break
// and the blanks around it become one space, n+1 breaks become n newlines.
// Writes to `writer`; `text` holds no escapes.
void FoldLines(std::string_view text, ScratchWriter* writer);

// Folds the line break at text[at] (a '\n' or '\r') and the blanks and
// breaks after it as FoldLines() does; returns the index after them.
std::size_t FoldBreak(std::string_view text, std::size_t at,
                      ScratchWriter* writer);

// ---- Fields ----------------------------------------------------------------

// Records a header's fields in input order into the ParseState and reads
// their meaning as they come: the first parseable published date is the
// date, the first updated date the updated date, the first title and author
// the title and byline; Tags/Keywords/Categories items are the tags.
class FieldSink {
 public:
  explicit FieldSink(ParseState* state) : state_(state) {}

  ParseState* state() const { return state_; }
  std::string_view input() const { return state_->input; }

  // Reserves the scratch for a header of `header_bytes` bytes: no value
  // written to it may then move it.
  void ReserveScratch(std::size_t header_bytes);

  // Returns the span of input bytes [begin, end).
  TextSpan Span(std::size_t begin, std::size_t end) const {
    return TextSpan{input().substr(begin, end - begin), begin, end - begin};
  }
  // Returns the span of `part`, a view into `whole.text`: its own offset when
  // `whole.text` is the input's bytes, else `whole`'s offset and length.
  TextSpan PartOf(const TextSpan& whole, std::string_view part) const;

  // The index the next item gets; pass it to AddField() as items_begin.
  std::size_t NextItem() const { return state_->items.size(); }
  void AddItem(const TextSpan& item) { state_->items.push_back(item); }
  // Adds the comma-separated parts of `value` (trimmed, empty ones skipped)
  // as items.
  void AddCommaItems(const TextSpan& value);

  // Adds a field whose items are items [items_begin, NextItem()) and reads
  // its meaning from its key. A Tags/Keywords/Categories scalar is split at
  // commas here.
  void AddField(const TextSpan& key, const TextSpan& value,
                std::size_t items_begin, bool is_list);
  // The same, for a key the caller has classified: `kind` is
  // ClassifyKey(key.text).
  void AddField(const TextSpan& key, const TextSpan& value,
                std::size_t items_begin, bool is_list, KeyKind kind);
  // Adds a field without reading its meaning (the caller sets it).
  void AddPlainField(const TextSpan& key, const TextSpan& value);
  // Sets the HeaderField::type of the field added last (a Tags scalar split
  // into items stays kString).
  void SetLastFieldType(ValueType type) {
    HeaderField& field = state_->fields.back();
    if (!field.is_list) field.type = type;
  }

  // Sets the date (or the updated date) unless one is set, with warnings for
  // ambiguous day/month order or zone.
  void SetDate(bool updated, const DateTime& date, const TextSpan& text);

  // Parses `value` as a date (all of it) and sets it as SetDate() does;
  // warns kUnparseableDate when it is not a date.
  void OfferDate(bool updated, const TextSpan& value);

  // Warns about duplicate keys (linear time) and makes an updated-only date
  // the date. Call once, after the last field.
  void Finish();

 private:
  // Appends a field whose items are items [items_begin, NextItem()).
  void AppendField(const TextSpan& key, const TextSpan& value,
                   std::size_t items_begin, bool is_list);
  TextSpan ListBylineText(const HeaderField& field, IndexRange range);
  void ReadMeaning(std::size_t field_index, KeyKind kind);
  void WarnDuplicateKeys();

  ParseState* state_;
};

}  // namespace header_util
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_HEADER_FIELDS_H_
