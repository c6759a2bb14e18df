// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests for lede/date.h: tables of accepted and rejected texts, the prefix
// mode, the model's conversions, a round-trip property, allocation counting
// and pathological inputs.

#include "lede/date.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <new>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/internal/date/date_scan.h"
#include "tests/testing/allocation_counter.h"

namespace lede {
namespace {

using ::testing::HasSubstr;
using ::testing::ValuesIn;

// Flags for the expectations of a table row. A row states every flag it
// expects; the ones it leaves out must be false.
enum : unsigned {
  kDayFirst = 1u << 0,        // parse with DateOptions::day_first
  kAmbiguous = 1u << 1,       // expect day_month_ambiguous
  kExpanded = 1u << 2,        // expect year_expanded
  kZoneAmbiguous = 1u << 3,   // expect zone_ambiguous
  kWeekday = 1u << 4,         // expect a weekday
  kNoTwoDigitYear = 1u << 5,  // parse with allow_two_digit_year = false
  kAllowMismatch = 1u << 6,   // parse with allow_weekday_mismatch
  kMismatch = 1u << 7,        // expect weekday_mismatch
  kUnix = 1u << 8,            // parse with unix_timestamps
  kParis = 1u << 9,           // parse with default_zone "Europe/Paris"
  kAssumed = 1u << 10,        // expect zone_assumed
  kNoEnglish = 1u << 11,      // parse with languages that lack English
};

DateOptions OptionsFor(unsigned flags) {
  DateOptions options;
  options.day_first = (flags & kDayFirst) != 0;
  options.allow_two_digit_year = (flags & kNoTwoDigitYear) == 0;
  options.allow_weekday_mismatch = (flags & kAllowMismatch) != 0;
  options.unix_timestamps = (flags & kUnix) != 0;
  if ((flags & kParis) != 0) options.default_zone = "Europe/Paris";
  if ((flags & kNoEnglish) != 0) {
    options.languages = LanguageList();
    options.languages.Add(Language::kGerman);
  }
  return options;
}

struct AcceptCase {
  const char* text;
  const char* iso;  // FormatIso8601() of the result
  unsigned flags = 0;
  const char* zone = "";       // zone() of the result
  const char* zone_name = "";  // zone_name() of the result
};

void PrintTo(const AcceptCase& c, std::ostream* os) {
  *os << '"' << c.text << "\" -> " << c.iso;
}

// clang-format off
const AcceptCase kAccepted[] = {
    // ISO 8601 / RFC 3339, extended form.
    {"2024-03-25", "2024-03-25"},
    {"2024-03-25T10:05", "2024-03-25T10:05"},
    {"2024-03-25T10:05:30", "2024-03-25T10:05:30"},
    {"2024-03-25T10:05:30.250", "2024-03-25T10:05:30.250"},
    {"2024-03-25t10:05:30Z", "2024-03-25T10:05:30Z"},
    {"2024-03-25 10:05:30", "2024-03-25T10:05:30"},
    {"2024-03-25T10:05:30Z", "2024-03-25T10:05:30Z"},
    {"2024-03-25T10:05:30z", "2024-03-25T10:05:30Z"},
    {"2024-03-25T10:05:30+09:00", "2024-03-25T10:05:30+09:00"},
    {"2024-03-25T10:05:30+0900", "2024-03-25T10:05:30+09:00"},
    {"2024-03-25T10:05:30+09", "2024-03-25T10:05:30+09:00"},
    {"2024-03-25T10:05:30-05:00", "2024-03-25T10:05:30-05:00"},
    {"2024-03-25T10:05:30+05:30", "2024-03-25T10:05:30+05:30"},
    {"2024-03-25T10:05:30+05:45", "2024-03-25T10:05:30+05:45"},
    {"2024-03-25T10:05:30+00:00", "2024-03-25T10:05:30Z"},
    {"2024-03-25T10:05:30+0000", "2024-03-25T10:05:30Z"},
    {"2024-03-25T10:05:30-00:00", "2024-03-25T10:05:30Z"},
    {"2024-03-25T10:05:30+00", "2024-03-25T10:05:30Z"},
    {"2024-03-25T10:05:30+18:00", "2024-03-25T10:05:30+18:00"},
    {"2024-03-25T10:05:30-18:00", "2024-03-25T10:05:30-18:00"},
    {"2024-03-25T10:05:30.123456789Z", "2024-03-25T10:05:30.123456789Z"},
    {"2024-03-25T10:05:30.123456789012345678Z",
     "2024-03-25T10:05:30.123456789012345678Z"},
    {"2024-03-25T10:05:30.000", "2024-03-25T10:05:30.000"},
    {"2024-03-25T10:05:30.5-08:00", "2024-03-25T10:05:30.5-08:00"},
    {"2024-03-25T10:05:30,25", "2024-03-25T10:05:30.25"},
    {"2024-03-25T10:05:30,25+01:00", "2024-03-25T10:05:30.25+01:00"},
    {"2024-03-25T10:05Z", "2024-03-25T10:05Z"},
    {"2024-03-25T10:05+09:00", "2024-03-25T10:05+09:00"},
    {"2024-03-25 10:05:30 +09:00", "2024-03-25T10:05:30+09:00"},
    {"2024-03-25 10:05:30 -0700", "2024-03-25T10:05:30-07:00"},
    {"2024-03-25 10:05:30 UTC", "2024-03-25T10:05:30Z", 0, "UTC"},
    {"2024-03-25 10:05:30 GMT", "2024-03-25T10:05:30Z", 0, "GMT"},
    {"2024-03-25 10:05 Z", "2024-03-25T10:05Z"},
    {"2024-03-25T00:00:00", "2024-03-25T00:00:00"},
    {"2024-03-25T23:59:59", "2024-03-25T23:59:59"},
    {"2024-02-29", "2024-02-29"},
    {"2000-02-29", "2000-02-29"},
    {"1600-02-29", "1600-02-29"},
    {"2024-12-31", "2024-12-31"},
    {"2023-02-28", "2023-02-28"},
    {"2024-04-30", "2024-04-30"},
    {"0001-01-01", "0001-01-01"},
    {"9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59.999999999Z"},
    {"2024-3-5", "2024-03-05"},
    {"2024-03-5", "2024-03-05"},
    {"1969-07-20T20:17:40Z", "1969-07-20T20:17:40Z"},
    // ISO 8601 basic form.
    {"20240325", "2024-03-25"},
    {"20240325T1005", "2024-03-25T10:05"},
    {"20240325T100530", "2024-03-25T10:05:30"},
    {"20240325T100530Z", "2024-03-25T10:05:30Z"},
    {"20240325T100530+0900", "2024-03-25T10:05:30+09:00"},
    {"20240325T100530-05", "2024-03-25T10:05:30-05:00"},
    {"20240325T100530.25Z", "2024-03-25T10:05:30.25Z"},
    {"20240325t100530z", "2024-03-25T10:05:30Z"},
    {"20240229", "2024-02-29"},
    {"20240325T1005+0530", "2024-03-25T10:05+05:30"},
    {"20240325T100530,5Z", "2024-03-25T10:05:30.5Z"},
    // Year and month precision, with and without a zone.
    {"2024", "2024"},
    {"0042", "0042"},
    {"2024-03", "2024-03"},
    {"1999-12", "1999-12"},
    {"2024Z", "2024Z"},
    {"2024+09:00", "2024+09:00"},
    {"2024-05:00", "2024-05:00"},
    {"2024-03Z", "2024-03Z"},
    {"2024-03-05:00", "2024-03-05:00"},
    {"2024-03-25Z", "2024-03-25Z"},
    {"2024-03-25-05:00", "2024-03-25-05:00"},
    {"2024-03-25+05:30", "2024-03-25+05:30"},
    {"March 2024", "2024-03"},
    {"Mar 2024", "2024-03"},
    {"MARCH 2024", "2024-03"},
    {"Sept 2024", "2024-09"},
    {"Sept. 2024", "2024-09"},
    {"march, 2024", "2024-03"},
    {"December 1999", "1999-12"},
    // Year-first with '/' and '.'.
    {"2024/03/25", "2024-03-25"},
    {"2024/3/5", "2024-03-05"},
    {"2024.03.25", "2024-03-25"},
    {"2024/03/25 10:05", "2024-03-25T10:05"},
    {"2024/03/25 10:05:30 +0100", "2024-03-25T10:05:30+01:00"},
    // RFC 2822 / RFC 1123.
    {"Mon, 25 Mar 2024 10:05:30 +0900", "2024-03-25T10:05:30+09:00", kWeekday},
    {"Mon, 25 Mar 2024 10:05:30 GMT", "2024-03-25T10:05:30Z", kWeekday, "GMT"},
    {"Mon, 25 Mar 2024 10:05:30 -0400 (EDT)", "2024-03-25T10:05:30-04:00",
     kWeekday, "EDT"},
    {"Mon, 25 Mar 2024 10:05 +0000", "2024-03-25T10:05Z", kWeekday},
    {"25 Mar 2024 10:05:30 +0100", "2024-03-25T10:05:30+01:00"},
    {"Tue, 5 Mar 2024 10:05:30 +0000", "2024-03-05T10:05:30Z", kWeekday},
    {"Tue, 05 Mar 2024 10:05:30 +0000", "2024-03-05T10:05:30Z", kWeekday},
    {"Mon, 25 Mar 24 10:05:30 +0900", "2024-03-25T10:05:30+09:00",
     kWeekday | kExpanded},
    {"Sun, 06 Nov 1994 08:49:37 GMT", "1994-11-06T08:49:37Z", kWeekday, "GMT"},
    {"Mon, 25 Mar 2024 10:05:30 EST", "2024-03-25T10:05:30-05:00", kWeekday,
     "EST"},
    {"Mon, 25 Mar 2024 10:05:30 +0545", "2024-03-25T10:05:30+05:45", kWeekday},
    {"Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00Z", kWeekday, "GMT"},
    {"Sat, 29 Feb 2020 12:00:00 +0000", "2020-02-29T12:00:00Z", kWeekday},
    {"Fri, 31 Dec 1999 23:59:59 -0800", "1999-12-31T23:59:59-08:00", kWeekday},
    {"Mon, 25 Mar 2024 10:05:30.25 +0900", "2024-03-25T10:05:30.25+09:00",
     kWeekday},
    {"MON, 25 MAR 2024 10:05:30 GMT", "2024-03-25T10:05:30Z", kWeekday, "GMT"},
    {"mon, 25 mar 2024 10:05:30 gmt", "2024-03-25T10:05:30Z", kWeekday, "gmt"},
    {"Mon, 25 Mar 2024 10:05:30 UT", "2024-03-25T10:05:30Z", kWeekday, "UT"},
    {"Mon, 25 Mar 2024", "2024-03-25", kWeekday},
    // RFC 850.
    {"Sunday, 06-Nov-94 08:49:37 GMT", "1994-11-06T08:49:37Z",
     kWeekday | kExpanded, "GMT"},
    {"Monday, 25-Mar-2024 10:05:30 GMT", "2024-03-25T10:05:30Z", kWeekday,
     "GMT"},
    {"25-Mar-2024", "2024-03-25"},
    {"25-Mar-24", "2024-03-25", kExpanded},
    {"25-mar-2024", "2024-03-25"},
    // asctime() and date(1).
    {"Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37", kWeekday},
    {"Mon Mar 25 10:05:30 2024", "2024-03-25T10:05:30", kWeekday},
    {"Mon Mar 25 10:05:30 UTC 2024", "2024-03-25T10:05:30Z", kWeekday, "UTC"},
    {"Mon Mar 25 10:05:30 PDT 2024", "2024-03-25T10:05:30-07:00", kWeekday,
     "PDT"},
    {"Tue Mar  5 10:05:30 2024", "2024-03-05T10:05:30", kWeekday},
    {"Mar 25 10:05:30 2024", "2024-03-25T10:05:30"},
    {"mon mar 25 10:05:30 2024", "2024-03-25T10:05:30", kWeekday},
    {"Monday, 25-Mar-2024 10:05:30 +0100", "2024-03-25T10:05:30+01:00",
     kWeekday},
    // Written-out dates.
    {"March 25, 2024", "2024-03-25"},
    {"March 25 2024", "2024-03-25"},
    {"Mar 25, 2024", "2024-03-25"},
    {"Mar. 25, 2024", "2024-03-25"},
    {"Sept. 5, 2024", "2024-09-05"},
    {"Sep 5, 2024", "2024-09-05"},
    {"September 5th, 2024", "2024-09-05"},
    {"March 1st, 2024", "2024-03-01"},
    {"March 2nd, 2024", "2024-03-02"},
    {"March 3rd, 2024", "2024-03-03"},
    {"March 4th, 2024", "2024-03-04"},
    {"March 11th, 2024", "2024-03-11"},
    {"March 12th, 2024", "2024-03-12"},
    {"March 13th, 2024", "2024-03-13"},
    {"March 21st, 2024", "2024-03-21"},
    {"March 22nd, 2024", "2024-03-22"},
    {"March 23rd, 2024", "2024-03-23"},
    {"March 31st, 2024", "2024-03-31"},
    {"March 25TH, 2024", "2024-03-25"},
    {"25 March 2024", "2024-03-25"},
    {"25 Mar 2024", "2024-03-25"},
    {"25 Mar. 2024", "2024-03-25"},
    {"25th March 2024", "2024-03-25"},
    {"25th of March 2024", "2024-03-25"},
    {"25th of March, 2024", "2024-03-25"},
    {"1st of April 2024", "2024-04-01"},
    {"25 of March 2024", "2024-03-25"},
    {"January 1, 2024", "2024-01-01"},
    {"February 29, 2024", "2024-02-29"},
    {"April 30, 2024", "2024-04-30"},
    {"May 1, 2024", "2024-05-01"},
    {"June 15, 2024", "2024-06-15"},
    {"July 4, 1776", "1776-07-04"},
    {"August 31, 2024", "2024-08-31"},
    {"October 31, 2024", "2024-10-31"},
    {"November 30, 2024", "2024-11-30"},
    {"December 25, 2024", "2024-12-25"},
    {"Jan 1, 2024", "2024-01-01"},
    {"Feb 28, 2023", "2023-02-28"},
    {"Apr 1, 2024", "2024-04-01"},
    {"Jun 1, 2024", "2024-06-01"},
    {"Jul 1, 2024", "2024-07-01"},
    {"Aug 1, 2024", "2024-08-01"},
    {"Oct 1, 2024", "2024-10-01"},
    {"Nov 1, 2024", "2024-11-01"},
    {"Dec 1, 2024", "2024-12-01"},
    {"Monday, March 25, 2024", "2024-03-25", kWeekday},
    {"Monday March 25 2024", "2024-03-25", kWeekday},
    {"Mon., Mar. 25, 2024", "2024-03-25", kWeekday},
    {"Monday, 25 March 2024", "2024-03-25", kWeekday},
    {"Monday 25th of March 2024", "2024-03-25", kWeekday},
    {"Tues., March 26, 2024", "2024-03-26", kWeekday},
    {"Wed March 27, 2024", "2024-03-27", kWeekday},
    {"Thurs, March 28, 2024", "2024-03-28", kWeekday},
    {"Thu, March 28, 2024", "2024-03-28", kWeekday},
    {"Friday, March 29, 2024", "2024-03-29", kWeekday},
    {"Saturday, March 30, 2024", "2024-03-30", kWeekday},
    {"Sunday, March 31, 2024", "2024-03-31", kWeekday},
    {"Wednesday, September 4, 2024", "2024-09-04", kWeekday},
    // Written-out dates with a time.
    {"March 25, 2024 10:05 AM", "2024-03-25T10:05"},
    {"March 25, 2024 10:05 PM", "2024-03-25T22:05"},
    {"March 25, 2024 10:05 a.m.", "2024-03-25T10:05"},
    {"March 25, 2024 10:05 p.m.", "2024-03-25T22:05"},
    {"March 25, 2024 10:05 P.M", "2024-03-25T22:05"},
    {"March 25, 2024 10:05am", "2024-03-25T10:05"},
    {"March 25, 2024 10:05pm", "2024-03-25T22:05"},
    {"March 25, 2024 10.05pm", "2024-03-25T22:05"},
    {"March 25, 2024 10.05 a.m.", "2024-03-25T10:05"},
    {"March 25, 2024 10 AM", "2024-03-25T10:00"},
    {"March 25, 2024 10am", "2024-03-25T10:00"},
    {"March 25, 2024 12 AM", "2024-03-25T00:00"},
    {"March 25, 2024 12 PM", "2024-03-25T12:00"},
    {"March 25, 2024 12:30 a.m.", "2024-03-25T00:30"},
    {"March 25, 2024 12:30 p.m.", "2024-03-25T12:30"},
    {"March 25, 2024 noon", "2024-03-25T12:00"},
    {"March 25, 2024 Noon", "2024-03-25T12:00"},
    {"March 25, 2024 at noon", "2024-03-25T12:00"},
    {"March 25, 2024 at 12 noon", "2024-03-25T12:00"},
    {"March 25, 2024, 10:05 AM", "2024-03-25T10:05"},
    {"March 25, 2024 at 10:05 AM", "2024-03-25T10:05"},
    {"March 25, 2024 10:05:30 AM", "2024-03-25T10:05:30"},
    {"March 25, 2024 10:05:30 pm", "2024-03-25T22:05:30"},
    {"Monday, March 25, 2024 9:05 PM", "2024-03-25T21:05", kWeekday},
    {"March 25, 2024 14:30", "2024-03-25T14:30"},
    {"25 March 2024 14:30", "2024-03-25T14:30"},
    {"25 March 2024, 2:30 pm", "2024-03-25T14:30"},
    // Written-out dates with a zone.
    {"March 25, 2024 10:05 AM EDT", "2024-03-25T10:05-04:00", 0, "EDT"},
    {"March 25, 2024 10:05 a.m. EST", "2024-03-25T10:05-05:00", 0, "EST"},
    {"March 25, 2024 10 AM PST", "2024-03-25T10:00-08:00", 0, "PST"},
    {"March 25, 2024 noon UTC", "2024-03-25T12:00Z", 0, "UTC"},
    {"March 25, 2024 10:05 AM IST", "2024-03-25T10:05", kZoneAmbiguous, "IST"},
    {"March 25, 2024 10:05 BST", "2024-03-25T10:05", kZoneAmbiguous, "BST"},
    {"March 25, 2024 10:05 AST", "2024-03-25T10:05", kZoneAmbiguous, "AST"},
    {"25 March 2024 14:30 CET", "2024-03-25T14:30+01:00", 0, "CET"},
    {"25 March 2024 14:30 CEST", "2024-03-25T14:30+02:00", 0, "CEST"},
    {"March 25, 2024 10:05 JST", "2024-03-25T10:05+09:00", 0, "JST"},
    {"March 25, 2024 10:05 KST", "2024-03-25T10:05+09:00", 0, "KST"},
    {"March 25, 2024 10:05 HKT", "2024-03-25T10:05+08:00", 0, "HKT"},
    {"March 25, 2024 10:05 SGT", "2024-03-25T10:05+08:00", 0, "SGT"},
    {"March 25, 2024 10:05 AEST", "2024-03-25T10:05+10:00", 0, "AEST"},
    {"March 25, 2024 10:05 AEDT", "2024-03-25T10:05+11:00", 0, "AEDT"},
    {"March 25, 2024 10:05 NZST", "2024-03-25T10:05+12:00", 0, "NZST"},
    {"March 25, 2024 10:05 NZDT", "2024-03-25T10:05+13:00", 0, "NZDT"},
    {"March 25, 2024 10:05 AKST", "2024-03-25T10:05-09:00", 0, "AKST"},
    {"March 25, 2024 10:05 AKDT", "2024-03-25T10:05-08:00", 0, "AKDT"},
    {"March 25, 2024 10:05 HST", "2024-03-25T10:05-10:00", 0, "HST"},
    {"March 25, 2024 10:05 MSK", "2024-03-25T10:05+03:00", 0, "MSK"},
    {"March 25, 2024 10:05 CST", "2024-03-25T10:05-06:00", 0, "CST"},
    {"March 25, 2024 10:05 CDT", "2024-03-25T10:05-05:00", 0, "CDT"},
    {"March 25, 2024 10:05 MST", "2024-03-25T10:05-07:00", 0, "MST"},
    {"March 25, 2024 10:05 MDT", "2024-03-25T10:05-06:00", 0, "MDT"},
    {"March 25, 2024 10:05 PDT", "2024-03-25T10:05-07:00", 0, "PDT"},
    {"March 25, 2024 10:05 EET", "2024-03-25T10:05+02:00", 0, "EET"},
    {"March 25, 2024 10:05 EEST", "2024-03-25T10:05+03:00", 0, "EEST"},
    {"March 25, 2024 10:05 WET", "2024-03-25T10:05Z", 0, "WET"},
    {"March 25, 2024 10:05 WEST", "2024-03-25T10:05+01:00", 0, "WEST"},
    {"March 25, 2024 10:05 CHADT", "2024-03-25T10:05+13:45", 0, "CHADT"},
    {"March 25, 2024 10:05 UT", "2024-03-25T10:05Z", 0, "UT"},
    {"March 25, 2024 10:05 GMT+1", "2024-03-25T10:05+01:00", 0, "GMT"},
    {"March 25, 2024 10:05 UTC-05:00", "2024-03-25T10:05-05:00", 0, "UTC"},
    {"March 25, 2024 10:05 UTC+5:30", "2024-03-25T10:05+05:30", 0, "UTC"},
    {"March 25, 2024 10:05 -0500", "2024-03-25T10:05-05:00"},
    {"March 25, 2024 EDT", "2024-03-25-04:00", 0, "EDT"},
    // Case, spaces and commas.
    {"MARCH 25, 2024", "2024-03-25"},
    {"march 25, 2024", "2024-03-25"},
    {"mArCh 25, 2024", "2024-03-25"},
    {"MONDAY, MARCH 25, 2024 10:05 AM EDT", "2024-03-25T10:05-04:00", kWeekday,
     "EDT"},
    {"march 25, 2024 10:05 am est", "2024-03-25T10:05-05:00", 0, "est"},
    {"March  25 ,  2024", "2024-03-25"},
    {"  March 25, 2024  ", "2024-03-25"},
    {"March 25,, 2024", "2024-03-25"},
    {"Monday,, March 25, 2024", "2024-03-25", kWeekday},
    {"\tMarch 25, 2024\r\n", "2024-03-25"},
    {" 2024-03-25 ", "2024-03-25"},
    // Numeric dates, year last.
    {"03/25/2024", "2024-03-25"},
    {"03/04/2024", "2024-03-04", kAmbiguous},
    {"03/04/2024", "2024-04-03", kDayFirst | kAmbiguous},
    {"25/03/2024", "2024-03-25"},
    {"25/03/2024", "2024-03-25", kDayFirst},
    {"3/4/24", "2024-03-04", kAmbiguous | kExpanded},
    {"3/4/24", "2024-04-03", kDayFirst | kAmbiguous | kExpanded},
    {"03-25-2024", "2024-03-25"},
    {"03-04-2024", "2024-03-04", kAmbiguous},
    {"03/03/2024", "2024-03-03"},
    {"02/29/2024", "2024-02-29"},
    {"12/11/2024", "2024-12-11", kAmbiguous},
    {"12/11/2024", "2024-11-12", kDayFirst | kAmbiguous},
    {"03/25/2024 10:05", "2024-03-25T10:05"},
    {"03/25/2024 10:05 PM", "2024-03-25T22:05"},
    {"03/25/2024 10:05:30 -0700", "2024-03-25T10:05:30-07:00"},
    {"Monday 03/25/2024", "2024-03-25", kWeekday},
    {"Wednesday, 04/03/2024", "2024-04-03", kWeekday},
    {"Wednesday, 03/04/2024", "2024-04-03", kDayFirst | kWeekday},
    // Dotted numeric dates are day-first, whatever day_first says.
    {"25.03.2024", "2024-03-25"},
    {"05.03.2024", "2024-03-05"},
    {"05.03.2024", "2024-03-05", kDayFirst},
    {"5.3.24", "2024-03-05", kExpanded},
    {"25.03.24", "2024-03-25", kExpanded},
    {"25.03.2024 14:30", "2024-03-25T14:30"},
    // Two-digit years: POSIX, 00-68 are 2000-2068 and 69-99 are 1969-1999.
    {"01/01/69", "1969-01-01", kExpanded},
    {"12/31/68", "2068-12-31", kExpanded},
    {"12/31/99", "1999-12-31", kExpanded},
    {"01/02/00", "2000-01-02", kAmbiguous | kExpanded},
    // day_first never changes ISO, year-first, compact and month-name dates.
    {"2024-03-04", "2024-03-04", kDayFirst},
    {"2024/03/04", "2024-03-04", kDayFirst},
    {"20240304", "2024-03-04", kDayFirst},
    {"March 4, 2024", "2024-03-04", kDayFirst},
    {"4 March 2024", "2024-03-04", kDayFirst},
    {"Mon, 04 Mar 2024 10:05:30 +0000", "2024-03-04T10:05:30Z",
     kDayFirst | kWeekday},

    // The forms of issue 15.
    // A time before the date.
    {"10:05 p.m. EDT, March 25, 2024", "2024-03-25T22:05-04:00", 0, "EDT"},
    {"8:25 a.m. Dec. 12, 2014", "2014-12-12T08:25"},
    {"3:45 PM EST, Mon March 25, 2024", "2024-03-25T15:45-05:00", kWeekday,
     "EST"},
    {"22:05, 25 March 2024", "2024-03-25T22:05"},
    {"0:01:02 on July 4, 1976", "1976-07-04T00:01:02"},
    {"12:00 AM, March 25, 2024", "2024-03-25T00:00"},
    {"10 a.m., March 25, 2024", "2024-03-25T10:00"},
    {"10:05 at 25.03.2024", "2024-03-25T10:05"},
    {"10:05:30.5 March 25, 2024", "2024-03-25T10:05:30.5"},
    // Separators between the date and the time.
    {"Sep 03 2014 | 4:32 pm EDT", "2014-09-03T16:32-04:00", 0, "EDT"},
    {"March 25, 2024 \xe2\x80\x94 10:05 AM", "2024-03-25T10:05"},
    {"March 25, 2024 \xe2\x80\x93 10:05 AM", "2024-03-25T10:05"},
    {"Monday, March 25, 2024 - 10:05", "2024-03-25T10:05", kWeekday},
    {"March 25, 2024 @ 10:05", "2024-03-25T10:05"},
    {"25.03.2024 | 14:30", "2024-03-25T14:30"},
    // Year first with a month name.
    {"2024-Mar-25", "2024-03-25"},
    {"2024 March 25", "2024-03-25"},
    {"2024 Mar 25", "2024-03-25"},
    {"2024 Mar. 25th", "2024-03-25"},
    {"2024.July.10", "2024-07-10"},
    {"2024/Jul/10", "2024-07-10"},
    {"2024 March", "2024-03"},
    {"2024-Mar-25 10:05", "2024-03-25T10:05"},
    // Month names between other separators, the common log format.
    {"25/Sep/2003", "2003-09-25"},
    {"25/Mar/2024:10:05:30 +0000", "2024-03-25T10:05:30Z"},
    {"10/Oct/2000:13:55:36 -0700", "2000-10-10T13:55:36-07:00"},
    {"Sep-25-2003", "2003-09-25"},
    {"Sep/25/2003", "2003-09-25"},
    {"Sep.25.2003", "2003-09-25"},
    {"25.Mar.2024", "2024-03-25"},
    {"25MAR2024", "2024-03-25"},
    {"13NOV2017", "2017-11-13"},
    {"5jan24", "2024-01-05", kExpanded},
    // A numeric month and year; space-separated numeric dates.
    {"03/2024", "2024-03"},
    {"3/2024", "2024-03"},
    {"12-2024", "2024-12"},
    {"03.2024", "2024-03"},
    {"2024 03 25", "2024-03-25"},
    {"2024 03 25 10:05", "2024-03-25T10:05"},
    // ISO 8601 beyond RFC 3339.
    {"2003-09-25T10", "2003-09-25T10"},
    {"2003-09-25T10Z", "2003-09-25T10Z"},
    {"2003-09-25T10+02:00", "2003-09-25T10+02:00"},
    {"19980416T12Z", "1998-04-16T12Z"},
    {"2024-W13", "2024-W13"},
    {"2024W13", "2024-W13"},
    {"2024-W13-1", "2024-03-25"},
    {"2024-W13-7", "2024-03-31"},
    {"2024W131", "2024-03-25"},
    {"2020-W01-1", "2019-12-30"},
    {"2020-W53-7", "2021-01-03"},
    {"2024-W13-1T10:05", "2024-03-25T10:05"},
    {"2024-085", "2024-03-25"},
    {"2024085", "2024-03-25"},
    {"2024-366", "2024-12-31"},
    {"2024-085T10:05Z", "2024-03-25T10:05Z"},
    {"2024-03-25T24:00", "2024-03-26T00:00"},
    {"2024-12-31T24:00:00Z", "2025-01-01T00:00:00Z"},
    {"2012-01-06T0937-05:00", "2012-01-06T09:37-05:00"},
    {"2012-01-06T093730.5Z", "2012-01-06T09:37:30.5Z"},
    {"202403251005", "2024-03-25T10:05"},
    {"20240325100530", "2024-03-25T10:05:30"},
    {"20240325100530Z", "2024-03-25T10:05:30Z"},
    // Times.
    {"March 25, 2024 midnight", "2024-03-25T00:00"},
    {"March 25, 2024 12 midnight", "2024-03-25T00:00"},
    {"March 25, 2024 at midnight", "2024-03-25T00:00"},
    {"Mon 25 Mar 2024 10.05 GMT", "2024-03-25T10:05Z", kWeekday, "GMT"},
    {"29.02.2020 13.12", "2020-02-29T13:12"},
    {"March 25, 2024 11h30", "2024-03-25T11:30"},
    {"25 March 2024 10h05", "2024-03-25T10:05"},
    {"March 25, 2024 12.16 pm.", "2024-03-25T12:16"},
    {"March 25, 2024.", "2024-03-25"},
    {"March 25, 2024 AD", "2024-03-25"},
    {"25 March 2024 A.D.", "2024-03-25"},
    {"March 25, 2024 CE 10:05", "2024-03-25T10:05"},
    // US generic zones through the tz database, at the civil time written.
    {"Mar 25, 2024, 10:05 AM ET", "2024-03-25T10:05-04:00", 0, "ET",
     "America/New_York"},
    {"Jan 25, 2024 10:05 AM ET", "2024-01-25T10:05-05:00", 0, "ET",
     "America/New_York"},
    {"Jul 4, 2024 10:05 PT", "2024-07-04T10:05-07:00", 0, "PT",
     "America/Los_Angeles"},
    {"Dec 4, 2024 10:05 CT", "2024-12-04T10:05-06:00", 0, "CT",
     "America/Chicago"},
    {"Dec 4, 2024 10:05 MT", "2024-12-04T10:05-07:00", 0, "MT",
     "America/Denver"},
    {"Mar 25, 2024 ET", "2024-03-25", 0, "ET", "America/New_York"},
    {"Mar 25, 2024 10:05 AM Eastern Time", "2024-03-25T10:05-04:00", 0, "",
     "America/New_York"},
    {"Jan 25, 2024 10:05 AM Pacific Time", "2024-01-25T10:05-08:00", 0, "",
     "America/Los_Angeles"},
    {"Mar 25, 2024 10:05 AM Pacific Standard Time", "2024-03-25T10:05-08:00",
     0, "", "America/Los_Angeles"},
    {"Mar 25, 2024 10:05 AM Eastern Daylight Time", "2024-03-25T10:05-04:00",
     0, "", "America/New_York"},
    // IANA names.
    {"2024-03-25T10:05:30+05:30[Asia/Kolkata]", "2024-03-25T10:05:30+05:30", 0,
     "", "Asia/Kolkata"},
    {"2024-03-25T10:05:30+09:00[Asia/Tokyo]", "2024-03-25T10:05:30+09:00", 0,
     "", "Asia/Tokyo"},
    {"2024-03-25T10:05:30Z[Europe/London]", "2024-03-25T10:05:30Z", 0, "",
     "Europe/London"},
    {"2024-03-25T10:05:30+01:00[!Europe/Paris][u-ca=iso8601]",
     "2024-03-25T10:05:30+01:00", 0, "", "Europe/Paris"},
    {"2024-03-25 10:05 Europe/Paris", "2024-03-25T10:05+01:00", 0, "",
     "Europe/Paris"},
    {"2024-07-25 10:05 Europe/Paris", "2024-07-25T10:05+02:00", 0, "",
     "Europe/Paris"},
    {"March 25, 2024 10:05 America/Argentina/Buenos_Aires",
     "2024-03-25T10:05-03:00", 0, "", "America/Argentina/Buenos_Aires"},
    // Zone comments, JavaScript's Date.toString(), Go's time.String().
    {"Fri Sep 23 2016 10:34:51 GMT+0800 (China Standard Time)",
     "2016-09-23T10:34:51+08:00", kWeekday, "GMT"},
    {"Fri Sep 23 2016 10:34:51 GMT+0800 (CST)", "2016-09-23T10:34:51+08:00",
     kWeekday, "GMT"},
    {"08/17/14 17:00 (PDT)", "2014-08-17T17:00-07:00", kExpanded, "PDT"},
    {"2024-03-25 10:05:30 -0400 (EDT)", "2024-03-25T10:05:30-04:00", 0, "EDT"},
    {"2024-03-25 10:05:30 +0000 UTC", "2024-03-25T10:05:30Z", 0, "UTC"},
    {"2024-03-25 10:05:30.123456789 -0700 MST",
     "2024-03-25T10:05:30.123456789-07:00", 0, "MST"},
    {"2024-03-25 10:05:30 +0530 IST", "2024-03-25T10:05:30+05:30", 0, "IST"},
    {"2024-03-25 10:05:30.5 +0000 UTC m=+0.000000001",
     "2024-03-25T10:05:30.5Z", 0, "UTC"},
    // RFC 5322: "-0000" says no offset is known.
    {"Mon, 25 Mar 2024 10:05:30 -0000", "2024-03-25T10:05:30", kWeekday},
    {"2024-03-25 10:05:30 -0000", "2024-03-25T10:05:30"},
    {"2024-03-25T10:05:30+0000", "2024-03-25T10:05:30Z"},
    // Abbreviations with one offset in the tz database.
    {"Thu Sep 25 10:36:28 BRST 2003", "2003-09-25T10:36:28-02:00", kWeekday,
     "BRST"},
    {"March 25, 2024 10:05 BRT", "2024-03-25T10:05-03:00", 0, "BRT"},
    {"March 25, 2024 10:05 ART", "2024-03-25T10:05-03:00", 0, "ART"},
    {"March 25, 2024 10:05 CLT", "2024-03-25T10:05-04:00", 0, "CLT"},
    {"March 25, 2024 10:05 WIB", "2024-03-25T10:05+07:00", 0, "WIB"},
    {"March 25, 2024 10:05 PHT", "2024-03-25T10:05+08:00", 0, "PHT"},
    {"March 25, 2024 10:05 SAST", "2024-03-25T10:05+02:00", 0, "SAST"},
    {"March 25, 2024 10:05 NPT", "2024-03-25T10:05+05:45", 0, "NPT"},
    {"March 25, 2024 10:05 VET", "2024-03-25T10:05", kZoneAmbiguous, "VET"},
    // Unicode space separators.
    {"08-08-2014\xc2\xa0" "18:29", "2014-08-08T18:29"},
    {"March 25, 2024 10:05\xe2\x80\xaf" "AM", "2024-03-25T10:05"},
    {"March\xc2\xa0" "25,\xe2\x80\x89" "2024", "2024-03-25"},
    {"2024-03-25\xe3\x80\x80" "10:05", "2024-03-25T10:05"},
    // Unix time.
    {"@1711361130", "2024-03-25T10:05:30Z"},
    {"@0", "1970-01-01T00:00:00Z"},
    {"1711361130", "2024-03-25T10:05:30Z", kUnix},
    {"1711361130250", "2024-03-25T10:05:30.250Z", kUnix},
    // Options: a wrong weekday kept and flagged, a default zone assumed.
    {"Tuesday, March 25, 2024", "2024-03-25", kAllowMismatch | kWeekday |
     kMismatch},
    {"Tue, 25 Mar 2024 10:05:30 +0900", "2024-03-25T10:05:30+09:00",
     kAllowMismatch | kWeekday | kMismatch},
    {"Monday, March 25, 2024", "2024-03-25", kAllowMismatch | kWeekday},
    {"2024-03-25T10:05:30", "2024-03-25T10:05:30+01:00", kParis | kAssumed, "",
     "Europe/Paris"},
    {"2024-07-25 10:05", "2024-07-25T10:05+02:00", kParis | kAssumed, "",
     "Europe/Paris"},
    {"2024-03-25T10:05:30Z", "2024-03-25T10:05:30Z", kParis},
    {"2024-03-25", "2024-03-25", kParis},
    {"March 25, 2024 10:05 IST", "2024-03-25T10:05", kParis | kZoneAmbiguous,
     "IST"},
    // Numeric forms whatever the languages.
    {"2024-03-25T10:05:30Z", "2024-03-25T10:05:30Z", kNoEnglish},
    {"25.03.2024 14:30", "2024-03-25T14:30", kNoEnglish},
    {"2024-03-25 10:05 UTC", "2024-03-25T10:05Z", kNoEnglish, "UTC"},
};
// clang-format on

class ParseDateAcceptTest : public ::testing::TestWithParam<AcceptCase> {};

TEST_P(ParseDateAcceptTest, ParsesAsExpected) {
  const AcceptCase& c = GetParam();
  const absl::StatusOr<DateTime> date = ParseDate(c.text, OptionsFor(c.flags));
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_EQ(date->FormatIso8601(), c.iso);
  EXPECT_EQ(date->day_month_ambiguous, (c.flags & kAmbiguous) != 0);
  EXPECT_EQ(date->year_expanded, (c.flags & kExpanded) != 0);
  EXPECT_EQ(date->zone_ambiguous, (c.flags & kZoneAmbiguous) != 0);
  EXPECT_EQ(date->weekday.has_value(), (c.flags & kWeekday) != 0);
  EXPECT_EQ(date->zone(), c.zone);
  EXPECT_EQ(date->zone_name(), c.zone_name);
  EXPECT_EQ(date->weekday_mismatch, (c.flags & kMismatch) != 0);
  EXPECT_EQ(date->zone_assumed, (c.flags & kAssumed) != 0);
  if (date->zone_ambiguous) {
    EXPECT_FALSE(date->utc_offset_minutes.has_value());
  }
}

INSTANTIATE_TEST_SUITE_P(Table, ParseDateAcceptTest, ValuesIn(kAccepted));

struct RejectCase {
  const char* text;
  const char* message;  // a substring of the error message
  unsigned flags = 0;
};

void PrintTo(const RejectCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

// clang-format off
const RejectCase kRejected[] = {
    // Not dates at all.
    {"", "expected a date, got \"\" at byte 0"},
    {"   ", "expected a date, got \"\" at byte 3"},
    {"yesterday", "\"yesterday\" is a relative date: it needs a reference date at byte 0"},
    {"today", "\"today\" is a relative date: it needs a reference date at byte 0"},
    {"tomorrow", "\"tomorrow\" is a relative date: it needs a reference date at byte 0"},
    {"now", "\"now\" is a relative date: it needs a reference date at byte 0"},
    {"last week", "\"last week\" is a relative date: it needs a reference date at byte 0"},
    {"3 days ago", "\"3 days ago\" is a relative date: it needs a reference date at byte 0"},
    {"2 hours ago", "\"2 hours ago\" is a relative date: it needs a reference date at byte 0"},
    {"next month", "\"next month\" is a relative date: it needs a reference date at byte 0"},
    {"-2024-03-25", "unexpected \"-\" at byte 0"},
    {"12345", "unexpected number \"12345\" at byte 0"},
    {"202403", "unexpected number \"202403\" at byte 0"},
    {"1e3", "unexpected \"e3\" at byte 1"},
    // Month names.
    {"Marhc 25, 2024", "no month named \"Marhc\" at byte 0"},
    {"25 Marhc 2024", "no month named \"Marhc\" at byte 3"},
    {"25-Mrz-2024", "no month named \"Mrz\" at byte 3"},
    // Calendar.
    {"2024-02-30", "day \"30\" is out of range for February 2024 at byte 8"},
    {"2023-02-29", "day \"29\" is out of range for February 2023 at byte 8"},
    {"1900-02-29", "day \"29\" is out of range for February 1900 at byte 8"},
    {"2024-04-31", "day \"31\" is out of range for April 2024 at byte 8"},
    {"2024-03-00", "day \"00\" is out of range for March 2024 at byte 8"},
    {"2024-03-32", "day \"32\" is out of range for March 2024 at byte 8"},
    {"2024-13-01", "month \"13\" is out of range at byte 5"},
    {"2024-00-10", "month \"00\" is out of range at byte 5"},
    {"0000-01-01", "year \"0000\" is out of range at byte 0"},
    {"20240230", "day \"30\" is out of range for February 2024 at byte 6"},
    {"20241325", "month \"13\" is out of range at byte 4"},
    {"March 32, 2024", "day \"32\" is out of range for March 2024 at byte 6"},
    {"Feb 30, 2024", "day \"30\" is out of range for February 2024 at byte 4"},
    {"31 April 2024", "day \"31\" is out of range for April 2024 at byte 0"},
    {"13/13/2024", "month \"13\" is out of range at byte 0"},
    {"02/30/2024", "day \"30\" is out of range for February 2024 at byte 3"},
    {"31.04.2024", "day \"31\" is out of range for April 2024 at byte 0"},
    {"03.25.2024", "month \"25\" is out of range at byte 3"},
    {"March 25st, 2024", "wrong ordinal suffix in \"25st\" at byte 6"},
    {"1th of March 2024", "wrong ordinal suffix in \"1th\" at byte 0"},
    // Times.
    {"2024-03-25T24:01", "hour \"24\" is out of range at byte 11"},
    {"2024-03-25T24:00:01", "hour \"24\" is out of range at byte 11"},
    {"2024-03-25T24:00:00.5", "hour \"24\" is out of range at byte 11"},
    {"2024-03-25T25", "hour \"25\" is out of range at byte 11"},
    {"2024-03-25T10:60", "minute \"60\" is out of range at byte 14"},
    {"2024-03-25T10:05:60", "second \"60\" is out of range at byte 17"},
    {"2024-03-25T10:5", "minute \"5\" is not two digits at byte 14"},
    {"2024-03-25T1", "unexpected \"1\" at byte 11"},
    {"2024-03-25T100", "unexpected \"T100\" at byte 10"},
    {"2024-03-25T", "unexpected \"T\" at byte 10"},
    {"2024-03-25T10:05:30.1234567890123456789Z",
     "too many fractional digits in \"1234567890123456789\" at byte 20"},
    {"March 25, 2024 13:05 PM", "hour \"13\" is out of range for am/pm at byte 15"},
    {"March 25, 2024 0 AM", "hour \"0\" is out of range for am/pm at byte 15"},
    // Zones.
    {"2024-03-25T10:05:30+18:01", "utc offset \"+18:01\" is out of range at byte 19"},
    {"2024-03-25T10:05:30+19:00", "utc offset \"+19:00\" is out of range at byte 19"},
    {"2024-03-25T10:05:30+09:60", "utc offset \"+09:60\" is out of range at byte 19"},
    {"2024-03-25T10:05:30+093", "utc offset \"+093\" is malformed at byte 19"},
    {"2024-03-25 10:05 XYZ", "unknown time zone \"XYZ\" at byte 17"},
    {"2024-03-25T10:05:30+09:00[Asia/Nowhere]", "unknown time zone \"Asia/Nowhere\" at byte 26"},
    {"2024-03-25T10:05:30+09:00[Asia Tokyo]", "time zone \"[Asia\" is malformed at byte 25"},
    {"2024-03-25 10:05 Europe/Nowhere", "unknown time zone \"Europe/Nowhere\" at byte 17"},
    {"Thu Sep 25 10:36:28 BRXT 2003", "unknown time zone \"BRXT\" at byte 20"},
    {"2013-01-27-01", "unexpected \"-01\" after a date at byte 10"},
    // Weekdays.
    {"Tuesday, March 25, 2024",
     "weekday \"Tuesday\" does not match 2024-03-25, a Monday, at byte 0"},
    {"Tue, 25 Mar 2024 10:05:30 +0900",
     "weekday \"Tue\" does not match 2024-03-25, a Monday, at byte 0"},
    {"Thursday 03/04/2024",
     "weekday \"Thursday\" does not match 2024-03-04, a Monday, at byte 0"},
    {"Monday", "no date after weekday \"Monday\" at byte 0"},
    {"Monday, March 2024", "weekday \"Monday\" needs a day of the month at byte 0"},
    // Times without dates, dates without years.
    {"10:05", "\"10:05\" is a time without a date at byte 0"},
    {"10:05 AM", "\"10:05\" is a time without a date at byte 0"},
    {"10 AM", "\"10 AM\" is a time without a date at byte 0"},
    {"10.05pm", "\"10.05pm\" is a time without a date at byte 0"},
    {"noon", "\"noon\" is a time without a date at byte 0"},
    {"March 25", "no year in \"March 25\" at byte 0"},
    {"25 March", "no year in \"25 March\" at byte 0"},
    {"March", "no year in \"March\" at byte 0"},
    {"March 25 10:05 AM", "no year in \"March 25 10:05 AM\" at byte 0"},
    {"03/25", "no year in \"03/25\" at byte 0"},
    {"March 25, 24", "unexpected \"24\" at byte 10"},
    // Junk before or after.
    {"2024-03-25 junk", "unexpected \"junk\" at byte 11"},
    {"junk 2024-03-25", "no month named \"junk\" at byte 0"},
    {"2024-03-25 10 people", "unexpected \"10\" at byte 11"},
    {"2024-03-25 2024-03-26", "unexpected \"2024\" at byte 11"},
    {"2024-03-25 at", "unexpected \"at\" at byte 11"},
    {"2024/03", "unexpected \"/\" at byte 4"},
    {"2024-03-25T10:05:30.Z", "unexpected \".\" at byte 19"},
    {"March 25, 2024 10:05 am pm", "unexpected \"pm\" at byte 24"},
    // Options.
    {"25/03/24", "two-digit year \"24\" is not allowed at byte 6", kNoTwoDigitYear},
    {"Mon, 25 Mar 24 10:05:30 +0900",
     "two-digit year \"24\" is not allowed at byte 12", kNoTwoDigitYear},
    // Bytes that are not text.
    {"\xff\xfe", "unexpected \"\\xff\" at byte 0"},
    // Near-misses of the forms of issue 15.
    {"Q1 2024", "\"Q1\" is a quarter of a year, not a date: write its first month or day at byte 0"},
    {"2024 Q3", "\"Q3\" is a quarter of a year, not a date"},
    {"2024-Q1", "\"Q1\" is a quarter of a year"},
    {"10:05 p.m. EDT, March 25", "\"10:05\" is a time without a date at byte 0"},
    {"10:05 March 2024", "\"10:05 March 2024\" has a time but no day at byte 0"},
    {"10:05 10:06", "\"10:06\" is a time without a date at byte 6"},
    {"2024-Mar", "no day in \"2024-Mar\" at byte 0"},
    {"2024-Mar-32", "day \"32\" is out of range for March 2024 at byte 9"},
    {"2024 Marhc 25", "unexpected \"Marhc\" at byte 5"},
    {"25/Sep", "no year in \"25/Sep\" at byte 0"},
    {"25/Spe/2003", "no month named \"Spe\" at byte 3"},
    {"25/Mar/2024:25:05:30 +0000", "hour \"25\" is out of range at byte 12"},
    {"Sep-25", "unexpected \"-\" at byte 3"},
    {"25MAR", "no year in \"25MAR\" at byte 0"},  // as "25/Sep" above
    {"13/2024", "month \"13\" is out of range at byte 0"},
    {"2024 13 25", "unexpected \"13\" at byte 5"},
    {"2024-W54", "week \"54\" is out of range at byte 6"},
    {"2024-W53", "week \"53\" is out of range at byte 6"},
    {"2024-W13-8", "day of the week \"13-8\" is out of range at byte 6"},
    {"2024-W1", "unexpected number \"1\" at byte 6"},
    {"2024-367", "day of the year \"367\" is out of range at byte 5"},
    {"2023-366", "day of the year \"366\" is out of range at byte 5"},
    {"2024000", "day of the year \"000\" is out of range at byte 4"},
    {"202403251065", "minute \"65\" is out of range"},
    {"20240325250530", "hour \"25\" is out of range"},
    {"March 25, 2024 10h75", "minute \"75\" is out of range"},
    {"March 25, 2024 24.05", "hour \"24\" is out of range"},
    {"March 25, 2024 BC", "unexpected \"BC\" at byte 15"},
    {"March 25, 2024 10:05 ET extra", "unexpected \"extra\" at byte 24"},
    {"March 25, 2024 10:05 Eastern", "unexpected \"Eastern\" at byte 21"},
    {"1711361130", "unexpected number \"1711361130\" at byte 0"},
    {"@99999999999999", "unix time \"99999999999999\" is out of range at byte 1"},
    {"@", "unexpected \"@\" at byte 0"},
    {"17113611302", "unexpected number \"17113611302\" at byte 0", kUnix},
    {"Tuesday, March 25, 2024 10:05", "weekday \"Tuesday\" does not match 2024-03-25"},
    {"March 25, 2024", "no month named \"March\" at byte 0", kNoEnglish},
    {"2024-03-25 10:05 PM", "unknown time zone \"PM\" at byte 17", kNoEnglish},
    {"March 25, 2024..", "unexpected \".\" at byte 14"},
    {"2024-03-25T10:05 -0000 (EDT) x", "unexpected \"x\" at byte 29"},
    {"2024-03-25\xe2\x80\x94", "unexpected \"\\xe2\" at byte 10"},
    {"2024-03-25\x01", "unexpected \"\\x01\" at byte 10"},
};
// clang-format on

class ParseDateRejectTest : public ::testing::TestWithParam<RejectCase> {};

TEST_P(ParseDateRejectTest, FailsWithMessage) {
  const RejectCase& c = GetParam();
  const absl::StatusOr<DateTime> date = ParseDate(c.text, OptionsFor(c.flags));
  ASSERT_FALSE(date.ok()) << date->FormatIso8601();
  EXPECT_EQ(date.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(date.status().message()), HasSubstr(c.message));
  EXPECT_THAT(std::string(date.status().message()), HasSubstr(" at byte "));
}

INSTANTIATE_TEST_SUITE_P(Table, ParseDateRejectTest, ValuesIn(kRejected));

TEST(ParseDateTest, TablesAreLargeEnough) {
  EXPECT_GE(std::size(kAccepted), 200u);
  EXPECT_GE(std::size(kRejected), 60u);
}

TEST(ParseDateTest, RejectsNulBytes) {
  const std::string text("2024-03-25\0", 11);
  const absl::StatusOr<DateTime> date = ParseDate(text);
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.status().message(), "unexpected \"\\x00\" at byte 10");
  EXPECT_FALSE(ParseDate(std::string_view("\0", 1)).ok());
  EXPECT_FALSE(ParseDate(std::string_view("2024\0-03-25", 11)).ok());
}

// ---------------------------------------------------------------------------
// The model.

TEST(ParseDateTest, KeepsFractionalSecondsAsWritten) {
  const absl::StatusOr<DateTime> date = ParseDate("2024-03-25T10:05:30.250");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->precision, DatePrecision::kFraction);
  EXPECT_EQ(date->fraction, 250u);
  EXPECT_EQ(date->fraction_digits, 3);
  EXPECT_EQ(date->civil, absl::CivilSecond(2024, 3, 25, 10, 5, 30));
}

TEST(ParseDateTest, FillsNothingBelowThePrecision) {
  struct Case {
    const char* text;
    DatePrecision precision;
  };
  for (const Case& c :
       {Case{"2024", DatePrecision::kYear},
        Case{"March 2024", DatePrecision::kMonth},
        Case{"2024-03-25", DatePrecision::kDay},
        Case{"2024-03-25 10 AM", DatePrecision::kMinute},
        Case{"2024-03-25 noon", DatePrecision::kMinute},
        Case{"2024-03-25 10:05:30", DatePrecision::kSecond},
        Case{"2024-03-25 10:05:30.5", DatePrecision::kFraction}}) {
    const absl::StatusOr<DateTime> date = ParseDate(c.text);
    ASSERT_TRUE(date.ok()) << c.text;
    EXPECT_EQ(date->precision, c.precision) << c.text;
    if (c.precision < DatePrecision::kMonth) {
      EXPECT_EQ(date->civil.month(), 1);
    }
    if (c.precision < DatePrecision::kDay) {
      EXPECT_EQ(date->civil.day(), 1);
    }
    if (c.precision < DatePrecision::kMinute) {
      EXPECT_EQ(date->civil.hour(), 0);
      EXPECT_EQ(date->civil.minute(), 0);
    }
    if (c.precision < DatePrecision::kSecond) {
      EXPECT_EQ(date->civil.second(), 0);
    }
    if (c.precision < DatePrecision::kFraction) {
      EXPECT_EQ(date->fraction, 0u);
      EXPECT_EQ(date->fraction_digits, 0);
    }
  }
}

TEST(ParseDateTest, MissingZoneIsNotUtc) {
  const absl::StatusOr<DateTime> date = ParseDate("2024-03-25T10:05:30");
  ASSERT_TRUE(date.ok());
  EXPECT_FALSE(date->utc_offset_minutes.has_value());
  EXPECT_EQ(date->zone(), "");
  EXPECT_FALSE(date->ToTime().has_value());
}

TEST(ParseDateTest, ZeroOffsetPrintsAsZ) {
  for (const char* text :
       {"2024-03-25T10:05Z", "2024-03-25T10:05 UTC", "2024-03-25T10:05 GMT",
        "2024-03-25T10:05+00:00", "2024-03-25T10:05+0000"}) {
    const absl::StatusOr<DateTime> date = ParseDate(text);
    ASSERT_TRUE(date.ok()) << text;
    EXPECT_EQ(date->utc_offset_minutes, 0) << text;
    EXPECT_EQ(date->FormatIso8601(), "2024-03-25T10:05Z") << text;
  }
}

TEST(ParseDateTest, ZoneKeptAtAnyTimePrecision) {
  absl::StatusOr<DateTime> date = ParseDate("March 25, 2024 10 AM EDT");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->FormatIso8601(), "2024-03-25T10:00-04:00");
  EXPECT_EQ(date->utc_offset_minutes, -240);
  date = ParseDate("March 25, 2024 noon JST");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->FormatIso8601(), "2024-03-25T12:00+09:00");
}

