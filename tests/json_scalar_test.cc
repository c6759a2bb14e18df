// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The types YAML and TOML give front-matter scalars (HeaderField::type) and
// their typed values, as the JSON writes them.

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "lede/json.h"
#include "src/internal/header/scalar_type.h"

namespace lede {
namespace {

using internal::header_util::ClassifyScalar;
using internal::header_util::ScalarBoolean;
using internal::header_util::ScalarFloat;
using internal::header_util::ScalarInteger;
using internal::header_util::ScalarSyntax;
using ::testing::HasSubstr;

struct ScalarCase {
  std::string_view text;
  ValueType yaml;
  ValueType toml;
};

class ClassifyScalarTest : public ::testing::TestWithParam<ScalarCase> {};

constexpr ValueType S = ValueType::kString;
constexpr ValueType B = ValueType::kBoolean;
constexpr ValueType I = ValueType::kInteger;
constexpr ValueType F = ValueType::kFloat;
constexpr ValueType D = ValueType::kDate;
constexpr ValueType N = ValueType::kNull;

const ScalarCase kScalarCases[] = {
    {"true", B, B},
    {"false", B, B},
    {"True", B, S},  // TOML booleans are lower case
    {"FALSE", B, S},
    {"yes", S, S},  // YAML 1.2: not a boolean
    {"10", I, I},
    {"-3", I, I},
    {"+7", I, I},
    {"007", I, S},  // TOML: no leading zeros
    {"0x1F", I, I},
    {"0o17", I, I},
    {"0b101", S, I},
    {"-0x1F", I, S},  // TOML: no sign before a prefix
    {"1_000", S, I},
    {"1__000", S, S},
    {"_1000", S, S},
    {"9223372036854775807", I, I},
    {"9223372036854775808", S, S},  // over 64 bits: a string
    {"-9223372036854775808", I, I},
    {"1.5", F, F},
    {"-0.25", F, F},
    {".5", F, S},
    {"5.", F, S},
    {"6.02e23", F, F},
    {"1e5", F, F},
    {"1E-5", F, F},
    {"1_000.5", S, F},
    {".inf", F, S},
    {"-.Inf", F, S},
    {".NaN", F, S},
    {"inf", S, F},
    {"-inf", S, F},
    {"nan", S, F},
    {"1.", F, S},
    {"e5", S, S},
    {"1.5.2", S, S},
    {"~", N, S},
    {"null", N, S},
    {"Null", N, S},
    {"2024-03-25", D, D},
    {"2024-3-5", D, S},
    {"2024-03-25T10:05:30Z", D, D},
    {"2024-03-25 10:05:30", D, D},
    {"2024-03-25t10:05", D, D},
    {"2024-03-25 and more", S, S},
    {"2024-03", S, S},
    {"10:05:30", S, S},
    {"", S, S},
    {"hello", S, S},
    {"10 apples", S, S},
};

TEST_P(ClassifyScalarTest, TypesAsEachSyntaxDoes) {
  const ScalarCase& c = GetParam();
  EXPECT_EQ(ClassifyScalar(c.text, ScalarSyntax::kYaml), c.yaml)
      << "YAML " << c.text;
  EXPECT_EQ(ClassifyScalar(c.text, ScalarSyntax::kToml), c.toml)
      << "TOML " << c.text;
}

INSTANTIATE_TEST_SUITE_P(Scalars, ClassifyScalarTest,
                         ::testing::ValuesIn(kScalarCases));

TEST(ScalarValueTest, ConvertsWhatItTyped) {
  EXPECT_EQ(ScalarBoolean("True"), true);
  EXPECT_EQ(ScalarBoolean("false"), false);
  EXPECT_EQ(ScalarBoolean("yes"), std::nullopt);
  EXPECT_EQ(ScalarInteger("0x1F"), 31);
  EXPECT_EQ(ScalarInteger("0o17"), 15);
  EXPECT_EQ(ScalarInteger("0b101"), 5);
  EXPECT_EQ(ScalarInteger("1_000"), 1000);
  EXPECT_EQ(ScalarInteger("-42"), -42);
  EXPECT_EQ(ScalarInteger("9223372036854775807"),
            std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(ScalarInteger("-9223372036854775808"),
            std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(ScalarInteger("9223372036854775808"), std::nullopt);
  EXPECT_EQ(ScalarInteger("-"), std::nullopt);
  EXPECT_EQ(ScalarFloat("1.5"), 1.5);
  EXPECT_EQ(ScalarFloat("+.5"), 0.5);
  EXPECT_EQ(ScalarFloat("1_000.25"), 1000.25);
  EXPECT_EQ(ScalarFloat("-6.02e23"), -6.02e23);
  EXPECT_EQ(ScalarFloat("-.inf"), -std::numeric_limits<double>::infinity());
  EXPECT_EQ(ScalarFloat("inf"), std::numeric_limits<double>::infinity());
  EXPECT_TRUE(std::isnan(*ScalarFloat(".NaN")));
  EXPECT_EQ(ScalarFloat("x"), std::nullopt);
}

TEST(ValueTypeTest, NamesEachType) {
  EXPECT_EQ(ValueTypeName(ValueType::kString), "string");
  EXPECT_EQ(ValueTypeName(ValueType::kBoolean), "boolean");
  EXPECT_EQ(ValueTypeName(ValueType::kInteger), "integer");
  EXPECT_EQ(ValueTypeName(ValueType::kFloat), "float");
  EXPECT_EQ(ValueTypeName(ValueType::kDate), "date");
  EXPECT_EQ(ValueTypeName(ValueType::kNull), "null");
}

// The parser sets the types, and the JSON writes the typed values.
const HeaderField* Find(const ArticleView& view, std::string_view key) {
  return view.FindHeader(key);
}

TEST(TypedFrontMatterTest, YamlTypesUnquotedScalarsOnly) {
  const std::string text =
      "---\ntitle: Plain words\ndraft: true\nquoted: \"true\"\n"
      "weight: 10\nratio: 1.5\nwhen: 2024-03-25\nnothing: ~\n"
      "tags: [1, 2]\nsingle: '10'\n---\n\nBody.\n";
  ArticleParser parser;
  const absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(Find(*view, "title")->type, ValueType::kString);
  EXPECT_EQ(Find(*view, "draft")->type, ValueType::kBoolean);
  EXPECT_EQ(Find(*view, "quoted")->type, ValueType::kString);
  EXPECT_EQ(Find(*view, "weight")->type, ValueType::kInteger);
  EXPECT_EQ(Find(*view, "ratio")->type, ValueType::kFloat);
  EXPECT_EQ(Find(*view, "when")->type, ValueType::kDate);
  EXPECT_EQ(Find(*view, "nothing")->type, ValueType::kNull);
  EXPECT_EQ(Find(*view, "tags")->type, ValueType::kString);
  EXPECT_EQ(Find(*view, "single")->type, ValueType::kString);

  std::string json;
  ToJson(*view, JsonOptions(), &json);
  EXPECT_THAT(json, HasSubstr(R"("type":"boolean","boolean":true,)"));
  EXPECT_THAT(json, HasSubstr(R"("type":"integer","boolean":null,)"
                              R"("integer":10,)"));
  EXPECT_THAT(json, HasSubstr(R"("type":"float","boolean":null,)"
                              R"("integer":null,"float":1.5,)"));
  EXPECT_THAT(json,
              HasSubstr(R"("type":"date","boolean":null,)"
                        R"("integer":null,"float":null,)"
                        R"("date":{"iso":"2024-03-25","precision":"day",)"));
}

TEST(TypedFrontMatterTest, TomlTypesBareValuesOnly) {
  const std::string text =
      "+++\ntitle = \"T\"\ndraft = false\nweight = 1_000\npi = 3.14\n"
      "when = 1979-05-27T07:32:00Z\nlocal = 07:32:00\nbig = inf\n"
      "tags = [\"a\"]\n+++\n\nBody.\n";
  ArticleParser parser;
  const absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(Find(*view, "title")->type, ValueType::kString);
  EXPECT_EQ(Find(*view, "draft")->type, ValueType::kBoolean);
  EXPECT_EQ(Find(*view, "weight")->type, ValueType::kInteger);
  EXPECT_EQ(Find(*view, "pi")->type, ValueType::kFloat);
  EXPECT_EQ(Find(*view, "when")->type, ValueType::kDate);
  EXPECT_EQ(Find(*view, "local")->type, ValueType::kString);
  EXPECT_EQ(Find(*view, "big")->type, ValueType::kFloat);
  EXPECT_EQ(Find(*view, "tags")->type, ValueType::kString);

  std::string json;
  ToJson(*view, JsonOptions(), &json);
  EXPECT_THAT(json, HasSubstr(R"("integer":1000,)"));
  EXPECT_THAT(json, HasSubstr(R"("float":3.14,)"));
  // JSON has no infinity: typed float, value null.
  EXPECT_THAT(json, HasSubstr(R"("text":"inf","offset":)"));
}

TEST(TypedFrontMatterTest, KeyValueHeadersAreStrings) {
  const std::string text =
      "Title: 10\nDraft: true\nDate: 2024-03-25\n\nBody.\n";
  ArticleParser parser;
  const absl::StatusOr<ArticleView> view = parser.Parse(text);
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->headers.size(), 3u);
  for (const HeaderField& field : view->headers) {
    EXPECT_EQ(field.type, ValueType::kString) << field.key.text;
  }
}

}  // namespace
}  // namespace lede
