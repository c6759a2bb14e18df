// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: text_class.h
// -----------------------------------------------------------------------------
//
// Byte and character classes shared by every subsystem (header, body, the
// text counters, JSON): the one 256-entry byte-class table, the one UTF-8
// decoder and validator (never reads past its end), the class of a non-ASCII
// code point (letter, CJK, separator, ...), a line-end finder and the blank
// trimming. Nothing here depends on the C locale.

#ifndef LEDE_SRC_INTERNAL_TEXT_TEXT_CLASS_H_
#define LEDE_SRC_INTERNAL_TEXT_TEXT_CLASS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace lede {
namespace internal {

// Bits of `kByteClass[b]`.
enum ByteClassBit : std::uint16_t {
  kByteBlank = 1 << 0,   // ' ' and '\t': the only bytes of a blank line
  kByteUpper = 1 << 1,   // 'A'..'Z'
  kByteLower = 1 << 2,   // 'a'..'z'
  kByteDigit = 1 << 3,   // '0'..'9'
  kByteEol = 1 << 4,     // '\n' and '\r'
  kByteCloser = 1 << 5,  // '"', '\'', ')', ']': may follow a sentence's end
  kByteStop = 1 << 6,    // '.', '!', '?'
  kByteHigh = 1 << 7,    // 0x80..0xFF: part of a multi-byte character
  kByteKey = 1 << 8,     // letters, digits, '_', '-': a header key's word
};
inline constexpr std::uint16_t kByteAlpha = kByteUpper | kByteLower;
inline constexpr std::uint16_t kByteAlnum = kByteAlpha | kByteDigit;

// ByteClassTable
//
// The ByteClassBit set of every byte value, built at compile time.
struct ByteClassTable {
  std::uint16_t values[256];
};

constexpr ByteClassTable MakeByteClassTable() {
  ByteClassTable table{};
  for (int b = 0; b < 256; ++b) {
    std::uint16_t c = 0;
    if (b == ' ' || b == '\t') c |= kByteBlank;
    if (b >= 'A' && b <= 'Z') c |= kByteUpper;
    if (b >= 'a' && b <= 'z') c |= kByteLower;
    if (b >= '0' && b <= '9') c |= kByteDigit;
    if (b == '\n' || b == '\r') c |= kByteEol;
    if (b == '"' || b == '\'' || b == ')' || b == ']') c |= kByteCloser;
    if (b == '.' || b == '!' || b == '?') c |= kByteStop;
    if (b >= 0x80) c |= kByteHigh;
    if ((c & (kByteUpper | kByteLower | kByteDigit)) || b == '_' || b == '-') {
      c |= kByteKey;
    }
    table.values[b] = c;
  }
  return table;
}

inline constexpr ByteClassTable kByteClass = MakeByteClassTable();

inline std::uint16_t ByteClass(char c) {
  return kByteClass.values[static_cast<unsigned char>(c)];
}
inline bool IsBlankByte(char c) { return (ByteClass(c) & kByteBlank) != 0; }
inline bool IsUpperByte(char c) { return (ByteClass(c) & kByteUpper) != 0; }
inline bool IsLowerByte(char c) { return (ByteClass(c) & kByteLower) != 0; }
inline bool IsDigitByte(char c) { return (ByteClass(c) & kByteDigit) != 0; }
inline bool IsAlnumByte(char c) { return (ByteClass(c) & kByteAlnum) != 0; }
inline bool IsHighByte(char c) { return (ByteClass(c) & kByteHigh) != 0; }
inline char AsciiLower(char c) {
  return IsUpperByte(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// EqualsIgnoreAsciiCase(), StartsWithIgnoreAsciiCase()
//
// Whether `a` equals `b` (`text` starts with `prefix`) ignoring ASCII case.
// (Abseil's EqualsIgnoreCase() takes absl::string_view, which Debian's
// Abseil does not make std::string_view.)
inline bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}
inline bool StartsWithIgnoreAsciiCase(std::string_view text,
                                      std::string_view prefix) {
  return text.size() >= prefix.size() &&
         EqualsIgnoreAsciiCase(text.substr(0, prefix.size()), prefix);
}

// CharClass
//
// What a non-ASCII character is to the word and sentence counters.
enum class CharClass : std::uint8_t {
  kLetter,       // part of a word (Latin, Greek, Cyrillic, Hangul, ...)
  kCjk,          // a Han, kana or CJK-extension character: a word by itself
  kSeparator,    // punctuation, a symbol, a space or an emoji
  kJoiner,       // U+2019 ’ and U+2010/U+2011 hyphens: join letters around
  kSentenceEnd,  // U+3002 。, U+FF01 ！, U+FF1F ？
  kCloser,       // U+201D ”, U+00BB »: may follow a sentence's end
};

// Utf8Char
//
// One decoded character: its code point and length in bytes. `valid` is false
// for a byte that does not start a well-formed UTF-8 sequence (overlong,
// surrogate, over U+10FFFF, truncated, or a lone continuation byte); then
// `length` is the length of its maximal ill-formed subpart (at least 1).
struct Utf8Char {
  std::uint32_t code_point = 0;
  std::uint32_t length = 1;
  bool valid = false;
};

// DecodeUtf8()
//
// Decodes the character at `p`, reading no byte at or after `end` (`p <
// end`). Linear in nothing: reads at most four bytes. The one UTF-8
// validator: the byte scan, the counters and the JSON writer all use it.
inline Utf8Char DecodeUtf8(const char* p, const char* end);

// ClassifyCodePoint()
//
// Returns the CharClass of `code_point` (>= 0x80).
CharClass ClassifyCodePoint(std::uint32_t code_point);

// CountBits()
//
// The set bits of `x`, without the POPCNT instruction (without -mpopcnt,
// the builtin is a library call).
inline int CountBits(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555u);
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<int>((x * 0x0101010101010101u) >> 56);
}

// CopyShort()
//
// Copies `n` <= 64 bytes with a few fixed-size moves, which overlap instead
// of looping (a variable-length memcpy is a library call).
inline void CopyShort(char* to, const char* from, std::size_t n) {
  if (n >= 32) {
    std::memcpy(to, from, 32);
    std::memcpy(to + n - 32, from + n - 32, 32);
  } else if (n >= 16) {
    std::memcpy(to, from, 16);
    std::memcpy(to + n - 16, from + n - 16, 16);
  } else if (n >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

// FindLineEnd()
//
// Returns the first '\n' or '\r' in [p, end), or `end` when there is none.
// Reads 16 bytes at a time where it can.
const char* FindLineEnd(const char* p, const char* end);

// HasAsciiDigit()
//
// Whether `text` holds a '0'..'9'. Reads 16 bytes at a time where it can.
bool HasAsciiDigit(std::string_view text);

// SkipBlankLines()
//
// Returns the start of the first line at or after `p` (a line start) that is
// not blank (spaces and tabs only), or `end`: one pass over the blank bytes
// and line ends, then back to the start of the line that holds the first
// other byte, so a million blank lines cost a million bytes, not a million
// line look-ups.
const char* SkipBlankLines(const char* p, const char* end);

// TrimBlanks(), TrimTrailingBlanks()
//
// Returns `text` without leading and trailing (or only trailing) spaces and
// tabs.
// Lifetime: points into `text`; valid while `text` is alive and unmodified.
std::string_view TrimBlanks(std::string_view text);
std::string_view TrimTrailingBlanks(std::string_view text);

// ---- Implementation details --------------------------------------------

namespace text_class_internal {

inline std::uint32_t Byte(const char* p) {
  return static_cast<unsigned char>(*p);
}

inline bool InRange(const char* p, const char* end, std::uint32_t low,
                    std::uint32_t high) {
  if (p >= end) return false;
  const std::uint32_t b = Byte(p);
  return b >= low && b <= high;
}

}  // namespace text_class_internal

inline Utf8Char DecodeUtf8(const char* p, const char* end) {
  Utf8Char out;
  const std::uint32_t b0 = text_class_internal::Byte(p);
  if (b0 < 0x80) {
    out.code_point = b0;
    out.valid = true;
    return out;
  }
  // The allowed range of the second byte depends on the first (this excludes
  // overlong forms, surrogates and code points over U+10FFFF); later bytes
  // are plain continuation bytes.
  std::uint32_t length = 0;
  std::uint32_t low = 0x80;
  std::uint32_t high = 0xBF;
  std::uint32_t value = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
    value = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    value = b0 & 0x0F;
    if (b0 == 0xE0) low = 0xA0;
    if (b0 == 0xED) high = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    value = b0 & 0x07;
    if (b0 == 0xF0) low = 0x90;
    if (b0 == 0xF4) high = 0x8F;
  } else {
    return out;  // a continuation byte, C0, C1 or F5..FF
  }
  if (!text_class_internal::InRange(p + 1, end, low, high)) return out;
  value = (value << 6) | (text_class_internal::Byte(p + 1) & 0x3F);
  for (std::uint32_t i = 2; i < length; ++i) {
    if (!text_class_internal::InRange(p + i, end, 0x80, 0xBF)) {
      out.length = i;
      return out;
    }
    value = (value << 6) | (text_class_internal::Byte(p + i) & 0x3F);
  }
  out.code_point = value;
  out.length = length;
  out.valid = true;
  return out;
}

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_TEXT_CLASS_H_