TEST(ParseDateTest, ZoneAbbreviationKeptAsWritten) {
  const absl::StatusOr<DateTime> date = ParseDate("March 25, 2024 10:05 eDt");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->zone(), "eDt");
  EXPECT_EQ(date->utc_offset_minutes, -240);
}

TEST(ParseDateTest, AmbiguousZoneKeepsNoOffset) {
  for (const char* text : {"2024-03-25 10:05 IST", "2024-03-25 10:05 BST"}) {
    const absl::StatusOr<DateTime> date = ParseDate(text);
    ASSERT_TRUE(date.ok()) << text;
    EXPECT_TRUE(date->zone_ambiguous);
    EXPECT_FALSE(date->utc_offset_minutes.has_value());
    EXPECT_FALSE(date->ToTime().has_value());
    EXPECT_EQ(date->FormatIso8601(), "2024-03-25T10:05");
  }
}

TEST(ParseDateTest, WeekdayIsKept) {
  const absl::StatusOr<DateTime> date = ParseDate("Monday, March 25, 2024");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->weekday, absl::Weekday::monday);
}

TEST(ParseDateTest, AlternateReadingSwapsDayAndMonth) {
  absl::StatusOr<DateTime> date = ParseDate("03/04/2024 10:05");
  ASSERT_TRUE(date.ok());
  ASSERT_TRUE(date->day_month_ambiguous);
  const std::optional<DateTime> other = date->AlternateReading();
  ASSERT_TRUE(other.has_value());
  EXPECT_EQ(other->FormatIso8601(), "2024-04-03T10:05");

  date = ParseDate("25/03/2024");
  ASSERT_TRUE(date.ok());
  EXPECT_FALSE(date->AlternateReading().has_value());
}

