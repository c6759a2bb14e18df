// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// What count_avx2.cc and count_avx512.cc share: the nibble tables of the
// word classes, the AVX2 classifier (whose HighMasks the AVX-512 one uses)
// and the tables and helpers of the vector settlements. Included only by
// files compiled with AVX2 or wider; everything is in an unnamed namespace,
// so each of them compiles its own copy.

#ifndef LEDE_SRC_INTERNAL_TEXT_COUNT_X86_H_
#define LEDE_SRC_INTERNAL_TEXT_COUNT_X86_H_

#include <immintrin.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/internal/text/count_kernel.h"

namespace lede {
namespace internal {
namespace {

// The same masks 32 bytes at a time, with a nibble lookup: two 16-entry
// tables, indexed by a byte's low and high nibble, ANDed, give its class
// bits. Each class is a set of (high nibble, low nibble) rectangles:
//   letters    4x1-F, 6x1-F (kL1) and 5x0-A, 7x0-A (kL2)
//   digits     3x0-9 (kD)
//   ' and -    2x7, 2xD (kJ)       . and ,    2xC, 2xE (kS)
//   ! and .    2x1, 2xE (kT1)      ?          3xF (kT2)
// Bytes >= 0x80 have high nibbles 8-F, whose entries are zero. A class of
// one bit reaches each byte's top bit by a shift; a class of several by an
// AND with its bits and an add of 0x7F, which carries into the top bit
// exactly when one of them is set.
constexpr char kL1 = 1, kL2 = 2, kD = 4, kJ = 8, kS = 16, kT1 = 32, kT2 = 64;

// A 16-entry nibble table repeated in each 128-bit lane of a 256-bit or
// 512-bit load.
struct NibbleTable {
  alignas(64) char bytes[64];
};

constexpr NibbleTable RepeatNibbleTable(const char (&table)[16]) {
  NibbleTable repeated{};
  for (int i = 0; i < 64; ++i) repeated.bytes[i] = table[i % 16];
  return repeated;
}

// The class bits of a byte's low nibble and of its high nibble.
constexpr char kLowNibbleClassList[16] = {kL2 | kD,       kL1 | kL2 | kD | kT1,
                                          kL1 | kL2 | kD, kL1 | kL2 | kD,
                                          kL1 | kL2 | kD, kL1 | kL2 | kD,
                                          kL1 | kL2 | kD, kL1 | kL2 | kD | kJ,
                                          kL1 | kL2 | kD, kL1 | kL2 | kD,
                                          kL1 | kL2,      kL1,
                                          kL1 | kS,       kL1 | kJ,
                                          kL1 | kS | kT1, kL1 | kT2};
constexpr char kHighNibbleClassList[16] = {
    0, 0, kJ | kS | kT1, kD | kT2, kL1, kL2, kL1, kL2, 0, 0, 0, 0, 0, 0, 0, 0};
constexpr NibbleTable kLowNibbleClasses =
    RepeatNibbleTable(kLowNibbleClassList);
constexpr NibbleTable kHighNibbleClasses =
    RepeatNibbleTable(kHighNibbleClassList);

struct Avx2Classifier {
  static constexpr bool kHasPopcount = true;

  static std::uint64_t Bits(__m256i v) {
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(v));
  }
  static std::uint64_t Bits64(__m256i low, __m256i high) {
    return Bits(low) | (Bits(high) << 32);
  }
  static __m256i Load(const char* p, int k) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
  }
  static __m256i Classes(__m256i x) {
    const __m256i low_table = _mm256_load_si256(
        reinterpret_cast<const __m256i*>(kLowNibbleClasses.bytes));
    const __m256i high_table = _mm256_load_si256(
        reinterpret_cast<const __m256i*>(kHighNibbleClasses.bytes));
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    const __m256i low = _mm256_and_si256(x, nibble);
    const __m256i high = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
    return _mm256_and_si256(_mm256_shuffle_epi8(low_table, low),
                            _mm256_shuffle_epi8(high_table, high));
  }
  static __m256i AnyOf(__m256i cls, char bits) {
    return _mm256_add_epi8(_mm256_and_si256(cls, _mm256_set1_epi8(bits)),
                           _mm256_set1_epi8(0x7F));
  }

