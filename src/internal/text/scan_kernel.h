// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// What the byte scan's files share (scan.cc, the generic scan and
// ByteScanner; scan_avx2.cc and scan_avx512.cc, compiled with their target
// options): what a vector scan and line search found, and their entry points.

#ifndef LEDE_SRC_INTERNAL_TEXT_SCAN_KERNEL_H_
#define LEDE_SRC_INTERNAL_TEXT_SCAN_KERNEL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace lede {
namespace internal {

// What the AVX2 scan has seen so far, for ByteScanner.
struct ScanFlags {
  bool utf8_error = false;
  bool nul = false;
  bool crlf = false;
  bool lone_cr = false;
};

// A line end found by FindLineEndAvx2(): `end` is the first '\n' or '\r' at
// or after the search's start (or the text's end); the search read the
// bytes up to `read`, which are `plain` when none is NUL or >= 0x80, and
// hold a CR LF (`crlf`) or a lone CR (`lone_cr`).
struct LineSearch {
  const char* end;
  const char* read;
  bool plain;
  bool crlf;
  bool lone_cr;
};

inline constexpr int kPrefetchAhead = 512;

// ScanBlocksAvx2()
//
// The AVX2 scan of the 64-byte blocks from `from` until `to` (the last block
// may run past `to`, never past the text). Plain ASCII without CR (most
// texts, all the way) is skipped 128 bytes at a time, after ASCII. Other
// blocks are checked without a branch on what they hold (a branch per CR LF
// line would be mispredicted): NUL, CR LF and lone CR are ORed into flags,
// and only a text that has one is searched, at the end, for where it first
// is. UTF-8 is checked by Utf8Errors() in the blocks that have a byte >= 0x80
// or follow one, and only a text with an ill-formed sequence is walked again,
// by WarnInvalidUtf8(), for the offsets.
void ScanBlocksAvx2(std::string_view text, std::size_t from, std::size_t to,
                    ScanFlags* flags);

// FindLineEndAvx2()
//
// Searches whole 128-byte and then 64-byte blocks from `p`, checking their
// bytes on the way; the last bytes of the text (under 64) are searched
// without a check.
LineSearch FindLineEndAvx2(const char* p, const char* end);

// FindLineEndAvx512()
//
// FindLineEndAvx2() with one AVX-512 register per 64 bytes, whose compares
// give masks directly; the last bytes of the text (under 64) are read with a
// masked load, so the search checks them too.
LineSearch FindLineEndAvx512(const char* p, const char* end);

namespace {

// Notes the CR LF and lone CR among the CRs `crs` of the 64 bytes at `q`,
// whose LFs are `lfs` (the byte after them read when it is before `end`).
inline void NoteCrs(std::uint64_t crs, std::uint64_t lfs, const char* q,
                    const char* end, LineSearch* search) {
  const std::uint64_t next_lf = end - q > 64 && q[64] == '\n';
  const std::uint64_t before_lf = (lfs >> 1) | (next_lf << 63);
  search->crlf = search->crlf || (crs & before_lf) != 0;
  search->lone_cr = search->lone_cr || (crs & ~before_lf) != 0;
}

}  // namespace
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_SCAN_KERNEL_H_
