// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The calendar rules of the date parser, written once: every reader (the fast
// paths, the general scanner, the readers of other languages in lang/) calls
// these and differs from the others only in how it finds the fields.
//
//   IsValidYear(), IsValidDate(), DaysInMonth()   what a date may be
//   IsValidClock()                                what a time may be
//   ExpandTwoDigitYear()                          "24" -> 2024, "69" -> 1969
//   ResolveDayMonth()                             "03/04" and "25/03" orders
//   ReadFraction()                                ".250" after the seconds
//   IsoWeekToDate(), OrdinalToDate()              "2024-W13-1", "2024-085"
//   WeekdayOf()                                   the weekday of a date
//
// All are inline (the hot ones forced: the fast paths are a few dozen
// instructions, and a call to a rule cost a tenth of one) and
// allocation-free; none reads past the end it is given.

#ifndef LEDE_SRC_INTERNAL_DATE_CALENDAR_H_
#define LEDE_SRC_INTERNAL_DATE_CALENDAR_H_

#include <cstdint>

#include "lede/date.h"

namespace lede {
namespace internal {
namespace date {

[[gnu::always_inline]] inline bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// The days in `month` (1..12) of `year`.
[[gnu::always_inline]] inline int DaysInMonth(int year, int month) {
  static constexpr std::int8_t kDays[13] = {0,  31, 28, 31, 30, 31, 30,
                                            31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month];
}

// Years 1 to 9999: what four digits can write, less the year 0 that the
// proleptic Gregorian calendar of ISO 8601 only allows by agreement.
[[gnu::always_inline]] inline bool IsValidYear(long long year) {
  return year >= 1 && year <= 9999;
}

[[gnu::always_inline]] inline bool IsValidMonth(int month) {
  return month >= 1 && month <= 12;
}

// Whether `day` exists in `month` of `year` (the month need not be valid).
[[gnu::always_inline]] inline bool IsValidDate(int year, int month, int day) {
  return IsValidMonth(month) && day >= 1 && day <= DaysInMonth(year, month);
}

// Hours 0..23 (24 only as "24:00:00", the end of a day, see IsEndOfDay()),
// minutes and seconds 0..59: leap seconds are not read.
[[gnu::always_inline]] inline bool IsValidClock(int hour, int minute,
                                                int second) {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 &&
         second >= 0 && second <= 59;
}

// "24:00" and "24:00:00" (no fraction above zero): ISO 8601's end of a day,
// read as 00:00 of the next day.
[[gnu::always_inline]] inline bool IsEndOfDay(int hour, int minute,
                                              int second) {
  return hour == 24 && minute == 0 && second == 0;
}

// 0 for Monday .. 6 for Sunday, as absl::Weekday, for years 1 and later
// (Sakamoto's method; 32-bit divisions by constants only).
[[gnu::always_inline]] inline int WeekdayOf(int year, int month, int day) {
  static constexpr int kMonthOffset[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  const int y = year - (month < 3 ? 1 : 0);
  const int sunday_based =
      (y + y / 4 - y / 100 + y / 400 + kMonthOffset[month - 1] + day) % 7;
  return (sunday_based + 6) % 7;
}

// ExpandTwoDigitYear()
//
// POSIX (strptime %y): 69-99 are 1969-1999, 00-68 are 2000-2068.
[[gnu::always_inline]] inline int ExpandTwoDigitYear(int two_digits) {
  return two_digits < 69 ? 2000 + two_digits : 1900 + two_digits;
}

// ResolveDayMonth()
//
// The order of a numeric date whose first two fields are a day and a month in
// either order ("03/04/2024"): dotted dates ("25.03.2024") are day-first by
// convention; others follow DateOptions::day_first, unless only the other
// order has a month in range ("25/03/2024" is day-first whatever the option).
// `ambiguous` when both orders are dates and differ.
struct DayMonth {
  std::uint64_t month;
  std::uint64_t day;
  bool day_first;
  bool ambiguous;
};
[[gnu::always_inline]] inline DayMonth ResolveDayMonth(std::uint64_t first,
                                                       std::uint64_t second,
                                                       bool dotted,
                                                       bool option_day_first) {
  bool day_first = dotted || option_day_first;
  const std::uint64_t preferred_month = day_first ? second : first;
  const std::uint64_t other_month = day_first ? first : second;
  if (!dotted && (preferred_month < 1 || preferred_month > 12) &&
      other_month >= 1 && other_month <= 12) {
    day_first = !day_first;
  }
  DayMonth result;
  result.month = day_first ? second : first;
  result.day = day_first ? first : second;
  result.day_first = day_first;
  result.ambiguous = !dotted && first != second && first >= 1 && first <= 12 &&
                     second >= 1 && second <= 12;
  return result;
}

// ReadFraction()
//
// Reads the digits of a fraction of a second at `*p` (after its '.' or ','),
// advancing `*p` past them. Returns the number of digits, 0 when there is
// none, or -1 when there are more than DateTime::kMaxFractionDigits (then
// `*p` is past all of them).
[[gnu::always_inline]] inline int ReadFraction(const char** p, const char* end,
                                               std::uint64_t* value) {
  const char* q = *p;
  std::uint64_t v = 0;
  int digits = 0;
  while (q != end && static_cast<unsigned char>(*q) - unsigned{'0'} <= 9) {
    if (digits < DateTime::kMaxFractionDigits) {
      v = v * 10 + static_cast<unsigned>(*q - '0');
    }
    ++digits;
    ++q;
  }
  *p = q;
  *value = v;
  return digits > DateTime::kMaxFractionDigits ? -1 : digits;
}

// The day of the year (1..366) of a date.
inline int DayOfYear(int year, int month, int day) {
  static constexpr int kBefore[13] = {0,   0,   31,  59,  90,  120, 151,
                                      181, 212, 243, 273, 304, 334};
  return kBefore[month] + day + (month > 2 && IsLeapYear(year) ? 1 : 0);
}

// OrdinalToDate()
//
// The month and day of day `ordinal` (1..365, or 366 in a leap year) of
// `year`; false when the year has no such day.
inline bool OrdinalToDate(int year, int ordinal, int* month, int* day) {
  const int days = IsLeapYear(year) ? 366 : 365;
  if (ordinal < 1 || ordinal > days) return false;
  int m = 1;
  while (ordinal > DaysInMonth(year, m)) {
    ordinal -= DaysInMonth(year, m);
    ++m;
  }
  *month = m;
  *day = ordinal;
  return true;
}

// The ISO 8601 weeks (52 or 53) of ISO week-numbering `year`: 53 when the
// year starts on a Thursday, or on a Wednesday in a leap year.
inline int IsoWeeksInYear(int year) {
  const int jan1 = WeekdayOf(year, 1, 1);  // 0: Monday
  return jan1 == 3 || (jan1 == 2 && IsLeapYear(year)) ? 53 : 52;
}

// IsoWeekToDate()
//
// The calendar date of day `weekday` (1 Monday .. 7 Sunday) of ISO week
// `week` of week-numbering year `year`; false when there is no such week or
// day, or the date falls outside years 1..9999.
inline bool IsoWeekToDate(int year, int week, int weekday, int* out_year,
                          int* out_month, int* out_day) {
  if (week < 1 || week > IsoWeeksInYear(year) || weekday < 1 || weekday > 7) {
    return false;
  }
  // Week 1 holds January 4th; its Monday is January 4th less its weekday.
  const int jan4 = WeekdayOf(year, 1, 4);
  int ordinal = 4 - jan4 + (week - 1) * 7 + (weekday - 1);
  int y = year;
  if (ordinal < 1) {
    --y;
    ordinal += IsLeapYear(y) ? 366 : 365;
  } else {
    const int days = IsLeapYear(y) ? 366 : 365;
    if (ordinal > days) {
      ordinal -= days;
      ++y;
    }
  }
  if (!IsValidYear(y)) return false;
  *out_year = y;
  return OrdinalToDate(y, ordinal, out_month, out_day);
}

}  // namespace date
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_CALENDAR_H_