  static WordMasks Words(const char* p) {
    const __m256i x0 = Load(p, 0);
    const __m256i x1 = Load(p, 1);
    const __m256i c0 = Classes(x0);
    const __m256i c1 = Classes(x1);
    constexpr char kWord = kL1 | kL2 | kD;
    constexpr char kStop = kT1 | kT2;
    WordMasks m;
    m.high = Bits64(x0, x1);
    m.word = Bits64(_mm256_or_si256(AnyOf(c0, kWord), x0),
                    _mm256_or_si256(AnyOf(c1, kWord), x1));
    // A shift left by 7 - b moves class bit b to each byte's top bit.
    m.digit = Bits64(_mm256_slli_epi16(c0, 5), _mm256_slli_epi16(c1, 5));
    m.joiner = Bits64(_mm256_slli_epi16(c0, 4), _mm256_slli_epi16(c1, 4));
    m.numsep = Bits64(_mm256_slli_epi16(c0, 3), _mm256_slli_epi16(c1, 3));
    m.stop = Bits64(AnyOf(c0, kStop), AnyOf(c1, kStop));
    return m;
  }

  static std::uint64_t Equal(__m256i x0, __m256i x1, char c) {
    const __m256i v = _mm256_set1_epi8(c);
    return Bits64(_mm256_cmpeq_epi8(x0, v), _mm256_cmpeq_epi8(x1, v));
  }
  // The bytes in [first, first + count), by signed comparison after a shift
  // of `first` to the bottom of the signed range.
  static std::uint64_t InRange(__m256i x0, __m256i x1, int first, int count) {
    const __m256i shift = _mm256_set1_epi8(static_cast<char>(0x80 - first));
    const __m256i limit = _mm256_set1_epi8(static_cast<char>(count - 128));
    return Bits64(_mm256_cmpgt_epi8(limit, _mm256_add_epi8(x0, shift)),
                  _mm256_cmpgt_epi8(limit, _mm256_add_epi8(x1, shift)));
  }

  static HighMasks High(const char* p) {
    const __m256i x0 = Load(p, 0);
    const __m256i x1 = Load(p, 1);
    const __m256i case_bit = _mm256_set1_epi8(0x20);
    const __m256i low_bit = _mm256_set1_epi8(1);
    HighMasks h;
    h.bit6 = Bits64(_mm256_slli_epi16(x0, 1), _mm256_slli_epi16(x1, 1));
    h.c2 = Equal(x0, x1, '\xC2');
    h.c3 = Equal(x0, x1, '\xC3');
    h.e2 = Equal(x0, x1, '\xE2');
    h.cjk_lead = InRange(x0, x1, 0xE4, 6);
    h.letter_lead = InRange(x0, x1, 0xC4, 28);
    h.x80 = Equal(x0, x1, '\x80');
    h.c3_sign = Equal(_mm256_or_si256(x0, case_bit),
                      _mm256_or_si256(x1, case_bit), '\xB7');
    const std::uint64_t x99 = Equal(x0, x1, '\x99');
    h.joiner3 = Equal(_mm256_andnot_si256(low_bit, x0),
                      _mm256_andnot_si256(low_bit, x1), '\x90') |
                x99;
    return h;
  }
};

// The abbreviations again, each as the eight bytes that end with it (its
// last letter in the top byte), hashed by a multiply of 32 bits, which AVX2
// has for each of four 64-bit lanes.
constexpr std::uint64_t TopWord(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    key |= std::uint64_t{static_cast<unsigned char>(word[i])}
           << (8 * (8 - word.size() + i));
  }
  return key;
}