TEST(ParseDateTest, WeekdaySettlesTheOrder) {
  // 2024-04-03 is a Wednesday and 2024-03-04 a Monday.
  const absl::StatusOr<DateTime> date = ParseDate("Wed 04/03/2024");
  ASSERT_TRUE(date.ok());
  EXPECT_FALSE(date->day_month_ambiguous);
}

TEST(ParseDateTest, ConvertsToCivilAndAbsoluteTime) {
  const absl::StatusOr<DateTime> date =
      ParseDate("2024-03-25T10:05:30.250+09:00");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->ToCivilDay(), absl::CivilDay(2024, 3, 25));
  EXPECT_EQ(date->ToCivilSecond(), absl::CivilSecond(2024, 3, 25, 10, 5, 30));
  const std::optional<absl::Time> time = date->ToTime();
  ASSERT_TRUE(time.has_value());
  EXPECT_EQ(*time, absl::FromCivil(absl::CivilSecond(2024, 3, 25, 1, 5, 30),
                                   absl::UTCTimeZone()) +
                       absl::Milliseconds(250));
}

TEST(ParseDateTest, ToTimeDropsDigitsBelowNanoseconds) {
  const absl::StatusOr<DateTime> date =
      ParseDate("1970-01-01T00:00:00.123456789987Z");
  ASSERT_TRUE(date.ok());
  EXPECT_EQ(date->ToTime(), absl::UnixEpoch() + absl::Nanoseconds(123456789));
}

