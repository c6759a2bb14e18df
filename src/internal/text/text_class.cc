// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/text/text_class.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "absl/numeric/bits.h"
#include "src/internal/text/cpu.h"

#if LEDE_SIMD_SSE2
#include <emmintrin.h>
#endif

namespace lede {
namespace internal {

CharClass ClassifyCodePoint(std::uint32_t cp) {
  if (cp < 0x100) {
    // Latin-1: U+0080..U+00BF are controls, spaces and symbols; × and ÷.
    if (cp == 0xBB) return CharClass::kCloser;
    if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return CharClass::kSeparator;
    return CharClass::kLetter;
  }
  if (cp < 0x2000) return CharClass::kLetter;
  if (cp < 0x3000) {
    // General punctuation, symbols, arrows, box drawing, dingbats.
    if (cp == 0x2019 || cp == 0x2010 || cp == 0x2011) return CharClass::kJoiner;
    if (cp == 0x201D) return CharClass::kCloser;
    if (cp >= 0x2C00 && cp < 0x2E00) return CharClass::kLetter;  // Glagolitic..
    return CharClass::kSeparator;
  }
  if (cp < 0x3040) {
    if (cp == 0x3002) return CharClass::kSentenceEnd;
    if (cp == 0x3005 || cp == 0x3007) return CharClass::kCjk;  // 々 〇
    return CharClass::kSeparator;  // 、「」 and the ideographic space
  }
  if (cp < 0x3100)
    return cp == 0x30FB ? CharClass::kSeparator : CharClass::kCjk;
  if (cp >= 0x31F0 && cp < 0x3200) return CharClass::kCjk;  // kana extension
  if (cp >= 0x3400 && cp < 0xA000) return CharClass::kCjk;  // Han, ext. A
  if (cp >= 0xF900 && cp < 0xFB00) return CharClass::kCjk;  // compatibility
  if (cp >= 0xFE10 && cp < 0xFE70) return CharClass::kSeparator;
  if (cp == 0xFEFF) return CharClass::kSeparator;
  if (cp >= 0xFF00 && cp < 0xFFF0) {
    if (cp == 0xFF01 || cp == 0xFF1F) return CharClass::kSentenceEnd;
    if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
        (cp >= 0xFF41 && cp <= 0xFF5A)) {
      return CharClass::kLetter;  // full-width digits and Latin letters
    }
    if (cp >= 0xFF66 && cp <= 0xFF9F)
      return CharClass::kCjk;  // half-width kana
    return CharClass::kSeparator;
  }
  if (cp >= 0x1F000 && cp < 0x1FC00) return CharClass::kSeparator;  // emoji
  if (cp >= 0x20000 && cp < 0x40000) return CharClass::kCjk;  // Han, ext. B+
  return CharClass::kLetter;
}

const char* FindLineEnd(const char* p, const char* end) {
#if LEDE_SIMD_SSE2
  const __m128i lf = _mm_set1_epi8('\n');
  const __m128i cr = _mm_set1_epi8('\r');
  while (end - p >= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const int mask = _mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)));
    if (mask != 0) return p + absl::countr_zero(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && (ByteClass(*p) & kByteEol) == 0) ++p;
  return p;
}

bool HasAsciiDigit(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
#if LEDE_SIMD_SSE2
  const __m128i zero = _mm_set1_epi8('0');
  const __m128i nine = _mm_set1_epi8(9);
  while (end - p >= 16) {
    // x - '0' is a digit's value when at most 9, unsigned.
    const __m128i offset = _mm_sub_epi8(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), zero);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(offset, nine), offset)) !=
        0) {
      return true;
    }
    p += 16;
  }
#endif
  for (; p < end; ++p) {
    if (static_cast<unsigned char>(*p - '0') <= 9) return true;
  }
  return false;
}

const char* SkipBlankLines(const char* p, const char* end) {
  const char* q = p;
  while (q < end && (ByteClass(*q) & (kByteBlank | kByteEol))) ++q;
  if (q == end) return q;
  while (q > p && (ByteClass(q[-1]) & kByteEol) == 0) --q;
  return q;
}

std::string_view TrimBlanks(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && IsBlankByte(text[begin])) ++begin;
  while (end > begin && IsBlankByte(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::string_view TrimTrailingBlanks(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0 && IsBlankByte(text[end - 1])) --end;
  return text.substr(0, end);
}

}  // namespace internal
}  // namespace lede
