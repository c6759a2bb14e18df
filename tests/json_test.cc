// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// JsonWriter and ToJson() on ArticleViews built by hand, so that these tests
// say what the JSON form is whatever the parser finds.

#include "lede/json.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
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
#include "src/internal/json/escape.h"
#include "tests/testing/allocation_counter.h"

namespace lede {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kEmptyJson =
    R"({"schema_version":2,"source":"-","format":"plain",)"
    R"("header_style":"none","header_offset":0,"header_length":0,)"
    R"("body_offset":0,"date":null,"updated":null,"title":null,)"
    R"("title_heading":null,"byline":null,"dateline":null,"tags":[],)"
    R"("lead":null,"headers":[],"header_values":{},"sections":[],)"
    R"("stats":{"bytes":0,"words":0,"cjk_characters":0,"sentences":0,)"
    R"("paragraphs":0,"sections":0,"reading_minutes":0},"warnings":[]})";

// The members of a date object after "iso" and "precision" when the date
// has no text and no detail is set.
constexpr std::string_view kPlainDateTail =
    R"("text":null,"offset":null,"length":null,"utc_offset_minutes":null,)"
    R"("zone":null,"zone_name":null,"zone_ambiguous":false,)"
    R"("zone_assumed":false,"day_month_ambiguous":false,"alternate":null,)"
    R"("year_expanded":false,"weekday":null,"weekday_mismatch":false,)"
    R"("language":null})";

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
  const std::string_view key = R"("title":{"text":)";
  const std::size_t begin = json.find(key) + key.size();
  const std::size_t end =
      json.rfind(R"(,"offset":0,"length":)", json.find(R"("title_heading":)"));
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

TEST(JsonWriterTest, EscapesQuoteAndBackslash) {
  EXPECT_EQ(JsonStringOf(R"(say "hi" \ C:\dir)"), R"("say \"hi\" \\ C:\\dir")");
}

TEST(JsonWriterTest, EscapesEveryControlCharacter) {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
  EXPECT_EQ(JsonStringOf(controls),
            R"("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007)"
            R"(\b\t\n\u000b\f\r\u000e\u000f)"
            R"(\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017)"
            R"(\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f")");
}

TEST(JsonWriterTest, KeepsPrintableAsciiAndDelAsTheyAre) {
  std::string ascii;
  for (int c = 0x20; c < 0x80; ++c) {
    if (c != '"' && c != '\\') ascii.push_back(static_cast<char>(c));
  }
  EXPECT_EQ(JsonStringOf(ascii), "\"" + ascii + "\"");
}

TEST(JsonWriterTest, KeepsValidUtf8AsItIs) {
  const std::string_view text =
      "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xEF\xBF\xBF \xF4\x8F\xBF\xBF "
      "\xE2\x80\xA8 \xED\x9F\xBF \xEE\x80\x80";
  EXPECT_EQ(JsonStringOf(text), "\"" + std::string(text) + "\"");
}

