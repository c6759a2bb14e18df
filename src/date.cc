// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "lede/date.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "src/internal/date/date_scan.h"
#include "src/internal/date/lang/scan.h"

namespace lede {
namespace {

constexpr std::uint64_t kPow10[19] = {1ull,
                                      10ull,
                                      100ull,
                                      1000ull,
                                      10000ull,
                                      100000ull,
                                      1000000ull,
                                      10000000ull,
                                      100000000ull,
                                      1000000000ull,
                                      10000000000ull,
                                      100000000000ull,
                                      1000000000000ull,
                                      10000000000000ull,
                                      100000000000000ull,
                                      1000000000000000ull,
                                      10000000000000000ull,
                                      100000000000000000ull,
                                      1000000000000000000ull};

// Writes `value` with at least `width` digits, zero-padded; returns the end.
char* WriteDigits(std::uint64_t value, int width, char* out) {
  char digits[20];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  for (int i = n; i < width; ++i) *out++ = '0';
  while (n > 0) *out++ = digits[--n];
  return out;
}

struct IsoWeek {
  absl::civil_year_t year;
  int week;
};

// The ISO 8601 week of `day`: the week (Monday to Sunday) that holds its
// Thursday, numbered in the year of that Thursday.
IsoWeek IsoWeekOf(absl::CivilDay day) {
  const int from_monday = (static_cast<int>(absl::GetWeekday(day)) -
                           static_cast<int>(absl::Weekday::monday) + 7) %
                          7;
  const absl::CivilDay thursday = day - from_monday + 3;
  const absl::CivilDay jan1(thursday.year(), 1, 1);
  return {thursday.year(), static_cast<int>((thursday - jan1) / 7) + 1};
}

char* WriteTwo(int value, char* out) {
  out[0] = static_cast<char>('0' + value / 10);
  out[1] = static_cast<char>('0' + value % 10);
  return out + 2;
}

}  // namespace

std::string_view WeekdayName(absl::Weekday weekday) {
  switch (weekday) {
    case absl::Weekday::monday:
      return "monday";
    case absl::Weekday::tuesday:
      return "tuesday";
    case absl::Weekday::wednesday:
      return "wednesday";
    case absl::Weekday::thursday:
      return "thursday";
    case absl::Weekday::friday:
      return "friday";
    case absl::Weekday::saturday:
      return "saturday";
    case absl::Weekday::sunday:
      return "sunday";
  }
  return "";
}

std::string_view DatePrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kWeek:
      return "week";
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kHour:
      return "hour";
    case DatePrecision::kMinute:
      return "minute";
    case DatePrecision::kSecond:
      return "second";
    case DatePrecision::kFraction:
      return "fraction";
  }
  return "unknown";
}

std::string_view LanguageCode(Language language) {
  static constexpr std::string_view kCodes[kLanguageCount] = {
      "en", "ru", "de", "ja", "zh", "es", "fr", "it", "pt",
      "nl", "pl", "tr", "id", "cs", "vi", "uk", "ko"};
  const auto index = static_cast<std::size_t>(language);
  return index < kLanguageCount ? kCodes[index] : std::string_view();
}

std::optional<Language> LanguageFromCode(std::string_view code) {
  if (code.size() != 2) return std::nullopt;
  const char lower[2] = {
      absl::ascii_tolower(static_cast<unsigned char>(code[0])),
      absl::ascii_tolower(static_cast<unsigned char>(code[1]))};
  for (int i = 0; i < kLanguageCount; ++i) {
    const std::string_view candidate = LanguageCode(static_cast<Language>(i));
    if (candidate[0] == lower[0] && candidate[1] == lower[1]) {
      return static_cast<Language>(i);
    }
  }
  return std::nullopt;
}

std::optional<LanguageList> LanguageListFromCodes(std::string_view codes,
                                                  std::string_view* bad_code) {
  LanguageList list;
  while (true) {
    const std::size_t comma = codes.find(',');
    std::string_view code = codes.substr(0, comma);
    while (!code.empty() && absl::ascii_isspace(code.front())) {
      code.remove_prefix(1);
    }
    while (!code.empty() && absl::ascii_isspace(code.back())) {
      code.remove_suffix(1);
    }
    const std::optional<Language> language = LanguageFromCode(code);
    if (code.size() == 3 && absl::ascii_tolower(code[0]) == 'a' &&
        absl::ascii_tolower(code[1]) == 'l' &&
        absl::ascii_tolower(code[2]) == 'l') {
      for (const Language l : LanguageList::All()) list.Add(l);
    } else if (language.has_value()) {
      list.Add(*language);
    } else {
      if (bad_code != nullptr) *bad_code = code;
      return std::nullopt;
    }
    if (comma == codes.npos) break;
    codes.remove_prefix(comma + 1);
  }
  return list;
}

std::string_view DateTime::zone_name() const {
  std::size_t length = 0;
  while (length < sizeof(zone_name_storage) &&
         zone_name_storage[length] != '\0') {
    ++length;
  }
  return std::string_view(zone_name_storage, length);
}

std::string_view DateTime::zone() const {
  std::size_t length = 0;
  while (length < sizeof(zone_abbreviation) &&
         zone_abbreviation[length] != '\0') {
    ++length;
  }
  return std::string_view(zone_abbreviation, length);
}

std::string DateTime::FormatIso8601() const {
  std::string out;
  AppendIso8601(&out);
  return out;
}

