// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of the header half of ArticleParser (src/internal/header/header.h):
// each header style from a fixture in tests/testdata/header, also with CR LF
// line endings, a BOM and trailing blanks; near misses that must stay body; the
// warnings; pathological inputs; and no allocation with a reused parser.

#include "src/internal/header/header.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "lede/date.h"
#include "src/internal/header/fields.h"
#include "src/internal/parse_state.h"
#include "tests/testing/allocation_counter.h"

namespace lede {
namespace internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::StartsWith;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Runs the header parser as ArticleParser does, without the body parser.
class HeaderParser {
 public:
  explicit HeaderParser(const ParseOptions& options = {}) : state_(options) {}

  const ArticleView& Parse(std::string_view text) {
    state_.Reset(text);
    const std::size_t begin =
        text.substr(0, kByteOrderMark.size()) == kByteOrderMark ? 3 : 0;
    ParseHeader(&state_, begin);
    state_.Finish();
    return state_.view;
  }

  const ParseState& state() const { return state_; }

 private:
  ParseState state_;
};

std::string ReadFixture(std::string_view name) {
  std::ifstream file(
      std::string(LEDE_TESTDATA_DIR) + "/header/" + std::string(name),
      std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::vector<std::string> Keys(const ArticleView& view) {
  std::vector<std::string> keys;
  for (const HeaderField& field : view.headers) {
    keys.emplace_back(field.key.text);
  }
  return keys;
}

std::vector<std::string> Texts(absl::Span<const TextSpan> spans) {
  std::vector<std::string> texts;
  for (const TextSpan& span : spans) texts.emplace_back(span.text);
  return texts;
}

std::vector<WarningCode> Codes(const ArticleView& view) {
  std::vector<WarningCode> codes;
  for (const Warning& warning : view.warnings) codes.push_back(warning.code);
  return codes;
}

std::string_view Body(const ArticleView& view) {
  std::string_view body = view.input.substr(view.body_offset);
  while (!body.empty() && (body.front() == '\n' || body.front() == '\r' ||
                           body.front() == ' ' || body.front() == '\t')) {
    body.remove_prefix(1);
  }
  return body;
}

// The source bytes of a span.
std::string_view Source(const ArticleView& view, const TextSpan& span) {
  return view.input.substr(span.offset, span.length);
}

bool PointsInto(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() &&
         part.data() + part.size() <= whole.data() + whole.size();
}

// ---- Fixtures, one per style, in four spellings
// ---------------------------------

enum class Variant { kLf, kCrLf, kCr, kBom, kTrailingBlanks };

std::string MakeVariant(const std::string& lf, Variant variant) {
  std::string out;
  switch (variant) {
    case Variant::kLf:
      return lf;
    case Variant::kBom:
      return std::string(kByteOrderMark) + lf;
    case Variant::kCr:
      for (const char c : lf) out += c == '\n' ? '\r' : c;
      return out;
    case Variant::kCrLf:
      for (const char c : lf) {
        if (c == '\n') out += '\r';
        out += c;
      }
      return out;
    case Variant::kTrailingBlanks:
      for (const char c : lf) {
        if (c == '\n') out += " \t";
        out += c;
      }
      return out;
  }
  return lf;
}

struct FixtureCase {
  std::string_view file;
  HeaderStyle style;
  absl::CivilDay date;
  std::string_view date_text;
  std::optional<absl::CivilDay> updated;
  std::string_view title;
  std::string_view byline;
  std::vector<std::string> authors;
  std::vector<std::string> keys;
  std::vector<std::string> tags;
  std::string_view body;
};

const FixtureCase kFixtures[] = {
    {"inline_date.txt",
     HeaderStyle::kInlineDate,
     absl::CivilDay(2024, 3, 25),
     "2024-03-25",
     std::nullopt,
     "",
     "",
     {},
     {"date"},
     {},
     "Following a storm over the harbour"},
    {"key_value.txt",
     HeaderStyle::kKeyValue,
     absl::CivilDay(2024, 3, 25),
     "March 25, 2024",
     std::nullopt,
     "Harbour Wall Repairs Begin",
     "Jane Doe, Staff Reporter",
     {"Jane Doe"},
     {"Title", "Date", "Author", "Tags", "Summary", "Source"},
     {"harbour", "council", "weather"},
     "Crews will start"},
    {"yaml.md",
     HeaderStyle::kYaml,
     absl::CivilDay(2024, 3, 25),
     "2024-03-25T10:05:30+09:00",
     absl::CivilDay(2024, 3, 26),
     "Harbour \"Wall\" Repairs Begin",
     "Jane Doe",
     {"Jane Doe"},
     {"title", "date", "updated", "author", "tags", "categories", "description",
      "draft", "params"},
     {"harbour", "council", "weather", "News", "Local"},
     "Crews will start"},
    {"toml.md",
     HeaderStyle::kToml,
     absl::CivilDay(2024, 3, 25),
     "2024-03-25T10:05:30Z",
     absl::CivilDay(2024, 3, 26),
     "Harbour Wall Repairs Begin",
     "Jane Doe",
     {"Jane Doe"},
     {"title", "date", "lastmod", "author", "tags", "summary", "draft",
      "params"},
     {"harbour", "council", "weather"},
     "Crews will start"},
    {"date_lines.txt",
     HeaderStyle::kDateLines,
     absl::CivilDay(2024, 3, 25),
     "March 25, 2024",
     absl::CivilDay(2024, 3, 26),
     "Harbour Wall Repairs Begin",
     "Jane Doe and John Roe",
     {"Jane Doe", "John Roe"},
     {"Published", "Updated"},
     {},
     "Crews will start"},
};

using FixtureParam = std::tuple<FixtureCase, Variant>;

class HeaderFixtureTest : public ::testing::TestWithParam<FixtureParam> {};

TEST_P(HeaderFixtureTest, ReadsTheHeader) {
  const FixtureCase& c = std::get<0>(GetParam());
  const std::string lf = ReadFixture(c.file);
  ASSERT_FALSE(lf.empty()) << c.file;
  const std::string text = MakeVariant(lf, std::get<1>(GetParam()));
  HeaderParser parser;
  const ArticleView& view = parser.Parse(text);

  EXPECT_EQ(view.header_style, c.style);
  EXPECT_EQ(view.header_offset, 0u);
  EXPECT_EQ(view.header_length, view.body_offset);
  EXPECT_THAT(Body(view), StartsWith(std::string(c.body)));
  ASSERT_TRUE(view.date.has_value());
  EXPECT_EQ(absl::CivilDay(view.date->civil), c.date);
  ASSERT_TRUE(view.date_text.has_value());
  EXPECT_EQ(view.date_text->text, c.date_text);
  EXPECT_EQ(Source(view, *view.date_text), c.date_text);
  if (c.updated) {
    ASSERT_TRUE(view.updated.has_value());
    EXPECT_EQ(absl::CivilDay(view.updated->civil), *c.updated);
  } else {
    EXPECT_FALSE(view.updated.has_value());
  }
  if (c.title.empty()) {
    EXPECT_FALSE(view.title.has_value());
  } else {
    ASSERT_TRUE(view.title.has_value());
    EXPECT_EQ(view.title->text, c.title);
  }
  if (c.byline.empty()) {
    EXPECT_FALSE(view.byline.has_value());
  } else {
    ASSERT_TRUE(view.byline.has_value());
    EXPECT_EQ(view.byline->text.text, c.byline);
    std::vector<std::string> names;
    for (const Author& author : view.byline->authors) {
      names.emplace_back(author.name.text);
    }
    EXPECT_EQ(names, c.authors);
  }
  EXPECT_EQ(Keys(view), c.keys);
  EXPECT_EQ(Texts(view.tags), c.tags);
  for (const Warning& warning : view.warnings) {
    ADD_FAILURE() << WarningCodeName(warning.code) << " at " << warning.offset;
  }
  // Every value that is not unescaped is a view of its source.
  for (const HeaderField& field : view.headers) {
    EXPECT_EQ(field.key.text, Source(view, field.key));
    if (PointsInto(field.value.text, view.input)) {
      EXPECT_TRUE(PointsInto(field.value.text, Source(view, field.value)))
          << field.key.text;
    }
  }
}

std::string FixtureName(const ::testing::TestParamInfo<FixtureParam>& info) {
  std::string name(std::get<0>(info.param).file);
  name = name.substr(0, name.find('.'));
  std::string out;
  bool upper = true;
  for (const char c : name) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  constexpr const char* kVariantNames[] = {"Lf", "CrLf", "Cr", "Bom",
                                           "TrailingBlanks"};
  return out + kVariantNames[static_cast<int>(std::get<1>(info.param))];
}

INSTANTIATE_TEST_SUITE_P(
    Styles, HeaderFixtureTest,
    ::testing::Combine(::testing::ValuesIn(kFixtures),
                       ::testing::Values(Variant::kLf, Variant::kCrLf,
                                         Variant::kCr, Variant::kBom,
                                         Variant::kTrailingBlanks)),
    FixtureName);

// ---- The sample's shape
// -----------------------------------------------------------

TEST(HeaderTest, InlineDateLineStartsTheBodyRightAfterTheDate) {
  const std::string text =
      " date 2024-03-25 Following a long dry spell, the valley's farmers "
      "met on Tuesday.\n\nWater Rules Eased\n\nThe board agreed new rules.\n";
  HeaderParser parser;
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kInlineDate);
  ASSERT_TRUE(view.date.has_value());
  EXPECT_EQ(view.date->civil, absl::CivilSecond(2024, 3, 25));
  EXPECT_EQ(view.date->precision, DatePrecision::kDay);
  ASSERT_TRUE(view.date_text.has_value());
  EXPECT_EQ(view.date_text->text, "2024-03-25");
  EXPECT_EQ(view.date_text->offset, 6u);
  EXPECT_EQ(view.date_text->length, 10u);
  EXPECT_EQ(view.body_offset, 16u);
  EXPECT_EQ(view.header_length, 16u);
  // Nothing was copied: the body is the input from there on.
  EXPECT_EQ(view.input.data(), text.data());
  EXPECT_THAT(std::string(view.input.substr(view.body_offset)),
              StartsWith(" Following a long dry spell"));
}

TEST(HeaderTest, InlineDateLineThroughTheArticleParser) {
  const std::string text =
      " date 2024-03-25 Following a long dry spell, the valley's farmers "
      "met on Tuesday.\n\nWater Rules Eased\n\nThe board agreed new rules.\n";
  ArticleParser parser;
  absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->header_style, HeaderStyle::kInlineDate);
  EXPECT_EQ(view->body_offset, 16u);
  ASSERT_TRUE(view->date_text.has_value());
  EXPECT_EQ(view->date_text->text, "2024-03-25");
}

TEST(HeaderTest, InlineDateWordIsAnyCase) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse("DATE 2024-03-25 The plan.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kInlineDate);
  EXPECT_EQ(view.body_offset, 15u);
}

TEST(HeaderTest, InlineDateAfterBomAndBlankLines) {
  HeaderParser parser;
  const std::string text =
      std::string(kByteOrderMark) + "\n  \n date 2024-03-25 Text.";
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kInlineDate);
  EXPECT_EQ(view.header_offset, 0u);
  EXPECT_EQ(view.input.substr(view.body_offset), " Text.");
}

