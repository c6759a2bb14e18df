// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The body's lines, as the plain-text and the Markdown block splitters read
// them: one line at a time, its end found by the ByteScanner (which checks
// the bytes it reads on the way) or by FindLineEnd().

#ifndef LEDE_SRC_INTERNAL_BODY_LINE_READER_H_
#define LEDE_SRC_INTERNAL_BODY_LINE_READER_H_

#include <cstddef>
#include <string_view>

#include "src/internal/body/body.h"
#include "src/internal/text/lines.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {

struct BodyLine {
  const char* begin = nullptr;  // the line's first byte
  const char* first = nullptr;  // its first non-blank byte (== end if blank)
  const char* end = nullptr;    // the byte after its last, before the ending
  const char* next = nullptr;   // the next line's first byte
  int indent = 0;               // columns before `first`, a tab as four

  bool blank() const { return first == end; }
  // Lifetime: points into the input; valid while it is alive and unmodified.
  std::string_view text() const {
    return std::string_view(first, static_cast<std::size_t>(end - first));
  }
};

// Finds line ends. With a ByteScanner, its LineEnd() finds them and checks
// the bytes it reads on the way, so each part of a large input is read from
// memory once; without one, FindLineEnd(). Reading a line twice is allowed.
class LineReader {
 public:
  LineReader(const char* end, ByteScanner* scanner)
      : end_(end), scanner_(scanner) {}

  BodyLine Read(const char* p) const {
    BodyLine line;
    line.begin = p;
    while (p < end_ && IsBlankByte(*p)) {
      if (line.indent < 4) line.indent += *p == '\t' ? 4 : 1;
      ++p;
    }
    line.first = p;
    line.end =
        scanner_ != nullptr ? scanner_->LineEnd(p) : FindLineEnd(p, end_);
    line.next = LineNext(line.end, end_);
    return line;
  }

 private:
  const char* end_;
  ByteScanner* scanner_;
};

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_BODY_LINE_READER_H_
