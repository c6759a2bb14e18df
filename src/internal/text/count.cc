// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/text/count.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/base/attributes.h"
#include "absl/numeric/bits.h"
#include "src/internal/text/count_kernel.h"
#include "src/internal/text/count_rules.h"
#include "src/internal/text/cpu.h"
#include "src/internal/text/text_class.h"

#if LEDE_SIMD_SSE2
#include <emmintrin.h>
#endif

namespace lede {
namespace internal {
namespace {

// `word`: one to seven ASCII letters.
bool IsAbbreviation(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t i = word.size(); i > 0; --i) {
    key = (key << 8) | static_cast<unsigned char>(AsciiLower(word[i - 1]));
  }
  return IsAbbreviationKey(key);
}

// True when the "." at `text[i]` closes an abbreviation or an initial.
bool ClosesAbbreviation(std::string_view text, std::size_t i) {
  std::size_t start = i;
  while (start > 0 && i - start < 8 &&
         (ByteClass(text[start - 1]) & kByteAlpha)) {
    --start;
  }
  const std::size_t length = i - start;
  if (length == 0 || length >= 8) return false;
  if (start > 0 && IsAlnumByte(text[start - 1])) return false;
  if (length == 1) return true;                          // "J." and "U.S."
  if (start > 0 && text[start - 1] == '.') return true;  // "a.m.", "e.g."
  return IsAbbreviation(text.substr(start, length));
}

// The length of a closing quote or bracket at `text[j]`, or 0.
std::size_t CloserLength(std::string_view text, std::size_t j) {
  if (ByteClass(text[j]) & kByteCloser) return 1;
  if (!IsHighByte(text[j])) return 0;
  const Utf8Char c = DecodeUtf8(text.data() + j, text.data() + text.size());
  if (!c.valid) return 0;
  const CharClass cls = ClassifyCodePoint(c.code_point);
  // ’ is both an apostrophe and a closing single quote.
  if (cls == CharClass::kCloser || c.code_point == 0x2019) return c.length;
  return 0;
}

// IsSentenceEndAt() but for the abbreviation rule: whether what follows the
// stop at `text[i]` lets it end a sentence.
bool EndsByWhatFollows(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  std::size_t j = i + 1;
  if (j < n) {
    const std::uint16_t next = ByteClass(text[j]);
    // The common cases first: a letter or digit right after ("3.5", "U.S"),
    // or more of ".!?" ("...", "?!"), is no end.
    if (next & (kByteAlnum | kByteStop)) return false;
    if (!(next & (kByteBlank | kByteEol))) {
      while (j < n) {
        const std::size_t length = CloserLength(text, j);
        if (length == 0) break;
        j += length;
      }
      if (j < n && !(ByteClass(text[j]) & (kByteBlank | kByteEol))) {
        return false;
      }
    }
  }
  while (j < n && (ByteClass(text[j]) & (kByteBlank | kByteEol))) ++j;
  return j == n || !IsLowerByte(text[j]);
}

#if !LEDE_SIMD_SSE2
// HighMasks one byte at a time, for a classifier without vector compares.
inline HighMasks HighMasksOfBytes(const char* p) {
  HighMasks h = {};
  for (int i = 0; i < 64; ++i) {
    const unsigned char b = static_cast<unsigned char>(p[i]);
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (b & 0x40) h.bit6 |= bit;
    if (b == 0xC2) h.c2 |= bit;
    if (b == 0xC3) h.c3 |= bit;
    if (b == 0xE2) h.e2 |= bit;
    if (b >= 0xE4 && b <= 0xE9) h.cjk_lead |= bit;
    if (b >= 0xC4 && b <= 0xDF) h.letter_lead |= bit;
    if (b == 0x80) h.x80 |= bit;
    if (b == 0x97 || b == 0xB7) h.c3_sign |= bit;
    if (b == 0x90 || b == 0x91 || b == 0x99) h.joiner3 |= bit;
  }
  return h;
}
#endif

// A classifier reads the 64 bytes at `p` and returns their WordMasks and
// their HighMasks (for the blocks with a byte >= 0x80).
#if LEDE_SIMD_SSE2
struct PortableClassifier {
  static constexpr bool kHasPopcount = false;

