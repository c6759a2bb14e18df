// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Strings are escaped with a 256-entry byte-class table that copies runs of
// plain bytes (ASCII and valid UTF-8) in one append, so the common case costs
// a table load per byte, and 16 bytes at a time where SSE2 is there.

#include "src/internal/json/escape.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/numeric/bits.h"
#include "src/internal/text/cpu.h"
#include "src/internal/text/text_class.h"

#if LEDE_SIMD_SSE2
#include <emmintrin.h>
#endif

namespace lede {
namespace internal {

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
#if LEDE_SIMD_SSE2
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
    if (mask != 0) return p + absl::countr_zero(static_cast<unsigned>(mask));
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

}  // namespace

void AppendJsonString(std::string_view text, bool lower_case,
                      std::string* out) {
  out->push_back('"');
  AppendJsonStringContent(text, lower_case, out);
  out->push_back('"');
}

void AppendJsonStringContent(std::string_view text, bool lower_case,
                             std::string* out) {
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
        const Utf8Char c = DecodeUtf8(reinterpret_cast<const char*>(p),
                                      reinterpret_cast<const char*>(end));
        if (c.valid) {
          p += c.length;
        } else {
          flush(p);
          out->append(kReplacementCharacter.data(),
                      kReplacementCharacter.size());
          p += c.length;
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
}

std::size_t SafeCut(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  // A continuation byte (10xxxxxx) may be inside a sequence.
  for (int i = 0; i < 3 && at < text.size() &&
                  (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
       ++i) {
    ++at;
  }
  // Before any other byte, or after three continuation bytes (the most a
  // sequence has), no maximal subpart spans the cut.
  return at;
}

namespace {

// Appends `text`, replacing invalid UTF-8, and calls `special(byte)` for each
// byte below 0x80 for which `is_special[byte]` is set instead of copying it.
template <typename Special>
void AppendReplacingInvalid(std::string_view text, const bool* is_special,
                            Special special, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  const unsigned char* run = p;
  auto flush = [&](const unsigned char* until) {
    if (until != run) {
      out->append(reinterpret_cast<const char*>(run),
                  static_cast<std::size_t>(until - run));
    }
  };
  while (p < end) {
    if (*p < 0x80) {
      if (is_special[*p]) {
        flush(p);
        special(*p);
        run = p + 1;
      }
      ++p;
      continue;
    }
    const Utf8Char c = DecodeUtf8(reinterpret_cast<const char*>(p),
                                  reinterpret_cast<const char*>(end));
    if (c.valid) {
      p += c.length;
    } else {
      flush(p);
      out->append(kReplacementCharacter.data(), kReplacementCharacter.size());
      p += c.length;
      run = p;
    }
  }
  flush(end);
}

struct SpecialBytes {
  bool values[128] = {};
};

constexpr SpecialBytes MakeSpecialBytes(std::string_view bytes) {
  SpecialBytes table;
  for (const char c : bytes) table.values[static_cast<unsigned char>(c)] = true;
  return table;
}

constexpr SpecialBytes kCsvQuoted = MakeSpecialBytes("\",\r\n");
constexpr SpecialBytes kCsvQuote = MakeSpecialBytes("\"");
constexpr SpecialBytes kTsvEscaped = MakeSpecialBytes("\\\t\r\n");

}  // namespace

void AppendCsvField(std::string_view text, std::string* out) {
  bool quoted = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && kCsvQuoted.values[byte]) {
      quoted = true;
      break;
    }
  }
  if (!quoted) {
    AppendReplacingInvalid(
        text, kCsvQuote.values, [](unsigned char) {}, out);
    return;
  }
  out->push_back('"');
  AppendReplacingInvalid(
      text, kCsvQuote.values, [out](unsigned char) { out->append("\"\"", 2); },
      out);
  out->push_back('"');
}

void AppendTsvField(std::string_view text, std::string* out) {
  AppendReplacingInvalid(
      text, kTsvEscaped.values,
      [out](unsigned char c) {
        const char escape[2] = {'\\', c == '\t'   ? 't'
                                      : c == '\n' ? 'n'
                                      : c == '\r' ? 'r'
                                                  : '\\'};
        out->append(escape, 2);
      },
      out);
}

std::string_view ProseText(std::string_view text, std::string* scratch) {
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* line_end = FindLineEnd(begin, end);
  if (line_end == end) return text;
  scratch->clear();
  const char* p = begin;
  while (line_end != end) {
    const char* last = line_end;
    while (last > p && IsBlankByte(last[-1])) --last;
    scratch->append(p, static_cast<std::size_t>(last - p));
    // Past the line break and the blanks (and blank lines) after it.
    const char* next = line_end;
    while (next < end &&
           (IsBlankByte(*next) || *next == '\n' || *next == '\r')) {
      ++next;
    }
    if (next == end) return *scratch;
    scratch->push_back(' ');
    p = next;
    line_end = FindLineEnd(p, end);
  }
  scratch->append(p, static_cast<std::size_t>(end - p));
  return *scratch;
}

}  // namespace internal
}  // namespace lede
