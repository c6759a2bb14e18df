// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
//
// ScanText() and ByteScanner: the input's bytes checked for NUL bytes,
// invalid UTF-8 and line endings, 64 bytes at a time (with AVX2 where
// ActiveIsa() has it), in one pass or in steps alongside the body parse.
// There the search for each line's end (AVX-512 or AVX2) notes whether the
// bytes it read hold a NUL, a CR or a non-ASCII byte; only blocks that do,
// and the stretches no line search read, get the full scan. The vector code
// is in scan_avx2.cc and scan_avx512.cc.

#include "src/internal/text/scan.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "absl/numeric/bits.h"
#include "lede/article.h"
#include "src/internal/parse_state.h"
#include "src/internal/text/cpu.h"
#include "src/internal/text/scan_kernel.h"
#include "src/internal/text/text_class.h"

#if LEDE_SIMD_SSE2
#include <emmintrin.h>
#endif

namespace lede {
namespace internal {
namespace {

constexpr std::size_t kNotSeen = ~std::size_t{0};

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

// What one pass over the bytes found.
struct ScanResult {
  std::size_t first_nul = kNotSeen;
  std::size_t first_crlf = kNotSeen;
  std::size_t first_lone_cr = kNotSeen;
};

// The bytes of 64 that are NUL, CR, LF or >= 0x80, one bit per byte.
struct ScanMasks {
  std::uint64_t nul, cr, lf, high;
};

inline ScanMasks Classify64(const char* p) {
  ScanMasks m = {0, 0, 0, 0};
#if LEDE_SIMD_SSE2
  const __m128i zero = _mm_setzero_si128();
  const __m128i cr = _mm_set1_epi8('\r');
  const __m128i lf = _mm_set1_epi8('\n');
  for (int k = 0; k < 4; ++k) {
    const __m128i x =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const int shift = 16 * k;
    auto bits = [](__m128i v) {
      return static_cast<std::uint64_t>(
          static_cast<std::uint32_t>(_mm_movemask_epi8(v)));
    };
    m.nul |= bits(_mm_cmpeq_epi8(x, zero)) << shift;
    m.cr |= bits(_mm_cmpeq_epi8(x, cr)) << shift;
    m.lf |= bits(_mm_cmpeq_epi8(x, lf)) << shift;
    m.high |= bits(x) << shift;
  }
#else
  for (int i = 0; i < 64; ++i) {
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (p[i] == '\0') m.nul |= bit;
    if (p[i] == '\r') m.cr |= bit;
    if (p[i] == '\n') m.lf |= bit;
    if (IsHighByte(p[i])) m.high |= bit;
  }
#endif
  return m;
}

// Warns about each ill-formed UTF-8 sequence of `text`, one character at a
// time from each byte >= 0x80 (the AVX2 scan calls it only for a text it
// found an error in, the portable one for a text with any byte >= 0x80).
void WarnInvalidUtf8(std::string_view text, ParseState* state) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* p = begin; p < end;) {
    if (!IsHighByte(*p)) {
      ++p;
      continue;
    }
    const Utf8Char c = DecodeUtf8(p, end);
    if (!c.valid) {
      state->AddWarning(WarningCode::kInvalidUtf8,
                        static_cast<std::size_t>(p - begin),
                        "invalid UTF-8 sequence");
    }
    p += c.length;
  }
}

// The portable scan, 64 bytes at a time: NUL and CR are settled from the
// masks, and a text with a byte >= 0x80 is walked by WarnInvalidUtf8().
ScanResult ScanBytesPortable(std::string_view text, ParseState* state) {
  ScanResult result;
  const char* begin = text.data();
  const std::size_t n = text.size();
  bool high = false;
  for (std::size_t base = 0; base < n; base += 64) {
    char padded[64];
    const char* block = begin + base;
    if (n - base < 64) {
      // Pad with spaces: no flag of any kind.
      std::memset(padded, ' ', sizeof padded);
      std::memcpy(padded, block, n - base);
      block = padded;
    }
    const ScanMasks m = Classify64(block);
    high = high || m.high != 0;
    if (m.nul != 0 && result.first_nul == kNotSeen) {
      result.first_nul =
          base + static_cast<std::size_t>(absl::countr_zero(m.nul));
    }
    if (m.cr != 0) {
      const bool lf_after = base + 64 < n && begin[base + 64] == '\n';
      const std::uint64_t lf_next =
          (m.lf >> 1) | (lf_after ? std::uint64_t{1} << 63 : 0);
      const std::uint64_t crlf = m.cr & lf_next;
      const std::uint64_t lone = m.cr & ~lf_next;
      if (crlf != 0 && result.first_crlf == kNotSeen) {
        result.first_crlf =
            base + static_cast<std::size_t>(absl::countr_zero(crlf));
      }
      if (lone != 0 && result.first_lone_cr == kNotSeen) {
        result.first_lone_cr =
            base + static_cast<std::size_t>(absl::countr_zero(lone));
      }
    }
  }
  if (high) WarnInvalidUtf8(text, state);
  return result;
}

#if LEDE_SIMD_X86_64
// The offset of the first `c` in `text` that is (`followed` true) or is not
// followed by `next`, or kNotSeen. Run only for a text the scan found such a
// byte in.
std::size_t FirstWithNext(std::string_view text, char c, char next,
                          bool followed) {
  const char* begin = text.data();
  const char* end = begin + text.size();
  for (const char* p = begin; p < end; ++p) {
    p = static_cast<const char*>(std::memchr(p, c, end - p));
    if (p == nullptr) break;
    if ((p + 1 < end && p[1] == next) == followed) {
      return static_cast<std::size_t>(p - begin);
    }
  }
  return kNotSeen;
}

// The findings of a whole text's AVX2 scan, with the UTF-8 warnings added.
ScanResult FinishAvx2(const ScanFlags& flags, ParseState* state) {
  const std::string_view text = state->input;
  const char* begin = text.data();
  if (flags.utf8_error) WarnInvalidUtf8(text, state);
  ScanResult result;
  if (flags.nul) {
    result.first_nul = static_cast<std::size_t>(
        static_cast<const char*>(std::memchr(begin, '\0', text.size())) -
        begin);
  }
  if (flags.crlf) result.first_crlf = FirstWithNext(text, '\r', '\n', true);
  if (flags.lone_cr) {
    result.first_lone_cr = FirstWithNext(text, '\r', '\n', false);
  }
  return result;
}

#endif  // LEDE_SIMD_X86_64

// Adds the warnings for what ScanBytes*() found, after its UTF-8 ones.
void Report(const ScanResult& result, ParseState* state) {
  const std::string_view text = state->input;
  if (result.first_nul != kNotSeen) {
    state->AddWarning(WarningCode::kNulByte, result.first_nul,
                      "NUL byte in the text");
  }
  const std::size_t first_crlf = result.first_crlf;
  const std::size_t first_lone_cr = result.first_lone_cr;
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

}  // namespace

ByteScanner::ByteScanner(ParseState* state) : state_(state) {
#if LEDE_SIMD_X86_64
  const Isa isa = ActiveIsa();
  portable_ = isa < Isa::kAvx2;
  avx512_ = isa >= Isa::kAvx512;
#endif
}

namespace {

// True when no byte of [p, end) is NUL, CR or >= 0x80: a check for the
// short stretches between lines (a header, blank lines, a text's last bytes)
// that costs less than a scan's setup.
bool PlainStretch(const char* p, const char* end) {
#if LEDE_SIMD_SSE2
  if (end - p >= 16) {
    const __m128i one = _mm_set1_epi8(1);
    const __m128i cr = _mm_set1_epi8('\r');
    __m128i odd = _mm_setzero_si128();
    // The last 16 bytes are read as such, overlapping the step before.
    for (const char* q = p;; q += 16) {
      if (end - q < 16) q = end - 16;
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
      // As signed bytes, NUL and the bytes >= 0x80 are those below 1.
      odd = _mm_or_si128(
          odd, _mm_or_si128(_mm_cmpgt_epi8(one, x), _mm_cmpeq_epi8(x, cr)));
      if (q + 16 == end) break;
    }
    return _mm_movemask_epi8(odd) == 0;
  }
#endif
  for (; p < end; ++p) {
    const unsigned char b = static_cast<unsigned char>(*p);
    if (b == 0 || b == '\r' || b >= 0x80) return false;
  }
  return true;
}

}  // namespace

void ByteScanner::ScanTo(std::size_t offset) {
  const std::size_t n = state_->input.size();
  const std::size_t to = offset >= n ? n : offset;
  if (portable_ || to <= scanned_) return;
  const char* begin = state_->input.data();
  if (ascii_end_ && to - scanned_ <= 256 &&
      PlainStretch(begin + scanned_, begin + to)) {
    scanned_ = to;
    return;
  }
#if LEDE_SIMD_X86_64
  ScanFlags flags = {utf8_error_, nul_, crlf_, lone_cr_};
  ScanBlocksAvx2(state_->input, scanned_, to, &flags);
  utf8_error_ = flags.utf8_error;
  nul_ = flags.nul;
  crlf_ = flags.crlf;
  lone_cr_ = flags.lone_cr;
  scanned_ = to;
  ascii_end_ = true;
  for (std::size_t i = to >= 3 ? to - 3 : 0; i < to; ++i) {
    ascii_end_ = ascii_end_ && !IsHighByte(begin[i]);
  }
#endif
}

void ByteScanner::Checked(std::size_t from, std::size_t to, bool plain) {
  if (to <= scanned_) return;
  if (from > scanned_) ScanTo(from);
  // A character cut short right before `from` shows only against the bytes
  // after it, which the scan then reads too.
  if (plain && ascii_end_) {
    scanned_ = to;
  } else {
    ScanTo(to);
  }
}

const char* ByteScanner::LineEnd(const char* p) {
  const char* begin = state_->input.data();
  const char* end = begin + state_->input.size();
  if (portable_) return FindLineEnd(p, end);
  // A blank line: its end is all there is to read (and the scan reads it
  // later, with the bytes around it).
  if (p < end && (ByteClass(*p) & kByteEol)) return p;
#if LEDE_SIMD_X86_64
  const LineSearch search =
      avx512_ ? FindLineEndAvx512(p, end) : FindLineEndAvx2(p, end);
  crlf_ = crlf_ || search.crlf;
  lone_cr_ = lone_cr_ || search.lone_cr;
  Checked(static_cast<std::size_t>(p - begin),
          static_cast<std::size_t>(search.read - begin), search.plain);
  return search.end;
#else
  return FindLineEnd(p, end);
#endif
}

void ByteScanner::Finish() {
  if (portable_) {
    Report(ScanBytesPortable(state_->input, state_), state_);
    return;
  }
#if LEDE_SIMD_X86_64
  ScanTo(state_->input.size());
  Report(FinishAvx2(ScanFlags{utf8_error_, nul_, crlf_, lone_cr_}, state_),
         state_);
#endif
}

void ScanText(ParseState* state) { ByteScanner(state).Finish(); }

}  // namespace internal
}  // namespace lede