// ---- Key-value blocks
// ---------------------------------------------------------------

TEST(HeaderTest, KeyValueKeysMatchIgnoringCase) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("TITLE: A Plan\npublished: 2024-03-25\n\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kKeyValue);
  ASSERT_TRUE(view.title.has_value());
  EXPECT_EQ(view.title->text, "A Plan");
  ASSERT_TRUE(view.date.has_value());
  EXPECT_EQ(view.date_text->text, "2024-03-25");
  EXPECT_THAT(Keys(view), ElementsAre("TITLE", "published"));
  EXPECT_NE(view.FindHeader("title"), nullptr);
}

TEST(HeaderTest, KeyValueKeepsUnknownKeysAsWritten) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(
      "Title: A Plan\nReading Time: 4 min\nX-Robots: none\n\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kKeyValue);
  EXPECT_THAT(Keys(view), ElementsAre("Title", "Reading Time", "X-Robots"));
  EXPECT_EQ(view.headers[1].value.text, "4 min");
  EXPECT_EQ(view.headers[1].value.offset, 28u);
}

TEST(HeaderTest, KeyValueContinuationLineExtendsTheValue) {
  HeaderParser parser;
  const std::string text =
      "Title: A Plan\nSummary: The board met\n\tand agreed.\n\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_EQ(view.headers.size(), 2u);
  const HeaderField& summary = view.headers[1];
  EXPECT_EQ(summary.value.text, "The board met and agreed.");
  EXPECT_EQ(Source(view, summary.value), "The board met\n\tand agreed.");
  EXPECT_THAT(std::string(Body(view)), StartsWith("Body."));
}

