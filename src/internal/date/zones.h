// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// IANA time zones for the date parser ("America/New_York" for a written "ET",
// "Europe/Paris" after a time, DateOptions::default_zone), loaded through
// Abseil from the system's tz database once per name and cached for the life
// of the process, so that the steady state neither allocates nor locks.

#ifndef LEDE_SRC_INTERNAL_DATE_ZONES_H_
#define LEDE_SRC_INTERNAL_DATE_ZONES_H_

#include <string_view>

#include "absl/time/civil_time.h"

namespace lede {
namespace internal {
namespace date {

// The longest IANA name read (DateTime::kMaxZoneNameLength).
inline constexpr int kMaxIanaNameLength = 40;

// LooksLikeIanaName()
//
// Whether `name` has the shape of a tz database name: "Area/Location[/Sub]"
// of letters, digits, '_', '-' and '+', each part starting with a capital
// letter ("Europe/Paris", "America/Argentina/Buenos_Aires", "Etc/GMT+5"), at
// most kMaxIanaNameLength bytes. Says nothing about whether it exists.
bool LooksLikeIanaName(std::string_view name);

// OffsetInZone()
//
// The UTC offset in minutes of civil time `civil` in zone `name`, through the
// tz database; a civil time skipped or repeated by a transition takes the
// offset in force before it. Returns false when the system knows no zone of
// that name.
bool OffsetInZone(std::string_view name, const absl::CivilSecond& civil,
                  int* offset_minutes);

// IsKnownZone()
//
// Whether the tz database has a zone named `name`.
bool IsKnownZone(std::string_view name);

}  // namespace date
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_ZONES_H_
