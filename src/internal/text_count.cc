// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/text_count.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "src/internal/text_class.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#define LEDE_COUNT_SSE2 1
#endif

namespace lede {
namespace internal {
namespace {

constexpr std::size_t kNone = ~std::size_t{0};

// Words that end in "." without ending a sentence. Lowercase; compared
// ignoring ASCII case.
constexpr std::string_view kAbbreviations[] = {
    "mr",   "mrs", "ms",  "dr",   "prof", "sr",  "jr",  "st",  "gen",
    "col",  "lt",  "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen",
    "rep",  "rev", "hon", "pres", "mt",   "ft",  "no",  "nos", "vs",
    "etc",  "inc", "ltd", "co",   "corp", "jan", "feb", "mar", "apr",
    "jun",  "jul", "aug", "sep",  "sept", "oct", "nov", "dec", "approx",
    "dept", "est", "fig", "vol",  "op",   "al",  "cf"};

bool IsAbbreviation(std::string_view word) {
  for (std::string_view abbreviation : kAbbreviations) {
    if (abbreviation.size() != word.size()) continue;
    bool equal = true;
    for (std::size_t i = 0; i < word.size() && equal; ++i) {
      equal = AsciiLower(word[i]) == abbreviation[i];
    }
    if (equal) return true;
  }
  return false;
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

// Bytes that may be part of a word, as the apostrophe rule sees its
// neighbours: ASCII letters and digits and any non-ASCII byte.
inline bool IsWordish(char c) {
  return (ByteClass(c) & (kByteAlnum | kByteHigh)) != 0;
}

inline bool IsAsciiJoiner(char c) { return c == '\'' || c == '-'; }
inline bool IsNumberSeparator(char c) { return c == '.' || c == ','; }

// What a non-ASCII character does to the word bits of its bytes.
enum class CharAction { kKeepWord, kClearWord, kCjkWord, kCjkSentenceEnd };

CharAction ActionFor(const Utf8Char& c, const char* at, const char* begin,
                     const char* end) {
  if (!c.valid) return CharAction::kKeepWord;
  switch (ClassifyCodePoint(c.code_point)) {
    case CharClass::kLetter:
      return CharAction::kKeepWord;
    case CharClass::kCjk:
      return CharAction::kCjkWord;
    case CharClass::kSentenceEnd:
      return CharAction::kCjkSentenceEnd;
    case CharClass::kJoiner: {
      const char* after = at + c.length;
      const bool joins =
          at > begin && IsWordish(at[-1]) && after < end && IsWordish(*after);
      return joins ? CharAction::kKeepWord : CharAction::kClearWord;
    }
    case CharClass::kSeparator:
    case CharClass::kCloser:
      break;
  }
  return CharAction::kClearWord;
}

// Lead bytes whose characters are all letters: most of Latin, Greek,
// Cyrillic, Hebrew, Arabic, Indic and Hangul text never leaves the fast path.
inline bool IsLetterOnlyLead(unsigned char b) {
  return (b >= 0xC4 && b <= 0xDF) || b == 0xE0 || b == 0xE1 ||
         (b >= 0xEA && b <= 0xEE) || (b >= 0xF1 && b <= 0xF4);
}

// The byte classes of 64 bytes, one bit per byte.
struct Masks {
  std::uint64_t word = 0;    // ASCII letter or digit, or any byte >= 0x80
  std::uint64_t digit = 0;   // '0'..'9'
  std::uint64_t joiner = 0;  // '\'' and '-'
  std::uint64_t numsep = 0;  // '.' and ','
  std::uint64_t stop = 0;    // '.', '!' and '?'
  std::uint64_t high = 0;    // >= 0x80
};

#if LEDE_COUNT_SSE2
inline std::uint64_t Bits(__m128i v) {
  return static_cast<std::uint32_t>(_mm_movemask_epi8(v));
}

inline void Classify64(const char* p, Masks* m) {
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter_shift = _mm_set1_epi8(0x1F);
  const __m128i letter_limit = _mm_set1_epi8(-102);
  const __m128i digit_shift = _mm_set1_epi8(0x50);
  const __m128i digit_limit = _mm_set1_epi8(-118);
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i comma = _mm_set1_epi8(',');
  const __m128i quote = _mm_set1_epi8('\'');
  const __m128i hyphen = _mm_set1_epi8('-');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  for (int k = 0; k < 4; ++k) {
    const __m128i x =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // Range checks by signed comparison: shifting 'a'..'z' (or '0'..'9') to
    // the bottom of the signed range leaves every other byte above it.
    const __m128i letter = _mm_cmplt_epi8(
        _mm_add_epi8(_mm_or_si128(x, case_bit), letter_shift), letter_limit);
    const __m128i digit =
        _mm_cmplt_epi8(_mm_add_epi8(x, digit_shift), digit_limit);
    const __m128i is_dot = _mm_cmpeq_epi8(x, dot);
    const int shift = 16 * k;
    const std::uint64_t high = Bits(x);
    m->high |= high << shift;
    m->word |= (Bits(_mm_or_si128(letter, digit)) | high) << shift;
    m->digit |= Bits(digit) << shift;
    m->joiner |=
        Bits(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, hyphen)))
        << shift;
    m->numsep |= Bits(_mm_or_si128(is_dot, _mm_cmpeq_epi8(x, comma))) << shift;
    m->stop |=
        Bits(_mm_or_si128(is_dot, _mm_or_si128(_mm_cmpeq_epi8(x, bang),
                                               _mm_cmpeq_epi8(x, question))))
        << shift;
  }
}
#else
inline void Classify64(const char* p, Masks* m) {
  for (int i = 0; i < 64; ++i) {
    const char c = p[i];
    const std::uint8_t cls = ByteClass(c);
    const std::uint64_t bit = std::uint64_t{1} << i;
    if (cls & (kByteAlnum | kByteHigh)) m->word |= bit;
    if (cls & kByteDigit) m->digit |= bit;
    if (cls & kByteHigh) m->high |= bit;
    if (cls & kByteStop) m->stop |= bit;
    if (IsAsciiJoiner(c)) m->joiner |= bit;
    if (IsNumberSeparator(c)) m->numsep |= bit;
  }
}
#endif

inline int CountBits(std::uint64_t x) { return __builtin_popcountll(x); }
inline int LowestBit(std::uint64_t x) { return __builtin_ctzll(x); }
inline int HighestBit(std::uint64_t x) { return 63 - __builtin_clzll(x); }

// Bits [from, from + length) of a 128-bit mask split into this block's and
// the next block's 64 bits.
inline void SpanBits(int from, std::uint32_t length, std::uint64_t* here,
                     std::uint64_t* next) {
  const std::uint64_t ones = (std::uint64_t{1} << length) - 1;
  *here = ones << from;
  *next = from + static_cast<int>(length) > 64 ? ones >> (64 - from) : 0;
}

class Counter {
 public:
  Counter(std::string_view text, bool count_sentences)
      : text_(text), count_sentences_(count_sentences) {}

