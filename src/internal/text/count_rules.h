// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The rules of CountText() (count.h) that every classifier and the scalar
// reference of the tests share: the abbreviations that a "." does not end a
// sentence after, and what a non-ASCII character does to a word.

#ifndef LEDE_SRC_INTERNAL_TEXT_COUNT_RULES_H_
#define LEDE_SRC_INTERNAL_TEXT_COUNT_RULES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {

// Words that end in "." without ending a sentence, lowercase.
inline constexpr std::string_view kAbbreviations[] = {
    "mr",   "mrs", "ms",  "dr",   "prof", "sr",  "jr",  "st",  "gen",
    "col",  "lt",  "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen",
    "rep",  "rev", "hon", "pres", "mt",   "ft",  "no",  "nos", "vs",
    "etc",  "inc", "ltd", "co",   "corp", "jan", "feb", "mar", "apr",
    "jun",  "jul", "aug", "sep",  "sept", "oct", "nov", "dec", "approx",
    "dept", "est", "fig", "vol",  "op",   "al",  "cf"};

// An abbreviation's letters packed into an integer, the first in the lowest
// byte, and a collision-free hash of those integers into 256 slots: a lookup
// is one multiply and one compare, with no loop to mispredict.
constexpr std::uint64_t PackWord(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t i = word.size(); i > 0; --i) {
    key = (key << 8) | static_cast<unsigned char>(word[i - 1]);
  }
  return key;
}

struct AbbreviationTable {
  std::uint64_t multiplier = 0;
  std::uint64_t keys[256] = {};

  constexpr std::size_t SlotOf(std::uint64_t key) const {
    return static_cast<std::size_t>((key * multiplier) >> 56);
  }
};

// A multiplier under which no two abbreviations share a slot (found by a
// random search; the static_assert below checks it).
constexpr std::uint64_t kAbbreviationMultiplier = 0x54C56C9A9CC9AF4Fu;

constexpr AbbreviationTable MakeAbbreviationTable() {
  AbbreviationTable table;
  table.multiplier = kAbbreviationMultiplier;
  for (std::string_view word : kAbbreviations) {
    const std::uint64_t key = PackWord(word);
    table.keys[table.SlotOf(key)] = key;
  }
  return table;
}

inline constexpr AbbreviationTable kAbbreviationTable = MakeAbbreviationTable();

constexpr bool EveryAbbreviationHasItsSlot() {
  for (std::string_view word : kAbbreviations) {
    const std::uint64_t key = PackWord(word);
    if (kAbbreviationTable.keys[kAbbreviationTable.SlotOf(key)] != key) {
      return false;
    }
  }
  return true;
}
static_assert(EveryAbbreviationHasItsSlot(),
              "two abbreviations share a slot: pick another multiplier");

inline bool IsAbbreviationKey(std::uint64_t key) {
  return kAbbreviationTable.keys[kAbbreviationTable.SlotOf(key)] == key;
}

// Bytes that may be part of a word, as the apostrophe rule sees its
// neighbours: ASCII letters and digits and any non-ASCII byte.
inline bool IsWordish(char c) {
  return (ByteClass(c) & (kByteAlnum | kByteHigh)) != 0;
}

inline bool IsAsciiJoiner(char c) { return c == '\'' || c == '-'; }
inline bool IsNumberSeparator(char c) { return c == '.' || c == ','; }

// What a non-ASCII character does to the word bits of its bytes.
enum class CharAction { kKeepWord, kClearWord, kCjkWord, kCjkSentenceEnd };

// ActionFor() for a valid character of class `cls`.
inline CharAction ActionForClass(CharClass cls, const Utf8Char& c,
                                 const char* at, const char* begin,
                                 const char* end) {
  switch (cls) {
    case CharClass::kLetter:
      return CharAction::kKeepWord;
    case CharClass::kCjk:
      return CharAction::kCjkWord;
    case CharClass::kSentenceEnd:
      return CharAction::kCjkSentenceEnd;
    case CharClass::kJoiner: {
      const char* after = at + c.length;
      const bool joins =
          at > begin && IsWordish(at[-1]) && after < end && IsWordish(*after);
      return joins ? CharAction::kKeepWord : CharAction::kClearWord;
    }
    case CharClass::kSeparator:
    case CharClass::kCloser:
      break;
  }
  return CharAction::kClearWord;
}

inline CharAction ActionFor(const Utf8Char& c, const char* at,
                            const char* begin, const char* end) {
  if (!c.valid) return CharAction::kKeepWord;
  return ActionForClass(ClassifyCodePoint(c.code_point), c, at, begin, end);
}

// Lead bytes whose characters are all letters: most of Latin, Greek,
// Cyrillic, Hebrew, Arabic, Indic and Hangul text never leaves the fast path.
inline bool IsLetterOnlyLead(unsigned char b) {
  return (b >= 0xC4 && b <= 0xDF) || b == 0xE0 || b == 0xE1 ||
         (b >= 0xEA && b <= 0xEE) || (b >= 0xF1 && b <= 0xF4);
}

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_COUNT_RULES_H_
