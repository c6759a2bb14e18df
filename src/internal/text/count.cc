// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/text/count.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "src/internal/text/text_class.h"

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

// IsSentenceEndAt() but for the abbreviation rule: whether what follows the
// stop at `text[i]` lets it end a sentence.
bool EndsByWhatFollows(std::string_view text, std::size_t i) {
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
  return j == n || !IsLowerByte(text[j]);
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

// ActionFor() for a valid character of class `cls`.
CharAction ActionForClass(CharClass cls, const Utf8Char& c, const char* at,
                          const char* begin, const char* end) {
  switch (cls) {
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

CharAction ActionFor(const Utf8Char& c, const char* at, const char* begin,
                     const char* end) {
  if (!c.valid) return CharAction::kKeepWord;
  return ActionForClass(ClassifyCodePoint(c.code_point), c, at, begin, end);
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

// The bytes >= 0x80 that the common characters of Latin and CJK text are
// made of, for the blocks that have any: most such characters are then
// settled by mask arithmetic, without decoding them one by one.
struct HighMasks {
  std::uint64_t bit6;         // bit 6: among bytes >= 0x80, the lead bytes
  std::uint64_t c2;           // 0xC2: U+0080..U+00BF, symbols, spaces and »
  std::uint64_t c3;           // 0xC3: U+00C0..U+00FF, letters, × and ÷
  std::uint64_t e2;           // 0xE2: U+2000..U+2FFF, punctuation mostly
  std::uint64_t cjk_lead;     // 0xE4..0xE9: U+4000..U+9FFF, Han
  std::uint64_t letter_lead;  // 0xC4..0xDF: two-byte letters
  std::uint64_t x80;          // 0x80: E2 80 is U+2000..U+203F
  std::uint64_t c3_sign;      // 0x97 and 0xB7: C3 97 is ×, C3 B7 is ÷
  std::uint64_t joiner3;      // 0x90, 0x91, 0x99: E2 80 90/91/99 join words
};

inline void ShiftOut(HighMasks* h, int skip) {
  h->bit6 >>= skip;
  h->c2 >>= skip;
  h->c3 >>= skip;
  h->e2 >>= skip;
  h->cjk_lead >>= skip;
  h->letter_lead >>= skip;
  h->x80 >>= skip;
  h->c3_sign >>= skip;
  h->joiner3 >>= skip;
}

#if !LEDE_COUNT_SSE2
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
#if LEDE_COUNT_SSE2
struct PortableClassifier {
  static constexpr bool kHasPopcount = false;
  static constexpr bool kHasMaskRegisters = false;

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
  static constexpr bool kHasMaskRegisters = false;

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

  static HighMasks High(const char* p) { return HighMasksOfBytes(p); }
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
  static constexpr bool kHasMaskRegisters = false;

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

  __attribute__((target("avx2"))) static std::uint64_t Equal(__m256i x0,
                                                             __m256i x1,
                                                             char c) {
    const __m256i v = _mm256_set1_epi8(c);
    return Bits64(_mm256_cmpeq_epi8(x0, v), _mm256_cmpeq_epi8(x1, v));
  }
  // The bytes in [first, first + count), by signed comparison after a shift
  // of `first` to the bottom of the signed range.
  __attribute__((target("avx2"))) static std::uint64_t InRange(__m256i x0,
                                                               __m256i x1,
                                                               int first,
                                                               int count) {
    const __m256i shift = _mm256_set1_epi8(static_cast<char>(0x80 - first));
    const __m256i limit = _mm256_set1_epi8(static_cast<char>(count - 128));
    return Bits64(_mm256_cmpgt_epi8(limit, _mm256_add_epi8(x0, shift)),
                  _mm256_cmpgt_epi8(limit, _mm256_add_epi8(x1, shift)));
  }

  __attribute__((target("avx2"))) static HighMasks High(const char* p) {
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

#define LEDE_AVX512_TARGET \
  __attribute__((target("avx512f,avx512bw,avx2,popcnt,bmi,bmi2,lzcnt")))

// The WordMasks of 64 bytes with one AVX-512 register: the nibble lookup of
// Avx2Classifier, and each class's mask straight from a byte test (no
// movemask, shift and OR of two halves). HighMasks are Avx2Classifier's.
struct Avx512Classifier {
  static constexpr bool kHasPopcount = true;
  static constexpr bool kHasMaskRegisters = true;

  LEDE_AVX512_TARGET static std::uint64_t Test(__m512i cls, char bits) {
    return _mm512_test_epi8_mask(cls, _mm512_set1_epi8(bits));
  }

  LEDE_AVX512_TARGET static WordMasks Words(const char* p) {
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

  LEDE_AVX512_TARGET static HighMasks High(const char* p) {
    return Avx2Classifier::High(p);
  }
};

#endif

inline int LowestBit(std::uint64_t x) { return __builtin_ctzll(x); }

// Bits [from, from + length) of a 128-bit mask split into this block's and
// the next block's 64 bits.
inline void SpanBits(int from, std::uint32_t length, std::uint64_t* here,
                     std::uint64_t* next) {
  const std::uint64_t ones = (std::uint64_t{1} << length) - 1;
  *here = ones << from;
  *next = from + static_cast<int>(length) > 64 ? ones >> (64 - from) : 0;
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
// characters and the CJK sentence ends among the bytes
// `high` (the block's bytes >= 0x80) of the block at `base`, whose ASCII
// letters, digits and bytes >= 0x80 are `wordish`. Kept out of line: most
// blocks have no such byte, and the counting loop keeps its registers.
__attribute__((noinline)) NonAsciiFix FixNonAscii(std::string_view text,
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

inline std::uint64_t LoadLittleEndian64(const char* p) {
  std::uint64_t bytes;
  std::memcpy(&bytes, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  bytes = __builtin_bswap64(bytes);
#endif
  return bytes;
}

// Kept out of line: the rare stops whose answer needs more than the bytes
// SettleNotedStops() loads.
__attribute__((noinline)) bool EndsSentenceSlowly(std::string_view text,
                                                  std::size_t i) {
  return IsSentenceEndAt(text, i);
}

// The sentence ends among noted stops: their number, and one past the
// offset of the last (or `last_end`, when that is larger).
struct StopTally {
  std::size_t sentences = 0;
  std::size_t last_end = 0;
};

// What a byte after a stop says about it, for SettleStops(): white space,
// a byte that is neither white space nor a closer nor >= 0x80 ("plain"), a
// lowercase letter (also plain), and a byte past the text's end (which reads
// as white space).
enum FollowBit : std::uint8_t {
  kFollowWhite = 1,
  kFollowPlain = 2,
  kFollowLower = 4,
  kFollowPast = 8,
};

struct FollowTable {
  std::uint8_t codes[256];
};

constexpr FollowTable MakeFollowTable() {
  FollowTable table{};
  for (int b = 0; b < 256; ++b) {
    const std::uint8_t cls = kByteClass.values[b];
    std::uint8_t code = 0;
    if (cls & (kByteBlank | kByteEol)) code |= kFollowWhite;
    if (!(cls & (kByteBlank | kByteEol | kByteCloser | kByteHigh))) {
      code |= kFollowPlain;
    }
    if (cls & kByteLower) code |= kFollowLower;
    table.codes[b] = code;
  }
  return table;
}

inline constexpr FollowTable kFollow = MakeFollowTable();

// IsSentenceEndAt() for the stops at the offsets `stops[0..count)` of
// `text`, without a branch for the common cases: a stop ends the text, or
// one white space byte follows it and then a byte that is no white space, or
// a byte follows it that is no white space, closer or non-ASCII byte. Reads
// the 8 bytes before each stop and the 2 after it where `buffer` (the buffer
// `text` lies in) holds them; bytes outside `text` are never counted (those
// after it count as its end, those before it as no letter). Other stops take
// the scalar rule. Whether a stop ends a sentence is what a branch predictor
// cannot guess.
__attribute__((always_inline)) inline StopTally SettleStopsWith(
    std::string_view text, std::string_view buffer, const std::size_t* stops,
    std::size_t count, std::size_t last_end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  constexpr std::uint32_t kPast = kFollowWhite | kFollowPast;
  const char* t = text.data();
  const std::size_t n = text.size();
  // The offsets whose bytes the loads reach lie in [lo, hi).
  const std::size_t offset = static_cast<std::size_t>(t - buffer.data());
  const std::size_t lo = offset >= 8 ? 0 : 8 - offset;
  const std::size_t room = buffer.size() - offset;  // >= n
  const std::size_t hi = room >= 3 ? std::min(n, room - 2) : 0;
  const std::size_t span = hi > lo ? hi - lo : 0;
  StopTally tally;
  tally.last_end = last_end;
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t i = stops[k];
    const char* at = t + i;
    std::uint32_t ends;
    if (i - lo < span) {
      // The two bytes after the stop; past the text's end, kPast.
      const std::size_t after = n - 1 - i;
      std::uint32_t next = kFollow.codes[static_cast<unsigned char>(at[1])];
      std::uint32_t second = kFollow.codes[static_cast<unsigned char>(at[2])];
      // Masks, not conditions (which compilers make branches).
      const std::uint32_t next_past =
          0u - static_cast<std::uint32_t>(after == 0);
      const std::uint32_t second_past =
          0u - static_cast<std::uint32_t>(after <= 1);
      next = (next & ~next_past) | (kPast & next_past);
      second = (second & ~second_past) | (kPast & second_past);
      // Settled: a plain byte next (no end), or white space next and then
      // no white space or the end (an end unless a lowercase letter).
      const std::uint32_t settled =
          ((next >> 1) | (next & (~second | (second >> 3)))) & 1;
      const std::uint32_t follows = next & ~(second >> 2) & 1;
      // The eight bytes before the stop, those before the text zeroed; the
      // letters right before it (a run of 8 when all are); the byte before
      // them and the word they make, lowercased.
      std::uint64_t before = LoadLittleEndian64(at - 8);
      if (i < 8) {
        before = i == 0 ? 0 : before & (~std::uint64_t{0} << (64 - 8 * i));
      }
      const std::uint64_t low7 = (before | 0x20 * kOnes) & 0x7F * kOnes;
      const std::uint64_t letters = (low7 + 0x1F * kOnes) &
                                    ~(low7 + 0x05 * kOnes) & ~before &
                                    0x80 * kOnes;
      const std::uint64_t gaps = letters ^ 0x80 * kOnes;
      const std::uint32_t run =
          static_cast<std::uint32_t>(__builtin_clzll(gaps | 1) + 1) >> 3;
      const std::uint32_t prev =
          static_cast<std::uint32_t>(before >> ((56 - 8 * run) & 63)) & 0xFF;
      const std::uint64_t word =
          (before | 0x20 * kOnes) >> ((64 - 8 * run) & 63);
      const std::uint32_t abbreviation =
          static_cast<std::uint32_t>(run - 1 < 7) &
          static_cast<std::uint32_t>(prev - '0' > 9) &
          (static_cast<std::uint32_t>(run == 1) |
           static_cast<std::uint32_t>(prev == '.') |
           static_cast<std::uint32_t>(IsAbbreviationKey(word)));
      const std::uint32_t dot = *at == '.';
      ends = settled != 0
                 ? follows & ~(dot & abbreviation)
                 : static_cast<std::uint32_t>(EndsSentenceSlowly(text, i));
    } else {
      ends = EndsSentenceSlowly(text, i);
    }
    tally.sentences += ends;
    // CJK ends were counted by the block loop, maybe after this stop.
    tally.last_end =
        ends != 0 ? std::max(tally.last_end, i + 1) : tally.last_end;
  }
  return tally;
}

// SettleStopsWith(), kept out of line (called once per text with stops, so
// that its loop has the registers to itself); SettleNotedStopsAvx2() below is
// the AVX2 one.
__attribute__((noinline)) StopTally SettleNotedStops(std::string_view text,
                                                     std::string_view buffer,
                                                     const std::size_t* stops,
                                                     std::size_t count,
                                                     std::size_t last_end) {
  return SettleStopsWith(text, buffer, stops, count, last_end);
}

#if LEDE_COUNT_AVX2
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
__attribute__((target("avx2"))) inline __m256i MatchBytes(__m256i table,
                                                          __m256i x) {
  return _mm256_cmpeq_epi8(x, _mm256_shuffle_epi8(table, x));
}

// The bytes of `x` in [first, first + count), unsigned.
__attribute__((target("avx2"))) inline __m256i BytesIn(__m256i x, char first,
                                                       char count) {
  const __m256i offset = _mm256_sub_epi8(x, _mm256_set1_epi8(first));
  return _mm256_cmpeq_epi8(
      offset, _mm256_min_epu8(offset, _mm256_set1_epi8(count - 1)));
}

// Whether byte `k` of each 64-bit lane of the byte mask `m` is set, as a
// lane mask.
template <int k>
__attribute__((target("avx2"))) inline __m256i LaneByte(__m256i m) {
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

// SettleStopsWith() four stops at a time, one to a 64-bit lane, by the same
// rules: the 8 bytes at each stop and the 8 before it are gathered, and the
// letters before it are found as the bytes above its highest non-letter
// (no run length, no shift by one). Groups that reach outside the bytes
// SettleStopsWith() may read, or hold a stop that needs the scalar rule,
// take SettleStopsWith().
__attribute__((noinline, target("avx2,bmi,bmi2,lzcnt,popcnt"))) StopTally
SettleNotedStopsAvx2(std::string_view text, std::string_view buffer,
                     const std::size_t* stops, std::size_t count,
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
    tally.sentences += static_cast<std::size_t>(__builtin_popcount(end_lanes));
    // CJK ends were counted by the block loop, maybe after these stops.
    const std::size_t last = stops[k + (31 - __builtin_clz(end_lanes | 1))] + 1;
    tally.last_end =
        end_lanes != 0 ? std::max(tally.last_end, last) : tally.last_end;
    k += 4;
  }
  return tally;
}

// GCC 12's AVX-512 headers fill the lanes an intrinsic leaves undefined
// from a variable initialised with itself, which its own -Wuninitialized then
// reports where those intrinsics are inlined.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// The bytes of `x` in [first, first + size), unsigned, as a byte mask.
LEDE_AVX512_TARGET inline std::uint64_t BytesIn512(__m512i x, char first,
                                                   char size) {
  return _mm512_cmplt_epu8_mask(_mm512_sub_epi8(x, _mm512_set1_epi8(first)),
                                _mm512_set1_epi8(size));
}

// Byte `k` of each 64-bit lane of the byte mask `m`, as a lane mask.
LEDE_AVX512_TARGET inline std::uint32_t LaneByte512(std::uint64_t m, int k) {
  return static_cast<std::uint32_t>(_pext_u64(m, 0x0101010101010101u << k));
}

// The 64-bit lanes with a bit of the byte mask `m`, as a lane mask.
LEDE_AVX512_TARGET inline std::uint32_t AnyInLane(std::uint64_t m) {
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
LEDE_AVX512_TARGET __attribute__((noinline)) StopTally SettleNotedStopsAvx512(
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
    tally.sentences += static_cast<std::size_t>(__builtin_popcount(end_lanes));
    // CJK ends were counted by the block loop, maybe after these stops.
    const std::size_t last = stops[k + (31 - __builtin_clz(end_lanes | 1))] + 1;
    tally.last_end =
        end_lanes != 0 ? std::max(tally.last_end, last) : tally.last_end;
    // The other stops are packed at the front of `stops`, over stops that
    // are settled (never past the lanes just read), to take the scalar rule
    // after the loop: a call here would make the compiler keep this loop's
    // registers on the stack.
    const __mmask8 slow = static_cast<__mmask8>(lanes & ~quick);
    _mm512_mask_compressstoreu_epi64(stops + slow_count, slow, at);
    slow_count += static_cast<std::size_t>(__builtin_popcount(slow));
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
#endif

// Counts one text. The classifier and whether sentences are counted are
// fixed at compile time, so that the AVX2 instance can be compiled whole for
// AVX2 (see CountTextAvx2()) with its state in registers, and a word count
// carries no sentence logic.
//
// Sentences are counted in two steps. The block loop only notes where the
// stops are that may end a sentence (those followed by no letter, digit or
// stop), two of them a block without a branch; SettleNotedStops*() then
// settles them from the bytes around each. Most blocks of prose hold a stop
// and many do not, so a branch on a block's stops is one that a predictor
// guesses wrong a third of the time; the loop over noted stops is not.
template <typename Classifier, bool kSentences>
class Counter {
 public:
  // Room for the stops of the blocks between two SettleStops(): a block
  // notes at most 64.
  static constexpr std::size_t kStopCapacity = 192;
  static constexpr std::size_t kFewStops = 4;

  // `buffer` is the buffer `text` lies in: its bytes around `text` may be
  // loaded (and are then ignored). `stops` has room for kStopCapacity
  // offsets (kept out of the counter, whose fields then stay in registers).
  Counter(std::string_view text, std::string_view buffer, std::size_t* stops)
      : text_(text), buffer_(buffer), stops_(stops) {}

  TextCounts Run() {
    const char* p = text_.data();
    const std::size_t n = text_.size();
    TextCounts counts;
    if (n == 0) return counts;
    std::size_t base = 0;
    while (n - base > 64) {
      base = AsciiBlocks(base);
      if (n - base > 64) {
        Block(base, p + base, 0);
        base += 64;
      }
    }
    // The last 1 to 64 bytes are read as the final 64 of the text (or of a
    // copy padded in front, for a shorter text), and the bytes before
    // `base` shifted out of the masks: no byte outside the text is counted.
    const int skip = static_cast<int>(64 - (n - base));
    if (n >= 64 || p + n - buffer_.data() >= 64) {
      // A short text inside a larger buffer is read as the 64 bytes that
      // end with it: a copy would stall the wide loads on narrow stores.
      Block(base, p + n - 64, skip);
    } else {
      alignas(32) char padded[64] = {};
      CopyShort(padded + skip, p, n);
      Block(base, padded, skip);
    }
    counts.words = words_;
    counts.cjk_characters = cjk_;
    if (kSentences) {
      SettleStops();
      // Text after the last end that holds a word is one more sentence.
      counts.sentences = sentences_ + (last_start_ > last_end_ ? 1 : 0);
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

  // One past the highest bit of `x`, or 0 for none.
  static std::size_t BitsUpTo(std::uint64_t x) {
    const std::size_t top =
        static_cast<std::size_t>(64 - __builtin_clzll(x | 1));
    return x != 0 ? top : 0;
  }

  // Counts the whole blocks from `base` on, up to the text's last 64 bytes,
  // while they hold no byte >= 0x80; returns where it stopped. Stops when
  // the stops noted leave no room for another block's, and settles them. The
  // same arithmetic as Block(), on copies of the counter's fields: in this loop
  // nothing is called, so they stay in registers (with the calls Block() may
  // make in its loop, compilers keep them and the classifier's tables in
  // memory), and a store of a stop's offset cannot alias them.
  std::size_t AsciiBlocks(std::size_t base) {
    const char* p = text_.data();
    const std::size_t n = text_.size();
    std::size_t words = words_;
    std::size_t last_start = last_start_;
    std::size_t noted = noted_;
    std::uint64_t prev_word = prev_word_;
    std::uint64_t prev_digit = prev_digit_;
    std::uint64_t prev_joined = prev_joined_;
    std::uint64_t prev_separated = prev_separated_;
    std::size_t* const stops = stops_;
    for (; n - base > 64; base += 64) {
      const WordMasks m = Classifier::Words(p + base);
      if (m.high != 0) break;
      const std::uint64_t word1 = (m.word << 1) | (prev_word >> 63);
      const std::uint64_t digit1 = (m.digit << 1) | (prev_digit >> 63);
      const std::uint64_t joined = m.joiner & word1;
      const std::uint64_t separated = m.numsep & digit1;
      const std::uint64_t starts =
          m.word & ~word1 & ~((joined << 1) | (prev_joined >> 63)) &
          ~(((separated << 1) | (prev_separated >> 63)) & m.digit);
      words += Popcount(starts);
      prev_word = m.word;
      prev_digit = m.digit;
      prev_joined = joined;
      prev_separated = separated;
      if (kSentences) {
        last_start = starts != 0 ? base + BitsUpTo(starts) : last_start;
        noted =
            NoteStopsAt(stops, noted, base, m.stop & ~((m.word | m.stop) >> 1));
        if (noted > kStopCapacity - 64) {
          base += 64;
          break;
        }
      }
    }
    words_ = words;
    last_start_ = last_start;
    noted_ = noted;
    prev_word_ = prev_word;
    prev_digit_ = prev_digit;
    prev_joined_ = prev_joined;
    prev_separated_ = prev_separated;
    // As after every block, room for the next block's stops.
    if (kSentences && noted_ > kStopCapacity - 64) SettleStops();
    return base;
  }

  // Counts the 64 bytes at `bytes`, which hold text from `base - skip` on
  // (the `skip` bytes before `base` were counted with the previous block, or
  // lie before the text).
  void Block(std::size_t base, const char* bytes, int skip) {
    WordMasks m = Classifier::Words(bytes);
    m.word >>= skip;
    m.high >>= skip;
    m.digit >>= skip;
    m.joiner >>= skip;
    m.numsep >>= skip;
    m.stop >>= skip;
    std::uint64_t word = m.word;
    std::uint64_t cjk_starts = 0;
    if (m.high != 0) {
      HighMasks h = Classifier::High(bytes);
      ShiftOut(&h, skip);
      const NonAsciiFix fix = FixNonAscii(text_, base, h, m.high, m.word);
      // The bytes of a character that began in the previous block are
      // >= 0x80, so its effect on this block waits for this branch.
      word &= ~(fix.clear | pending_clear_);
      pending_clear_ = fix.clear_next;
      cjk_starts = fix.cjk_starts;
      words_ += fix.cjk;
      cjk_ += fix.cjk;
      if (kSentences) {
        sentences_ += Popcount(fix.cjk_ends);
        if (fix.cjk_ends != 0) {
          last_end_ = std::max(last_end_, base + BitsUpTo(fix.cjk_ends));
        }
      }
    }

    // A word byte starts a word unless a word byte precedes it, or a joiner
    // after a word byte ("don't"), or a separator after a digit when it is
    // a digit too ("3.5").
    const std::uint64_t word1 = (word << 1) | (prev_word_ >> 63);
    const std::uint64_t digit1 = (m.digit << 1) | (prev_digit_ >> 63);
    const std::uint64_t joined = m.joiner & word1;
    const std::uint64_t separated = m.numsep & digit1;
    const std::uint64_t starts =
        word & ~word1 & ~((joined << 1) | (prev_joined_ >> 63)) &
        ~(((separated << 1) | (prev_separated_ >> 63)) & m.digit);
    words_ += Popcount(starts);
    prev_word_ = word;
    prev_digit_ = m.digit;
    prev_joined_ = joined;
    prev_separated_ = separated;
    if (kSentences) {
      const std::uint64_t all_starts = starts | cjk_starts;
      const std::size_t last_start = base + BitsUpTo(all_starts);
      last_start_ = all_starts != 0 ? last_start : last_start_;
      // A stop right before an ASCII letter, digit or stop ("3.5", "U.S",
      // "...") ends nothing. The next block's first byte is not known here,
      // so a stop in bit 63 is always noted.
      const std::uint64_t alnum = m.word & ~m.high;
      NoteStops(base, m.stop & ~((alnum | m.stop) >> 1));
    }
  }

  // Notes the offsets of the stops `stops` of the block at `base`.
  void NoteStops(std::size_t base, std::uint64_t stops) {
    noted_ = NoteStopsAt(stops_, noted_, base, stops);
    if (noted_ > kStopCapacity - 64) SettleStops();
  }

  // Writes the offsets of the stops `stops` of the block at `base` to `to`
  // from `noted` on; returns the new count. Two without a branch (with no
  // stop, an offset is written and not kept), any more one by one.
  static std::size_t NoteStopsAt(std::size_t* to, std::size_t noted,
                                 std::size_t base, std::uint64_t stops) {
    constexpr std::uint64_t kTop = std::uint64_t{1} << 63;
    to[noted] = base + static_cast<std::size_t>(LowestBit(stops | kTop));
    noted += stops != 0;
    stops &= stops - 1;
    to[noted] = base + static_cast<std::size_t>(LowestBit(stops | kTop));
    noted += stops != 0;
    stops &= stops - 1;
    for (; stops != 0; stops &= stops - 1) {
      to[noted++] = base + static_cast<std::size_t>(LowestBit(stops));
    }
    return noted;
  }

  // Counts the noted stops that end a sentence.
  void SettleStops() {
    if (noted_ == 0) return;
#if LEDE_COUNT_AVX2
    StopTally tally;
    if (noted_ < kFewStops) {
      // A few stops are settled sooner one by one: the AVX-512 settlement
      // waits on its gathers, and the AVX2 one takes a group of four.
      tally = SettleNotedStops(text_, buffer_, stops_, noted_, last_end_);
    } else if constexpr (Classifier::kHasMaskRegisters) {
      tally = SettleNotedStopsAvx512(text_, buffer_, stops_, noted_, last_end_);
    } else if constexpr (Classifier::kHasPopcount) {
      tally = SettleNotedStopsAvx2(text_, buffer_, stops_, noted_, last_end_);
    } else {
      tally = SettleNotedStops(text_, buffer_, stops_, noted_, last_end_);
    }
#else
    const StopTally tally =
        SettleNotedStops(text_, buffer_, stops_, noted_, last_end_);
#endif
    sentences_ += tally.sentences;
    last_end_ = tally.last_end;
    noted_ = 0;
  }

  std::string_view text_;
  std::string_view buffer_;
  std::size_t words_ = 0;
  std::size_t cjk_ = 0;
  std::size_t sentences_ = 0;
  // One past the offset of the last word start and of the last sentence end
  // (0 for none).
  std::size_t last_start_ = 0;
  std::size_t last_end_ = 0;
  // The previous block's masks, for the bits that carry into this one.
  std::uint64_t prev_word_ = 0;
  std::uint64_t prev_digit_ = 0;
  std::uint64_t prev_joined_ = 0;     // joiners after a word byte
  std::uint64_t prev_separated_ = 0;  // '.' and ',' after a digit
  // What the last block's characters do to the next block.
  std::uint64_t pending_clear_ = 0;
  // The stops noted since the last SettleStops(), by offset in `text_`.
  std::size_t noted_ = 0;
  std::size_t* stops_;
};

// Counts with `Classifier`, picking the instance for `count_sentences`.
template <typename Classifier>
TextCounts CountWith(std::string_view text, bool count_sentences,
                     std::string_view buffer) {
  if (buffer.data() == nullptr) buffer = text;
  if (count_sentences) {
    std::size_t stops[Counter<Classifier, true>::kStopCapacity];
    return Counter<Classifier, true>(text, buffer, stops).Run();
  }
  return Counter<Classifier, false>(text, buffer, nullptr).Run();
}

}  // namespace

bool IsSentenceEndAt(std::string_view text, std::size_t i) {
  return EndsByWhatFollows(text, i) &&
         (text[i] != '.' || !ClosesAbbreviation(text, i));
}

#if LEDE_COUNT_AVX2
// The whole counting loop compiled for AVX2 (and the bit instructions that
// come with it), everything it calls inlined: the classifier and the mask
// arithmetic then share registers instead of passing masks through memory.
__attribute__((target("avx2,popcnt,bmi,bmi2,lzcnt"), flatten)) TextCounts
CountTextAvx2(std::string_view text, bool count_sentences,
              std::string_view buffer) {
  return CountWith<Avx2Classifier>(text, count_sentences, buffer);
}

// The same with Avx512Classifier.
LEDE_AVX512_TARGET __attribute__((flatten)) TextCounts CountTextAvx512(
    std::string_view text, bool count_sentences, std::string_view buffer) {
  return CountWith<Avx512Classifier>(text, count_sentences, buffer);
}
#endif

TextCounts CountText(std::string_view text, bool count_sentences,
                     std::string_view buffer) {
#if LEDE_COUNT_AVX2
  if (CpuHasAvx512()) return CountTextAvx512(text, count_sentences, buffer);
  if (CpuHasAvx2()) return CountTextAvx2(text, count_sentences, buffer);
#endif
  return CountWith<PortableClassifier>(text, count_sentences, buffer);
}

TextCounts CountTextWithoutAvx512(std::string_view text, bool count_sentences,
                                  std::string_view buffer) {
#if LEDE_COUNT_AVX2
  if (CpuHasAvx2()) return CountTextAvx2(text, count_sentences, buffer);
#endif
  return CountWith<PortableClassifier>(text, count_sentences, buffer);
}

TextCounts CountTextWithoutAvx2(std::string_view text, bool count_sentences,
                                std::string_view buffer) {
  return CountWith<PortableClassifier>(text, count_sentences, buffer);
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
