// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// CountText() with AVX2: compiled with -mavx2 -mbmi -mbmi2 -mlzcnt -mpopcnt
// (CMakeLists.txt), called only when ActiveIsa() is Isa::kAvx2 or wider.

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

// SettleStopsWith() four stops at a time, one to a 64-bit lane, by the same
// rules: the 8 bytes at each stop and the 8 before it are gathered, and the
// letters before it are found as the bytes above its highest non-letter
// (no run length, no shift by one). Groups that reach outside the bytes
// SettleStopsWith() may read, or hold a stop that needs the scalar rule,
// take SettleStopsWith().
ABSL_ATTRIBUTE_NOINLINE StopTally SettleNotedStopsAvx2(std::string_view text,
                                                       std::string_view buffer,
                                                       const std::size_t* stops,
                                                       std::size_t count,
                                                       std::size_t last_end) {
  const char* t = text.data();
  const std::size_t n = text.size();
  const std::size_t lo = kLoadFrom;
  const std::size_t span = LoadableSpan(text, buffer);
  const __m256i white_table = _mm256_broadcastsi128_si256(
      _mm_load_si128(reinterpret_cast<const __m128i*>(kWhiteByNibble)));
  const __m256i closer_table = _mm256_broadcastsi128_si256(
      _mm_load_si128(reinterpret_cast<const __m128i*>(kCloserByNibble)));
  const __m256i zero = _mm256_setzero_si256();
  const __m256i ones = _mm256_set1_epi64x(-1);
  const __m256i last_index = _mm256_set1_epi64x(static_cast<long long>(n - 1));
  StopTally tally;
  tally.last_end = last_end;
  std::size_t k = 0;
  while (k < count) {
    // Stops are in order: the group is in range when its ends are.
    if (count - k < 4 || stops[k] - lo >= span || stops[k + 3] - lo >= span) {
      const std::size_t group = std::min<std::size_t>(count - k, 4);
      const StopTally part =
          SettleStopsWith(text, buffer, stops + k, group, tally.last_end);
      tally.sentences += part.sentences;
      tally.last_end = part.last_end;
      k += group;
      continue;
    }
    const __m256i at = _mm256_loadu_si256(
        reinterpret_cast<const __m256i*>(stops + k));  // offsets in `text`
    // The 16 bytes around each stop, as the 8 before it (`before`) and the
    // 8 from it (`from`), a stop to a lane.
    const auto around = [t](std::size_t i) {
      return _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + i - 8));
    };
    const __m128i x0 = around(stops[k]);
    const __m128i x1 = around(stops[k + 1]);
    const __m128i x2 = around(stops[k + 2]);
    const __m128i x3 = around(stops[k + 3]);
    const __m256i before = _mm256_inserti128_si256(
        _mm256_castsi128_si256(_mm_unpacklo_epi64(x0, x1)),
        _mm_unpacklo_epi64(x2, x3), 1);
    const __m256i from = _mm256_inserti128_si256(
        _mm256_castsi128_si256(_mm_unpackhi_epi64(x0, x1)),
        _mm_unpackhi_epi64(x2, x3), 1);

    // What follows: byte 0 of `from` is the stop, 1 and 2 the two after it.
    const __m256i white = MatchBytes(white_table, from);
    const __m256i plain = _mm256_xor_si256(
        _mm256_or_si256(_mm256_or_si256(white, MatchBytes(closer_table, from)),
                        _mm256_cmpgt_epi8(zero, from)),
        ones);
    const __m256i lower = BytesIn(from, 'a', 26);
    const __m256i after = _mm256_sub_epi64(last_index, at);
    const __m256i at_end = _mm256_cmpeq_epi64(after, zero);
    const __m256i one_left = _mm256_cmpeq_epi64(after, _mm256_set1_epi64x(1));
    const __m256i white1 = LaneByte<1>(white);
    const __m256i white2 = LaneByte<2>(white);
    const __m256i settled = _mm256_or_si256(
        _mm256_or_si256(at_end, LaneByte<1>(plain)),
        _mm256_and_si256(
            white1, _mm256_or_si256(one_left, _mm256_xor_si256(white2, ones))));
    const __m256i follows = _mm256_or_si256(
        at_end,
        _mm256_and_si256(
            white1, _mm256_or_si256(
                        one_left, _mm256_xor_si256(LaneByte<2>(lower), ones))));
    const __m256i dot =
        _mm256_cmpeq_epi64(_mm256_and_si256(from, _mm256_set1_epi64x(0xFF)),
                           _mm256_set1_epi64x('.'));

    // What precedes: the letters above the highest other byte ("gap").
    const __m256i lowered = _mm256_or_si256(before, _mm256_set1_epi8(0x20));
    const __m256i letters = BytesIn(lowered, 'a', 26);
    __m256i gaps = _mm256_xor_si256(letters, ones);
    gaps = _mm256_or_si256(gaps, _mm256_srli_epi64(gaps, 8));
    gaps = _mm256_or_si256(gaps, _mm256_srli_epi64(gaps, 16));
    gaps = _mm256_or_si256(gaps, _mm256_srli_epi64(gaps, 32));
    // `gaps` is now all ones from the highest gap down.
    const __m256i word = _mm256_andnot_si256(gaps, lowered);
    const __m256i highest_gap =
        _mm256_xor_si256(gaps, _mm256_srli_epi64(gaps, 8));
    // 1 to 7 letters: a gap, but not in the top byte.
    const __m256i short_run =
        _mm256_andnot_si256(_mm256_or_si256(_mm256_cmpeq_epi64(gaps, zero),
                                            _mm256_cmpeq_epi64(gaps, ones)),
                            ones);
    const __m256i one_letter =
        _mm256_cmpeq_epi64(gaps, _mm256_set1_epi64x(0x00FFFFFFFFFFFFFFll));
    const __m256i alone = _mm256_cmpeq_epi64(
        _mm256_and_si256(BytesIn(before, '0', 10), highest_gap), zero);
    const __m256i dot_before = _mm256_xor_si256(
        _mm256_cmpeq_epi64(
            _mm256_and_si256(_mm256_cmpeq_epi8(before, _mm256_set1_epi8('.')),
                             highest_gap),
            zero),
        ones);
    const __m256i folded = _mm256_xor_si256(word, _mm256_srli_epi64(word, 32));
    const __m256i slot = _mm256_and_si256(
        _mm256_srli_epi64(
            _mm256_mul_epu32(folded, _mm256_set1_epi64x(kTopWordMultiplier)),
            24),
        _mm256_set1_epi64x(0xFF));
    const __m256i listed = _mm256_cmpeq_epi64(
        _mm256_i64gather_epi64(
            reinterpret_cast<const long long*>(kTopWordTable.keys), slot, 8),
        word);
    const __m256i abbreviation = _mm256_and_si256(
        _mm256_and_si256(short_run, alone),
        _mm256_or_si256(_mm256_or_si256(one_letter, dot_before), listed));
    const __m256i ends =
        _mm256_andnot_si256(_mm256_and_si256(dot, abbreviation), follows);

    const int settled_lanes = _mm256_movemask_pd(_mm256_castsi256_pd(settled));
    int end_lanes =
        _mm256_movemask_pd(_mm256_castsi256_pd(ends)) & settled_lanes;
    if (settled_lanes != 0xF) {
      for (int lane = 0; lane < 4; ++lane) {
        if (!((settled_lanes >> lane) & 1) &&
            EndsSentenceSlowly(text, stops[k + lane])) {
          end_lanes |= 1 << lane;
        }
      }
    }
    tally.sentences += static_cast<std::size_t>(
        absl::popcount(static_cast<unsigned>(end_lanes)));
    // CJK ends were counted by the block loop, maybe after these stops.
    const std::size_t last =
        stops[k +
              (31 - absl::countl_zero(static_cast<unsigned>(end_lanes | 1)))] +
        1;
    tally.last_end =
        end_lanes != 0 ? std::max(tally.last_end, last) : tally.last_end;
    k += 4;
  }
  return tally;
}

struct Avx2Counting : Avx2Classifier {
  static StopTally Settle(std::string_view text, std::string_view buffer,
                          std::size_t* stops, std::size_t count,
                          std::size_t last_end) {
    return SettleNotedStopsAvx2(text, buffer, stops, count, last_end);
  }
};

}  // namespace

// The whole counting loop compiled for AVX2 (and the bit instructions that
// come with it), everything it calls inlined: the classifier and the mask
// arithmetic then share registers instead of passing masks through memory.
LEDE_FLATTEN TextCounts CountTextAvx2(std::string_view text,
                                      bool count_sentences,
                                      std::string_view buffer) {
  return CountWith<Avx2Counting>(text, count_sentences, buffer);
}

}  // namespace internal
}  // namespace lede
