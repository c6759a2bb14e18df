// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The allocation-free core of the date parser. The public ParseDate() and
// ParseDatePrefix() wrap it and turn a DateScanError into an absl::Status; the
// article parser calls it directly so that a header line that is not a date
// costs no allocation.

#ifndef LEDE_SRC_INTERNAL_DATE_DATE_SCAN_H_
#define LEDE_SRC_INTERNAL_DATE_DATE_SCAN_H_

#include <cstddef>
#include <string_view>

#include "absl/status/status.h"
#include "lede/date.h"

namespace lede {
namespace internal {

// Why a text is not a date, and where. `offset` and `length` locate the
// offending slice in the scanned text; `what` is a static description such as
// "no month named" or "day {slice} is out of range for {month_year}".
//
// `what` may hold placeholders that MakeDateError() expands on the error path
// only: {slice} (the quoted slice; appended after `what` when absent),
// {date} ("2024-03-25"), {month_year} ("February 2024") and {weekday}
// ("Monday"), the last three from `year`, `month` and `day`.
struct DateScanError {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string_view what;  // Lifetime: static storage.
  // The date a day or a weekday was checked against; 0 when unused.
  int year = 0;
  int month = 0;
  int day = 0;
};

// ScanDate()
//
// With `prefix` false, `text` must be exactly one date (white space around it
// allowed); with `prefix` true, the longest date at its start that ends at a
// word boundary is taken. On success fills `*out` and returns true; otherwise
// fills `*error` and returns false. Never allocates, never reads outside
// `text`, and runs in time linear in `text.size()`.
bool ScanDate(std::string_view text, const DateOptions& options, bool prefix,
              DatePrefix* out, DateScanError* error);

// ScanDateInto()
//
// ScanDate() writing the date straight into `*date` (for instance the value
// of an absl::StatusOr<DateTime>, so that nothing is copied afterwards) and
// its place into `*offset` and `*length`.
bool ScanDateInto(std::string_view text, const DateOptions& options,
                  bool prefix, DateTime* date, std::size_t* offset,
                  std::size_t* length, DateScanError* error);

// ScanDateSlowly()
//
// ScanDate() without the fast paths of date_scan.cc (seven exact forms:
// RFC 3339, ISO basic, numeric, RFC 2822, asctime, written out, RFC 850);
// for tests that check the two agree.
bool ScanDateSlowly(std::string_view text, const DateOptions& options,
                    bool prefix, DatePrefix* out, DateScanError* error);

// MakeDateError()
//
// Builds the absl::InvalidArgumentError for `error` found in `text`, quoting
// the slice (shortened when long) and giving its byte offset.
absl::Status MakeDateError(std::string_view text, const DateScanError& error);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_DATE_SCAN_H_