void DateTime::AppendIso8601(std::string* out) const {
  // Longest: "-9223372036854775808-12-31T23:59:59." + 18 digits + "+18:00".
  char buffer[80];
  char* p = buffer;
  const absl::civil_year_t year = civil.year();
  std::uint64_t magnitude = static_cast<std::uint64_t>(year);
  if (year < 0) {
    *p++ = '-';
    magnitude = 0 - magnitude;
  }
  if (precision == DatePrecision::kWeek) {
    // The ISO week-numbering year, which differs from the calendar year in
    // the days around January 1st ("2020-W01" starts on 2019-12-30).
    const IsoWeek week = IsoWeekOf(absl::CivilDay(civil));
    magnitude = static_cast<std::uint64_t>(week.year);
    p = WriteDigits(magnitude, 4, p);
    *p++ = '-';
    *p++ = 'W';
    p = WriteTwo(week.week, p);
  } else {
    p = WriteDigits(magnitude, 4, p);
  }
  if (precision >= DatePrecision::kMonth && precision != DatePrecision::kWeek) {
    *p++ = '-';
    p = WriteTwo(civil.month(), p);
  }
  if (precision >= DatePrecision::kDay) {
    *p++ = '-';
    p = WriteTwo(civil.day(), p);
  }
  if (precision >= DatePrecision::kHour) {
    *p++ = 'T';
    p = WriteTwo(civil.hour(), p);
  }
  if (precision >= DatePrecision::kMinute) {
    *p++ = ':';
    p = WriteTwo(civil.minute(), p);
  }
  if (precision >= DatePrecision::kSecond) {
    *p++ = ':';
    p = WriteTwo(civil.second(), p);
  }
  if (precision == DatePrecision::kFraction && fraction_digits > 0) {
    const int digits = fraction_digits < DateTime::kMaxFractionDigits
                           ? fraction_digits
                           : DateTime::kMaxFractionDigits;
    *p++ = '.';
    p = WriteDigits(fraction % kPow10[digits], digits, p);
  }
  if (utc_offset_minutes.has_value()) {
    const int offset = *utc_offset_minutes;
    if (offset == 0) {
      *p++ = 'Z';
    } else {
      const unsigned magnitude_minutes =
          static_cast<unsigned>(offset < 0 ? -offset : offset);
      *p++ = offset < 0 ? '-' : '+';
      p = WriteDigits(magnitude_minutes / 60, 2, p);
      *p++ = ':';
      p = WriteTwo(static_cast<int>(magnitude_minutes % 60), p);
    }
  }
  out->append(buffer, static_cast<std::size_t>(p - buffer));
}

std::optional<DateTime> DateTime::AlternateReading() const {
  if (!day_month_ambiguous) return std::nullopt;
  DateTime other = *this;
  other.civil = absl::CivilSecond(civil.year(), civil.day(), civil.month(),
                                  civil.hour(), civil.minute(), civil.second());
  return other;
}

std::optional<absl::Time> DateTime::ToTime() const {
  if (!utc_offset_minutes.has_value()) return std::nullopt;
  absl::Time time = absl::FromCivil(civil, absl::UTCTimeZone()) -
                    absl::Minutes(*utc_offset_minutes);
  if (precision == DatePrecision::kFraction && fraction_digits > 0) {
    int digits = fraction_digits < DateTime::kMaxFractionDigits
                     ? fraction_digits
                     : DateTime::kMaxFractionDigits;
    std::uint64_t value = fraction % kPow10[digits];
    // absl::Time keeps nanoseconds; digits beyond the ninth are dropped.
    if (digits > 9) {
      value /= kPow10[digits - 9];
      digits = 9;
    }
    time += absl::Nanoseconds(
        static_cast<std::int64_t>(value * kPow10[9 - digits]));
  }
  return time;
}

bool operator==(const DateTime& a, const DateTime& b) {
  return a.civil == b.civil && a.precision == b.precision &&
         a.fraction == b.fraction && a.fraction_digits == b.fraction_digits &&
         a.utc_offset_minutes == b.utc_offset_minutes && a.zone() == b.zone() &&
         a.zone_ambiguous == b.zone_ambiguous &&
         a.day_month_ambiguous == b.day_month_ambiguous &&
         a.year_expanded == b.year_expanded && a.weekday == b.weekday &&
         a.weekday_mismatch == b.weekday_mismatch &&
         a.zone_name() == b.zone_name() && a.zone_assumed == b.zone_assumed &&
         a.language == b.language;
}

absl::StatusOr<DateTime> ParseDate(std::string_view text,
                                   const DateOptions& options) {
  // The scanner writes into the StatusOr's own value: no copy on success.
  absl::StatusOr<DateTime> result(absl::in_place);
  std::size_t offset = 0;
  std::size_t length = 0;
  internal::DateScanError error;
  if (!internal::ScanDateInLanguages(text, options, /*prefix=*/false, &*result,
                                     &offset, &length, &error)) {
    result = internal::MakeDateError(text, error);
  }
  return result;  // one named result for every path: no copy (NRVO)
}

absl::StatusOr<DatePrefix> ParseDatePrefix(std::string_view text,
                                           const DateOptions& options) {
  absl::StatusOr<DatePrefix> result(absl::in_place);
  internal::DateScanError error;
  if (!internal::ScanDateInLanguages(text, options, /*prefix=*/true, &*result,
                                     &error)) {
    result = internal::MakeDateError(text, error);
  }
  return result;  // one named result for every path: no copy (NRVO)
}

}  // namespace lede