  TextCounts Run() {
    const std::size_t n = text_.size();
    std::size_t base = 0;
    for (; n - base >= 64; base += 64) Block(base, text_.data() + base);
    if (base < n) {
      char tail[64] = {};
      std::memcpy(tail, text_.data() + base, n - base);
      Block(base, tail);
    }
    if (count_sentences_ && counts_.words > 0 &&
        (last_end_ == kNone || last_word_ > last_end_)) {
      ++counts_.sentences;
    }
    return counts_;
  }

 private:
  void Block(std::size_t base, const char* bytes) {
    Masks m;
    Classify64(bytes, &m);
    m.word &= ~pending_clear_;
    pending_clear_ = 0;
    if (m.high != 0) FixNonAscii(base, &m);

    const std::uint64_t word1 = (m.word << 1) | (prev_.word >> 63);
    const std::uint64_t word2 = (m.word << 2) | (prev_.word >> 62);
    const std::uint64_t joiner1 = (m.joiner << 1) | (prev_.joiner >> 63);
    const std::uint64_t numsep1 = (m.numsep << 1) | (prev_.numsep >> 63);
    const std::uint64_t digit2 = (m.digit << 2) | (prev_.digit >> 62);
    const std::uint64_t starts =
        m.word & ~word1 & ~(joiner1 & word2) & ~(numsep1 & digit2 & m.digit);
    if (starts != 0) {
      counts_.words += static_cast<std::size_t>(CountBits(starts));
      last_word_ = Later(last_word_, base + HighestBit(starts));
    }
    if (count_sentences_) {
      for (std::uint64_t stops = m.stop; stops != 0; stops &= stops - 1) {
        const std::size_t at = base + LowestBit(stops);
        if (IsSentenceEndAt(text_, at)) {
          ++counts_.sentences;
          last_end_ = Later(last_end_, at);
        }
      }
    }
    prev_ = m;
  }

