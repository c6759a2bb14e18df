// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: date.h
// -----------------------------------------------------------------------------
//
// This header declares lede's date-header parser: it turns the text of a date
// header or front-matter value ("2024-03-25", "Mon, 25 Mar 2024 10:05:30
// +0900", "March 25th, 2024 10:05 a.m. EDT", "25.03.24") into a typed
// `lede::DateTime` that says exactly what the text said and nothing more:
//
//   * its precision (a year, a month, an ISO week, a day, an hour, a minute,
//     a second, a fraction),
//     with nothing below that precision filled in from a clock or a default;
//   * its UTC offset, or that none was given (which is never taken as UTC);
//   * the zone abbreviation as written, and whether it was ambiguous; the
//     IANA zone it was resolved in ("ET" is America/New_York);
//   * whether the day/month order was ambiguous, and the other reading;
//   * whether a two-digit year was expanded, and the weekday if one was given.
//
// Example:
//
//   absl::StatusOr<lede::DateTime> d = lede::ParseDate("March 25, 2024");
//   if (!d.ok()) return d.status();   // "no month named \"Marhc\" at byte 0"
//   d->precision;                     // lede::DatePrecision::kDay
//   d->FormatIso8601();               // "2024-03-25"
//   d->utc_offset_minutes.has_value();  // false: no zone was written
//
// Parsing never allocates on success and never reads outside `text`; any
// bytes at all give a value or an `absl::InvalidArgumentError`, never a crash.

#ifndef LEDE_DATE_H_
#define LEDE_DATE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/base/attributes.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "lede/export.h"

namespace lede {

// Language
//
// The languages whose month, weekday and marker words ParseDate() reads, in
// the default order of DateOptions::languages (English first). The numeric
// values are stable within a minor version only; store LanguageCode().
enum class Language : std::uint8_t {
  kEnglish,
  kRussian,
  kGerman,
  kJapanese,
  kChinese,
  kSpanish,
  kFrench,
  kItalian,
  kPortuguese,
  kDutch,
  kPolish,
  kTurkish,
  kIndonesian,
  kCzech,
  kVietnamese,
  kUkrainian,
  kKorean,
};

// The number of Language values.
inline constexpr int kLanguageCount = 17;

// LanguageCode()
//
// Returns the ISO 639-1 code of `language` ("en", "ru", "de", ...).
// Lifetime: a static string; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view LanguageCode(Language language);

// LanguageFromCode()
//
// Returns the language whose ISO 639-1 code is `code` (ASCII case ignored),
// or nullopt when lede does not read that language.
[[nodiscard]] LEDE_EXPORT std::optional<Language> LanguageFromCode(
    std::string_view code);

// LanguageList
//
// An ordered set of languages, without allocation: where a word means
// different things in several listed languages, the first listed wins.
class LanguageList {
 public:
  // An empty list.
  constexpr LanguageList() = default;

  // LanguageList::All()
  //
  // Every supported language, in the order of the Language enum.
  [[nodiscard]] static constexpr LanguageList All() {
    LanguageList list;
    for (int i = 0; i < kLanguageCount; ++i) {
      list.Add(static_cast<Language>(i));
    }
    return list;
  }

  // LanguageList::Add()
  //
  // Appends `language` unless it is already listed.
  constexpr void Add(Language language) {
    if (Contains(language)) return;
    order_[size_++] = language;
    mask_ |= std::uint32_t{1} << static_cast<int>(language);
  }

  [[nodiscard]] constexpr bool Contains(Language language) const {
    return (mask_ >> static_cast<int>(language)) & 1u;
  }
  [[nodiscard]] constexpr bool empty() const { return size_ == 0; }
  [[nodiscard]] constexpr int size() const { return size_; }
  // The languages as a bit mask, bit N for Language N.
  [[nodiscard]] constexpr std::uint32_t mask() const { return mask_; }
  [[nodiscard]] constexpr Language operator[](int i) const { return order_[i]; }
  [[nodiscard]] constexpr const Language* begin() const { return order_; }
  [[nodiscard]] constexpr const Language* end() const { return order_ + size_; }