// The escaper skips plain bytes eight at a time: a byte to escape must be
// found wherever it falls in a word.
TEST(JsonWriterTest, FindsBytesToEscapeAtEveryPosition) {
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

class JsonWriterInvalidUtf8Test
    : public ::testing::TestWithParam<InvalidUtf8Case> {};

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

TEST_P(JsonWriterInvalidUtf8Test, WritesReplacementCharacters) {
  EXPECT_EQ(JsonStringOf(GetParam().input),
            "\"" + std::string(GetParam().output) + "\"");
}

INSTANTIATE_TEST_SUITE_P(MaximalSubparts, JsonWriterInvalidUtf8Test,
                         ::testing::ValuesIn(kInvalidUtf8Cases));

TEST(JsonWriterTest, ReplacesInvalidUtf8InEveryString) {
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

TEST(JsonWriterTest, WritesNullsAndEmptyContainersForAnEmptyView) {
  EXPECT_EQ(Json(ArticleView()), kEmptyJson);
}

TEST(JsonWriterTest, StartsWithTheSchemaVersion) {
  EXPECT_EQ(kJsonSchemaVersion, 2);
  EXPECT_THAT(Json(ArticleView()),
              ::testing::StartsWith(R"({"schema_version":2,)"));
}

TEST(JsonWriterTest, WritesTheSourceGivenToWrite) {
  JsonWriter writer;
  std::string out;
  writer.Write(ArticleView(), "news/2024/a \"b\".txt", &out);
  EXPECT_THAT(out, HasSubstr(R"("source":"news/2024/a \"b\".txt","format":)"));
  out.clear();
  JsonOptions options;
  options.source = "x.md";
  JsonWriter(options).Write(ArticleView(), &out);
  EXPECT_THAT(out, HasSubstr(R"("source":"x.md",)"));
}

TEST(JsonWriterTest, AppendsWithoutClearing) {
  std::string out = "[";
  JsonWriter writer;
  writer.Write(ArticleView(), &out);
  out.push_back(',');
  ToJson(ArticleView(), JsonOptions(), &out);
  EXPECT_EQ(out, "[" + std::string(kEmptyJson) + "," + std::string(kEmptyJson));
}

// Every field of the model, each in its place.
TEST(JsonWriterTest, WritesEveryFieldOfTheModel) {
  const std::vector<TextSpan> tag_items = {Span("weather", 70),
                                           Span("oslo", 79)};
  std::vector<HeaderField> fields = {
      Field("Title", "Rain Again"),
      ListField("Tags", "weather, oslo", tag_items)};
  fields[0].key.offset = 1;
  fields[0].value.offset = 8;
  const std::vector<Author> authors = {
      Author{Span("Ana Lee", 58), std::nullopt},
      Author{Span("Bo Kim", 70), Span("Editor", 78)}};
  const std::vector<Block> first = {
      Block{BlockKind::kParagraph, "OSLO (Wire) - Rain.", 67, 19}};
  const std::vector<Block> second = {
      Block{BlockKind::kHeading, "## Later", 103, 8},
      Block{BlockKind::kList, "- one", 114, 5}};
  const std::vector<Section> sections = {
      Section{std::nullopt, 0, 67, 36, first},
      Section{Span("Later", 103), 2, 103, 23, second}};
  const std::vector<Warning> warnings = {
      Warning{WarningCode::kCrLineEndings, 7, "lines end in CR LF"}};

  ArticleView view;
  view.format = DocumentFormat::kMarkdown;
  view.header_style = HeaderStyle::kKeyValue;
  view.header_offset = 0;
  view.header_length = 66;
  view.body_offset = 67;
  view.headers = fields;
  DateTime date = Date(2024, 3, 25, 10, 5, 0, DatePrecision::kMinute);
  date.utc_offset_minutes = 540;
  std::memcpy(date.zone_abbreviation, "JST", 4);
  std::memcpy(date.zone_name_storage, "Asia/Tokyo", 11);
  date.weekday = absl::Weekday::monday;
  date.language = Language::kGerman;
  view.date = date;
  view.date_text = Span("Mo 25 März 2024 10:05 JST", 24);
  DateTime updated = Date(2024, 4, 3, 0, 0, 0, DatePrecision::kDay);
  updated.day_month_ambiguous = true;
  updated.year_expanded = true;
  updated.zone_ambiguous = true;
  updated.zone_assumed = true;
  updated.weekday_mismatch = true;
  updated.weekday = absl::Weekday::sunday;
  view.updated = updated;
  view.updated_text = Span("Sun 04/03/24", 50);
  view.title = Span("Rain Again", 8);
  view.title_heading = Span("Rain Again", 90);
  view.byline = Byline{Span("Ana Lee and Bo Kim, Editor", 54), authors};
  view.dateline = Dateline{Span("OSLO (Wire) -", 67), Span("OSLO", 67),
                           std::nullopt, Span("Wire", 73)};
  view.tags = tag_items;
  view.lead = Span("Rain.", 81);
  view.sections = sections;
  view.stats = Stats{126, 9, 2, 1, 2, 2, 1};
  view.warnings = warnings;

  JsonWriter writer;
  std::string out;
  writer.Write(view, "rain.md", &out);
  EXPECT_EQ(
      out,
      R"({"schema_version":2,"source":"rain.md","format":"markdown",)"
      R"("header_style":"key_value","header_offset":0,"header_length":66,)"
      R"("body_offset":67,)"
      R"("date":{"iso":"2024-03-25T10:05+09:00","precision":"minute",)"
      R"("text":"Mo 25 März 2024 10:05 JST","offset":24,"length":26,)"
      R"("utc_offset_minutes":540,"zone":"JST","zone_name":"Asia/Tokyo",)"
      R"("zone_ambiguous":false,"zone_assumed":false,)"
      R"("day_month_ambiguous":false,"alternate":null,"year_expanded":false,)"
      R"("weekday":"monday","weekday_mismatch":false,"language":"de"},)"
      R"("updated":{"iso":"2024-04-03","precision":"day",)"
      R"("text":"Sun 04/03/24","offset":50,"length":12,)"
      R"("utc_offset_minutes":null,"zone":null,"zone_name":null,)"
      R"("zone_ambiguous":true,"zone_assumed":true,)"
      R"("day_month_ambiguous":true,"alternate":"2024-03-04",)"
      R"("year_expanded":true,"weekday":"sunday","weekday_mismatch":true,)"
      R"("language":null},)"
      R"("title":{"text":"Rain Again","offset":8,"length":10},)"
      R"("title_heading":{"text":"Rain Again","offset":90,"length":10},)"
      R"("byline":{"text":"Ana Lee and Bo Kim, Editor","offset":54,)"
      R"("length":26,"authors":[)"
      R"({"name":{"text":"Ana Lee","offset":58,"length":7},"role":null},)"
      R"({"name":{"text":"Bo Kim","offset":70,"length":6},)"
      R"("role":{"text":"Editor","offset":78,"length":6}}]},)"
      R"("dateline":{"text":"OSLO (Wire) -","offset":67,"length":13,)"
      R"("place":{"text":"OSLO","offset":67,"length":4},"date_text":null,)"
      R"("source":{"text":"Wire","offset":73,"length":4}},)"
      R"("tags":[{"text":"weather","offset":70,"length":7},)"
      R"({"text":"oslo","offset":79,"length":4}],)"
      R"("lead":{"text":"Rain.","offset":81,"length":5},)"
      R"("headers":[{"key":{"text":"Title","offset":1,"length":5},)"
      R"("value":{"text":"Rain Again","offset":8,"length":10},)"
      R"("is_list":false,"items":[],"type":"string","boolean":null,)"
      R"("integer":null,"float":null,"date":null},)"
      R"({"key":{"text":"Tags","offset":0,"length":4},)"
      R"("value":{"text":"weather, oslo","offset":0,"length":13},)"
      R"("is_list":true,"items":[{"text":"weather","offset":70,"length":7},)"
      R"({"text":"oslo","offset":79,"length":4}],"type":"string",)"
      R"("boolean":null,"integer":null,"float":null,"date":null}],)"
      R"("header_values":{"title":"Rain Again","tags":"weather, oslo"},)"
      R"("sections":[{"heading":null,"level":0,"offset":67,"length":36,)"
      R"("blocks":[{"kind":"paragraph","offset":67,"length":19,)"
      R"("text":"OSLO (Wire) - Rain."}]},)"
      R"({"heading":{"text":"Later","offset":103,"length":5},"level":2,)"
      R"("offset":103,"length":23,"blocks":[{"kind":"list","offset":114,)"
      R"("length":5,"text":"- one"}]}],)"
      R"("stats":{"bytes":126,"words":9,"cjk_characters":2,"sentences":1,)"
      R"("paragraphs":2,"sections":2,"reading_minutes":1},)"
      R"("warnings":[{"code":"cr_line_endings","offset":7,)"
      R"("message":"lines end in CR LF"}]})");
}

TEST(JsonWriterTest, WritesEachDatePrecisionByName) {
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
    EXPECT_THAT(
        Json(view),
        HasSubstr(R"("date":{"iso":")" + std::string(c.iso) +
                  R"(","precision":")" + std::string(c.precision) + R"(",)" +
                  std::string(kPlainDateTail) + R"(,"updated":null,)"));
  }
  ArticleView view;
  DateTime fraction = Date(2024, 3, 25, 10, 5, 30, DatePrecision::kFraction);
  fraction.fraction = 250;
  fraction.fraction_digits = 3;
  fraction.utc_offset_minutes = 0;
  view.updated = fraction;
  EXPECT_THAT(
      Json(view),
      HasSubstr(R"("date":null,"updated":{"iso":"2024-03-25T10:05:30.250Z",)"
                R"("precision":"fraction",)"));
}

