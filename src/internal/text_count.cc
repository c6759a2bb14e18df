// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/text_count.h"

#include <algorithm>
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

// The byte classes of 64 bytes that the word count needs, one bit per byte.
struct WordMasks {
  std::uint64_t word;    // ASCII letter or digit, or any byte >= 0x80
  std::uint64_t high;    // >= 0x80
  std::uint64_t digit;   // '0'..'9'
  std::uint64_t joiner;  // '\'' and '-'
  std::uint64_t numsep;  // '.' and ','
  std::uint64_t stop;    // '.', '!' and '?'
};

// A classifier reads the 64 bytes at `p` and returns their WordMasks, and, for
// the blocks that hold a stop (about half of those of prose), the spaces and
// bit 5 of every byte (which, among ASCII letters, marks the lowercase ones):
// most blocks never compute what only the sentence count needs.
#if LEDE_COUNT_SSE2
struct PortableClassifier {
  static constexpr bool kHasPopcount = false;

  static std::uint64_t Bits(__m128i v) {
    return static_cast<std::uint32_t>(_mm_movemask_epi8(v));
  }
  static __m128i Load(const char* p, int k) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
  }

  static WordMasks Words(const char* p) {
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
    WordMasks m = {0, 0, 0, 0, 0, 0};
    for (int k = 0; k < 4; ++k) {
      const __m128i x = Load(p, k);
      // Range checks by signed comparison: shifting 'a'..'z' (or '0'..'9') to
      // the bottom of the signed range leaves every other byte above it.
      const __m128i letter = _mm_cmplt_epi8(
          _mm_add_epi8(_mm_or_si128(x, case_bit), letter_shift), letter_limit);
      const __m128i digit =
          _mm_cmplt_epi8(_mm_add_epi8(x, digit_shift), digit_limit);
      const __m128i is_dot = _mm_cmpeq_epi8(x, dot);
      const int shift = 16 * k;
      const std::uint64_t high = Bits(x);
      m.high |= high << shift;
      m.word |= (Bits(_mm_or_si128(letter, digit)) | high) << shift;
      m.digit |= Bits(digit) << shift;
      m.joiner |= Bits(_mm_or_si128(_mm_cmpeq_epi8(x, quote),
                                    _mm_cmpeq_epi8(x, hyphen)))
                  << shift;
      m.numsep |= Bits(_mm_or_si128(is_dot, _mm_cmpeq_epi8(x, comma))) << shift;
      m.stop |=
          Bits(_mm_or_si128(is_dot, _mm_or_si128(_mm_cmpeq_epi8(x, bang),
                                                 _mm_cmpeq_epi8(x, question))))
          << shift;
    }
    return m;
  }

  static std::uint64_t Spaces(const char* p) {
    const __m128i space = _mm_set1_epi8(' ');
    std::uint64_t bits = 0;
    for (int k = 0; k < 4; ++k) {
      bits |= Bits(_mm_cmpeq_epi8(Load(p, k), space)) << (16 * k);
    }
    return bits;
  }

  static std::uint64_t Bit5(const char* p) {
    std::uint64_t bits = 0;
    for (int k = 0; k < 4; ++k) {
      bits |= Bits(_mm_slli_epi16(Load(p, k), 2)) << (16 * k);
    }
    return bits;
  }
};
#else
struct PortableClassifier {
  static constexpr bool kHasPopcount = false;