TEST(HeaderTest, KeyValueBlockMayEndTheInput) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse("Title: A Plan\nDate: 2024-03-25");
  EXPECT_EQ(view.header_style, HeaderStyle::kKeyValue);
  EXPECT_EQ(view.body_offset, view.input.size());
}

TEST(HeaderTest, KeepsDuplicateKeysInOrder) {
  HeaderParser parser;
  const std::string text =
      "Tags: a\nTitle: One\ntags: b\nTitle: Two\n\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  EXPECT_THAT(Keys(view), ElementsAre("Tags", "Title", "tags", "Title"));
  ASSERT_TRUE(view.title.has_value());
  EXPECT_EQ(view.title->text, "One");
  EXPECT_THAT(Texts(view.tags), ElementsAre("a", "b"));
  std::vector<std::size_t> offsets;
  for (const Warning& warning : view.warnings) {
    if (warning.code == WarningCode::kDuplicateKey) {
      offsets.push_back(warning.offset);
    }
  }
  EXPECT_THAT(offsets, ElementsAre(text.find("tags"), text.find("Title: Two")));
}

// A few keys are compared pairwise and many through a hash table: both
// find each later duplicate, whatever its case.
TEST(HeaderTest, WarnsAboutEachDuplicateWithFewOrManyKeys) {
  for (int keys : {2, 7, 8, 9, 20}) {
    // Keys "Title", "Field a", "Field b", ...
    const auto name = [](int i) {
      return i == 0 ? std::string("Title")
                    : "Field " + std::string(1, static_cast<char>('a' + i));
    };
    std::string text;
    for (int i = 0; i < keys; ++i) text += name(i) + ": v\n";
    const std::size_t first = text.size();
    text += "TITLE: again\n";
    const std::size_t second = text.size();
    std::string last = name(keys - 1);
    last[0] = 'f';
    text += last + ": again\n\nBody.\n";
    HeaderParser parser;
    const ArticleView& view = parser.Parse(text);
    std::vector<std::size_t> offsets;
    for (const Warning& warning : view.warnings) {
      if (warning.code == WarningCode::kDuplicateKey) {
        offsets.push_back(warning.offset);
      }
    }
    EXPECT_THAT(offsets, ElementsAre(first, second)) << keys;
  }
}

TEST(HeaderTest, SplitsTagsAndKeywordsAtCommas) {
  HeaderParser parser;
  const std::string text =
      "Title: T\nTags: harbour,  council ,\nKeywords: sea wall\n\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_EQ(view.headers.size(), 3u);
  EXPECT_TRUE(view.headers[1].is_list);
  EXPECT_THAT(Texts(view.headers[1].items), ElementsAre("harbour", "council"));
  EXPECT_EQ(view.headers[1].items[1].offset, text.find("council"));
  EXPECT_THAT(Texts(view.tags), ElementsAre("harbour", "council", "sea wall"));
}

TEST(HeaderTest, UpdatedOnlyDateIsAlsoTheDate) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("Title: T\nModified: 2024-03-26\n\nBody.\n");
  ASSERT_TRUE(view.date.has_value());
  ASSERT_TRUE(view.updated.has_value());
  EXPECT_EQ(view.date->civil, absl::CivilSecond(2024, 3, 26));
  EXPECT_EQ(view.updated->civil, absl::CivilSecond(2024, 3, 26));
  EXPECT_EQ(view.date_text->text, "2024-03-26");
  EXPECT_EQ(view.updated_text->text, "2024-03-26");
}

TEST(HeaderTest, UnparseableDateKeepsTheRawText) {
  HeaderParser parser;
  const std::string text = "Title: T\nDate: the day after tomorrow\n\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kKeyValue);
  EXPECT_FALSE(view.date.has_value());
  ASSERT_NE(view.FindHeader("date"), nullptr);
  EXPECT_EQ(view.FindHeader("date")->value.text, "the day after tomorrow");
  ASSERT_THAT(Codes(view), ElementsAre(WarningCode::kUnparseableDate));
  EXPECT_EQ(view.warnings[0].offset, text.find("the day"));
}

TEST(HeaderTest, WarnsAboutAmbiguousDayAndMonth) {
  HeaderParser parser;
  const std::string text = "Title: T\nDate: 03/04/2024\n\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_TRUE(view.date.has_value());
  ASSERT_THAT(Codes(view), ElementsAre(WarningCode::kAmbiguousDate));
  EXPECT_EQ(view.warnings[0].offset, text.find("03/"));
}

TEST(HeaderTest, WarnsAboutAmbiguousZone) {
  HeaderParser parser;
  const std::string text =
      "Title: T\nDate: March 25, 2024 10:05 IST\n\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_TRUE(view.date.has_value());
  EXPECT_FALSE(view.date->utc_offset_minutes.has_value());
  ASSERT_THAT(Codes(view), ElementsAre(WarningCode::kAmbiguousZone));
  EXPECT_EQ(view.warnings[0].offset, text.find("March"));
}

TEST(HeaderTest, AuthorHeaderIsTheByline) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(
      "Title: T\nBy: Jane Doe, Staff Reporter and John Roe\n\nBody.\n");
  ASSERT_TRUE(view.byline.has_value());
  ASSERT_EQ(view.byline->authors.size(), 2u);
  EXPECT_EQ(view.byline->authors[0].name.text, "Jane Doe");
  ASSERT_TRUE(view.byline->authors[0].role.has_value());
  EXPECT_EQ(view.byline->authors[0].role->text, "Staff Reporter");
  EXPECT_EQ(view.byline->authors[1].name.text, "John Roe");
}

