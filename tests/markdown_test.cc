// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The body read as Markdown (DocumentFormat::kMarkdown, or kAuto deciding
// it): CommonMark's block structure at the top level, the format's
// detection, and what Markdown turns off (the plain-text heading and title
// rules).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "tests/testing/article_invariants.h"

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

using Blocks = std::vector<std::pair<std::string, std::string>>;

struct Parsed {
  DocumentFormat format = DocumentFormat::kAuto;
  std::string title;
  std::string lead;
  std::vector<std::pair<int, std::string>> headings;
  Blocks blocks;  // kind name, text
};

Parsed ParseAs(std::string_view text,
               DocumentFormat format = DocumentFormat::kMarkdown) {
  ParseOptions options;
  options.format = format;
  ArticleParser parser(options);
  const absl::StatusOr<ArticleView> view = parser.Parse(text);
  Parsed out;
  if (!view.ok()) return out;
  EXPECT_EQ(lede_testing::CheckArticleInvariants(*view), "") << text;
  out.format = view->format;
  if (view->title) out.title = std::string(view->title->text);
  if (view->lead) out.lead = std::string(view->lead->text);
  for (const Section& section : view->sections) {
    if (section.heading) {
      out.headings.emplace_back(section.level,
                                std::string(section.heading->text));
    }
    for (const Block& block : section.blocks) {
      out.blocks.emplace_back(std::string(BlockKindName(block.kind)),
                              std::string(block.text));
    }
  }
  return out;
}

// ---- Format
// ----------------------------------------------------------------

TEST(MarkdownTest, FormatNamesAreStable) {
  EXPECT_EQ(DocumentFormatName(DocumentFormat::kAuto), "auto");
  EXPECT_EQ(DocumentFormatName(DocumentFormat::kPlainText), "plain");
  EXPECT_EQ(DocumentFormatName(DocumentFormat::kMarkdown), "markdown");
}

TEST(MarkdownTest, AutoReadsPlainProseAsPlainText) {
  EXPECT_EQ(ParseAs("A line of prose.\n\nAnother one.\n", DocumentFormat::kAuto)
                .format,
            DocumentFormat::kPlainText);
  // One kind of weak evidence is not enough: lists are plain text too.
  EXPECT_EQ(
      ParseAs("Shopping:\n\n- eggs\n- milk\n", DocumentFormat::kAuto).format,
      DocumentFormat::kPlainText);
}

TEST(MarkdownTest, AutoDetectsMarkdownFromStrongEvidence) {
  for (const char* text : {
           "Intro.\n\n## Usage\n\nRun it.\n",         // an ATX heading
           "Intro.\n\n```\ncode\n```\n",              // a fence
           "See [the docs][1].\n\n[1]: https://x\n",  // a link definition
           "---\ntitle: A\n---\nText.\n",             // front matter
           "Intro.\n\n- see [this](https://x)\n",     // inline link in a list
       }) {
    EXPECT_EQ(ParseAs(text, DocumentFormat::kAuto).format,
              DocumentFormat::kMarkdown)
        << text;
  }
}

TEST(MarkdownTest, AutoDetectsMarkdownFromTwoKindsOfWeakEvidence) {
  EXPECT_EQ(
      ParseAs("Intro.\n\n- one\n- two\n\n> a quote\n", DocumentFormat::kAuto)
          .format,
      DocumentFormat::kMarkdown);
}

TEST(MarkdownTest, ExplicitFormatIsKept) {
  EXPECT_EQ(ParseAs("## Usage\n\nRun it.\n", DocumentFormat::kPlainText).format,
            DocumentFormat::kPlainText);
  EXPECT_EQ(ParseAs("Plain prose.\n", DocumentFormat::kMarkdown).format,
            DocumentFormat::kMarkdown);
}

// ---- Headings
// ----------------------------------------------------------------

TEST(MarkdownTest, OneCharacterSetextUnderlineMakesAHeading) {
  const Parsed p = ParseAs("Intro.\n\nFoo\n=\n\nBar\n-\n\nText.\n");
  EXPECT_THAT(p.headings, ElementsAre(Pair(1, "Foo"), Pair(2, "Bar")));
}

