// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: lines.h
// -----------------------------------------------------------------------------
//
// Lines of an input by offset: LF, CR LF and a lone CR end a line. The header
// styles walk their lines with LineAt(); the body parser, which also measures
// indentation and checks the bytes as it goes, has its own reader over
// FindLineEnd() and LineNext().

#ifndef LEDE_SRC_INTERNAL_TEXT_LINES_H_
#define LEDE_SRC_INTERNAL_TEXT_LINES_H_

#include <cstddef>
#include <string_view>

#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {

// Line
//
// A line of the input: its bytes are [begin, end) (without the line ending)
// and the next line starts at `next`.
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t next = 0;
  // Lifetime: points into `input`; valid while `input` is alive and
  // unmodified.
  std::string_view Text(std::string_view input) const {
    return input.substr(begin, end - begin);
  }
};

// LineNext()
//
// The start of the line after the one whose ending is at `line_end` (a '\n'
// or '\r' in [line_end, end), or `end`): a CR LF is one ending.
inline const char* LineNext(const char* line_end, const char* end) {
  if (line_end == end) return end;
  return *line_end == '\r' && line_end + 1 < end && line_end[1] == '\n'
             ? line_end + 2
             : line_end + 1;
}

// LineAt()
//
// Returns the line that starts at `pos` (pos <= input.size()).
inline Line LineAt(std::string_view input, std::size_t pos) {
  const char* begin = input.data();
  const char* end = begin + input.size();
  // A lone CR (or the CR of a CR LF) ends the line before the LF.
  const char* line_end = FindLineEnd(begin + pos, end);
  return Line{pos, static_cast<std::size_t>(line_end - begin),
              static_cast<std::size_t>(LineNext(line_end, end) - begin)};
}

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_LINES_H_