TEST(HeaderTest, AuthorListIsABylineOfTheNames) {
  HeaderParser parser;
  const ArticleView& one =
      parser.Parse("+++\nauthors = [\"Ines Duarte\"]\n+++\n\nBody.\n");
  ASSERT_TRUE(one.byline.has_value());
  EXPECT_EQ(one.byline->text.text, "Ines Duarte");
  const ArticleView& two =
      parser.Parse("---\nauthor: [Jane Doe, \"John \\u00e9\"]\n---\nBody.\n");
  ASSERT_TRUE(two.byline.has_value());
  EXPECT_EQ(two.byline->text.text, "Jane Doe, John \u00e9");
  ASSERT_EQ(two.byline->authors.size(), 2u);
  EXPECT_EQ(two.byline->authors[1].name.text, "John \u00e9");
}

// ---- Near misses: bodies that must stay bodies
// --------------------------------------

class NearMissTest : public ::testing::TestWithParam<std::string_view> {};

TEST_P(NearMissTest, StaysBody) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(GetParam());
  EXPECT_EQ(view.header_style, HeaderStyle::kNone);
  EXPECT_EQ(view.body_offset, 0u);
  EXPECT_EQ(view.header_length, 0u);
  EXPECT_THAT(view.headers, IsEmpty());
  EXPECT_THAT(Codes(view), IsEmpty());
  EXPECT_FALSE(view.date.has_value());
  EXPECT_FALSE(view.title.has_value());
}

INSTANTIATE_TEST_SUITE_P(
    Prose, NearMissTest,
    ::testing::Values(
        "Note: the meeting was moved to Friday.\n\nMore text follows.\n",
        "Update: officials said the road would reopen.\n\nMore.\n",
        "WASHINGTON: The senate voted on Tuesday.\n\nMore.\n",
        "Q: What happened?\nA: A storm hit the coast.\n\nMore.\n",
        "http://example.com/story was shared widely.\n\nMore.\n",
        "See https://example.com/a: it explains the plan.\n",
        "Title: Harbour Wall\nThe council met on Monday to agree a plan.\n\n"
        "More.\n",
        "At 10:30 the bells rang out.\n\nMore.\n",
        "By the time the crews arrived, the wall had gone.\n\nMore.\n",
        "Date night at the harbour was a success.\n",
        "Dates: the council has not set any.\n",
        "The plan: fix the wall before winter.\n",
        "Tags are useful: they help readers.\n",
        "Summary of events\nMarch was a busy month for the crews.\n",
        "Date 2024-03-25T10:61 is not a time\n", "   \n\n",
        "- item one\n- item two\n", "Mr. Smith: we will rebuild.\n"));

TEST(HeaderTest, TitleFollowedByProseIsNotAHeader) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("Title: Harbour Wall\nCrews met on Monday.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kNone);
}

// ---- YAML
// -----------------------------------------------------------------------------

TEST(HeaderTest, YamlUnescapesOnlyWhatNeedsIt) {
  HeaderParser parser;
  const std::string text =
      "---\n"
      "plain: a plain value # a comment\n"
      "quoted: \"no escapes\"\n"
      "escaped: \"tab\\there \\u00e9 \\\"q\\\"\"\n"
      "single: 'it''s'\n"
      "folded: a long\n  plain value\n"
      "---\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_EQ(view.header_style, HeaderStyle::kYaml);
  ASSERT_EQ(view.headers.size(), 5u);
  const std::string& scratch = parser.state().scratch;
  EXPECT_EQ(view.headers[0].value.text, "a plain value");
  EXPECT_TRUE(PointsInto(view.headers[0].value.text, text));
  EXPECT_EQ(view.headers[1].value.text, "no escapes");
  EXPECT_TRUE(PointsInto(view.headers[1].value.text, text));
  EXPECT_EQ(Source(view, view.headers[1].value), "\"no escapes\"");
  EXPECT_EQ(view.headers[2].value.text, "tab\there \xC3\xA9 \"q\"");
  EXPECT_TRUE(PointsInto(view.headers[2].value.text, scratch));
  EXPECT_EQ(Source(view, view.headers[2].value),
            "\"tab\\there \\u00e9 \\\"q\\\"\"");
  EXPECT_EQ(view.headers[3].value.text, "it's");
  EXPECT_EQ(view.headers[4].value.text, "a long plain value");
  EXPECT_EQ(view.body_offset, text.find("Body."));
}

TEST(HeaderTest, YamlReadsInlineAndBlockLists) {
  HeaderParser parser;
  const std::string text =
      "---\n"
      "tags: [a, \"b, c\", 'd']\n"
      "keywords:\n- x\n- \"y\"\n"
      "authors:\n  - Jane Doe\n  - John Roe\n"
      "empty: []\n"
      "---\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_EQ(view.headers.size(), 4u);
  EXPECT_TRUE(view.headers[0].is_list);
  EXPECT_EQ(view.headers[0].value.text, "[a, \"b, c\", 'd']");
  EXPECT_THAT(Texts(view.headers[0].items), ElementsAre("a", "b, c", "d"));
  EXPECT_EQ(Source(view, view.headers[0].items[1]), "\"b, c\"");
  EXPECT_THAT(Texts(view.headers[1].items), ElementsAre("x", "y"));
  EXPECT_THAT(Texts(view.tags), ElementsAre("a", "b, c", "d", "x", "y"));
  ASSERT_TRUE(view.byline.has_value());
  ASSERT_EQ(view.byline->authors.size(), 2u);
  EXPECT_EQ(view.byline->authors[1].name.text, "John Roe");
  EXPECT_TRUE(view.headers[3].is_list);
  EXPECT_THAT(view.headers[3].items, IsEmpty());
}

