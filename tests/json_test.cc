// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ToJson() on ArticleViews built by hand, so that these tests say what the
// JSON form is whatever the parser finds.

#include "lede/json.h"

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/types/span.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "lede/date.h"
#include "tests/testing/allocation_counter.h"

namespace lede {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kEmptyJson =
    R"({"source":"-","date":null,"date_precision":null,"date_text":null,)"
    R"("updated":null,"headers":{},"title":null,"byline":null,"authors":[],)"
    R"("dateline":null,"tags":[],"lead":null,"sections":[],)"
    R"("stats":{"bytes":0,"words":0,"sentences":0,"paragraphs":0,)"
    R"("sections":0,"reading_minutes":0},"warnings":[]})";

std::string Json(const ArticleView& view, const JsonOptions& options = {}) {
  std::string out;
  ToJson(view, options, &out);
  return out;
}

// The JSON of a view whose only value is the title `title`.
std::string TitleJson(std::string_view title) {
  ArticleView view;
  view.title = TextSpan{title, 0, title.size()};
  return Json(view);
}

// The JSON string ToJson() writes for `title`, quotes included.
std::string JsonStringOf(std::string_view title) {
  const std::string json = TitleJson(title);
  const std::string_view key = R"("title":)";
  const std::size_t begin = json.find(key) + key.size();
  const std::size_t end = json.find(R"(,"byline":)");
  return json.substr(begin, end - begin);
}

TextSpan Span(std::string_view text, std::size_t offset = 0) {
  return TextSpan{text, offset, text.size()};
}

HeaderField Field(std::string_view key, std::string_view value) {
  HeaderField field;
  field.key = Span(key);
  field.value = Span(value);
  return field;
}

HeaderField ListField(std::string_view key, std::string_view raw,
                      absl::Span<const TextSpan> items) {
  HeaderField field = Field(key, raw);
  field.items = items;
  field.is_list = true;
  return field;
}

DateTime Date(int y, int m, int d, int hh, int mm, int ss,
              DatePrecision precision) {
  DateTime date;
  date.civil = absl::CivilSecond(y, m, d, hh, mm, ss);
  date.precision = precision;
  return date;
}

TEST(ToJsonTest, WritesNullsAndEmptyContainersForAnEmptyView) {
  EXPECT_EQ(Json(ArticleView()), kEmptyJson);
}

TEST(ToJsonTest, WritesTheSource) {
  JsonOptions options;
  options.source = "news/2024/a \"b\".txt";
  EXPECT_THAT(Json(ArticleView(), options),
              HasSubstr(R"({"source":"news/2024/a \"b\".txt","date":null,)"));
}

TEST(ToJsonTest, AppendsWithoutClearing) {
  std::string out = "[";
  ToJson(ArticleView(), JsonOptions(), &out);
  out.push_back(',');
  ToJson(ArticleView(), JsonOptions(), &out);
  EXPECT_EQ(out, "[" + std::string(kEmptyJson) + "," + std::string(kEmptyJson));
}

TEST(ToJsonTest, WritesEveryKeyInTheDocumentedOrder) {
  const std::string input =
      "Title: Rain Again\nDate: 25 March 2024 10:05 +0900\nBy: Ana Lee\n\n"
      "OSLO, March 25 - The rain kept on.\n\n## Later\n\n- one\n- two\n";
  const std::vector<TextSpan> tag_items = {Span("weather", 70),
                                           Span("oslo", 79)};
  const std::vector<HeaderField> fields = {
      Field("Title", "Rain Again"), Field("Date", "25 March 2024 10:05 +0900"),
      ListField("Tags", "weather, oslo", tag_items)};
  const std::vector<Author> authors = {
      Author{Span("Ana Lee", 58), std::nullopt},
      Author{Span("Bo Kim", 70), Span("Editor")}};
  const std::vector<Block> first = {Block{
      BlockKind::kParagraph, "OSLO, March 25 - The rain kept on.", 67, 34}};
  const std::vector<Block> second = {
      Block{BlockKind::kList, "- one\n- two", 114, 11}};
  const std::vector<Section> sections = {
      Section{std::nullopt, 0, 67, 36, first},
      Section{Span("Later", 103), 2, 103, 23, second}};
  const std::vector<Warning> warnings = {
      Warning{WarningCode::kCrLineEndings, 7, "lines end in CR LF"}};

  ArticleView view;
  view.input = input;
  view.headers = fields;
  DateTime date = Date(2024, 3, 25, 10, 5, 0, DatePrecision::kMinute);
  date.utc_offset_minutes = 540;
  view.date = date;
  view.date_text = Span("25 March 2024 10:05 +0900", 24);
  view.updated = Date(2024, 3, 26, 0, 0, 0, DatePrecision::kDay);
  view.title = Span("Rain Again", 7);
  view.byline = Byline{Span("Ana Lee and Bo Kim, Editor", 54), authors};
  view.dateline = Dateline{Span("OSLO, March 25 -", 67), Span("OSLO", 67),
                           Span("March 25", 73), std::nullopt};
  view.tags = tag_items;
  view.lead = Span("The rain kept on.", 84);
  view.sections = sections;
  view.stats = Stats{126, 9, 0, 1, 2, 2, 1};
  view.warnings = warnings;

  JsonOptions options;
  options.source = "rain.txt";
  EXPECT_EQ(
      Json(view, options),
      R"({"source":"rain.txt","date":"2024-03-25T10:05+09:00",)"
      R"("date_precision":"minute","date_text":"25 March 2024 10:05 +0900",)"
      R"("updated":"2024-03-26","headers":{"title":"Rain Again",)"
      R"("date":"25 March 2024 10:05 +0900","tags":["weather","oslo"]},)"
      R"("title":"Rain Again","byline":"Ana Lee and Bo Kim, Editor",)"
      R"("authors":["Ana Lee","Bo Kim"],)"
      R"("dateline":{"place":"OSLO","date_text":"March 25"},)"
      R"("tags":["weather","oslo"],"lead":"The rain kept on.",)"
      R"("sections":[{"heading":null,"level":0,"offset":67,"length":36,)"
      R"("paragraphs":[{"offset":67,"length":34,)"
      R"("text":"OSLO, March 25 - The rain kept on."}]},)"
      R"({"heading":"Later","level":2,"offset":103,"length":23,)"
      R"("paragraphs":[{"kind":"list","offset":114,"length":11,)"
      R"("text":"- one\n- two"}]}],)"
      R"("stats":{"bytes":126,"words":9,"sentences":1,"paragraphs":2,)"
      R"("sections":2,"reading_minutes":1},)"
      R"("warnings":[{"code":"cr_line_endings","offset":7,)"
      R"("message":"lines end in CR LF"}]})");
}

TEST(ToJsonTest, WritesEachDatePrecisionByName) {
  const struct {
    DateTime date;
    std::string_view iso;
    std::string_view precision;
  } cases[] = {
      {Date(2024, 1, 1, 0, 0, 0, DatePrecision::kYear), "2024", "year"},
      {Date(2024, 3, 1, 0, 0, 0, DatePrecision::kMonth), "2024-03", "month"},
      {Date(2024, 3, 25, 0, 0, 0, DatePrecision::kDay), "2024-03-25", "day"},
      {Date(2024, 3, 25, 10, 5, 0, DatePrecision::kMinute), "2024-03-25T10:05",
       "minute"},
      {Date(2024, 3, 25, 10, 5, 30, DatePrecision::kSecond),
       "2024-03-25T10:05:30", "second"},
  };
  for (const auto& c : cases) {
    ArticleView view;
    view.date = c.date;
    EXPECT_THAT(Json(view),
                HasSubstr(R"("date":")" + std::string(c.iso) +
                          R"(","date_precision":")" + std::string(c.precision) +
                          R"(","date_text":null,)"));
  }
  ArticleView view;
  DateTime fraction = Date(2024, 3, 25, 10, 5, 30, DatePrecision::kFraction);
  fraction.fraction = 250;
  fraction.fraction_digits = 3;
  fraction.utc_offset_minutes = 0;
  view.date = fraction;
  EXPECT_THAT(Json(view), HasSubstr(R"("date":"2024-03-25T10:05:30.250Z",)"
                                    R"("date_precision":"fraction",)"));
}

TEST(ToJsonTest, WritesAnUpdatedDateWithoutAPublishedOne) {
  ArticleView view;
  view.updated = Date(2023, 12, 1, 0, 0, 0, DatePrecision::kMonth);
  EXPECT_THAT(Json(view),
              HasSubstr(R"("date":null,"date_precision":null,)"
                        R"("date_text":null,"updated":"2023-12",)"));
}

TEST(ToJsonTest, WritesADatelineWithoutADate) {
  ArticleView view;
  view.dateline =
      Dateline{Span("GENEVA -"), Span("GENEVA"), std::nullopt, std::nullopt};
  EXPECT_THAT(Json(view),
              HasSubstr(R"("dateline":{"place":"GENEVA","date_text":null},)"));
}

TEST(ToJsonTest, EscapesQuoteAndBackslash) {
  EXPECT_EQ(JsonStringOf(R"(say "hi" \ C:\dir)"), R"("say \"hi\" \\ C:\\dir")");
}

TEST(ToJsonTest, EscapesEveryControlCharacter) {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
  EXPECT_EQ(JsonStringOf(controls),
            R"("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007)"
            R"(\b\t\n\u000b\f\r\u000e\u000f)"
            R"(\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017)"
            R"(\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f")");
}

TEST(ToJsonTest, KeepsPrintableAsciiAndDelAsTheyAre) {
  std::string ascii;
  for (int c = 0x20; c < 0x80; ++c) {
    if (c != '"' && c != '\\') ascii.push_back(static_cast<char>(c));
  }
  EXPECT_EQ(JsonStringOf(ascii), "\"" + ascii + "\"");
}

TEST(ToJsonTest, KeepsValidUtf8AsItIs) {
  const std::string_view text =
      "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xEF\xBF\xBF \xF4\x8F\xBF\xBF "
      "\xE2\x80\xA8 \xED\x9F\xBF \xEE\x80\x80";
  EXPECT_EQ(JsonStringOf(text), "\"" + std::string(text) + "\"");
}

// The escaper skips plain bytes eight at a time: a byte to escape must be
// found wherever it falls in a word.
TEST(ToJsonTest, FindsBytesToEscapeAtEveryPosition) {
  const struct {
    std::string_view byte;
    std::string_view escaped;
  } specials[] = {{"\"", "\\\""},
                  {"\\", "\\\\"},
                  {std::string_view("\0", 1), "\\u0000"},
                  {"\x1f", "\\u001f"},
                  {"\n", "\\n"},
                  {"\x80", "\xEF\xBF\xBD"},
                  {"\xC3\xA9", "\xC3\xA9"},
                  {"\x7f", "\x7f"},
                  {" ", " "},
                  {"!", "!"}};
  for (const auto& special : specials) {
    for (std::size_t at = 0; at < 24; ++at) {
      std::string text(24, 'a');
      text.replace(at, 1, special.byte);
      std::string expected = "\"" + std::string(at, 'a');
      expected.append(special.escaped.data(), special.escaped.size());
      expected += std::string(23 - at, 'a') + "\"";
      EXPECT_EQ(JsonStringOf(text), expected) << "at " << at;
    }
  }
}

struct InvalidUtf8Case {
  std::string_view input;
  std::string_view output;
};

class ToJsonInvalidUtf8Test : public ::testing::TestWithParam<InvalidUtf8Case> {
};

#define R3 "\xEF\xBF\xBD"  // U+FFFD REPLACEMENT CHARACTER

// One U+FFFD per maximal invalid subsequence (Unicode 15, section 3.9).
const InvalidUtf8Case kInvalidUtf8Cases[] = {
    {"\x80", R3},  // a lone continuation byte
    {"a\xBF"
     "b",
     "a" R3 "b"},
    {"\xC0\xAF", R3 R3},  // overlong, never valid
    {"\xC1\xBF", R3 R3},
    {"\xE0\x80\xAF", R3 R3 R3},         // overlong three-byte
    {"\xED\xA0\x80", R3 R3 R3},         // a surrogate
    {"\xF0\x80\x80\xAF", R3 R3 R3 R3},  // overlong four-byte
    {"\xF4\x90\x80\x80", R3 R3 R3 R3},  // above U+10FFFF
    {"\xF5\x80", R3 R3},
    {"\xFF", R3},
    {"\xC3", R3},  // cut at the end
    {"\xE2\x82", R3},
    {"\xF0\x9F\x98", R3},
    {"\xE2\x82"
     "A",
     R3 "A"},  // cut by an ASCII byte
    {"\xF0\x9F\x98\xC3\xA9", R3 "\xC3\xA9"},
    {"\xC3\"", R3 "\\\""},  // cut by a byte to escape
    {"x\xE2\x82\xAC\xAC", "x\xE2\x82\xAC" R3},
};

#undef R3

TEST_P(ToJsonInvalidUtf8Test, WritesReplacementCharacters) {
  EXPECT_EQ(JsonStringOf(GetParam().input),
            "\"" + std::string(GetParam().output) + "\"");
}

INSTANTIATE_TEST_SUITE_P(MaximalSubparts, ToJsonInvalidUtf8Test,
                         ::testing::ValuesIn(kInvalidUtf8Cases));

TEST(ToJsonTest, ReplacesInvalidUtf8InEveryString) {
  const std::vector<HeaderField> fields = {Field("K\xFF", "v\xFF")};
  const std::vector<Block> blocks = {
      Block{BlockKind::kParagraph, "p\xFF", 0, 2}};
  const std::vector<Section> sections = {
      Section{Span("h\xFF"), 1, 0, 2, blocks}};
  ArticleView view;
  view.headers = fields;
  view.sections = sections;
  view.lead = Span("l\xFF");
  JsonOptions options;
  options.source = "s\xFF.txt";
  const std::string json = Json(view, options);
  EXPECT_THAT(json, Not(HasSubstr("\xFF")));
  EXPECT_THAT(json, HasSubstr("\"s\xEF\xBF\xBD.txt\""));
  EXPECT_THAT(json, HasSubstr("\"k\xEF\xBF\xBD\":\"v\xEF\xBF\xBD\""));
  EXPECT_THAT(json, HasSubstr("\"h\xEF\xBF\xBD\""));
  EXPECT_THAT(json, HasSubstr("\"p\xEF\xBF\xBD\""));
  EXPECT_THAT(json, HasSubstr("\"l\xEF\xBF\xBD\""));
}

TEST(ToJsonTest, LowerCasesHeaderKeysAndEscapesThem) {
  const std::vector<HeaderField> fields = {Field("Content-TYPE", "news"),
                                           Field("Odd \"Key\"\t", "x")};
  ArticleView view;
  view.headers = fields;
  EXPECT_THAT(Json(view), HasSubstr(R"("headers":{"content-type":"news",)"
                                    R"("odd \"key\"\t":"x"},)"));
}

TEST(ToJsonTest, WritesHeaderValuesAsStringsWithoutTyping) {
  const std::vector<HeaderField> fields = {
      Field("draft", "true"), Field("weight", "10"), Field("empty", "")};
  ArticleView view;
  view.headers = fields;
  EXPECT_THAT(Json(view), HasSubstr(R"("headers":{"draft":"true",)"
                                    R"("weight":"10","empty":""},)"));
}

TEST(ToJsonTest, WritesAListFieldAsAnArrayOfItsItems) {
  const std::vector<TextSpan> items = {Span("a \"b\""), Span("c")};
  const std::vector<TextSpan> no_items;
  const std::vector<HeaderField> fields = {ListField("Tags", "[a, c]", items),
                                           ListField("none", "[]", no_items)};
  ArticleView view;
  view.headers = fields;
  EXPECT_THAT(Json(view), HasSubstr(R"("headers":{"tags":["a \"b\"","c"],)"
                                    R"("none":[]},)"));
}