TEST(JsonWriterTest, WritesANegativeOffsetAndEveryWeekday) {
  const std::string_view names[] = {"monday",   "tuesday", "wednesday",
                                    "thursday", "friday",  "saturday",
                                    "sunday"};
  const absl::Weekday days[] = {
      absl::Weekday::monday,   absl::Weekday::tuesday, absl::Weekday::wednesday,
      absl::Weekday::thursday, absl::Weekday::friday,  absl::Weekday::saturday,
      absl::Weekday::sunday};
  for (int i = 0; i < 7; ++i) {
    ArticleView view;
    DateTime date = Date(2024, 3, 25, 10, 5, 0, DatePrecision::kMinute);
    date.utc_offset_minutes = -570;
    date.weekday = days[i];
    view.date = date;
    const std::string json = Json(view);
    EXPECT_THAT(json, HasSubstr(R"("iso":"2024-03-25T10:05-09:30",)"));
    EXPECT_THAT(json, HasSubstr(R"("utc_offset_minutes":-570,)"));
    EXPECT_THAT(json,
                HasSubstr(R"("weekday":")" + std::string(names[i]) + "\""));
  }
}

TEST(JsonWriterTest, HeadersAreAnArrayWhateverTheKeysRepeat) {
  const std::vector<TextSpan> items = {Span("b"), Span("c")};
  const std::vector<HeaderField> fields = {
      Field("Author", "Ana"), Field("Title", "T"), Field("author", "Bo"),
      ListField("AUTHOR", "b, c", items), Field("Date", "2024")};
  ArticleView view;
  view.headers = fields;
  const std::string json = Json(view);
  EXPECT_THAT(json, HasSubstr(R"("headers":[{"key":{"text":"Author",)"));
  EXPECT_THAT(json,
              HasSubstr(R"({"key":{"text":"author","offset":0,"length":6},)"
                        R"("value":{"text":"Bo","offset":0,"length":2},)"
                        R"("is_list":false,"items":[],"type":"string",)"));
  EXPECT_THAT(json, HasSubstr(R"("is_list":true,"items":[)"
                              R"({"text":"b","offset":0,"length":1},)"
                              R"({"text":"c","offset":0,"length":1}],)"));
  EXPECT_THAT(json, HasSubstr(R"("header_values":{"author":"Ana","title":"T",)"
                              R"("date":"2024"},)"));
}