  friend constexpr bool operator==(const LanguageList& a,
                                   const LanguageList& b) {
    if (a.size_ != b.size_) return false;
    for (int i = 0; i < a.size_; ++i) {
      if (a.order_[i] != b.order_[i]) return false;
    }
    return true;
  }
  friend constexpr bool operator!=(const LanguageList& a,
                                   const LanguageList& b) {
    return !(a == b);
  }

 private:
  Language order_[kLanguageCount] = {};
  std::uint8_t size_ = 0;
  std::uint32_t mask_ = 0;
};

// LanguageListFromCodes()
//
// Returns the languages named by `codes`, ISO 639-1 codes separated by commas
// ("de,fr", ASCII case and spaces around the codes ignored), in that order;
// "all" names LanguageList::All(). Returns nullopt when a code names no
// language lede reads or the list is empty, and then sets `*bad_code` (when
// given) to the offending code.
// Lifetime: `*bad_code` points into `codes`; valid while `codes` is alive
// and unmodified.
[[nodiscard]] LEDE_EXPORT std::optional<LanguageList> LanguageListFromCodes(
    std::string_view codes ABSL_ATTRIBUTE_LIFETIME_BOUND,
    std::string_view* bad_code = nullptr);

// DatePrecision
//
// How much of a point in time a date's text carried. A time written without
// seconds ("10:05", "10 AM", "noon") has minute precision; an ISO 8601 time
// of the hour alone ("2024-03-25T10") has hour precision. The values are in
// increasing order: `precision >= DatePrecision::kDay` means "has a day".
enum class DatePrecision {
  kYear,      // "2024"
  kMonth,     // "March 2024", "2024-03"
  kWeek,      // "2024-W13": `civil` holds the week's Monday
  kDay,       // "2024-03-25", "2024-W13-1", "2024-085"
  kHour,      // "2024-03-25T10"
  kMinute,    // "2024-03-25T10:05"
  kSecond,    // "2024-03-25T10:05:30"
  kFraction,  // "2024-03-25T10:05:30.250"
};

// WeekdayName()
//
// Returns the lower-case English name of `weekday` ("monday" ... "sunday"),
// as the JSON output writes it.
// Lifetime: a static string; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view WeekdayName(absl::Weekday weekday);

// DatePrecisionName()
//
// Returns "year", "month", "week", "day", "hour", "minute", "second" or
// "fraction".
// Lifetime: points into static storage; always valid.
[[nodiscard]] LEDE_EXPORT std::string_view DatePrecisionName(
    DatePrecision precision);

// DateTime
//
// A date as written. Fields below `precision` hold their minimum value (month
// 1, day 1, 00:00:00) only so that `civil` is a valid civil time; read
// `precision` to know what the text said. `DateTime` is a value: it holds no
// view into the text it was parsed from.
struct LEDE_EXPORT DateTime {
  // The largest number of fractional-second digits kept.
  static constexpr int kMaxFractionDigits = 18;
  // The longest zone abbreviation kept as written ("CHADT").
  static constexpr int kMaxZoneLength = 7;

  // Year, month, day, hour, minute and second, as written (no offset applied).
  absl::CivilSecond civil;
  DatePrecision precision = DatePrecision::kDay;

  // The fraction of a second as written: `fraction_digits` digits with the
  // value `fraction` ("30.250" gives fraction 250 and 3 digits; trailing zeros
  // are kept). Both are 0 unless `precision` is kFraction.
  std::uint64_t fraction = 0;
  int fraction_digits = 0;

  // The UTC offset in minutes east of UTC, when the text gave one ("Z", "UTC",
  // "+09:00", "EDT"). Absent means "no zone given", never UTC.
  std::optional<int> utc_offset_minutes;

  // The zone abbreviation as written ("EDT", "UTC", "IST"), or empty. See
  // zone().
  char zone_abbreviation[kMaxZoneLength + 1] = {};

  // True when the zone abbreviation names more than one offset ("IST", "BST"):
  // `utc_offset_minutes` is then absent rather than a guess.
  bool zone_ambiguous = false;

  // True when a numeric date such as "03/04/2024" could be read either way;
  // see AlternateReading().
  bool day_month_ambiguous = false;

  // True when a two-digit year was expanded (POSIX rule: 00-68 are 2000-2068,
  // 69-99 are 1969-1999).
  bool year_expanded = false;

