// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The byte scan and line search with AVX2: compiled with -mavx2 -mbmi
// (CMakeLists.txt), called only when ActiveIsa() is Isa::kAvx2 or wider.

#include <immintrin.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "absl/numeric/bits.h"
#include "src/internal/text/cpu.h"
#include "src/internal/text/scan_kernel.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace {

// True when none of the 128 bytes at `p` is NUL, CR or >= 0x80: as signed
// bytes, NUL and the high bytes are exactly those below 1. Most of a text
// passes this test and costs a few instructions per 32 bytes.
inline bool Plain128Avx2(const char* p) {
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

// UTF-8 validation 32 bytes at a time, without a branch per character. Every
// ill-formed sequence shows in the pair of a byte and the byte before it,
// except a missing third or fourth byte, which shows two or three bytes
// after its lead. Three 16-entry tables, indexed by the previous byte's high
// nibble, its low nibble and this byte's high nibble, give the errors each
// nibble allows; a pair is ill-formed when all three allow one error.
//   kTooShort    a lead byte followed by no continuation byte
//   kTooLong     a continuation byte after an ASCII byte
//   kOverlong2   C0 or C1 and a continuation byte
//   kOverlong3   E0 80..9F
//   kSurrogate   ED A0..BF
//   kTooLarge    F4..FF 90..BF
//   kFourBytes   F0 80..8F (overlong) and F5..FF 80..8F (too large)
//   kTwoConts    two continuation bytes: an error unless the lead two or
//                three bytes back (E0..FF, F0..FF) asks for this one, so
//                that bit is flipped where it does.
constexpr char kTooShort = 1 << 0;
constexpr char kTooLong = 1 << 1;
constexpr char kOverlong3 = 1 << 2;
constexpr char kTooLarge = 1 << 3;
constexpr char kSurrogate = 1 << 4;
constexpr char kOverlong2 = 1 << 5;
constexpr char kFourBytes = 1 << 6;
constexpr char kTwoConts = static_cast<char>(1 << 7);
constexpr char kAnyPair = kTooShort | kTooLong | kTwoConts;

// A 16-entry table in both lanes.
inline __m256i Table(char e0, char e1, char e2, char e3, char e4, char e5,
                     char e6, char e7, char e8, char e9, char ea, char eb,
                     char ec, char ed, char ee, char ef) {
  return _mm256_setr_epi8(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, ea, eb, ec,
                          ed, ee, ef, e0, e1, e2, e3, e4, e5, e6, e7, e8, e9,
                          ea, eb, ec, ed, ee, ef);
}

// The 32 bytes before each byte of `x` by `k` (1..3), the earlier ones taken
// from `prev`, the 32 bytes before `x`.
template <int k>
inline __m256i Before(__m256i x, __m256i prev) {
  return _mm256_alignr_epi8(x, _mm256_permute2x128_si256(prev, x, 0x21),
                            16 - k);
}

// The error bits of the 32 bytes `x`, nonzero where a sequence is
// ill-formed; `prev` holds the 32 bytes before them.
inline __m256i Utf8Errors(__m256i x, __m256i prev) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i prev1 = Before<1>(x, prev);
  const __m256i by_prev_high = _mm256_shuffle_epi8(
      Table(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
            kTooLong, kTooLong, kTwoConts, kTwoConts, kTwoConts, kTwoConts,
            kTooShort | kOverlong2, kTooShort,
            kTooShort | kOverlong3 | kSurrogate,
            kTooShort | kTooLarge | kFourBytes),
      _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble));
  const __m256i by_prev_low = _mm256_shuffle_epi8(
      Table(
          kAnyPair | kOverlong2 | kOverlong3 | kFourBytes,
          kAnyPair | kOverlong2, kAnyPair, kAnyPair, kAnyPair | kTooLarge,
          kAnyPair | kTooLarge | kFourBytes, kAnyPair | kTooLarge | kFourBytes,
          kAnyPair | kTooLarge | kFourBytes, kAnyPair | kTooLarge | kFourBytes,
          kAnyPair | kTooLarge | kFourBytes, kAnyPair | kTooLarge | kFourBytes,
          kAnyPair | kTooLarge | kFourBytes, kAnyPair | kTooLarge | kFourBytes,
          kAnyPair | kTooLarge | kFourBytes | kSurrogate,
          kAnyPair | kTooLarge | kFourBytes, kAnyPair | kTooLarge | kFourBytes),
      _mm256_and_si256(prev1, nibble));
  constexpr char kContinuation =
      kTooLong | kTwoConts | kOverlong2;  // 80..BF after any byte
  const __m256i by_high = _mm256_shuffle_epi8(
      Table(kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kTooShort, kTooShort, kContinuation | kOverlong3 | kFourBytes,
            kContinuation | kOverlong3 | kTooLarge,
            kContinuation | kSurrogate | kTooLarge,
            kContinuation | kSurrogate | kTooLarge, kTooShort, kTooShort,
            kTooShort, kTooShort),
      _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble));
  const __m256i pair =
      _mm256_and_si256(_mm256_and_si256(by_prev_high, by_prev_low), by_high);
  // Bit 7 where the byte two back is E0..FF or the byte three back F0..FF:
  // a saturating subtraction leaves 0x80 or more exactly then.
  const __m256i third =
      _mm256_subs_epu8(Before<2>(x, prev), _mm256_set1_epi8(0xE0 - 0x80));
  const __m256i fourth =
      _mm256_subs_epu8(Before<3>(x, prev), _mm256_set1_epi8(0xF0 - 0x80));
  const __m256i wanted = _mm256_and_si256(_mm256_or_si256(third, fourth),
                                          _mm256_set1_epi8(kTwoConts));
  return _mm256_xor_si256(pair, wanted);
}

