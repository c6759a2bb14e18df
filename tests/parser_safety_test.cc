// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A moved-from ArticleParser (issue 18): it fails loudly in debug builds and,
// in release builds, refuses to parse instead of dereferencing null.

#include <utility>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "lede/article.h"

namespace {

TEST(ArticleParserSafetyTest, MovedToParserParses) {
  lede::ArticleParser parser;
  lede::ArticleParser moved(std::move(parser));
  EXPECT_TRUE(moved.Parse("Title: T\n\nBody.\n").ok());
  parser = std::move(moved);  // a moved-from parser may be assigned to
  EXPECT_TRUE(parser.Parse("Body.\n").ok());
}

#ifdef NDEBUG
TEST(ArticleParserSafetyTest, MovedFromParserRefusesInReleaseBuilds) {
  lede::ArticleParser parser;
  lede::ArticleParser moved(std::move(parser));
  // NOLINTNEXTLINE(bugprone-use-after-move): the point of the test
  const absl::StatusOr<lede::ArticleView> view = parser.Parse("Body.\n");
  EXPECT_EQ(view.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(parser.options().max_warnings, lede::ParseOptions().max_warnings);
}
#else
TEST(ArticleParserSafetyDeathTest, MovedFromParserFailsLoudlyInDebugBuilds) {
  lede::ArticleParser parser;
  lede::ArticleParser moved(std::move(parser));
  // NOLINTNEXTLINE(bugprone-use-after-move): the point of the test
  EXPECT_DEATH((void)parser.Parse("Body.\n"), "moved-from parser");
}
#endif

}  // namespace