TEST(MarkdownTest, PlainHeadingRuleIsOff) {
  // A signature line, a link line and a sentence in Cyrillic are paragraphs.
  const Parsed p = ParseAs(
      "Some text.\n\nParker\n\nSee it.\n\n"
      "\xD0\x9F\xD0\xBB\xD0\xB0\xD0\xBD [Euruko 2007][1]\n\nMore text.\n\n"
      "[1]: http://example.com\n");
  EXPECT_THAT(p.headings, IsEmpty());
  EXPECT_EQ(p.blocks.size(), 5u);
}

TEST(MarkdownTest, PlainTitleRuleIsOff) {
  const Parsed p = ParseAs("Foo\n***\nbar\n");
  EXPECT_EQ(p.title, "");
  EXPECT_THAT(p.headings, IsEmpty());
  EXPECT_THAT(p.blocks,
              ElementsAre(Pair("paragraph", "Foo"), Pair("rule", "***"),
                          Pair("paragraph", "bar")));
}

TEST(MarkdownTest, FirstLevelOneHeadingIsTheTitle) {
  const Parsed p = ParseAs("# The Title\n\nThe lead.\n\n## Part\n\nText.\n");
  EXPECT_EQ(p.title, "The Title");
  EXPECT_EQ(p.lead, "The lead.");
  EXPECT_THAT(p.headings, ElementsAre(Pair(2, "Part")));
}

TEST(MarkdownTest, SetextHeadingUnderLinkDefinitionsStartsAtItsText) {
  // cmark 0.30 places this heading at the definition's line; lede's heading
  // is the text under it.
  const std::string text = "Intro.\n\n[a]: /url\nbar\n===\n";
  const Parsed p = ParseAs(text);
  EXPECT_THAT(p.headings, ElementsAre(Pair(1, "bar")));
}

TEST(MarkdownTest, IndentedLineAboveDashesIsCodeNotAHeading) {
  const Parsed p = ParseAs("Text.\n\n    indented code\n---\n\nMore.\n");
  EXPECT_THAT(p.headings, IsEmpty());
  EXPECT_THAT(
      p.blocks,
      ElementsAre(Pair("paragraph", "Text."), Pair("code", "indented code"),
                  Pair("rule", "---"), Pair("paragraph", "More.")));
}

TEST(MarkdownTest, HeadingInsideQuoteOrListStaysInItsBlock) {
  const Parsed p =
      ParseAs("> # Quoted\n> text\n\n- item\n\n  ## In the item\n\nAfter.\n");
  EXPECT_THAT(p.headings, IsEmpty());
  EXPECT_THAT(p.blocks, ElementsAre(Pair("quote", "> # Quoted\n> text"),
                                    Pair("list", "- item\n\n  ## In the item"),
                                    Pair("paragraph", "After.")));
}

// ---- Leaves and containers
// ---------------------------------------------------

TEST(MarkdownTest, CommentRunsToItsEndAcrossBlankLines) {
  const Parsed p = ParseAs(
      "Lead text.\n\n<!--\n# Not a heading\n\n```\nnot a fence\n-->\n\n"
      "## Real\n\n```\ncode\n```\n");
  EXPECT_THAT(p.headings, ElementsAre(Pair(2, "Real")));
  EXPECT_EQ(p.lead, "Lead text.");
  EXPECT_THAT(p.blocks, ElementsAre(Pair("paragraph", "Lead text."),
                                    Pair("html",
                                         "<!--\n# Not a heading\n\n```\nnot a "
                                         "fence\n-->"),
                                    Pair("code", "```\ncode\n```")));
}

TEST(MarkdownTest, HtmlBlockKindsEndAsCommonMarkSays) {
  // Condition 6 ends at a blank line; condition 1 at its closing tag.
  Parsed p = ParseAs("<div>\n# inside\n\n# After\n");
  EXPECT_THAT(p.headings, ElementsAre(Pair(1, "After")));
  p = ParseAs("<pre>\n\n# inside\n</pre>\n# After\n");
  EXPECT_THAT(p.headings, ElementsAre(Pair(1, "After")));
  // Condition 7 cannot interrupt a paragraph.
  p = ParseAs("Text\n<span>\nmore\n");
  EXPECT_THAT(p.blocks, ElementsAre(Pair("paragraph", "Text\n<span>\nmore")));
}