inline __m256i Load32(const char* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

// The top bits of 64 bytes' compare results, the first 32 bytes lowest.
inline std::uint64_t Mask64(__m256i low, __m256i high) {
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(low)) |
         static_cast<std::uint64_t>(
             static_cast<std::uint32_t>(_mm256_movemask_epi8(high)))
             << 32;
}

// The 32 bytes before `begin + at`, those before `begin` read as 0.
inline __m256i LoadBefore(const char* begin, std::size_t at) {
  if (at >= 32) return Load32(begin + at - 32);
  alignas(32) char bytes[32] = {};
  std::memcpy(bytes + 32 - at, begin, at);
  return Load32(bytes);
}

}  // namespace

LEDE_FLATTEN void ScanBlocksAvx2(std::string_view text, std::size_t from,
                                 std::size_t to, ScanFlags* flags) {
  const char* begin = text.data();
  const std::size_t n = text.size();
  std::size_t base = from;
  // A character cut short at `from` shows only against the bytes after it,
  // so plain blocks are skipped only after ASCII.
  if (_mm256_movemask_epi8(LoadBefore(begin, base)) == 0) {
    while (to - base >= 128 && Plain128Avx2(begin + base)) base += 128;
  }
  if (base >= to) return;
  const __m256i zero = _mm256_setzero_si256();
  const __m256i cr = _mm256_set1_epi8('\r');
  const __m256i lf = _mm256_set1_epi8('\n');
  // The 32 bytes before the first block, for characters that run into it.
  __m256i prev = LoadBefore(begin, base);
  bool prev_high = _mm256_movemask_epi8(prev) != 0;
  __m256i errors = zero;
  __m256i nul = zero;
  __m256i crlf = zero;
  __m256i lone_cr = zero;
  for (; base < to; base += 64) {
    // Each block is read with the byte after it, for the LF after a CR.
    char padded[65];
    const char* block = begin + base;
    if (n - base <= 64) {
      // Pad with spaces: no flag of any kind, and a character cut short by
      // the end is followed by an ASCII byte, which Utf8Errors() catches.
      std::memset(padded, ' ', sizeof padded);
      std::memcpy(padded, block, n - base);
      block = padded;
    }
    const __m256i x0 = Load32(block);
    const __m256i x1 = Load32(block + 32);
    const __m256i cr0 = _mm256_cmpeq_epi8(x0, cr);
    const __m256i cr1 = _mm256_cmpeq_epi8(x1, cr);
    const __m256i lf0 = _mm256_cmpeq_epi8(Load32(block + 1), lf);
    const __m256i lf1 = _mm256_cmpeq_epi8(Load32(block + 33), lf);
    nul = _mm256_or_si256(nul, _mm256_or_si256(_mm256_cmpeq_epi8(x0, zero),
                                               _mm256_cmpeq_epi8(x1, zero)));
    crlf = _mm256_or_si256(crlf, _mm256_or_si256(_mm256_and_si256(cr0, lf0),
                                                 _mm256_and_si256(cr1, lf1)));
    lone_cr = _mm256_or_si256(lone_cr,
                              _mm256_or_si256(_mm256_andnot_si256(lf0, cr0),
                                              _mm256_andnot_si256(lf1, cr1)));
    // ASCII after ASCII is well-formed: most blocks of a text with CR LF
    // line ends validate nothing.
    const bool high = _mm256_movemask_epi8(_mm256_or_si256(x0, x1)) != 0;
    if (high || prev_high) {
      errors = _mm256_or_si256(
          errors, _mm256_or_si256(Utf8Errors(x0, prev), Utf8Errors(x1, x0)));
    }
    prev = x1;
    prev_high = high;
  }
  // A character cut short by the text's end, when the last block ended
  // there (else the spaces after the text in its padded copy showed it).
  if (to == n && base == n) {
    errors = _mm256_or_si256(errors, Utf8Errors(zero, prev));
  }
  flags->utf8_error |= !_mm256_testz_si256(errors, errors);
  flags->nul |= !_mm256_testz_si256(nul, nul);
  flags->crlf |= !_mm256_testz_si256(crlf, crlf);
  flags->lone_cr |= !_mm256_testz_si256(lone_cr, lone_cr);
}

