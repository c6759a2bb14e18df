// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// TableWriter: flat records as CSV (RFC 4180), TSV and JSON Lines, on views
// built by hand.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "lede/date.h"
#include "lede/table.h"
#include "tests/testing/allocation_counter.h"
#include "tests/testing/json_check.h"

namespace lede {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TextSpan Span(std::string_view text, std::size_t offset = 0) {
  return TextSpan{text, offset, text.size()};
}

// A view with a value in every flat field.
struct FullView {
  std::vector<Author> authors = {Author{Span("Ana Lee"), Span("Editor")},
                                 Author{Span("Bo \"B\" Kim"), std::nullopt}};
  std::vector<TextSpan> tags = {Span("rain"), Span("city, news")};
  std::vector<Warning> warnings = {
      Warning{WarningCode::kCrLineEndings, 3, "lines end in CR LF"},
      Warning{WarningCode::kAmbiguousDate, 9, "day and month"}};
  ArticleView view;

  FullView() {
    DateTime date;
    date.civil = absl::CivilSecond(2024, 3, 25, 10, 5, 0);
    date.precision = DatePrecision::kMinute;
    date.utc_offset_minutes = -240;
    date.zone_abbreviation[0] = 'E';
    date.zone_abbreviation[1] = 'D';
    date.zone_abbreviation[2] = 'T';
    date.language = Language::kFrench;
    view.date = date;
    view.date_text = Span("25 mars 2024 10:05 EDT");
    DateTime updated;
    updated.civil = absl::CivilSecond(2024, 3, 26, 0, 0, 0);
    view.updated = updated;
    view.format = DocumentFormat::kMarkdown;
    view.header_style = HeaderStyle::kYaml;
    view.title = Span("Rain, \"again\"");
    view.byline = Byline{Span("Ana Lee, Editor and Bo"), authors};
    view.dateline = Dateline{Span("OSLO (Wire) -"), Span("OSLO"), std::nullopt,
                             Span("Wire")};
    view.tags = tags;
    view.lead = Span("Line one\n  line\ttwo\r\nthree \\ end");
    view.stats = Stats{100, 20, 3, 4, 5, 6, 7};
    view.warnings = warnings;
  }
};

std::vector<TableField> AllFields() {
  std::vector<TableField> fields;
  for (int i = 0; i < kTableFieldCount; ++i) {
    fields.push_back(static_cast<TableField>(i));
  }
  return fields;
}

std::string Write(TableFormat format, const ArticleView& view,
                  std::vector<TableField> fields, bool prose = false) {
  TableOptions options;
  options.format = format;
  options.fields = std::move(fields);
  options.prose = prose;
  TableWriter writer(options);
  std::string out;
  writer.WriteHeader(&out);
  writer.Write(view, "a,b.txt", &out);
  return out;
}

TEST(TableFieldsTest, NamesRoundTrip) {
  for (int i = 0; i < kTableFieldCount; ++i) {
    const auto field = static_cast<TableField>(i);
    const absl::StatusOr<std::vector<TableField>> parsed =
        ParseTableFields(TableFieldName(field));
    ASSERT_TRUE(parsed.ok()) << TableFieldName(field);
    EXPECT_THAT(*parsed, ElementsAre(field));
  }
}

TEST(TableFieldsTest, ParsesAListInItsOrder) {
  const absl::StatusOr<std::vector<TableField>> fields =
      ParseTableFields(" title, source ,reading_time");
  ASSERT_TRUE(fields.ok());
  EXPECT_THAT(*fields, ElementsAre(TableField::kTitle, TableField::kSource,
                                   TableField::kReadingMinutes));
}

TEST(TableFieldsTest, RejectsUnknownEmptyAndRepeatedNames) {
  absl::StatusOr<std::vector<TableField>> fields =
      ParseTableFields("source,titel");
  EXPECT_EQ(fields.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(fields.status().message(), "no field named \"titel\" at byte 7");
  fields = ParseTableFields("source,,title");
  EXPECT_EQ(fields.status().message(), "empty field name at byte 7");
  fields = ParseTableFields("");
  EXPECT_FALSE(fields.ok());
  fields = ParseTableFields("date,title,date");
  EXPECT_EQ(fields.status().message(), "field \"date\" given twice at byte 11");
}

TEST(TableWriterTest, DefaultsToTheDefaultFields) {
  TableWriter writer;
  EXPECT_EQ(writer.options().fields, DefaultTableFields());
  std::string out;
  writer.WriteHeader(&out);
  EXPECT_EQ(out,
            "source,date,precision,offset,title,byline,authors,lead,words,"
            "sentences,reading_minutes,warnings\r\n");
}

TEST(TableWriterTest, WritesCsvWithRfc4180Quoting) {
  const FullView full;
  EXPECT_EQ(
      Write(TableFormat::kCsv, full.view, AllFields()),
      "source,format,header_style,date,precision,offset,zone,language,"
      "date_text,updated,title,byline,authors,place,wire,tags,lead,bytes,"
      "words,cjk_characters,sentences,paragraphs,sections,reading_minutes,"
      "warnings\r\n"
      "\"a,b.txt\",markdown,yaml,2024-03-25T10:05-04:00,minute,-240,EDT,fr,"
      "25 mars 2024 10:05 EDT,2024-03-26,\"Rain, \"\"again\"\"\","
      "\"Ana Lee, Editor and Bo\",\"Ana Lee; Bo \"\"B\"\" Kim\",OSLO,Wire,"
      "\"rain; city, news\",\"Line one\n  line\ttwo\r\nthree \\ end\","
      "100,20,3,4,5,6,7,cr_line_endings; ambiguous_date\r\n");
}

TEST(TableWriterTest, WritesTsvWithEscapes) {
  const FullView full;
  EXPECT_EQ(Write(TableFormat::kTsv, full.view,
                  {TableField::kSource, TableField::kTitle, TableField::kLead,
                   TableField::kAuthors}),
            "source\ttitle\tlead\tauthors\n"
            "a,b.txt\tRain, \"again\"\tLine one\\n  line\\ttwo\\r\\nthree "
            "\\\\ end\tAna Lee; Bo \"B\" Kim\n");
}

TEST(TableWriterTest, WritesJsonLinesWithTypedValues) {
  const FullView full;
  const std::string out =
      Write(TableFormat::kJsonLines, full.view,
            {TableField::kSource, TableField::kOffset, TableField::kAuthors,
             TableField::kWords, TableField::kWire, TableField::kPlace});
  EXPECT_EQ(out, R"({"source":"a,b.txt","offset":-240,)"
                 R"("authors":["Ana Lee","Bo \"B\" Kim"],"words":20,)"
                 R"("wire":"Wire","place":"OSLO"})"
                 "\n");
  EXPECT_EQ(lede_testing::CheckJson(out), "");
}