TEST(JsonWriterTest, LowerCasesHeaderValueKeysAndEscapesThem) {
  const std::vector<HeaderField> fields = {Field("Content-TYPE", "news"),
                                           Field("Odd \"Key\"\t", "x")};
  ArticleView view;
  view.headers = fields;
  EXPECT_THAT(Json(view), HasSubstr(R"("header_values":{"content-type":"news",)"
                                    R"("odd \"key\"\t":"x"},)"));
}

HeaderField Typed(std::string_view key, std::string_view value,
                  ValueType type) {
  HeaderField field = Field(key, value);
  field.type = type;
  return field;
}

TEST(JsonWriterTest, WritesTypedScalarsUnderTheKeyOfTheirType) {
  const std::vector<HeaderField> fields = {
      Typed("draft", "true", ValueType::kBoolean),
      Typed("hidden", "False", ValueType::kBoolean),
      Typed("weight", "10", ValueType::kInteger),
      Typed("hex", "0x1F", ValueType::kInteger),
      Typed("big", "-9223372036854775808", ValueType::kInteger),
      Typed("toml", "1_000", ValueType::kInteger),
      Typed("ratio", "1.5", ValueType::kFloat),
      Typed("avogadro", "6.02e23", ValueType::kFloat),
      Typed("forever", ".inf", ValueType::kFloat),
      Typed("when", "2024-03-25T10:05:30Z", ValueType::kDate),
      Typed("never", "2024-02-30", ValueType::kDate),
      Typed("nothing", "~", ValueType::kNull),
      Field("quoted", "true"),
  };
  ArticleView view;
  view.headers = fields;
  const std::string json = Json(view);
  auto typed = [](std::string_view type, std::string_view b, std::string_view i,
                  std::string_view f) {
    return R"("type":")" + std::string(type) + R"(","boolean":)" +
           std::string(b) + R"(,"integer":)" + std::string(i) + R"(,"float":)" +
           std::string(f) + R"(,"date":)";
  };
  EXPECT_THAT(json,
              HasSubstr(typed("boolean", "true", "null", "null") + "null"));
  EXPECT_THAT(json,
              HasSubstr(typed("boolean", "false", "null", "null") + "null"));
  EXPECT_THAT(json, HasSubstr(typed("integer", "null", "10", "null") + "null"));
  EXPECT_THAT(json, HasSubstr(typed("integer", "null", "31", "null") + "null"));
  EXPECT_THAT(json, HasSubstr(typed("integer", "null", "-9223372036854775808",
                                    "null")));
  EXPECT_THAT(json, HasSubstr(typed("integer", "null", "1000", "null")));
  EXPECT_THAT(json, HasSubstr(typed("float", "null", "null", "1.5") + "null"));
  EXPECT_THAT(json, HasSubstr(typed("float", "null", "null", "6.02e+23")));
  // JSON has no infinity: the type says float, the value is null.
  EXPECT_THAT(json,
              HasSubstr(R"("value":{"text":".inf","offset":0,"length":4},)"
                        R"("is_list":false,"items":[],)" +
                        typed("float", "null", "null", "null") + "null"));
  EXPECT_THAT(json, HasSubstr(typed("date", "null", "null", "null") +
                              R"({"iso":"2024-03-25T10:05:30Z",)"
                              R"("precision":"second",)"
                              R"("text":"2024-03-25T10:05:30Z","offset":0,)"
                              R"("length":20,"utc_offset_minutes":0,)"));
  EXPECT_THAT(json, HasSubstr(R"("text":"2024-02-30","offset":0,"length":10},)"
                              R"("is_list":false,"items":[],)" +
                              typed("date", "null", "null", "null") + "null"));
  EXPECT_THAT(json, HasSubstr(typed("null", "null", "null", "null") + "null"));
  EXPECT_THAT(json,
              HasSubstr(R"("value":{"text":"true","offset":0,"length":4},)"
                        R"("is_list":false,"items":[],)" +
                        typed("string", "null", "null", "null") + "null"));
}

