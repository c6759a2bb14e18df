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
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define LEDE_COUNT_AVX2 1
#endif

namespace lede {
namespace internal {
namespace {

constexpr std::size_t kNone = ~std::size_t{0};

// Words that end in "." without ending a sentence, lowercase.
constexpr std::string_view kAbbreviations[] = {
    "mr",   "mrs", "ms",  "dr",   "prof", "sr",  "jr",  "st",  "gen",
    "col",  "lt",  "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen",
    "rep",  "rev", "hon", "pres", "mt",   "ft",  "no",  "nos", "vs",
    "etc",  "inc", "ltd", "co",   "corp", "jan", "feb", "mar", "apr",
    "jun",  "jul", "aug", "sep",  "sept", "oct", "nov", "dec", "approx",
    "dept", "est", "fig", "vol",  "op",   "al",  "cf"};

// An abbreviation's letters packed into an integer, the first in the lowest
// byte, and a collision-free hash of those integers into 256 slots: a lookup
// is one multiply and one compare, with no loop to mispredict.
constexpr std::uint64_t PackWord(std::string_view word) {
  std::uint64_t key = 0;
  for (std::size_t i = word.size(); i > 0; --i) {
    key = (key << 8) | static_cast<unsigned char>(word[i - 1]);
  }
  return key;
}

struct AbbreviationTable {
  std::uint64_t multiplier = 0;
  std::uint64_t keys[256] = {};