TEST(TableWriterTest, WritesMissingValuesAsEmptyFieldsOrNull) {
  const ArticleView empty;
  EXPECT_EQ(
      Write(TableFormat::kCsv, empty,
            {TableField::kDate, TableField::kPrecision, TableField::kOffset,
             TableField::kTitle, TableField::kAuthors, TableField::kWords}),
      "date,precision,offset,title,authors,words\r\n,,,,,0\r\n");
  EXPECT_EQ(Write(TableFormat::kJsonLines, empty, AllFields()),
            R"({"source":"a,b.txt","format":"plain","header_style":"none",)"
            R"("date":null,"precision":null,"offset":null,"zone":null,)"
            R"("language":null,"date_text":null,"updated":null,)"
            R"("title":null,"byline":null,"authors":[],"place":null,)"
            R"("wire":null,"tags":[],"lead":null,"bytes":0,"words":0,)"
            R"("cjk_characters":0,"sentences":0,"paragraphs":0,)"
            R"("sections":0,"reading_minutes":0,"warnings":[]})"
            "\n");
}

TEST(TableWriterTest, ProseJoinsTheLeadsLines) {
  const FullView full;
  EXPECT_EQ(Write(TableFormat::kCsv, full.view, {TableField::kLead}, true),
            "lead\r\nLine one line\ttwo three \\ end\r\n");
}

TEST(TableWriterTest, ReplacesInvalidUtf8InEveryFormat) {
  ArticleView view;
  view.title = Span(
      "a\xFF"
      "b\xC3");
  for (const TableFormat format :
       {TableFormat::kCsv, TableFormat::kTsv, TableFormat::kJsonLines}) {
    const std::string out = Write(format, view, {TableField::kTitle});
    EXPECT_THAT(out, HasSubstr("a\xEF\xBF\xBD"
                               "b\xEF\xBF\xBD"));
    EXPECT_EQ(out.find('\xFF'), std::string::npos);
  }
}

TEST(TableWriterTest, DoesNotAllocateWhenReused) {
  const FullView full;
  for (const TableFormat format :
       {TableFormat::kCsv, TableFormat::kTsv, TableFormat::kJsonLines}) {
    TableOptions options;
    options.format = format;
    options.fields = AllFields();
    options.prose = true;
    TableWriter writer(options);
    std::string out;
    writer.Write(full.view, "a.txt", &out);
    const std::size_t size = out.size();
    const std::uint64_t before = lede_testing::AllocationCount();
    for (int i = 0; i < 3; ++i) {
      out.clear();
      writer.Write(full.view, "a.txt", &out);
    }
    EXPECT_EQ(lede_testing::AllocationCount(), before);
    EXPECT_EQ(out.size(), size);
  }
}

}  // namespace
}  // namespace lede