TEST(DateTimeTest, FormatsAtExactlyItsPrecision) {
  DateTime d;
  d.civil = absl::CivilSecond(2024, 3, 25, 10, 5, 30);
  d.fraction = 250;
  d.fraction_digits = 3;
  const std::pair<DatePrecision, const char*> expected[] = {
      {DatePrecision::kYear, "2024"},
      {DatePrecision::kMonth, "2024-03"},
      {DatePrecision::kDay, "2024-03-25"},
      {DatePrecision::kMinute, "2024-03-25T10:05"},
      {DatePrecision::kSecond, "2024-03-25T10:05:30"},
      {DatePrecision::kFraction, "2024-03-25T10:05:30.250"},
  };
  for (const auto& [precision, iso] : expected) {
    d.precision = precision;
    d.utc_offset_minutes.reset();
    EXPECT_EQ(d.FormatIso8601(), iso);
    d.utc_offset_minutes = 9 * 60;
    EXPECT_EQ(d.FormatIso8601(), std::string(iso) + "+09:00");
    d.utc_offset_minutes = -(3 * 60 + 30);
    EXPECT_EQ(d.FormatIso8601(), std::string(iso) + "-03:30");
    d.utc_offset_minutes = 0;
    EXPECT_EQ(d.FormatIso8601(), std::string(iso) + "Z");
  }
}

