// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of the body parser (ParseBody, ScanText) through a ParseState, so
// that they do not depend on the header parser: each test sets the body's
// offset itself. End-to-end tests through ArticleParser are at the bottom.

#include "src/internal/body/body.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <ostream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "src/internal/header/header.h"
#include "src/internal/parse_state.h"

namespace lede {
namespace internal {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string ReadFixture(std::string_view name) {
  std::ifstream file(
      std::string(LEDE_TESTDATA_DIR "/body/") + std::string(name),
      std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

// How a fixture's line endings and start are varied.
enum class Variant { kLf, kCrLf, kCr, kWithBom };

std::string VariantName(Variant variant) {
  switch (variant) {
    case Variant::kLf:
      return "Lf";
    case Variant::kCrLf:
      return "CrLf";
    case Variant::kCr:
      return "Cr";
    case Variant::kWithBom:
      return "Bom";
  }
  return "";
}

std::string ApplyVariant(std::string_view text, Variant variant) {
  std::string out;
  if (variant == Variant::kWithBom) out = std::string(kBom);
  for (char c : text) {
    if (c == '\n' && variant == Variant::kCrLf) {
      out += "\r\n";
    } else if (c == '\n' && variant == Variant::kCr) {
      out += '\r';
    } else {
      out += c;
    }
  }
  return out;
}

// Runs ScanText and ParseBody on `text` with the body starting at
// `body_offset` (past any BOM), as ArticleParser does after its header.
class BodyRun {
 public:
  explicit BodyRun(const ParseOptions& options = {}) : state_(options) {}

  const ArticleView& Parse(std::string_view text, std::size_t body_offset = 0) {
    state_.Reset(text);
    if (body_offset == 0 && text.substr(0, kBom.size()) == kBom) {
      body_offset = kBom.size();
    }
    state_.view.body_offset = body_offset;
    ScanText(&state_);
    ParseBody(&state_);
    state_.Finish();
    return state_.view;
  }

  ParseState& state() { return state_; }

 private:
  ParseState state_;
};

char KindLetter(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph:
      return 'p';
    case BlockKind::kHeading:
      return 'H';
    case BlockKind::kList:
      return 'l';
    case BlockKind::kQuote:
      return 'q';
    case BlockKind::kCode:
      return 'c';
    case BlockKind::kRule:
      return 'r';
    case BlockKind::kTable:
      return 't';
    case BlockKind::kHtml:
      return 'h';
  }
  return '?';
}

// Line endings as "\n" whatever the input used, for comparing text.
std::string Normalize(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// A compact, line-ending-independent picture of the body:
//   title: ...
//   byline: ...
//   dateline: ...
//   lead: its first three words
//   0: p p l            (the leading section's block kinds)
//   2 Heading text: p   (a headed section: level, heading, block kinds)
std::string Outline(const ArticleView& view) {
  std::string out;
  if (view.title) out += "title: " + Normalize(view.title->text) + "\n";
  if (view.byline)
    out += "byline: " + std::string(view.byline->text.text) + "\n";
  if (view.dateline) {
    out += "dateline: " + std::string(view.dateline->text.text) + "\n";
  }
  if (view.lead) {
    // The lead's first three words.
    std::size_t end = 0;
    for (int words = 0; words < 3 && end != std::string_view::npos; ++words) {
      end = view.lead->text.find(' ', end + (words > 0 ? 1 : 0));
    }
    out += "lead: " + Normalize(view.lead->text.substr(0, end)) + "\n";
  }
  for (const Section& section : view.sections) {
    out += std::to_string(section.level);
    if (section.heading) out += " " + Normalize(section.heading->text);
    out += ":";
    for (const Block& block : section.blocks) {
      out += ' ';
      out += KindLetter(block.kind);
    }
    out += "\n";
  }
  return out;
}

// The invariants every parse keeps, whatever the input: views match their
// offsets, sections tile the body in order, and every non-blank byte of the
// body is in a block, a section heading, or the title, byline or dateline.
void ExpectInvariants(std::string_view text, const ArticleView& view) {
  const auto expect_span = [&](std::string_view what, std::string_view span,
                               std::size_t offset, std::size_t length) {
    ASSERT_LE(offset + length, text.size()) << what;
    EXPECT_EQ(span, text.substr(offset, length)) << what << " at " << offset;
  };
  std::vector<bool> covered(text.size(), false);
  const auto cover = [&](std::size_t offset, std::size_t length) {
    for (std::size_t i = offset; i < offset + length && i < text.size(); ++i) {
      covered[i] = true;
    }
  };
  std::size_t previous_end = 0;
  for (std::size_t s = 0; s < view.sections.size(); ++s) {
    const Section& section = view.sections[s];
    if (s > 0) {
      EXPECT_EQ(section.offset, previous_end) << "section " << s;
    }
    previous_end = section.offset + section.length;
    if (section.heading) {
      EXPECT_EQ(section.heading->offset, section.offset);
      cover(section.heading->offset, section.heading->length);
    } else {
      EXPECT_EQ(s, 0u) << "only the first section may have no heading";
      EXPECT_FALSE(section.blocks.empty());
    }
    for (const Block& block : section.blocks) {
      expect_span("block", block.text, block.offset, block.length);
      EXPECT_NE(block.kind, BlockKind::kHeading);
      EXPECT_GE(block.offset, section.offset);
      EXPECT_LE(block.offset + block.length, previous_end);
      if (!block.text.empty()) {
        EXPECT_NE(block.text.front(), ' ');
        EXPECT_NE(block.text.back(), '\n');
      }
      cover(block.offset, block.length);
    }
  }
  if (!view.sections.empty()) {
    EXPECT_EQ(previous_end, text.size());
  }
  if (view.title) cover(view.title->offset, view.title->length);
  if (view.dateline) {
    expect_span("dateline", view.dateline->text.text,
                view.dateline->text.offset, view.dateline->text.length);
    cover(view.dateline->text.offset, view.dateline->text.length);
  }
  if (view.lead) {
    expect_span("lead", view.lead->text, view.lead->offset, view.lead->length);
  }
  if (view.byline) {
    // The byline's text drops "By": cover its whole line.
    std::size_t begin = view.byline->text.offset;
    std::size_t end = begin + view.byline->text.length;
    while (begin > 0 && text[begin - 1] != '\n' && text[begin - 1] != '\r') {
      --begin;
    }
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    cover(begin, end - begin);
  }
  for (std::size_t i = view.body_offset; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (!covered[i] && view.format == DocumentFormat::kMarkdown) {
      // A link reference definition's line is no block in Markdown.
      std::size_t line = i;
      while (line > 0 && text[line - 1] != '\n' && text[line - 1] != '\r') {
        --line;
      }
      const std::size_t end = text.find_first_of("\r\n", line);
      const std::string_view whole = std::string_view(text).substr(
          line,
          end == std::string_view::npos ? std::string_view::npos : end - line);
      const std::size_t first = whole.find_first_not_of(' ');
      if (first != std::string_view::npos && first <= 3 &&
          whole[first] == '[' && whole.find("]:") != std::string_view::npos) {
        continue;
      }
    }
    if (!covered[i]) {
      ADD_FAILURE() << "byte " << i << " ('" << c << "') is in no block";
      return;
    }
  }
}

bool HasWarning(const ArticleView& view, WarningCode code) {
  return std::any_of(view.warnings.begin(), view.warnings.end(),
                     [code](const Warning& w) { return w.code == code; });
}

std::size_t CountWarnings(const ArticleView& view, WarningCode code) {
  return static_cast<std::size_t>(
      std::count_if(view.warnings.begin(), view.warnings.end(),
                    [code](const Warning& w) { return w.code == code; }));
}

// ---- Outlines of fixtures and inline cases, in every variant
// -----------------

struct OutlineCase {
  std::string name;
  std::string text;  // LF; "@file" reads tests/testdata/body/file
  std::string outline;
};

void PrintTo(const OutlineCase& c, std::ostream* os) { *os << c.name; }

std::string CaseText(const OutlineCase& c) {
  return c.text.rfind('@', 0) == 0 ? ReadFixture(c.text.substr(1)) : c.text;
}

std::vector<OutlineCase> OutlineCases() {
  return {
      {"SampleShape", "@inline_date_sample_shape.txt",
       "lead: date 2024-05-14 After\n"
       "0: p\n"
       "2 Repairs Under Pressure: p\n"
       "2 Why the Pier Matters: p\n"
       "2 Plans for the Coming Years: p p\n"},
      {"PlainHeadings", "@headings.txt",
       "lead: Eastmere residents gathered\n"
       "0: p\n"
       "2 HARBOUR REOPENS: p\n"
       "2 What Happens Next?: p\n"
       "2 Voices From the Quay: p\n"},
      // The first line is a sentence-case headline (a short line, a blank
      // line, prose): the title; the near misses below it stay paragraphs.
      {"NearMissesStayParagraphs", "@near_misses.txt",
       "title: The harbour was quiet this morning and nobody could say why\n"
       "lead: Boats stayed tied\n"
       "0: p p p p p p p l p\n"},
      {"MarkdownOnlyMarkdownHeadings", "@markdown.md",
       "title: Notes From the Harbour\n"
       "lead: The pier reopened\n"
       "0: p\n"
       "2 Timeline: l p q\n"
       "3 Code Sample: c\n"
       "2 Setext Heading: p\n"},
      {"HardWrappedProseIsOneParagraph",
       "The pier reopened on Monday after\nnine days of repairs, and the\n"
       "first ferry left at noon.\n\nA second paragraph follows here.\n",
       "lead: The pier reopened\n"
       "0: p p\n"},
      {"BlankLineOfSpacesAndTabsSeparates",
       "First paragraph here.\n \t \nSecond paragraph here.\n",
       "lead: First paragraph here.\n"
       "0: p p\n"},
      {"AtxHeadingsAtTheirLevels",
       "Intro text.\n\n## Two ##\n\nText two.\n\n#### Four\n\nText four.\n",
       "lead: Intro text.\n"
       "0: p\n"
       "2 Two: p\n"
       "4 Four: p\n"},
      {"AtxHeadingWithTextRightBelow", "## Heading\nText right below.\n",
       "lead: Text right below.\n"
       "2 Heading: p\n"},
      {"SetextHeadings",
       "Intro text.\n\nLevel One\n=========\n\nBody one.\n\nLevel Two\n---\n"
       "Body two.\n",
       "lead: Intro text.\n"
       "0: p\n"
       "1 Level One: p\n"
       "2 Level Two: p\n"},
      {"LeadingLevelOneHeadingIsTitle",
       "# The Title\n\nFirst paragraph.\n\n# Another One\n\nMore text.\n",
       "title: The Title\n"
       "lead: First paragraph.\n"
       "0: p\n"
       "1 Another One: p\n"},
      {"PlainFirstLineIsTitle",
       "Ferry Service Returns to Eastmere\n\nThe ferry ran again on Monday.\n\n"
       "Crowds at the Pier\n\nHundreds came to watch.\n",
       "title: Ferry Service Returns to Eastmere\n"
       "lead: The ferry ran\n"
       "0: p\n"
       "2 Crowds at the Pier: p\n"},
      {"ListsQuotesAndCode",
       "Text before.\n\n- one\n- two\n\n* star\n\n1. first\n2. second\n\n"
       "> quoted line\n> more\n\n~~~\ncode\n\n\nmore code\n~~~\n\n---\n\n"
       "| a | b |\n| 1 | 2 |\n\n<div>\nhtml\n</div>\n",
       "lead: Text before.\n"
       "0: p l l l q c r t h\n"},
      {"BulletListInterruptsParagraph", "Items follow:\n- one\n- two\n",
       "lead: Items follow:\n"
       "0: p l\n"},
      {"CodeFenceIsNeverSplitOrSearched",
       "Intro.\n\n```cpp\n# include\n\nHeading Like Line\n\nint x;\n```\n\n"
       "After.\n",
       "lead: Intro.\n"
       "0: p c p\n"},
      {"UnclosedFenceRunsToTheEnd", "Intro.\n\n```\ncode\n\nmore\n\n",
       "lead: Intro.\n"
       "0: p c\n"},
      {"HeadingLikeLineBeforeListIsParagraph",
       "Intro text here.\n\nThree Key Points\n\n- one\n- two\n",
       "lead: Intro text here.\n"
       "0: p p l\n"},
      {"TwoHeadingLikeLinesOnlySecondIsHeading",
       "Intro text here.\n\nPart One\n\nThe First Chapter\n\nBody text.\n",
       "lead: Intro text here.\n"
       "0: p p\n"
       "2 The First Chapter: p\n"},
      {"MarkdownDocumentIgnoresPlainHeadings",
       "Intro text here.\n\nLooks Like A Heading\n\nBody text.\n\n## Real\n\n"
       "More.\n",
       "lead: Intro text here.\n"
       "0: p p p\n"
       "2 Real: p\n"},
      {"ClosingQuoteAfterPunctuationIsParagraph",
       "Intro text here.\n\nIt Is Over!\"\n\nBody text.\n",
       "lead: Intro text here.\n"
       "0: p p p\n"},
      {"ThematicBreakAfterParagraph", "Text here.\n***\nMore text.\n",
       "lead: Text here.\n"
       "0: p r p\n"},
      {"CommonMarkBlocks", "@commonmark_design.md",
       "lead: The first paragraph\n"
       "0: p p h\n"
       "2 Summary: l q c r\n"
       "1 Closing words:\n"},
      {"WireDateline",
       "SEOUL — North Korea said on Tuesday it would hold talks.\n\n"
       "More text.\n",
       "dateline: SEOUL —\n"
       "lead: North Korea said\n"
       "0: p p\n"},
  };
}

class BodyOutlineTest
    : public testing::TestWithParam<std::tuple<OutlineCase, Variant>> {};

TEST_P(BodyOutlineTest, GivesTheExpectedOutline) {
  const auto& [c, variant] = GetParam();
  const std::string text = ApplyVariant(CaseText(c), variant);
  BodyRun run;
  const ArticleView& view = run.Parse(text);
  EXPECT_EQ(Outline(view), c.outline);
  ExpectInvariants(text, view);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BodyOutlineTest,
    testing::Combine(testing::ValuesIn(OutlineCases()),
                     testing::Values(Variant::kLf, Variant::kCrLf, Variant::kCr,
                                     Variant::kWithBom)),
    [](const testing::TestParamInfo<BodyOutlineTest::ParamType>& param_info) {
      return std::get<0>(param_info.param).name +
             VariantName(std::get<1>(param_info.param));
    });

// ---- Blocks and sections in detail
// ---------------------------------------------

TEST(BodyTest, BlocksAreViewsWithOffsets) {
  const std::string text = "xx\n\n  First line\nsecond line  \n\n## Head\n";
  BodyRun run;
  const ArticleView& view = run.Parse(text, 4);
  ASSERT_EQ(view.sections.size(), 2u);
  ASSERT_EQ(view.sections[0].blocks.size(), 1u);
  const Block& block = view.sections[0].blocks[0];
  EXPECT_EQ(block.text, "First line\nsecond line  ");
  EXPECT_EQ(block.offset, 6u);
  EXPECT_EQ(block.text.data(), text.data() + 6);
  EXPECT_EQ(view.sections[0].offset, 6u);
  EXPECT_EQ(view.sections[0].length, 26u);
  ASSERT_TRUE(view.sections[1].heading);
  EXPECT_EQ(view.sections[1].heading->text, "Head");
  EXPECT_EQ(view.sections[1].heading->offset, 32u);
  EXPECT_EQ(view.sections[1].heading->length, 7u);
  EXPECT_EQ(view.sections[1].offset + view.sections[1].length, text.size());
}

TEST(BodyTest, FirstBlockStartsAtFirstNonBlankByte) {
  const std::string text = "date 2024-03-25 Following the storm, crews worked.";
  BodyRun run;
  const ArticleView& view = run.Parse(text, 15);
  ASSERT_TRUE(view.lead);
  EXPECT_EQ(view.lead->text, "Following the storm, crews worked.");
  EXPECT_EQ(view.lead->offset, 16u);
}

TEST(BodyTest, KeepsHardWrappedProseInOneParagraph) {
  BodyRun run;
  const ArticleView& view = run.Parse("One line\nwraps onto\nthe next one.\n");
  ASSERT_EQ(view.sections.size(), 1u);
  ASSERT_EQ(view.sections[0].blocks.size(), 1u);
  EXPECT_EQ(view.stats.paragraphs, 1u);
  EXPECT_EQ(view.stats.sentences, 1u);
}

TEST(BodyTest, LeadingSectionExistsOnlyWithBlocks) {
  BodyRun run;
  const ArticleView& view = run.Parse("## First\n\nText.\n");
  ASSERT_EQ(view.sections.size(), 1u);
  EXPECT_EQ(view.sections[0].level, 2);
  EXPECT_EQ(view.stats.sections, 1u);
}

TEST(BodyTest, HeadingTitleRepeatingHeaderTitleIsDropped) {
  BodyRun run;
  ParseState& state = run.state();
  const std::string text = "# Pier Reopens\n\nText here.\n";
  state.Reset(text);
  state.view.title = TextSpan{"Pier Reopens", 0, 0};
  ParseBody(&state);
  state.Finish();
  ASSERT_EQ(state.view.sections.size(), 1u);
  EXPECT_FALSE(state.view.sections[0].heading);
  EXPECT_EQ(state.view.title->text, "Pier Reopens");
  EXPECT_EQ(state.view.stats.words, 2u);
}

TEST(BodyTest, HeaderTitleIsKept) {
  BodyRun run;
  ParseState& state = run.state();
  const std::string text = "# Another Title\n\nText here.\n";
  state.Reset(text);
  state.view.title = TextSpan{"Header Title", 0, 0};
  ParseBody(&state);
  state.Finish();
  EXPECT_EQ(state.view.title->text, "Header Title");
  ASSERT_EQ(state.view.sections.size(), 1u);
  EXPECT_EQ(state.view.sections[0].heading->text, "Another Title");
}

TEST(BodyTest, PlainTitleNeedsMoreBody) {
  BodyRun run;
  const ArticleView& view = run.Parse("Just One Line\n");
  EXPECT_FALSE(view.title);
  ASSERT_EQ(view.sections.size(), 1u);
  EXPECT_EQ(view.stats.paragraphs, 1u);
}

TEST(BodyTest, WarnsOfHeadingWithoutBody) {
  BodyRun run;
  const ArticleView& view =
      run.Parse("Intro.\n\n## Empty\n\n## Full\n\nText.\n\n## Last\n");
  std::vector<std::size_t> offsets;
  for (const Warning& w : view.warnings) {
    if (w.code == WarningCode::kHeadingWithoutBody) offsets.push_back(w.offset);
  }
  EXPECT_THAT(offsets, ElementsAre(8u, 34u));
}

TEST(BodyTest, HeadingFollowedBySubheadingHasBody) {
  BodyRun run;
  const ArticleView& view = run.Parse("# Part\n\n## Chapter\n\nText.\n");
  EXPECT_FALSE(HasWarning(view, WarningCode::kHeadingWithoutBody));
}

TEST(BodyTest, EmptyBodyHasNothing) {
  BodyRun run;
  const ArticleView& view = run.Parse(" \n\n\t\n");
  EXPECT_THAT(view.sections, IsEmpty());
  EXPECT_FALSE(view.lead);
  EXPECT_EQ(view.stats.words, 0u);
  EXPECT_EQ(view.stats.reading_minutes, 0u);
}

// ---- Datelines
// -------------------------------------------------------------------

struct DatelineCase {
  std::string name;
  std::string paragraph;
  std::string text, place, date, source, lead;
};

void PrintTo(const DatelineCase& c, std::ostream* os) { *os << c.name; }

class DatelineTest : public testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTest, SplitsDatelineFromLead) {
  const DatelineCase& c = GetParam();
  const std::string text = c.paragraph + "\n\nNext paragraph.\n";
  BodyRun run;
  const ArticleView& view = run.Parse(text);
  if (c.text.empty()) {
    EXPECT_FALSE(view.dateline);
    ASSERT_TRUE(view.lead);
    EXPECT_EQ(view.lead->text, c.paragraph);
    return;
  }
  ASSERT_TRUE(view.dateline);
  EXPECT_EQ(view.dateline->text.text, c.text);
  EXPECT_EQ(view.dateline->place.text, c.place);
  EXPECT_EQ(view.dateline->date_text ? view.dateline->date_text->text : "",
            c.date);
  EXPECT_EQ(view.dateline->source ? view.dateline->source->text : "", c.source);
  ASSERT_TRUE(view.lead);
  EXPECT_EQ(view.lead->text, c.lead);
  EXPECT_EQ(view.lead->offset, c.paragraph.size() - c.lead.size());
}

INSTANTIATE_TEST_SUITE_P(
    Wire, DatelineTest,
    testing::ValuesIn(std::vector<DatelineCase>{
        {"Reuters", "MOSCOW, March 25 (Reuters) - Officials met.",
         "MOSCOW, March 25 (Reuters) -", "MOSCOW", "March 25", "Reuters",
         "Officials met."},
        {"EmDash", "SEOUL — Talks resumed.", "SEOUL —", "SEOUL", "", "",
         "Talks resumed."},
        {"SourceOnly", "WASHINGTON (AP) — The vote passed.",
         "WASHINGTON (AP) —", "WASHINGTON", "", "AP", "The vote passed."},
        {"DateOnly", "LONDON, March 25 — Markets fell.", "LONDON, March 25 —",
         "LONDON", "March 25", "", "Markets fell."},
        {"TwoWordPlaceAndRegion",
         "SAN JUAN, Puerto Rico (AP) -- Power returned.",
         "SAN JUAN, Puerto Rico (AP) --", "SAN JUAN, Puerto Rico", "", "AP",
         "Power returned."},
        {"ProseIsNotADateline", "The vote passed - barely.", "", "", "", "",
         ""},
        {"AcronymStartIsNotADateline", "NASA said on Monday it was ready.", "",
         "", "", "", ""},
        {"NoDashIsNotADateline", "LONDON, March 25 Markets fell.", "", "", "",
         "", ""},
    }),
    [](const testing::TestParamInfo<DatelineCase>& param_info) {
      return param_info.param.name;
    });

// ---- Counts
// ------------------------------------------------------------------------

TEST(BodyTest, CountsParagraphsSectionsAndReadingTime) {
  std::string text = "Intro paragraph here.\n\n## Part\n\n- a list item\n\n";
  for (int i = 0; i < 115; ++i) text += "word ";
  text += "\n";
  BodyRun run;
  const ArticleView& view = run.Parse(text);
  EXPECT_EQ(view.stats.words, 3u + 1u + 3u + 115u);
  EXPECT_EQ(view.stats.paragraphs, 2u);
  EXPECT_EQ(view.stats.sentences, 2u);
  EXPECT_EQ(view.stats.sections, 2u);
  EXPECT_EQ(view.stats.reading_minutes, 1u);
}

TEST(BodyTest, ReadingTimeUsesOptions) {
  ParseOptions options;
  options.words_per_minute = 2;
  options.cjk_characters_per_minute = 3;
  BodyRun run(options);
  // 5 Latin words (2.5 minutes) and 3 CJK characters (1 minute): 4 minutes.
  const ArticleView& view = run.Parse("one two three four five 東京都\n");
  EXPECT_EQ(view.stats.words, 8u);
  EXPECT_EQ(view.stats.cjk_characters, 3u);
  EXPECT_EQ(view.stats.reading_minutes, 4u);
}

TEST(BodyTest, CodeBlocksAreNotCounted) {
  BodyRun run;
  const ArticleView& view = run.Parse("Two words.\n\n```\nint a = b;\n```\n");
  EXPECT_EQ(view.stats.words, 2u);
}

TEST(BodyTest, TitleAndBylineAreNotCounted) {
  BodyRun run;
  const ArticleView& view =
      run.Parse("# Three Word Title\n\nFour words are here.\n");
  EXPECT_EQ(view.stats.words, 4u);
  EXPECT_EQ(view.stats.paragraphs, 1u);
}

// ---- Caps
// --------------------------------------------------------------------------

TEST(BodyTest, MaxBlocksPutsTheRestInTheLastBlock) {
  ParseOptions options;
  options.max_blocks = 2;
  BodyRun run(options);
  const std::string text = "One.\n\nTwo.\n\n## Three\n\nFour five.\n";
  const ArticleView& view = run.Parse(text);
  EXPECT_EQ(CountWarnings(view, WarningCode::kTooManyBlocks), 1u);
  ASSERT_EQ(view.sections.size(), 1u);
  ASSERT_EQ(view.sections[0].blocks.size(), 2u);
  EXPECT_EQ(view.sections[0].blocks[1].text, "Two.\n\n## Three\n\nFour five.");
  EXPECT_EQ(view.stats.words, 5u);
  ExpectInvariants(text, view);
}

TEST(BodyTest, MaxSectionsTurnsLaterHeadingsIntoParagraphs) {
  ParseOptions options;
  options.max_sections = 2;
  BodyRun run(options);
  const std::string text = "Intro.\n\n## A\n\nText.\n\n## B\n\nText.\n";
  const ArticleView& view = run.Parse(text);
  EXPECT_EQ(CountWarnings(view, WarningCode::kTooManySections), 1u);
  EXPECT_EQ(Outline(view), "lead: Intro.\n0: p\n2 A: p p p\n");
  ExpectInvariants(text, view);
}

// ---- Random inputs: nothing lost, nothing out of bounds
// --------------------------------

std::string RandomBody(std::mt19937& rng) {
  static const char* const kPieces[] = {
      "word",
      "Title",
      "ALL",
      " ",
      "  ",
      "\t",
      "\n",
      "\n\n",
      "\r\n",
      "\r",
      ".",
      "!",
      "?",
      ",",
      "'",
      "-",
      "# ",
      "## ",
      "###",
      "#",
      "=",
      "===",
      "---",
      "- ",
      "* ",
      "1. ",
      "> ",
      "```",
      "~~~",
      "|",
      "<p>",
      "By ",
      "3.5",
      "1,000",
      "Mr.",
      "U.S.",
      "\"",
      "\xE2\x80\x9D",
      "\xE2\x80\x99",
      "\xE6\x9D\xB1",
      "\xE3\x80\x82",
      "caf\xC3\xA9",
      "\xC3",
      "\x80",
      "\xED\xA0\x80",
      "\0",
      "SEOUL \xE2\x80\x94 ",
      "(AP) ",
      "***",
  };
  std::uniform_int_distribution<std::size_t> piece(
      0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::uniform_int_distribution<int> length(0, 120);
  std::string text;
  const int n = length(rng);
  for (int i = 0; i < n; ++i) {
    const char* p = kPieces[piece(rng)];
    text += p[0] == '\0' ? std::string(1, '\0') : std::string(p);
  }
  return text;
}

TEST(BodyPropertyTest, NothingIsLostFromRandomInputs) {
  std::mt19937 rng(20240325);
  BodyRun run;
  for (int i = 0; i < 3000; ++i) {
    const std::string text = RandomBody(rng);
    SCOPED_TRACE(testing::Message()
                 << "input " << i << ": " << testing::PrintToString(text));
    const ArticleView& view = run.Parse(text);
    ExpectInvariants(text, view);
    if (HasFailure()) return;
  }
}

TEST(BodyPropertyTest, CapsKeepNothingLost) {
  std::mt19937 rng(7);
  for (std::size_t cap = 1; cap < 5; ++cap) {
    ParseOptions options;
    options.max_blocks = cap;
    options.max_sections = cap;
    BodyRun run(options);
    for (int i = 0; i < 500; ++i) {
      const std::string text = RandomBody(rng);
      SCOPED_TRACE(testing::PrintToString(text));
      const ArticleView& view = run.Parse(text);
      ExpectInvariants(text, view);
      if (HasFailure()) return;
    }
  }
}

// ---- Hostile inputs: linear, no crash
// ---------------------------------------------------

struct HostileCase {
  std::string name;
  std::string unit;  // repeated to the size under test
};

void PrintTo(const HostileCase& c, std::ostream* os) { *os << c.name; }

class HostileInputTest : public testing::TestWithParam<HostileCase> {};

// Four times the input gives four times the blocks and sections (give or
// take the edges), whole and in order. Timings stay out of tests (machines
// are noisy): BM_ArticleParserHostile and BM_ArticleParserScaling in
// benchmarks/article_benchmark.cc show the cost per byte stays flat.
TEST_P(HostileInputTest, ParsesWholeAndScalesItsResults) {
  const std::string& unit = GetParam().unit;
  std::string small;
  while (small.size() < (std::size_t{2} << 20)) small += unit;
  const std::string large = small + small + small + small;
  BodyRun run;
  const ArticleView& small_view = run.Parse(small);
  ASSERT_EQ(small_view.input.size(), small.size());
  ExpectInvariants(small, small_view);
  const std::size_t small_sections = small_view.sections.size();
  const std::size_t small_words = small_view.stats.words;
  const ArticleView& large_view = run.Parse(large);
  ASSERT_EQ(large_view.input.size(), large.size());
  ExpectInvariants(large, large_view);
  // The edges (a title taken from the first line, a unit cut at the end)
  // differ by a few words per document, never in proportion to its size.
  constexpr std::size_t kEdge = 16;
  EXPECT_LE(large_view.sections.size(), 4 * small_sections + kEdge);
  EXPECT_LE(large_view.stats.words, 4 * small_words + kEdge);
  EXPECT_GE(large_view.stats.words + kEdge, 4 * small_words);
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, HostileInputTest,
    testing::ValuesIn(std::vector<HostileCase>{
        {"SingleLine", "word "},
        {"BlankLines", "\n"},
        {"BlankLinesWithSpaces", " \t \n"},
        {"Headings", "## Heading\n"},
        {"PlainHeadings", "Heading Line\n\nText.\n\n"},
        {"CrOnly", "Line of text\r"},
        {"MixedEndings", "a\r\nb\nc\r"},
        {"NulBytes", std::string("a\0", 2)},
        {"InvalidUtf8", "\xC0\x80\xED\xA0\x80\xE2\x82\x80\xBF"},
        {"OpenFences", "```\n"},
        {"Stops", "a. b! c? "},
        {"Spaces", " "},
        {"Cjk", "\xE6\x9D\xB1\xE3\x80\x82"},
    }),
    [](const testing::TestParamInfo<HostileCase>& param_info) {
      return param_info.param.name;
    });

TEST(HostileInputTest, SixtyFourMegabyteLine) {
  std::string text(std::size_t{64} << 20, 'a');
  for (std::size_t i = 5; i < text.size(); i += 6) text[i] = ' ';
  BodyRun run;
  const ArticleView& view = run.Parse(text);
  ASSERT_EQ(view.sections.size(), 1u);
  EXPECT_EQ(view.sections[0].blocks[0].length, text.size());
  EXPECT_EQ(view.stats.words, (text.size() + 5) / 6);
}

TEST(HostileInputTest, HundredThousandHeadings) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "## H\n\nx\n\n";
  BodyRun run;
  const ArticleView& view = run.Parse(text);
  EXPECT_EQ(view.sections.size(), 100000u);
  EXPECT_EQ(view.stats.paragraphs, 100000u);
}

TEST(HostileInputTest, MillionBlankLines) {
  const std::string text = std::string(1000000, '\n') + "Body.\n";
  BodyRun run;
  const ArticleView& view = run.Parse(text);
  ASSERT_TRUE(view.lead);
  EXPECT_EQ(view.lead->offset, 1000000u);
}

// ---- End to end, through ArticleParser
// ----------------------------------------------------

TEST(ArticleBodyTest, ParsesMarkdownFixtureEndToEnd) {
  const std::string text = ReadFixture("markdown.md");
  ArticleParser parser;
  absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  ASSERT_TRUE(view->title);
  EXPECT_EQ(view->title->text, "Notes From the Harbour");
  ASSERT_EQ(view->sections.size(), 4u);
  ExpectInvariants(text, *view);
}

TEST(ArticleBodyTest, SkipsBomBeforeTheBody) {
  const std::string text = std::string(kBom) + "First paragraph.\n";
  ArticleParser parser;
  absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  ASSERT_TRUE(view->lead);
  EXPECT_EQ(view->lead->offset, 3u);
  EXPECT_EQ(view->lead->text, "First paragraph.");
}

TEST(ArticleBodyTest, FindsBylineNearTheTop) {
  const std::string text = ReadFixture("plain_wire.txt");
  ArticleParser parser;
  absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  ASSERT_TRUE(view->title);
  EXPECT_EQ(view->title->text, "Harbour Pier Reopens After Storm Repairs");
  ASSERT_TRUE(view->byline);
  EXPECT_THAT(std::string(view->byline->text.text), HasSubstr("Jane Doe"));
  ASSERT_TRUE(view->dateline);
  EXPECT_EQ(view->dateline->place.text, "EASTMERE");
  EXPECT_EQ(Outline(*view),
            "title: Harbour Pier Reopens After Storm Repairs\n"
            "byline: " +
                std::string(view->byline->text.text) +
                "\n"
                "dateline: EASTMERE, May 14 (Coastline News) -\n"
                "lead: The harbour pier\n"
                "0: p p\n"
                "2 WHAT COMES NEXT: p\n");
  EXPECT_EQ(view->stats.sentences, 5u);
  ExpectInvariants(text, *view);
}

}  // namespace
}  // namespace internal
}  // namespace lede