// A multiplier under which no two abbreviations share a slot (found by a
// random search; the static_assert below checks it).
constexpr std::uint32_t kTopWordMultiplier = 0xBD7B20ABu;

constexpr std::size_t TopWordSlot(std::uint64_t key) {
  const std::uint32_t folded = static_cast<std::uint32_t>(key ^ (key >> 32));
  return static_cast<std::uint32_t>(folded * kTopWordMultiplier) >> 24;
}

struct TopWordTable {
  // Slot s holds the key that hashes there, or ~0 (which no key of letters
  // equals).
  std::uint64_t keys[256];
};

constexpr TopWordTable MakeTopWordTable() {
  TopWordTable table{};
  for (std::uint64_t& key : table.keys) key = ~std::uint64_t{0};
  for (std::string_view word : kAbbreviations) {
    table.keys[TopWordSlot(TopWord(word))] = TopWord(word);
  }
  return table;
}

constexpr TopWordTable kTopWordTable = MakeTopWordTable();

constexpr bool EveryTopWordHasItsSlot() {
  for (std::string_view word : kAbbreviations) {
    if (kTopWordTable.keys[TopWordSlot(TopWord(word))] != TopWord(word)) {
      return false;
    }
  }
  return true;
}
static_assert(EveryTopWordHasItsSlot(),
              "two abbreviations share a slot: pick another multiplier");

// The bytes of `x` equal to the entry of `table` at their low nibble (see
// Avx2Classifier::Matches()).
inline __m256i MatchBytes(__m256i table, __m256i x) {
  return _mm256_cmpeq_epi8(x, _mm256_shuffle_epi8(table, x));
}

// The bytes of `x` in [first, first + count), unsigned.
inline __m256i BytesIn(__m256i x, char first, char count) {
  const __m256i offset = _mm256_sub_epi8(x, _mm256_set1_epi8(first));
  return _mm256_cmpeq_epi8(
      offset, _mm256_min_epu8(offset, _mm256_set1_epi8(count - 1)));
}

// Whether byte `k` of each 64-bit lane of the byte mask `m` is set, as a
// lane mask.
template <int k>
inline __m256i LaneByte(__m256i m) {
  const __m256i byte = _mm256_set1_epi64x(0xFF);
  return _mm256_cmpeq_epi64(_mm256_and_si256(_mm256_srli_epi64(m, 8 * k), byte),
                            byte);
}

// The noted stops the vector settlements load the 8 bytes before and the 8
// from of: those at offsets [kLoadFrom, kLoadFrom + span) of `text`, whose
// 16 bytes lie in `buffer` and none of them before `text`. Returns span.
constexpr std::size_t kLoadFrom = 8;
inline std::size_t LoadableSpan(std::string_view text,
                                std::string_view buffer) {
  const std::size_t offset =
      static_cast<std::size_t>(text.data() - buffer.data());
  const std::size_t room = buffer.size() - offset;  // >= text.size()
  const std::size_t end = room >= 8 ? std::min(text.size(), room - 7) : 0;
  return end > kLoadFrom ? end - kLoadFrom : 0;
}

// White space and closers by their low nibble, for a byte shuffle (see
// MatchBytes()): a byte is one when it equals the entry at its low nibble.
constexpr char kNo = -1;
alignas(16) constexpr char kWhiteByNibble[16] = {
    ' ', kNo,  kNo,  kNo, kNo, kNo,  kNo, kNo,
    kNo, '\t', '\n', kNo, kNo, '\r', kNo, kNo};
alignas(16) constexpr char kCloserByNibble[16] = {kNo, kNo,  '"', kNo, kNo, kNo,
                                                  kNo, '\'', kNo, ')', kNo, kNo,
                                                  kNo, ']',  kNo, kNo};

}  // namespace
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_COUNT_X86_H_