TEST(DateTimeTest, AppendsToExistingString) {
  DateTime d;
  d.civil = absl::CivilSecond(2024, 3, 25, 0, 0, 0);
  std::string out = "date: ";
  d.AppendIso8601(&out);
  EXPECT_EQ(out, "date: 2024-03-25");
}

TEST(DateTimeTest, PrecisionNames) {
  EXPECT_EQ(DatePrecisionName(DatePrecision::kYear), "year");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kMonth), "month");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kDay), "day");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kMinute), "minute");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kSecond), "second");
  EXPECT_EQ(DatePrecisionName(DatePrecision::kFraction), "fraction");
}

TEST(DateTimeTest, EqualityComparesEveryField) {
  const DateTime a = *ParseDate("2024-03-25T10:05 UTC");
  DateTime b = *ParseDate("2024-03-25T10:05Z");
  EXPECT_NE(a, b);  // the abbreviation differs
  b = a;
  EXPECT_EQ(a, b);
  b.year_expanded = true;
  EXPECT_NE(a, b);
}

// ---------------------------------------------------------------------------
// Round trip: ParseDate(FormatIso8601(d)) == d over years 1..9999, every
// precision, with and without offsets.

DateTime RandomDateTime(std::mt19937_64& rng) {
  auto uniform = [&rng](int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
  };
  DateTime d;
  d.precision = static_cast<DatePrecision>(
      uniform(0, static_cast<int>(DatePrecision::kFraction)));
  const int year = uniform(1, 9999);
  int month = 1, day = 1, hour = 0, minute = 0, second = 0;
  if (d.precision >= DatePrecision::kMonth) month = uniform(1, 12);
  if (d.precision >= DatePrecision::kWeek) {
    const auto days = absl::CivilDay(absl::CivilMonth(year, month) + 1) -
                      absl::CivilDay(absl::CivilMonth(year, month));
    day = uniform(1, static_cast<int>(days));
  }
  if (d.precision == DatePrecision::kWeek) {
    // A week is held as its Monday.
    absl::CivilDay monday(year, month, day);
    monday -= static_cast<int>(absl::GetWeekday(monday));
    if (monday.year() < 1) monday += 7;
    month = monday.month();
    day = monday.day();
    d.civil = absl::CivilSecond(monday);
  }
  if (d.precision >= DatePrecision::kHour) hour = uniform(0, 23);
  if (d.precision >= DatePrecision::kMinute) minute = uniform(0, 59);
  if (d.precision >= DatePrecision::kSecond) second = uniform(0, 59);
  if (d.precision == DatePrecision::kFraction) {
    d.fraction_digits = uniform(1, DateTime::kMaxFractionDigits);
    std::uint64_t limit = 1;
    for (int i = 0; i < d.fraction_digits; ++i) limit *= 10;
    d.fraction =
        std::uniform_int_distribution<std::uint64_t>(0, limit - 1)(rng);
  }
  const int civil_year = d.precision == DatePrecision::kWeek
                             ? static_cast<int>(d.civil.year())
                             : year;
  d.civil = absl::CivilSecond(civil_year, month, day, hour, minute, second);
  switch (uniform(0, 3)) {
    case 0:
      break;  // no zone
    case 1:
      d.utc_offset_minutes = 0;
      break;
    case 2:
      d.utc_offset_minutes = uniform(-18, 18) * 60;
      break;
    default:
      d.utc_offset_minutes = uniform(-18 * 60, 18 * 60);
      break;
  }
  return d;
}

