// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The general date scanner, which reads every English form lede accepts (the
// fast paths of date_scan.cc take a few exact ones first) and finds the error
// in everything else.

#ifndef LEDE_SRC_INTERNAL_DATE_SCANNER_H_
#define LEDE_SRC_INTERNAL_DATE_SCANNER_H_

#include <cstddef>
#include <string_view>

#include "lede/date.h"
#include "src/internal/date/date_scan.h"

namespace lede {
namespace internal {
namespace date {

// ScanGeneral()
//
// ScanDateInto() without the fast paths: the grammar of the whole of
// ParseDate()'s documentation.
bool ScanGeneral(std::string_view text, const DateOptions& options, bool prefix,
                 DateTime* date, std::size_t* offset, std::size_t* length,
                 DateScanError* error);

}  // namespace date
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_DATE_SCANNER_H_