LineSearch FindLineEndAvx2(const char* p, const char* end) {
  const __m256i lf = _mm256_set1_epi8('\n');
  const __m256i cr = _mm256_set1_epi8('\r');
  // The smallest byte read, as a signed byte: below 1 for NUL or >= 0x80.
  __m256i low = _mm256_set1_epi8(0x7F);
  LineSearch search = {nullptr, nullptr, false, false, false};
  const char* q = p;
  // Most of a long line: one test for a line end per 128 bytes.
  for (; end - q >= 128; q += 128) {
    // The lines ahead, whose first read would otherwise wait on memory.
    _mm_prefetch(q + kPrefetchAhead, _MM_HINT_T0);
    _mm_prefetch(q + kPrefetchAhead + 64, _MM_HINT_T0);
    const __m256i x0 = Load32(q);
    const __m256i x1 = Load32(q + 32);
    const __m256i x2 = Load32(q + 64);
    const __m256i x3 = Load32(q + 96);
    low = _mm256_min_epi8(
        low, _mm256_min_epi8(_mm256_min_epi8(x0, x1), _mm256_min_epi8(x2, x3)));
    const __m256i e0 =
        _mm256_or_si256(_mm256_cmpeq_epi8(x0, lf), _mm256_cmpeq_epi8(x0, cr));
    const __m256i e1 =
        _mm256_or_si256(_mm256_cmpeq_epi8(x1, lf), _mm256_cmpeq_epi8(x1, cr));
    const __m256i e2 =
        _mm256_or_si256(_mm256_cmpeq_epi8(x2, lf), _mm256_cmpeq_epi8(x2, cr));
    const __m256i e3 =
        _mm256_or_si256(_mm256_cmpeq_epi8(x3, lf), _mm256_cmpeq_epi8(x3, cr));
    const __m256i any =
        _mm256_or_si256(_mm256_or_si256(e0, e1), _mm256_or_si256(e2, e3));
    if (!_mm256_testz_si256(any, any)) break;  // the 64-byte steps find it
  }
  for (; end - q >= 64; q += 64) {
    const __m256i x0 = Load32(q);
    const __m256i x1 = Load32(q + 32);
    low = _mm256_min_epi8(low, _mm256_min_epi8(x0, x1));
    const std::uint64_t crs =
        Mask64(_mm256_cmpeq_epi8(x0, cr), _mm256_cmpeq_epi8(x1, cr));
    const std::uint64_t lfs =
        Mask64(_mm256_cmpeq_epi8(x0, lf), _mm256_cmpeq_epi8(x1, lf));
    if (crs != 0) NoteCrs(crs, lfs, q, end, &search);
    if ((crs | lfs) != 0) {
      search.end = q + absl::countr_zero(crs | lfs);
      search.read = q + 64;
      break;
    }
  }
  if (search.end == nullptr) {
    search.end = FindLineEnd(q, end);
    search.read = q;
  }
  search.plain =
      _mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(1), low)) == 0;
  return search;
}

}  // namespace internal
}  // namespace lede
