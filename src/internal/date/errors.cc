// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The text of the date parser's errors, built on the error path only.

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "src/internal/date/calendar.h"
#include "src/internal/date/date_scan.h"
#include "src/internal/date/tables.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace {

using date::DaysInMonth;
using date::kMonthNames;
using date::kWeekdayNames;
using date::WeekdayOf;

// Writes `slice` in double quotes: '"' and '\\' escaped, valid UTF-8 as
// itself, control and invalid bytes as \xNN; a slice longer than a few dozen
// bytes is cut at a character boundary and ends with "…".
void AppendQuoted(std::string_view slice, std::string* out) {
  constexpr std::size_t kMaxQuoted = 40;
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const char* p = slice.data();
  const char* const end = p + slice.size();
  const char* const cut = slice.size() > kMaxQuoted ? p + kMaxQuoted : end;
  while (p < cut) {
    const auto c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {
      const Utf8Char ch = DecodeUtf8(p, end);
      if (ch.valid) {
        if (p + ch.length > cut) break;
        out->append(p, ch.length);
        p += ch.length;
        continue;
      }
    }
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else if (c >= 0x20 && c != 0x7f && c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else {
      out->append("\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    }
    ++p;
  }
  if (p != end) out->append("\xE2\x80\xA6");  // U+2026 HORIZONTAL ELLIPSIS
  out->push_back('"');
}

void AppendPadded(int value, int width, std::string* out) {
  char digits[12];
  int n = 0;
  unsigned v = static_cast<unsigned>(value < 0 ? 0 : value);
  do {
    digits[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 && n < 12);
  for (int i = n; i < width; ++i) out->push_back('0');
  while (n > 0) out->push_back(digits[--n]);
}

}  // namespace

absl::Status MakeDateError(std::string_view text, const DateScanError& error) {
  const std::size_t offset =
      error.offset < text.size() ? error.offset : text.size();
  const std::size_t length =
      error.length < text.size() - offset ? error.length : text.size() - offset;
  const std::string_view slice = text.substr(offset, length);
  const bool valid_date = error.month >= 1 && error.month <= 12;

  std::string message;
  bool quoted = false;
  std::string_view what = error.what;
  while (!what.empty()) {
    const std::size_t open = what.find('{');
    message.append(what.data(), open == what.npos ? what.size() : open);
    if (open == what.npos) break;
    what.remove_prefix(open);
    const std::size_t close = what.find('}');
    if (close == what.npos) {
      message.append(what.data(), what.size());
      break;
    }
    const std::string_view name = what.substr(1, close - 1);
    what.remove_prefix(close + 1);
    if (name == "slice") {
      AppendQuoted(slice, &message);
      quoted = true;
    } else if (name == "month_year" && valid_date) {
      message.append(kMonthNames[error.month]);
      message.push_back(' ');
      AppendPadded(error.year, 4, &message);
    } else if (name == "date" && valid_date) {
      AppendPadded(error.year, 4, &message);
      message.push_back('-');
      AppendPadded(error.month, 2, &message);
      message.push_back('-');
      AppendPadded(error.day, 2, &message);
    } else if (name == "weekday" && valid_date && error.day >= 1 &&
               error.day <= DaysInMonth(error.year, error.month)) {
      message.append(
          kWeekdayNames[WeekdayOf(error.year, error.month, error.day)]);
    }
  }
  if (!quoted) {
    message.push_back(' ');
    AppendQuoted(slice, &message);
  }
  message.append(" at byte ");
  message.append(std::to_string(offset));
  return absl::InvalidArgumentError(message);
}

}  // namespace internal
}  // namespace lede