  // The weekday, when the text named one (it agrees with the date unless
  // `weekday_mismatch`).
  std::optional<absl::Weekday> weekday;

  // True when the weekday named in the text contradicts the date and
  // DateOptions::allow_weekday_mismatch let it through (`weekday` then holds
  // the weekday as written).
  bool weekday_mismatch = false;

  // The longest IANA time-zone name kept ("America/Argentina/ComodRivadavia").
  static constexpr int kMaxZoneNameLength = 40;

  // The IANA time-zone name the date was written in: resolved from a US
  // generic zone ("America/New_York" for "ET" or "Eastern Time"), as written
  // after a time ("Europe/Paris") or in brackets after an offset
  // ("Asia/Kolkata" for "+05:30[Asia/Kolkata]", whose written offset stands),
  // or DateOptions::default_zone when it was applied; otherwise empty. A
  // generic zone or a name after a date without a time has no instant to be
  // resolved at: the name is kept and `utc_offset_minutes` stays absent. See
  // zone_name().
  char zone_name_storage[kMaxZoneNameLength + 1] = {};

  // True when no zone was written and DateOptions::default_zone was applied:
  // the offset is then assumed, not read.
  bool zone_assumed = false;

  // The language whose words (month, weekday, markers) were read, or nullopt
  // for a date written in digits and symbols only.
  std::optional<Language> language;

  // DateTime::zone_name()
  //
  // Returns the IANA zone name (see zone_name_storage), or an empty view.
  // Lifetime: points into this object; valid while it is alive and unmodified.
  [[nodiscard]] std::string_view zone_name() const
      ABSL_ATTRIBUTE_LIFETIME_BOUND;

  // DateTime::zone()
  //
  // Returns the zone abbreviation as written, or an empty view.
  // Lifetime: points into this object; valid while it is alive and unmodified.
  [[nodiscard]] std::string_view zone() const ABSL_ATTRIBUTE_LIFETIME_BOUND;

  // DateTime::FormatIso8601()
  //
  // Returns the date in ISO 8601 at exactly its precision: "2024", "2024-03",
  // "2024-W13" (the ISO week-numbering year and week of `civil`),
  // "2024-03-25", "2024-03-25T10", "2024-03-25T10:05", "2024-03-25T10:05:30",
  // "2024-03-25T10:05:30.250", followed by "Z" for a zero offset or "+09:00"
  // for another one when an offset is known. ParseDate() reads every one of
  // them back to an equal value (the zone abbreviation and name aside).
  [[nodiscard]] std::string FormatIso8601() const;

  // DateTime::AppendIso8601()
  //
  // Appends FormatIso8601() to `*out`; allocates only when `*out` must grow.
  void AppendIso8601(std::string* out) const;

  // DateTime::AlternateReading()
  //
  // Returns the date with day and month swapped, when `day_month_ambiguous`;
  // otherwise returns nullopt.
  [[nodiscard]] std::optional<DateTime> AlternateReading() const;

  // DateTime::ToCivilDay(), DateTime::ToCivilSecond()
  //
  // Return the civil day or second (fields below the precision at their
  // minimum).
  [[nodiscard]] absl::CivilDay ToCivilDay() const {
    return absl::CivilDay(civil);
  }
  [[nodiscard]] absl::CivilSecond ToCivilSecond() const { return civil; }

  // DateTime::ToTime()
  //
  // Returns the absolute time, including the fraction, only when an offset is
  // known; otherwise returns nullopt (a date without a zone is not an instant).
  [[nodiscard]] std::optional<absl::Time> ToTime() const;

  // Equal when every field is equal, the zone abbreviation compared as
  // written (so "UTC" and "Z" differ, though both have offset 0).
  friend bool operator==(const DateTime& a, const DateTime& b);
  friend bool operator!=(const DateTime& a, const DateTime& b) {
    return !(a == b);
  }
};

// Exported from the shared library (the friend declaration above cannot say
// so itself).
LEDE_EXPORT bool operator==(const DateTime& a, const DateTime& b);

// DateOptions
//
// How to read dates whose text alone does not settle them.
struct DateOptions {
  // Read numeric dates whose year comes last as day/month/year ("03/04/2024"
  // is 3 April). Default: month first, as dateutil. ISO, year-first, compact
  // and month-name dates never change with it; dotted dates ("25.03.2024") are
  // always day-first.
  bool day_first = false;

