// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ScanText() and ByteScanner: the input's bytes checked for NUL bytes,
// invalid UTF-8 and line endings, 64 bytes at a time (with AVX2 where the CPU
// has it), in one pass or in steps alongside the body parse. There the search
// for each line's end (AVX-512 or AVX2) notes whether the bytes it read hold
// a NUL, a CR or a non-ASCII byte; only blocks that do, and the stretches no
// line search read, get the full scan.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "lede/article.h"
#include "src/internal/body/body.h"
#include "src/internal/parse_state.h"
#include "src/internal/text/text_class.h"

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
  }
  if (high) WarnInvalidUtf8(text, state);
  return result;
}

#if LEDE_SCAN_AVX2
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
__attribute__((target("avx2"))) inline __m256i Table(
    char e0, char e1, char e2, char e3, char e4, char e5, char e6, char e7,
    char e8, char e9, char ea, char eb, char ec, char ed, char ee, char ef) {
  return _mm256_setr_epi8(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, ea, eb, ec,
                          ed, ee, ef, e0, e1, e2, e3, e4, e5, e6, e7, e8, e9,
                          ea, eb, ec, ed, ee, ef);
}

// The 32 bytes before each byte of `x` by `k` (1..3), the earlier ones taken
// from `prev`, the 32 bytes before `x`.
template <int k>
__attribute__((target("avx2"))) inline __m256i Before(__m256i x, __m256i prev) {
  return _mm256_alignr_epi8(x, _mm256_permute2x128_si256(prev, x, 0x21),
                            16 - k);
}

