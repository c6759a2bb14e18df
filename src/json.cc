// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ToJson(): one pass over the view, appending straight into the caller's
// string. Strings are escaped with a 256-entry byte-class table that copies
// runs of plain bytes (ASCII and valid UTF-8) in one append, so the common
// case costs a table load per byte.

#include "lede/json.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lede/article.h"
#include "lede/date.h"

namespace lede {
namespace {

// What a byte needs in a JSON string.
enum ByteClass : std::uint8_t {
  kPlain = 0,   // copied as is
  kEscape = 1,  // '"', '\\' or a control character
  kUtf8 = 2,    // the start (or a stray part) of a multi-byte sequence
  kUpper = 3,   // 'A'..'Z': plain, except in a lower-cased key
};

constexpr std::array<std::uint8_t, 256> MakeByteClasses() {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t byte_class = kPlain;
    if (c < 0x20 || c == '"' || c == '\\') {
      byte_class = kEscape;
    } else if (c >= 0x80) {
      byte_class = kUtf8;
    } else if (c >= 'A' && c <= 'Z') {
      byte_class = kUpper;
    }
    classes[static_cast<std::size_t>(c)] = byte_class;
  }
  return classes;
}

constexpr std::array<std::uint8_t, 256> kByteClasses = MakeByteClasses();

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Returns the length of the valid UTF-8 sequence at `p` (2 to 4), or 0 and
// sets `*invalid_length` to the length of the maximal invalid subsequence
// there (1 to 3): the bytes that start a sequence but cannot end one.
std::size_t Utf8SequenceLength(const unsigned char* p, const unsigned char* end,
                               std::size_t* invalid_length) {
  const unsigned char lead = p[0];
  std::size_t continuation_bytes = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuation_bytes = 1;
  } else if (lead == 0xE0) {
    continuation_bytes = 2;
    second_min = 0xA0;  // no overlong forms
  } else if (lead == 0xED) {
    continuation_bytes = 2;
    second_max = 0x9F;  // no surrogates
  } else if (lead >= 0xE1 && lead <= 0xEF) {
    continuation_bytes = 2;
  } else if (lead == 0xF0) {
    continuation_bytes = 3;
    second_min = 0x90;  // no overlong forms
  } else if (lead >= 0xF1 && lead <= 0xF3) {
    continuation_bytes = 3;
  } else if (lead == 0xF4) {
    continuation_bytes = 3;
    second_max = 0x8F;  // nothing above U+10FFFF
  } else {
    *invalid_length = 1;  // a stray continuation byte, C0, C1 or F5..FF
    return 0;
  }
  const std::size_t available = static_cast<std::size_t>(end - p);
  if (available < 2 || p[1] < second_min || p[1] > second_max) {
    *invalid_length = 1;
    return 0;
  }
  for (std::size_t i = 2; i <= continuation_bytes; ++i) {
    if (i >= available || p[i] < 0x80 || p[i] > 0xBF) {
      *invalid_length = i;
      return 0;
    }
  }
  return continuation_bytes + 1;
}

std::uint64_t Load64(const unsigned char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof(word));
  return word;
}

// Returns whether any of the 8 bytes of `word` is not plain ASCII to copy:
// below 0x20, '"', '\\' or 0x80 and above. (The classic SWAR tests; exact as
// a yes/no answer, which is all the caller needs.)
bool HasByteToWorkOn(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint64_t kHighBits = 0x8080808080808080u;
  const std::uint64_t quote = word ^ (kOnes * '"');
  const std::uint64_t backslash = word ^ (kOnes * '\\');
  const std::uint64_t below_space = (word - kOnes * 0x20) & ~word;
  const std::uint64_t is_quote = (quote - kOnes) & ~quote;
  const std::uint64_t is_backslash = (backslash - kOnes) & ~backslash;
  return ((below_space | is_quote | is_backslash | word) & kHighBits) != 0;
}

