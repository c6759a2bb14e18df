// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Fixed-position fast paths for the exact forms that make up most real
// headers: RFC 3339 ("2024-03-25T10:05:30.250+09:00"), ISO 8601 basic
// ("20240325T100530Z"), numeric with the year last ("03/25/2024"), RFC 2822
// ("Mon, 25 Mar 2024 10:05:30 +0900"), asctime ("Mon Mar 25 10:05:30 2024"),
// written out ("Monday, March 25, 2024 10:05 AM") and RFC 850 ("Monday,
// 25-Mar-24 10:05:30 GMT"). Each accepts a subset of what the general scanner
// (scanner.h) accepts, with the same result, and declines everything else,
// errors included; date_test checks the two agree. They find the fields by
// position and check them with the rules of calendar.h.

#ifndef LEDE_SRC_INTERNAL_DATE_FAST_PATHS_H_
#define LEDE_SRC_INTERNAL_DATE_FAST_PATHS_H_

#include <string_view>

#include "lede/date.h"

namespace lede {
namespace internal {
namespace date {

// ScanFast()
//
// When `text` is exactly one of the forms above, stores it in `*date` and
// returns true; otherwise returns false and leaves `*date` alone.
bool ScanFast(std::string_view text, const DateOptions& options,
              DateTime* date);

}  // namespace date
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_FAST_PATHS_H_