TEST(MarkdownTest, LinkDefinitionsAreNoBlockAndNoLead) {
  const Parsed p = ParseAs(
      "[summary]: #summary\n[2737]: https://example.com/a\n  \"Title\"\n\n"
      "The first paragraph.\n");
  EXPECT_EQ(p.lead, "The first paragraph.");
  EXPECT_THAT(p.blocks, ElementsAre(Pair("paragraph", "The first paragraph.")));
}

TEST(MarkdownTest, ListItemContinuationParagraphStaysInTheList) {
  const Parsed p = ParseAs(
      "Intro.\n\n- Download it\n\n  MD5: 0278abc\n\n- Install it\n\nAfter.\n");
  EXPECT_THAT(p.headings, IsEmpty());
  EXPECT_THAT(p.blocks,
              ElementsAre(Pair("paragraph", "Intro."),
                          Pair("list",
                               "- Download it\n\n  MD5: 0278abc\n\n- Install "
                               "it"),
                          Pair("paragraph", "After.")));
}

TEST(MarkdownTest, FenceInListItemClosesAtItsContentIndent) {
  const Parsed p = ParseAs(
      "1. Run:\n\n    ```\n    # a comment\n    ```\n\n## Next\n\nText.\n");
  EXPECT_THAT(p.headings, ElementsAre(Pair(2, "Next")));
}

TEST(MarkdownTest, LazyContinuationLineStaysInTheQuote) {
  const Parsed p = ParseAs("> a quote\nlazy line\n\nAfter.\n");
  EXPECT_THAT(p.blocks, ElementsAre(Pair("quote", "> a quote\nlazy line"),
                                    Pair("paragraph", "After.")));
}

TEST(MarkdownTest, TabsCountToTheNextStopOfFour) {
  // " \t" reaches column 4: indented code.
  Parsed p = ParseAs(" \t# code\n");
  EXPECT_THAT(p.blocks, ElementsAre(Pair("code", "# code")));
  // A tab after "-" is the item's padding; the next line's tab continues it.
  p = ParseAs("-\tone\n\n\ttwo\n\n# Top\n");
  EXPECT_THAT(p.headings, ElementsAre(Pair(1, "Top")));
  EXPECT_EQ(p.blocks.front().first, "list");
}

TEST(MarkdownTest, DashBlockWithoutKeysIsNotFrontMatter) {
  const Parsed p = ParseAs("---\nJust a line\n---\n\nText.\n");
  EXPECT_THAT(p.headings, ElementsAre(Pair(2, "Just a line")));
  EXPECT_EQ(p.blocks.front(),
            std::make_pair(std::string("rule"), std::string("---")));
}

TEST(MarkdownTest, OrderedItemOtherThanOneDoesNotInterruptAParagraph) {
  const Parsed p = ParseAs("The year was\n1984. It rained.\n");
  EXPECT_THAT(p.blocks,
              ElementsAre(Pair("paragraph", "The year was\n1984. It rained.")));
}

TEST(MarkdownTest, LeadIsTheFirstParagraphOfProse) {
  // Not an image-only paragraph, an HTML comment, a link definition or a
  // date line.
  Parsed p = ParseAs(
      "[![build](https://ci/badge.svg)](https://ci)\n\n<!-- note -->\n\n"
      "[1]: https://example.com\n\nThe first real paragraph.\n");
  EXPECT_EQ(p.lead, "The first real paragraph.");
  p = ParseAs(
      "Some Title\n\nMarch 25, 2024 \xC2\xB7 By Jane Doe\n\nIntro "
      "text.\n\nMore text.\n",
      DocumentFormat::kPlainText);
  EXPECT_EQ(p.lead, "Intro text.");
  p = ParseAs(
      "Title: A\nAuthor: B\n\n*Posted on March 25, 2024 by Admin*\n\n"
      "Intro text.\n",
      DocumentFormat::kPlainText);
  EXPECT_EQ(p.lead, "Intro text.");
}

TEST(MarkdownTest, DeepNestingIsBoundedAndLinear) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "> ";
  text += "deep\n\nAfter.\n";
  const Parsed p = ParseAs(text);
  ASSERT_EQ(p.blocks.size(), 2u);
  EXPECT_EQ(p.blocks[0].first, "quote");
}

}  // namespace
}  // namespace lede
