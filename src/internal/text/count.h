// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: count.h
// -----------------------------------------------------------------------------
//
// Counting words and sentences in one pass over a block of text, 64 bytes at
// a time (with AVX-512 or AVX2 where ActiveIsa() says so, else with SSE2 or
// the portable classifier the build has; see cpu.h): each byte's class
// becomes a bit in a few 64-bit masks, a word start is a bit where a word
// byte follows a non-word byte, and the lead bytes of non-ASCII punctuation
// and CJK characters are settled by more masks or one by one. The stops that
// may end a sentence are noted as the blocks go by and settled afterwards
// (eight at a time with AVX-512, four with AVX2, else one by one), from the
// 8 bytes before and after each: whether a stop ends a sentence is what a
// branch predictor cannot guess. The kernel is count_kernel.h.
//
// What counts:
//   * A word is a run of letters and digits. An inner apostrophe or hyphen
//     (', -, U+2019, U+2010, U+2011) between two word characters joins them
//     ("don't", "well-known"); "." or "," between two digits joins them
//     ("3.5", "1,000"). Letters are ASCII letters and every non-ASCII
//     character that is not punctuation, a symbol, a space or CJK.
//   * Each CJK character (Han, kana; see ClassifyCodePoint()) is a word by
//     itself and is also counted in `cjk_characters`. Hangul is written with
//     spaces between words and counts like Latin text.
//   * A sentence ends at the last of a run of ".", "!" or "?" that is
//     followed, after any closing quotes or brackets, by white space or the
//     end of the text, unless the next word starts with a lowercase letter or
//     the "." closes an abbreviation (a single letter as in "J." or "U.S.",
//     a part of "a.m.", or a title such as "Mr.", "Dr.", "Gen.", "Jan.").
//     CJK 。！？ end a sentence wherever they are. Text after the last end
//     that holds a word is one more sentence, so a paragraph without final
//     punctuation is one sentence.

#ifndef LEDE_SRC_INTERNAL_TEXT_COUNT_H_
#define LEDE_SRC_INTERNAL_TEXT_COUNT_H_

#include <cstddef>
#include <string_view>

namespace lede {
namespace internal {

// TextCounts
//
// The counts of one piece of text. `words` includes `cjk_characters`.
struct TextCounts {
  std::size_t words = 0;
  std::size_t cjk_characters = 0;
  std::size_t sentences = 0;
};

// CountText()
//
// Counts the words of `text`, and its sentences when `count_sentences` is
// true (else `sentences` is 0). Linear in `text.size()`; never allocates.
// `buffer`, when given, is the buffer `text` lies in: its bytes around
// `text` may be loaded (never counted), which spares short texts a copy and
// lets a stop near the text's end be settled with whole-vector loads.
TextCounts CountText(std::string_view text, bool count_sentences,
                     std::string_view buffer = {});

// IsSentenceEndAt()
//
// Returns true when `text[i]` ('.', '!' or '?') ends a sentence by the rule
// above. Reads a bounded number of bytes around `i`.
bool IsSentenceEndAt(std::string_view text, std::size_t i);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_COUNT_H_
