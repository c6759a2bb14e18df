// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/header/scalar_type.h"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <system_error>

#include "lede/article.h"
#include "src/internal/text/text_class.h"

namespace lede {

std::string_view ValueTypeName(ValueType type) {
  switch (type) {
    case ValueType::kString:
      return "string";
    case ValueType::kBoolean:
      return "boolean";
    case ValueType::kInteger:
      return "integer";
    case ValueType::kFloat:
      return "float";
    case ValueType::kDate:
      return "date";
    case ValueType::kNull:
      return "null";
  }
  return "string";
}

namespace internal {
namespace header_util {
namespace {

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  const char lower = AsciiLower(c);
  if (lower >= 'a' && lower <= 'f') return lower - 'a' + 10;
  return 99;
}

// Returns the end of the run of base-`base` digits at `i` (single
// underscores between digits allowed when `underscores`), or `i` when no
// digit is there.
std::size_t DigitRun(std::string_view t, std::size_t i, int base,
                     bool underscores) {
  std::size_t j = i;
  while (j < t.size()) {
    if (DigitValue(t[j]) < base) {
      ++j;
    } else if (underscores && t[j] == '_' && j > i && j + 1 < t.size() &&
               DigitValue(t[j + 1]) < base) {
      ++j;
    } else {
      break;
    }
  }
  return j;
}

int PrefixBase(std::string_view t, std::size_t i) {
  if (t.size() < i + 2 || t[i] != '0') return 0;
  switch (t[i + 1]) {
    case 'x':
      return 16;
    case 'o':
      return 8;
    case 'b':
      return 2;
    default:
      return 0;
  }
}

bool HasSign(std::string_view t) {
  return !t.empty() && (t[0] == '+' || t[0] == '-');
}

bool IsIntegerForm(std::string_view t, ScalarSyntax syntax) {
  const bool toml = syntax == ScalarSyntax::kToml;
  const std::size_t i = HasSign(t) ? 1 : 0;
  const int base = PrefixBase(t, i);
  if (base != 0) {
    if (i != 0 && toml) return false;  // TOML: no sign before 0x, 0o, 0b
    if (base == 2 && !toml) return false;
    const std::size_t end = DigitRun(t, i + 2, base, toml);
    return end > i + 2 && end == t.size();
  }
  const std::size_t end = DigitRun(t, i, 10, toml);
  if (end == i || end != t.size()) return false;
  return !(toml && t[i] == '0' && end - i > 1);  // TOML: no leading zeros
}

bool MatchesWord(std::string_view t, std::string_view lower,
                 std::string_view title, std::string_view upper) {
  return t == lower || t == title || t == upper;
}

bool IsSpecialFloat(std::string_view t, ScalarSyntax syntax) {
  if (syntax == ScalarSyntax::kToml) {
    const std::string_view rest = t.substr(HasSign(t) ? 1 : 0);
    return rest == "inf" || rest == "nan";
  }
  if (MatchesWord(t, ".nan", ".NaN", ".NAN")) return true;
  const std::string_view rest = t.substr(HasSign(t) ? 1 : 0);
  return MatchesWord(rest, ".inf", ".Inf", ".INF");
}

bool IsFloatForm(std::string_view t, ScalarSyntax syntax) {
  if (IsSpecialFloat(t, syntax)) return true;
  const bool toml = syntax == ScalarSyntax::kToml;
  std::size_t i = HasSign(t) ? 1 : 0;
  const std::size_t int_end = DigitRun(t, i, 10, toml);
  if (toml && (int_end == i || (t[i] == '0' && int_end - i > 1))) {
    return false;  // TOML: an integer part, without leading zeros
  }
  bool digits = int_end > i;
  bool fraction_or_exponent = false;
  i = int_end;
  if (i < t.size() && t[i] == '.') {
    const std::size_t fraction_end = DigitRun(t, i + 1, 10, toml);
    if (toml && fraction_end == i + 1) return false;
    digits |= fraction_end > i + 1;
    fraction_or_exponent = true;
    i = fraction_end;
  }
  if (!digits) return false;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    const std::size_t exponent_end = DigitRun(t, i, 10, toml);
    if (exponent_end == i) return false;
    fraction_or_exponent = true;
    i = exponent_end;
  }
  return i == t.size() && (fraction_or_exponent || !toml);
}

// "YYYY-MM-DD" (YAML also "YYYY-M-D"), then the end or a time after 'T',
// 't' or blanks.
bool IsDateForm(std::string_view t, ScalarSyntax syntax) {
  const bool toml = syntax == ScalarSyntax::kToml;
  std::size_t i = DigitRun(t, 0, 10, false);
  if (i != 4) return false;
  for (int part = 0; part < 2; ++part) {
    if (i >= t.size() || t[i] != '-') return false;
    const std::size_t end = DigitRun(t, i + 1, 10, false);
    const std::size_t n = end - i - 1;
    if (n < 1 || n > 2 || (toml && n != 2)) return false;
    i = end;
  }
  if (i == t.size()) return true;
  if (t[i] != 'T' && t[i] != 't' && !IsBlankByte(t[i])) return false;
  ++i;
  while (i < t.size() && IsBlankByte(t[i])) ++i;
  return i < t.size() && IsDigitByte(t[i]);
}

}  // namespace

ValueType ClassifyScalar(std::string_view text, ScalarSyntax syntax) {
  if (text.empty()) return ValueType::kString;
  if (syntax == ScalarSyntax::kYaml &&
      (text == "~" || MatchesWord(text, "null", "Null", "NULL"))) {
    return ValueType::kNull;
  }
  if (syntax == ScalarSyntax::kToml ? (text == "true" || text == "false")
                                    : ScalarBoolean(text).has_value()) {
    return ValueType::kBoolean;
  }
  if (IsIntegerForm(text, syntax)) {
    return ScalarInteger(text) ? ValueType::kInteger : ValueType::kString;
  }
  if (IsFloatForm(text, syntax)) return ValueType::kFloat;
  if (IsDateForm(text, syntax)) return ValueType::kDate;
  return ValueType::kString;
}

std::optional<bool> ScalarBoolean(std::string_view text) {
  if (MatchesWord(text, "true", "True", "TRUE")) return true;
  if (MatchesWord(text, "false", "False", "FALSE")) return false;
  return std::nullopt;
}

std::optional<std::int64_t> ScalarInteger(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  std::size_t i = HasSign(text) ? 1 : 0;
  int base = PrefixBase(text, i);
  if (base != 0) {
    i += 2;
  } else {
    base = 10;
  }
  if (i >= text.size()) return std::nullopt;
  std::uint64_t magnitude = 0;
  const std::uint64_t limit =
      negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  for (; i < text.size(); ++i) {
    if (text[i] == '_') continue;
    const int digit = DigitValue(text[i]);
    if (digit >= base) return std::nullopt;
    if (magnitude > (limit - static_cast<std::uint64_t>(digit)) /
                        static_cast<std::uint64_t>(base)) {
      return std::nullopt;
    }
    magnitude = magnitude * static_cast<std::uint64_t>(base) +
                static_cast<std::uint64_t>(digit);
  }
  if (!negative) return static_cast<std::int64_t>(magnitude);
  return magnitude == (std::uint64_t{1} << 63)
             ? std::numeric_limits<std::int64_t>::min()
             : -static_cast<std::int64_t>(magnitude);
}

std::optional<double> ScalarFloat(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  std::string_view rest = text.substr(HasSign(text) ? 1 : 0);
  if (!rest.empty() && rest[0] == '.' && rest.size() == 4 &&
      !IsDigitByte(rest[1])) {
    rest.remove_prefix(1);  // YAML ".inf", ".nan"
  }
  if (rest.size() == 3) {
    const char a = AsciiLower(rest[0]);
    const char b = AsciiLower(rest[1]);
    const char c = AsciiLower(rest[2]);
    if (a == 'i' && b == 'n' && c == 'f') {
      return negative ? -std::numeric_limits<double>::infinity()
                      : std::numeric_limits<double>::infinity();
    }
    if (a == 'n' && b == 'a' && c == 'n') {
      return std::numeric_limits<double>::quiet_NaN();
    }
  }
  // Without the underscores TOML allows between digits.
  char digits[128];
  std::size_t n = 0;
  if (negative) digits[n++] = '-';
  for (const char c : rest) {
    if (c == '_') continue;
    if (n == sizeof(digits)) return std::nullopt;
    digits[n++] = c;
  }
  double value = 0;
  const std::from_chars_result result =
      std::from_chars(digits, digits + n, value);
  if (result.ec != std::errc() || result.ptr != digits + n) {
    return std::nullopt;
  }
  return value;
}

}  // namespace header_util
}  // namespace internal
}  // namespace lede
