// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The types YAML and TOML give an unquoted scalar (HeaderField::type), and
// the typed values of such scalars for the writers that print them. Each
// rule is written once here: the front-matter readers classify with it, and
// the JSON writer converts with the same functions, so a value typed as an
// integer always converts to one.

#ifndef LEDE_SRC_INTERNAL_HEADER_SCALAR_TYPE_H_
#define LEDE_SRC_INTERNAL_HEADER_SCALAR_TYPE_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "lede/article.h"

namespace lede {
namespace internal {
namespace header_util {

// Which front-matter syntax a scalar was written in.
enum class ScalarSyntax { kYaml, kToml };

// ClassifyScalar()
//
// Returns the type `syntax` gives the unquoted scalar `text` (YAML 1.2's core
// schema plus its 1.1 timestamps, or TOML 1.0): kBoolean, kInteger (only
// within 64 bits), kFloat, kDate (a date, or a date-time, starting
// "YYYY-MM-DD"), kNull (YAML only), or kString for anything else.
ValueType ClassifyScalar(std::string_view text, ScalarSyntax syntax);

// ScalarBoolean(), ScalarInteger(), ScalarFloat()
//
// Return the value of a scalar ClassifyScalar() typed kBoolean, kInteger or
// kFloat in either syntax ("0x1F", "1_000", "-.inf"), or nullopt when `text`
// is not one. ScalarFloat() returns infinities and NaN as they are.
std::optional<bool> ScalarBoolean(std::string_view text);
std::optional<std::int64_t> ScalarInteger(std::string_view text);
std::optional<double> ScalarFloat(std::string_view text);

}  // namespace header_util
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_HEADER_SCALAR_TYPE_H_