TEST(ToJsonTest, GathersARepeatedKeyIntoOneArrayAtItsFirstPlace) {
  const std::vector<TextSpan> items = {Span("b"), Span("c")};
  const std::vector<HeaderField> fields = {
      Field("Author", "Ana"), Field("Title", "T"), Field("author", "Bo"),
      ListField("AUTHOR", "b, c", items), Field("Date", "2024")};
  ArticleView view;
  view.headers = fields;
  EXPECT_THAT(Json(view),
              HasSubstr(R"("headers":{"author":["Ana","Bo","b","c"],)"
                        R"("title":"T","date":"2024"},)"));
}

// The grouping of keys is O(n log n) whatever the header; this checks it
// against the obvious quadratic grouping on a large one.
TEST(ToJsonTest, GroupsManyRepeatedKeysInInputOrder) {
  std::vector<std::string> keys;
  std::vector<std::string> values;
  for (int i = 0; i < 500; ++i) {
    const int k = (i * 7919) % 97;
    keys.push_back((k % 2 == 0 ? "Key" : "KEY") + std::to_string(k));
    values.push_back("v" + std::to_string(i));
  }
  std::vector<HeaderField> fields;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    fields.push_back(Field(keys[i], values[i]));
  }
  auto lower = [](std::string s) {
    for (char& c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return s;
  };
  std::string expected = R"("headers":{)";
  std::vector<bool> written(keys.size(), false);
  bool first_key = true;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (written[i]) continue;
    std::vector<std::size_t> same;
    for (std::size_t j = i; j < keys.size(); ++j) {
      if (lower(keys[j]) == lower(keys[i])) same.push_back(j);
    }
    if (!first_key) expected += ",";
    first_key = false;
    expected += "\"" + lower(keys[i]) + "\":";
    if (same.size() > 1) expected += "[";
    for (std::size_t n = 0; n < same.size(); ++n) {
      written[same[n]] = true;
      expected += (n > 0 ? ",\"" : "\"") + values[same[n]] + "\"";
    }
    if (same.size() > 1) expected += "]";
  }
  expected += "},";
  ArticleView view;
  view.headers = fields;
  EXPECT_THAT(Json(view), HasSubstr(expected));
}

