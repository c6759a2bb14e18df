// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Hostile and bad inputs: each parses, without a crash, to a result whose
// invariants hold (tests/testing/article_invariants.h), with a warning that
// names the byte offset where something was wrong. And the caps of
// ParseOptions do what article.h says.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "lede/json.h"
#include "tests/testing/article_invariants.h"
#include "tests/testing/json_check.h"

namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Field;

lede::ArticleView MustParse(lede::ArticleParser& parser,
                            std::string_view text) {
  absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
  EXPECT_TRUE(view.ok()) << view.status();
  if (!view.ok()) return lede::ArticleView();
  EXPECT_EQ(lede_testing::CheckArticleInvariants(*view), "");
  std::string json;
  lede::ToJson(*view, lede::JsonOptions(), &json);
  EXPECT_EQ(lede_testing::CheckJson(json), "");
  return *view;
}

auto WarningAt(lede::WarningCode code, std::size_t offset) {
  return AllOf(Field(&lede::Warning::code, code),
               Field(&lede::Warning::offset, offset));
}

bool HasWarning(const lede::ArticleView& view, lede::WarningCode code) {
  for (const lede::Warning& warning : view.warnings) {
    if (warning.code == code) return true;
  }
  return false;
}

std::string Repeat(std::string_view piece, std::size_t count) {
  std::string out;
  out.reserve(piece.size() * count);
  for (std::size_t i = 0; i < count; ++i) out.append(piece);
  return out;
}

TEST(RobustnessTest, EmptyInputGivesAnEmptyResult) {
  lede::ArticleParser parser;
  const lede::ArticleView view = MustParse(parser, "");
  EXPECT_TRUE(view.sections.empty());
  EXPECT_FALSE(view.date.has_value());
  EXPECT_EQ(view.stats.words, 0u);
  EXPECT_EQ(view.stats.reading_minutes, 0u);
  EXPECT_THAT(view.warnings,
              Contains(WarningAt(lede::WarningCode::kNoDate, 0)));
}

TEST(RobustnessTest, OnlyWhiteSpaceHasNoBlocks) {
  lede::ArticleParser parser;
  const lede::ArticleView view = MustParse(parser, " \t\n\r\n  \n\t\t");
  EXPECT_TRUE(view.sections.empty());
  EXPECT_EQ(view.stats.words, 0u);
}

TEST(RobustnessTest, OnlyABomIsStrippedWithAWarning) {
  lede::ArticleParser parser;
  const lede::ArticleView view = MustParse(parser, "\xEF\xBB\xBF");
  EXPECT_TRUE(view.sections.empty());
  EXPECT_THAT(view.warnings,
              Contains(WarningAt(lede::WarningCode::kBomStripped, 0)));
}

TEST(RobustnessTest, NulBytesAreWarnedAboutWithTheirOffset) {
  lede::ArticleParser parser;
  const std::string text("First paragraph.\n\nSecond \0 paragraph.\n", 38);
  const lede::ArticleView view = MustParse(parser, text);
  EXPECT_THAT(view.warnings,
              Contains(WarningAt(lede::WarningCode::kNulByte, 25)));
  EXPECT_EQ(view.stats.paragraphs, 2u);
}

struct BadUtf8Case {
  const char* name;
  std::string text;
  std::size_t offset;  // of the first bad byte
};

class InvalidUtf8Test : public ::testing::TestWithParam<BadUtf8Case> {};

TEST_P(InvalidUtf8Test, WarnsAtTheFirstBadByteAndKeepsTheText) {
  lede::ArticleParser parser;
  const lede::ArticleView view = MustParse(parser, GetParam().text);
  EXPECT_THAT(view.warnings, Contains(WarningAt(lede::WarningCode::kInvalidUtf8,
                                                GetParam().offset)));
  ASSERT_FALSE(view.sections.empty());
}

