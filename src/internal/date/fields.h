// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// DateFields: a date as a reader finds it, field by field, before it becomes
// a lede::DateTime. Shared by the fast paths, the general scanner and the
// readers of other languages.

#ifndef LEDE_SRC_INTERNAL_DATE_FIELDS_H_
#define LEDE_SRC_INTERNAL_DATE_FIELDS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "absl/time/civil_time.h"
#include "lede/date.h"

namespace lede {
namespace internal {
namespace date {

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
  // Lifetime: points into the scanned text.
  const char* zone = nullptr;
  std::size_t zone_length = 0;
  // The IANA name the offset was resolved in. Lifetime: points into the
  // scanned text, a static table or DateOptions::default_zone.
  const char* zone_name = nullptr;
  std::size_t zone_name_length = 0;
  bool zone_ambiguous = false;
  bool zone_assumed = false;
  bool day_month_ambiguous = false;
  bool year_expanded = false;
  bool weekday_mismatch = false;
  // English month, weekday or marker words were read.
  bool english = false;
  int weekday = -1;
};

// Assigns every field on its own: building a DateTime() temporary and copying
// it costs a store-forwarding stall larger than a whole ISO scan.
[[gnu::always_inline]] inline void StoreDate(const DateFields& f, DateTime* d) {
  // Fields below the precision hold their minimum, whatever a longer reading
  // that was then given up (the prefix mode backs off "10:0%") left in them.
  const DatePrecision p = f.precision;
  const bool has_time = p >= DatePrecision::kHour;
  d->civil = absl::CivilSecond(f.year, p >= DatePrecision::kMonth ? f.month : 1,
                               p >= DatePrecision::kWeek ? f.day : 1,
                               has_time ? f.hour : 0,
                               p >= DatePrecision::kMinute ? f.minute : 0,
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
  if (f.zone_name != nullptr) {
    std::memset(d->zone_name_storage, 0, sizeof(d->zone_name_storage));
    std::memcpy(d->zone_name_storage, f.zone_name,
                f.zone_name_length <
                        static_cast<std::size_t>(DateTime::kMaxZoneNameLength)
                    ? f.zone_name_length
                    : static_cast<std::size_t>(DateTime::kMaxZoneNameLength));
  } else if (d->zone_name_storage[0] != '\0') {
    std::memset(d->zone_name_storage, 0, sizeof(d->zone_name_storage));
  }
  d->zone_ambiguous = f.zone_ambiguous;
  d->zone_assumed = f.zone_assumed;
  d->day_month_ambiguous = f.day_month_ambiguous;
  d->year_expanded = f.year_expanded;
  d->weekday_mismatch = f.weekday_mismatch;
  if (f.weekday >= 0) {
    d->weekday = static_cast<absl::Weekday>(f.weekday);
  } else {
    d->weekday.reset();
  }
  if (f.english) {
    d->language = Language::kEnglish;
  } else {
    d->language.reset();
  }
}

}  // namespace date
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_FIELDS_H_