TEST(ToJsonTest, MarksBlocksThatAreNotParagraphsWithTheirKind) {
  const std::vector<Block> blocks = {
      Block{BlockKind::kParagraph, "p", 0, 1},
      Block{BlockKind::kQuote, "> q", 2, 3},
      Block{BlockKind::kCode, "```\nx\n```", 6, 9},
      Block{BlockKind::kRule, "***", 16, 3},
      Block{BlockKind::kTable, "| a |", 20, 5},
      Block{BlockKind::kHtml, "<br>", 26, 4},
      Block{BlockKind::kList, "1. a", 31, 4},
  };
  const std::vector<Section> sections = {
      Section{std::nullopt, 0, 0, 35, blocks}};
  ArticleView view;
  view.sections = sections;
  EXPECT_THAT(
      Json(view),
      HasSubstr(R"("paragraphs":[{"offset":0,"length":1,"text":"p"},)"
                R"({"kind":"quote","offset":2,"length":3,"text":"> q"},)"
                R"({"kind":"code","offset":6,"length":9,)"
                R"("text":"```\nx\n```"},)"
                R"({"kind":"rule","offset":16,"length":3,"text":"***"},)"
                R"({"kind":"table","offset":20,"length":5,"text":"| a |"},)"
                R"({"kind":"html","offset":26,"length":4,"text":"<br>"},)"
                R"({"kind":"list","offset":31,"length":4,"text":"1. a"}]})"));
}