TEST(ParseDateTest, RoundTripsFormatIso8601) {
  std::mt19937_64 rng(20240325);
  for (int i = 0; i < 50000; ++i) {
    const DateTime d = RandomDateTime(rng);
    const std::string iso = d.FormatIso8601();
    const absl::StatusOr<DateTime> parsed = ParseDate(iso);
    ASSERT_TRUE(parsed.ok()) << iso << ": " << parsed.status();
    ASSERT_EQ(*parsed, d) << iso << " came back as " << parsed->FormatIso8601();
  }
}

// ---------------------------------------------------------------------------
// Prefix mode.

struct PrefixCase {
  const char* text;
  const char* iso;
  std::size_t offset;
  std::size_t length;
};

void PrintTo(const PrefixCase& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

const PrefixCase kPrefixes[] = {
    {"2024-03-25 Following a deadly storm", "2024-03-25", 0, 10},
    {" 2024-03-25 Following", "2024-03-25", 1, 10},
    {"2024-03-25", "2024-03-25", 0, 10},
    {"March 25, 2024 10:05 AM EDT The body", "2024-03-25T10:05-04:00", 0, 27},
    {"2024-03-25 10 people died", "2024-03-25", 0, 10},
    {"2024-03-25: the day", "2024-03-25", 0, 10},
    {"2024-03-25, officials said", "2024-03-25", 0, 10},
    {"March 25, 2024, wet weather", "2024-03-25", 0, 14},
    {"Monday, March 25, 2024. Officials said", "2024-03-25", 0, 22},
    {"2024-03-25T10:05:30Z body", "2024-03-25T10:05:30Z", 0, 20},
    {"Mon, 25 Mar 2024 10:05:30 +0900 Subject", "2024-03-25T10:05:30+09:00", 0,
     31},
    {"25 March 2024 at the meeting", "2024-03-25", 0, 13},
    {"March 25, 2024 at noon, officials", "2024-03-25T12:00", 0, 22},
    {"2024 was a year", "2024", 0, 4},
    {"March 2024 was wet", "2024-03", 0, 10},
    {"2024-03-25 EST people", "2024-03-25-05:00", 0, 14},
    {"2024-03-25 est people", "2024-03-25", 0, 10},
    {"2024-03-25 10:05. Then", "2024-03-25T10:05", 0, 16},
    {"2024-03-25 10:05:30. Then", "2024-03-25T10:05:30", 0, 19},
    {"25.03.2024 - Berlin", "2024-03-25", 0, 10},
    {"2024-03-25\xe2\x80\x94 Following", "2024-03-25", 0, 10},
    {"March 25, 2024 10:05 a.m. The", "2024-03-25T10:05", 0, 25},
};

class ParseDatePrefixTest : public ::testing::TestWithParam<PrefixCase> {};

TEST_P(ParseDatePrefixTest, TakesTheLongestDate) {
  const PrefixCase& c = GetParam();
  const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(c.text);
  ASSERT_TRUE(prefix.ok()) << prefix.status();
  EXPECT_EQ(prefix->date.FormatIso8601(), c.iso);
  EXPECT_EQ(prefix->offset, c.offset);
  EXPECT_EQ(prefix->length, c.length);
  EXPECT_EQ(prefix->consumed, c.offset + c.length);
}

INSTANTIATE_TEST_SUITE_P(Table, ParseDatePrefixTest, ValuesIn(kPrefixes));

TEST(ParseDatePrefixTest, PrefixRejects) {
  struct Case {
    const char* text;
    const char* message;
  };
  for (const Case& c : {
           Case{"yesterday we met",
                "\"yesterday\" is a relative date: it needs a reference "
                "date at byte 0"},
           Case{"2013-01-27-01 x", "unexpected \"-01\" after a date"},
           Case{"2024-03-25T25:00 x", "hour \"25\" is out of range at byte 11"},
           Case{"2024-03-25x", "unexpected \"x\" at byte 10"},
           Case{"March 25 was", "no year in \"March 25\" at byte 0"},
           Case{"2024.5 million", "unexpected \".\" at byte 4"},
           Case{"(2024-03-25) officials", "unexpected \"(\" at byte 0"},
           Case{"10:05 AM March 25", "is a time without a date at byte 0"},
       }) {
    const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(c.text);
    ASSERT_FALSE(prefix.ok()) << c.text;
    EXPECT_THAT(std::string(prefix.status().message()), HasSubstr(c.message))
        << c.text;
  }
}

// Regression (found by the prefix fuzzer): a time given up after "10:0"
// must not leave its hour in the day-precision date that is returned.
TEST(ParseDatePrefixTest, AGivenUpTimeLeavesNoFieldsBehind) {
  const std::string_view text = "Mon, 25 Mar 2024 10:0%5:30 +0900";
  const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(text);
  ASSERT_TRUE(prefix.ok()) << prefix.status();
  EXPECT_EQ(prefix->length, 16u);
  EXPECT_EQ(prefix->date.precision, DatePrecision::kDay);
  EXPECT_EQ(prefix->date.civil, absl::CivilSecond(2024, 3, 25, 0, 0, 0));
  const absl::StatusOr<DateTime> alone = ParseDate(text.substr(0, 16));
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(*alone, prefix->date);
}

// Regression (found by the prefix fuzzer): when the time after the date
// fails, the date comes back at day precision, as its own text reads.
TEST(ParseDatePrefixTest, AFailedTimeDoesNotRaiseThePrecision) {
  const std::string_view text = "Sunday, 24-Mar-24 10:05:3; G03.2MT";
  const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(text);
  ASSERT_TRUE(prefix.ok()) << prefix.status();
  EXPECT_EQ(prefix->length, 17u);
  EXPECT_EQ(prefix->date.precision, DatePrecision::kDay);
  const absl::StatusOr<DateTime> alone = ParseDate(text.substr(0, 17));
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(*alone, prefix->date);
}

// Regression (found by the prefix fuzzer): a zone word whose offset fails
// ("UT+993") is given up whole, its abbreviation too.
TEST(ParseDatePrefixTest, AFailedZoneLeavesNoAbbreviation) {
  const std::string_view text = "2025\tUT+993";
  const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(text);
  ASSERT_TRUE(prefix.ok()) << prefix.status();
  EXPECT_EQ(prefix->length, 4u);
  EXPECT_EQ(prefix->date.zone(), "");
  const absl::StatusOr<DateTime> alone = ParseDate(text.substr(0, 4));
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(*alone, prefix->date);
}

TEST(ParseDatePrefixTest, ReportsATailErrorWhenTheDateCannotEndBeforeIt) {
  // "10:75" cannot be a time, but the date can end before it.
  const absl::StatusOr<DatePrefix> prefix =
      ParseDatePrefix("2024-03-25 10:75 people");
  ASSERT_TRUE(prefix.ok()) << prefix.status();
  EXPECT_EQ(prefix->length, 10u);
}

// ---------------------------------------------------------------------------
// Allocation: none per successful call.

TEST(ParseDateTest, DoesNotAllocateOnSuccess) {
  const char* const texts[] = {
      "2024-03-25",
      "2024-03-25T10:05:30.250+09:00",
      "20240325T100530Z",
      "Mon, 25 Mar 2024 10:05:30 -0400 (EDT)",
      "Monday, March 25th, 2024 at 10:05 a.m. EDT",
      "03/04/24",
      "25.03.2024 14:30",
      "March 2024",
  };
  for (const char* text : texts) {
    const std::uint64_t before = lede_testing::AllocationCount();
    const absl::StatusOr<DateTime> date = ParseDate(text);
    const std::uint64_t after = lede_testing::AllocationCount();
    ASSERT_TRUE(date.ok()) << text;
    EXPECT_EQ(after - before, 0u) << text;

    const std::uint64_t prefix_before = lede_testing::AllocationCount();
    const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(text);
    const std::uint64_t prefix_after = lede_testing::AllocationCount();
    ASSERT_TRUE(prefix.ok()) << text;
    EXPECT_EQ(prefix_after - prefix_before, 0u) << text;
  }
}

TEST(ScanDateTest, NeverAllocatesEvenOnError) {
  for (const char* text : {"yesterday", "2024-02-30", "Tuesday, March 25, 2024",
                           "2024-03-25 junk", ""}) {
    DatePrefix out;
    internal::DateScanError error;
    const std::uint64_t before = lede_testing::AllocationCount();
    EXPECT_FALSE(internal::ScanDate(text, DateOptions(), false, &out, &error));
    EXPECT_EQ(lede_testing::AllocationCount() - before, 0u) << text;
  }
}

TEST(ScanDateTest, ErrorLocatesTheSlice) {
  DatePrefix out;
  internal::DateScanError error;
  const std::string_view text = "2024-03-25 junk";
  ASSERT_FALSE(internal::ScanDate(text, DateOptions(), false, &out, &error));
  EXPECT_EQ(error.offset, 11u);
  EXPECT_EQ(error.length, 4u);
  EXPECT_EQ(text.substr(error.offset, error.length), "junk");
}

// ---------------------------------------------------------------------------
// The fast paths for exact RFC 3339 and RFC 2822 text must agree with the
// scanner on everything: the table, and every one-byte mutation of it.

void ExpectSameAsScanner(std::string_view text, const DateOptions& options) {
  DatePrefix fast;
  DatePrefix slow;
  internal::DateScanError fast_error;
  internal::DateScanError slow_error;
  const bool fast_ok =
      internal::ScanDate(text, options, false, &fast, &fast_error);
  const bool slow_ok =
      internal::ScanDateSlowly(text, options, false, &slow, &slow_error);
  ASSERT_EQ(fast_ok, slow_ok) << '"' << text << '"';
  if (fast_ok) {
    EXPECT_EQ(fast.date, slow.date)
        << '"' << text << "\" fast " << fast.date.FormatIso8601() << " slow "
        << slow.date.FormatIso8601();
    EXPECT_EQ(fast.offset, slow.offset) << text;
    EXPECT_EQ(fast.length, slow.length) << text;
  } else {
    EXPECT_EQ(fast_error.offset, slow_error.offset) << text;
    EXPECT_EQ(fast_error.what, slow_error.what) << text;
  }
}

TEST(ScanDateTest, FastPathsAgreeWithTheScanner) {
  std::mt19937_64 rng(25);
  const std::string_view replacements("0123456789 -:+.,TZaAmMpP\x00\xff", 26);
  for (const AcceptCase& c : kAccepted) {
    const DateOptions options = OptionsFor(c.flags);
    ExpectSameAsScanner(c.text, options);
    const std::string text = c.text;
    for (int i = 0; i < 200 && !text.empty(); ++i) {
      std::string mutated = text;
      const std::size_t at = rng() % mutated.size();
      switch (rng() % 3) {
        case 0:
          mutated[at] = replacements[rng() % replacements.size()];
          break;
        case 1:
          mutated.erase(at, 1);
          break;
        default:
          mutated.insert(at, 1, replacements[rng() % replacements.size()]);
          break;
      }
      ExpectSameAsScanner(mutated, options);
    }
  }
}

TEST(ScanDateTest, NumericFastPathAgreesOnEveryPair) {
  for (const char* separator : {"/", "-", "."}) {
    for (int first = 0; first <= 33; ++first) {
      for (int second = 0; second <= 33; ++second) {
        for (const char* year : {"2024", "2023", "0000"}) {
          const std::string text = std::to_string(first) + separator +
                                   (second < 10 ? "0" : "") +
                                   std::to_string(second) + separator + year;
          DateOptions options;
          ExpectSameAsScanner(text, options);
          options.day_first = true;
          ExpectSameAsScanner(text, options);
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Pathological input: errors, never a crash or a hang, in linear time.

TEST(ParseDateTest, RejectsAMegabyteOfDigits) {
  const std::string digits(1 << 20, '7');
  const absl::StatusOr<DateTime> date = ParseDate(digits);
  ASSERT_FALSE(date.ok());
  EXPECT_THAT(std::string(date.status().message()),
              HasSubstr("unexpected number \"7777777777"));
  // The quoted slice is shortened.
  EXPECT_LT(date.status().message().size(), 200u);
}

TEST(ParseDateTest, RejectsPathologicalInputsQuickly) {
  const std::size_t kSize = 1 << 20;
  const std::string inputs[] = {
      std::string(kSize, ' '),
      std::string(kSize, 'a'),
      std::string(kSize, ','),
      "2024-03-25T10:05:30." + std::string(kSize, '1'),
      "March 25" + std::string(kSize, ','),
      "2024-03-25" + std::string(kSize, ' ') + "x",
      "March" + std::string(kSize, ' ') + "25",
      std::string(kSize, '\0'),
      std::string(kSize, '\xff'),
  };
  for (const std::string& text : inputs) {
    EXPECT_FALSE(ParseDate(text).ok());
    (void)ParseDatePrefix(text);
  }
  std::string repeated;
  for (int i = 0; i < 100000; ++i) repeated += "1-";
  EXPECT_FALSE(ParseDate(repeated).ok());
  EXPECT_FALSE(ParseDatePrefix(repeated).ok());
}

TEST(ParseDateTest, SurvivesRandomBytes) {
  std::mt19937_64 rng(7);
  const std::string_view alphabet =
      "0123456789-/.:,+ TZtzapmAPM()MarchMonJanSeptEDTUTCofth\t\x80\xff";
  std::string text;
  for (int i = 0; i < 200000; ++i) {
    text.clear();
    const int length = static_cast<int>(rng() % 40);
    for (int j = 0; j < length; ++j) {
      if (rng() % 8 == 0) {
        text.push_back(static_cast<char>(rng() % 256));
      } else {
        text.push_back(alphabet[rng() % alphabet.size()]);
      }
    }
    const absl::StatusOr<DateTime> date = ParseDate(text);
    if (date.ok()) {
      // Whatever parses prints and parses back to itself (the fields that
      // ISO 8601 carries).
      const absl::StatusOr<DateTime> again = ParseDate(date->FormatIso8601());
      ASSERT_TRUE(again.ok()) << text;
      EXPECT_EQ(again->civil, date->civil) << text;
      EXPECT_EQ(again->precision, date->precision) << text;
      EXPECT_EQ(again->utc_offset_minutes, date->utc_offset_minutes) << text;
    } else {
      EXPECT_THAT(std::string(date.status().message()), HasSubstr(" at byte "));
    }
    (void)ParseDatePrefix(text);
  }
}

TEST(MakeDateErrorTest, EscapesAndShortensTheSlice) {
  internal::DateScanError error;
  error.offset = 0;
  error.length = 60;
  error.what = "unexpected {slice}";
  const std::string text = "\"\\" + std::string(58, 'x');
  const absl::Status status = internal::MakeDateError(text, error);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "unexpected \"\\\"\\\\" + std::string(38, 'x') +
                                  "\xE2\x80\xA6\" at byte 0");
}

}  // namespace
}  // namespace lede

// Every date has a digit (its day or its year); the header parser rules out
// lines with none before it scans them (MatchDateLine() in header.cc). So
// no text without a digit may scan as a date, whichever date words it holds.
TEST(ParseDateTest, NoDateWithoutADigit) {
  static const char* const kPieces[] = {
      "March",    "Mar.", "Sept", "May", "Monday", "Mon,",     "Tue", "UTC",
      "GMT",      "Z",    "EST",  "IST", "noon",   "of",       "at",  "the",
      "T",        "AM",   "pm",   ",",   ".",      "-",        "/",   ":",
      "+",        "(",    ")",    "st",  "th",     "nd",       "rd",  "Jan",
      "December", "O",    "l",    "I",   "today",  "yesterday"};
  std::mt19937 rng(11);
  std::uniform_int_distribution<std::size_t> piece(
      0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::uniform_int_distribution<int> count(1, 6);
  std::uniform_int_distribution<int> gap(0, 2);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int n = count(rng);
    for (int k = 0; k < n; ++k) {
      text += kPieces[piece(rng)];
      text += std::string(static_cast<std::size_t>(gap(rng)), ' ');
    }
    EXPECT_FALSE(lede::ParseDate(text).ok()) << text;
    EXPECT_FALSE(lede::ParseDatePrefix(text).ok()) << text;
  }
}

namespace lede {
namespace {

// The forms of issue 15 allocate nothing either once the zones they name are
// loaded (the first use of a tz database zone loads and caches it).
TEST(ParseDateTest, NewFormsDoNotAllocateInTheSteadyState) {
  const char* const texts[] = {
      "10:05 p.m. EDT, March 25, 2024",
      "25/Mar/2024:10:05:30 +0000",
      "2024-W13-1",
      "2024-085",
      "2003-09-25T10",
      "Mar 25, 2024, 10:05 AM ET",
      "2024-03-25T10:05:30+05:30[Asia/Kolkata]",
      "2024-03-25 10:05 Europe/Paris",
      "Fri Sep 23 2016 10:34:51 GMT+0800 (China Standard Time)",
      "2024-03-25 10:05:30.123456789 -0700 MST",
      "08-08-2014\xc2\xa0"
      "18:29",
      "@1711361130",
  };
  DateOptions options;
  options.default_zone = "America/Chicago";
  for (const char* text : texts) {
    ASSERT_TRUE(ParseDate(text, options).ok()) << text;  // loads the zones
    const std::uint64_t before = lede_testing::AllocationCount();
    const absl::StatusOr<DateTime> date = ParseDate(text, options);
    const std::uint64_t after = lede_testing::AllocationCount();
    ASSERT_TRUE(date.ok()) << text;
    EXPECT_EQ(after - before, 0u) << text;
  }
}

TEST(ParseDateTest, LanguageIsEnglishOnlyWhenEnglishWordsWereRead) {
  struct Case {
    const char* text;
    bool english;
  };
  for (const Case& c :
       {Case{"2024-03-25T10:05:30Z", false}, Case{"25.03.2024 14:30", false},
        Case{"2024-03-25 10:05 UTC", false},
        Case{"2024-03-25 10:05 EST", false}, Case{"@1711361130", false},
        Case{"2024-W13", false}, Case{"March 25, 2024", true},
        Case{"Mon, 25 Mar 2024 10:05:30 +0900", true},
        Case{"25-Mar-2024", true}, Case{"2024-03-25 10:05 PM", true},
        Case{"2024-03-25 at noon", true},
        Case{"Mar 25, 2024 10:05 Eastern Time", true}}) {
    const absl::StatusOr<DateTime> date = ParseDate(c.text);
    ASSERT_TRUE(date.ok()) << c.text << ": " << date.status();
    EXPECT_EQ(date->language.has_value(), c.english) << c.text;
    if (c.english) {
      EXPECT_EQ(*date->language, Language::kEnglish) << c.text;
    }
  }
}

TEST(ParseDateTest, GenericZoneWithoutATimeKeepsNoOffset) {
  const absl::StatusOr<DateTime> date = ParseDate("Mar 25, 2024 ET");
  ASSERT_TRUE(date.ok()) << date.status();
  EXPECT_FALSE(date->utc_offset_minutes.has_value());
  EXPECT_EQ(date->zone(), "ET");
  EXPECT_EQ(date->zone_name(), "America/New_York");
}

TEST(ParseDateTest, DefaultZoneIsAssumedOnlyWithoutAWrittenZone) {
  DateOptions options;
  options.default_zone = "Asia/Tokyo";
  const absl::StatusOr<DateTime> assumed =
      ParseDate("March 25, 2024 10:05", options);
  ASSERT_TRUE(assumed.ok()) << assumed.status();
  EXPECT_TRUE(assumed->zone_assumed);
  EXPECT_EQ(assumed->utc_offset_minutes, 9 * 60);
  EXPECT_EQ(assumed->zone(), "");  // never mistaken for a written zone
  EXPECT_EQ(assumed->zone_name(), "Asia/Tokyo");
  const absl::StatusOr<DateTime> written =
      ParseDate("March 25, 2024 10:05 EDT", options);
  ASSERT_TRUE(written.ok());
  EXPECT_FALSE(written->zone_assumed);
  EXPECT_EQ(written->utc_offset_minutes, -4 * 60);
  options.default_zone = "Mars/Olympus_Mons";
  const absl::StatusOr<DateTime> unknown =
      ParseDate("March 25, 2024 10:05", options);
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(std::string(unknown.status().message()),
              HasSubstr("default_zone is not a known time zone"));
}

TEST(ParseDatePrefixTest, NewFormsInPrefixMode) {
  struct Case {
    const char* text;
    const char* iso;
    std::size_t length;
  };
  for (const Case& c : {
           Case{"25/Mar/2024:10:05:30 +0000] \"GET /\"", "2024-03-25T10:05:30Z",
                26},
           Case{"10:05 p.m. EDT, March 25, 2024 Officials said",
                "2024-03-25T22:05-04:00", 30},
           Case{"Sep 03 2014 | 4:32 pm EDT | Reuters", "2014-09-03T16:32-04:00",
                25},
           Case{"2024 may be the year", "2024", 4},
           Case{"2024 March 25 Following", "2024-03-25", 13},
           Case{"2024-03-25 - Berlin", "2024-03-25", 10},
           Case{"2024-W13 was busy", "2024-W13", 8},
           Case{"March 25, 2024 10:05 ET The", "2024-03-25T10:05-04:00", 23},
       }) {
    const absl::StatusOr<DatePrefix> prefix = ParseDatePrefix(c.text);
    ASSERT_TRUE(prefix.ok()) << c.text << ": " << prefix.status();
    EXPECT_EQ(prefix->date.FormatIso8601(), c.iso) << c.text;
    EXPECT_EQ(prefix->length, c.length) << c.text;
  }
}

TEST(MakeDateErrorTest, ShowsValidUtf8AsItselfAndCutsAtACharacter) {
  internal::DateScanError error;
  error.offset = 0;
  error.what = "unexpected {slice}";
  const std::string word = "\xc3\xa9t\xc3\xa9 \xff";  // "été " and a bad byte
  error.length = word.size();
  EXPECT_EQ(internal::MakeDateError(word, error).message(),
            "unexpected \"\xc3\xa9t\xc3\xa9 \\xff\" at byte 0");
  const std::string long_text(39, 'x');
  const std::string text = long_text + "\xc3\xa9" + "yyyyyyyy";
  error.length = text.size();
  // The cut falls inside "é": the whole character goes.
  EXPECT_EQ(internal::MakeDateError(text, error).message(),
            "unexpected \"" + long_text + "\xE2\x80\xA6\" at byte 0");
}

}  // namespace
}  // namespace lede