  constexpr std::size_t SlotOf(std::uint64_t key) const {
    return static_cast<std::size_t>((key * multiplier) >> 56);
  }
};

// A multiplier under which no two abbreviations share a slot (found by a
// random search; the static_assert below checks it).
constexpr std::uint64_t kAbbreviationMultiplier = 0x54C56C9A9CC9AF4Fu;

constexpr AbbreviationTable MakeAbbreviationTable() {
  AbbreviationTable table;
  table.multiplier = kAbbreviationMultiplier;
  for (std::string_view word : kAbbreviations) {
    const std::uint64_t key = PackWord(word);
    table.keys[table.SlotOf(key)] = key;
  }
  return table;
}

constexpr AbbreviationTable kAbbreviationTable = MakeAbbreviationTable();

constexpr bool EveryAbbreviationHasItsSlot() {
  for (std::string_view word : kAbbreviations) {
    const std::uint64_t key = PackWord(word);
    if (kAbbreviationTable.keys[kAbbreviationTable.SlotOf(key)] != key) {
      return false;
    }
  }
  return true;
}
static_assert(EveryAbbreviationHasItsSlot(),
              "two abbreviations share a slot: pick another multiplier");

bool IsAbbreviationKey(std::uint64_t key) {
  return kAbbreviationTable.keys[kAbbreviationTable.SlotOf(key)] == key;
}

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
  std::uint64_t space = 0;   // ' '
  std::uint64_t lower = 0;   // 'a'..'z'
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
  const __m128i space = _mm_set1_epi8(' ');
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
    m->space |= Bits(_mm_cmpeq_epi8(x, space)) << shift;
    m->lower |=
        Bits(_mm_cmplt_epi8(_mm_add_epi8(x, letter_shift), letter_limit))
        << shift;
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
    if (c == ' ') m->space |= bit;
    if (cls & kByteLower) m->lower |= bit;
  }
}
#endif

#if LEDE_COUNT_AVX2
// The same masks 32 bytes at a time, with a nibble lookup: two 16-entry
// tables, indexed by a byte's low and high nibble, ANDed, give its class
// bits. Each class is a set of (high nibble, low nibble) rectangles:
//   letters    4x1-F, 6x1-F (kL1) and 5x0-A, 7x0-A (kL2)
//   digits     3x0-9 (kD)
//   ' and -    2x7, 2xD (kJ)       . and ,    2xC, 2xE (kS)
//   ! and .    2x1, 2xE (kT1)      ?          3xF (kT2)
//   ' '        2x0 (kSp, the top bit: its mask needs no shift)
// Bytes >= 0x80 have high nibbles 8-F, whose entries are zero.
constexpr char kL1 = 1, kL2 = 2, kD = 4, kJ = 8, kS = 16, kT1 = 32, kT2 = 64;
constexpr char kSp = static_cast<char>(0x80);

__attribute__((target("avx2"))) inline std::uint64_t Bits256(__m256i v) {
  return static_cast<std::uint32_t>(_mm256_movemask_epi8(v));
}

__attribute__((target("avx2"))) void Classify64Avx2(const char* p, Masks* m) {
  const __m256i low_table = _mm256_setr_epi8(
      kL2 | kD | kSp, kL1 | kL2 | kD | kT1, kL1 | kL2 | kD, kL1 | kL2 | kD,
      kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD | kJ,
      kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2, kL1, kL1 | kS, kL1 | kJ,
      kL1 | kS | kT1, kL1 | kT2, kL2 | kD | kSp, kL1 | kL2 | kD | kT1,
      kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD,
      kL1 | kL2 | kD, kL1 | kL2 | kD | kJ, kL1 | kL2 | kD, kL1 | kL2 | kD,
      kL1 | kL2, kL1, kL1 | kS, kL1 | kJ, kL1 | kS | kT1, kL1 | kT2);
  const __m256i high_table =
      _mm256_setr_epi8(0, 0, kJ | kS | kT1 | kSp, kD | kT2, kL1, kL2, kL1, kL2,
                       0, 0, 0, 0, 0, 0, 0, 0, 0, 0, kJ | kS | kT1 | kSp,
                       kD | kT2, kL1, kL2, kL1, kL2, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i word_bits = _mm256_set1_epi8(kL1 | kL2 | kD);
  const __m256i stop_bits = _mm256_set1_epi8(kT1 | kT2);
  const __m256i zero = _mm256_setzero_si256();
  const __m256i lower_shift = _mm256_set1_epi8(0x1F);
  const __m256i lower_limit = _mm256_set1_epi8(-102);
  for (int k = 0; k < 2; ++k) {
    const __m256i x =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
    const __m256i low = _mm256_and_si256(x, nibble);
    const __m256i high = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
    const __m256i cls = _mm256_and_si256(_mm256_shuffle_epi8(low_table, low),
                                         _mm256_shuffle_epi8(high_table, high));
    // A shift left by 7 - b moves class bit b to each byte's top bit.
    const int shift = 32 * k;
    const std::uint64_t high_bytes = Bits256(x);
    m->high |= high_bytes << shift;
    m->word |=
        ((~Bits256(_mm256_cmpeq_epi8(_mm256_and_si256(cls, word_bits), zero)) &
          0xFFFFFFFFu) |
         high_bytes)
        << shift;
    m->digit |= Bits256(_mm256_slli_epi16(cls, 5)) << shift;
    m->joiner |= Bits256(_mm256_slli_epi16(cls, 4)) << shift;
    m->numsep |= Bits256(_mm256_slli_epi16(cls, 3)) << shift;
    m->space |= Bits256(cls) << shift;
    m->lower |=
        Bits256(_mm256_cmpgt_epi8(lower_limit, _mm256_add_epi8(x, lower_shift)))
        << shift;
    m->stop |=
        (~Bits256(_mm256_cmpeq_epi8(_mm256_and_si256(cls, stop_bits), zero)) &
         0xFFFFFFFFu)
        << shift;
  }
}

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}
#else
inline void Classify64Avx2(const char* p, Masks* m) { Classify64(p, m); }
bool HasAvx2() { return false; }
#endif

// A population count that needs no POPCNT instruction (without -mpopcnt the
// builtin is a library call).
inline int CountBits(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555u);
  x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<int>((x * 0x0101010101010101u) >> 56);
}
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