TEST(ToJsonTest, LeavesHeadingBlocksOutOfParagraphs) {
  const std::vector<Block> blocks = {Block{BlockKind::kHeading, "# H", 0, 3},
                                     Block{BlockKind::kParagraph, "p", 5, 1}};
  const std::vector<Section> sections = {Section{Span("H"), 1, 0, 6, blocks}};
  ArticleView view;
  view.sections = sections;
  EXPECT_THAT(Json(view),
              HasSubstr(R"("sections":[{"heading":"H","level":1,"offset":0,)"
                        R"("length":6,"paragraphs":[{"offset":5,"length":1,)"
                        R"("text":"p"}]}],)"));
}

TEST(ToJsonTest, NoTextLeavesOutEveryTextKey) {
  const std::vector<Block> blocks = {Block{BlockKind::kParagraph, "p", 0, 1},
                                     Block{BlockKind::kList, "- l", 3, 3}};
  const std::vector<Section> sections = {Section{Span("H"), 2, 0, 6, blocks}};
  ArticleView view;
  view.sections = sections;
  JsonOptions options;
  options.include_text = false;
  const std::string json = Json(view, options);
  EXPECT_THAT(json, Not(HasSubstr(R"("text")")));
  EXPECT_THAT(json, HasSubstr(R"("paragraphs":[{"offset":0,"length":1},)"
                              R"({"kind":"list","offset":3,"length":3}]})"));
}

