// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The entry point of the date parser, and the one place that decides which
// reader reads a text: the fast paths for the exact common forms
// (fast_paths.h), then the general scanner (scanner.h).
//
// The date room, in the shape of Abseil's time code:
//   tables.h/.cc      byte classes, the word and zone-abbreviation table
//   calendar.h        the calendar rules, written once
//   fields.h          the fields a reader finds, and how they are stored
//   zones.h/.cc       IANA zones through the tz database, cached
//   fast_paths.h/.cc  fixed-position readers of the commonest exact forms
//   scanner.h/.cc     the grammar of every form
//   errors.cc         the text of the errors
//   lang/             the readers of the other languages

#include "src/internal/date/date_scan.h"

#include <cstddef>
#include <string_view>

#include "src/internal/date/fast_paths.h"
#include "src/internal/date/scanner.h"

namespace lede {
namespace internal {

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
