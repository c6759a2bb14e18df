// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ScanText(): one pass over the whole input for NUL bytes, invalid UTF-8 and
// line endings. Sixteen bytes at a time are checked for anything that is not
// plain ASCII other than CR or NUL; only those bytes are looked at one by one.

#include <cstddef>
#include <cstring>
#include <string_view>

#include "lede/article.h"
#include "src/internal/body.h"
#include "src/internal/parse_state.h"
#include "src/internal/text_class.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#define LEDE_SCAN_SSE2 1
#endif

namespace lede {
namespace internal {
namespace {

constexpr std::size_t kNotSeen = ~std::size_t{0};

// Returns the first byte at or after `p` that is NUL, CR or >= 0x80, or `end`.
const char* SkipPlainAscii(const char* p, const char* end) {
#if LEDE_SCAN_SSE2
  const __m128i zero = _mm_setzero_si128();
  const __m128i cr = _mm_set1_epi8('\r');
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // A byte >= 0x80 has its top bit set already; NUL and CR compare to 0xFF.
    const __m128i flagged = _mm_or_si128(
        x, _mm_or_si128(_mm_cmpeq_epi8(x, zero), _mm_cmpeq_epi8(x, cr)));
    const int mask = _mm_movemask_epi8(flagged);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && *p != '\0' && *p != '\r' && !IsHighByte(*p)) ++p;
  return p;
}

// The offset of the first LF not preceded by CR, or kNotSeen.
std::size_t FirstBareLineFeed(std::string_view text) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* p = begin; p < end; ++p) {
    p = static_cast<const char*>(std::memchr(p, '\n', end - p));
    if (p == nullptr) break;
    if (p == begin || p[-1] != '\r') return static_cast<std::size_t>(p - begin);
  }
  return kNotSeen;
}

}  // namespace

void ScanText(ParseState* state) {
  const std::string_view text = state->input;
  const char* begin = text.data();
  const char* end = begin + text.size();
  bool nul_seen = false;
  std::size_t first_crlf = kNotSeen;
  std::size_t first_lone_cr = kNotSeen;
  for (const char* p = SkipPlainAscii(begin, end); p < end;
       p = SkipPlainAscii(p, end)) {
    const std::size_t at = static_cast<std::size_t>(p - begin);
    if (*p == '\0') {
      if (!nul_seen) {
        state->AddWarning(WarningCode::kNulByte, at, "NUL byte in the text");
        nul_seen = true;
      }
      ++p;
    } else if (*p == '\r') {
      const bool crlf = p + 1 < end && p[1] == '\n';
      std::size_t& first = crlf ? first_crlf : first_lone_cr;
      if (first == kNotSeen) first = at;
      p += crlf ? 2 : 1;
    } else {
      const Utf8Char c = DecodeUtf8(p, end);
      if (!c.valid) {
        state->AddWarning(WarningCode::kInvalidUtf8, at,
                          "invalid UTF-8 sequence");
      }
      p += c.length;
    }
  }
  if (first_crlf == kNotSeen && first_lone_cr == kNotSeen) return;
  if (first_crlf != kNotSeen) {
    state->AddWarning(WarningCode::kCrLineEndings, first_crlf,
                      "lines end in CR LF");
  }
  if (first_lone_cr != kNotSeen) {
    state->AddWarning(WarningCode::kCrLineEndings, first_lone_cr,
                      "lines end in a lone CR");
  }
  // Mixed: the second kind of line ending, where it first appears.
  const std::size_t first_lf = FirstBareLineFeed(text);
  std::size_t firsts[3] = {first_lf, first_crlf, first_lone_cr};
  std::size_t smallest = kNotSeen;
  std::size_t second = kNotSeen;
  for (std::size_t first : firsts) {
    if (first < smallest) {
      second = smallest;
      smallest = first;
    } else if (first < second) {
      second = first;
    }
  }
  if (second != kNotSeen) {
    state->AddWarning(WarningCode::kMixedLineEndings, second,
                      "lines end in more than one way");
  }
}

}  // namespace internal
}  // namespace lede
