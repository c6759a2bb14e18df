// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The shared sample article (kept out of the repository: its sentences are
// not ours) parsed end to end, when it is there; and the fixture we wrote in
// the same shape, always.

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "lede/date.h"

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::StartsWith;

bool ReadFile(const std::string& path, std::string* text) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::stringstream buffer;
  buffer << file.rdbuf();
  *text = buffer.str();
  return true;
}

// "heading: n paragraphs" for each section; "(none)" for no heading.
std::vector<std::string> SectionSummary(const ArticleView& view) {
  std::vector<std::string> out;
  for (const Section& section : view.sections) {
    std::size_t paragraphs = 0;
    for (const Block& block : section.blocks) {
      if (block.kind == BlockKind::kParagraph) ++paragraphs;
    }
    out.push_back(
        (section.heading ? std::string(section.heading->text) : "(none)") +
        ": " + std::to_string(paragraphs));
  }
  return out;
}

TEST(SampleArticleTest, ParsesTheSharedSample) {
  std::string text;
  if (!ReadFile(LEDE_SOURCE_DIR "/../shared/examples/sample-article.txt",
                &text)) {
    GTEST_SKIP() << "the shared sample article is not here";
  }
  ArticleParser parser;
  absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok()) << view.status();
  ASSERT_TRUE(view->date);
  EXPECT_EQ(view->date->FormatIso8601(), "2024-03-25");
  EXPECT_EQ(view->date->precision, DatePrecision::kDay);
  EXPECT_FALSE(view->title);
  ASSERT_TRUE(view->lead);
  EXPECT_THAT(std::string(view->lead->text),
              StartsWith("Following a deadly terrorist attack"));
  EXPECT_THAT(
      SectionSummary(*view),
      ElementsAre("(none): 1", "Symbolic Visit Amidst Global Tensions: 1",
                  "Context of the Moscow Attack: 1",
                  "Deepening Ties Between North Korea and Russia: 2"));
  EXPECT_EQ(view->stats.paragraphs, 5u);
  EXPECT_EQ(view->stats.sections, 4u);
}

TEST(SampleArticleTest, ParsesOurFixtureOfTheSameShape) {
  std::string text;
  ASSERT_TRUE(
      ReadFile(LEDE_TESTDATA_DIR "/body/inline_date_sample_shape.txt", &text));
  for (const std::string& variant :
       {std::string(), std::string("\xEF\xBB\xBF")}) {
    const std::string input = variant + text;
    ArticleParser parser;
    absl::StatusOr<ArticleView> view = parser.Parse(input);
    ASSERT_TRUE(view.ok()) << view.status();
    EXPECT_EQ(view->header_style, HeaderStyle::kInlineDate);
    ASSERT_TRUE(view->date);
    EXPECT_EQ(view->date->FormatIso8601(), "2024-05-14");
    EXPECT_FALSE(view->title);
    ASSERT_TRUE(view->lead);
    EXPECT_THAT(std::string(view->lead->text),
                StartsWith("After a week of heavy rain"));
    EXPECT_EQ(view->lead->offset, input.find("After a week"));
    EXPECT_THAT(SectionSummary(*view),
                ElementsAre("(none): 1", "Repairs Under Pressure: 1",
                            "Why the Pier Matters: 1",
                            "Plans for the Coming Years: 2"));
  }
}

}  // namespace
}  // namespace lede
