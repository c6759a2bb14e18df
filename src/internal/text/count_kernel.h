// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The generic kernel of CountText() (count.h), as simdjson's src/generic/ is:
// the block loop (Counter) written once around a Classifier, which each
// ISA's file provides and instantiates (count.cc: the portable and SSE2
// ones; count_avx2.cc, count_avx512.cc, compiled with their target options).
// A Classifier is a struct of static functions:
//   WordMasks Words(const char* p)    the word classes of the 64 bytes at p
//   HighMasks High(const char* p)     their lead bytes, for blocks with any
//   StopTally Settle(text, buffer, stops, count, last_end)
//                                     settles kFewStops or more noted stops
//   kHasPopcount                      whether POPCNT may be used
// The inline parts are in an unnamed namespace: each ISA's file compiles
// its own copy, with its own target options, and no copy of one ISA can be
// picked by the linker for another's caller.

#ifndef LEDE_SRC_INTERNAL_TEXT_COUNT_KERNEL_H_
#define LEDE_SRC_INTERNAL_TEXT_COUNT_KERNEL_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "absl/base/attributes.h"
#include "absl/numeric/bits.h"
#include "src/internal/text/count.h"
#include "src/internal/text/count_rules.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {

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

// What the non-ASCII characters of a block do to its masks.
struct NonAsciiFix {
  std::uint64_t clear = 0;       // word bits to clear in this block
  std::uint64_t clear_next = 0;  // and in the next (a character split)
  std::uint64_t cjk_starts = 0;  // CJK characters, each a word
  std::uint64_t cjk_ends = 0;    // CJK sentence ends
  std::size_t cjk = 0;           // the number of CJK characters
};

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
    const std::uint16_t cls = kByteClass.values[b];
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

// FixNonAscii()
//
// Finds the non-ASCII punctuation (whose word bits are cleared), the CJK
// characters and the CJK sentence ends among the bytes
// `high` (the block's bytes >= 0x80) of the block at `base`, whose ASCII
// letters, digits and bytes >= 0x80 are `wordish`. Kept out of line: most
// blocks have no such byte, and the counting loop keeps its registers.
NonAsciiFix FixNonAscii(std::string_view text, std::size_t base,
                        const HighMasks& h, std::uint64_t high,
                        std::uint64_t wordish);

// EndsSentenceSlowly()
//
// IsSentenceEndAt(), kept out of line: the rare stops whose answer needs more
// than the bytes the settlements load.
bool EndsSentenceSlowly(std::string_view text, std::size_t i);

// SettleNotedStops()
//
// SettleStopsWith() below, kept out of line (called once per text with
// stops, so that its loop has the registers to itself).
StopTally SettleNotedStops(std::string_view text, std::string_view buffer,
                           const std::size_t* stops, std::size_t count,
                           std::size_t last_end);

// The vector instances of CountText(), each in its ISA's file.
TextCounts CountTextAvx2(std::string_view text, bool count_sentences,
                         std::string_view buffer);
TextCounts CountTextAvx512(std::string_view text, bool count_sentences,
                           std::string_view buffer);

namespace {

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

inline int LowestBit(std::uint64_t x) { return absl::countr_zero(x); }

inline std::uint64_t LoadLittleEndian64(const char* p) {
  std::uint64_t bytes;
  std::memcpy(&bytes, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  bytes = __builtin_bswap64(bytes);
#endif
  return bytes;
}

// IsSentenceEndAt() for the stops at the offsets `stops[0..count)` of
// `text`, without a branch for the common cases: a stop ends the text, or
// one white space byte follows it and then a byte that is no white space, or
// a byte follows it that is no white space, closer or non-ASCII byte. Reads
// the 8 bytes before each stop and the 2 after it where `buffer` (the buffer
// `text` lies in) holds them; bytes outside `text` are never counted (those
// after it count as its end, those before it as no letter). Other stops take
// the scalar rule. Whether a stop ends a sentence is what a branch predictor
// cannot guess.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline StopTally SettleStopsWith(
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
          static_cast<std::uint32_t>(absl::countl_zero(gaps | 1) + 1) >> 3;
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
      return static_cast<std::size_t>(absl::popcount(x));
    } else {
      return static_cast<std::size_t>(CountBits(x));
    }
  }

  // One past the highest bit of `x`, or 0 for none.
  static std::size_t BitsUpTo(std::uint64_t x) {
    const std::size_t top =
        static_cast<std::size_t>(64 - absl::countl_zero(x | 1));
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
    // A few stops are settled sooner one by one: the AVX-512 settlement
    // waits on its gathers, and the AVX2 one takes a group of four.
    const StopTally tally =
        noted_ < kFewStops
            ? SettleNotedStops(text_, buffer_, stops_, noted_, last_end_)
            : Classifier::Settle(text_, buffer_, stops_, noted_, last_end_);
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
}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_COUNT_KERNEL_H_
