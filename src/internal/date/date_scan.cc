// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The entry point of the date parser, and the one place that decides which
// reader reads a text: the fast paths below for the exact common forms, then
// the general scanner (scanner.h).
//
// The fast paths are fixed-position readers of the forms that make up most
// real headers: RFC 3339 ("2024-03-25T10:05:30.250+09:00"), ISO 8601 basic
// ("20240325T100530Z"), numeric with the year last ("03/25/2024"), RFC 2822
// ("Mon, 25 Mar 2024 10:05:30 +0900"), asctime ("Mon Mar 25 10:05:30 2024"),
// written out ("Monday, March 25, 2024 10:05 AM") and RFC 850 ("Monday,
// 25-Mar-24 10:05:30 GMT"). Each accepts a subset of what the scanner
// accepts, with the same result, and declines everything else, errors
// included; date_test checks the two agree. They find the fields by position
// and check them with the rules of calendar.h.
//
// The date room, in the shape of Abseil's time code:
//   tables.h/.cc      byte classes, the word and zone-abbreviation table
//   calendar.h        the calendar rules, written once
//   fields.h          the fields a reader finds, and how they are stored
//   zones.h/.cc       IANA zones through the tz database, cached
//   date_scan.h/.cc   the entry, and the fast paths for exact common forms
//   scanner.h/.cc     the grammar of every form
//   errors.cc         the text of the errors
//   lang/             the readers of the other languages

#include "src/internal/date/date_scan.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "src/internal/date/calendar.h"
#include "src/internal/date/fields.h"
#include "src/internal/date/scanner.h"
#include "src/internal/date/tables.h"

