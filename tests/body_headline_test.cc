// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Plain-text titles and headings in every cased script: the sentence-case
// headline rule, and the Title Case test's letter case beyond ASCII.

#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "lede/article.h"
#include "src/internal/body/rules.h"

namespace lede {
namespace {

using internal::CaseOfCodePoint;
using internal::IsHeadingLike;
using internal::IsSentenceCaseHeadline;
using internal::LetterCase;

std::string TitleOf(std::string_view text) {
  ParseOptions options;
  options.format = DocumentFormat::kPlainText;
  ArticleParser parser(options);
  const absl::StatusOr<ArticleView> view = parser.Parse(text);
  if (!view.ok() || !view->title) return "";
  return std::string(view->title->text);
}

std::string LeadOf(std::string_view text) {
  ArticleParser parser;
  const absl::StatusOr<ArticleView> view = parser.Parse(text);
  if (!view.ok() || !view->lead) return "";
  return std::string(view->lead->text);
}

TEST(BodyHeadlineTest, SentenceCaseHeadlineIsTheTitle) {
  const std::string text =
      "Telegraph newspapers axe 90 jobs\n\n"
      "The Daily and Sunday Telegraph are to cut 90 editorial jobs, the "
      "papers' owners said on Tuesday.\n";
  EXPECT_EQ(TitleOf(text), "Telegraph newspapers axe 90 jobs");
  EXPECT_EQ(LeadOf(text).substr(0, 9), "The Daily");
}

TEST(BodyHeadlineTest, SentenceCaseHeadlineInOtherScripts) {
  // Cyrillic and Greek headlines in sentence case.
  EXPECT_EQ(TitleOf("\xD0\x9C\xD0\xB8\xD1\x80 \xD0\xB8 "
                    "\xD0\xB2\xD0\xBE\xD0\xB9\xD0\xBD\xD0\xB0\n\n"
                    "\xD0\xAD\xD1\x82\xD0\xBE \xD0\xB4\xD0\xBB\xD0\xB8\xD0\xBD"
                    "\xD0\xBD\xD1\x8B\xD0\xB9 \xD1\x80\xD0\xBE\xD0\xBC\xD0\xB0"
                    "\xD0\xBD \xD0\xBE \xD0\xB2\xD0\xBE\xD0\xB9\xD0\xBD\xD0\xB5"
                    " \xD0\xB8 \xD0\xBC\xD0\xB8\xD1\x80\xD0\xB5.\n"),
            "\xD0\x9C\xD0\xB8\xD1\x80 \xD0\xB8 "
            "\xD0\xB2\xD0\xBE\xD0\xB9\xD0\xBD\xD0\xB0");
}

TEST(BodyHeadlineTest, LinesThatAreNoHeadlineStayTheLead) {
  // Sentence-final punctuation, a lowercase start, or no prose after it.
  for (const char* text : {
           "The meeting was moved.\n\nIt will be held on Friday instead of "
           "Monday, the council said.\n",
           "our plans for the year\n\nWe will build a new pier and a "
           "harbour wall this year.\n",
           "Dear friends:\n\nWe will build a new pier and a harbour wall "
           "this year.\n",
           "A short note\n\nyes\n",
       }) {
    EXPECT_EQ(TitleOf(text), "") << text;
  }
}

TEST(BodyHeadlineTest, HeadlineNeedsABlankLineAfterIt) {
  EXPECT_TRUE(IsSentenceCaseHeadline("Telegraph newspapers axe 90 jobs"));
  EXPECT_FALSE(IsSentenceCaseHeadline("Telegraph newspapers axe 90 jobs."));
  EXPECT_FALSE(IsSentenceCaseHeadline("telegraph newspapers axe 90 jobs"));
}

TEST(BodyHeadlineTest, LetterCaseOfCasedScripts) {
  EXPECT_EQ(CaseOfCodePoint('A'), LetterCase::kUpper);
  EXPECT_EQ(CaseOfCodePoint(0xC9), LetterCase::kUpper);   // É
  EXPECT_EQ(CaseOfCodePoint(0xE9), LetterCase::kLower);   // é
  EXPECT_EQ(CaseOfCodePoint(0x141), LetterCase::kUpper);  // Ł
  EXPECT_EQ(CaseOfCodePoint(0x142), LetterCase::kLower);  // ł
  EXPECT_EQ(CaseOfCodePoint(0x394), LetterCase::kUpper);  // Δ
  EXPECT_EQ(CaseOfCodePoint(0x3B4), LetterCase::kLower);  // δ
  EXPECT_EQ(CaseOfCodePoint(0x41F), LetterCase::kUpper);  // П
  EXPECT_EQ(CaseOfCodePoint(0x43F), LetterCase::kLower);  // п
  EXPECT_EQ(CaseOfCodePoint(0x456), LetterCase::kLower);  // і
  EXPECT_EQ(CaseOfCodePoint(0x4E2D), LetterCase::kNone);  // 中
  EXPECT_EQ(CaseOfCodePoint(0x627), LetterCase::kNone);   // ا
}

TEST(BodyHeadlineTest, TitleCaseTestReadsEveryCasedScript) {
  // A Ukrainian sentence: lowercase words of four or more letters.
  EXPECT_FALSE(IsHeadingLike(
      "\xD0\x9F\xD0\xBB\xD0\xB0\xD0\xBD\xD1\x83\xD0\xB2\xD0\xB0\xD0\xBD\xD0"
      "\xBD\xD1\x8F [Euruko 2007][1] \xD0\xB2 "
      "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x86\xD0\xB5\xD1\x81\xD1\x96"));
  // Lowercase Cyrillic at the start.
  EXPECT_FALSE(IsHeadingLike("\xD0\xBF\xD0\xBB\xD0\xB0\xD0\xBD"));
  // Title Case in Cyrillic and Greek, and capitals with diacritics.
  EXPECT_TRUE(
      IsHeadingLike("\xD0\x9D\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB5 "
                    "\xD0\x9F\xD0\xBB\xD0\xB0\xD0\xBD\xD1\x8B"));
  EXPECT_TRUE(
      IsHeadingLike("\xCE\x9D\xCE\xAD\xCE\xB1 "
                    "\xCE\xA3\xCF\x87\xCE\xAD\xCE\xB4\xCE\xB9\xCE\xB1"));
  EXPECT_TRUE(IsHeadingLike("\xC3\x89t\xC3\xA9 \xC3\x80 Montr\xC3\xA9\x61l"));
  EXPECT_FALSE(
      IsHeadingLike("\xC3\x89t\xC3\xA9 \xC3\xA0 "
                    "montr\xC3\xA9\x61l"));
  // Caseless scripts have no Title Case.
  EXPECT_FALSE(
      IsHeadingLike("\xE4\xB8\xAD\xE6\x96\x87\xE6\xA0\x87"
                    "\xE9\xA2\x98"));
  EXPECT_FALSE(IsHeadingLike("2024 \xE5\xB9\xB4\xE5\xBA\xA6"));
  EXPECT_FALSE(
      IsHeadingLike("\xD8\xA7\xD9\x84\xD8\xB9\xD9\x86\xD9\x88"
                    "\xD8\xA7\xD9\x86"));
  EXPECT_EQ(IsHeadingLike("Voices From the Quay"),
            internal::IsHeadingLikeByteByByte("Voices From the Quay"));
}

}  // namespace
}  // namespace lede
