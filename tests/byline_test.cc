// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of src/internal/body/byline.h: which lines are bylines, and how a
// byline splits into names and roles.

#include "src/internal/body/byline.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "src/internal/parse_state.h"

namespace lede {
namespace internal {
namespace {

struct BylineLineCase {
  std::string_view line;
  bool is_byline;
};

class IsBylineLineTest : public ::testing::TestWithParam<BylineLineCase> {};

TEST_P(IsBylineLineTest, TellsBylinesFromProse) {
  EXPECT_EQ(IsBylineLine(GetParam().line), GetParam().is_byline)
      << GetParam().line;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, IsBylineLineTest,
    ::testing::Values(
        BylineLineCase{"By Jane Doe", true},
        BylineLineCase{"  By Jane Doe and John Roe  ", true},
        BylineLineCase{"BY JANE DOE AND JOHN ROE", true},
        BylineLineCase{"by Jane Doe, Staff Reporter", true},
        BylineLineCase{"By: Jane Doe", true},
        BylineLineCase{"By Ana de la Cruz", true},
        BylineLineCase{"By \xC3\x89lise Martin | Example Gazette", true},
        BylineLineCase{"By the time the crews arrived, the wall had gone.",
                       false},
        BylineLineCase{"By 2030 the town expects to grow.", false},
        BylineLineCase{"By Monday, the storm had passed.", false},
        BylineLineCase{"By", false}, BylineLineCase{"By ", false},
        BylineLineCase{"Bylines are short.", false},
        BylineLineCase{"Jane Doe", false}, BylineLineCase{"", false}));

struct Name {
  std::string name;
  std::optional<std::string> role;
  bool operator==(const Name& other) const {
    return name == other.name && role == other.role;
  }
};

void PrintTo(const Name& name, std::ostream* out) {
  *out << name.name << " / " << name.role.value_or("-");
}

struct SplitCase {
  std::string_view line;
  std::string_view text;
  std::vector<Name> names;
};

class SetBylineTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SetBylineTest, SplitsNamesAndRoles) {
  const SplitCase& c = GetParam();
  ParseState state{ParseOptions()};
  state.Reset(c.line);
  SetByline(TextSpan{c.line, 0, c.line.size()}, &state);
  state.Finish();
  ASSERT_TRUE(state.view.byline.has_value());
  const Byline& byline = *state.view.byline;
  EXPECT_EQ(byline.text.text, c.text);
  EXPECT_EQ(c.line.substr(byline.text.offset, byline.text.length), c.text);
  std::vector<Name> names;
  for (const Author& author : byline.authors) {
    Name name{std::string(author.name.text), std::nullopt};
    EXPECT_EQ(c.line.substr(author.name.offset, author.name.length),
              author.name.text);
    if (author.role) {
      name.role = std::string(author.role->text);
      EXPECT_EQ(c.line.substr(author.role->offset, author.role->length),
                author.role->text);
    }
    names.push_back(name);
  }
  EXPECT_EQ(names, c.names);
}

INSTANTIATE_TEST_SUITE_P(
    Bylines, SetBylineTest,
    ::testing::Values(
        SplitCase{"By Jane Doe and John Roe",
                  "Jane Doe and John Roe",
                  {{"Jane Doe", std::nullopt}, {"John Roe", std::nullopt}}},
        SplitCase{"By Jane Doe, Staff Reporter",
                  "Jane Doe, Staff Reporter",
                  {{"Jane Doe", "Staff Reporter"}}},
        SplitCase{"By Jane Doe, John Roe, and Max Poe",
                  "Jane Doe, John Roe, and Max Poe",
                  {{"Jane Doe", std::nullopt},
                   {"John Roe", std::nullopt},
                   {"Max Poe", std::nullopt}}},
        SplitCase{"BY JANE DOE AND JOHN ROE",
                  "JANE DOE AND JOHN ROE",
                  {{"JANE DOE", std::nullopt}, {"JOHN ROE", std::nullopt}}},
        SplitCase{"By Jane Doe | Reuters",
                  "Jane Doe | Reuters",
                  {{"Jane Doe", "Reuters"}}},
        SplitCase{"By Jane Doe, Staff Reporter, Reuters",
                  "Jane Doe, Staff Reporter, Reuters",
                  {{"Jane Doe", "Staff Reporter, Reuters"}}},
        SplitCase{"By Jane Doe with John Roe; AP",
                  "Jane Doe with John Roe; AP",
                  {{"Jane Doe", std::nullopt}, {"John Roe", "AP"}}},
        SplitCase{"Jane Doe & John Roe",
                  "Jane Doe & John Roe",
                  {{"Jane Doe", std::nullopt}, {"John Roe", std::nullopt}}},
        SplitCase{"By Reuters", "Reuters", {{"Reuters", std::nullopt}}},
        // A job title after a comma is a role; a name after "&" is a name.
        SplitCase{"Phil Porada, Site Reliability Engineer",
                  "Phil Porada, Site Reliability Engineer",
                  {{"Phil Porada", "Site Reliability Engineer"}}},
        SplitCase{"Josh Aas, ISRG Executive Director",
                  "Josh Aas, ISRG Executive Director",
                  {{"Josh Aas", "ISRG Executive Director"}}},
        SplitCase{"Eric Huss & TC",
                  "Eric Huss & TC",
                  {{"Eric Huss", std::nullopt}, {"TC", std::nullopt}}},
        SplitCase{"By Jane Doe, a freelance writer based in Lyon",
                  "Jane Doe, a freelance writer based in Lyon",
                  {{"Jane Doe", "a freelance writer based in Lyon"}}},
        SplitCase{"By Jane Doe, Acme Inc",
                  "Jane Doe, Acme Inc",
                  {{"Jane Doe", "Acme Inc"}}},
        SplitCase{"Ana Lima, Jo Park & Max Poe",
                  "Ana Lima, Jo Park & Max Poe",
                  {{"Ana Lima", std::nullopt},
                   {"Jo Park", std::nullopt},
                   {"Max Poe", std::nullopt}}}));

TEST(BylineTest, AppendAuthorsKeepsTheByline) {
  const std::string_view item = "Jane Doe, Senior Editor";
  ParseState state{ParseOptions()};
  state.Reset(item);
  AppendAuthors(TextSpan{item, 0, item.size()}, &state);
  EXPECT_FALSE(state.view.byline.has_value());
  ASSERT_EQ(state.authors.size(), 1u);
  EXPECT_EQ(state.authors[0].name.text, "Jane Doe");
  ASSERT_TRUE(state.authors[0].role.has_value());
  EXPECT_EQ(state.authors[0].role->offset, 10u);
}

TEST(BylineTest, UnescapedTextKeepsTheSourceSpan) {
  // A byline unescaped into scratch: its parts cannot be located more
  // narrowly than the whole value.
  const std::string input = "author: \"Jane Doe \\u0026 John Roe\"";
  const std::string unescaped = "Jane Doe & John Roe";
  ParseState state{ParseOptions()};
  state.Reset(input);
  SetByline(TextSpan{unescaped, 8, input.size() - 8}, &state);
  ASSERT_EQ(state.authors.size(), 2u);
  EXPECT_EQ(state.authors[1].name.text, "John Roe");
  EXPECT_EQ(state.authors[1].name.offset, 8u);
  EXPECT_EQ(state.authors[1].name.length, input.size() - 8);
}

}  // namespace
}  // namespace internal
}  // namespace lede