INSTANTIATE_TEST_SUITE_P(
    BadSequences, InvalidUtf8Test,
    ::testing::ValuesIn(std::vector<BadUtf8Case>{
        {"Overlong", "Plain text \xC0\xAF here.\n", 11},
        {"OverlongThreeBytes", "Plain text \xE0\x80\xAF here.\n", 11},
        {"Surrogate", "Plain text \xED\xA0\x80 here.\n", 11},
        {"TruncatedAtEnd", "Plain text \xE2\x82", 11},
        {"TruncatedMidText", "Plain text \xE2\x82 here.\n", 11},
        {"LoneContinuation", "Plain text \x80 here.\n", 11},
        {"AboveMaximum", "Plain text \xF4\x90\x80\x80 here.\n", 11},
        {"InvalidLeadByte", "Plain text \xFF here.\n", 11},
    }),
    [](const ::testing::TestParamInfo<BadUtf8Case>& param_info) {
      return std::string(param_info.param.name);
    });

TEST(RobustnessTest, ASixtyFourMegabyteSingleLineParsesWhole) {
  lede::ArticleParser parser;
  const std::string text = Repeat("word ", (64u << 20) / 5);
  const lede::ArticleView view = MustParse(parser, text);
  ASSERT_EQ(view.sections.size(), 1u);
  ASSERT_EQ(view.sections[0].blocks.size(), 1u);
  EXPECT_EQ(view.sections[0].blocks[0].length, text.size());
  EXPECT_EQ(view.stats.words, text.size() / 5);
}

TEST(RobustnessTest, AMillionBlankLinesParse) {
  lede::ArticleParser parser;
  const std::string text = Repeat("\n", 1000000) + "Last words.\n";
  const lede::ArticleView view = MustParse(parser, text);
  ASSERT_EQ(view.sections.size(), 1u);
  EXPECT_EQ(view.sections[0].blocks[0].offset, 1000000u);
}

TEST(RobustnessTest, AHundredThousandHeadingsEachStartASection) {
  lede::ArticleParser parser;
  const std::string text = Repeat("## Heading\n\nBody text.\n\n", 100000);
  const lede::ArticleView view = MustParse(parser, text);
  EXPECT_EQ(view.sections.size(), 100000u);
}

TEST(RobustnessTest, AHundredThousandHeaderLinesAreReadAsAHeader) {
  lede::ArticleParser parser;
  const std::string text = "Date: 2024-03-25\n" +
                           Repeat("X-Key: some value\n", 100000) +
                           "\nThe body.\n";
  const lede::ArticleView view = MustParse(parser, text);
  EXPECT_EQ(view.header_style, lede::HeaderStyle::kKeyValue);
  EXPECT_EQ(view.headers.size(), 100001u);
  EXPECT_TRUE(view.date.has_value());
}

TEST(RobustnessTest, UnterminatedFrontMatterIsAllBodyWithAWarning) {
  lede::ArticleParser parser;
  const std::string text =
      "---\ntitle: Never Closed\ndate: 2024-03-25\n\nBody.\n";
  const lede::ArticleView view = MustParse(parser, text);
  EXPECT_THAT(
      view.warnings,
      Contains(WarningAt(lede::WarningCode::kUnterminatedFrontMatter, 0)));
  EXPECT_EQ(view.body_offset, 0u);
}

TEST(RobustnessTest, FrontMatterWithTenThousandKeysParses) {
  lede::ArticleParser parser;
  std::string text = "---\n";
  for (int i = 0; i < 10000; ++i) {
    text += "key" + std::to_string(i) + ": value " + std::to_string(i) + "\n";
  }
  text += "---\nBody.\n";
  const lede::ArticleView view = MustParse(parser, text);
  EXPECT_EQ(view.header_style, lede::HeaderStyle::kYaml);
  EXPECT_EQ(view.headers.size(), 10000u);
}

TEST(RobustnessTest, AMegabyteOfDigitsAsADateIsWarnedAboutAndKept) {
  lede::ArticleParser parser;
  const std::string text =
      "Date: " + std::string(1u << 20, '7') + "\n\nBody.\n";
  const lede::ArticleView view = MustParse(parser, text);
  EXPECT_FALSE(view.date.has_value());
  EXPECT_THAT(view.warnings,
              Contains(WarningAt(lede::WarningCode::kUnparseableDate, 6)));
}

