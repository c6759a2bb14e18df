// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of ArticleParser's contract (src/article.cc): each cap of
// ParseOptions honours LimitAction::kError, and the warning cap keeps the
// first warnings in their logical order.

#include "lede/article.h"

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace lede {
namespace {

using ::testing::HasSubstr;

std::string Repeat(std::string_view piece, std::size_t times) {
  std::string text;
  for (std::size_t i = 0; i < times; ++i) text.append(piece);
  return text;
}

// Parses `text` with `options`, once with kTruncate (which must give a view
// with `code` among its warnings) and once with kError.
absl::Status ParseWithError(ParseOptions options, const std::string& text,
                            WarningCode code) {
  options.on_limit = LimitAction::kTruncate;
  ArticleParser truncating(options);
  absl::StatusOr<ArticleView> view = truncating.Parse(text);
  EXPECT_TRUE(view.ok());
  if (view.ok()) {
    bool warned = false;
    for (const Warning& warning : view->warnings) {
      warned = warned || warning.code == code;
    }
    EXPECT_TRUE(warned) << WarningCodeName(code);
  }
  options.on_limit = LimitAction::kError;
  ArticleParser parser(options);
  return parser.Parse(text).status();
}

TEST(ArticleParserLimitTest, InputOverMaxInputBytesIsAnError) {
  ParseOptions options;
  options.max_input_bytes = 10;
  const absl::Status status =
      ParseWithError(options, "0123456789abcdef", WarningCode::kInputTruncated);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
}

TEST(ArticleParserLimitTest, HeaderOverMaxHeaderBytesIsAnError) {
  ParseOptions options;
  options.max_header_bytes = 64;
  const std::string text =
      "Date: 2024-03-25\n" + Repeat("X-Key: some value\n", 10) + "\nBody.\n";
  const absl::Status status =
      ParseWithError(options, text, WarningCode::kHeaderTooLarge);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(status.message(), HasSubstr("max_header_bytes (64) at byte 0"));
}

TEST(ArticleParserLimitTest, BlocksOverMaxBlocksAreAnError) {
  ParseOptions options;
  options.max_blocks = 3;
  const std::string text = Repeat("A paragraph of prose.\n\n", 10);
  const absl::Status status =
      ParseWithError(options, text, WarningCode::kTooManyBlocks);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(status.message(), HasSubstr("max_blocks (3)"));
}

TEST(ArticleParserLimitTest, SectionsOverMaxSectionsAreAnError) {
  ParseOptions options;
  options.max_sections = 2;
  const std::string text = Repeat("## Heading\n\nSome prose here.\n\n", 6);
  const absl::Status status =
      ParseWithError(options, text, WarningCode::kTooManySections);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(status.message(), HasSubstr("max_sections (2)"));
}

TEST(ArticleParserLimitTest, WarningsOverMaxWarningsAreAnError) {
  ParseOptions options;
  options.max_warnings = 5;
  const std::string text = "Some prose. " + std::string(100, '\x80');
  const absl::Status status =
      ParseWithError(options, text, WarningCode::kTooManyWarnings);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(status.message(), HasSubstr("max_warnings (5) at byte 17"));
}

// The warnings of the header and body come after the byte scan's, so a
// kTooManyWarnings among them counts too, however the parse found it.
TEST(ArticleParserLimitTest, WarningsCapReachedByHeaderWarningsIsAnError) {
  ParseOptions options;
  options.max_warnings = 2;
  const std::string text =
      "Title: A\nTitle: B\nTitle: C\nTitle: D\nDate: someday\n\nBody.\n";
  const absl::Status status =
      ParseWithError(options, text, WarningCode::kTooManyWarnings);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted);
}

TEST(ArticleParserLimitTest, NoCapReachedIsNoError) {
  ParseOptions options;
  options.on_limit = LimitAction::kError;
  options.max_warnings = 3;
  ArticleParser parser(options);
  EXPECT_TRUE(parser.Parse("Date: 2024-03-25\n\nA short body.\n").ok());
}

TEST(ArticleParserLimitTest, ParserIsReusableAfterALimitError) {
  ParseOptions options;
  options.on_limit = LimitAction::kError;
  options.max_blocks = 2;
  ArticleParser parser(options);
  const std::string blocks = Repeat("Prose.\n\n", 5);
  EXPECT_FALSE(parser.Parse(blocks).ok());
  absl::StatusOr<ArticleView> view = parser.Parse("Date: 2024-03-25\n\nOne.\n");
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->stats.paragraphs, 1u);
}

// The cap keeps the first warnings in the order a scan before the parse gives
// them (the byte scan's before the header's), and turns the first dropped one
// into a kTooManyWarnings at its offset.
TEST(ArticleParserWarningTest, CapKeepsTheScanWarningsFirst) {
  ParseOptions options;
  options.max_warnings = 2;
  ArticleParser parser(options);
  const std::string text = "Title: A\nTitle: B\nDate: someday\n\n\x80\x80\x80";
  absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->warnings.size(), 3u);
  EXPECT_EQ(view->warnings[0].code, WarningCode::kInvalidUtf8);
  EXPECT_EQ(view->warnings[0].offset, 33u);
  EXPECT_EQ(view->warnings[1].code, WarningCode::kInvalidUtf8);
  EXPECT_EQ(view->warnings[1].offset, 34u);
  EXPECT_EQ(view->warnings[2].code, WarningCode::kTooManyWarnings);
  EXPECT_EQ(view->warnings[2].offset, 35u);
}

// Date lines under a title whose dates need this round's date forms: a
// time before the date, and a dotted 24-hour time after it.
TEST(ArticleDateLineTest, ReadsTimeFirstAndDottedTimeDateLines) {
  struct Case {
    const char* date_line;
    const char* iso;
  };
  for (const Case& c : {
           Case{"Updated 3:45 PM EST, Mon March 25, 2024",
                "2024-03-25T15:45-05:00"},
           Case{"Monday 25 March 2024 10.05 GMT", "2024-03-25T10:05Z"},
           Case{"10:05 p.m. EDT, March 25, 2024", "2024-03-25T22:05-04:00"},
       }) {
    const std::string text = std::string("Rail Operator Orders New Trains\n") +
                             c.date_line +
                             "\n\nThe operator said on Monday it would buy "
                             "forty trains.\n";
    const absl::StatusOr<Article> article = ParseArticle(text);
    ASSERT_TRUE(article.ok()) << article.status();
    ASSERT_TRUE(article->view().date.has_value()) << c.date_line;
    EXPECT_EQ(article->view().date->FormatIso8601(), c.iso) << c.date_line;
    ASSERT_TRUE(article->view().title.has_value()) << c.date_line;
    EXPECT_EQ(article->view().title->text, "Rail Operator Orders New Trains");
    ASSERT_TRUE(article->view().lead.has_value()) << c.date_line;
    EXPECT_EQ(article->view().lead->text.substr(0, 12), "The operator");
  }
}

}  // namespace
}  // namespace lede
