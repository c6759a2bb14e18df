// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of word and sentence counting (src/internal/text/count.h), each
// ISA's code against the scalar reference.

#include <cstddef>
#include <cstring>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "src/internal/text/count.h"
#include "src/internal/text/text_class.h"
#include "tests/testing/count_reference.h"

namespace lede {
namespace internal {
namespace {

struct CountCase {
  std::string name;
  std::string text;
  std::size_t words;
  std::size_t cjk;
  std::size_t sentences;
};

void PrintTo(const CountCase& c, std::ostream* os) { *os << c.name; }

class CountTextTest : public testing::TestWithParam<CountCase> {};

TEST_P(CountTextTest, CountsWordsAndSentences) {
  const CountCase& c = GetParam();
  const TextCounts counts = CountText(c.text, true);
  EXPECT_EQ(counts.words, c.words);
  EXPECT_EQ(counts.cjk_characters, c.cjk);
  EXPECT_EQ(counts.sentences, c.sentences);
  const TextCounts scalar = CountTextScalar(c.text, true);
  EXPECT_EQ(scalar.words, c.words);
  EXPECT_EQ(scalar.cjk_characters, c.cjk);
  EXPECT_EQ(scalar.sentences, c.sentences);
}

INSTANTIATE_TEST_SUITE_P(
    Prose, CountTextTest,
    testing::ValuesIn(std::vector<CountCase>{
        {"Empty", "", 0, 0, 0},
        {"NoFinalPunctuation", "Hello world", 2, 0, 1},
        {"Titles", "Mr. Smith met Dr. Jones. They talked.", 7, 0, 2},
        {"Initials", "J. R. Tolkien wrote it. Then he left.", 8, 0, 2},
        {"CountryAbbreviation", "The U.S. team won. Fans cheered.", 7, 0, 2},
        {"Decimals", "Growth was 3.5 percent. It rose.", 6, 0, 2},
        {"Thousands", "About 1,000 people came.", 4, 0, 1},
        {"Hyphenated", "A well-known, long-running show.", 4, 0, 1},
        {"Apostrophes", "Don't stop. It\xE2\x80\x99s fine.", 4, 0, 2},
        {"DashesSeparate", "rock -- roll - and \xE2\x80\x94 jazz", 4, 0, 1},
        {"Times", "We leave at 5 p.m. Friday. Then rest.", 9, 0, 2},
        {"QuotedEnd", "\"We are ready,\" she said. \"We go.\"", 7, 0, 2},
        {"ExclamationInQuote",
         "She said \xE2\x80\x9CStop!\xE2\x80\x9D and left.", 5, 0, 1},
        {"Ellipsis", "Wait... what? Yes.", 3, 0, 2},
        {"NumberAtEnd", "The year was 2024. Next came 2025.", 7, 0, 2},
        {"Cjk",
         "\xE5\x8C\x97\xE4\xBA\xAC\xE6\x98\xAF\xE9\xA6\x96\xE9\x83\xBD"
         "\xE3\x80\x82",
         5, 5, 1},
        {"MixedCjk", "Tokyo \xE6\x9D\xB1\xE4\xBA\xAC 2024", 4, 2, 1},
        {"CjkGluedToLatin",
         "abc\xE6\x9D\xB1"
         "def",
         3, 1, 1},
        {"Accents",
         "Caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
         "e.",
         3, 0, 1},
        {"Cyrillic",
         "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 "
         "\xD0\xB8",
         2, 0, 1},
        {"Hangul", "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xEB\x8B\xA8", 2, 0,
         1},
        {"CurlyQuotesAreNotWords",
         "\xE2\x80\x9CYes\xE2\x80\x9D \xE2\x80\x98no\xE2\x80\x99", 2, 0, 1},
        {"Emoji", "Great \xF0\x9F\x98\x80 news", 2, 0, 1},
        {"NbspSeparates", "one\xC2\xA0two", 2, 0, 1},
        {"LongWordAcrossBlocks", std::string(200, 'x') + " y", 2, 0, 1},
        {"CrlfAfterStop", "It rained.\r\nThen it stopped.", 5, 0, 2},
        {"LfAfterStop", "It rained.\nthen it stopped.", 5, 0, 1},
        {"QuoteAfterStop", "\"It rained.\" Then it stopped.", 5, 0, 2},
        {"CurlyQuoteAfterStop",
         "\xE2\x80\x9CIt rained.\xE2\x80\x9D Then it stopped.", 5, 0, 2},
        {"GuillemetAfterStop", "It rained.\xC2\xBB Then it stopped.", 5, 0, 2},
        {"BracketsAfterStop", "(It rained.) [Then it stopped.]", 5, 0, 2},
        {"WhiteBeforeEnd", "It rained.  \r\n ", 2, 0, 1},
        {"AbbreviationAtStart", "Dr. Jones came.", 3, 0, 1},
        {"AbbreviationAtEnd", "They met the Gen.", 4, 0, 1},
        {"InitialAtStart", "J. Smith came.", 3, 0, 1},
        {"TimesSign",
         "3\xC3\x97"
         "4 is 12.",
         4, 0, 1},
        {"ApostropheAfterClosingQuote", "Yes.\xC2\xBB\xE2\x80\x99\xE2\x80\x99",
         2, 0, 2},
    }),
    [](const testing::TestParamInfo<CountCase>& param_info) {
      return param_info.param.name;
    });

// The 64-byte mask counter and the byte-at-a-time reference agree on random
// text, including characters split across 64-byte blocks.
TEST(CountTextPropertyTest, MaskCounterMatchesScalarReference) {
  static const char* const kPieces[] = {
      "a",
      "Z",
      "9",
      " ",
      "\n",
      ".",
      "!",
      "?",
      ",",
      "'",
      "-",
      "\"",
      ")",
      "\xE2\x80\x99",
      "\xE2\x80\x9D",
      "\xE2\x80\x94",
      "\xC3\xA9",
      "\xC2\xA0",
      "\xE6\x9D\xB1",
      "\xE3\x80\x82",
      "\xEF\xBC\x81",
      "\xF0\x9F\x98\x80",
      "\xF0\xA0\x80\x80",
      "\x80",
      "\xC3",
      "\xED\xA0\x80",
      "Mr",
      "U.S",
      "3.5",
      "\t",
      "\r",
      "]",
      "\xC2\xBB",
      "                 ",
      "\")\"\")\"\")\"\")\"\")\"\")\"",
  };
  std::mt19937 rng(99);
  std::uniform_int_distribution<std::size_t> piece(
      0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::uniform_int_distribution<int> length(0, 300);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int n = length(rng);
    for (int k = 0; k < n; ++k) text += kPieces[piece(rng)];
    for (bool sentences : {false, true}) {
      const TextCounts slow = CountTextScalar(text, sentences);
      for (const TextCounts& fast : CountTextWithEveryIsa(text, sentences)) {
        ASSERT_EQ(fast.words, slow.words) << testing::PrintToString(text);
        ASSERT_EQ(fast.cjk_characters, slow.cjk_characters)
            << testing::PrintToString(text);
        ASSERT_EQ(fast.sentences, slow.sentences)
            << testing::PrintToString(text);
      }
    }
    // A piece of the text counted with the text before it readable: the
    // bytes in front are loaded but must not count.
    if (text.empty()) continue;
    std::uniform_int_distribution<std::size_t> cut(0, text.size());
    std::size_t a = cut(rng);
    std::size_t b = cut(rng);
    if (a > b) std::swap(a, b);
    const std::string_view slice = std::string_view(text).substr(a, b - a);
    for (bool sentences : {false, true}) {
      const TextCounts slow = CountTextScalar(slice, sentences);
      for (const TextCounts& fast :
           CountTextWithEveryIsa(slice, sentences, text)) {
        ASSERT_EQ(fast.words, slow.words) << testing::PrintToString(slice);
        ASSERT_EQ(fast.cjk_characters, slow.cjk_characters)
            << testing::PrintToString(slice);
        ASSERT_EQ(fast.sentences, slow.sentences)
            << testing::PrintToString(slice);
      }
    }
  }
}

// Stops, abbreviations, quotes, line ends and non-ASCII characters at every
// offset around the 64-byte block edges, and at the text's end: the mask
// counter settles what follows a stop across blocks, and needs the same
// answers as the byte-at-a-time reference.
TEST(CountTextEdgeTest, MaskCounterMatchesScalarAroundBlockEdges) {
  static const char* const kTails[] = {
      ". Next",
      ".\nNext",
      ".\r\nNext",
      ". next",
      ".\r\nnext",
      ".  \t Next",
      ".\" Next",
      ".\")] Next",
      ".\"next",
      ".\xE2\x80\x9D Next",
      ".\xE2\x80\x99 next",
      ".\xC2\xBB\xE2\x80\x99\xE2\x80\x99x",
      "!",
      "?\"",
      ".",
      ". ",
      ".\r\n",
      ".\"",
      "...",
      "?!",
      " Mr. Smith",
      " U.S. Army",
      " J. R. Smith",
      " 5 p.m. Friday",
      " approx. Ten",
      " no. Ten",
      " 3.5. Ten",
      " tr\xC3\xA8s. Ten",
      " \xC3\x97 \xC3\xB7 x",
      " a\xC2\xA0"
      "b",
      " don\xE2\x80\x99t \xE2\x80\x94 x",
      " well\xE2\x80\x90known",
      " \xE6\x9D\xB1\xE3\x80\x82\xE4\xBA\xAC",
      " \xE2\x80\xA6 \xE2\x82\xAC",
      ".                    Next",
      ".                    next",
      ".\"\")\"\")\"\")\"\")\"\")\"\" Next",
      ".\"\")\"\")\"\")\"\")\"\")\"\"next",
  };
  for (const char* tail : kTails) {
    for (std::size_t length = 0; length < 140; ++length) {
      for (const char* filler : {"a", " "}) {
        std::string text;
        while (text.size() < length) text += filler;
        text += tail;
        for (const std::string& t :
             {text, text + " Then more.", text + std::string(70, ' ') + "X."}) {
          for (bool sentences : {false, true}) {
            const TextCounts slow = CountTextScalar(t, sentences);
            for (const TextCounts& fast : CountTextWithEveryIsa(t, sentences)) {
              ASSERT_EQ(fast.words, slow.words) << testing::PrintToString(t);
              ASSERT_EQ(fast.cjk_characters, slow.cjk_characters)
                  << testing::PrintToString(t);
              ASSERT_EQ(fast.sentences, slow.sentences)
                  << testing::PrintToString(t);
            }
          }
          // The same text as a slice of a larger buffer, with bytes before
          // and after it that would change the counts if they were read as
          // text: letters that would lengthen a word before a stop, and a
          // lowercase word after a final stop.
          for (const char* before : {"Before. ", "Before Xy"}) {
            const std::string buffer = before + t + "x. after";
            const std::string_view slice =
                std::string_view(buffer).substr(std::strlen(before), t.size());
            const TextCounts slow = CountTextScalar(slice, true);
            for (const TextCounts& fast :
                 CountTextWithEveryIsa(slice, true, buffer)) {
              ASSERT_EQ(fast.words, slow.words)
                  << testing::PrintToString(slice);
              ASSERT_EQ(fast.sentences, slow.sentences)
                  << testing::PrintToString(slice);
            }
          }
        }
      }
    }
  }
}

// Texts dense with stops, long enough that the noted stops fill the
// counter's buffer many times over, in runs of plain ASCII blocks (counted
// in registers) broken now and then by a block with a non-ASCII character:
// every stop must be settled once, and none written past the buffer (the
// sanitizer builds check the writes).
TEST(CountTextEdgeTest, ManyStopsInLongTexts) {
  static const char* const kPieces[] = {
      ". ", "A. ", "Mr. X. ", "? ", "!\n", ".\"", "3.5. ", "a.", "U.S. Army. "};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> piece(
      0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  for (int round = 0; round < 40; ++round) {
    std::string text;
    const std::size_t size = 2000 + 500 * static_cast<std::size_t>(round);
    while (text.size() < size) {
      text += kPieces[piece(rng)];
      if (rng() % 997 == 0) text += "\xC3\xA9. ";
    }
    for (bool sentences : {false, true}) {
      const TextCounts slow = CountTextScalar(text, sentences);
      for (const TextCounts& fast : CountTextWithEveryIsa(text, sentences)) {
        ASSERT_EQ(fast.words, slow.words) << round;
        ASSERT_EQ(fast.sentences, slow.sentences) << round;
      }
    }
  }
}

// Stops in a text's first eight bytes, with letters right before the text in
// its buffer: those letters are no part of the word before a stop, so "J."
// stays an initial and "Mr." a title, four stops at a time as one by one.
TEST(CountTextEdgeTest, LettersBeforeTheTextAreNoPartOfAWord) {
  for (const char* text :
       {"J. K. L. M. N. O. Next one.", "r. Mr. Dr. St. No. Next one.",
        "a. b. c. d. e. f. g. h. i. j. End."}) {
    for (const char* before : {"", " ", "Xy", "Abcdefgh"}) {
      const std::string buffer = std::string(before) + text + " x. y";
      const std::string_view slice = std::string_view(buffer).substr(
          std::strlen(before), std::strlen(text));
      const TextCounts slow = CountTextScalar(slice, true);
      for (const TextCounts& fast :
           CountTextWithEveryIsa(slice, true, buffer)) {
        EXPECT_EQ(fast.sentences, slow.sentences) << before << "|" << text;
        EXPECT_EQ(fast.words, slow.words) << before << "|" << text;
      }
    }
  }
}

}  // namespace
}  // namespace internal
}  // namespace lede