  static WordMasks Words(const char* p) {
    WordMasks m = {0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 64; ++i) {
      const char c = p[i];
      const std::uint8_t cls = ByteClass(c);
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

  static std::uint64_t Spaces(const char* p) {
    std::uint64_t bits = 0;
    for (int i = 0; i < 64; ++i) {
      if (p[i] == ' ') bits |= std::uint64_t{1} << i;
    }
    return bits;
  }

  static std::uint64_t Bit5(const char* p) {
    std::uint64_t bits = 0;
    for (int i = 0; i < 64; ++i) {
      if (p[i] & 0x20) bits |= std::uint64_t{1} << i;
    }
    return bits;
  }
};
#endif

#if LEDE_COUNT_AVX2
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

struct Avx2Classifier {
  static constexpr bool kHasPopcount = true;

  __attribute__((target("avx2"))) static std::uint64_t Bits(__m256i v) {
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(v));
  }
  __attribute__((target("avx2"))) static std::uint64_t Bits64(__m256i low,
                                                              __m256i high) {
    return Bits(low) | (Bits(high) << 32);
  }
  __attribute__((target("avx2"))) static __m256i Load(const char* p, int k) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * k));
  }
  __attribute__((target("avx2"))) static __m256i Classes(__m256i x) {
    const __m256i low_table = _mm256_setr_epi8(
        kL2 | kD, kL1 | kL2 | kD | kT1, kL1 | kL2 | kD, kL1 | kL2 | kD,
        kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD | kJ,
        kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2, kL1, kL1 | kS, kL1 | kJ,
        kL1 | kS | kT1, kL1 | kT2, kL2 | kD, kL1 | kL2 | kD | kT1,
        kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD, kL1 | kL2 | kD,
        kL1 | kL2 | kD, kL1 | kL2 | kD | kJ, kL1 | kL2 | kD, kL1 | kL2 | kD,
        kL1 | kL2, kL1, kL1 | kS, kL1 | kJ, kL1 | kS | kT1, kL1 | kT2);
    const __m256i high_table =
        _mm256_setr_epi8(0, 0, kJ | kS | kT1, kD | kT2, kL1, kL2, kL1, kL2, 0,
                         0, 0, 0, 0, 0, 0, 0, 0, 0, kJ | kS | kT1, kD | kT2,
                         kL1, kL2, kL1, kL2, 0, 0, 0, 0, 0, 0, 0, 0);
    const __m256i nibble = _mm256_set1_epi8(0x0F);
    const __m256i low = _mm256_and_si256(x, nibble);
    const __m256i high = _mm256_and_si256(_mm256_srli_epi16(x, 4), nibble);
    return _mm256_and_si256(_mm256_shuffle_epi8(low_table, low),
                            _mm256_shuffle_epi8(high_table, high));
  }
  __attribute__((target("avx2"))) static __m256i AnyOf(__m256i cls, char bits) {
    return _mm256_add_epi8(_mm256_and_si256(cls, _mm256_set1_epi8(bits)),
                           _mm256_set1_epi8(0x7F));
  }

  __attribute__((target("avx2"))) static WordMasks Words(const char* p) {
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

  __attribute__((target("avx2"))) static std::uint64_t Spaces(const char* p) {
    const __m256i space = _mm256_set1_epi8(' ');
    return Bits64(_mm256_cmpeq_epi8(Load(p, 0), space),
                  _mm256_cmpeq_epi8(Load(p, 1), space));
  }

  __attribute__((target("avx2"))) static std::uint64_t Bit5(const char* p) {
    return Bits64(_mm256_slli_epi16(Load(p, 0), 2),
                  _mm256_slli_epi16(Load(p, 1), 2));
  }
};

bool HasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}
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

// Bits [from, from + length) of a 128-bit mask split into this block's and
// the next block's 64 bits.
inline void SpanBits(int from, std::uint32_t length, std::uint64_t* here,
                     std::uint64_t* next) {
  const std::uint64_t ones = (std::uint64_t{1} << length) - 1;
  *here = ones << from;
  *next = from + static_cast<int>(length) > 64 ? ones >> (64 - from) : 0;
}

