// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The front-matter readers: YAML between "---" lines and TOML between "+++"
// lines. header.cc finds the delimiters, checks the size limit and reserves
// the scratch; these read the lines in between into a FieldSink.

#ifndef LEDE_SRC_INTERNAL_HEADER_FRONT_MATTER_H_
#define LEDE_SRC_INTERNAL_HEADER_FRONT_MATTER_H_

#include <cstddef>

#include "src/internal/header/fields.h"

namespace lede {
namespace internal {
namespace header_util {

// ReadYamlFrontMatter()
//
// Reads the YAML lines in [begin, end) of the sink's input (after the opening
// "---" line, up to the closing line) into fields: `key: value` at column 0
// with a plain, 'single-quoted' or "double-quoted" scalar (unescaped into the
// scratch only when it holds escapes, doubled quotes or line breaks; a plain
// scalar over several lines is folded), a block scalar ("|" literal, ">"
// folded, with an indentation digit and a chomping indicator "-" / "+", per
// YAML 1.2: its text is the scalar, in the scratch, and its offset/length
// span its lines in the input), an inline list "[a, b]", or a block list of
// "- item" lines. Any other value (a nested mapping, a flow mapping) is kept
// as the raw text of its key. Linear time, no recursion.
void ReadYamlFrontMatter(FieldSink* sink, std::size_t begin, std::size_t end);

// ReadTomlFrontMatter()
//
// Reads the TOML lines in [begin, end) into fields: `key = value` with basic
// and literal strings (single- and multi-line), arrays (items split, strings
// unquoted), bare dates, date-times, numbers and booleans; a "[table]" is one
// field whose value is the raw text of its lines. Linear time.
void ReadTomlFrontMatter(FieldSink* sink, std::size_t begin, std::size_t end);

}  // namespace header_util
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_HEADER_FRONT_MATTER_H_
