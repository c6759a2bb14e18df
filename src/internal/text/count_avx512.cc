// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// CountText() with AVX-512: compiled with -mavx512f -mavx512bw and the AVX2
// options (CMakeLists.txt), called only when ActiveIsa() is Isa::kAvx512.

#include <immintrin.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/base/attributes.h"
#include "absl/numeric/bits.h"
#include "src/internal/text/count.h"
#include "src/internal/text/count_kernel.h"
#include "src/internal/text/count_x86.h"
#include "src/internal/text/cpu.h"

namespace lede {
namespace internal {
namespace {

// The WordMasks of 64 bytes with one AVX-512 register: the nibble lookup of
// Avx2Classifier, and each class's mask straight from a byte test (no
// movemask, shift and OR of two halves). HighMasks are Avx2Classifier's.
struct Avx512Classifier {
  static constexpr bool kHasPopcount = true;

  static std::uint64_t Test(__m512i cls, char bits) {
    return _mm512_test_epi8_mask(cls, _mm512_set1_epi8(bits));
  }

  static WordMasks Words(const char* p) {
    const __m512i x = _mm512_loadu_si512(p);
    const __m512i low_table = _mm512_load_si512(kLowNibbleClasses.bytes);
    const __m512i high_table = _mm512_load_si512(kHighNibbleClasses.bytes);
    const __m512i nibble = _mm512_set1_epi8(0x0F);
    const __m512i cls = _mm512_and_si512(
        _mm512_shuffle_epi8(low_table, _mm512_and_si512(x, nibble)),
        _mm512_shuffle_epi8(high_table,
                            _mm512_and_si512(_mm512_srli_epi16(x, 4), nibble)));
    WordMasks m;
    m.high = _mm512_movepi8_mask(x);
    m.word = Test(cls, kL1 | kL2 | kD) | m.high;
    m.digit = Test(cls, kD);
    m.joiner = Test(cls, kJ);
    m.numsep = Test(cls, kS);
    m.stop = Test(cls, kT1 | kT2);
    return m;
  }

