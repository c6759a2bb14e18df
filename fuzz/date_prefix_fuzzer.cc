// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ParseDatePrefix on any bytes: the span it reports lies inside the text, and
// the date's own text parses alone to the same date.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "lede/date.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<lede::DatePrefix> prefix = lede::ParseDatePrefix(text);
  if (!prefix.ok()) return 0;
  if (prefix->length == 0 || prefix->offset + prefix->length > text.size() ||
      prefix->consumed != prefix->offset + prefix->length) {
    std::abort();
  }
  absl::StatusOr<lede::DateTime> alone =
      lede::ParseDate(text.substr(prefix->offset, prefix->length));
  // The date read from the longer text is the date its own text gives.
  if (!alone.ok() || *alone != prefix->date) std::abort();
  return 0;
}
