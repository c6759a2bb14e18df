// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Dates in the languages besides English: one table per language, each form
// (wide and abbreviated months, genitives, weekdays, ordinal, year and hour
// markers, connectors, AM/PM words) and the near-misses that must stay
// errors.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "lede/date.h"
#include "src/internal/date/lang/words.h"
#include "tests/testing/allocation_counter.h"

namespace {

using ::lede::DatePrecision;
using ::lede::DatePrefix;
using ::lede::DateTime;
using ::lede::Language;
using ::lede::LanguageList;
using ::lede::ParseDate;
using ::lede::ParseDatePrefix;
using ::testing::HasSubstr;

struct Case {
  std::string_view text;
  std::string_view iso;  // FormatIso8601() of the result
  Language language;
  // The same text is a date in a language before `language` in the default
  // order ("25 marzo 2024" is Spanish before it is Italian).
  bool shared = false;
};

std::ostream& operator<<(std::ostream& os, const Case& c) {
  return os << c.text;
}

class ParseDateLanguageTest : public ::testing::TestWithParam<Case> {};

TEST_P(ParseDateLanguageTest, ReadsTheDateAndItsLanguage) {
  const Case& c = GetParam();
  const absl::StatusOr<DateTime> date = ParseDate(c.text);
  ASSERT_TRUE(date.ok()) << c.text << ": " << date.status();
  EXPECT_EQ(date->FormatIso8601(), c.iso) << c.text;
  if (!c.shared) {
    EXPECT_EQ(date->language, c.language) << c.text;
  }
}

TEST_P(ParseDateLanguageTest, ReadsTheDateWithItsLanguageAlone) {
  const Case& c = GetParam();
  lede::DateOptions options;
  options.languages = LanguageList();
  options.languages.Add(c.language);
  const absl::StatusOr<DateTime> date = ParseDate(c.text, options);
  ASSERT_TRUE(date.ok()) << c.text << ": " << date.status();
  EXPECT_EQ(date->FormatIso8601(), c.iso) << c.text;
  EXPECT_EQ(date->language, c.language) << c.text;
}

TEST_P(ParseDateLanguageTest, ReadsThePrefixOfALongerLine) {
  const Case& c = GetParam();
  const std::string line = std::string(c.text) + " — next words";
  const absl::StatusOr<lede::DatePrefix> prefix = lede::ParseDatePrefix(line);
  ASSERT_TRUE(prefix.ok()) << line << ": " << prefix.status();
  EXPECT_EQ(prefix->date.FormatIso8601(), c.iso) << line;
  EXPECT_EQ(prefix->length, c.text.size()) << line;
}

TEST_P(ParseDateLanguageTest, DoesNotAllocate) {
  const Case& c = GetParam();
  DateTime date;
  const std::uint64_t before = lede_testing::AllocationCount();
  for (int i = 0; i < 4; ++i) {
    absl::StatusOr<DateTime> result = ParseDate(c.text);
    if (result.ok()) date = *result;
  }
  EXPECT_EQ(lede_testing::AllocationCount() - before, 0u) << c.text;
  EXPECT_EQ(date.FormatIso8601(), c.iso);
}

constexpr Case kRussian[] = {
    {"25 марта 2024", "2024-03-25", Language::kRussian},
    {"25 марта 2024 г.", "2024-03-25", Language::kRussian},
    {"25 марта 2024 года", "2024-03-25", Language::kRussian},
    {"25 МАРТА 2024 Г.", "2024-03-25", Language::kRussian},
    {"1 янв. 2024", "2024-01-01", Language::kRussian},
    {"12 сент. 2023 г.", "2023-09-12", Language::kRussian},
    {"1 мая 2024", "2024-05-01", Language::kRussian},
    {"март 2024", "2024-03", Language::kRussian},
    {"Март 2024 года", "2024-03", Language::kRussian},
    {"понедельник, 25 марта 2024", "2024-03-25", Language::kRussian},
    {"пн, 25 марта 2024 г.", "2024-03-25", Language::kRussian},
    {"25-го марта 2024 года", "2024-03-25", Language::kRussian},
    {"25 марта 2024 г. в 10:05", "2024-03-25T10:05", Language::kRussian},
    {"25 марта 2024, 10:05", "2024-03-25T10:05", Language::kRussian},
    {"25 марта 2024 года, 10:05:30 UTC+3", "2024-03-25T10:05:30+03:00",
     Language::kRussian},
    {"3 февраля 2024 12:00 +03:00", "2024-02-03T12:00+03:00",
     Language::kRussian},
    {"25 марта 2024, 10:05 МСК", "2024-03-25T10:05+03:00", Language::kRussian},
};
INSTANTIATE_TEST_SUITE_P(Russian, ParseDateLanguageTest,
                         ::testing::ValuesIn(kRussian));

constexpr Case kUkrainian[] = {
    {"25 березня 2024", "2024-03-25", Language::kUkrainian},
    {"25 березня 2024 р.", "2024-03-25", Language::kUkrainian},
    {"25 березня 2024 року", "2024-03-25", Language::kUkrainian},
    {"понеділок, 25 березня 2024", "2024-03-25", Language::kUkrainian},
    {"березень 2024", "2024-03", Language::kUkrainian},
    {"1 лист. 2024", "2024-11-01", Language::kUkrainian},
    {"25 березня 2024 р. о 10:05", "2024-03-25T10:05", Language::kUkrainian},
    {"24 серпня 2023", "2023-08-24", Language::kUkrainian},
};
INSTANTIATE_TEST_SUITE_P(Ukrainian, ParseDateLanguageTest,
                         ::testing::ValuesIn(kUkrainian));

constexpr Case kGerman[] = {
    {"25. März 2024", "2024-03-25", Language::kGerman},
    {"25 März 2024", "2024-03-25", Language::kGerman},
    {"25. Marz 2024", "2024-03-25", Language::kGerman},
    {"25. MÄRZ 2024", "2024-03-25", Language::kGerman},
    {"3. Okt. 2023", "2023-10-03", Language::kGerman},
    {"1. Dezember 2024", "2024-12-01", Language::kGerman},
    {"Montag, 25. März 2024", "2024-03-25", Language::kGerman},
    {"Mo., 25. März 2024", "2024-03-25", Language::kGerman},
    {"Dienstag, 26. März 2024", "2024-03-26", Language::kGerman},
    {"25. März 2024 um 10:05 Uhr", "2024-03-25T10:05", Language::kGerman},
    {"25. März 2024, 10:05 Uhr", "2024-03-25T10:05", Language::kGerman},
    {"25. März 2024 10.05 Uhr", "2024-03-25T10:05", Language::kGerman},
    {"25. März 2024 um 10 Uhr", "2024-03-25T10:00", Language::kGerman},
    {"25.03.2024 um 10:05 Uhr", "2024-03-25T10:05", Language::kGerman},
    {"25. März 2024, 10:05 Uhr MEZ", "2024-03-25T10:05+01:00",
     Language::kGerman},
    {"Juni 2024", "2024-06", Language::kGerman},
    {"Mai 2024", "2024-05", Language::kGerman},
};
INSTANTIATE_TEST_SUITE_P(German, ParseDateLanguageTest,
                         ::testing::ValuesIn(kGerman));

constexpr Case kJapanese[] = {
    {"2024年3月25日", "2024-03-25", Language::kJapanese},
    {"2024年3月25日(月)", "2024-03-25", Language::kJapanese},
    {"2024年3月25日（月）", "2024-03-25", Language::kJapanese},
    {"2024年3月25日 月曜日", "2024-03-25", Language::kJapanese},
    {"2024年3月25日 10時05分", "2024-03-25T10:05", Language::kJapanese},
    {"2024年3月25日 10時05分30秒", "2024-03-25T10:05:30", Language::kJapanese},
    {"2024年3月25日(月) 午後3時", "2024-03-25T15:00", Language::kJapanese},
    {"2024年3月25日 午前10:05", "2024-03-25T10:05", Language::kJapanese},
    {"２０２４年３月２５日", "2024-03-25", Language::kJapanese},
    {"2024年3月", "2024-03", Language::kJapanese},
};
INSTANTIATE_TEST_SUITE_P(Japanese, ParseDateLanguageTest,
                         ::testing::ValuesIn(kJapanese));

constexpr Case kChinese[] = {
    {"2024年3月25日 星期一", "2024-03-25", Language::kChinese},
    {"2024年3月25日 周一", "2024-03-25", Language::kChinese},
    {"2024年3月25日 下午3点05分", "2024-03-25T15:05", Language::kChinese},
    {"2024年3月25日 上午10:05", "2024-03-25T10:05", Language::kChinese},
    {"2024年3月25日星期一", "2024-03-25", Language::kChinese},
    {"2024年3月25号", "2024-03-25", Language::kChinese},
};
INSTANTIATE_TEST_SUITE_P(Chinese, ParseDateLanguageTest,
                         ::testing::ValuesIn(kChinese));

constexpr Case kKorean[] = {
    {"2024년 3월 25일", "2024-03-25", Language::kKorean},
    {"2024년 3월 25일 (월)", "2024-03-25", Language::kKorean},
    {"2024년 3월 25일 월요일", "2024-03-25", Language::kKorean},
    {"2024년 3월 25일 오전 10:05", "2024-03-25T10:05", Language::kKorean},
    {"2024년 3월 25일 오후 3시 5분", "2024-03-25T15:05", Language::kKorean},
    {"2024. 3. 25. (월) 오후 3:05", "2024-03-25T15:05", Language::kKorean},
    {"2024년 3월", "2024-03", Language::kKorean},
};
INSTANTIATE_TEST_SUITE_P(Korean, ParseDateLanguageTest,
                         ::testing::ValuesIn(kKorean));

constexpr Case kSpanish[] = {
    {"25 de marzo de 2024", "2024-03-25", Language::kSpanish},
    {"lunes, 25 de marzo de 2024", "2024-03-25", Language::kSpanish},
    {"1º de abril de 2024", "2024-04-01", Language::kSpanish},
    {"25 de marzo del 2024", "2024-03-25", Language::kSpanish},
    {"25 de marzo de 2024 a las 10:05", "2024-03-25T10:05", Language::kSpanish},
    {"marzo de 2024", "2024-03", Language::kSpanish},
    {"miércoles, 27 de marzo de 2024", "2024-03-27", Language::kSpanish},
    {"miercoles 27 de marzo de 2024", "2024-03-27", Language::kSpanish},
    {"25 de sept. de 2024", "2024-09-25", Language::kSpanish},
};
INSTANTIATE_TEST_SUITE_P(Spanish, ParseDateLanguageTest,
                         ::testing::ValuesIn(kSpanish));

constexpr Case kFrench[] = {
    {"25 mars 2024", "2024-03-25", Language::kFrench},
    {"lundi 25 mars 2024", "2024-03-25", Language::kFrench},
    {"lundi 25 mars 2024 à 10h05", "2024-03-25T10:05", Language::kFrench},
    {"lundi 1er avril 2024 à 10h", "2024-04-01T10:00", Language::kFrench},
    {"1er avril 2024", "2024-04-01", Language::kFrench},
    {"25 février 2024", "2024-02-25", Language::kFrench},
    {"25 fevrier 2024", "2024-02-25", Language::kFrench},
    {"25 févr. 2024", "2024-02-25", Language::kFrench},
    {"mar. 26 mars 2024", "2024-03-26", Language::kFrench},
    {"25 août 2024 10:05", "2024-08-25T10:05", Language::kFrench},
    {"25 AOUT 2024", "2024-08-25", Language::kFrench},
    {"décembre 2024", "2024-12", Language::kFrench},
};
INSTANTIATE_TEST_SUITE_P(French, ParseDateLanguageTest,
                         ::testing::ValuesIn(kFrench));

constexpr Case kItalian[] = {
    {"25 marzo 2024", "2024-03-25", Language::kItalian, true},
    {"lunedì 25 marzo 2024", "2024-03-25", Language::kItalian},
    {"lunedi 25 marzo 2024 alle 10:05", "2024-03-25T10:05", Language::kItalian},
    {"25 marzo 2024 ore 10:05", "2024-03-25T10:05", Language::kItalian},
    {"1º gennaio 2024", "2024-01-01", Language::kItalian},
    {"giugno 2024", "2024-06", Language::kItalian},
    {"25 dic 2024", "2024-12-25", Language::kItalian, true},
};
INSTANTIATE_TEST_SUITE_P(Italian, ParseDateLanguageTest,
                         ::testing::ValuesIn(kItalian));

constexpr Case kPortuguese[] = {
    {"25 de março de 2024", "2024-03-25", Language::kPortuguese},
    {"25 de marco de 2024", "2024-03-25", Language::kPortuguese},
    {"segunda-feira, 25 de março de 2024", "2024-03-25", Language::kPortuguese},
    {"25 de março de 2024 às 10h05", "2024-03-25T10:05", Language::kPortuguese},
    {"1º de setembro de 2024", "2024-09-01", Language::kPortuguese},
    {"outubro de 2024", "2024-10", Language::kPortuguese},
};
INSTANTIATE_TEST_SUITE_P(Portuguese, ParseDateLanguageTest,
                         ::testing::ValuesIn(kPortuguese));

constexpr Case kDutch[] = {
    {"25 maart 2024", "2024-03-25", Language::kDutch},
    {"maandag 25 maart 2024", "2024-03-25", Language::kDutch},
    {"ma 25 mrt. 2024", "2024-03-25", Language::kDutch},
    {"do 28 maart 2024 om 10:05", "2024-03-28T10:05", Language::kDutch},
    {"25 maart 2024 om 10.05 uur", "2024-03-25T10:05", Language::kDutch},
    {"oktober 2024", "2024-10", Language::kDutch, true},
};
INSTANTIATE_TEST_SUITE_P(Dutch, ParseDateLanguageTest,
                         ::testing::ValuesIn(kDutch));

constexpr Case kPolish[] = {
    {"25 marca 2024", "2024-03-25", Language::kPolish},
    {"25 marca 2024 r.", "2024-03-25", Language::kPolish},
    {"25 marca 2024 roku", "2024-03-25", Language::kPolish},
    {"poniedziałek, 25 marca 2024", "2024-03-25", Language::kPolish},
    {"25 marca 2024 r., godz. 10:05", "2024-03-25T10:05", Language::kPolish},
    {"25 marca 2024 o godz. 10:05", "2024-03-25T10:05", Language::kPolish},
    {"marzec 2024", "2024-03", Language::kPolish},
    {"11 listopada 2024", "2024-11-11", Language::kPolish},
    {"25 wrz 2024", "2024-09-25", Language::kPolish},
};
INSTANTIATE_TEST_SUITE_P(Polish, ParseDateLanguageTest,
                         ::testing::ValuesIn(kPolish));

constexpr Case kTurkish[] = {
    {"25 Mart 2024", "2024-03-25", Language::kTurkish},
    {"25 Mart 2024 Pazartesi", "2024-03-25", Language::kTurkish},
    {"25 Mart 2024 Pazartesi 10:05", "2024-03-25T10:05", Language::kTurkish},
    {"29 Ekim 2024 Salı", "2024-10-29", Language::kTurkish},
    {"29 EKİM 2024", "2024-10-29", Language::kTurkish},
    {"1 Mayıs 2024", "2024-05-01", Language::kTurkish},
    {"1 Mayis 2024 saat 10:05", "2024-05-01T10:05", Language::kTurkish},
    {"Ağustos 2024", "2024-08", Language::kTurkish},
};
INSTANTIATE_TEST_SUITE_P(Turkish, ParseDateLanguageTest,
                         ::testing::ValuesIn(kTurkish));

constexpr Case kIndonesian[] = {
    {"25 Maret 2024", "2024-03-25", Language::kIndonesian},
    {"Senin, 25 Maret 2024", "2024-03-25", Language::kIndonesian},
    {"Senin, 25 Maret 2024 pukul 10.05 WIB", "2024-03-25T10:05+07:00",
     Language::kIndonesian},
    {"Senin, 25 Maret 2024 10:05", "2024-03-25T10:05", Language::kIndonesian},
    {"17 Agustus 2024", "2024-08-17", Language::kIndonesian},
    {"Desember 2024", "2024-12", Language::kIndonesian},
};
INSTANTIATE_TEST_SUITE_P(Indonesian, ParseDateLanguageTest,
                         ::testing::ValuesIn(kIndonesian));

constexpr Case kCzech[] = {
    {"25. března 2024", "2024-03-25", Language::kCzech},
    {"25. brezna 2024", "2024-03-25", Language::kCzech},
    {"pondělí 25. března 2024", "2024-03-25", Language::kCzech},
    {"25. března 2024 v 10:05", "2024-03-25T10:05", Language::kCzech},
    {"březen 2024", "2024-03", Language::kCzech},
    {"17. listopadu 2024", "2024-11-17", Language::kCzech},
    {"1. 4. 2024 v 10:05", "2024-04-01T10:05", Language::kCzech},
};
INSTANTIATE_TEST_SUITE_P(Czech, ParseDateLanguageTest,
                         ::testing::ValuesIn(kCzech));

constexpr Case kVietnamese[] = {
    {"ngày 25 tháng 3 năm 2024", "2024-03-25", Language::kVietnamese},
    {"Thứ Hai, ngày 25 tháng 3 năm 2024", "2024-03-25", Language::kVietnamese},
    {"Thứ hai, 25/3/2024", "2024-03-25", Language::kVietnamese},
    {"thu hai, ngay 25 thang 3 nam 2024", "2024-03-25", Language::kVietnamese},
    {"Thứ 2, 25 tháng 3, 2024", "2024-03-25", Language::kVietnamese},
    {"T2, 25 thg 3 2024", "2024-03-25", Language::kVietnamese},
    {"25 tháng 3 năm 2024 lúc 10:05", "2024-03-25T10:05",
     Language::kVietnamese},
    {"Chủ Nhật, 24 tháng 3 năm 2024", "2024-03-24", Language::kVietnamese},
    {"tháng 3 năm 2024", "2024-03", Language::kVietnamese},
};
INSTANTIATE_TEST_SUITE_P(Vietnamese, ParseDateLanguageTest,
                         ::testing::ValuesIn(kVietnamese));

// Near-misses: each must stay an error, with the message's key words.
struct Miss {
  std::string_view text;
  std::string_view message;
};

std::ostream& operator<<(std::ostream& os, const Miss& m) {
  return os << m.text;
}

class ParseDateLanguageErrorTest : public ::testing::TestWithParam<Miss> {};

TEST_P(ParseDateLanguageErrorTest, IsAnError) {
  const Miss& m = GetParam();
  const absl::StatusOr<DateTime> date = ParseDate(m.text);
  ASSERT_FALSE(date.ok()) << m.text << " gave " << date->FormatIso8601();
  EXPECT_EQ(date.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(date.status().message(), HasSubstr(m.message)) << m.text;
}

constexpr Miss kMisses[] = {
    {"25 мартобря 2024", "no month named"},
    {"25. Märzen 2024", "no month named"},
    {"31 февраля 2024", "day \"31\" is out of range for February 2024"},
    {"30. Februar 2024", "day \"30\" is out of range for February 2024"},
    {"32 de marzo de 2024", "at byte 3"},
    {"mardi 25 mars 2024",
     "weekday \"mardi\" does not match 2024-03-25, a Monday"},
    {"2024年3月25日(火)", "does not match 2024-03-25, a Monday, at byte 17"},
    {"Dienstag, 25. März 2024", "does not match 2024-03-25"},
    {"25 mars", "no year"},
    {"25 de marzo de", "unexpected"},
    {"mars 2024 mars", "unexpected"},
    {"25 März 2024 um", "unexpected"},
    {"25 mars 24", "unexpected"},
    {"2024年13月25日", "unexpected"},
    {"25 марта 2024 25:00", "unexpected"},
    // Words of two languages in one date.
    {"lundi 25 marzo 2024", "at byte 9"},
    {"25 de mars de 2024", "at byte 3"},
};
INSTANTIATE_TEST_SUITE_P(Misses, ParseDateLanguageErrorTest,
                         ::testing::ValuesIn(kMisses));

lede::DateOptions OnlyLanguages(std::initializer_list<Language> languages) {
  lede::DateOptions options;
  options.languages = LanguageList();
  for (const Language l : languages) options.languages.Add(l);
  return options;
}

TEST(ParseDateLanguageOrderTest, AWordOfSeveralLanguagesIsReadInTheFirst) {
  // "Mai" is May in German and in French; German comes first by default.
  EXPECT_EQ(ParseDate("Mai 2024")->language, Language::kGerman);
  EXPECT_EQ(ParseDate("Mai 2024",
                      OnlyLanguages({Language::kFrench, Language::kGerman}))
                ->language,
            Language::kFrench);
  // "listopad" is November in Polish and Czech.
  EXPECT_EQ(ParseDate("listopad 2024")->language, Language::kPolish);
  EXPECT_EQ(
      ParseDate("listopad 2024", OnlyLanguages({Language::kCzech}))->language,
      Language::kCzech);
}

TEST(ParseDateLanguageOrderTest, TheOtherWordsSettleTheLanguage) {
  // "do" is Sunday in Spanish and Thursday in Dutch; "maart" is Dutch.
  const absl::StatusOr<DateTime> dutch = ParseDate("do 28 maart 2024");
  ASSERT_TRUE(dutch.ok()) << dutch.status();
  EXPECT_EQ(dutch->weekday, absl::Weekday::thursday);
  EXPECT_EQ(dutch->language, Language::kDutch);
  const absl::StatusOr<DateTime> spanish = ParseDate("do 31 de marzo de 2024");
  ASSERT_TRUE(spanish.ok()) << spanish.status();
  EXPECT_EQ(spanish->weekday, absl::Weekday::sunday);
  EXPECT_EQ(spanish->language, Language::kSpanish);
}

TEST(ParseDateLanguageOrderTest, TheWordOrderSettlesMonthOrWeekday) {
  // "mar" is March in Spanish, Tuesday in French.
  const absl::StatusOr<DateTime> march =
      ParseDate("mar 25 2024", OnlyLanguages({Language::kSpanish}));
  ASSERT_TRUE(march.ok()) << march.status();
  EXPECT_EQ(march->FormatIso8601(), "2024-03-25");
  const absl::StatusOr<DateTime> tuesday = ParseDate("mar. 26 mars 2024");
  ASSERT_TRUE(tuesday.ok()) << tuesday.status();
  EXPECT_EQ(tuesday->weekday, absl::Weekday::tuesday);
  EXPECT_EQ(tuesday->language, Language::kFrench);
}

TEST(ParseDateLanguageOrderTest, EnglishWordsNeedEnglishListed) {
  const lede::DateOptions german = OnlyLanguages({Language::kGerman});
  EXPECT_FALSE(ParseDate("25 March 2024", german).ok());
  EXPECT_FALSE(ParseDate("Monday, 25 March 2024", german).ok());
  // Numeric dates belong to no language.
  const absl::StatusOr<DateTime> numeric = ParseDate("2024-03-25", german);
  ASSERT_TRUE(numeric.ok()) << numeric.status();
  EXPECT_FALSE(numeric->language.has_value());
  // A word English shares with a listed language is read in that language.
  const absl::StatusOr<DateTime> april = ParseDate("25 April 2024", german);
  ASSERT_TRUE(april.ok()) << april.status();
  EXPECT_EQ(april->language, Language::kGerman);
}

TEST(ParseDateLanguageOrderTest, UnlistedLanguagesAreNotRead) {
  EXPECT_FALSE(ParseDate("25 марта 2024",
                         OnlyLanguages({Language::kGerman, Language::kEnglish}))
                   .ok());
  EXPECT_TRUE(ParseDate("25 марта 2024",
                        OnlyLanguages({Language::kEnglish, Language::kRussian}))
                  .ok());
}

TEST(ParseDateLanguageOrderTest, EnglishStaysEnglish) {
  const absl::StatusOr<DateTime> date = ParseDate("March 25, 2024 10:05");
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_EQ(date->FormatIso8601(), "2024-03-25T10:05");
  EXPECT_NE(date->language, std::optional<Language>(Language::kGerman));
}

TEST(ParseDateLanguageWeekdayTest, AMismatchMayBeKept) {
  lede::DateOptions options;
  options.allow_weekday_mismatch = true;
  const absl::StatusOr<DateTime> date =
      ParseDate("mardi 25 mars 2024", options);
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_TRUE(date->weekday_mismatch);
  EXPECT_EQ(date->weekday, absl::Weekday::tuesday);
}

TEST(ParseDateLanguageFieldsTest, FillsPrecisionWeekdayAndOffset) {
  const absl::StatusOr<DateTime> date =
      ParseDate("понедельник, 25 марта 2024 г. в 10:05:30 +03:00");
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_EQ(date->precision, DatePrecision::kSecond);
  EXPECT_EQ(date->weekday, absl::Weekday::monday);
  EXPECT_EQ(date->utc_offset_minutes, 180);
  EXPECT_EQ(date->civil, absl::CivilSecond(2024, 3, 25, 10, 5, 30));
}

TEST(ParseDatePrefixLanguageTest, StopsAtTheEndOfTheDate) {
  const std::string_view line = "25 марта 2024 года в Москве прошёл";
  const absl::StatusOr<lede::DatePrefix> prefix = lede::ParseDatePrefix(line);
  ASSERT_TRUE(prefix.ok()) << prefix.status();
  EXPECT_EQ(prefix->date.FormatIso8601(), "2024-03-25");
  EXPECT_EQ(line.substr(prefix->consumed), " в Москве прошёл");
  const std::string_view japanese = "2024年3月25日に発表した";
  const absl::StatusOr<lede::DatePrefix> ja = lede::ParseDatePrefix(japanese);
  ASSERT_TRUE(ja.ok()) << ja.status();
  EXPECT_EQ(japanese.substr(ja->consumed), "に発表した");
}

TEST(LanguageListFromCodesTest, ReadsCodesInOrder) {
  const std::optional<LanguageList> list =
      lede::LanguageListFromCodes("de, FR");
  ASSERT_TRUE(list.has_value());
  ASSERT_EQ(list->size(), 2);
  EXPECT_EQ((*list)[0], Language::kGerman);
  EXPECT_EQ((*list)[1], Language::kFrench);
  EXPECT_EQ(lede::LanguageListFromCodes("all"), LanguageList::All());
  std::string_view bad;
  EXPECT_FALSE(lede::LanguageListFromCodes("de,xx", &bad).has_value());
  EXPECT_EQ(bad, "xx");
  EXPECT_FALSE(lede::LanguageListFromCodes("").has_value());
}

TEST(DateWordsTest, FoldsTheCasesOfEveryScriptOfTheTable) {
  namespace lang = lede::internal::lang;
  const auto fold = [](std::string_view s) {
    char buffer[lang::kMaxFoldedWord];
    std::size_t n = 0;
    EXPECT_TRUE(lang::FoldWord(s, buffer, &n));
    return std::string(buffer, n);
  };
  EXPECT_EQ(fold("MÄRZ"), "märz");
  EXPECT_EQ(fold("ŚRODA"), "środa");
  EXPECT_EQ(fold("BŘEZNA"), "března");
  EXPECT_EQ(fold("МАРТА"), "марта");
  EXPECT_EQ(fold("ЇЖАК ҐАНОК Є"), "їжак ґанок є");
  EXPECT_EQ(fold("THỨ HAI"), "thứ hai");
  EXPECT_EQ(fold("EKİM"), "ekim");
  EXPECT_EQ(fold("ΜΆΡΤΗ"), "μάρτη");
  EXPECT_FALSE(lang::LookUpWord("марта").empty());
  EXPECT_TRUE(lang::LookUpWord("мартобря").empty());
}

// A prefix is the date its own text gives (the fuzzers' rule): "2030 Mar"
// that the English scanner does not take as a prefix of the longer text, and
// the German words scanner does, is still read as ParseDate() reads it alone.
TEST(DateLanguagePrefixTest, PrefixIsTheDateItsOwnTextGives) {
  for (const std::string& text :
       {std::string("2030 Mar\f0\0\0\0"
                    "5:60.25th of M2",
                    28),
        std::string("2030 Mar 0 Uhr"), std::string("2024 may be the year")}) {
    const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(text);
    if (!prefix.ok()) continue;
    const absl::StatusOr<DateTime> alone =
        ParseDate(text.substr(prefix->offset, prefix->length));
    ASSERT_TRUE(alone.ok()) << text;
    EXPECT_EQ(*alone, prefix->date) << text;
  }
}

}  // namespace
