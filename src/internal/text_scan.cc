// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ScanText(): one pass over the whole input for NUL bytes, invalid UTF-8 and
// line endings, 64 bytes at a time (with AVX2 where the CPU has it).

#include <cstddef>
#include <cstdint>
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
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define LEDE_SCAN_AVX2 1
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

#if LEDE_SCAN_AVX2
__attribute__((target("avx2"))) inline std::uint64_t Bits256(__m256i v) {
  return static_cast<std::uint64_t>(
      static_cast<std::uint32_t>(_mm256_movemask_epi8(v)));
}

// True when none of the 128 bytes at `p` is NUL, CR or >= 0x80: as signed
// bytes, NUL and the high bytes are exactly those below 1. Most of a text
// passes this test and costs a few instructions per 32 bytes.
__attribute__((target("avx2"))) inline bool Plain128Avx2(const char* p) {
  const __m256i one = _mm256_set1_epi8(1);
  const __m256i cr = _mm256_set1_epi8('\r');
  __m256i flags = _mm256_setzero_si256();
  for (int k = 0; k < 4; ++k) {
    const __m256i x =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
    flags = _mm256_or_si256(flags, _mm256_or_si256(_mm256_cmpgt_epi8(one, x),
                                                   _mm256_cmpeq_epi8(x, cr)));
  }
  return _mm256_testz_si256(flags, flags) != 0;
}

__attribute__((target("avx2"))) inline ScanMasks Classify64Avx2(const char* p) {
  ScanMasks m = {0, 0, 0, 0};
  const __m256i zero = _mm256_setzero_si256();
  const __m256i cr = _mm256_set1_epi8('\r');
  const __m256i lf = _mm256_set1_epi8('\n');
  for (int k = 0; k < 2; ++k) {
    const __m256i x =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
    const int shift = 32 * k;
    m.nul |= Bits256(_mm256_cmpeq_epi8(x, zero)) << shift;
    m.cr |= Bits256(_mm256_cmpeq_epi8(x, cr)) << shift;
    m.lf |= Bits256(_mm256_cmpeq_epi8(x, lf)) << shift;
    m.high |= Bits256(x) << shift;
  }
  return m;
}
#endif

inline ScanMasks Classify64(const char* p) {
  ScanMasks m = {0, 0, 0, 0};
#if LEDE_SCAN_SSE2
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

// Scans `text` 64 bytes at a time: a block of plain ASCII costs a few vector
// instructions; CR and NUL are settled from the masks; only the lead bytes of
// non-ASCII characters are decoded one by one. Invalid sequences are warned
// about as they are found.
template <bool kAvx2>
ScanResult ScanBytes(std::string_view text, ParseState* state) {
  ScanResult result;
  const char* begin = text.data();
  const std::size_t n = text.size();
  // Bytes at the start of the next block that belong to a character decoded
  // in this one.
  std::uint64_t carried = 0;
  for (std::size_t base = 0; base < n; base += 64) {
#if LEDE_SCAN_AVX2
    // Skips plain text two blocks at a time. (A plain block carries no
    // character over: carried bytes are >= 0x80.)
    if constexpr (kAvx2) {
      while (n - base >= 128 && Plain128Avx2(begin + base)) base += 128;
      if (base >= n) break;
    }
#endif
    char padded[64];
    const char* block = begin + base;
    const bool tail = n - base < 64;
    if (tail) {
      // Pad with spaces: no flag of any kind.
      std::memset(padded, ' ', sizeof padded);
      std::memcpy(padded, block, n - base);
      block = padded;
    }
#if LEDE_SCAN_AVX2
    const ScanMasks m = kAvx2 ? Classify64Avx2(block) : Classify64(block);
#else
    const ScanMasks m = Classify64(block);
#endif
    const std::uint64_t high = m.high & ~carried;
    carried = 0;
    if ((m.nul | m.cr | high) == 0) continue;
    if (m.nul != 0 && result.first_nul == kNotSeen) {
      result.first_nul =
          base + static_cast<std::size_t>(__builtin_ctzll(m.nul));
    }
    if (m.cr != 0) {
      const bool lf_after = base + 64 < n && begin[base + 64] == '\n';
      const std::uint64_t lf_next =
          (m.lf >> 1) | (lf_after ? std::uint64_t{1} << 63 : 0);
      const std::uint64_t crlf = m.cr & lf_next;
      const std::uint64_t lone = m.cr & ~lf_next;
      if (crlf != 0 && result.first_crlf == kNotSeen) {
        result.first_crlf =
            base + static_cast<std::size_t>(__builtin_ctzll(crlf));
      }
      if (lone != 0 && result.first_lone_cr == kNotSeen) {
        result.first_lone_cr =
            base + static_cast<std::size_t>(__builtin_ctzll(lone));
      }
    }
    for (std::uint64_t leads = high; leads != 0;) {
      const int i = __builtin_ctzll(leads);
      const char* at = begin + base + static_cast<std::size_t>(i);
      const Utf8Char c = DecodeUtf8(at, begin + n);
      if (!c.valid) {
        state->AddWarning(WarningCode::kInvalidUtf8,
                          base + static_cast<std::size_t>(i),
                          "invalid UTF-8 sequence");
      }
      const std::uint32_t length = c.length;
      const int past = i + static_cast<int>(length);
      if (past >= 64) {
        carried = (std::uint64_t{1} << (past - 64)) - 1;
        break;
      }
      leads &= ~((std::uint64_t{1} << past) - 1);
    }
  }
  return result;
}

#if LEDE_SCAN_AVX2
__attribute__((target("avx2,bmi"), flatten)) ScanResult ScanBytesAvx2(
    std::string_view text, ParseState* state) {
  return ScanBytes<true>(text, state);
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}
#endif

}  // namespace

void ScanText(ParseState* state) {
  const std::string_view text = state->input;
#if LEDE_SCAN_AVX2
  const ScanResult result =
      HasAvx2() ? ScanBytesAvx2(text, state) : ScanBytes<false>(text, state);
#else
  const ScanResult result = ScanBytes<false>(text, state);
#endif
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

}  // namespace internal
}  // namespace lede