TEST(ToJsonTest, PrettyIndentsByTwoSpacesLikePython) {
  const std::vector<TextSpan> items = {Span("a"), Span("b")};
  const std::vector<HeaderField> fields = {ListField("tags", "a, b", items)};
  const std::vector<Block> blocks = {Block{BlockKind::kParagraph, "p", 0, 1}};
  const std::vector<Section> sections = {
      Section{std::nullopt, 0, 0, 1, blocks}};
  const std::vector<Warning> warnings = {
      Warning{WarningCode::kNoDate, 0, "the article carries no date"}};
  ArticleView view;
  view.headers = fields;
  view.sections = sections;
  view.warnings = warnings;
  view.stats.bytes = 1;
  JsonOptions options;
  options.pretty = true;
  EXPECT_EQ(Json(view, options),
            R"({
  "source": "-",
  "date": null,
  "date_precision": null,
  "date_text": null,
  "updated": null,
  "headers": {
    "tags": [
      "a",
      "b"
    ]
  },
  "title": null,
  "byline": null,
  "authors": [],
  "dateline": null,
  "tags": [],
  "lead": null,
  "sections": [
    {
      "heading": null,
      "level": 0,
      "offset": 0,
      "length": 1,
      "paragraphs": [
        {
          "offset": 0,
          "length": 1,
          "text": "p"
        }
      ]
    }
  ],
  "stats": {
    "bytes": 1,
    "words": 0,
    "sentences": 0,
    "paragraphs": 0,
    "sections": 0,
    "reading_minutes": 0
  },
  "warnings": [
    {
      "code": "no_date",
      "offset": 0,
      "message": "the article carries no date"
    }
  ]
})");
}