  static std::uint64_t Bits(__m128i v) {
    return static_cast<std::uint32_t>(_mm_movemask_epi8(v));
  }
  static __m128i Load(const char* p, int k) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
  }
  static __m128i Is(__m128i x, char c) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(c));
  }

  static WordMasks Words(const char* p) {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i letter_shift = _mm_set1_epi8(0x1F);
    const __m128i letter_limit = _mm_set1_epi8(-102);
    const __m128i digit_shift = _mm_set1_epi8(0x50);
    const __m128i digit_limit = _mm_set1_epi8(-118);
    WordMasks m = {0, 0, 0, 0, 0, 0};
    for (int k = 0; k < 4; ++k) {
      const __m128i x = Load(p, k);
      // Range checks by signed comparison: shifting 'a'..'z' (or '0'..'9') to
      // the bottom of the signed range leaves every other byte above it.
      const __m128i letter = _mm_cmplt_epi8(
          _mm_add_epi8(_mm_or_si128(x, case_bit), letter_shift), letter_limit);
      const __m128i digit =
          _mm_cmplt_epi8(_mm_add_epi8(x, digit_shift), digit_limit);
      const __m128i is_dot = Is(x, '.');
      const int shift = 16 * k;
      const std::uint64_t high = Bits(x);
      m.high |= high << shift;
      m.word |= (Bits(_mm_or_si128(letter, digit)) | high) << shift;
      m.digit |= Bits(digit) << shift;
      m.joiner |= Bits(_mm_or_si128(Is(x, '\''), Is(x, '-'))) << shift;
      m.numsep |= Bits(_mm_or_si128(is_dot, Is(x, ','))) << shift;
      m.stop |= Bits(_mm_or_si128(is_dot, _mm_or_si128(Is(x, '!'), Is(x, '?'))))
                << shift;
    }
    return m;
  }

  static HighMasks High(const char* p) {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i low_bit = _mm_set1_epi8(1);
    HighMasks h = {};
    for (int k = 0; k < 4; ++k) {
      const __m128i x = Load(p, k);
      const int shift = 16 * k;
      h.bit6 |= Bits(_mm_slli_epi16(x, 1)) << shift;
      h.c2 |= Bits(Is(x, '\xC2')) << shift;
      h.c3 |= Bits(Is(x, '\xC3')) << shift;
      h.e2 |= Bits(Is(x, '\xE2')) << shift;
      // 0xE4..0xE9 and 0xC4..0xDF, shifted to the bottom of the signed range.
      h.cjk_lead |= Bits(_mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(-100)),
                                        _mm_set1_epi8(-122)))
                    << shift;
      h.letter_lead |= Bits(_mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(-68)),
                                           _mm_set1_epi8(-100)))
                       << shift;
      h.x80 |= Bits(Is(x, '\x80')) << shift;
      h.c3_sign |= Bits(Is(_mm_or_si128(x, case_bit), '\xB7')) << shift;
      const __m128i x99 = Is(x, '\x99');
      h.joiner3 |=
          Bits(_mm_or_si128(Is(_mm_andnot_si128(low_bit, x), '\x90'), x99))
          << shift;
    }
    return h;
  }
};
#else
struct PortableClassifier {
  static constexpr bool kHasPopcount = false;

  static WordMasks Words(const char* p) {
    WordMasks m = {0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 64; ++i) {
      const char c = p[i];
      const std::uint16_t cls = ByteClass(c);
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (cls & (kByteAlnum | kByteHigh)) m.word |= bit;
      if (cls & kByteDigit) m.digit |= bit;
      if (cls & kByteHigh) m.high |= bit;
      if (cls & kByteStop) m.stop |= bit;
      if (IsAsciiJoiner(c)) m.joiner |= bit;
      if (IsNumberSeparator(c)) m.numsep |= bit;
    }
    return m;
  }

  static HighMasks High(const char* p) { return HighMasksOfBytes(p); }
};
#endif

// The portable classifier settles its stops one by one.
struct PortableCounting : PortableClassifier {
  static StopTally Settle(std::string_view text, std::string_view buffer,
                          std::size_t* stops, std::size_t count,
                          std::size_t last_end) {
    return SettleNotedStops(text, buffer, stops, count, last_end);
  }
};

// Bits [from, from + length) of a 128-bit mask split into this block's and
// the next block's 64 bits.
inline void SpanBits(int from, std::uint32_t length, std::uint64_t* here,
                     std::uint64_t* next) {
  const std::uint64_t ones = (std::uint64_t{1} << length) - 1;
  *here = ones << from;
  *next = from + static_cast<int>(length) > 64 ? ones >> (64 - from) : 0;
}

}  // namespace