// The grouping of keys for header_values is O(n log n) whatever the header;
// this checks it against the obvious quadratic grouping on a large one.
TEST(JsonWriterTest, HeaderValuesHoldTheFirstValueOfManyRepeatedKeys) {
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
  std::string expected = R"("header_values":{)";
  std::vector<std::string> seen;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::string key = lower(keys[i]);
    bool earlier = false;
    for (const std::string& s : seen) earlier |= s == key;
    if (earlier) continue;
    if (!seen.empty()) expected += ",";
    seen.push_back(key);
    expected += "\"" + key + "\":\"" + values[i] + "\"";
  }
  expected += "},";
  ArticleView view;
  view.headers = fields;
  EXPECT_THAT(Json(view), HasSubstr(expected));
}

TEST(JsonWriterTest, WritesEveryBlockWithItsKind) {
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
      HasSubstr(R"("blocks":[{"kind":"paragraph","offset":0,"length":1,)"
                R"("text":"p"},)"
                R"({"kind":"quote","offset":2,"length":3,"text":"> q"},)"
                R"({"kind":"code","offset":6,"length":9,)"
                R"("text":"```\nx\n```"},)"
                R"({"kind":"rule","offset":16,"length":3,"text":"***"},)"
                R"({"kind":"table","offset":20,"length":5,"text":"| a |"},)"
                R"({"kind":"html","offset":26,"length":4,"text":"<br>"},)"
                R"({"kind":"list","offset":31,"length":4,"text":"1. a"}]})"));
}

