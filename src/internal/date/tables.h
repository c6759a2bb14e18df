// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The date parser's tables: the byte classes its scanner needs (the only byte
// table of the date room), and the words it knows (months, weekdays, zone
// abbreviations and the few connectors the grammar reads), looked up in a
// compile-time hash table with ASCII folding.

#ifndef LEDE_SRC_INTERNAL_DATE_TABLES_H_
#define LEDE_SRC_INTERNAL_DATE_TABLES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace lede {
namespace internal {
namespace date {

// ---------------------------------------------------------------------------
// Byte classes.

enum : std::uint8_t {
  kDigitBit = 1,
  kAlphaBit = 2,
  kSpaceBit = 4,
  kUpperBit = 8,
};

constexpr std::array<std::uint8_t, 256> MakeClassTable() {
  std::array<std::uint8_t, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigitBit;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kAlphaBit;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kAlphaBit | kUpperBit;
  for (char c : {' ', '\t', '\n', '\r', '\v', '\f'}) {
    table[static_cast<unsigned char>(c)] = kSpaceBit;
  }
  return table;
}

inline constexpr std::array<std::uint8_t, 256> kClass = MakeClassTable();

inline bool IsDigit(unsigned char c) { return kClass[c] & kDigitBit; }
inline bool IsAlpha(unsigned char c) { return kClass[c] & kAlphaBit; }
inline bool IsAlnum(unsigned char c) {
  return kClass[c] & (kDigitBit | kAlphaBit);
}
inline bool IsSpace(unsigned char c) { return kClass[c] & kSpaceBit; }
inline bool IsUpper(unsigned char c) { return kClass[c] & kUpperBit; }
// ASCII folding for bytes already known to be letters.
inline unsigned char FoldLetter(unsigned char c) { return c | 0x20; }

// UnicodeSpaceLength()
//
// The length in bytes of the Unicode space separator (Zs: U+00A0 NO-BREAK
// SPACE, U+1680, U+2000..U+200A, U+202F NARROW NO-BREAK SPACE, U+205F,
// U+3000 IDEOGRAPHIC SPACE) that starts at `p`, or 0. Reads nothing at or
// after `end`.
inline int UnicodeSpaceLength(const char* p, const char* end) {
  const auto b0 = static_cast<unsigned char>(*p);
  const std::ptrdiff_t left = end - p;
  if (b0 == 0xC2) {
    return left >= 2 && static_cast<unsigned char>(p[1]) == 0xA0 ? 2 : 0;
  }
  if (left < 3 || (b0 != 0xE1 && b0 != 0xE2 && b0 != 0xE3)) return 0;
  const auto b1 = static_cast<unsigned char>(p[1]);
  const auto b2 = static_cast<unsigned char>(p[2]);
  if (b0 == 0xE1) return b1 == 0x9A && b2 == 0x80 ? 3 : 0;
  if (b0 == 0xE3) return b1 == 0x80 && b2 == 0x80 ? 3 : 0;
  if (b1 == 0x80) return (b2 <= 0x8A || b2 == 0xAF) && b2 >= 0x80 ? 3 : 0;
  if (b1 == 0x81) return b2 == 0x9F ? 3 : 0;
  return 0;
}

// SpaceLength()
//
// The length of the white space character at `p` (< `end`): 1 for an ASCII
// space, tab or line end, 2 or 3 for a Unicode space separator, else 0.
inline int SpaceLength(const char* p, const char* end) {
  const auto c = static_cast<unsigned char>(*p);
  if (IsSpace(c)) return 1;
  return c >= 0xC2 ? UnicodeSpaceLength(p, end) : 0;
}

// ---------------------------------------------------------------------------
// Words.

enum class WordKind : std::uint8_t {
  kNone,
  kMonth,          // value: 1..12
  kWeekday,        // value: 0 (Monday) .. 6 (Sunday), as absl::Weekday
  kZone,           // value: UTC offset in minutes
  kAmbiguousZone,  // names more than one offset
  kUtc,            // UTC, GMT, UT: offset 0, may be followed by "+05:30"
  kZulu,           // a lone "Z": offset 0, no abbreviation kept
  kGenericZone,    // ET, CT, MT, PT...: value indexes kGenericZones
  kNoon,
  kMidnight,
  kOf,
  kAt,
  kOn,
  kEra,       // AD, CE
  kRelative,  // ago, yesterday, today, tomorrow, now, last, next
  kQuarter,   // Q1..Q4 is read from its letter; "quarter"
};

// Whether words of `kind` are English words (and so read only when
// DateOptions::languages lists English); zone names are not.
inline bool IsEnglishWord(WordKind kind) {
  switch (kind) {
    case WordKind::kMonth:
    case WordKind::kWeekday:
    case WordKind::kNoon:
    case WordKind::kMidnight:
    case WordKind::kOf:
    case WordKind::kAt:
    case WordKind::kOn:
    case WordKind::kEra:
      return true;
    default:
      return false;
  }
}

struct WordSlot {
  std::uint64_t key = 0;
  std::uint8_t length = 0;  // 0: empty slot
  unsigned char ninth = 0;
  WordKind kind = WordKind::kNone;
  std::int16_t value = 0;
};

// The longest word the table holds.
inline constexpr int kMaxWordLength = 9;

// Words are keyed by their first eight folded letters plus their length; the
// ninth letter of "september" and "wednesday" is checked separately.
inline constexpr int kWordSlotBits = 9;
inline constexpr int kWordSlots = 1 << kWordSlotBits;

constexpr std::uint32_t WordHash(std::uint64_t key, int length) {
  return static_cast<std::uint32_t>(
      ((key + static_cast<std::uint64_t>(length)) * 0x9E3779B97F4A7C15ull) >>
      (64 - kWordSlotBits));
}

// The word table, built at compile time in tables.cc.
extern const std::array<WordSlot, kWordSlots> kWordTable;

// LookUpWord()
//
// Looks up the letters [begin, end), which are all ASCII letters, in a text
// that ends at `text_end` (bytes up to it may be read, none after). Returns
// the word's slot, or nullptr. Inline: the fast paths call it per word.
inline const WordSlot* LookUpWord(const char* begin, const char* end,
                                  const char* text_end) {
  const std::size_t length = static_cast<std::size_t>(end - begin);
  if (length > kMaxWordLength) return nullptr;
  std::uint64_t key = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (text_end - begin >= 8) {
    // One load for the whole key: the bytes past the word are masked off and
    // every letter is folded by setting its 0x20 bit.
    std::memcpy(&key, begin, 8);
    const std::uint64_t mask = length >= 8
                                   ? ~std::uint64_t{0}
                                   : (std::uint64_t{1} << (8 * length)) - 1;
    key = (key | 0x2020202020202020ull) & mask;
  } else
#endif
  {
    (void)text_end;  // read only by the one-load key above
    const std::size_t keyed = length < 8 ? length : 8;
    for (std::size_t i = 0; i < keyed; ++i) {
      key |= static_cast<std::uint64_t>(
                 FoldLetter(static_cast<unsigned char>(begin[i])))
             << (8 * i);
    }
  }
  const unsigned char ninth =
      length == 9 ? FoldLetter(static_cast<unsigned char>(begin[8])) : 0;
  std::uint32_t slot = WordHash(key, static_cast<int>(length));
  while (kWordTable[slot].length != 0) {
    const WordSlot& s = kWordTable[slot];
    if (s.key == key && s.length == length && s.ninth == ninth) return &s;
    slot = (slot + 1) & (kWordSlots - 1);
  }
  return nullptr;
}

// The US generic zones ("ET", "Eastern Time"), resolved through the tz
// database at the civil time they are written with.
struct GenericZone {
  const char* iana_name;
};
inline constexpr GenericZone kGenericZones[] = {
    {"America/New_York"},     // 0: ET, Eastern
    {"America/Chicago"},      // 1: CT, Central
    {"America/Denver"},       // 2: MT, Mountain
    {"America/Los_Angeles"},  // 3: PT, Pacific
    {"America/Anchorage"},    // 4: AKT, Alaska
    {"Pacific/Honolulu"},     // 5: HT, Hawaii
};

// Names for messages.
inline constexpr const char* kMonthNames[13] = {
    "",     "January", "February",  "March",   "April",    "May",     "June",
    "July", "August",  "September", "October", "November", "December"};
inline constexpr const char* kWeekdayNames[7] = {
    "Monday", "Tuesday",  "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"};

}  // namespace date
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_TABLES_H_