// Returns the first byte at or after `p` that is not plain ASCII to copy, or
// a point a little before it (never after it), or `end`. 16 bytes at a time
// with SSE2 where the compiler offers it, else 8 at a time.
const unsigned char* SkipPlainBytes(const unsigned char* p,
                                    const unsigned char* end) {
#if defined(__SSE2__) && defined(__GNUC__)
  // One signed compare finds both the control characters and every byte
  // from 0x80 up (negative as signed chars).
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  while (end - p >= 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i special =
        _mm_or_si128(_mm_cmplt_epi8(bytes, space),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, quote),
                                  _mm_cmpeq_epi8(bytes, backslash)));
    const int mask = _mm_movemask_epi8(special);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (end - p >= 8 && !HasByteToWorkOn(Load64(p))) p += 8;
  return p;
}

void AppendEscapedByte(unsigned char c, std::string* out) {
  switch (c) {
    case '"':
      out->append("\\\"", 2);
      return;
    case '\\':
      out->append("\\\\", 2);
      return;
    case '\b':
      out->append("\\b", 2);
      return;
    case '\f':
      out->append("\\f", 2);
      return;
    case '\n':
      out->append("\\n", 2);
      return;
    case '\r':
      out->append("\\r", 2);
      return;
    case '\t':
      out->append("\\t", 2);
      return;
    default:
      break;
  }
  const char escape[6] = {
      '\\', 'u', '0', '0', kHexDigits[c >> 4], kHexDigits[c & 0xF]};
  out->append(escape, sizeof(escape));
}

// Appends `text` as a JSON string (quotes included). With `lower_case`,
// ASCII capitals are written in lower case (for header keys).
void AppendString(std::string_view text, bool lower_case, std::string* out) {
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  const unsigned char* run = p;  // start of the plain bytes not yet appended
  auto flush = [&](const unsigned char* until) {
    if (until != run) {
      out->append(reinterpret_cast<const char*>(run),
                  static_cast<std::size_t>(until - run));
    }
  };
  while (p < end) {
    // Skip plain bytes many at a time (most text is plain ASCII); then look
    // at the next 16 bytes one by one, so that text full of bytes to work on
    // does not pay for a failed skip at every byte.
    const unsigned char* stop = end;
    if (!lower_case) {
      p = SkipPlainBytes(p, end);
      if (end - p > 16) stop = p + 16;
    }
    while (p < stop) {
      const std::uint8_t byte_class = kByteClasses[*p];
      if (byte_class == kPlain) {
        ++p;
      } else if (byte_class == kUpper) {
        if (lower_case) {
          flush(p);
          out->push_back(static_cast<char>(*p - 'A' + 'a'));
          run = p + 1;
        }
        ++p;
      } else if (byte_class == kUtf8) {
        std::size_t invalid_length = 0;
        const std::size_t length = Utf8SequenceLength(p, end, &invalid_length);
        if (length != 0) {
          p += length;
        } else {
          flush(p);
          out->append(kReplacementCharacter.data(),
                      kReplacementCharacter.size());
          p += invalid_length;
          run = p;
        }
      } else {
        flush(p);
        AppendEscapedByte(*p, out);
        ++p;
        run = p;
      }
    }
  }
  flush(end);
  out->push_back('"');
}

// Writes JSON values, keeping track of commas and, when pretty, of
// indentation (two spaces a level, as Python's json.dumps(indent=2)).
class Writer {
 public:
  Writer(std::string* out, bool pretty, const JsonFlush* flush = nullptr)
      : out_(out), pretty_(pretty), flush_(flush) {}

  // Hands the output so far to the JsonFlush, if any, once it is large.
  void MaybeFlush() {
    if (flush_ != nullptr && flush_->flush != nullptr &&
        out_->size() >= flush_->bytes) {
      flush_->flush(flush_->context, out_);
    }
  }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // Starts the member `key` of the current object; write its value next.
  void Key(std::string_view key) {
    Separate();
    out_->push_back('"');
    out_->append(key.data(), key.size());  // our keys need no escaping
    out_->append(pretty_ ? "\": " : "\":");
    value_pending_ = true;
  }