ABSL_ATTRIBUTE_NOINLINE NonAsciiFix FixNonAscii(std::string_view text,
                                                std::size_t base,
                                                const HighMasks& h,
                                                std::uint64_t high,
                                                std::uint64_t wordish) {
  NonAsciiFix fix;
  // The characters of the most common leads are settled by their bytes'
  // masks when they and their neighbours lie in the block; the others (and
  // any lead in the first byte or the last three) are decoded one by one.
  constexpr std::uint64_t kInner = ~(std::uint64_t{1} | std::uint64_t{7} << 61);
  const std::uint64_t cont = high & ~h.bit6;
  const std::uint64_t cont1 = cont >> 1;  // the next byte continues
  const std::uint64_t cont2 = cont >> 2;  // and the byte after it
  // C2 xx (U+0080..U+00BF) is a control, a space, a symbol or », none of
  // them part of a word; C3 xx a letter but for × and ÷. C2 or C3 without a
  // continuation byte is invalid, which keeps the word bit like a letter.
  const std::uint64_t c2 = h.c2 & kInner;
  const std::uint64_t c3 = h.c3 & kInner;
  const std::uint64_t two_byte_clear = (c2 & cont1) | (c3 & (h.c3_sign >> 1));
  // E2 80 xx: U+2000..U+203F, punctuation; the hyphens and ’ keep the word
  // bits when a letter, digit or non-ASCII byte lies on both sides.
  const std::uint64_t e280 = h.e2 & (h.x80 >> 1) & cont2 & kInner;
  const std::uint64_t joins =
      (h.joiner3 >> 2) & (wordish << 1) & (wordish >> 3);
  // E4..E9 xx xx: Han, each character a word.
  const std::uint64_t cjk = h.cjk_lead & cont1 & cont2 & kInner;
  const std::uint64_t three_byte_clear = (e280 & ~joins) | cjk;
  fix.clear = two_byte_clear | (two_byte_clear << 1) | three_byte_clear |
              (three_byte_clear << 1) | (three_byte_clear << 2);
  fix.cjk_starts = cjk;
  fix.cjk = static_cast<std::size_t>(CountBits(cjk));

  const char* begin = text.data();
  const char* end = begin + text.size();
  for (std::uint64_t leads =
           high & h.bit6 & ~h.letter_lead & ~(c2 | c3 | e280 | cjk);
       leads != 0;) {
    const int i = LowestBit(leads);
    const char* at = begin + base + i;
    if (IsLetterOnlyLead(static_cast<unsigned char>(*at))) {
      leads &= leads - 1;
      continue;
    }
    const Utf8Char c = DecodeUtf8(at, end);
    std::uint64_t here = 0;
    std::uint64_t next = 0;
    SpanBits(i, c.length, &here, &next);
    leads &= ~here;
    if (!c.valid) continue;  // kept like a letter
    const CharClass cls = ClassifyCodePoint(c.code_point);
    const CharAction action = ActionForClass(cls, c, at, begin, end);
    if (action == CharAction::kKeepWord) continue;
    fix.clear |= here;
    fix.clear_next |= next;
    if (action == CharAction::kCjkWord) {
      ++fix.cjk;
      fix.cjk_starts |= std::uint64_t{1} << i;
    } else if (action == CharAction::kCjkSentenceEnd) {
      fix.cjk_ends |= std::uint64_t{1} << i;
    }
  }
  return fix;
}

ABSL_ATTRIBUTE_NOINLINE bool EndsSentenceSlowly(std::string_view text,
                                                std::size_t i) {
  return IsSentenceEndAt(text, i);
}

ABSL_ATTRIBUTE_NOINLINE StopTally SettleNotedStops(std::string_view text,
                                                   std::string_view buffer,
                                                   const std::size_t* stops,
                                                   std::size_t count,
                                                   std::size_t last_end) {
  return SettleStopsWith(text, buffer, stops, count, last_end);
}

bool IsSentenceEndAt(std::string_view text, std::size_t i) {
  return EndsByWhatFollows(text, i) &&
         (text[i] != '.' || !ClosesAbbreviation(text, i));
}

TextCounts CountText(std::string_view text, bool count_sentences,
                     std::string_view buffer) {
  switch (ActiveIsa()) {
#if LEDE_SIMD_X86_64
    case Isa::kAvx512:
      return CountTextAvx512(text, count_sentences, buffer);
    case Isa::kAvx2:
      return CountTextAvx2(text, count_sentences, buffer);
#endif
    default:
      return CountWith<PortableCounting>(text, count_sentences, buffer);
  }
}

}  // namespace internal
}  // namespace lede