TEST(HeaderTest, YamlKeepsNestedMappingsRaw) {
  HeaderParser parser;
  const std::string text =
      "---\n"
      "params:\n  featured: true\n  weight: 3\n"
      "body: |\n  line one\n  line two\n"
      "map: {a: 1}\n"
      "title: T\n"
      "---\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_EQ(view.headers.size(), 4u);
  EXPECT_EQ(view.headers[0].value.text, "featured: true\n  weight: 3");
  EXPECT_FALSE(view.headers[0].is_list);
  // A block scalar is read as YAML 1.2 reads it; its span is its lines.
  EXPECT_EQ(view.headers[1].value.text, "line one\nline two\n");
  EXPECT_EQ(
      text.substr(view.headers[1].value.offset, view.headers[1].value.length),
      "line one\n  line two");
  EXPECT_EQ(view.headers[2].value.text, "{a: 1}");
  EXPECT_EQ(view.title->text, "T");
}

TEST(HeaderTest, YamlClosesWithDots) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse("---\ntitle: T\n...\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kYaml);
  EXPECT_EQ(view.input.substr(view.body_offset), "Body.\n");
}

TEST(HeaderTest, UnterminatedFrontMatterIsAllBody) {
  for (const std::string_view text :
       {std::string_view("---\ntitle: T\n\nBody.\n"),
        std::string_view("\n+++\ntitle = 'T'\nBody.\n")}) {
    HeaderParser parser;
    const ArticleView& view = parser.Parse(text);
    EXPECT_EQ(view.header_style, HeaderStyle::kNone);
    EXPECT_EQ(view.body_offset, 0u);
    EXPECT_THAT(view.headers, IsEmpty());
    ASSERT_THAT(Codes(view),
                ElementsAre(WarningCode::kUnterminatedFrontMatter));
    EXPECT_EQ(view.warnings[0].offset, text.find_first_of("-+"));
  }
}

TEST(HeaderTest, EmptyFrontMatterIsAHeader) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse("---\n---\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kYaml);
  EXPECT_EQ(view.body_offset, 8u);
}

// ---- TOML
// -----------------------------------------------------------------------------

TEST(HeaderTest, TomlReadsStringsArraysAndDates) {
  HeaderParser parser;
  const std::string text =
      "+++\n"
      "title = \"A \\\"Plan\\\" \\u00e9\"\n"
      "path = 'C:\\raw'\n"
      "summary = \"\"\"\nLine one \\\n    and more.\"\"\"\n"
      "literal = '''\nkept \\n'''\n"
      "tags = [\n  \"a\", # first\n  'b',\n]\n"
      "date = 2024-03-25 10:05:30\n"
      "count = 3 # comment\n"
      "\"quoted key\" = true\n"
      "point = { x = 1 }\n"
      "+++\n"
      "Body.\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_EQ(view.header_style, HeaderStyle::kToml);
  EXPECT_THAT(Keys(view),
              ElementsAre("title", "path", "summary", "literal", "tags", "date",
                          "count", "quoted key", "point"));
  EXPECT_EQ(view.headers[0].value.text, "A \"Plan\" \xC3\xA9");
  EXPECT_EQ(Source(view, view.headers[0].value), "\"A \\\"Plan\\\" \\u00e9\"");
  EXPECT_EQ(view.headers[1].value.text, "C:\\raw");
  EXPECT_EQ(view.headers[2].value.text, "Line one and more.");
  EXPECT_EQ(view.headers[3].value.text, "kept \\n");
  EXPECT_TRUE(view.headers[4].is_list);
  EXPECT_THAT(Texts(view.headers[4].items), ElementsAre("a", "b"));
  EXPECT_THAT(Texts(view.tags), ElementsAre("a", "b"));
  EXPECT_EQ(view.headers[5].value.text, "2024-03-25 10:05:30");
  ASSERT_TRUE(view.date.has_value());
  EXPECT_EQ(view.date->civil, absl::CivilSecond(2024, 3, 25, 10, 5, 30));
  EXPECT_EQ(view.headers[6].value.text, "3");
  EXPECT_EQ(view.headers[8].value.text, "{ x = 1 }");
  EXPECT_EQ(view.input.substr(view.body_offset), "Body.\n");
}

TEST(HeaderTest, TomlTableIsOneRawField) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(
      "+++\ntitle = 'T'\n[params]\nauthor = 'X'\nweight = 2\n+++\n");
  ASSERT_EQ(view.headers.size(), 2u);
  EXPECT_EQ(view.headers[1].key.text, "params");
  EXPECT_EQ(view.headers[1].value.text, "author = 'X'\nweight = 2");
  EXPECT_FALSE(view.byline.has_value());
}

TEST(HeaderTest, TomlUnterminatedArrayTakesTheRest) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("+++\ntags = [\"a\",\ntitle = 'T'\n+++\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kToml);
  ASSERT_EQ(view.headers.size(), 1u);
  EXPECT_EQ(view.headers[0].value.text, "[\"a\",\ntitle = 'T'\n");
}

// ---- Date lines
// -----------------------------------------------------------------------

TEST(HeaderTest, TitleLineThenDateLine) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("Harbour Wall Repairs Begin\nMarch 25, 2024\n\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kDateLines);
  ASSERT_TRUE(view.title.has_value());
  EXPECT_EQ(view.title->text, "Harbour Wall Repairs Begin");
  EXPECT_EQ(view.title->offset, 0u);
  EXPECT_EQ(view.date_text->text, "March 25, 2024");
  // A bare title or date line has no key: no field is invented.
  EXPECT_THAT(view.headers, IsEmpty());
}

TEST(HeaderTest, TitleBylineAndDateLinesMayStandApart) {
  HeaderParser parser;
  const std::string_view text =
      "# Council Approves Lanes\n\nBy Jane Roe\n\nPublished: 2024-03-25\n\n"
      "The council voted on Tuesday.\n";
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kDateLines);
  ASSERT_TRUE(view.title.has_value());
  EXPECT_EQ(view.title->text, "Council Approves Lanes");
  ASSERT_TRUE(view.byline.has_value());
  EXPECT_EQ(view.byline->authors[0].name.text, "Jane Roe");
  ASSERT_TRUE(view.date_text.has_value());
  EXPECT_EQ(view.date_text->text, "2024-03-25");
  EXPECT_EQ(view.body_offset, text.find("\n\nThe council") + 1);
}

TEST(HeaderTest, TitleSetApartFromProseIsNotAHeader) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("# Council Approves Lanes\n\nThe council voted.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kNone);
}