// Copies `n` < 64 bytes with a few fixed-size moves, which overlap instead
// of looping (a variable-length memcpy is a library call).
inline void CopyShort(char* to, const char* from, std::size_t n) {
  if (n >= 32) {
    std::memcpy(to, from, 32);
    std::memcpy(to + n - 32, from + n - 32, 32);
  } else if (n >= 16) {
    std::memcpy(to, from, 16);
    std::memcpy(to + n - 16, from + n - 16, 16);
  } else if (n >= 8) {
    std::memcpy(to, from, 8);
    std::memcpy(to + n - 8, from + n - 8, 8);
  } else if (n >= 4) {
    std::memcpy(to, from, 4);
    std::memcpy(to + n - 4, from + n - 4, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

// What the non-ASCII characters of a block do to its masks.
struct NonAsciiFix {
  std::uint64_t clear = 0;       // word bits to clear in this block
  std::uint64_t clear_next = 0;  // and in the next (a character split)
  std::uint64_t cjk_starts = 0;  // CJK characters, each a word
  std::uint64_t cjk_ends = 0;    // CJK sentence ends
  std::size_t cjk = 0;           // the number of CJK characters
};

// Finds the non-ASCII punctuation (whose word bits are cleared), the CJK
// characters and the CJK sentence ends among the bytes `leads` (the block's
// bytes >= 0x80) of the block at `base`. Kept out of line: most blocks have
// no such byte, and the counting loop keeps its registers.
__attribute__((noinline)) NonAsciiFix FixNonAscii(std::string_view text,
                                                  std::size_t base,
                                                  std::uint64_t leads) {
  NonAsciiFix fix;
  const char* begin = text.data();
  const char* end = begin + text.size();
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

// Counts one text. The classifier and whether sentences are counted are
// fixed at compile time, so that the AVX2 instance can be compiled whole for
// AVX2 (see CountTextAvx2()) with its state in registers, and a word count
// carries no sentence logic.
template <typename Classifier, bool kSentences>
class Counter {
 public:
  // `readable` is where the caller's buffer around `text` starts: the bytes
  // from there to `text` may be loaded (and are then ignored).
  Counter(std::string_view text, const char* readable)
      : text_(text), readable_(readable) {}

  TextCounts Run() {
    const char* p = text_.data();
    const std::size_t n = text_.size();
    std::size_t base = 0;
    for (; n - base >= 64; base += 64) Block(base, p + base, 0);
    if (base < n) {
      // The last bytes are read as the final 64 of the text (or of a copy
      // padded in front, for a shorter text), and the bytes before `base`
      // shifted out of the masks: no byte outside the text is read.
      const int skip = static_cast<int>(64 - (n - base));
      if (n >= 64 || (readable_ != nullptr && p + n - readable_ >= 64)) {
        // A short text inside a larger buffer is read as the 64 bytes that
        // end with it: a copy would stall the wide loads on narrow stores.
        Block(base, p + n - 64, skip);
      } else {
        alignas(32) char padded[64] = {};
        CopyShort(padded + skip, p, n);
        Block(base, padded, skip);
      }
    }
    TextCounts counts;
    counts.words = words_;
    counts.cjk_characters = cjk_;
    if (kSentences) {
      counts.sentences = sentences_ + (words_ > 0 && open_ ? 1 : 0);
    }
    return counts;
  }

 private:
  static std::size_t Popcount(std::uint64_t x) {
    if constexpr (Classifier::kHasPopcount) {
      return static_cast<std::size_t>(__builtin_popcountll(x));
    } else {
      return static_cast<std::size_t>(CountBits(x));
    }
  }

  // Counts the 64 bytes at `bytes`, which hold text from `base - skip` on
  // (the `skip` bytes before `base` were counted with the previous block).
  void Block(std::size_t base, const char* bytes, int skip) {
    WordMasks m = Classifier::Words(bytes);
    m.word >>= skip;
    m.high >>= skip;
    m.digit >>= skip;
    m.joiner >>= skip;
    m.numsep >>= skip;
    m.stop >>= skip;
    std::uint64_t word = m.word & ~pending_clear_;
    pending_clear_ = 0;
    std::uint64_t cjk_starts = 0;
    std::uint64_t cjk_ends = 0;
    if (m.high != 0) {
      const NonAsciiFix fix = FixNonAscii(text_, base, m.high);
      word &= ~fix.clear;
      pending_clear_ = fix.clear_next;
      cjk_starts = fix.cjk_starts;
      cjk_ends = fix.cjk_ends;
      words_ += fix.cjk;
      cjk_ += fix.cjk;
    }

    const std::uint64_t word1 = (word << 1) | (prev_word_ >> 63);
    const std::uint64_t word2 = (word << 2) | (prev_word_ >> 62);
    const std::uint64_t joiner1 = (m.joiner << 1) | (prev_joiner_ >> 63);
    const std::uint64_t numsep1 = (m.numsep << 1) | (prev_numsep_ >> 63);
    const std::uint64_t digit2 = (m.digit << 2) | (prev_digit_ >> 62);
    const std::uint64_t starts =
        word & ~word1 & ~(joiner1 & word2) & ~(numsep1 & digit2 & m.digit);
    words_ += Popcount(starts);
    if (kSentences) {
      const std::uint64_t letters = m.word & ~m.high & ~m.digit;
      std::uint64_t ends = cjk_ends;
      if (m.stop != 0) ends |= StopEnds(base, bytes, skip, m, letters);
      sentences_ += Popcount(ends);
      // Whether a word follows the last end so far. No byte is both a word
      // start and an end, so the masks compare as numbers by their highest
      // bits.
      const std::uint64_t all_starts = starts | cjk_starts;
      open_ = (all_starts > ends) | (open_ & (ends == 0));
      prev_letters_ = letters;
    }
    prev_word_ = word;
    prev_joiner_ = m.joiner;
    prev_numsep_ = m.numsep;
    prev_digit_ = m.digit;
  }

  // Returns the sentence ends among the block's stops. Most are settled by
  // the masks: a letter, digit or stop right after ("3.5", "U.S", "...") or
  // a space and a lowercase letter is no end; a space and an uppercase letter
  // or digit is an end, unless a "." closes an abbreviation. The rest (a
  // newline, a quote, the block's last two bytes) go to IsSentenceEndAt().
  std::uint64_t StopEnds(std::size_t base, const char* bytes, int skip,
                         const WordMasks& m, std::uint64_t letters) const {
    constexpr std::uint64_t kEdge = std::uint64_t{3} << 62;
    const std::uint64_t alnum = m.word & ~m.high;
    const std::uint64_t lower = letters & (Classifier::Bit5(bytes) >> skip);
    const std::uint64_t space_next = (Classifier::Spaces(bytes) >> skip) >> 1;
    const std::uint64_t lower_after = lower >> 2;
    const std::uint64_t upper_after = (alnum & ~lower) >> 2;
    const std::uint64_t stops = m.stop & ~kEdge;
    const std::uint64_t settled_end = stops & space_next & upper_after;
    const std::uint64_t settled_no_end =
        stops & (((alnum | m.stop) >> 1) | (space_next & lower_after));
    std::uint64_t ends = settled_end & ~m.numsep;  // '!' and '?'
    // The first "." is settled without a branch on whether there is one (a
    // block of prose has zero, one or two, which a predictor cannot guess).
    std::uint64_t dots = settled_end & m.numsep;
    ends |= DotEnd(base, dots, letters);
    for (dots &= dots - 1; dots != 0; dots &= dots - 1) {
      ends |= DotEnd(base, dots, letters);
    }
    for (std::uint64_t rest = m.stop & ~settled_end & ~settled_no_end;
         rest != 0; rest &= rest - 1) {
      const int i = LowestBit(rest);
      if (IsSentenceEndAt(text_, base + i)) ends |= std::uint64_t{1} << i;
    }
    return ends;
  }

  // The bit of the lowest of `dots` when that "." ends a sentence (it
  // follows a space and an uppercase letter or digit, so only an
  // abbreviation keeps it from ending one); 0 when it does not or when
  // `dots` is 0.
  std::uint64_t DotEnd(std::size_t base, std::uint64_t dots,
                       std::uint64_t letters) const {
    const int i = LowestBit(dots | (std::uint64_t{1} << 63));
    // Without a ".", any byte of the text does; its answer is dropped.
    const std::size_t at =
        std::min(base + static_cast<std::size_t>(i), text_.size() - 1);
    bool closes;
    if (at >= 8) {
      // The letters among the eight bytes before the ".", the nearest in
      // bit 7 (both shifts are computed, and one picked, without a
      // branch); the run of ones from there is the word before it.
      const std::uint64_t in_block = letters >> ((i - 8) & 63);
      const std::uint64_t across =
          (letters << ((8 - i) & 63)) | (prev_letters_ >> ((56 + i) & 63));
      const std::uint64_t window = (i >= 8 ? in_block : across) & 0xFF;
      const int run = __builtin_clzll(~(window << 56));
      closes = ClosesAbbreviationAt(at, run);
    } else {
      // The text's first bytes, where the scalar rule reads no byte before
      // the text.
      closes = dots == 0 || ClosesAbbreviation(text_, at);
    }
    return static_cast<std::uint64_t>(!closes & (dots != 0)) << i;
  }

  // ClosesAbbreviation() for the "." at `at` >= 8 after a run of `run` <= 8
  // letters, without a branch to mispredict: a sentence's last word and an
  // abbreviation look alike to a branch predictor.
  bool ClosesAbbreviationAt(std::size_t at, int run) const {
    // A run of 0 or 8 (at least 8) is no abbreviation; clamped to 1..7, it
    // still reads inside the text and shifts by less than 64.
    const int clamped = run < 1 ? 1 : run > 7 ? 7 : run;
    const char before = text_[at - static_cast<std::size_t>(clamped) - 1];
    std::uint64_t bytes;
    std::memcpy(&bytes, text_.data() + at - 8, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    bytes = __builtin_bswap64(bytes);
#endif
    // The eight bytes before the ".", the word in the top `run` of them;
    // OR 0x20 lowercases letters.
    const std::uint64_t key =
        (bytes | 0x2020202020202020u) >> (56 - 8 * (clamped - 1));
    const bool short_run = static_cast<unsigned>(run - 1) < 7;
    const bool word_alone = !IsAlnumByte(before);
    const bool abbreviation =
        (run == 1) | (before == '.') | IsAbbreviationKey(key);
    return short_run & word_alone & abbreviation;
  }

  std::string_view text_;
  const char* readable_;
  std::size_t words_ = 0;
  std::size_t cjk_ = 0;
  std::size_t sentences_ = 0;
  bool open_ = false;  // a word follows the last sentence end
  // The previous block's masks, for the bits that carry into this one.
  std::uint64_t prev_word_ = 0;
  std::uint64_t prev_joiner_ = 0;
  std::uint64_t prev_numsep_ = 0;
  std::uint64_t prev_digit_ = 0;
  std::uint64_t prev_letters_ = 0;
  std::uint64_t pending_clear_ = 0;
};

// Counts with `Classifier`, picking the instance for `count_sentences`.
template <typename Classifier>
TextCounts CountWith(std::string_view text, bool count_sentences,
                     const char* readable) {
  if (count_sentences) return Counter<Classifier, true>(text, readable).Run();
  return Counter<Classifier, false>(text, readable).Run();
}

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
CountTextAvx2(std::string_view text, bool count_sentences,
              const char* readable) {
  return CountWith<Avx2Classifier>(text, count_sentences, readable);
}
#endif

TextCounts CountText(std::string_view text, bool count_sentences,
                     const char* readable) {
#if LEDE_COUNT_AVX2
  if (HasAvx2()) return CountTextAvx2(text, count_sentences, readable);
#endif
  return CountWith<PortableClassifier>(text, count_sentences, readable);
}

TextCounts CountTextWithoutAvx2(std::string_view text, bool count_sentences,
                                const char* readable) {
  return CountWith<PortableClassifier>(text, count_sentences, readable);
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