TEST(JsonWriterTest, LeavesHeadingBlocksOutOfBlocks) {
  const std::vector<Block> blocks = {Block{BlockKind::kHeading, "# H", 0, 3},
                                     Block{BlockKind::kParagraph, "p", 5, 1}};
  const std::vector<Section> sections = {
      Section{Span("H", 2), 1, 0, 6, blocks}};
  ArticleView view;
  view.sections = sections;
  EXPECT_THAT(Json(view),
              HasSubstr(R"("sections":[{"heading":{"text":"H","offset":2,)"
                        R"("length":1},"level":1,"offset":0,"length":6,)"
                        R"("blocks":[{"kind":"paragraph","offset":5,)"
                        R"("length":1,"text":"p"}]}],)"));
}

TEST(JsonWriterTest, NoTextLeavesOutTheBlocksTexts) {
  const std::vector<Block> blocks = {Block{BlockKind::kParagraph, "p", 0, 1},
                                     Block{BlockKind::kList, "- l", 3, 3}};
  const std::vector<Section> sections = {Section{Span("H"), 2, 0, 6, blocks}};
  ArticleView view;
  view.sections = sections;
  view.lead = Span("p");
  JsonOptions options;
  options.include_text = false;
  const std::string json = Json(view, options);
  EXPECT_THAT(json, HasSubstr(R"("blocks":[{"kind":"paragraph","offset":0,)"
                              R"("length":1},{"kind":"list","offset":3,)"
                              R"("length":3}]})"));
  EXPECT_THAT(json, HasSubstr(R"("lead":{"text":"p",)"));
}

TEST(JsonWriterTest, ProseJoinsTheLinesOfParagraphsAndTheLead) {
  const std::string_view paragraph =
      "One line  \n   and the next,\r\n\tand\rlast.";
  const std::vector<Block> blocks = {
      Block{BlockKind::kParagraph, paragraph, 0, paragraph.size()},
      Block{BlockKind::kList, "- a\n- b", 50, 7},
      Block{BlockKind::kParagraph, "no break", 60, 8}};
  const std::vector<Section> sections = {
      Section{std::nullopt, 0, 0, 68, blocks}};
  ArticleView view;
  view.sections = sections;
  view.lead = Span(paragraph);
  JsonOptions options;
  options.prose = true;
  const std::string json = Json(view, options);
  EXPECT_THAT(json,
              HasSubstr(R"("lead":{"text":"One line and the next, and last.",)"
                        R"("offset":0,"length":39},)"));
  EXPECT_THAT(json, HasSubstr(R"({"kind":"paragraph","offset":0,"length":39,)"
                              R"("text":"One line and the next, and last."},)"
                              R"({"kind":"list","offset":50,"length":7,)"
                              R"("text":"- a\n- b"},)"
                              R"({"kind":"paragraph","offset":60,"length":8,)"
                              R"("text":"no break"}]})"));
  EXPECT_THAT(
      Json(view),
      HasSubstr(R"("text":"One line  \n   and the next,\r\n\tand\rlast.")"));
}