  // Starts a member whose key comes from the input, lower-cased.
  void LowerCaseKey(std::string_view key) {
    Separate();
    AppendString(key, /*lower_case=*/true, out_);
    out_->append(pretty_ ? ": " : ":");
    value_pending_ = true;
  }

  void String(std::string_view text) {
    Separate();
    AppendString(text, /*lower_case=*/false, out_);
  }

  void Null() {
    Separate();
    out_->append("null", 4);
  }

  void Number(std::uint64_t value) {
    Separate();
    char digits[20];
    const std::to_chars_result result =
        std::to_chars(digits, digits + sizeof(digits), value);
    out_->append(digits, static_cast<std::size_t>(result.ptr - digits));
  }

  void Date(const DateTime& date) {
    Separate();
    out_->push_back('"');
    date.AppendIso8601(
        out_);  // digits, '-', ':', 'T', '.', 'Z', '+': no escaping
    out_->push_back('"');
  }

  void OptionalString(const std::optional<TextSpan>& span) {
    if (span) {
      String(span->text);
    } else {
      Null();
    }
  }

 private:
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
  const JsonFlush* flush_;
  int depth_ = 0;
  bool empty_ = true;  // nothing written yet in the current container
  bool value_pending_ = false;
};

char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Orders strings ignoring ASCII case.
int CompareIgnoringCase(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(AsciiLower(a[i]));
    const auto y = static_cast<unsigned char>(AsciiLower(b[i]));
    if (x != y) return x < y ? -1 : 1;
  }
  if (a.size() == b.size()) return 0;
  return a.size() < b.size() ? -1 : 1;
}

constexpr std::size_t kNoField = static_cast<std::size_t>(-1);

// The grouping of header fields by key, ignoring case: `next[i]` is the next
// field with the key of field `i`, or kNoField, and `first[i]` tells whether
// field `i` is the first with its key. Sorting makes it O(n log n) however
// many fields a (hostile) header has. The vectors are per thread and reused,
// so they stop allocating once they have grown to the largest header.
struct KeyGroups {
  std::vector<std::size_t> order;
  std::vector<std::size_t> next;
  std::vector<unsigned char> first;

  void Build(absl::Span<const HeaderField> fields) {
    const std::size_t n = fields.size();
    order.resize(n);
    next.assign(n, kNoField);
    first.assign(n, 1);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [fields](std::size_t a, std::size_t b) {
                const int c =
                    CompareIgnoringCase(fields[a].key.text, fields[b].key.text);
                return c != 0 ? c < 0 : a < b;
              });
    for (std::size_t k = 1; k < n; ++k) {
      const std::size_t previous = order[k - 1];
      const std::size_t current = order[k];
      if (CompareIgnoringCase(fields[previous].key.text,
                              fields[current].key.text) == 0) {
        next[previous] = current;
        first[current] = 0;
      }
    }
  }
};

void WriteFieldValues(const HeaderField& field, Writer& writer) {
  if (field.is_list) {
    for (const TextSpan& item : field.items) writer.String(item.text);
  } else {
    writer.String(field.value.text);
  }
}

void WriteHeaders(absl::Span<const HeaderField> fields, Writer& writer) {
  writer.BeginObject();
  if (!fields.empty()) {
    thread_local KeyGroups groups;
    groups.Build(fields);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      writer.MaybeFlush();
      if (!groups.first[i]) continue;
      const HeaderField& field = fields[i];
      writer.LowerCaseKey(field.key.text);
      if (groups.next[i] == kNoField && !field.is_list) {
        writer.String(field.value.text);
        continue;
      }
      writer.BeginArray();
      for (std::size_t j = i; j != kNoField; j = groups.next[j]) {
        WriteFieldValues(fields[j], writer);
      }
      writer.EndArray();
    }
  }
  writer.EndObject();
}

void WriteBlock(const Block& block, const JsonOptions& options,
                Writer& writer) {
  writer.BeginObject();
  if (block.kind != BlockKind::kParagraph) {
    writer.Key("kind");
    writer.String(BlockKindName(block.kind));
  }
  writer.Key("offset");
  writer.Number(block.offset);
  writer.Key("length");
  writer.Number(block.length);
  if (options.include_text) {
    writer.Key("text");
    writer.String(block.text);
  }
  writer.EndObject();
}

