// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: text_class.h
// -----------------------------------------------------------------------------
//
// Byte and character classes shared by the body parser and the text counters:
// a 256-entry table for ASCII bytes, a UTF-8 decoder that never reads past
// its end, the class of a non-ASCII code point (letter, CJK, separator, ...)
// and a line-end finder. Nothing here depends on the C locale.

#ifndef LEDE_SRC_INTERNAL_TEXT_TEXT_CLASS_H_
#define LEDE_SRC_INTERNAL_TEXT_TEXT_CLASS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace lede {
namespace internal {

// Bits of `kByteClass[b]`.
enum ByteClassBit : std::uint8_t {
  kByteBlank = 1 << 0,   // ' ' and '\t': the only bytes of a blank line
  kByteUpper = 1 << 1,   // 'A'..'Z'
  kByteLower = 1 << 2,   // 'a'..'z'
  kByteDigit = 1 << 3,   // '0'..'9'
  kByteEol = 1 << 4,     // '\n' and '\r'
  kByteCloser = 1 << 5,  // '"', '\'', ')', ']': may follow a sentence's end
  kByteStop = 1 << 6,    // '.', '!', '?'
  kByteHigh = 1 << 7,    // 0x80..0xFF: part of a multi-byte character
};
inline constexpr std::uint8_t kByteAlpha = kByteUpper | kByteLower;
inline constexpr std::uint8_t kByteAlnum = kByteAlpha | kByteDigit;

// ByteClassTable
//
// The ByteClassBit set of every byte value, built at compile time.
struct ByteClassTable {
  std::uint8_t values[256];
};

constexpr ByteClassTable MakeByteClassTable() {
  ByteClassTable table{};
  for (int b = 0; b < 256; ++b) {
    std::uint8_t c = 0;
    if (b == ' ' || b == '\t') c |= kByteBlank;
    if (b >= 'A' && b <= 'Z') c |= kByteUpper;
    if (b >= 'a' && b <= 'z') c |= kByteLower;
    if (b >= '0' && b <= '9') c |= kByteDigit;
    if (b == '\n' || b == '\r') c |= kByteEol;
    if (b == '"' || b == '\'' || b == ')' || b == ']') c |= kByteCloser;
    if (b == '.' || b == '!' || b == '?') c |= kByteStop;
    if (b >= 0x80) c |= kByteHigh;
    table.values[b] = c;
  }
  return table;
}

inline constexpr ByteClassTable kByteClass = MakeByteClassTable();

inline std::uint8_t ByteClass(char c) {
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
// end`). Linear in nothing: reads at most four bytes.
Utf8Char DecodeUtf8(const char* p, const char* end);

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

// TrimBlanks()
//
// Returns `text` without leading and trailing spaces and tabs.
// Lifetime: points into `text`; valid while `text` is alive and unmodified.
std::string_view TrimBlanks(std::string_view text);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_TEXT_CLASS_H_