TEST(HeaderTest, LoneDateLine) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse("\n2024-03-25\nBody starts here.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kDateLines);
  EXPECT_EQ(view.date_text->offset, 1u);
  EXPECT_EQ(view.input.substr(view.body_offset), "Body starts here.\n");
  EXPECT_FALSE(view.title.has_value());
}

struct DateLineCase {
  std::string_view text;
  std::string_view key;  // empty: no field
  bool updated;
};

class DateLinePrefixTest : public ::testing::TestWithParam<DateLineCase> {};

TEST_P(DateLinePrefixTest, ReadsThePrefixedDate) {
  const DateLineCase& c = GetParam();
  HeaderParser parser;
  const std::string text = std::string(c.text) + "\n\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  EXPECT_TRUE(view.header_style == HeaderStyle::kDateLines ||
              view.header_style == HeaderStyle::kKeyValue);
  ASSERT_TRUE(view.date.has_value());
  EXPECT_EQ(absl::CivilDay(view.date->civil), absl::CivilDay(2024, 3, 25));
  EXPECT_EQ(view.date_text->text, "March 25, 2024");
  EXPECT_EQ(view.updated.has_value(), c.updated);
  if (c.key.empty()) {
    EXPECT_THAT(view.headers, IsEmpty());
  } else {
    ASSERT_EQ(view.headers.size(), 1u);
    EXPECT_EQ(view.headers[0].key.text, c.key);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Prefixes, DateLinePrefixTest,
    ::testing::Values(
        DateLineCase{"Published: March 25, 2024", "Published", false},
        DateLineCase{"Published March 25, 2024", "Published", false},
        DateLineCase{"Updated March 25, 2024", "Updated", true},
        DateLineCase{"Updated: March 25, 2024", "Updated", true},
        DateLineCase{"Posted on March 25, 2024", "Posted on", false},
        DateLineCase{"Last modified: March 25, 2024", "Last modified", true},
        DateLineCase{"  March 25, 2024", "", false}));

TEST(HeaderTest, PublishedLineFollowedByProse) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("Published: March 25, 2024\nThe board met on Monday.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kDateLines);
  EXPECT_EQ(view.input.substr(view.body_offset), "The board met on Monday.\n");
}

TEST(HeaderTest, BylineStandsNextToDateLines) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(
      "Updated: 2024-03-26\nBy Jane Doe, Staff Reporter\n\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kDateLines);
  ASSERT_TRUE(view.byline.has_value());
  EXPECT_EQ(view.byline->text.text, "Jane Doe, Staff Reporter");
  ASSERT_EQ(view.byline->authors.size(), 1u);
  EXPECT_EQ(view.byline->authors[0].role->text, "Staff Reporter");
  EXPECT_EQ(view.date_text->text, "2024-03-26");
  EXPECT_EQ(view.updated_text->text, "2024-03-26");
}

TEST(HeaderTest, TitleKeyLineThenDateLine) {
  HeaderParser parser;
  const ArticleView& view =
      parser.Parse("Title: Harbour Wall\n2024-03-25\nBody.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kDateLines);
  EXPECT_EQ(view.title->text, "Harbour Wall");
  EXPECT_THAT(Keys(view), ElementsAre("Title"));
}

// ---- Limits and pathological inputs
// ----------------------------------------------------

TEST(HeaderTest, HeaderOverTheLimitIsBody) {
  ParseOptions options;
  options.max_header_bytes = 16;
  for (const std::string_view text :
       {std::string_view("---\ntitle: A long enough title\n---\nBody.\n"),
        std::string_view("Title: A long enough title\n\nBody.\n")}) {
    HeaderParser parser(options);
    const ArticleView& view = parser.Parse(text);
    EXPECT_EQ(view.header_style, HeaderStyle::kNone);
    EXPECT_EQ(view.body_offset, 0u);
    EXPECT_THAT(view.headers, IsEmpty());
    EXPECT_THAT(Codes(view), ElementsAre(WarningCode::kHeaderTooLarge));
  }
}

TEST(HeaderTest, HundredThousandHeaderLines) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "Tags: t" + std::to_string(i) + "\n";
  text += "\nBody.\n";
  HeaderParser parser;
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kKeyValue);
  EXPECT_EQ(view.headers.size(), 100000u);
  EXPECT_EQ(view.tags.size(), 100000u);
  // Duplicates are warned about up to the cap, found in linear time.
  EXPECT_EQ(view.warnings.size(), ParseOptions().max_warnings + 1);
}

TEST(HeaderTest, FrontMatterWithManyKeysIsLinear) {
  std::string text = "---\n";
  for (int i = 0; i < 100000; ++i) {
    text += "key" + std::to_string(i % 50000) + ": \"v\\t\"\n";
  }
  text += "---\nBody.\n";
  HeaderParser parser;
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kYaml);
  EXPECT_EQ(view.headers.size(), 100000u);
  EXPECT_EQ(view.headers.back().value.text, "v\t");
}

TEST(HeaderTest, MegabyteDateValue) {
  const std::string digits(1 << 20, '7');
  for (const std::string& text :
       {"Date: " + digits + "\n\nBody.\n", "---\ndate: " + digits + "\n---\n",
        " date " + digits + " body\n", digits + "\n"}) {
    HeaderParser parser;
    const ArticleView& view = parser.Parse(text);
    EXPECT_FALSE(view.date.has_value());
  }
}