TEST(RobustnessTest, CrOnlyLineEndingsSplitBlocks) {
  lede::ArticleParser parser;
  const lede::ArticleView view =
      MustParse(parser, "First paragraph.\r\rSecond paragraph.\r");
  EXPECT_EQ(view.stats.paragraphs, 2u);
  EXPECT_TRUE(HasWarning(view, lede::WarningCode::kCrLineEndings));
}

TEST(RobustnessTest, MixedLineEndingsAreWarnedAbout) {
  lede::ArticleParser parser;
  const lede::ArticleView view =
      MustParse(parser, "One.\r\n\r\nTwo.\n\nThree.\r\rFour.\n");
  EXPECT_EQ(view.stats.paragraphs, 4u);
  EXPECT_TRUE(HasWarning(view, lede::WarningCode::kMixedLineEndings));
}

// Regression (found by the article fuzzer on examples/front-matter.md): a
// first heading that repeats the header's title is left out of the sections,
// and the view says where it went, so nothing is lost.
TEST(RobustnessTest, AHeadingRepeatingTheHeaderTitleIsKeptAsMetadata) {
  lede::ArticleParser parser;
  const std::string text =
      "---\ntitle: Rain Notes\n---\n\n# Rain Notes\n\nIt rained.\n";
  const lede::ArticleView view = MustParse(parser, text);
  ASSERT_TRUE(view.title_heading.has_value());
  EXPECT_EQ(view.title_heading->offset, text.find("# Rain Notes"));
  ASSERT_EQ(view.sections.size(), 1u);
  EXPECT_FALSE(view.sections[0].heading.has_value());
}

// ---- Caps ---------------------------------------------------------------

TEST(ParseOptionsTest, InputOverTheCapIsTruncatedWithAWarning) {
  lede::ParseOptions options;
  options.max_input_bytes = 10;
  lede::ArticleParser parser(options);
  const lede::ArticleView view = MustParse(parser, "0123456789abcdef");
  EXPECT_EQ(view.input.size(), 10u);
  EXPECT_THAT(view.warnings,
              Contains(WarningAt(lede::WarningCode::kInputTruncated, 10)));
}