// kAvx2 picks the classifier at compile time, so that the AVX2 instance can be
// compiled whole for AVX2 (see CountTextAvx2()) with its masks in registers.
template <bool kAvx2>
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
    if (kAvx2) {
      Classify64Avx2(bytes, &m);
    } else {
      Classify64(bytes, &m);
    }
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
    if (count_sentences_ && m.stop != 0) CountStops(base, m);
    prev_ = m;
  }

  // Counts the sentence ends among the block's stops. Most are settled by
  // the masks: a letter, digit or stop right after ("3.5", "U.S", "...") or
  // a space and a lowercase letter is no end; a space and an uppercase letter
  // or digit is an end, unless a "." closes an abbreviation. The rest (a
  // newline, a quote, the block's last two bytes) go to IsSentenceEndAt().
  void CountStops(std::size_t base, const Masks& m) {
    constexpr std::uint64_t kEdge = std::uint64_t{3} << 62;
    const std::uint64_t alnum = m.word & ~m.high;
    const std::uint64_t space_next = m.space >> 1;
    const std::uint64_t lower_after = m.lower >> 2;
    const std::uint64_t upper_after = (alnum & ~m.lower) >> 2;
    const std::uint64_t stops = m.stop & ~kEdge;
    const std::uint64_t settled_end = stops & space_next & upper_after;
    const std::uint64_t settled_no_end =
        stops & (((alnum | m.stop) >> 1) | (space_next & lower_after));
    std::uint64_t ends = settled_end & ~m.numsep;  // '!' and '?'
    const std::uint64_t letters = alnum & ~m.digit;
    const std::uint64_t prev_letters = prev_.word & ~prev_.high & ~prev_.digit;
    for (std::uint64_t dots = settled_end & m.numsep; dots != 0;
         dots &= dots - 1) {
      const int i = LowestBit(dots);
      // The letters among the eight bytes before the ".", the nearest in
      // bit 7; the run of ones from there is the word before it.
      const std::uint64_t window =
          (i >= 8 ? letters >> (i - 8)
                  : (letters << (8 - i)) | (prev_letters >> (56 + i))) &
          0xFF;
      const int run = __builtin_clzll(~(window << 56));
      if (!ClosesAbbreviationAt(base + i, static_cast<std::size_t>(run))) {
        ends |= std::uint64_t{1} << i;
      }
    }
    for (std::uint64_t rest = m.stop & ~settled_end & ~settled_no_end;
         rest != 0; rest &= rest - 1) {
      const int i = LowestBit(rest);
      if (IsSentenceEndAt(text_, base + i)) ends |= std::uint64_t{1} << i;
    }
    if (ends != 0) {
      counts_.sentences += static_cast<std::size_t>(CountBits(ends));
      last_end_ = Later(last_end_, base + HighestBit(ends));
    }
  }

  // ClosesAbbreviation() for the "." at `at` after a run of `run` letters.
  bool ClosesAbbreviationAt(std::size_t at, std::size_t run) const {
    if (run == 0 || run >= 8) return false;
    if (at > run) {
      const char before = text_[at - run - 1];
      if (IsAlnumByte(before)) return false;
      if (run == 1 || before == '.') return true;
    } else if (run == 1) {
      return true;
    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (at >= 8) {
      // The eight bytes before the ".", the word in the top `run` of them;
      // OR 0x20 lowercases letters.
      std::uint64_t bytes;
      std::memcpy(&bytes, text_.data() + at - 8, 8);
      const std::uint64_t key = (bytes | 0x2020202020202020u) >> (64 - 8 * run);
      return IsAbbreviationKey(key);
    }
#endif
    return IsAbbreviation(text_.substr(at - run, run));
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
  if (j < n) {
    const std::uint8_t next = ByteClass(text[j]);
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
  if (j < n && IsLowerByte(text[j])) return false;
  return text[i] != '.' || !ClosesAbbreviation(text, i);
}

#if LEDE_COUNT_AVX2
// The whole counting loop compiled for AVX2 (and the bit instructions that
// come with it), everything it calls inlined: the classifier and the mask
// arithmetic then share registers instead of passing masks through memory.
__attribute__((target("avx2,popcnt,bmi,bmi2,lzcnt"), flatten)) TextCounts
CountTextAvx2(std::string_view text, bool count_sentences) {
  return Counter<true>(text, count_sentences).Run();
}
#endif

TextCounts CountText(std::string_view text, bool count_sentences) {
#if LEDE_COUNT_AVX2
  if (HasAvx2()) return CountTextAvx2(text, count_sentences);
#endif
  return Counter<false>(text, count_sentences).Run();
}

TextCounts CountTextWithoutAvx2(std::string_view text, bool count_sentences) {
  return Counter<false>(text, count_sentences).Run();
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