TEST(HeaderTest, AnyBytesGiveAResult) {
  using std::string_literals::operator""s;
  const std::string text =
      "---\ntitle: \"a\\\0\xFF\xC3\"\ntags: [\"x\xFE\", \0]\n---\nBody\0.\n"s;
  HeaderParser parser;
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kYaml);
  ASSERT_EQ(view.headers.size(), 2u);
  EXPECT_EQ(view.headers[0].value.length, 7u);  // "a\\<NUL><FF><C3>"
  // Every mutation of every fixture parses without reading out of bounds.
  std::uint32_t seed = 12345;
  for (const FixtureCase& c : kFixtures) {
    const std::string base = ReadFixture(c.file);
    for (int round = 0; round < 300; ++round) {
      std::string mutated = base;
      for (int k = 0; k < 4; ++k) {
        seed = seed * 1664525u + 1013904223u;
        const std::size_t at = seed % mutated.size();
        seed = seed * 1664525u + 1013904223u;
        constexpr char kBytes[] = {'\0', '\n', '\r', '"',  '\'', '[', ']',
                                   ':',  '-',  '+',  '\\', ' ',  '#', '\xFF'};
        mutated[at] = kBytes[seed % sizeof(kBytes)];
      }
      const ArticleView& out = parser.Parse(mutated);
      EXPECT_LE(out.body_offset, mutated.size());
      for (const HeaderField& field : out.headers) {
        EXPECT_LE(field.value.offset + field.value.length, mutated.size());
      }
      for (int cut = 0; cut < 3; ++cut) {
        seed = seed * 1664525u + 1013904223u;
        const std::string_view prefix =
            std::string_view(mutated).substr(0, seed % mutated.size());
        EXPECT_LE(parser.Parse(prefix).body_offset, prefix.size());
      }
    }
  }
}

// ---- Allocation
// --------------------------------------------------------------------------

TEST(HeaderTest, ReusedParserDoesNotAllocate) {
  std::vector<std::string> texts;
  for (const FixtureCase& c : kFixtures) {
    for (const Variant variant : {Variant::kLf, Variant::kCrLf, Variant::kCr,
                                  Variant::kBom, Variant::kTrailingBlanks}) {
      texts.push_back(MakeVariant(ReadFixture(c.file), variant));
    }
  }
  HeaderParser parser;
  for (const std::string& text : texts) parser.Parse(text);
  const std::uint64_t before = lede_testing::AllocationCount();
  for (const std::string& text : texts) parser.Parse(text);
  EXPECT_EQ(lede_testing::AllocationCount() - before, 0u);
}

// ---- Key names
// ----------------------------------------------------------------

TEST(ClassifyKeyTest, KnowsEveryNameInAnyCaseAndSeparator) {
  using header_util::ClassifyKey;
  using header_util::KeyKind;
  const std::pair<std::string_view, KeyKind> kNames[] = {
      {"date", KeyKind::kDate},
      {"Published", KeyKind::kDate},
      {"PUBDATE", KeyKind::kDate},
      {"publish-date", KeyKind::kDate},
      {"publishdate", KeyKind::kDate},
      {"Published At", KeyKind::kDate},
      {"published_on", KeyKind::kDate},
      {"date published", KeyKind::kDate},
      {"datePublished", KeyKind::kDate},
      {"publication_date", KeyKind::kDate},
      {"created", KeyKind::kDate},
      {"created-at", KeyKind::kDate},
      {"posted", KeyKind::kDate},
      {"posted_on", KeyKind::kDate},
      {"updated", KeyKind::kUpdated},
      {"updated_at", KeyKind::kUpdated},
      {"updated_on", KeyKind::kUpdated},
      {"modified", KeyKind::kUpdated},
      {"modified_at", KeyKind::kUpdated},
      {"Last-Modified", KeyKind::kUpdated},
      {"lastmodified", KeyKind::kUpdated},
      {"lastmod", KeyKind::kUpdated},
      {"last_updated", KeyKind::kUpdated},
      {"date_modified", KeyKind::kUpdated},
      {"dateModified", KeyKind::kUpdated},
      {"Title", KeyKind::kTitle},
      {"headline", KeyKind::kTitle},
      {"Author", KeyKind::kAuthor},
      {"authors", KeyKind::kAuthor},
      {"By", KeyKind::kAuthor},
      {"byline", KeyKind::kAuthor},
      {"Tags", KeyKind::kTags},
      {"keywords", KeyKind::kTags},
      {"categories", KeyKind::kTags},
      {"subtitle", KeyKind::kKnown},
      {"source", KeyKind::kKnown},
      {"publisher", KeyKind::kKnown},
      {"URL", KeyKind::kKnown},
      {"link", KeyKind::kKnown},
      {"category", KeyKind::kKnown},
      {"section", KeyKind::kKnown},
      {"language", KeyKind::kKnown},
      {"lang", KeyKind::kKnown},
      {"summary", KeyKind::kKnown},
      {"description", KeyKind::kKnown},
      // Near misses.
      {"", KeyKind::kOther},
      {"d", KeyKind::kOther},
      {"dates", KeyKind::kOther},
      {"dat", KeyKind::kOther},
      {"titles", KeyKind::kOther},
      {"bye", KeyKind::kOther},
      {"tag", KeyKind::kOther},
      {"publication_dates", KeyKind::kOther},
      {"date_", KeyKind::kOther},
      {"_date", KeyKind::kOther},
      {"x-mailer", KeyKind::kOther},
  };
  for (const auto& [name, kind] : kNames) {
    EXPECT_EQ(ClassifyKey(name), kind) << name;
  }
}

// ---- Mail and Usenet
// -----------------------------------------------------------------------------

TEST(HeaderMailTest, UsenetFieldNamesKeepTheBlock) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(
      "Path: news.example.com!not-for-mail\n"
      "From: jane@example.com (Jane Doe)\n"
      "Newsgroups: comp.lang.c\n"
      "Subject: Re: Pointers to arrays\n"
      "Article-I.D.: news.12345\n"
      "Date: Mon, 25 Mar 2024 10:05:30 +0000\n"
      "\n"
      "The body.\n");
  EXPECT_EQ(view.header_style, HeaderStyle::kKeyValue);
  ASSERT_TRUE(view.title);
  EXPECT_EQ(view.title->text, "Re: Pointers to arrays");
  ASSERT_TRUE(view.byline);
  EXPECT_EQ(view.byline->text.text, "Jane Doe");
  ASSERT_TRUE(view.date);
  EXPECT_EQ(view.date->FormatIso8601(), "2024-03-25T10:05:30Z");
  ASSERT_EQ(view.headers.size(), 6u);
  EXPECT_EQ(view.headers[4].key.text, "Article-I.D.");
}