  // Clears the word bits of non-ASCII punctuation and counts CJK characters
  // as words of their own.
  void FixNonAscii(std::size_t base, Masks* m) {
    const char* begin = text_.data();
    const char* end = begin + text_.size();
    std::uint64_t leads = m->high;
    while (leads != 0) {
      const int i = LowestBit(leads);
      const char* at = begin + base + i;
      const unsigned char b = static_cast<unsigned char>(*at);
      if ((b & 0xC0) == 0x80 || IsLetterOnlyLead(b)) {
        leads &= leads - 1;
        continue;
      }
      const Utf8Char c = DecodeUtf8(at, end);
      std::uint64_t here = 0;
      std::uint64_t next = 0;
      SpanBits(i, c.length, &here, &next);
      leads &= ~here;
      const CharAction action = ActionFor(c, at, begin, end);
      if (action == CharAction::kKeepWord) continue;
      m->word &= ~here;
      pending_clear_ |= next;
      if (action == CharAction::kCjkWord) {
        ++counts_.words;
        ++counts_.cjk_characters;
        last_word_ = Later(last_word_, base + i);
      } else if (action == CharAction::kCjkSentenceEnd && count_sentences_) {
        ++counts_.sentences;
        last_end_ = Later(last_end_, base + i);
      }
    }
  }

  static std::size_t Later(std::size_t a, std::size_t b) {
    return (a == kNone || b > a) ? b : a;
  }

  std::string_view text_;
  bool count_sentences_;
  TextCounts counts_;
  Masks prev_;
  std::uint64_t pending_clear_ = 0;
  std::size_t last_word_ = kNone;
  std::size_t last_end_ = kNone;
};

}  // namespace

bool IsSentenceEndAt(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  std::size_t j = i + 1;
  if (j < n && (ByteClass(text[j]) & kByteStop)) return false;  // "?!", "..."
  while (j < n) {
    const std::size_t length = CloserLength(text, j);
    if (length == 0) break;
    j += length;
  }
  if (j < n && !(ByteClass(text[j]) & (kByteBlank | kByteEol))) return false;
  while (j < n && (ByteClass(text[j]) & (kByteBlank | kByteEol))) ++j;
  if (j < n && IsLowerByte(text[j])) return false;
  return text[i] != '.' || !ClosesAbbreviation(text, i);
}

TextCounts CountText(std::string_view text, bool count_sentences) {
  return Counter(text, count_sentences).Run();
}

TextCounts CountTextScalar(std::string_view text, bool count_sentences) {
  TextCounts counts;
  const char* begin = text.data();
  const char* end = begin + text.size();
  // The word status, joiner and digit status of the last two bytes.
  bool word1 = false, word2 = false, joiner1 = false, numsep1 = false;
  bool digit1 = false, digit2 = false;
  std::size_t last_word = kNone;
  std::size_t last_end = kNone;
  for (const char* p = begin; p < end;) {
    const std::size_t at = static_cast<std::size_t>(p - begin);
    const std::uint8_t cls = ByteClass(*p);
    std::uint32_t length = 1;
    bool word = false;
    bool digit = false;
    if (!(cls & kByteHigh)) {
      word = (cls & kByteAlnum) != 0;
      digit = (cls & kByteDigit) != 0;
      if (count_sentences && (cls & kByteStop) && IsSentenceEndAt(text, at)) {
        ++counts.sentences;
        last_end = at;
      }
    } else {
      const Utf8Char c = DecodeUtf8(p, end);
      length = c.length;
      switch (ActionFor(c, p, begin, end)) {
        case CharAction::kKeepWord:
          word = true;
          break;
        case CharAction::kClearWord:
          break;
        case CharAction::kCjkWord:
          ++counts.words;
          ++counts.cjk_characters;
          last_word = at;
          break;
        case CharAction::kCjkSentenceEnd:
          if (count_sentences) {
            ++counts.sentences;
            last_end = at;
          }
          break;
      }
    }
    const bool joined = (joiner1 && word2) || (numsep1 && digit2 && digit);
    if (word && !word1 && !joined) {
      ++counts.words;
      last_word = at;
    }
    // Advance the two-byte history over every byte of the character.
    for (std::uint32_t k = 0; k < length; ++k) {
      word2 = word1;
      digit2 = digit1;
      word1 = word;
      digit1 = digit;
      joiner1 = length == 1 && IsAsciiJoiner(*p);
      numsep1 = length == 1 && IsNumberSeparator(*p);
    }
    p += length;
  }
  if (count_sentences && counts.words > 0 &&
      (last_end == kNone || (last_word != kNone && last_word > last_end))) {
    ++counts.sentences;
  }
  return counts;
}

}  // namespace internal
}  // namespace lede