namespace lede {
namespace internal {
namespace date {
namespace {

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

// "Z", "+09:00", "+0900" or "+09" filling exactly [p, end). RFC 5322's
// "-0000" (no offset known) is left to the scanner.
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
  if (n == 5 && *p == '-' && hours == 0 && minutes == 0) return false;
  f->has_offset = true;
  f->offset = (*p == '-' ? -1 : 1) * (hours * 60 + minutes);
  return true;
}

// The fraction after seconds, at `p` on its '.' or ',' (known to be there).
const char* FastFraction(const char* p, const char* end, DateFields* f) {
  ++p;
  const int digits = ReadFraction(&p, end, &f->fraction);
  if (digits <= 0) return nullptr;
  f->fraction_digits = digits;
  f->precision = DatePrecision::kFraction;
  return p;
}

// "HH:MM[:SS[.fff]]" at p; returns the end, or nullptr.
const char* FastClock(const char* p, const char* end, bool fraction_allowed,
                      DateFields* f) {
  if (end - p < 5 || p[2] != ':' || !TwoDigits(p, &f->hour) ||
      !TwoDigits(p + 3, &f->minute) || !IsValidClock(f->hour, f->minute, 0)) {
    return nullptr;
  }
  p += 5;
  f->precision = DatePrecision::kMinute;
  if (end - p >= 3 && *p == ':') {
    if (!TwoDigits(p + 1, &f->second) || !IsValidClock(0, 0, f->second)) {
      return nullptr;
    }
    p += 3;
    f->precision = DatePrecision::kSecond;
    if (fraction_allowed && end - p >= 2 && (*p == '.' || *p == ',')) {
      return FastFraction(p, end, f);
    }
  }
  return p;
}

// The ISO 8601 basic form: "20240325", "20240325T1005", "20240325T100530.25Z",
// "20240325T100530+0900", each filling the whole text.
bool FastIsoBasic(const char* p, const char* end, DateFields* f) {
  if (end - p < 8 || !FourDigits(p, &f->year) || !TwoDigits(p + 4, &f->month) ||
      !TwoDigits(p + 6, &f->day) || !IsValidYear(f->year) ||
      !IsValidDate(f->year, f->month, f->day)) {
    return false;
  }
  f->precision = DatePrecision::kDay;
  p += 8;
  if (p == end) return true;
  if (*p != 'T' && *p != 't') return false;
  ++p;
  if (end - p < 4 || !TwoDigits(p, &f->hour) || !TwoDigits(p + 2, &f->minute) ||
      !IsValidClock(f->hour, f->minute, 0)) {
    return false;
  }
  p += 4;
  f->precision = DatePrecision::kMinute;
  if (p != end && IsDigit(static_cast<unsigned char>(*p))) {
    if (end - p < 2 || !TwoDigits(p, &f->second) ||
        !IsValidClock(0, 0, f->second)) {
      return false;
    }
    p += 2;
    f->precision = DatePrecision::kSecond;
    if (end - p >= 2 && (*p == '.' || *p == ',') &&
        IsDigit(static_cast<unsigned char>(p[1]))) {
      p = FastFraction(p, end, f);
      if (p == nullptr) return false;
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
// "3-4-2024", "25.03.2024", in the order ResolveDayMonth() gives.
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
      !FourDigits(p + 1, &f->year) || !IsValidYear(f->year)) {
    return false;
  }
  const DayMonth order = ResolveDayMonth(static_cast<std::uint64_t>(first),
                                         static_cast<std::uint64_t>(second),
                                         separator == '.', option_day_first);
  f->month = static_cast<int>(order.month);
  f->day = static_cast<int>(order.day);
  if (!IsValidDate(f->year, f->month, f->day)) return false;
  f->precision = DatePrecision::kDay;
  f->day_month_ambiguous = order.ambiguous;
  return true;
}

// RFC 3339 and its common relatives: "2024-03-25", "2024-03-25T10:05",
// "2024-03-25 10:05:30.250+09:00", each filling the whole text.
bool FastIso(const char* p, const char* end, DateFields* f) {
  if (end - p < 10 || p[4] != '-' || p[7] != '-' || !FourDigits(p, &f->year) ||
      !TwoDigits(p + 5, &f->month) || !TwoDigits(p + 8, &f->day) ||
      !IsValidYear(f->year) || !IsValidDate(f->year, f->month, f->day)) {
    return false;
  }
  f->precision = DatePrecision::kDay;
  p += 10;
  if (p == end) return true;
  if ((*p == 'T' || *p == 't') && end - p >= 3 && TwoDigits(p + 1, &f->hour) &&
      (end - p == 3 || p[3] == 'Z' || p[3] == 'z' || p[3] == '+' ||
       p[3] == '-')) {
    // "2024-03-25T10": the hour alone.
    if (!IsValidClock(f->hour, 0, 0)) return false;
    f->precision = DatePrecision::kHour;
    p += 3;
    return p == end || FastOffset(p, end, f);
  }
  if (*p == 'T' || *p == 't' || *p == ' ') {
    p = FastClock(p + 1, end, /*fraction_allowed=*/true, f);
    if (p == nullptr) return false;
    if (p == end) return true;
  } else if (end - p == 3 && *p == '-') {
    return false;  // "2013-01-27-01": the scanner rejects a bare "-hh"
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

// The zone that ends an RFC 2822 or RFC 850 date: "+0900", "GMT", "UTC" or
// "UT", filling [p, end).
bool FastZoneTail(const char* p, const char* end, DateFields* f) {
  const std::size_t n = static_cast<std::size_t>(end - p);
  if (n == 0) return false;
  if (*p == '+' || *p == '-') {
    return n == 5 && FastOffset(p, end, f);
  }
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

// Whether the weekday written (if any) is the date's.
inline bool WeekdayAgrees(const DateFields& f) {
  return f.weekday < 0 || WeekdayOf(f.year, f.month, f.day) == f.weekday;
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
  if (f->month == 0 || !FourDigits(p + 4, &f->year) || !IsValidYear(f->year)) {
    return false;
  }
  f->day = day;
  f->english = true;
  if (!IsValidDate(f->year, f->month, f->day)) return false;
  p = FastClock(p + 9, end, /*fraction_allowed=*/false, f);
  if (p == nullptr || end - p < 2 || *p != ' ') return false;
  return FastZoneTail(p + 1, end, f) && WeekdayAgrees(*f);
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
  f->english = true;
  p = SkipFastPeriod(p, q, end);
  if (p == end || *p != ' ') return false;
  p = FastDay(p + 1, end, &f->day);
  if (p == nullptr) return false;
  p = FastSeparator(p, end);
  if (p == nullptr || end - p < 4 || !FourDigits(p, &f->year) ||
      !IsValidYear(f->year) || !IsValidDate(f->year, f->month, f->day)) {
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
  return WeekdayAgrees(*f);
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
  f->english = true;
  if (p[8] == ' ') {
    f->day = static_cast<unsigned char>(p[9]) - '0';
    if (f->day < 1 || f->day > 9) return false;
  } else if (!TwoDigits(p + 8, &f->day)) {
    return false;
  }
  if (FastClock(p + 11, p + 19, /*fraction_allowed=*/false, f) != p + 19 ||
      f->precision != DatePrecision::kSecond || !FourDigits(p + 20, &f->year) ||
      !IsValidYear(f->year) || !IsValidDate(f->year, f->month, f->day)) {
    return false;
  }
  return WeekdayAgrees(*f);
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
  f->english = true;
  p = FastDay(q + 2, end, &f->day);
  if (p == nullptr || end - p < 7 || p[0] != '-' || p[4] != '-') return false;
  f->month = FastMonth(p + 1);
  if (f->month == 0) return false;
  p += 5;
  if (end - p >= 5 && p[2] == ' ' && allow_two_digit_year) {
    int year = 0;
    if (!TwoDigits(p, &year)) return false;
    f->year = ExpandTwoDigitYear(year);
    f->year_expanded = true;
    p += 2;
  } else if (end - p >= 5 && p[4] == ' ') {
    if (!FourDigits(p, &f->year) || !IsValidYear(f->year)) return false;
    p += 4;
  } else {
    return false;
  }
  if (!IsValidDate(f->year, f->month, f->day)) return false;
  p = FastClock(p + 1, end, /*fraction_allowed=*/false, f);
  if (p == nullptr || end - p < 2 || *p != ' ') return false;
  return FastZoneTail(p + 1, end, f) && WeekdayAgrees(*f);
}

[[gnu::always_inline]] inline bool Take(const DateFields& f, DateTime* date) {
  StoreDate(f, date);
  return true;
}

// ScanFast(): when `text` is exactly one of the forms above, stores it in
// `*date` and returns true; otherwise returns false and leaves `*date` alone.
// In this file, with the entry, so that it inlines into ScanDateInto(): a
// call across files cost a fifth of an ISO parse in saved registers.
[[gnu::always_inline]] inline bool ScanFast(std::string_view text,
                                            const DateOptions& options,
                                            DateTime* date) {
  // A default zone is applied by the scanner only.
  if (text.empty() || !options.default_zone.empty()) return false;
  const char* begin = text.data();
  const char* end = begin + text.size();
  const auto first = static_cast<unsigned char>(*begin);
  // One DateFields per path: resetting one with `= DateFields()` costs a
  // store-forwarding stall.
  if (IsDigit(first)) {
    DateFields iso;
    if (text.size() >= 8 && begin[4] != '-' ? FastIsoBasic(begin, end, &iso)
                                            : FastIso(begin, end, &iso)) {
      return Take(iso, date);
    }
    DateFields numeric;
    if (FastNumeric(begin, end, options.day_first, &numeric)) {
      return Take(numeric, date);
    }
  }
  // The forms below read English words.
  if (!options.languages.Contains(Language::kEnglish)) return false;
  if (IsAlnum(first)) {
    DateFields rfc;
    if (FastRfc2822(begin, end, &rfc)) return Take(rfc, date);
  }
  if (IsAlpha(first)) {
    // asctime() has a fixed length, so it is the cheapest to rule out.
    if (text.size() == 24) {
      DateFields asctime;
      if (FastAsctime(begin, end, &asctime)) return Take(asctime, date);
    }
    DateFields written;
    if (FastWritten(begin, end, &written)) return Take(written, date);
    DateFields rfc850;
    if (FastRfc850(begin, end, options.allow_two_digit_year, &rfc850)) {
      return Take(rfc850, date);
    }
  }
  return false;
}

}  // namespace
}  // namespace date

bool ScanDateInto(std::string_view text, const DateOptions& options,
                  bool prefix, DateTime* date, std::size_t* offset,
                  std::size_t* length, DateScanError* error) {
  if (!prefix && date::ScanFast(text, options, date)) {
    *offset = 0;
    *length = text.size();
    return true;
  }
  return date::ScanGeneral(text, options, prefix, date, offset, length, error);
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
  if (!date::ScanGeneral(text, options, prefix, &out->date, &out->offset,
                         &out->length, error)) {
    return false;
  }
  out->consumed = out->offset + out->length;
  return true;
}

}  // namespace internal
}  // namespace lede
