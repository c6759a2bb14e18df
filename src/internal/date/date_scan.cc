// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The date scanner: one forward pass over the bytes with a 256-entry class
// table, words looked up in a compile-time hash table with ASCII folding, and
// no allocation. The grammar is chosen by the shape of the first token (a word,
// a four- or eight-digit number, a one- or two-digit number), so every byte is
// looked at a bounded number of times and the work stays linear in the input.
//
// Optional tails (a time, a zone) are scanned as "absent", "ok" or "error".
// ParseDate() reports an error in a tail; ParseDatePrefix() steps back to the
// end of the date before it and reports the error only when that end is not
// at a word boundary.
//
// In front of the scanner, fixed-position fast paths take the exact forms
// that make up most real headers (RFC 3339, ISO basic, RFC 2822, RFC 850,
// asctime, "Monday, March 25, 2024 10:05 AM", "03/25/2024"). They accept a
// subset of what the scanner accepts, with the same result, and hand
// everything else to it, errors included; date_test checks the two agree.
//
// Performance notes: results are stored field by field and spans copied
// member-wise, because a struct copy right after its fields were written
// compiles to a wide load of narrow stores, a store-forwarding stall that
// cost more than an entire ISO scan.

#include "src/internal/date/date_scan.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"

namespace lede {
namespace internal {
namespace {

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

constexpr std::array<std::uint8_t, 256> kClass = MakeClassTable();

inline bool IsDigit(unsigned char c) { return kClass[c] & kDigitBit; }
inline bool IsAlpha(unsigned char c) { return kClass[c] & kAlphaBit; }
inline bool IsAlnum(unsigned char c) {
  return kClass[c] & (kDigitBit | kAlphaBit);
}
inline bool IsSpace(unsigned char c) { return kClass[c] & kSpaceBit; }
inline bool IsUpper(unsigned char c) { return kClass[c] & kUpperBit; }
// ASCII folding for bytes already known to be letters.
inline unsigned char FoldLetter(unsigned char c) { return c | 0x20; }

// ---------------------------------------------------------------------------
// Words: months, weekdays, zones and the few connectors the grammar knows.

enum class WordKind : std::uint8_t {
  kNone,
  kMonth,          // value: 1..12
  kWeekday,        // value: 0 (Monday) .. 6 (Sunday), as absl::Weekday
  kZone,           // value: UTC offset in minutes
  kAmbiguousZone,  // names more than one offset
  kUtc,            // UTC, GMT, UT: offset 0, may be followed by "+05:30"
  kZulu,           // a lone "Z": offset 0, no abbreviation kept
  kNoon,
  kOf,
  kAt,
};

struct WordDef {
  const char* name;
  WordKind kind;
  std::int16_t value;
};

constexpr WordDef kWordDefs[] = {
    {"january", WordKind::kMonth, 1},
    {"jan", WordKind::kMonth, 1},
    {"february", WordKind::kMonth, 2},
    {"feb", WordKind::kMonth, 2},
    {"march", WordKind::kMonth, 3},
    {"mar", WordKind::kMonth, 3},
    {"april", WordKind::kMonth, 4},
    {"apr", WordKind::kMonth, 4},
    {"may", WordKind::kMonth, 5},
    {"june", WordKind::kMonth, 6},
    {"jun", WordKind::kMonth, 6},
    {"july", WordKind::kMonth, 7},
    {"jul", WordKind::kMonth, 7},
    {"august", WordKind::kMonth, 8},
    {"aug", WordKind::kMonth, 8},
    {"september", WordKind::kMonth, 9},
    {"sep", WordKind::kMonth, 9},
    {"sept", WordKind::kMonth, 9},
    {"october", WordKind::kMonth, 10},
    {"oct", WordKind::kMonth, 10},
    {"november", WordKind::kMonth, 11},
    {"nov", WordKind::kMonth, 11},
    {"december", WordKind::kMonth, 12},
    {"dec", WordKind::kMonth, 12},
    {"monday", WordKind::kWeekday, 0},
    {"mon", WordKind::kWeekday, 0},
    {"tuesday", WordKind::kWeekday, 1},
    {"tue", WordKind::kWeekday, 1},
    {"tues", WordKind::kWeekday, 1},
    {"wednesday", WordKind::kWeekday, 2},
    {"wed", WordKind::kWeekday, 2},
    {"thursday", WordKind::kWeekday, 3},
    {"thu", WordKind::kWeekday, 3},
    {"thur", WordKind::kWeekday, 3},
    {"thurs", WordKind::kWeekday, 3},
    {"friday", WordKind::kWeekday, 4},
    {"fri", WordKind::kWeekday, 4},
    {"saturday", WordKind::kWeekday, 5},
    {"sat", WordKind::kWeekday, 5},
    {"sunday", WordKind::kWeekday, 6},
    {"sun", WordKind::kWeekday, 6},
    {"utc", WordKind::kUtc, 0},
    {"gmt", WordKind::kUtc, 0},
    {"ut", WordKind::kUtc, 0},
    {"z", WordKind::kZulu, 0},
    // North America.
    {"est", WordKind::kZone, -5 * 60},
    {"edt", WordKind::kZone, -4 * 60},
    {"cst", WordKind::kZone, -6 * 60},
    {"cdt", WordKind::kZone, -5 * 60},
    {"mst", WordKind::kZone, -7 * 60},
    {"mdt", WordKind::kZone, -6 * 60},
    {"pst", WordKind::kZone, -8 * 60},
    {"pdt", WordKind::kZone, -7 * 60},
    {"akst", WordKind::kZone, -9 * 60},
    {"akdt", WordKind::kZone, -8 * 60},
    {"hst", WordKind::kZone, -10 * 60},
    {"hdt", WordKind::kZone, -9 * 60},
    {"adt", WordKind::kZone, -3 * 60},
    {"nst", WordKind::kZone, -(3 * 60 + 30)},
    {"ndt", WordKind::kZone, -(2 * 60 + 30)},
    // Europe.
    {"wet", WordKind::kZone, 0},
    {"west", WordKind::kZone, 60},
    {"cet", WordKind::kZone, 60},
    {"cest", WordKind::kZone, 2 * 60},
    {"met", WordKind::kZone, 60},
    {"mest", WordKind::kZone, 2 * 60},
    {"eet", WordKind::kZone, 2 * 60},
    {"eest", WordKind::kZone, 3 * 60},
    {"msk", WordKind::kZone, 3 * 60},
    // Asia and the Pacific.
    {"pkt", WordKind::kZone, 5 * 60},
    {"ict", WordKind::kZone, 7 * 60},
    {"wib", WordKind::kZone, 7 * 60},
    {"hkt", WordKind::kZone, 8 * 60},
    {"sgt", WordKind::kZone, 8 * 60},
    {"pht", WordKind::kZone, 8 * 60},
    {"awst", WordKind::kZone, 8 * 60},
    {"jst", WordKind::kZone, 9 * 60},
    {"kst", WordKind::kZone, 9 * 60},
    {"acst", WordKind::kZone, 9 * 60 + 30},
    {"acdt", WordKind::kZone, 10 * 60 + 30},
    {"aest", WordKind::kZone, 10 * 60},
    {"aedt", WordKind::kZone, 11 * 60},
    {"nzst", WordKind::kZone, 12 * 60},
    {"nzdt", WordKind::kZone, 13 * 60},
    {"chast", WordKind::kZone, 12 * 60 + 45},
    {"chadt", WordKind::kZone, 13 * 60 + 45},
    // Abbreviations in use for more than one offset: kept, never guessed.
    {"ist", WordKind::kAmbiguousZone, 0},  // India, Israel, Ireland
    {"bst", WordKind::kAmbiguousZone, 0},  // British Summer, Bangladesh
    {"ast", WordKind::kAmbiguousZone, 0},  // Atlantic, Arabia
    {"gst", WordKind::kAmbiguousZone, 0},  // Gulf, South Georgia
    {"sst", WordKind::kAmbiguousZone, 0},  // Samoa, Singapore
    {"cct", WordKind::kAmbiguousZone, 0},  // Cocos, China Coast
    {"amt", WordKind::kAmbiguousZone, 0},  // Amazon, Armenia
    {"ect", WordKind::kAmbiguousZone, 0},  // Ecuador, Eastern Caribbean
    {"cat", WordKind::kAmbiguousZone, 0},  // Central Africa, Alaska (old)
    {"noon", WordKind::kNoon, 0},
    {"of", WordKind::kOf, 0},
    {"at", WordKind::kAt, 0},
};

// Words are keyed by their first eight folded letters plus their length; the
// ninth letter of "september" and "wednesday" is checked separately.
constexpr int kMaxWordLength = 9;
constexpr int kWordSlotBits = 8;
constexpr int kWordSlots = 1 << kWordSlotBits;

struct WordSlot {
  std::uint64_t key = 0;
  std::uint8_t length = 0;  // 0: empty slot
  unsigned char ninth = 0;
  WordKind kind = WordKind::kNone;
  std::int16_t value = 0;
};

constexpr std::uint32_t WordHash(std::uint64_t key, int length) {
  return static_cast<std::uint32_t>(
      ((key + static_cast<std::uint64_t>(length)) * 0x9E3779B97F4A7C15ull) >>
      (64 - kWordSlotBits));
}

constexpr std::array<WordSlot, kWordSlots> BuildWordTable() {
  std::array<WordSlot, kWordSlots> table{};
  for (const WordDef& def : kWordDefs) {
    int length = 0;
    std::uint64_t key = 0;
    unsigned char ninth = 0;
    for (; def.name[length] != '\0'; ++length) {
      const auto c = static_cast<unsigned char>(def.name[length]);
      if (length < 8) key |= static_cast<std::uint64_t>(c) << (8 * length);
      if (length == 8) ninth = c;
    }
    std::uint32_t slot = WordHash(key, length);
    while (table[slot].length != 0) slot = (slot + 1) & (kWordSlots - 1);
    table[slot].key = key;
    table[slot].length = static_cast<std::uint8_t>(length);
    table[slot].ninth = ninth;
    table[slot].kind = def.kind;
    table[slot].value = def.value;
  }
  return table;
}

constexpr std::array<WordSlot, kWordSlots> kWordTable = BuildWordTable();

// Looks up the letters [begin, end), which are all ASCII letters, in a text
// that ends at `text_end`.
const WordSlot* LookUpWord(const char* begin, const char* end,
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
    (void)text_end;
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

// ---------------------------------------------------------------------------
// Calendar.

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr std::int8_t kDays[13] = {0,  31, 28, 31, 30, 31, 30,
                                            31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month];
}

// 0 for Monday .. 6 for Sunday, as absl::Weekday, for years 1 and later
// (Sakamoto's method; 32-bit divisions by constants only).
int WeekdayOf(int year, int month, int day) {
  static constexpr int kMonthOffset[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int y = year - (month < 3 ? 1 : 0);
  const int sunday_based =
      (y + y / 4 - y / 100 + y / 400 + kMonthOffset[month - 1] + day) % 7;
  return (sunday_based + 6) % 7;
}

constexpr std::string_view kMonthNames[13] = {
    "",     "January", "February",  "March",   "April",    "May",     "June",
    "July", "August",  "September", "October", "November", "December"};
constexpr std::string_view kWeekdayNames[7] = {
    "Monday", "Tuesday",  "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"};

// ---------------------------------------------------------------------------
// The result.

struct DateFields {
  int year = 0;
  int month = 1;
  int day = 1;
  int hour = 0;
  int minute = 0;
  int second = 0;
  std::uint64_t fraction = 0;
  int fraction_digits = 0;
  DatePrecision precision = DatePrecision::kYear;
  bool has_offset = false;
  int offset = 0;
  const char* zone = nullptr;
  std::size_t zone_length = 0;
  bool zone_ambiguous = false;
  bool day_month_ambiguous = false;
  bool year_expanded = false;
  int weekday = -1;
};

// Assigns every field on its own: building a DateTime() temporary and copying
// it costs a store-forwarding stall larger than a whole ISO scan.
[[gnu::always_inline]] inline void StoreDate(const DateFields& f, DateTime* d) {
  // Fields below the precision hold their minimum, whatever a longer reading
  // that was then given up (the prefix mode backs off "10:0%") left in them.
  const DatePrecision p = f.precision;
  const bool has_time = p >= DatePrecision::kMinute;
  d->civil = absl::CivilSecond(f.year, p >= DatePrecision::kMonth ? f.month : 1,
                               p >= DatePrecision::kDay ? f.day : 1,
                               has_time ? f.hour : 0, has_time ? f.minute : 0,
                               p >= DatePrecision::kSecond ? f.second : 0);
  d->precision = p;
  const bool has_fraction = p == DatePrecision::kFraction;
  d->fraction = has_fraction ? f.fraction : 0;
  d->fraction_digits = has_fraction ? f.fraction_digits : 0;
  if (f.has_offset) {
    d->utc_offset_minutes = f.offset;
  } else {
    d->utc_offset_minutes.reset();
  }
  std::memset(d->zone_abbreviation, 0, sizeof(d->zone_abbreviation));
  if (f.zone != nullptr) {
    std::memcpy(
        d->zone_abbreviation, f.zone,
        f.zone_length < static_cast<std::size_t>(DateTime::kMaxZoneLength)
            ? f.zone_length
            : static_cast<std::size_t>(DateTime::kMaxZoneLength));
  }
  d->zone_ambiguous = f.zone_ambiguous;
  d->day_month_ambiguous = f.day_month_ambiguous;
  d->year_expanded = f.year_expanded;
  if (f.weekday >= 0) {
    d->weekday = static_cast<absl::Weekday>(f.weekday);
  } else {
    d->weekday.reset();
  }
}

// ---------------------------------------------------------------------------
// Fast paths for the two commonest exact forms, RFC 3339 and RFC 2822. They
// accept only what the scanner below accepts, with the same result (the
// tests check both on every table row and on random input), and leave
// everything else, errors included, to the scanner.

inline bool TwoDigits(const char* p, int* value) {
  const unsigned a = static_cast<unsigned char>(p[0]) - unsigned{'0'};
  const unsigned b = static_cast<unsigned char>(p[1]) - unsigned{'0'};
  if (a > 9 || b > 9) return false;
  *value = static_cast<int>(a * 10 + b);
  return true;
}

inline bool FourDigits(const char* p, int* value) {
  int high = 0;
  int low = 0;
  if (!TwoDigits(p, &high) || !TwoDigits(p + 2, &low)) return false;
  *value = high * 100 + low;
  return true;
}

// "Z", "+09:00", "+0900" or "+09" filling exactly [p, end).
bool FastOffset(const char* p, const char* end, DateFields* f) {
  const std::size_t n = static_cast<std::size_t>(end - p);
  if (n == 1 && (*p == 'Z' || *p == 'z')) {
    f->has_offset = true;
    f->offset = 0;
    return true;
  }
  if (n < 3 || (*p != '+' && *p != '-')) return false;
  int hours = 0;
  int minutes = 0;
  if (!TwoDigits(p + 1, &hours)) return false;
  if (n == 6 && p[3] == ':') {
    if (!TwoDigits(p + 4, &minutes)) return false;
  } else if (n == 5) {
    if (!TwoDigits(p + 3, &minutes)) return false;
  } else if (n != 3) {
    return false;
  }
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) return false;
  f->has_offset = true;
  f->offset = (*p == '-' ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

// "HH:MM[:SS[.fff]]" at p; returns the end, or nullptr.
const char* FastClock(const char* p, const char* end, bool fraction_allowed,
                      DateFields* f) {
  if (end - p < 5 || p[2] != ':' || !TwoDigits(p, &f->hour) ||
      !TwoDigits(p + 3, &f->minute) || f->hour > 23 || f->minute > 59) {
    return nullptr;
  }
  p += 5;
  f->precision = DatePrecision::kMinute;
  if (end - p >= 3 && *p == ':') {
    if (!TwoDigits(p + 1, &f->second) || f->second > 59) return nullptr;
    p += 3;
    f->precision = DatePrecision::kSecond;
    if (fraction_allowed && end - p >= 2 && (*p == '.' || *p == ',')) {
      ++p;
      std::uint64_t value = 0;
      int digits = 0;
      while (p != end && static_cast<unsigned char>(*p) - unsigned{'0'} <= 9) {
        if (digits == DateTime::kMaxFractionDigits) return nullptr;
        value = value * 10 + static_cast<unsigned>(*p - '0');
        ++digits;
        ++p;
      }
      if (digits == 0) return nullptr;
      f->fraction = value;
      f->fraction_digits = digits;
      f->precision = DatePrecision::kFraction;
    }
  }
  return p;
}

// The ISO 8601 basic form: "20240325", "20240325T1005", "20240325T100530.25Z",
// "20240325T100530+0900", each filling the whole text.
bool FastIsoBasic(const char* p, const char* end, DateFields* f) {
  if (end - p < 8 || !FourDigits(p, &f->year) || !TwoDigits(p + 4, &f->month) ||
      !TwoDigits(p + 6, &f->day) || f->year == 0 || f->month < 1 ||
      f->month > 12 || f->day < 1 || f->day > DaysInMonth(f->year, f->month)) {
    return false;
  }
  f->precision = DatePrecision::kDay;
  p += 8;
  if (p == end) return true;
  if (*p != 'T' && *p != 't') return false;
  ++p;
  if (end - p < 4 || !TwoDigits(p, &f->hour) || !TwoDigits(p + 2, &f->minute) ||
      f->hour > 23 || f->minute > 59) {
    return false;
  }
  p += 4;
  f->precision = DatePrecision::kMinute;
  if (p != end && IsDigit(static_cast<unsigned char>(*p))) {
    if (end - p < 2 || !TwoDigits(p, &f->second) || f->second > 59) {
      return false;
    }
    p += 2;
    f->precision = DatePrecision::kSecond;
    if (end - p >= 2 && (*p == '.' || *p == ',') &&
        IsDigit(static_cast<unsigned char>(p[1]))) {
      ++p;
      std::uint64_t value = 0;
      int digits = 0;
      while (p != end && IsDigit(static_cast<unsigned char>(*p))) {
        if (digits == DateTime::kMaxFractionDigits) return false;
        value = value * 10 + static_cast<unsigned>(*p - '0');
        ++digits;
        ++p;
      }
      f->fraction = value;
      f->fraction_digits = digits;
      f->precision = DatePrecision::kFraction;
    }
  }
  if (p != end && IsDigit(static_cast<unsigned char>(*p))) return false;
  return p == end || FastOffset(p, end, f);
}

// One or two digits not followed by a third.
const char* FastDay(const char* p, const char* end, int* day) {
  if (p == end || !IsDigit(static_cast<unsigned char>(*p))) return nullptr;
  *day = *p++ - '0';
  if (p != end && IsDigit(static_cast<unsigned char>(*p))) {
    *day = *day * 10 + (*p++ - '0');
    if (p != end && IsDigit(static_cast<unsigned char>(*p))) return nullptr;
  }
  return p;
}

// A numeric date with its year last and four digits: "03/25/2024",
// "3-4-2024", "25.03.2024", read as ScanNumericYearLast() reads it.
bool FastNumeric(const char* p, const char* end, bool option_day_first,
                 DateFields* f) {
  int first = 0;
  int second = 0;
  p = FastDay(p, end, &first);
  if (p == nullptr || end - p < 7) return false;
  const char separator = *p;
  if (separator != '/' && separator != '-' && separator != '.') return false;
  p = FastDay(p + 1, end, &second);
  if (p == nullptr || end - p != 5 || *p != separator ||
      !FourDigits(p + 1, &f->year) || f->year == 0) {
    return false;
  }
  const bool dotted = separator == '.';
  bool day_first = dotted || option_day_first;
  const int preferred_month = day_first ? second : first;
  const int other_month = day_first ? first : second;
  if (!dotted && (preferred_month < 1 || preferred_month > 12) &&
      other_month >= 1 && other_month <= 12) {
    day_first = !day_first;
  }
  f->month = day_first ? second : first;
  f->day = day_first ? first : second;
  if (f->month < 1 || f->month > 12 || f->day < 1 ||
      f->day > DaysInMonth(f->year, f->month)) {
    return false;
  }
  f->precision = DatePrecision::kDay;
  f->day_month_ambiguous = !dotted && first != second && first >= 1 &&
                           first <= 12 && second >= 1 && second <= 12;
  return true;
}

// RFC 3339 and its common relatives: "2024-03-25", "2024-03-25T10:05",
// "2024-03-25 10:05:30.250+09:00", each filling the whole text.
bool FastIso(const char* p, const char* end, DateFields* f) {
  if (end - p < 10 || p[4] != '-' || p[7] != '-' || !FourDigits(p, &f->year) ||
      !TwoDigits(p + 5, &f->month) || !TwoDigits(p + 8, &f->day) ||
      f->year == 0 || f->month < 1 || f->month > 12 || f->day < 1 ||
      f->day > DaysInMonth(f->year, f->month)) {
    return false;
  }
  f->precision = DatePrecision::kDay;
  p += 10;
  if (p == end) return true;
  if (*p == 'T' || *p == 't' || *p == ' ') {
    p = FastClock(p + 1, end, /*fraction_allowed=*/true, f);
    if (p == nullptr) return false;
    if (p == end) return true;
  }
  return FastOffset(p, end, f);
}

// Three folded letters as a key.
inline std::uint32_t Key3(const char* p) {
  return static_cast<std::uint32_t>(
             FoldLetter(static_cast<unsigned char>(p[0]))) |
         static_cast<std::uint32_t>(
             FoldLetter(static_cast<unsigned char>(p[1])))
             << 8 |
         static_cast<std::uint32_t>(
             FoldLetter(static_cast<unsigned char>(p[2])))
             << 16;
}

constexpr std::uint32_t MakeKey3(const char (&s)[4]) {
  return static_cast<std::uint32_t>(s[0]) |
         static_cast<std::uint32_t>(s[1]) << 8 |
         static_cast<std::uint32_t>(s[2]) << 16;
}

bool AllLetters(const char* p, int n) {
  for (int i = 0; i < n; ++i) {
    if (!IsAlpha(static_cast<unsigned char>(p[i]))) return false;
  }
  return true;
}

int FastMonth(const char* p) {
  static constexpr std::uint32_t kKeys[12] = {
      MakeKey3("jan"), MakeKey3("feb"), MakeKey3("mar"), MakeKey3("apr"),
      MakeKey3("may"), MakeKey3("jun"), MakeKey3("jul"), MakeKey3("aug"),
      MakeKey3("sep"), MakeKey3("oct"), MakeKey3("nov"), MakeKey3("dec")};
  if (!AllLetters(p, 3)) return 0;
  const std::uint32_t key = Key3(p);
  for (int i = 0; i < 12; ++i) {
    if (kKeys[i] == key) return i + 1;
  }
  return 0;
}

int FastWeekday(const char* p) {
  static constexpr std::uint32_t kKeys[7] = {
      MakeKey3("mon"), MakeKey3("tue"), MakeKey3("wed"), MakeKey3("thu"),
      MakeKey3("fri"), MakeKey3("sat"), MakeKey3("sun")};
  if (!AllLetters(p, 3)) return -1;
  const std::uint32_t key = Key3(p);
  for (int i = 0; i < 7; ++i) {
    if (kKeys[i] == key) return i;
  }
  return -1;
}

// The zone that ends an RFC 2822 or RFC 850 date: "+0900", "-0000", "GMT",
// "UTC" or "UT", filling [p, end).
bool FastZoneTail(const char* p, const char* end, DateFields* f) {
  const std::size_t n = static_cast<std::size_t>(end - p);
  if (n == 0) return false;
  if (*p == '+' || *p == '-') return n == 5 && FastOffset(p, end, f);
  if ((n == 3 && AllLetters(p, 3) &&
       (Key3(p) == MakeKey3("gmt") || Key3(p) == MakeKey3("utc"))) ||
      (n == 2 && FoldLetter(static_cast<unsigned char>(p[0])) == 'u' &&
       FoldLetter(static_cast<unsigned char>(p[1])) == 't' &&
       IsAlpha(static_cast<unsigned char>(p[0])) &&
       IsAlpha(static_cast<unsigned char>(p[1])))) {
    f->has_offset = true;
    f->offset = 0;
    f->zone = p;
    f->zone_length = n;
    return true;
  }
  return false;
}

// RFC 2822 as mail and HTTP write it: "[Mon, ]25 Mar 2024 10:05[:30] +0900"
// or with "GMT", "UT" or "UTC" for the zone, filling the whole text.
bool FastRfc2822(const char* p, const char* end, DateFields* f) {
  if (end - p >= 5 && p[3] == ',' && p[4] == ' ') {
    f->weekday = FastWeekday(p);
    if (f->weekday < 0) return false;
    p += 5;
  }
  // Day, one or two digits.
  if (end - p < 2) return false;
  int day = 0;
  if (p[1] == ' ') {
    day = static_cast<unsigned char>(p[0]) - '0';
    if (day < 0 || day > 9) return false;
    p += 2;
  } else {
    if (!TwoDigits(p, &day) || end - p < 3 || p[2] != ' ') return false;
    p += 3;
  }
  if (end - p < 10 || p[3] != ' ' || p[8] != ' ') return false;
  f->month = FastMonth(p);
  if (f->month == 0 || !FourDigits(p + 4, &f->year) || f->year == 0) {
    return false;
  }
  f->day = day;
  if (day < 1 || day > DaysInMonth(f->year, f->month)) return false;
  p = FastClock(p + 9, end, /*fraction_allowed=*/false, f);
  if (p == nullptr || end - p < 2 || *p != ' ') return false;
  return FastZoneTail(p + 1, end, f) &&
         (f->weekday < 0 || WeekdayOf(f->year, f->month, f->day) == f->weekday);
}

// The letters at `p` as a known word; returns their end, or nullptr.
const char* FastWord(const char* p, const char* end, const WordSlot** slot) {
  const char* q = p;
  while (q != end && IsAlpha(static_cast<unsigned char>(*q))) ++q;
  if (q == p) return nullptr;
  *slot = LookUpWord(p, q, end);
  return *slot == nullptr ? nullptr : q;
}

// The period after an abbreviation ("Mon.", "Sept."), as the scanner skips it.
const char* SkipFastPeriod(const char* word, const char* q, const char* end) {
  return (q - word <= 4 && q != end && *q == '.') ? q + 1 : q;
}

// ", " or " ".
const char* FastSeparator(const char* p, const char* end) {
  if (end - p >= 2 && p[0] == ',' && p[1] == ' ') return p + 2;
  if (p != end && *p == ' ') return p + 1;
  return nullptr;
}

// "[Monday, ]March 25, 2024[ 10:05[:30][ AM]]" filling the whole text.
bool FastWritten(const char* p, const char* end, DateFields* f) {
  const WordSlot* slot = nullptr;
  const char* q = FastWord(p, end, &slot);
  if (q == nullptr) return false;
  if (slot->kind == WordKind::kWeekday) {
    f->weekday = slot->value;
    p = FastSeparator(SkipFastPeriod(p, q, end), end);
    if (p == nullptr) return false;
    q = FastWord(p, end, &slot);
    if (q == nullptr) return false;
  }
  if (slot->kind != WordKind::kMonth) return false;
  f->month = slot->value;
  p = SkipFastPeriod(p, q, end);
  if (p == end || *p != ' ') return false;
  p = FastDay(p + 1, end, &f->day);
  if (p == nullptr) return false;
  p = FastSeparator(p, end);
  if (p == nullptr || end - p < 4 || !FourDigits(p, &f->year) || f->year == 0 ||
      f->day < 1 || f->day > DaysInMonth(f->year, f->month)) {
    return false;
  }
  p += 4;
  f->precision = DatePrecision::kDay;
  if (p != end) {
    if (*p != ' ' || end - p < 5) return false;
    ++p;
    // An hour of one digit ("9:05") is padded for FastClock's sake.
    char clock[8];
    const char* clock_end = p;
    while (clock_end != end && *clock_end != ' ') ++clock_end;
    const std::size_t clock_length = static_cast<std::size_t>(clock_end - p);
    const std::size_t pad = p[1] == ':' ? 1 : 0;
    if (clock_length < 4 || clock_length + pad > sizeof(clock)) return false;
    std::size_t padded = 0;
    if (pad != 0) clock[padded++] = '0';
    std::memcpy(clock + padded, p, clock_length);
    padded += clock_length;
    if (FastClock(clock, clock + padded, /*fraction_allowed=*/false, f) !=
        clock + padded) {
      return false;
    }
    p = clock_end;
    if (p != end) {
      // " AM" or " pm": two letters, then the end.
      if (end - p != 3 || *p != ' ') return false;
      const unsigned char a = FoldLetter(static_cast<unsigned char>(p[1]));
      const unsigned char m = FoldLetter(static_cast<unsigned char>(p[2]));
      if (!IsAlpha(static_cast<unsigned char>(p[1])) ||
          !IsAlpha(static_cast<unsigned char>(p[2])) || m != 'm' ||
          (a != 'a' && a != 'p') || f->hour < 1 || f->hour > 12) {
        return false;
      }
      if (f->hour == 12) f->hour = 0;
      if (a == 'p') f->hour += 12;
    }
  }
  return f->weekday < 0 || WeekdayOf(f->year, f->month, f->day) == f->weekday;
}

// asctime(): "Mon Mar 25 10:05:30 2024", "Mon Mar  5 10:05:30 2024".
bool FastAsctime(const char* p, const char* end, DateFields* f) {
  if (end - p != 24 || p[3] != ' ' || p[7] != ' ' || p[10] != ' ' ||
      p[19] != ' ') {
    return false;
  }
  f->weekday = FastWeekday(p);
  f->month = FastMonth(p + 4);
  if (f->weekday < 0 || f->month == 0) return false;
  if (p[8] == ' ') {
    f->day = static_cast<unsigned char>(p[9]) - '0';
    if (f->day < 1 || f->day > 9) return false;
  } else if (!TwoDigits(p + 8, &f->day)) {
    return false;
  }
  if (FastClock(p + 11, p + 19, /*fraction_allowed=*/false, f) != p + 19 ||
      f->precision != DatePrecision::kSecond || !FourDigits(p + 20, &f->year) ||
      f->year == 0 || f->day < 1 || f->day > DaysInMonth(f->year, f->month)) {
    return false;
  }
  return WeekdayOf(f->year, f->month, f->day) == f->weekday;
}

// RFC 850: "Monday, 25-Mar-24 10:05:30 GMT".
bool FastRfc850(const char* p, const char* end, bool allow_two_digit_year,
                DateFields* f) {
  const WordSlot* slot = nullptr;
  const char* q = FastWord(p, end, &slot);
  if (q == nullptr || slot->kind != WordKind::kWeekday || end - q < 2 ||
      q[0] != ',' || q[1] != ' ') {
    return false;
  }
  f->weekday = slot->value;
  p = FastDay(q + 2, end, &f->day);
  if (p == nullptr || end - p < 7 || p[0] != '-' || p[4] != '-') return false;
  f->month = FastMonth(p + 1);
  if (f->month == 0) return false;
  p += 5;
  if (end - p >= 5 && p[2] == ' ' && allow_two_digit_year) {
    int year = 0;
    if (!TwoDigits(p, &year)) return false;
    f->year = year < 69 ? 2000 + year : 1900 + year;
    f->year_expanded = true;
    p += 2;
  } else if (end - p >= 5 && p[4] == ' ') {
    if (!FourDigits(p, &f->year) || f->year == 0) return false;
    p += 4;
  } else {
    return false;
  }
  if (f->day < 1 || f->day > DaysInMonth(f->year, f->month)) return false;
  p = FastClock(p + 1, end, /*fraction_allowed=*/false, f);
  if (p == nullptr || end - p < 2 || *p != ' ') return false;
  return FastZoneTail(p + 1, end, f) &&
         WeekdayOf(f->year, f->month, f->day) == f->weekday;
}

// ---------------------------------------------------------------------------
// The scanner.

// A slice of the text. Copied member by member on purpose: a copy of the
// whole struct compiles to one 16-byte load of two 8-byte stores just made,
// a store-forwarding stall that cost more than the rest of a scan.
struct Span {
  Span() = default;
  Span(const char* b, const char* e) : begin(b), end(e) {}
  Span(const Span& other) : begin(other.begin), end(other.end) {}
  Span& operator=(const Span& other) {
    begin = other.begin;
    end = other.end;
    return *this;
  }

  const char* begin = nullptr;
  const char* end = nullptr;
};

class DateScanner {
 public:
  DateScanner(std::string_view text, const DateOptions& options, bool prefix,
              DateScanError* error)
      : begin_(text.data()),
        p_(text.data()),
        end_(text.data() + text.size()),
        options_(options),
        prefix_(prefix),
        error_(error) {}

  // On success fills `*date` and the date's place in the text.
  bool Scan(DateTime* date, std::size_t* offset, std::size_t* length);

 private:
  enum class Tail { kAbsent, kOk, kError };
  enum class AmPm { kNone, kAm, kPm };

  // Cursor helpers. Peek() returns 0 past the end; a NUL byte in the text is
  // of no class either, so the two never need telling apart.
  std::size_t Left() const { return static_cast<std::size_t>(end_ - p_); }
  unsigned char Peek(std::size_t i = 0) const {
    return Left() > i ? static_cast<unsigned char>(p_[i]) : 0;
  }
  void SkipSpaces() {
    while (p_ != end_ && IsSpace(static_cast<unsigned char>(*p_))) ++p_;
  }
  // Skips white space and commas ("March 25 , 2024"); returns whether any.
  bool SkipSeparators() {
    const char* start = p_;
    while (p_ != end_ &&
           (IsSpace(static_cast<unsigned char>(*p_)) || *p_ == ',')) {
      ++p_;
    }
    return p_ != start;
  }
  // Reads a run of digits; returns its length. `*value` holds the value of the
  // first 18 digits (callers reject longer runs where they matter).
  std::size_t ReadDigits(std::uint64_t* value) {
    const char* start = p_;
    std::uint64_t v = 0;
    while (p_ != end_ && IsDigit(static_cast<unsigned char>(*p_))) {
      if (p_ - start < 18) v = v * 10 + static_cast<unsigned>(*p_ - '0');
      ++p_;
    }
    *value = v;
    return static_cast<std::size_t>(p_ - start);
  }
  Span ReadLetters() {
    const char* start = p_;
    while (p_ != end_ && IsAlpha(static_cast<unsigned char>(*p_))) ++p_;
    return {start, p_};
  }
  const WordSlot* Look(Span word) const {
    return LookUpWord(word.begin, word.end, end_);
  }
  static WordKind KindOf(const WordSlot* slot) {
    return slot == nullptr ? WordKind::kNone : slot->kind;
  }
  bool AllUpper(Span s) const {
    for (const char* c = s.begin; c != s.end; ++c) {
      if (!IsUpper(static_cast<unsigned char>(*c))) return false;
    }
    return true;
  }
  // Skips the period of an abbreviation such as "Mar." or "Mon.".
  void SkipAbbreviationPeriod(Span word) {
    if (word.end - word.begin <= 4 && Peek() == '.') ++p_;
  }
  AmPm MatchAmPm();
  bool AtWordBoundary() const;
  bool LooksLikeTimeAhead() const;
  // Whether the cursor is at ":" and two digits, as in the "-05:00" that ends
  // "2024-03-05:00" (a month with an offset, not a day).
  bool LooksLikeOffsetMinutes() const {
    return Peek() == ':' && IsDigit(Peek(1)) && IsDigit(Peek(2)) &&
           !IsDigit(Peek(3));
  }

  // Errors.
  bool Fail(const char* begin, const char* end, std::string_view what) {
    error_->offset = static_cast<std::size_t>(begin - begin_);
    error_->length = static_cast<std::size_t>(end - begin);
    error_->what = what;
    error_->year = error_->month = error_->day = 0;
    return false;
  }
  bool Fail(Span span, std::string_view what) {
    return Fail(span.begin, span.end, what);
  }
  bool FailUnexpected(const char* at);
  bool FailWord(Span word, WordKind kind);
  // Records an error in an optional tail: ParseDate() reports it, the prefix
  // mode steps back to `restart`, restores the fields as they were there
  // (`saved`: a time read halfway must not stay in the date), and keeps the
  // error for later.
  struct Saved {
    DateFields fields;
    Span zone;
    Span hour_span;
  };
  Saved Save() const { return Saved{f_, zone_, hour_span_}; }
  bool TailFailed(const char* restart, const Saved& saved) {
    if (!prefix_) return false;
    p_ = restart;
    f_ = saved.fields;
    zone_ = saved.zone;
    hour_span_ = saved.hour_span;
    if (!has_pending_) {
      pending_ = *error_;
      has_pending_ = true;
    }
    return true;
  }

  // Grammar.
  bool ScanDatePart();
  bool ScanNumberFirst();
  bool ScanYearFirst(Span year_span, std::uint64_t year);
  bool ScanCompact(Span span, std::uint64_t value);
  bool ScanNumericYearLast(Span first, std::uint64_t value, char separator);
  bool ScanDashedMonthName(Span day_span, std::uint64_t day);
  bool ScanDayFirstWord(Span day_span, std::uint64_t day);
  bool ScanMonthFirst(Span month_word, int month);
  bool ScanOrdinalSuffix();
  bool ScanYear(bool allow_two_digits, const char* date_begin,
                const char* date_end);
  bool SetYear(Span span, std::uint64_t value, std::size_t digits);
  Tail ScanTimeAfterDate();
  Tail ScanClock(bool after_t);
  Tail FinishClock(AmPm am_pm);
  Tail ScanZone();
  Tail ScanOffset(bool loose);
  void ScanZoneComment();
  void SetZoneWord(Span word) { zone_ = word; }
  bool Finish(DateTime* date);

  const char* const begin_;
  const char* p_;
  const char* const end_;
  const DateOptions& options_;
  const bool prefix_;
  DateScanError* const error_;

  const char* date_begin_ = nullptr;
  // The date being read, stored field by field (see StoreDate()).
  DateFields f_;
  bool iso_ = false;      // year-first with '-', or compact: 'T' allowed
  bool compact_ = false;  // ISO basic form: basic time allowed after 'T'
  Span zone_;
  bool numeric_year_last_ = false;
  Span weekday_span_;
  Span year_span_;
  Span month_span_;
  Span day_span_;
  Span hour_span_;
  bool has_pending_ = false;
  DateScanError pending_;
};

// Where a date may end in prefix mode: at the end, before white space, or
// before punctuation that does not glue on to more date-like text.
bool DateScanner::AtWordBoundary() const {
  if (p_ == end_) return true;
  const auto c = static_cast<unsigned char>(*p_);
  if (IsSpace(c) || c >= 0x80) return true;
  if (IsAlnum(c)) return false;
  switch (c) {
    case '-':
    case '/':
    case '+':
    case '_':
    case '@':
    case '\0':
      return false;
    default:
      break;
  }
  return !IsAlnum(Peek(1));
}

// "am", "pm", "a.m.", "P.M", any case, not followed by a letter or digit.
DateScanner::AmPm DateScanner::MatchAmPm() {
  const unsigned char first = FoldLetter(Peek());
  if (first != 'a' && first != 'p') return AmPm::kNone;
  std::size_t i = 1;
  const bool dotted = Peek(i) == '.';
  if (dotted) ++i;
  if (!IsAlpha(Peek(i)) || FoldLetter(Peek(i)) != 'm') return AmPm::kNone;
  ++i;
  if (dotted && Peek(i) == '.') ++i;
  if (IsAlnum(Peek(i))) return AmPm::kNone;
  p_ += i;
  return first == 'a' ? AmPm::kAm : AmPm::kPm;
}

// Whether the cursor is at one or two digits followed by ':'.
bool DateScanner::LooksLikeTimeAhead() const {
  if (!IsDigit(Peek())) return false;
  if (Peek(1) == ':') return true;
  return IsDigit(Peek(1)) && Peek(2) == ':';
}

bool DateScanner::FailUnexpected(const char* at) {
  if (at == end_) {
    return Fail(date_begin_, at, "incomplete date");
  }
  const char* end = at;
  if (IsAlnum(static_cast<unsigned char>(*end))) {
    while (end != end_ && IsAlnum(static_cast<unsigned char>(*end))) ++end;
  } else {
    ++end;
  }
  return Fail(at, end, "unexpected {slice}");
}

bool DateScanner::FailWord(Span word, WordKind kind) {
  if (kind == WordKind::kNoon) {
    return Fail(word, "{slice} is a time without a date");
  }
  // A word followed by a number was probably meant as a month ("Marhc 25");
  // anything else ("yesterday", "next week") is not a date at all.
  const char* after = word.end;
  while (after != end_ && (IsSpace(static_cast<unsigned char>(*after)) ||
                           *after == '.' || *after == ',')) {
    ++after;
  }
  if (kind == WordKind::kNone && after != end_ &&
      IsDigit(static_cast<unsigned char>(*after))) {
    return Fail(word, "no month named {slice}");
  }
  return Fail(word, "unexpected {slice}");
}

bool DateScanner::Scan(DateTime* date, std::size_t* offset,
                       std::size_t* length) {
  SkipSpaces();
  date_begin_ = p_;
  if (p_ == end_) return Fail(p_, p_, "expected a date, got {slice}");
  if (!ScanDatePart()) return false;

  if (f_.precision == DatePrecision::kDay) {
    const char* restart = p_;
    const Saved saved = Save();
    if (ScanTimeAfterDate() == Tail::kError && !TailFailed(restart, saved)) {
      return false;
    }
  }
  if (!f_.has_offset && !f_.zone_ambiguous) {
    const char* restart = p_;
    const Saved saved = Save();
    if (ScanZone() == Tail::kError && !TailFailed(restart, saved)) {
      return false;
    }
  }
  const char* date_end = p_;
  if (prefix_) {
    if (!AtWordBoundary()) {
      if (has_pending_) {
        *error_ = pending_;
        return false;
      }
      return FailUnexpected(p_);
    }
  } else {
    SkipSpaces();
    if (p_ != end_) {
      // An unknown capitalised word right after a time reads as a zone.
      const char* word_end = p_;
      while (word_end != end_ &&
             IsUpper(static_cast<unsigned char>(*word_end))) {
        ++word_end;
      }
      if (f_.precision >= DatePrecision::kMinute && !f_.has_offset &&
          !f_.zone_ambiguous && word_end - p_ >= 2 && word_end - p_ <= 5 &&
          (word_end == end_ ||
           !IsAlnum(static_cast<unsigned char>(*word_end)))) {
        return Fail(p_, word_end, "unknown time zone {slice}");
      }
      return FailUnexpected(p_);
    }
  }
  *offset = static_cast<std::size_t>(date_begin_ - begin_);
  *length = static_cast<std::size_t>(date_end - date_begin_);
  return Finish(date);
}

bool DateScanner::ScanDatePart() {
  const unsigned char c = Peek();
  if (IsAlpha(c)) {
    Span word = ReadLetters();
    const WordSlot* slot = Look(word);
    if (KindOf(slot) == WordKind::kWeekday) {
      f_.weekday = slot->value;
      weekday_span_ = word;
      SkipAbbreviationPeriod(word);
      SkipSeparators();
      if (IsDigit(Peek())) return ScanNumberFirst();
      if (!IsAlpha(Peek())) {
        return Fail(word, "no date after weekday {slice}");
      }
      word = ReadLetters();
      slot = Look(word);
    }
    if (KindOf(slot) == WordKind::kMonth)
      return ScanMonthFirst(word, slot->value);
    return FailWord(word, KindOf(slot));
  }
  if (IsDigit(c)) return ScanNumberFirst();
  return FailUnexpected(p_);
}

bool DateScanner::ScanNumberFirst() {
  const char* start = p_;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  const Span span{start, p_};
  if (digits == 4) return ScanYearFirst(span, value);
  if (digits == 8) return ScanCompact(span, value);
  if (digits > 2) return Fail(span, "unexpected number {slice}");
  const unsigned char c = Peek();
  if (c == ':') {
    const char* end = p_;
    while (end != end_ &&
           (IsDigit(static_cast<unsigned char>(*end)) || *end == ':')) {
      ++end;
    }
    return Fail(start, end, "{slice} is a time without a date");
  }
  if ((c == '/' || c == '-' || c == '.') && IsDigit(Peek(1))) {
    return ScanNumericYearLast(span, value, static_cast<char>(c));
  }
  if (c == '-' && IsAlpha(Peek(1))) return ScanDashedMonthName(span, value);
  return ScanDayFirstWord(span, value);
}

bool DateScanner::SetYear(Span span, std::uint64_t value, std::size_t digits) {
  year_span_ = span;
  if (digits == 2) {
    if (!options_.allow_two_digit_year) {
      return Fail(span, "two-digit year {slice} is not allowed");
    }
    // POSIX (strptime %y): 69-99 are 1969-1999, 00-68 are 2000-2068.
    f_.year = static_cast<int>(value < 69 ? 2000 + value : 1900 + value);
    f_.year_expanded = true;
    return true;
  }
  if (digits != 4) return Fail(span, "unexpected number {slice}");
  if (value == 0) return Fail(span, "year {slice} is out of range");
  f_.year = static_cast<int>(value);
  return true;
}

bool DateScanner::ScanYearFirst(Span year_span, std::uint64_t year) {
  if (!SetYear(year_span, year, 4)) return false;
  f_.precision = DatePrecision::kYear;
  const unsigned char separator = Peek();
  if ((separator != '-' && separator != '/' && separator != '.') ||
      !IsDigit(Peek(1))) {
    return true;
  }
  const char* first_separator = p_;
  ++p_;
  std::uint64_t value = 0;
  const char* month_begin = p_;
  std::size_t digits = ReadDigits(&value);
  // "2024-05:00" is a year with a UTC offset, as FormatIso8601() writes it.
  if (separator == '-' && LooksLikeOffsetMinutes()) {
    p_ = first_separator;
    return true;
  }
  if (digits > 2) return Fail(month_begin, p_, "unexpected number {slice}");
  month_span_ = {month_begin, p_};
  f_.month = static_cast<int>(value);
  if (f_.month < 1 || f_.month > 12) {
    return Fail(month_span_, "month {slice} is out of range");
  }
  iso_ = separator == '-';
  f_.precision = DatePrecision::kMonth;
  if (Peek() != separator || !IsDigit(Peek(1))) {
    // "2024/03" and "2024.03" are too easily something else; "2024-03" is
    // ISO 8601.
    if (separator != '-') {
      p_ = first_separator;
      f_.precision = DatePrecision::kYear;
    }
    return true;
  }
  const char* second_separator = p_;
  ++p_;
  const char* day_begin = p_;
  digits = ReadDigits(&value);
  if (separator == '-' && LooksLikeOffsetMinutes()) {
    p_ = second_separator;
    return true;
  }
  if (digits > 2) return Fail(day_begin, p_, "unexpected number {slice}");
  day_span_ = {day_begin, p_};
  f_.day = static_cast<int>(value);
  f_.precision = DatePrecision::kDay;
  return true;
}

bool DateScanner::ScanCompact(Span span, std::uint64_t value) {
  if (!SetYear({span.begin, span.begin + 4}, value / 10000, 4)) return false;
  month_span_ = {span.begin + 4, span.begin + 6};
  f_.month = static_cast<int>(value / 100 % 100);
  if (f_.month < 1 || f_.month > 12) {
    return Fail(month_span_, "month {slice} is out of range");
  }
  day_span_ = {span.begin + 6, span.end};
  f_.day = static_cast<int>(value % 100);
  f_.precision = DatePrecision::kDay;
  iso_ = true;
  compact_ = true;
  return true;
}

bool DateScanner::ScanNumericYearLast(Span first, std::uint64_t value,
                                      char separator) {
  ++p_;
  const char* second_begin = p_;
  std::uint64_t second_value = 0;
  std::size_t digits = ReadDigits(&second_value);
  const Span second{second_begin, p_};
  if (digits > 2) return Fail(second, "unexpected number {slice}");
  if (Peek() != separator || !IsDigit(Peek(1))) {
    if (separator == '.' && MatchAmPm() != AmPm::kNone) {
      return Fail(first.begin, p_, "{slice} is a time without a date");
    }
    if (p_ == end_ || IsSpace(Peek())) {
      return Fail(first.begin, p_, "no year in {slice}");
    }
    return FailUnexpected(p_);
  }
  ++p_;
  const char* year_begin = p_;
  std::uint64_t year = 0;
  digits = ReadDigits(&year);
  if (!SetYear({year_begin, p_}, year, digits)) return false;
  f_.precision = DatePrecision::kDay;
  numeric_year_last_ = true;

  // Dotted dates are day-first by convention; otherwise follow the option,
  // unless only the other reading has a month in range ("25/03/2024").
  const bool dotted = separator == '.';
  bool day_first = dotted || options_.day_first;
  const std::uint64_t preferred_month = day_first ? second_value : value;
  const std::uint64_t other_month = day_first ? value : second_value;
  if (!dotted && (preferred_month < 1 || preferred_month > 12) &&
      other_month >= 1 && other_month <= 12) {
    day_first = !day_first;
  }
  month_span_ = day_first ? second : first;
  day_span_ = day_first ? first : second;
  f_.month = static_cast<int>(day_first ? second_value : value);
  f_.day = static_cast<int>(day_first ? value : second_value);
  if (f_.month < 1 || f_.month > 12) {
    return Fail(month_span_, "month {slice} is out of range");
  }
  f_.day_month_ambiguous = !dotted && value != second_value && value >= 1 &&
                           value <= 12 && second_value >= 1 &&
                           second_value <= 12;
  return true;
}

bool DateScanner::ScanDashedMonthName(Span day_span, std::uint64_t day) {
  day_span_ = day_span;
  f_.day = static_cast<int>(day);
  ++p_;  // '-'
  const Span word = ReadLetters();
  const WordSlot* slot = Look(word);
  if (KindOf(slot) != WordKind::kMonth) {
    return Fail(word, "no month named {slice}");
  }
  month_span_ = word;
  f_.month = slot->value;
  if (Peek() != '-' || !IsDigit(Peek(1))) {
    return Fail(date_begin_, p_, "no year in {slice}");
  }
  ++p_;
  const char* year_begin = p_;
  std::uint64_t year = 0;
  const std::size_t digits = ReadDigits(&year);
  if (!SetYear({year_begin, p_}, year, digits)) return false;
  f_.precision = DatePrecision::kDay;
  return true;
}

// "st", "nd", "rd" or "th" right after a day, matching the number.
bool DateScanner::ScanOrdinalSuffix() {
  if (!IsAlpha(Peek()) || !IsAlpha(Peek(1)) || IsAlpha(Peek(2))) return true;
  const unsigned char a = FoldLetter(Peek());
  const unsigned char b = FoldLetter(Peek(1));
  const char* expected;
  switch (f_.day % 10) {
    case 1:
      expected = "st";
      break;
    case 2:
      expected = "nd";
      break;
    case 3:
      expected = "rd";
      break;
    default:
      expected = "th";
      break;
  }
  if (f_.day % 100 >= 11 && f_.day % 100 <= 13) expected = "th";
  const bool is_suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                         (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  if (!is_suffix) return true;  // "10am" and the like: not a suffix
  if (a != static_cast<unsigned char>(expected[0]) ||
      b != static_cast<unsigned char>(expected[1])) {
    return Fail(day_span_.begin, p_ + 2, "wrong ordinal suffix in {slice}");
  }
  p_ += 2;
  day_span_.end = p_;
  return true;
}

// The year that ends a written-out date; [date_begin, date_end) is quoted when
// there is none.
bool DateScanner::ScanYear(bool allow_two_digits, const char* date_begin,
                           const char* date_end) {
  if (!IsDigit(Peek()) || LooksLikeTimeAhead()) {
    return Fail(date_begin, date_end, "no year in {slice}");
  }
  const char* year_begin = p_;
  std::uint64_t year = 0;
  const std::size_t digits = ReadDigits(&year);
  if (digits == 2 && !allow_two_digits) {
    return Fail(year_begin, p_, "unexpected {slice}");
  }
  return SetYear({year_begin, p_}, year, digits);
}

bool DateScanner::ScanDayFirstWord(Span day_span, std::uint64_t day) {
  day_span_ = day_span;
  f_.day = static_cast<int>(day);
  if (!ScanOrdinalSuffix()) return false;
  const char* after_day = p_;
  const bool separated = SkipSeparators();
  if (MatchAmPm() != AmPm::kNone) {
    return Fail(date_begin_, p_, "{slice} is a time without a date");
  }
  if (p_ == end_) return Fail(date_begin_, after_day, "no year in {slice}");
  if (!separated || !IsAlpha(Peek())) return FailUnexpected(p_);
  Span word = ReadLetters();
  const WordSlot* slot = Look(word);
  if (KindOf(slot) == WordKind::kOf) {
    SkipSeparators();
    word = ReadLetters();
    slot = Look(word);
  }
  if (KindOf(slot) == WordKind::kNoon) {
    return Fail(date_begin_, word.end, "{slice} is a time without a date");
  }
  if (KindOf(slot) != WordKind::kMonth) {
    if (word.begin == word.end) return FailUnexpected(p_);
    return Fail(word, "no month named {slice}");
  }
  month_span_ = word;
  f_.month = slot->value;
  SkipAbbreviationPeriod(word);
  const char* after_month = p_;
  SkipSeparators();
  if (!ScanYear(/*allow_two_digits=*/true, date_begin_, after_month)) {
    return false;
  }
  f_.precision = DatePrecision::kDay;
  return true;
}

bool DateScanner::ScanMonthFirst(Span month_word, int month) {
  month_span_ = month_word;
  f_.month = month;
  SkipAbbreviationPeriod(month_word);
  const char* after_month = p_;
  SkipSeparators();
  if (!IsDigit(Peek())) {
    if (p_ == end_ || p_ == after_month) {
      return Fail(date_begin_, after_month, "no year in {slice}");
    }
    return FailUnexpected(p_);
  }
  if (p_ == after_month) return FailUnexpected(p_);
  const char* number_begin = p_;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  if (digits == 4) {  // "March 2024"
    if (!SetYear({number_begin, p_}, value, digits)) return false;
    f_.precision = DatePrecision::kMonth;
    return true;
  }
  if (digits > 2) return Fail(number_begin, p_, "unexpected number {slice}");
  if (Peek() == ':') {
    return Fail(number_begin, p_, "no day before time {slice}");
  }
  day_span_ = {number_begin, p_};
  f_.day = static_cast<int>(value);
  if (!ScanOrdinalSuffix()) return false;
  const char* after_day = p_;
  SkipSeparators();
  if (LooksLikeTimeAhead() && p_ != after_day) {
    // asctime() and date(1): "Mon Mar 25 10:05:30 [UTC] 2024".
    const char* clock_begin = p_;
    const Tail clock = ScanClock(/*after_t=*/false);
    if (clock == Tail::kError) return false;
    if (clock == Tail::kAbsent) return FailUnexpected(clock_begin);
    if (ScanZone() == Tail::kError) return false;
    const char* after_time = p_;
    SkipSeparators();
    if (p_ == after_time && p_ != end_) return FailUnexpected(p_);
    if (!IsDigit(Peek()))
      return Fail(date_begin_, after_time, "no year in {slice}");
    const char* year_begin = p_;
    std::uint64_t year = 0;
    const std::size_t year_digits = ReadDigits(&year);
    if (year_digits != 4) return Fail(year_begin, p_, "unexpected {slice}");
    return SetYear({year_begin, p_}, year, year_digits);
  }
  if (p_ == after_day && p_ != end_) return FailUnexpected(p_);
  if (!ScanYear(/*allow_two_digits=*/false, date_begin_, after_day)) {
    return false;
  }
  f_.precision = DatePrecision::kDay;
  return true;
}

// A time after a complete date: "T10:05", " 10:05:30", ", 10 a.m.", " at noon".
DateScanner::Tail DateScanner::ScanTimeAfterDate() {
  const char* start = p_;
  if (iso_ && (Peek() == 'T' || Peek() == 't') && IsDigit(Peek(1))) {
    ++p_;
    const Tail tail = ScanClock(/*after_t=*/true);
    if (tail == Tail::kAbsent) {
      FailUnexpected(start);
      return Tail::kError;
    }
    return tail;
  }
  if (!SkipSeparators()) return Tail::kAbsent;
  if (IsAlpha(Peek())) {
    const char* word_begin = p_;
    const Span word = ReadLetters();
    if (KindOf(Look(word)) == WordKind::kAt && IsSpace(Peek())) {
      SkipSpaces();
    } else {
      p_ = word_begin;
    }
  }
  const Tail tail = ScanClock(/*after_t=*/false);
  if (tail == Tail::kAbsent) p_ = start;
  return tail;
}

// A time of day: "10:05", "10:05:30.25", "10:05 pm", "10.05pm", "10 AM",
// "noon", "12 noon"; after an ISO 'T' also "1005" and "100530".
DateScanner::Tail DateScanner::ScanClock(bool after_t) {
  const char* start = p_;
  if (!after_t && IsAlpha(Peek())) {
    const Span word = ReadLetters();
    if (KindOf(Look(word)) == WordKind::kNoon) {
      f_.hour = 12;
      f_.minute = 0;
      f_.precision = DatePrecision::kMinute;
      return Tail::kOk;
    }
    p_ = start;
    return Tail::kAbsent;
  }
  if (!IsDigit(Peek())) return Tail::kAbsent;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  hour_span_ = {start, p_};
  if (after_t && compact_ && (digits == 4 || digits == 6)) {  // ISO basic
    const std::uint64_t scale = digits == 6 ? 10000 : 100;
    hour_span_ = {start, start + 2};
    f_.hour = static_cast<int>(value / scale);
    f_.minute = static_cast<int>(value / (scale / 100) % 100);
    f_.precision = DatePrecision::kMinute;
    if (digits == 6) {
      f_.second = static_cast<int>(value % 100);
      f_.precision = DatePrecision::kSecond;
    }
  } else if (digits > 2) {
    p_ = start;
    return Tail::kAbsent;
  } else {
    f_.hour = static_cast<int>(value);
    if (Peek() == ':' && IsDigit(Peek(1))) {
      ++p_;
      const char* minute_begin = p_;
      if (ReadDigits(&value) != 2) {
        Fail(minute_begin, p_, "minute {slice} is not two digits");
        return Tail::kError;
      }
      f_.minute = static_cast<int>(value);
      f_.precision = DatePrecision::kMinute;
      if (Peek() == ':' && IsDigit(Peek(1))) {
        ++p_;
        const char* second_begin = p_;
        if (ReadDigits(&value) != 2) {
          Fail(second_begin, p_, "second {slice} is not two digits");
          return Tail::kError;
        }
        f_.second = static_cast<int>(value);
        f_.precision = DatePrecision::kSecond;
      }
    } else if (!after_t && Peek() == '.' && IsDigit(Peek(1)) &&
               IsDigit(Peek(2)) && !IsDigit(Peek(3))) {
      // "10.05pm": only with am/pm, else it is some other number.
      p_ += 1;
      f_.minute = (Peek() - '0') * 10 + (Peek(1) - '0');
      p_ += 2;
      const char* before_space = p_;
      SkipSpaces();
      const AmPm am_pm = MatchAmPm();
      if (am_pm == AmPm::kNone) {
        p_ = start;
        (void)before_space;
        return Tail::kAbsent;
      }
      f_.precision = DatePrecision::kMinute;
      return FinishClock(am_pm);
    } else if (!after_t) {
      // "10 AM", "10am", "12 noon".
      SkipSpaces();
      const AmPm am_pm = MatchAmPm();
      if (am_pm != AmPm::kNone) {
        f_.minute = 0;
        f_.precision = DatePrecision::kMinute;
        return FinishClock(am_pm);
      }
      const char* word_begin = p_;
      const Span word = ReadLetters();
      if (f_.hour == 12 && word.begin != word.end &&
          KindOf(Look(word)) == WordKind::kNoon) {
        f_.minute = 0;
        f_.precision = DatePrecision::kMinute;
        return FinishClock(AmPm::kNone);
      }
      (void)word_begin;
      p_ = start;
      return Tail::kAbsent;
    } else {
      Fail(start, p_, "unexpected {slice}");
      return Tail::kError;
    }
  }
  if (f_.precision == DatePrecision::kSecond &&
      (Peek() == '.' || Peek() == ',') && IsDigit(Peek(1))) {
    ++p_;
    const char* fraction_begin = p_;
    const std::size_t fraction_digits = ReadDigits(&value);
    if (fraction_digits > DateTime::kMaxFractionDigits) {
      Fail(fraction_begin, p_, "too many fractional digits in {slice}");
      return Tail::kError;
    }
    f_.fraction = value;
    f_.fraction_digits = static_cast<int>(fraction_digits);
    f_.precision = DatePrecision::kFraction;
  }
  AmPm am_pm = AmPm::kNone;
  if (!after_t) {
    const char* before_space = p_;
    SkipSpaces();
    am_pm = MatchAmPm();
    if (am_pm == AmPm::kNone) p_ = before_space;
  }
  return FinishClock(am_pm);
}

DateScanner::Tail DateScanner::FinishClock(AmPm am_pm) {
  if (am_pm != AmPm::kNone) {
    if (f_.hour < 1 || f_.hour > 12) {
      Fail(hour_span_, "hour {slice} is out of range for am/pm");
      return Tail::kError;
    }
    if (f_.hour == 12) f_.hour = 0;
    if (am_pm == AmPm::kPm) f_.hour += 12;
  } else if (f_.hour > 23) {
    Fail(hour_span_, "hour {slice} is out of range");
    return Tail::kError;
  }
  if (f_.minute > 59) {
    // The minute's slice: two digits after the hour and a ':' (or none).
    const char* m = hour_span_.end;
    if (m != end_ && (*m == ':' || *m == '.')) ++m;
    Fail(m, m + 2 <= end_ ? m + 2 : end_, "minute {slice} is out of range");
    return Tail::kError;
  }
  if (f_.second > 59) {
    const char* s = hour_span_.end;
    s += (s != end_ && *s == ':') ? 4 : 2;
    if (s != end_ && *s == ':') ++s;
    Fail(s, s + 2 <= end_ ? s + 2 : end_, "second {slice} is out of range");
    return Tail::kError;
  }
  return Tail::kOk;
}

// A zone after a time or a date: "Z", "+09:00", "+0900", "+09", " UTC",
// " GMT+5:30", " EDT", " -0400 (EDT)". In prefix mode a zone word must be in
// capitals, so that "wet weather" after a date stays in the rest.
DateScanner::Tail DateScanner::ScanZone() {
  const char* start = p_;
  unsigned char c = Peek();
  if ((c == 'Z' || c == 'z') && !IsAlnum(Peek(1))) {
    ++p_;
    f_.has_offset = true;
    f_.offset = 0;
    return Tail::kOk;
  }
  if ((c == '+' || c == '-') && IsDigit(Peek(1))) {
    const Tail tail = ScanOffset(/*loose=*/false);
    if (tail == Tail::kOk) ScanZoneComment();
    return tail;
  }
  SkipSpaces();
  c = Peek();
  if ((c == '+' || c == '-') && IsDigit(Peek(1)) && p_ != start) {
    const Tail tail = ScanOffset(/*loose=*/false);
    if (tail == Tail::kOk) ScanZoneComment();
    return tail;
  }
  if (!IsAlpha(c)) {
    p_ = start;
    return Tail::kAbsent;
  }
  const Span word = ReadLetters();
  const WordSlot* slot = Look(word);
  const WordKind kind = KindOf(slot);
  const bool is_zone = kind == WordKind::kZone ||
                       kind == WordKind::kAmbiguousZone ||
                       kind == WordKind::kUtc || kind == WordKind::kZulu;
  if (!is_zone || (prefix_ && !AllUpper(word)) || IsDigit(Peek())) {
    p_ = start;
    return Tail::kAbsent;
  }
  f_.has_offset = true;
  f_.offset = 0;
  switch (kind) {
    case WordKind::kZulu:
      return Tail::kOk;
    case WordKind::kAmbiguousZone:
      f_.has_offset = false;
      f_.zone_ambiguous = true;
      SetZoneWord(word);
      return Tail::kOk;
    case WordKind::kZone:
      f_.offset = slot->value;
      SetZoneWord(word);
      return Tail::kOk;
    default:  // kUtc
      SetZoneWord(word);
      if ((Peek() == '+' || Peek() == '-') && IsDigit(Peek(1))) {
        return ScanOffset(/*loose=*/true);
      }
      return Tail::kOk;
  }
}

// "+09:00", "+0900", "+09"; with `loose` (after "UTC") also "+9" and "+9:30".
DateScanner::Tail DateScanner::ScanOffset(bool loose) {
  const char* start = p_;
  const bool negative = *p_ == '-';
  ++p_;
  std::uint64_t value = 0;
  const std::size_t digits = ReadDigits(&value);
  std::uint64_t hours = 0;
  std::uint64_t minutes = 0;
  if (digits == 4) {
    hours = value / 100;
    minutes = value % 100;
  } else if (digits == 2 || (loose && digits == 1)) {
    hours = value;
    if (Peek() == ':' && IsDigit(Peek(1))) {
      ++p_;
      if (ReadDigits(&minutes) != 2) {
        Fail(start, p_, "utc offset {slice} is malformed");
        return Tail::kError;
      }
    }
  } else {
    Fail(start, p_, "utc offset {slice} is malformed");
    return Tail::kError;
  }
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
    Fail(start, p_, "utc offset {slice} is out of range");
    return Tail::kError;
  }
  f_.has_offset = true;
  f_.offset = static_cast<int>(hours * 60 + minutes) * (negative ? -1 : 1);
  return Tail::kOk;
}

// RFC 2822's comment after a numeric zone, "-0400 (EDT)": kept as the
// abbreviation when it is a short word; the numeric offset stays in force.
void DateScanner::ScanZoneComment() {
  const char* start = p_;
  SkipSpaces();
  if (Peek() != '(') {
    p_ = start;
    return;
  }
  ++p_;
  const Span word = ReadLetters();
  const long length = word.end - word.begin;
  if (length < 1 || length > DateTime::kMaxZoneLength || Peek() != ')' ||
      (prefix_ && !AllUpper(word))) {
    p_ = start;
    return;
  }
  ++p_;
  if (zone_.begin == nullptr) SetZoneWord(word);
}

bool DateScanner::Finish(DateTime* date) {
  if (f_.precision >= DatePrecision::kDay) {
    if (f_.day < 1 || f_.day > DaysInMonth(f_.year, f_.month)) {
      Fail(day_span_, "day {slice} is out of range for {month_year}");
      error_->year = f_.year;
      error_->month = f_.month;
      return false;
    }
  }
  if (f_.weekday >= 0) {
    if (f_.precision < DatePrecision::kDay) {
      return Fail(weekday_span_, "weekday {slice} needs a day of the month");
    }
    if (WeekdayOf(f_.year, f_.month, f_.day) != f_.weekday) {
      Fail(weekday_span_,
           "weekday {slice} does not match {date}, a {weekday},");
      error_->year = f_.year;
      error_->month = f_.month;
      error_->day = f_.day;
      return false;
    }
    // The weekday settles an ambiguous order when it fits only one reading.
    if (f_.day_month_ambiguous &&
        WeekdayOf(f_.year, f_.day, f_.month) != f_.weekday) {
      f_.day_month_ambiguous = false;
    }
  }

  if (zone_.begin != nullptr) {
    f_.zone = zone_.begin;
    f_.zone_length = static_cast<std::size_t>(zone_.end - zone_.begin);
  }
  StoreDate(f_, date);
  return true;
}

// Error messages.

void AppendQuoted(std::string_view slice, std::string* out) {
  constexpr std::size_t kMaxQuoted = 40;
  static constexpr char kHex[] = "0123456789abcdef";
  const bool shorten = slice.size() > kMaxQuoted;
  if (shorten) slice = slice.substr(0, kMaxQuoted);
  out->push_back('"');
  for (const char ch : slice) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(ch);
    } else if (c >= 0x20 && c < 0x7f) {
      out->push_back(ch);
    } else {
      out->append("\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    }
  }
  if (shorten) out->append("...");
  out->push_back('"');
}

void AppendPadded(int value, int width, std::string* out) {
  char digits[12];
  int n = 0;
  unsigned v = static_cast<unsigned>(value < 0 ? 0 : value);
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 && n < 12);
  for (int i = n; i < width; ++i) out->push_back('0');
  while (n > 0) out->push_back(digits[--n]);
}

}  // namespace

bool ScanDateInto(std::string_view text, const DateOptions& options,
                  bool prefix, DateTime* date, std::size_t* offset,
                  std::size_t* length, DateScanError* error) {
  if (!prefix && !text.empty()) {
    const char* begin = text.data();
    const char* end = begin + text.size();
    const auto first = static_cast<unsigned char>(*begin);
    // One DateFields per path: resetting one with `= DateFields()` costs a
    // store-forwarding stall.
    if (IsDigit(first)) {
      DateFields iso;
      if (text.size() >= 8 && begin[4] != '-' ? FastIsoBasic(begin, end, &iso)
                                              : FastIso(begin, end, &iso)) {
        StoreDate(iso, date);
        *offset = 0;
        *length = text.size();
        return true;
      }
      DateFields numeric;
      if (FastNumeric(begin, end, options.day_first, &numeric)) {
        StoreDate(numeric, date);
        *offset = 0;
        *length = text.size();
        return true;
      }
    }
    if (IsAlnum(first)) {
      DateFields rfc;
      if (FastRfc2822(begin, end, &rfc)) {
        StoreDate(rfc, date);
        *offset = 0;
        *length = text.size();
        return true;
      }
    }
    if (IsAlpha(first)) {
      // asctime() has a fixed length, so it is the cheapest to rule out.
      if (text.size() == 24) {
        DateFields asctime;
        if (FastAsctime(begin, end, &asctime)) {
          StoreDate(asctime, date);
          *offset = 0;
          *length = text.size();
          return true;
        }
      }
      DateFields written;
      if (FastWritten(begin, end, &written)) {
        StoreDate(written, date);
        *offset = 0;
        *length = text.size();
        return true;
      }
      DateFields rfc850;
      if (FastRfc850(begin, end, options.allow_two_digit_year, &rfc850)) {
        StoreDate(rfc850, date);
        *offset = 0;
        *length = text.size();
        return true;
      }
    }
  }
  DateScanner scanner(text, options, prefix, error);
  return scanner.Scan(date, offset, length);
}

bool ScanDate(std::string_view text, const DateOptions& options, bool prefix,
              DatePrefix* out, DateScanError* error) {
  if (!ScanDateInto(text, options, prefix, &out->date, &out->offset,
                    &out->length, error)) {
    return false;
  }
  out->consumed = out->offset + out->length;
  return true;
}

bool ScanDateSlowly(std::string_view text, const DateOptions& options,
                    bool prefix, DatePrefix* out, DateScanError* error) {
  DateScanner scanner(text, options, prefix, error);
  if (!scanner.Scan(&out->date, &out->offset, &out->length)) return false;
  out->consumed = out->offset + out->length;
  return true;
}

absl::Status MakeDateError(std::string_view text, const DateScanError& error) {
  const std::size_t offset =
      error.offset < text.size() ? error.offset : text.size();
  const std::size_t length =
      error.length < text.size() - offset ? error.length : text.size() - offset;
  const std::string_view slice = text.substr(offset, length);
  const bool valid_date = error.month >= 1 && error.month <= 12;

  std::string message;
  bool quoted = false;
  std::string_view what = error.what;
  while (!what.empty()) {
    const std::size_t open = what.find('{');
    message.append(what.data(), open == what.npos ? what.size() : open);
    if (open == what.npos) break;
    what.remove_prefix(open);
    const std::size_t close = what.find('}');
    if (close == what.npos) {
      message.append(what.data(), what.size());
      break;
    }
    const std::string_view name = what.substr(1, close - 1);
    what.remove_prefix(close + 1);
    if (name == "slice") {
      AppendQuoted(slice, &message);
      quoted = true;
    } else if (name == "month_year" && valid_date) {
      message.append(kMonthNames[error.month].data(),
                     kMonthNames[error.month].size());
      message.push_back(' ');
      AppendPadded(error.year, 4, &message);
    } else if (name == "date" && valid_date) {
      AppendPadded(error.year, 4, &message);
      message.push_back('-');
      AppendPadded(error.month, 2, &message);
      message.push_back('-');
      AppendPadded(error.day, 2, &message);
    } else if (name == "weekday" && valid_date && error.day >= 1 &&
               error.day <= DaysInMonth(error.year, error.month)) {
      const std::string_view day_name =
          kWeekdayNames[WeekdayOf(error.year, error.month, error.day)];
      message.append(day_name.data(), day_name.size());
    }
  }
  if (!quoted) {
    message.push_back(' ');
    AppendQuoted(slice, &message);
  }
  message.append(" at byte ");
  message.append(std::to_string(offset));
  return absl::InvalidArgumentError(message);
}

}  // namespace internal
}  // namespace lede
