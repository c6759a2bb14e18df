// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of the body's line recognisers (src/internal/body/rules.h).

#include <cstddef>
#include <cstring>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"
#include "src/internal/body/rules.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace {

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