  static HighMasks High(const char* p) { return Avx2Classifier::High(p); }
};

// GCC 12's AVX-512 headers fill the lanes an intrinsic leaves undefined
// from a variable initialised with itself, which its own -Wuninitialized then
// reports where those intrinsics are inlined.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// The bytes of `x` in [first, first + size), unsigned, as a byte mask.
inline std::uint64_t BytesIn512(__m512i x, char first, char size) {
  return _mm512_cmplt_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8(first)),
                                _mm512_set1_epi8(size));
}

// Byte `k` of each 64-bit lane of the byte mask `m`, as a lane mask.
inline std::uint32_t LaneByte512(std::uint64_t m, int k) {
  return static_cast<std::uint32_t>(_pext_u64(m, 0x0101010101010101u << k));
}

// The 64-bit lanes with a bit of the byte mask `m`, as a lane mask.
inline std::uint32_t AnyInLane(std::uint64_t m) {
  const __m512i bytes = _mm512_movm_epi8(m);
  return _mm512_test_epi64_mask(bytes, bytes);
}

// SettleNotedStopsAvx2() eight stops at a time, one to a 64-bit lane of an
// AVX-512 register, by the same rules. The 8 bytes before each stop and the
// 8 from it are gathered under a mask of the lanes whose bytes lie in the
// buffer, so that the last stops of a text (fewer than eight) and those near
// its edges need no other loop: the lanes left out take the scalar rule,
// after the loop. Lane tests are masks, and a byte of each lane is picked out
// of a byte mask with PEXT. Overwrites `stops`.
ABSL_ATTRIBUTE_NOINLINE StopTally SettleNotedStopsAvx512(
    std::string_view text, std::string_view buffer, std::size_t* stops,
    std::size_t count, std::size_t last_end) {
  std::size_t slow_count = 0;
  const char* t = text.data();
  const std::size_t n = text.size();
  const std::size_t span = LoadableSpan(text, buffer);
  const __m512i white_table = _mm512_broadcast_i32x4(
      _mm_load_si128(reinterpret_cast<const __m128i*>(kWhiteByNibble)));
  const __m512i closer_table = _mm512_broadcast_i32x4(
      _mm_load_si128(reinterpret_cast<const __m128i*>(kCloserByNibble)));
  const __m512i zero = _mm512_setzero_si512();
  const __m512i ones = _mm512_set1_epi64(-1);
  const __m512i low = _mm512_set1_epi64(static_cast<long long>(kLoadFrom));
  const __m512i spans = _mm512_set1_epi64(static_cast<long long>(span));
  const __m512i last_index = _mm512_set1_epi64(static_cast<long long>(n - 1));
  StopTally tally;
  tally.last_end = last_end;
  for (std::size_t k = 0; k < count; k += 8) {
    const std::size_t left = count - k;
    const __mmask8 lanes =
        left >= 8 ? __mmask8{0xFF} : static_cast<__mmask8>((1u << left) - 1);
    const __m512i at = _mm512_maskz_loadu_epi64(lanes, stops + k);
    // The lanes whose 16 bytes around the stop may be loaded.
    const __mmask8 loaded =
        _mm512_mask_cmplt_epu64_mask(lanes, _mm512_sub_epi64(at, low), spans);
    const __m512i from = _mm512_mask_i64gather_epi64(zero, loaded, at, t, 1);
    const __m512i before =
        _mm512_mask_i64gather_epi64(zero, loaded, at, t - 8, 1);

    // What follows: byte 0 of `from` is the stop, 1 and 2 the two after it.
    const std::uint64_t white =
        _mm512_cmpeq_epi8_mask(from, _mm512_shuffle_epi8(white_table, from));
    const std::uint64_t closer =
        _mm512_cmpeq_epi8_mask(from, _mm512_shuffle_epi8(closer_table, from));
    const std::uint64_t plain = ~(white | closer | _mm512_movepi8_mask(from));
    const std::uint64_t lower = BytesIn512(from, 'a', 26);
    const __m512i after = _mm512_sub_epi64(last_index, at);
    const std::uint32_t at_end = _mm512_cmpeq_epi64_mask(after, zero);
    const std::uint32_t one_left =
        _mm512_cmpeq_epi64_mask(after, _mm512_set1_epi64(1));
    const std::uint32_t white1 = LaneByte512(white, 1);
    const std::uint32_t settled =
        at_end | LaneByte512(plain, 1) |
        (white1 & (one_left | ~LaneByte512(white, 2)));
    const std::uint32_t follows =
        at_end | (white1 & (one_left | ~LaneByte512(lower, 2)));
    const std::uint32_t dot =
        LaneByte512(_mm512_cmpeq_epi8_mask(from, _mm512_set1_epi8('.')), 0);

    // What precedes: the letters above the highest other byte ("gap").
    const __m512i lowered = _mm512_or_si512(before, _mm512_set1_epi8(0x20));
    __m512i gaps = _mm512_movm_epi8(~BytesIn512(lowered, 'a', 26));
    gaps = _mm512_or_si512(gaps, _mm512_srli_epi64(gaps, 8));
    gaps = _mm512_or_si512(gaps, _mm512_srli_epi64(gaps, 16));
    gaps = _mm512_or_si512(gaps, _mm512_srli_epi64(gaps, 32));
    // `gaps` is now all ones from the highest gap down.
    const __m512i word = _mm512_andnot_si512(gaps, lowered);
    const std::uint64_t highest_gap =
        _mm512_movepi8_mask(_mm512_xor_si512(gaps, _mm512_srli_epi64(gaps, 8)));
    // 1 to 7 letters: a gap, but not in the top byte.
    const std::uint32_t short_run = _mm512_cmpneq_epi64_mask(gaps, zero) &
                                    _mm512_cmpneq_epi64_mask(gaps, ones);
    const std::uint32_t one_letter =
        _mm512_cmpeq_epi64_mask(gaps, _mm512_set1_epi64(0x00FFFFFFFFFFFFFFll));
    // Whether the byte at the highest gap is a digit, or a '.'.
    const std::uint32_t alone =
        ~AnyInLane(BytesIn512(before, '0', 10) & highest_gap);
    const std::uint32_t dot_before = AnyInLane(
        _mm512_cmpeq_epi8_mask(before, _mm512_set1_epi8('.')) & highest_gap);
    const __m512i folded = _mm512_xor_si512(word, _mm512_srli_epi64(word, 32));
    const __m512i slot = _mm512_and_si512(
        _mm512_srli_epi64(
            _mm512_mul_epu32(folded, _mm512_set1_epi64(kTopWordMultiplier)),
            24),
        _mm512_set1_epi64(0xFF));
    const std::uint32_t listed = _mm512_cmpeq_epi64_mask(
        _mm512_i64gather_epi64(slot, kTopWordTable.keys, 8), word);
    const std::uint32_t abbreviation =
        short_run & alone & (one_letter | dot_before | listed);
    const std::uint32_t ends = follows & ~(dot & abbreviation);

    const std::uint32_t quick = loaded & settled;
    const std::uint32_t end_lanes = ends & quick;
    tally.sentences += static_cast<std::size_t>(absl::popcount(end_lanes));
    // CJK ends were counted by the block loop, maybe after these stops.
    const std::size_t last =
        stops[k + (31 - absl::countl_zero(end_lanes | 1))] + 1;
    tally.last_end =
        end_lanes != 0 ? std::max(tally.last_end, last) : tally.last_end;
    // The other stops are packed at the front of `stops`, over stops that
    // are settled (never past the lanes just read), to take the scalar rule
    // after the loop: a call here would make the compiler keep this loop's
    // registers on the stack.
    const __mmask8 slow = static_cast<__mmask8>(lanes & ~quick);
    _mm512_mask_compressstoreu_epi64(stops + slow_count, slow, at);
    slow_count +=
        static_cast<std::size_t>(absl::popcount(static_cast<unsigned>(slow)));
  }
  for (std::size_t i = 0; i < slow_count; ++i) {
    if (EndsSentenceSlowly(text, stops[i])) {
      ++tally.sentences;
      tally.last_end = std::max(tally.last_end, stops[i] + 1);
    }
  }
  return tally;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

struct Avx512Counting : Avx512Classifier {
  static StopTally Settle(std::string_view text, std::string_view buffer,
                          std::size_t* stops, std::size_t count,
                          std::size_t last_end) {
    return SettleNotedStopsAvx512(text, buffer, stops, count, last_end);
  }
};

}  // namespace

// The same as CountTextAvx2() with Avx512Classifier.
LEDE_FLATTEN TextCounts CountTextAvx512(std::string_view text,
                                        bool count_sentences,
                                        std::string_view buffer) {
  return CountWith<Avx512Counting>(text, count_sentences, buffer);
}

}  // namespace internal
}  // namespace lede
