// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: scan.h
// -----------------------------------------------------------------------------
//
// The byte scan, lede's stage 1: every byte of the input checked once for
// NUL bytes, invalid UTF-8 and line endings, either in one pass (ScanText())
// or in steps alongside the body parse (ByteScanner), with the vector code
// ActiveIsa() picks (cpu.h; scan_avx2.cc, scan_avx512.cc).

#ifndef LEDE_SRC_INTERNAL_TEXT_SCAN_H_
#define LEDE_SRC_INTERNAL_TEXT_SCAN_H_

#include <cstddef>

#include "src/internal/parse_state.h"

namespace lede {
namespace internal {

// ScanText()
//
// Checks the whole input's bytes once: NUL bytes, invalid UTF-8 and line
// endings (CR LF, lone CR, mixed), adding a warning with the offset of each
// problem (up to the warning cap): one kNulByte at the first NUL; one
// kInvalidUtf8 per ill-formed sequence (overlong, surrogate, over U+10FFFF,
// truncated, lone continuation byte; each maximal subpart once); one
// kCrLineEndings at the first CR LF and one at the first lone CR; one
// kMixedLineEndings where a second kind of line ending first appears.
void ScanText(ParseState* state);

// ByteScanner
//
// ScanText() in steps, so that the body parse can check the bytes it reads
// while they are in cache, instead of a whole pass over a large input before
// it: LineEnd() finds a line's end and checks the bytes it read on the way,
// ScanTo() checks the input's bytes up to an offset, and neither adds a
// warning; Finish() checks the rest and adds every warning ScanText() would,
// in the same order. Below Isa::kAvx2, LineEnd() is FindLineEnd(), ScanTo()
// does nothing and Finish() scans everything. The Isa is ActiveIsa() when
// the scanner is made.
class ByteScanner {
 public:
  explicit ByteScanner(ParseState* state);

  // The first '\n' or '\r' at or after `p` (a byte of the input), or the
  // input's end.
  const char* LineEnd(const char* p);
  void ScanTo(std::size_t offset);
  void Finish();

 private:
  // Takes [from, to), which LineEnd() read, as checked: plain when it holds
  // no NUL or byte >= 0x80 (then only the bytes before it need a scan).
  void Checked(std::size_t from, std::size_t to, bool plain);

  ParseState* state_;
  bool portable_ = true;
  bool avx512_ = false;
  std::size_t scanned_ = 0;  // the bytes before this offset are checked
  bool ascii_end_ = true;    // and the last three of them are ASCII
  bool utf8_error_ = false;
  bool nul_ = false;
  bool crlf_ = false;
  bool lone_cr_ = false;
};

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_SCAN_H_
