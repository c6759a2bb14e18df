// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ParseDate on any bytes: no crash, no hang, and a date it accepts prints as
// ISO 8601 that parses back to the same date.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "lede/date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool day_first : {false, true}) {
    lede::DateOptions options;
    options.day_first = day_first;
    absl::StatusOr<lede::DateTime> date = lede::ParseDate(text, options);
    if (!date.ok()) {
      if (date.status().message().empty()) std::abort();
      continue;
    }
    const std::string iso = date->FormatIso8601();
    absl::StatusOr<lede::DateTime> again = lede::ParseDate(iso);
    if (!again.ok()) std::abort();
    if (again->civil != date->civil || again->precision != date->precision ||
        again->utc_offset_minutes != date->utc_offset_minutes ||
        again->fraction != date->fraction ||
        again->fraction_digits != date->fraction_digits) {
      std::abort();
    }
  }
  return 0;
}