TEST(ToJsonTest, PrettyWritesEmptyContainersOnOneLine) {
  JsonOptions options;
  options.pretty = true;
  const std::string json = Json(ArticleView(), options);
  EXPECT_THAT(json, HasSubstr("\n  \"headers\": {},\n"));
  EXPECT_THAT(json, HasSubstr("\n  \"warnings\": []\n}"));
}

TEST(ToJsonTest, WritesLargeOffsetsAsPlainIntegers) {
  ArticleView view;
  view.stats.bytes = std::size_t{1} << 36;
  view.stats.words = 18446744073709551615u;
  EXPECT_THAT(Json(view), HasSubstr(R"("bytes":68719476736,)"
                                    R"("words":18446744073709551615,)"));
}

TEST(ToJsonTest, DoesNotAllocateOnceTheOutputHasGrown) {
  const std::vector<TextSpan> items = {Span("a"), Span("b")};
  const std::vector<HeaderField> fields = {Field("Title", "T"),
                                           ListField("Tags", "a, b", items),
                                           Field("title", "U")};
  const std::vector<Block> blocks = {
      Block{BlockKind::kParagraph, "p\x01", 0, 2},
      Block{BlockKind::kList, "- \xFF", 3, 3}};
  const std::vector<Section> sections = {Section{Span("H"), 2, 0, 6, blocks}};
  const std::vector<Author> authors = {Author{Span("Ana"), std::nullopt}};
  ArticleView view;
  view.headers = fields;
  view.sections = sections;
  view.date = Date(2024, 3, 25, 10, 5, 30, DatePrecision::kSecond);
  view.byline = Byline{Span("Ana"), authors};
  for (const bool pretty : {false, true}) {
    JsonOptions options;
    options.pretty = pretty;
    std::string out;
    ToJson(view, options, &out);  // grows `out` and the key scratch
    const std::size_t size = out.size();
    out.clear();
    const std::uint64_t before = lede_testing::AllocationCount();
    ToJson(view, options, &out);
    EXPECT_EQ(lede_testing::AllocationCount(), before) << "pretty: " << pretty;
    EXPECT_EQ(out.size(), size);
  }
}

}  // namespace
}  // namespace lede