TEST(JsonWriterTest, PrettyIndentsByTwoSpacesLikePython) {
  const std::vector<Block> blocks = {Block{BlockKind::kParagraph, "p", 0, 1}};
  const std::vector<Section> sections = {
      Section{std::nullopt, 0, 0, 1, blocks}};
  const std::vector<Warning> warnings = {
      Warning{WarningCode::kNoDate, 0, "the article carries no date"}};
  ArticleView view;
  view.sections = sections;
  view.warnings = warnings;
  view.stats.bytes = 1;
  view.title = Span("T");
  JsonOptions options;
  options.pretty = true;
  EXPECT_EQ(Json(view, options),
            R"({
  "schema_version": 2,
  "source": "-",
  "format": "plain",
  "header_style": "none",
  "header_offset": 0,
  "header_length": 0,
  "body_offset": 0,
  "date": null,
  "updated": null,
  "title": {
    "text": "T",
    "offset": 0,
    "length": 1
  },
  "title_heading": null,
  "byline": null,
  "dateline": null,
  "tags": [],
  "lead": null,
  "headers": [],
  "header_values": {},
  "sections": [
    {
      "heading": null,
      "level": 0,
      "offset": 0,
      "length": 1,
      "blocks": [
        {
          "kind": "paragraph",
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
    "cjk_characters": 0,
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

TEST(JsonWriterTest, WritesLargeOffsetsAsPlainIntegers) {
  ArticleView view;
  view.stats.bytes = std::size_t{1} << 36;
  view.stats.words = 18446744073709551615u;
  EXPECT_THAT(Json(view), HasSubstr(R"("bytes":68719476736,)"
                                    R"("words":18446744073709551615,)"));
}

// A view with something of every kind, for the allocation and chunk tests.
struct RichView {
  std::vector<TextSpan> items = {Span("a"), Span("b")};
  std::vector<HeaderField> fields = {
      Field("Title", "T"),
      ListField("Tags", "a, b", items),
      Field("title", "U"),
      Typed("weight", "10", ValueType::kInteger),
      Typed("ratio", "0.25", ValueType::kFloat),
      Typed("when", "2024-03-25", ValueType::kDate)};
  std::vector<Block> blocks = {
      Block{BlockKind::kParagraph, "p\x01 wrapped\n  line", 0, 18},
      Block{BlockKind::kList, "- \xFF", 3, 3}};
  std::vector<Section> sections = {Section{Span("H"), 2, 0, 6, blocks}};
  std::vector<Author> authors = {Author{Span("Ana"), Span("Editor")}};
  ArticleView view;

  RichView() {
    view.headers = fields;
    view.sections = sections;
    DateTime date = Date(2024, 3, 4, 10, 5, 30, DatePrecision::kSecond);
    date.day_month_ambiguous = true;
    view.date = date;
    view.date_text = Span("03/04/2024 10:05:30");
    view.byline = Byline{Span("Ana, Editor"), authors};
    view.lead = Span("lead\nline");
  }
};

TEST(JsonWriterTest, DoesNotAllocateWhenReused) {
  const RichView rich;
  for (const bool pretty : {false, true}) {
    for (const bool prose : {false, true}) {
      JsonOptions options;
      options.pretty = pretty;
      options.prose = prose;
      JsonWriter writer(options);
      std::string out;
      writer.Write(rich.view, "a.txt", &out);  // grows `out` and the scratch
      const std::size_t size = out.size();
      out.clear();
      const std::uint64_t before = lede_testing::AllocationCount();
      for (int i = 0; i < 3; ++i) {
        out.clear();
        writer.Write(rich.view, "a.txt", &out);
      }
      EXPECT_EQ(lede_testing::AllocationCount(), before)
          << "pretty: " << pretty << " prose: " << prose;
      EXPECT_EQ(out.size(), size);
    }
  }
}

TEST(JsonWriterTest, ToJsonWritesWhatAWriterWrites) {
  const RichView rich;
  JsonOptions options;
  options.source = "s";
  std::string a;
  std::string b;
  ToJson(rich.view, options, &a);
  JsonWriter(options).Write(rich.view, &b);
  EXPECT_EQ(a, b);
}

TEST(JsonWriterTest, ChunkSinkGetsTheOutputInBoundedPieces) {
  const RichView rich;
  std::string whole;
  JsonWriter().Write(rich.view, &whole);

  JsonWriter writer;
  std::vector<std::string> chunks;
  writer.SetChunkSink(
      64, [&chunks](std::string_view chunk) { chunks.emplace_back(chunk); });
  std::string out;
  writer.Write(rich.view, &out);
  EXPECT_LT(out.size(), whole.size());
  writer.Flush(&out);
  EXPECT_TRUE(out.empty());
  EXPECT_GT(chunks.size(), 2u);
  std::string joined;
  for (const std::string& chunk : chunks) joined += chunk;
  EXPECT_EQ(joined, whole);

  // A text longer than a chunk is cut too, never inside a UTF-8 sequence
  // or an invalid one, so the pieces give the bytes of the whole.
  std::string text;
  for (int i = 0; i < 3000; ++i) {
    text += "caf\xC3\xA9 \xE2\x82\xAC\xF0\x9F\x98\x80 \xE2\x82 \xFF\"\n";
  }
  const std::vector<Block> long_blocks = {
      Block{BlockKind::kParagraph, text, 0, text.size()}};
  const std::vector<Section> long_sections = {
      Section{std::nullopt, 0, 0, text.size(), long_blocks}};
  ArticleView long_view;
  long_view.sections = long_sections;
  std::string long_whole;
  JsonWriter().Write(long_view, &long_whole);
  for (const std::size_t chunk : {1u, 4095u, 4096u, 4097u, 5000u}) {
    chunks.clear();
    writer.SetChunkSink(chunk, [&chunks](std::string_view piece) {
      chunks.emplace_back(piece);
    });
    out.clear();
    writer.Write(long_view, &out);
    writer.Flush(&out);
    std::string long_joined;
    std::size_t largest = 0;
    for (const std::string& piece : chunks) {
      long_joined += piece;
      largest = std::max(largest, piece.size());
    }
    EXPECT_EQ(long_joined, long_whole) << chunk;
    EXPECT_GT(chunks.size(), 10u) << chunk;
    EXPECT_LT(largest, 3 * std::max<std::size_t>(chunk, 4096) + 200) << chunk;
  }

  writer.SetChunkSink(0, nullptr);  // off again
  chunks.clear();
  writer.Write(rich.view, &out);
  writer.Flush(&out);
  EXPECT_EQ(out, whole);
  EXPECT_TRUE(chunks.empty());
}

// Pieces cut where SafeCut() says escape to the bytes of the whole, whatever
// the bytes around the cut.
TEST(JsonWriterTest, PiecesCutSafelyEscapeAsTheWhole) {
  const std::string_view alphabet[] = {"a",
                                       "\x80",
                                       "\xBF",
                                       "\xC3",
                                       "\xE2",
                                       "\xF0",
                                       "\xF4",
                                       "\xED",
                                       "\xFF",
                                       "\"",
                                       "\n",
                                       "\xC3\xA9",
                                       "\xE2\x82\xAC",
                                       "\xF0\x9F\x98\x80"};
  std::uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < 12; ++i) {
      state = state * 1103515245u + 12345u;
      text +=
          alphabet[(state >> 16) % (sizeof(alphabet) / sizeof(alphabet[0]))];
    }
    std::string whole;
    internal::AppendJsonStringContent(text, false, &whole);
    for (std::size_t at = 0; at <= text.size(); ++at) {
      const std::size_t cut = internal::SafeCut(text, at);
      ASSERT_GE(cut, at);
      ASSERT_LE(cut, std::min(text.size(), at + 3));
      std::string pieces;
      internal::AppendJsonStringContent(std::string_view(text).substr(0, cut),
                                        false, &pieces);
      internal::AppendJsonStringContent(std::string_view(text).substr(cut),
                                        false, &pieces);
      ASSERT_EQ(pieces, whole) << "round " << round << " cut " << cut;
    }
  }
}

}  // namespace
}  // namespace lede