  // Accept two-digit years ("25/03/24", "Mon, 25 Mar 24"); when false they are
  // an error.
  bool allow_two_digit_year = true;

  // The languages whose words are read, in order of preference: where a word
  // means different things in several of them ("mar": March in English,
  // Tuesday in French), the first listed wins unless the word order settles
  // it. Default: every supported language, English first, then the order of
  // the Language enum. English dates are read first when English is listed
  // first; when it is not listed, English month and weekday names are
  // refused (numeric dates are read in any case). DateTime::language says
  // whose words were read: a date in "2024年3月25日" is Japanese by this
  // order unless the caller lists Chinese first.
  LanguageList languages = LanguageList::All();

  // When true, a weekday that contradicts the date is kept and flagged
  // (DateTime::weekday_mismatch) instead of being an error.
  bool allow_weekday_mismatch = false;

  // When true, a whole text of 10 digits is read as Unix seconds and one of
  // 13 digits as Unix milliseconds, both UTC ("1711361130" is
  // 2024-03-25T10:05:30Z). GNU date's "@1711361130" is always read.
  bool unix_timestamps = false;

  // An IANA time-zone name ("Europe/Paris") applied to a date with a time but
  // no written zone, through the tz database at that civil time; the result
  // then has `zone_assumed` set, `zone_name()` the name and `zone()` empty.
  // A name the tz database does not know makes such a date an error. Empty:
  // none.
  std::string default_zone;
};

// ParseDate()
//
// Parses `text`, which must hold exactly one date (surrounding white space is
// allowed), and returns it. Errors are `absl::InvalidArgumentError`s whose
// message quotes the offending slice and gives its byte offset in `text`:
//   "no month named \"Marhc\" at byte 0"
//   "day \"30\" is out of range for February 2024 at byte 8"  ("2024-02-30")
//   "\"yesterday\" is a relative date: it needs a reference date at byte 0"
//   "weekday \"Tuesday\" does not match 2024-03-25, a Monday, at byte 0"
// Does not allocate on success.
//
// Accepted forms, in any letter case, with extra spaces and commas between
// words allowed; every Unicode space separator (U+00A0 NO-BREAK SPACE, U+202F
// NARROW NO-BREAK SPACE, the thin and ideographic spaces...) counts as a
// space:
//   ISO 8601, RFC 3339  2024, 2024-03, 2024-03-25, 2024-03-25T10:05:30.250Z,
//                       2024-03-25 10:05+09:00, 10:05:30,25 (decimal comma),
//                       20240325, 20240325T100530Z, 202403251005,
//                       20240325100530; hour-only 2024-03-25T10 and
//                       19980416T12Z (DatePrecision::kHour); week dates
//                       2024-W13 and 2024W13 (DatePrecision::kWeek, held as
//                       the week's Monday), 2024-W13-1 and 2024W131 (that
//                       day, kDay); ordinal dates 2024-085 and 2024085;
//                       24:00 as the end of a day (00:00 of the next);
//                       a basic time after an extended date,
//                       2012-01-06T0937-05:00; an offset may follow any
//                       precision ("2024-03Z"), as FormatIso8601() writes it
//   RFC 2822 and 1123   Mon, 25 Mar 2024 10:05:30 -0400 (EDT); "-0000" is
//                       RFC 5322's "no offset known": no offset, not Z
//   RFC 850             Monday, 25-Mar-24 10:05:30 GMT
//   asctime, date(1)    Mon Mar  5 10:05:30 [UTC] 2024
//   JavaScript          Fri Sep 23 2016 10:34:51 GMT+0800 (China Standard
//                       Time)
//   Go time.String()    2024-03-25 10:05:30.123456789 -0700 MST
//   common log format   25/Mar/2024:10:05:30 +0000
//   written out         [Monday,] March 25th, 2024 [at] 10:05 a.m. EDT;
//                       25th of March 2024 10.05pm; Mar. 2024; 2024 March
//                       25, 2024-Mar-25, 2024.July.10; 25/Sep/2003,
//                       Sep-25-2003, Sep.25.2003, 25MAR2024; an era after
//                       the year: AD, A.D., CE
//   time first          10:05 p.m. EDT, March 25, 2024; 22:05, 25 March
//                       2024; 0:01:02 on July 4, 1976
//   numeric             03/25/2024, 3-25-24, 25.03.2024 (dotted: day first),
//                       2024/03/25, 2024.03.25, 2024 03 25; month and year
//                       03/2024, 3/2024
//   other languages     (DateOptions::languages) 25 марта 2024 г.; 25. März
//                       2024 um 10:05 Uhr; lundi 1er avril 2024 à 10h05;
//                       25 de marzo de 2024; 25 marca 2024 r., godz. 10:05;
//                       Thứ Hai, ngày 25 tháng 3 năm 2024; 2024年3月25日(月)
//                       10時05分; 2024年3月25日 星期一 下午3点; 2024년 3월 25일
//                       오전 10:05: month, weekday and AM/PM names from the
//                       Unicode CLDR, in any letter case, accents optional
//                       ("fevrier", "marz"), full-width digits allowed
//   Unix time           @1711361130; with DateOptions::unix_timestamps also
//                       1711361130 and 1711361130250 (milliseconds)
// Between a date and its time: a space, ", ", " at ", " @ ", " | ", " - ",
// " – ", " — ", or "T" after an ISO date.
// Times: 10:05, 10:05:30.25, 10:05 PM, 10.05pm, 10 a.m., noon, 12 noon,
// midnight, 12 midnight (00:00), 11h30, and after a date the 24-hour 10.05;
// a final full stop is allowed ("12.16 pm.").
// Zones: Z, UTC, GMT, UT (optionally followed by an offset, "UTC+5:30"),
// +09:00, +0900, +09, and a fixed table of the abbreviations the tz database
// gives one offset (EST, CEST, JST, AEDT, BRT, ART, WIB, ...); an ambiguous
// one (IST, BST, AST, ...) is kept with `zone_ambiguous` set and no offset.
// The US generic zones ET, CT, MT, PT and "Eastern [Standard|Daylight]
// Time", "Pacific Time"..., and IANA names written after a time
// ("2024-03-25 10:05 Europe/Paris") are resolved through the system's tz
// database at the civil time written; an IANA name in brackets after an
// offset ("+05:30[Asia/Kolkata]", RFC 9557) is kept and the offset stands. A
// comment in parentheses may follow any zone; alone after a time it gives
// the zone ("17:00 (PDT)").
//
// Not accepted: a time without a date, a month and day without a year,
// relative expressions ("yesterday", "2 hours ago": a reference date would
// be needed), quarters ("Q1 2024"), two-digit years after a written-out month
// and day ("March 25, 24"), leap seconds, a bare "-hh" after a date without a
// time ("2013-01-27-01"), and a weekday that contradicts the date (unless
// DateOptions::allow_weekday_mismatch). Words (months, weekdays, am/pm,
// noon, at, AD, ...) are read only in the languages DateOptions::languages
// lists.
[[nodiscard]] LEDE_EXPORT absl::StatusOr<DateTime> ParseDate(
    std::string_view text, const DateOptions& options = {});

// DatePrefix
//
// A date found at the start of a longer text by ParseDatePrefix().
struct DatePrefix {
  DateTime date;
  // Byte offset of the date's first byte in the text (after white space).
  std::size_t offset = 0;
  // Byte length of the date's text, from `offset`.
  std::size_t length = 0;
  // Bytes used from the start of the text: `offset + length`. The rest of the
  // text is `text.substr(consumed)`.
  std::size_t consumed = 0;
};

// ParseDatePrefix()
//
// Finds the longest date at the start of `text` (after optional white space)
// that ends at a word boundary, for header lines where the body follows the
// date on the same line: in " date 2024-03-25 Following a deadly..." the
// caller strips " date " and ParseDatePrefix("2024-03-25 Following...")
// returns 2024-03-25 with offset 0, length 10. Returns the same errors as
// ParseDate() when no date starts the text. Does not allocate on success.
[[nodiscard]] LEDE_EXPORT absl::StatusOr<DatePrefix> ParseDatePrefix(
    std::string_view text, const DateOptions& options = {});

}  // namespace lede

#endif  // LEDE_DATE_H_