TEST(ParseOptionsTest, InputOverTheCapIsAnErrorWhenAskedFor) {
  lede::ParseOptions options;
  options.max_input_bytes = 10;
  options.on_limit = lede::LimitAction::kError;
  lede::ArticleParser parser(options);
  absl::StatusOr<lede::ArticleView> view = parser.Parse("0123456789abcdef");
  EXPECT_EQ(view.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(ParseOptionsTest, HeaderOverTheCapIsNotAHeader) {
  lede::ParseOptions options;
  options.max_header_bytes = 64;
  lede::ArticleParser parser(options);
  const std::string text =
      "Date: 2024-03-25\n" + Repeat("X-Key: some value\n", 10) + "\nBody.\n";
  const lede::ArticleView view = MustParse(parser, text);
  EXPECT_TRUE(HasWarning(view, lede::WarningCode::kHeaderTooLarge));
}

TEST(ParseOptionsTest, BlocksOverTheCapAreWarnedAbout) {
  lede::ParseOptions options;
  options.max_blocks = 10;
  lede::ArticleParser parser(options);
  const lede::ArticleView view = MustParse(parser, Repeat("Para.\n\n", 100));
  EXPECT_TRUE(HasWarning(view, lede::WarningCode::kTooManyBlocks));
}

TEST(ParseOptionsTest, SectionsOverTheCapAreWarnedAbout) {
  lede::ParseOptions options;
  options.max_sections = 10;
  lede::ArticleParser parser(options);
  const lede::ArticleView view =
      MustParse(parser, Repeat("# Heading\n\nPara.\n\n", 100));
  EXPECT_TRUE(HasWarning(view, lede::WarningCode::kTooManySections));
}

TEST(ParseOptionsTest, WarningsOverTheCapAreDroppedWithOneMore) {
  lede::ParseOptions options;
  options.max_warnings = 5;
  lede::ArticleParser parser(options);
  const lede::ArticleView view = MustParse(parser, Repeat("\xFF ", 100));
  EXPECT_EQ(view.warnings.size(), 6u);
  EXPECT_EQ(view.warnings.back().code, lede::WarningCode::kTooManyWarnings);
}

// ---- Properties over generated inputs ------------------------------------

// Inputs stitched from fragments that exercise every rule, so that random
// stitching reaches their corners.
std::string GeneratedInput(std::uint64_t seed) {
  static constexpr std::string_view kFragments[] = {
      "\n",
      "\n\n",
      "\r\n",
      "\r",
      "  ",
      "\t",
      "# ",
      "## Heading",
      "###",
      "---\n",
      "+++\n",
      "...\n",
      "===\n",
      "> ",
      "- ",
      "* ",
      "1. ",
      "```\n",
      "~~~",
      "Date: ",
      "Title: ",
      "By ",
      "Author: ",
      " date ",
      "2024-03-25",
      "March 25, 2024",
      "Mon, 25 Mar 2024 10:05:30 +0900",
      "title = \"x\"\n",
      "tags: [a, b]\n",
      "key: 'v'\n",
      "key: \"\\u00e9\\n\"\n",
      "MOSCOW, March 25 (Reuters) - ",
      "SEOUL — ",
      "Word",
      "words and more words",
      "Mr. Smith",
      "U.S.",
      "3.5",
      ". ",
      "? ",
      "!\" ",
      "\xE5\xB8\x82\xE8\xAE\xAE",
      "\xFF",
      "\xC0\xAF",
      "\xE2\x82",
      std::string_view("\0", 1),
      "\xEF\xBB\xBF",
      "What Happens Next?",
      "| a | b |\n",
      "<div>\n",
      "***\n",
      ":",
      "\"",
      "'",
      "[",
      "]",
      ",",
  };
  std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  std::string out;
  const std::size_t pieces = next() % 80;
  for (std::size_t i = 0; i < pieces; ++i) {
    out.append(
        kFragments[next() % (sizeof(kFragments) / sizeof(kFragments[0]))]);
  }
  return out;
}

TEST(ArticlePropertyTest, EveryGeneratedInputKeepsTheInvariants) {
  lede::ArticleParser reused;
  for (std::uint64_t seed = 0; seed < 5000; ++seed) {
    const std::string text = GeneratedInput(seed);
    absl::StatusOr<lede::ArticleView> view = reused.Parse(text);
    ASSERT_TRUE(view.ok()) << view.status();
    const std::string broken = lede_testing::CheckArticleInvariants(*view);
    ASSERT_EQ(broken, "") << "seed " << seed << ", input:\n" << text;
    std::string json;
    lede::ToJson(*view, lede::JsonOptions(), &json);
    ASSERT_EQ(lede_testing::CheckJson(json), "")
        << "seed " << seed << ": " << json;
  }
}

TEST(ArticlePropertyTest, AReusedParserAnswersAsAFreshOne) {
  lede::ArticleParser reused;
  for (std::uint64_t seed = 0; seed < 1000; ++seed) {
    const std::string text = GeneratedInput(seed);
    std::string reused_json;
    std::string fresh_json;
    lede::ToJson(*reused.Parse(text), lede::JsonOptions(), &reused_json);
    lede::ArticleParser fresh;
    lede::ToJson(*fresh.Parse(text), lede::JsonOptions(), &fresh_json);
    ASSERT_EQ(reused_json, fresh_json) << "seed " << seed;
  }
}

TEST(ArticleTest, AnOwningArticleOutlivesItsBufferAndParser) {
  std::string text =
      "---\ntitle: \"Caf\\u00e9 \\\"Opens\\\"\"\ntags: [a, b]\ndate: "
      "2024-03-25\n---\n"
      "# Heading\n\nA paragraph of text.\n";
  absl::StatusOr<lede::Article> article = lede::ParseArticle(text);
  ASSERT_TRUE(article.ok());
  std::string before;
  lede::ToJson(article->view(), lede::JsonOptions(), &before);
  text.assign(text.size(), 'x');  // the caller's buffer is gone
  lede::Article copy = *article;
  article = absl::InternalError("moved on");
  std::string after;
  lede::ToJson(copy.view(), lede::JsonOptions(), &after);
  EXPECT_EQ(before, after);
  EXPECT_EQ(lede_testing::CheckArticleInvariants(copy.view()), "");
}

}  // namespace
