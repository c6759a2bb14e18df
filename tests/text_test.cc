// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of the text layer under the body parser: byte classes, the UTF-8
// decoder, word and sentence counting, and the body's line recognisers.

#include <cstddef>
#include <cstring>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "src/internal/body/rules.h"
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

TEST(DecodeUtf8Test, NeverReadsPastTheEnd) {
  const std::string text = "\xE2\x82\xAC";
  EXPECT_TRUE(DecodeUtf8(text.data(), text.data() + 3).valid);
  const Utf8Char truncated = DecodeUtf8(text.data(), text.data() + 2);
  EXPECT_FALSE(truncated.valid);
  EXPECT_EQ(truncated.length, 2u);
}

TEST(FindLineEndTest, FindsLfAndCrPastSixteenBytes) {
  const std::string text = std::string(40, 'a') + "\r\nb";
  EXPECT_EQ(FindLineEnd(text.data(), text.data() + text.size()),
            text.data() + 40);
  EXPECT_EQ(FindLineEnd(text.data(), text.data() + 10), text.data() + 10);
}

// ---- Line recognisers
// -----------------------------------------------------------

TEST(BodyRulesTest, RecognisesAtxHeadings) {
  EXPECT_EQ(AtxHeadingLevel("# A"), 1);
  EXPECT_EQ(AtxHeadingLevel("###### A"), 6);
  EXPECT_EQ(AtxHeadingLevel("####### A"), 0);
  EXPECT_EQ(AtxHeadingLevel("#hashtag"), 0);
  EXPECT_EQ(AtxHeadingLevel("##"), 2);
  EXPECT_EQ(AtxHeadingText("## Title ##  "), "Title");
  EXPECT_EQ(AtxHeadingText("## C# #"), "C#");
  EXPECT_EQ(AtxHeadingText("## Issue#5"), "Issue#5");
  EXPECT_EQ(AtxHeadingText("###"), "");
}

TEST(BodyRulesTest, RecognisesMarkdownLineStarts) {
  EXPECT_EQ(SetextUnderline("====="), '=');
  EXPECT_EQ(SetextUnderline("--- "), '-');
  EXPECT_EQ(SetextUnderline("-- x"), 0);
  EXPECT_TRUE(IsThematicBreak("* * *"));
  EXPECT_FALSE(IsThematicBreak("**"));
  Fence fence;
  EXPECT_TRUE(OpensFence("```python", &fence));
  EXPECT_EQ(fence.length, 3u);
  EXPECT_FALSE(ClosesFence("``", fence));
  EXPECT_TRUE(ClosesFence("````  ", fence));
  EXPECT_FALSE(OpensFence("``` a`b", &fence));
  EXPECT_TRUE(IsListItem("- a"));
  EXPECT_TRUE(IsListItem("12. a"));
  EXPECT_TRUE(IsListItem("3) a"));
  EXPECT_FALSE(IsListItem("2024.Next"));
  EXPECT_FALSE(IsListItem("-5 degrees"));
  EXPECT_TRUE(IsHtmlStart("<div>"));
  EXPECT_FALSE(IsHtmlStart("< 5"));
}

struct HeadingLikeCase {
  std::string line;
  bool heading;
};

class HeadingLikeTest : public testing::TestWithParam<HeadingLikeCase> {};

TEST_P(HeadingLikeTest, ReadsAsHeadingOrProse) {
  EXPECT_EQ(IsHeadingLike(GetParam().line), GetParam().heading)
      << GetParam().line;
  EXPECT_EQ(IsHeadingLikeByteByByte(GetParam().line), GetParam().heading)
      << GetParam().line;
}

// Lines of up to 64 bytes are read from masks of their bytes' classes,
// longer ones byte by byte: both ways agree on lines of every length around
// 64, of words in every case, with blanks, tabs, digits, commas, question
// marks, non-ASCII letters and small function words.
TEST(HeadingLikeTest, MasksAgreeWithTheByteByByteReading) {
  static const char* const kPieces[] = {"A",
                                        "Word",
                                        "word",
                                        "WORD",
                                        "with",
                                        "between",
                                        "by",
                                        "of",
                                        "x",
                                        "3",
                                        "2024",
                                        " ",
                                        "  ",
                                        "\t",
                                        ",",
                                        ";",
                                        "?",
                                        ")",
                                        "(",
                                        "-",
                                        "'s",
                                        ".",
                                        "Caf\xC3\xA9",
                                        "\xC3\x89t\xC3\xA9",
                                        "\xE2\x80\x94",
                                        "\xE6\x9D\xB1",
                                        "Amidst",
                                        "and",
                                        "\xC3",
                                        "ab",
                                        "abcd",
                                        "Abcd",
                                        "aBCD",
                                        "intoxicating"};
  std::mt19937 rng(5);
  std::uniform_int_distribution<std::size_t> piece(
      0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::uniform_int_distribution<int> count(1, 40);
  int headings = 0;
  for (int i = 0; i < 40000; ++i) {
    std::string line;
    const int n = count(rng);
    for (int k = 0; k < n; ++k) {
      line += kPieces[piece(rng)];
      if (rng() % 2 == 0) line += ' ';
    }
    if (rng() % 3 == 0) line[0] = 'T';
    const bool reference = IsHeadingLikeByteByByte(line);
    headings += reference ? 1 : 0;
    ASSERT_EQ(IsHeadingLike(line), reference) << testing::PrintToString(line);
  }
  EXPECT_GT(headings, 1000);  // the random lines reach both answers
}

INSTANTIATE_TEST_SUITE_P(
    Lines, HeadingLikeTest,
    testing::ValuesIn(std::vector<HeadingLikeCase>{
        {"Symbolic Visit Amidst Global Tensions", true},
        {"Context of the Moscow Attack", true},
        {"Deepening Ties Between North Korea and Russia", true},
        {"HARBOUR REOPENS", true},
        {"What Happens Next?", true},
        {"What happens next?", true},
        {"Talks with Russia Resume", true},
        {"2024 in Review", true},
        {"\xC3\x89t\xC3\xA9 in Paris", true},
        // Near misses.
        {"The harbour was quiet and nobody could say why", false},
        {"Officials Met on Tuesday.", false},
        {"\"We Will Not Leave\"", false},
        {"\xE2\x80\x9CWe Will Not Leave\xE2\x80\x9D", false},
        {"It Is Over!\"", false},
        {"Jane Doe, John Roe, Max Sample", false},
        {"Jane Doe; John Roe", false},
        {"Is this really the right moment to make such a big change?", false},
        {"One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve "
         "Thirteen",
         false},
        {"lowercase start", false},
        {"- A List Item", false},
        {"Wait For It\xE2\x80\xA6", false},
        {"Note:", false},
        {"", false},
    }));

}  // namespace
}  // namespace internal
}  // namespace lede