void WriteSection(const Section& section, const JsonOptions& options,
                  Writer& writer) {
  writer.BeginObject();
  writer.Key("heading");
  writer.OptionalString(section.heading);
  writer.Key("level");
  writer.Number(static_cast<std::uint64_t>(std::max(section.level, 0)));
  writer.Key("offset");
  writer.Number(section.offset);
  writer.Key("length");
  writer.Number(section.length);
  writer.Key("paragraphs");
  writer.BeginArray();
  for (const Block& block : section.blocks) {
    if (block.kind == BlockKind::kHeading) continue;  // it is the heading
    WriteBlock(block, options, writer);
    writer.MaybeFlush();
  }
  writer.EndArray();
  writer.EndObject();
}

void WriteStats(const Stats& stats, Writer& writer) {
  writer.BeginObject();
  writer.Key("bytes");
  writer.Number(stats.bytes);
  writer.Key("words");
  writer.Number(stats.words);
  writer.Key("sentences");
  writer.Number(stats.sentences);
  writer.Key("paragraphs");
  writer.Number(stats.paragraphs);
  writer.Key("sections");
  writer.Number(stats.sections);
  writer.Key("reading_minutes");
  writer.Number(stats.reading_minutes);
  writer.EndObject();
}

void WriteWarnings(absl::Span<const Warning> warnings, Writer& writer) {
  writer.BeginArray();
  for (const Warning& warning : warnings) {
    writer.BeginObject();
    writer.Key("code");
    writer.String(WarningCodeName(warning.code));
    writer.Key("offset");
    writer.Number(warning.offset);
    writer.Key("message");
    writer.String(warning.message);
    writer.EndObject();
  }
  writer.EndArray();
}

}  // namespace

void ToJson(const ArticleView& article, const JsonOptions& options,
            std::string* out) {
  ToJson(article, options, out, JsonFlush());
}

void ToJson(const ArticleView& article, const JsonOptions& options,
            std::string* out, const JsonFlush& flush) {
  Writer writer(out, options.pretty, &flush);
  writer.BeginObject();

  writer.Key("source");
  writer.String(options.source);

  writer.Key("date");
  if (article.date) {
    writer.Date(*article.date);
  } else {
    writer.Null();
  }
  writer.Key("date_precision");
  if (article.date) {
    writer.String(DatePrecisionName(article.date->precision));
  } else {
    writer.Null();
  }
  writer.Key("date_text");
  writer.OptionalString(article.date_text);
  writer.Key("updated");
  if (article.updated) {
    writer.Date(*article.updated);
  } else {
    writer.Null();
  }

  writer.Key("headers");
  WriteHeaders(article.headers, writer);

  writer.Key("title");
  writer.OptionalString(article.title);
  writer.Key("byline");
  if (article.byline) {
    writer.String(article.byline->text.text);
  } else {
    writer.Null();
  }
  writer.Key("authors");
  writer.BeginArray();
  if (article.byline) {
    for (const Author& author : article.byline->authors) {
      writer.String(author.name.text);
    }
  }
  writer.EndArray();
  writer.Key("dateline");
  if (article.dateline) {
    writer.BeginObject();
    writer.Key("place");
    writer.String(article.dateline->place.text);
    writer.Key("date_text");
    writer.OptionalString(article.dateline->date_text);
    writer.EndObject();
  } else {
    writer.Null();
  }
  writer.Key("tags");
  writer.BeginArray();
  for (const TextSpan& tag : article.tags) writer.String(tag.text);
  writer.EndArray();
  writer.Key("lead");
  writer.OptionalString(article.lead);

  writer.Key("sections");
  writer.BeginArray();
  for (const Section& section : article.sections) {
    WriteSection(section, options, writer);
    writer.MaybeFlush();
  }
  writer.EndArray();

  writer.Key("stats");
  WriteStats(article.stats, writer);
  writer.Key("warnings");
  WriteWarnings(article.warnings, writer);

  writer.EndObject();
}

}  // namespace lede