TEST(HeaderMailTest, FromGivesTheDisplayName) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(
      "From: \"Jane Q. Doe\" <jane@example.com>\nSubject: Hello\n\nBody.\n");
  ASSERT_TRUE(view.byline);
  EXPECT_EQ(view.byline->text.text, "Jane Q. Doe");
  ASSERT_EQ(view.byline->authors.size(), 1u);
  EXPECT_EQ(view.byline->authors[0].name.text, "Jane Q. Doe");
  EXPECT_EQ(header_util::MailboxName("<jane@example.com>"), "jane@example.com");
  EXPECT_EQ(header_util::MailboxName("Jane Doe"), "Jane Doe");
}

TEST(HeaderMailTest, FieldNameIsOneTokenWhenItHasOtherBytes) {
  HeaderParser parser;
  // "U.S. officials" is not a field name: two words, one with a dot.
  const ArticleView& view =
      parser.Parse("U.S. officials: no comment\nDate: 2024-03-25\n\nBody.\n");
  EXPECT_NE(view.header_style, HeaderStyle::kKeyValue);
}

// ---- YAML block scalars
// -----------------------------------------------------------------------------

std::string YamlValue(const std::string& yaml, std::string_view key) {
  HeaderParser parser;
  const std::string text = "---\n" + yaml + "---\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  const HeaderField* field = view.FindHeader(key);
  return field == nullptr ? "<none>" : std::string(field->value.text);
}

TEST(HeaderYamlBlockTest, LiteralKeepsLineBreaks) {
  EXPECT_EQ(YamlValue("a: |\n  one\n  two\n\n  three\nb: x\n", "a"),
            "one\ntwo\n\nthree\n");
}

TEST(HeaderYamlBlockTest, FoldedFoldsLineBreaks) {
  EXPECT_EQ(YamlValue("author: >\n  Jane\n  Doe\n", "author"), "Jane Doe\n");
  EXPECT_EQ(YamlValue("a: >\n  one\n  two\n\n  three\n", "a"),
            "one two\nthree\n");
  // A more-indented line keeps its breaks.
  EXPECT_EQ(YamlValue("a: >\n  one\n    code\n  two\n", "a"),
            "one\n  code\ntwo\n");
}

TEST(HeaderYamlBlockTest, ChompingIndicators) {
  EXPECT_EQ(YamlValue("a: |-\n  text\n\nb: x\n", "a"), "text");
  EXPECT_EQ(YamlValue("a: |+\n  text\n\nb: x\n", "a"), "text\n\n");
  EXPECT_EQ(YamlValue("a: >-\n  one\n  two\nb: x\n", "a"), "one two");
}

TEST(HeaderYamlBlockTest, IndentationIndicator) {
  EXPECT_EQ(YamlValue("a: |2\n    indented\n  base\n", "a"),
            "  indented\nbase\n");
  EXPECT_EQ(YamlValue("a: >2-\n   x\n  y\n", "a"), " x\ny");
}

TEST(HeaderYamlBlockTest, SpansTheLinesAndGivesTheTitle) {
  HeaderParser parser;
  const std::string text = "---\ntitle: >-\n  A long\n  title\n---\nBody.\n";
  const ArticleView& view = parser.Parse(text);
  ASSERT_TRUE(view.title);
  EXPECT_EQ(view.title->text, "A long title");
  EXPECT_EQ(text.substr(view.title->offset, view.title->length),
            "A long\n  title");
}

TEST(HeaderYamlBlockTest, FoldedPlainScalarOverLines) {
  EXPECT_EQ(YamlValue("title: A plain\n  scalar over\n  lines\n", "title"),
            "A plain scalar over lines");
}

// ---- Byline and date lines under a title
// -----------------------------------------------------------------------------

struct MetaCase {
  std::string_view line;
  std::string_view date;    // the date's text
  std::string_view byline;  // "" for none
  std::string_view updated;
};

class HeaderMetaLineTest : public ::testing::TestWithParam<MetaCase> {};

TEST_P(HeaderMetaLineTest, ReadsTheLayout) {
  const MetaCase& c = GetParam();
  HeaderParser parser;
  const std::string text = "The Harbour Reopens\n\n" + std::string(c.line) +
                           "\n\nThe pier reopened on Monday after repairs.\n";
  const ArticleView& view = parser.Parse(text);
  EXPECT_EQ(view.header_style, HeaderStyle::kDateLines) << c.line;
  ASSERT_TRUE(view.title) << c.line;
  EXPECT_EQ(view.title->text, "The Harbour Reopens");
  ASSERT_TRUE(view.date_text) << c.line;
  EXPECT_EQ(view.date_text->text, c.date);
  EXPECT_EQ(view.byline ? view.byline->text.text : "", c.byline);
  if (!c.updated.empty()) {
    ASSERT_TRUE(view.updated_text);
    EXPECT_EQ(view.updated_text->text, c.updated);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Layouts, HeaderMetaLineTest,
    ::testing::Values(
        MetaCase{"Posted on March 25, 2024 by Admin", "March 25, 2024", "Admin",
                 ""},
        MetaCase{"By Jane Doe | March 25, 2024", "March 25, 2024", "Jane Doe",
                 ""},
        MetaCase{"By Jane Doe \xC2\xB7 March 25, 2024", "March 25, 2024",
                 "Jane Doe", ""},
        MetaCase{"March 25, 2024 \xE2\x80\xA2 By Jane Doe", "March 25, 2024",
                 "Jane Doe", ""},
        MetaCase{"Jane Doe, March 25, 2024", "March 25, 2024", "Jane Doe", ""},
        MetaCase{"*March 25, 2024*", "March 25, 2024", "", ""},
        MetaCase{"_Published March 25, 2024_", "March 25, 2024", "", ""},
        MetaCase{"**Updated: 2024-03-26**", "2024-03-26", "", "2024-03-26"},
        MetaCase{"Published: March 25, 2024 | Updated: March 26, 2024",
                 "March 25, 2024", "", "March 26, 2024"}));

TEST(HeaderMetaLineTest, ProseWithADateIsNoMetaLine) {
  HeaderParser parser;
  const ArticleView& view = parser.Parse(
      "A Title\n\nThe council met, March 25, 2024 | and left.\n\nMore.\n");
  EXPECT_NE(view.header_style, HeaderStyle::kDateLines);
}

}  // namespace
}  // namespace internal
}  // namespace lede