// The error bits of the 32 bytes `x`, nonzero where a sequence is
// ill-formed; `prev` holds the 32 bytes before them.
__attribute__((target("avx2"))) inline __m256i Utf8Errors(__m256i x,
                                                          __m256i prev) {
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

__attribute__((target("avx2"))) inline __m256i Load32(const char* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

// The top bits of 64 bytes' compare results, the first 32 bytes lowest.
__attribute__((target("avx2"))) inline std::uint64_t Mask64(__m256i low,
                                                            __m256i high) {
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(low)) |
         static_cast<std::uint64_t>(
             static_cast<std::uint32_t>(_mm256_movemask_epi8(high)))
             << 32;
}

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

// What the AVX2 scan has seen so far, for ByteScanner.
struct ScanFlags {
  bool utf8_error = false;
  bool nul = false;
  bool crlf = false;
  bool lone_cr = false;
};

// The 32 bytes before `begin + at`, those before `begin` read as 0.
__attribute__((target("avx2"))) inline __m256i LoadBefore(const char* begin,
                                                          std::size_t at) {
  if (at >= 32) return Load32(begin + at - 32);
  alignas(32) char bytes[32] = {};
  std::memcpy(bytes + 32 - at, begin, at);
  return Load32(bytes);
}

// The AVX2 scan of the 64-byte blocks from `from` until `to` (the last block
// may run past `to`, never past the text). Plain ASCII without CR (most
// texts, all the way) is skipped 128 bytes at a time, after ASCII. Other
// blocks are checked without a branch on what they hold (a branch per CR LF
// line would be mispredicted): NUL, CR LF and lone CR are ORed into flags,
// and only a text that has one is searched, at the end, for where it first
// is. UTF-8 is checked by Utf8Errors() in the blocks that have a byte >= 0x80
// or follow one, and only a text with an ill-formed sequence is walked again,
// by WarnInvalidUtf8(), for the offsets.
__attribute__((target("avx2,bmi"), flatten)) void ScanBlocksAvx2(
    std::string_view text, std::size_t from, std::size_t to, ScanFlags* flags) {
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

constexpr int kPrefetchAhead = 512;

// Notes the CR LF and lone CR among the CRs `crs` of the 64 bytes at `q`,
// whose LFs are `lfs` (the byte after them read when it is before `end`).
inline void NoteCrs(std::uint64_t crs, std::uint64_t lfs, const char* q,
                    const char* end, LineSearch* search) {
  const std::uint64_t next_lf = end - q > 64 && q[64] == '\n';
  const std::uint64_t before_lf = (lfs >> 1) | (next_lf << 63);
  search->crlf = search->crlf || (crs & before_lf) != 0;
  search->lone_cr = search->lone_cr || (crs & ~before_lf) != 0;
}

// Searches whole 128-byte and then 64-byte blocks from `p`, checking their
// bytes on the way; the last bytes of the text (under 64) are searched
// without a check.
__attribute__((target("avx2,bmi"))) LineSearch FindLineEndAvx2(
    const char* p, const char* end) {
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
      search.end = q + __builtin_ctzll(crs | lfs);
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

// FindLineEndAvx2() with one AVX-512 register per 64 bytes, whose compares
// give masks directly; the last bytes of the text (under 64) are read with a
// masked load, so the search checks them too.
__attribute__((target("avx512f,avx512bw,bmi"))) LineSearch FindLineEndAvx512(
    const char* p, const char* end) {
  const __m512i lf = _mm512_set1_epi8('\n');
  const __m512i cr = _mm512_set1_epi8('\r');
  // The smallest byte read, as a signed byte: below 1 for NUL or >= 0x80.
  __m512i low = _mm512_set1_epi8(0x7F);
  LineSearch search = {nullptr, nullptr, false, false, false};
  const char* q = p;
  for (; q < end; q += 64) {
    // The lines ahead, whose first read would otherwise wait on memory.
    _mm_prefetch(q + kPrefetchAhead, _MM_HINT_T0);
    const std::size_t left = static_cast<std::size_t>(end - q);
    const __mmask64 in_text =
        left >= 64 ? ~__mmask64{0} : (__mmask64{1} << left) - 1;
    // Bytes past the end are not read (nor faulted on).
    const __m512i x = _mm512_maskz_loadu_epi8(in_text, q);
    low = _mm512_mask_min_epi8(low, in_text, low, x);
    const std::uint64_t crs = _mm512_mask_cmpeq_epi8_mask(in_text, x, cr);
    const std::uint64_t lfs = _mm512_mask_cmpeq_epi8_mask(in_text, x, lf);
    if ((crs | lfs) != 0) {
      if (crs != 0) NoteCrs(crs, lfs, q, end, &search);
      search.end = q + __builtin_ctzll(crs | lfs);
      search.read = left >= 64 ? q + 64 : end;
      break;
    }
  }
  if (search.end == nullptr) search.end = search.read = end;
  search.plain = _mm512_cmpgt_epi8_mask(_mm512_set1_epi8(1), low) == 0;
  return search;
}
#endif

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

ByteScanner::ByteScanner(ParseState* state, ScanWidth width)
    : state_(state), portable_(width == ScanWidth::kPortable) {
#if LEDE_SCAN_AVX2
  portable_ = portable_ || !CpuHasAvx2();
  avx512_ = !portable_ && width == ScanWidth::kWidest && CpuHasAvx512();
#else
  portable_ = true;
#endif
}

namespace {

// True when no byte of [p, end) is NUL, CR or >= 0x80: a check for the
// short stretches between lines (a header, blank lines, a text's last bytes)
// that costs less than a scan's setup.
bool PlainStretch(const char* p, const char* end) {
#if LEDE_SCAN_SSE2
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
#if LEDE_SCAN_AVX2
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
#if LEDE_SCAN_AVX2
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
#if LEDE_SCAN_AVX2
  ScanTo(state_->input.size());
  Report(FinishAvx2(ScanFlags{utf8_error_, nul_, crlf_, lone_cr_}, state_),
         state_);
#endif
}

void ScanText(ParseState* state) { ByteScanner(state).Finish(); }

void ScanTextWithoutAvx2(ParseState* state) {
  ByteScanner(state, ByteScanner::ScanWidth::kPortable).Finish();
}

}  // namespace internal
}  // namespace lede
