// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Benchmarks for lede/date.h against its peers, in one binary so that every
// ratio comes out of one run on the same strings.
//
// Naming: BM_<Api>/<family>. For each family (iso_date, iso_datetime,
// iso_fraction, iso_basic, rfc2822, rfc850, asctime, written_date,
// written_datetime, numeric; and the forms of issue 15: common_log, iso_hour,
// iso_week, iso_ordinal, time_first, go_string, generic_zone, iana_bracket,
// unix_at, no_break_space) there is
//   BM_ParseDate/<family>       lede::ParseDate
//   BM_AbslParseTime/<family>   absl::ParseTime with the matching format
//   BM_Strptime/<family>        glibc strptime with the matching format
//                               (absent where strptime cannot express the
//                               form, e.g. fractional seconds)
// so that benchmarks/report.py pairs them by family. BM_ParseDatePrefix/
// header_line measures the prefix mode on a header line with a body after
// the date, and BM_ParseDateScanner/<form> forms that only lede reads
// (ordinals, "a.m.", zone names, RFC 2822 comments), which take its general
// scanner rather than the fast paths for exact common forms. BM_DateTurns/
// <family> times lede and its peers taking turns, for the ratios to quote.
// Every benchmark checks its result before the timed loop, reports items
// (dates) and bytes per second, and the counter "allocs_per_call" from
// tests/testing/allocation_counter.h.
//
//   build/release/benchmarks/date_benchmark --benchmark_min_time=0.2

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <new>
#include <string>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "benchmark/benchmark.h"
#include "lede/date.h"
#include "tests/testing/allocation_counter.h"

namespace {

struct Family {
  const char* text;
  const char* iso;              // lede's FormatIso8601() of `text`
  const char* absl_format;      // absl::ParseTime format
  const char* strptime_format;  // nullptr: strptime cannot express it
  absl::CivilSecond civil;      // what the peers must read (offset applied
                                // for absl when the text has one)
};

// The families; the BENCHMARK_CAPTURE names below index into this table.
enum FamilyId {
  kIsoDate,
  kIsoDateTime,
  kIsoFraction,
  kIsoBasic,
  kRfc2822,
  kRfc850,
  kAsctime,
  kWrittenDate,
  kWrittenDateTime,
  kNumeric,
  // The forms of issue 15.
  kCommonLog,
  kIsoHour,
  kIsoWeek,
  kIsoOrdinal,
  kTimeFirst,
  kGoString,
  kGenericZone,
  kIanaBracket,
  kUnixAt,
  kNoBreakSpace,
};

const Family kFamilies[] = {
    {"2024-03-25", "2024-03-25", "%Y-%m-%d", "%Y-%m-%d",
     absl::CivilSecond(2024, 3, 25, 0, 0, 0)},
    {"2024-03-25T10:05:30+09:00", "2024-03-25T10:05:30+09:00",
     "%Y-%m-%d%ET%H:%M:%S%Ez", "%Y-%m-%dT%H:%M:%S%z",
     absl::CivilSecond(2024, 3, 25, 1, 5, 30)},
    {"2024-03-25T10:05:30.250Z", "2024-03-25T10:05:30.250Z",
     "%Y-%m-%d%ET%H:%M:%E*S%Ez", nullptr,
     absl::CivilSecond(2024, 3, 25, 10, 5, 30)},
    {"20240325T100530Z", "2024-03-25T10:05:30Z", "%E4Y%m%dT%H%M%S%Ez",
     "%Y%m%dT%H%M%S%z", absl::CivilSecond(2024, 3, 25, 10, 5, 30)},
    {"Mon, 25 Mar 2024 10:05:30 +0900", "2024-03-25T10:05:30+09:00",
     "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %z",
     absl::CivilSecond(2024, 3, 25, 1, 5, 30)},
    {"Monday, 25-Mar-24 10:05:30 GMT", "2024-03-25T10:05:30Z",
     "%A, %d-%b-%y %H:%M:%S GMT", "%A, %d-%b-%y %H:%M:%S GMT",
     absl::CivilSecond(2024, 3, 25, 10, 5, 30)},
    {"Mon Mar 25 10:05:30 2024", "2024-03-25T10:05:30", "%a %b %d %H:%M:%S %Y",
     "%a %b %d %H:%M:%S %Y", absl::CivilSecond(2024, 3, 25, 10, 5, 30)},
    {"March 25, 2024", "2024-03-25", "%B %d, %Y", "%B %d, %Y",
     absl::CivilSecond(2024, 3, 25, 0, 0, 0)},
    {"Monday, March 25, 2024 10:05 AM", "2024-03-25T10:05",
     "%A, %B %d, %Y %I:%M %p", "%A, %B %d, %Y %I:%M %p",
     absl::CivilSecond(2024, 3, 25, 10, 5, 0)},
    {"03/25/2024", "2024-03-25", "%m/%d/%Y", "%m/%d/%Y",
     absl::CivilSecond(2024, 3, 25, 0, 0, 0)},
    {"25/Mar/2024:10:05:30 +0000", "2024-03-25T10:05:30Z",
     "%d/%b/%Y:%H:%M:%S %z", "%d/%b/%Y:%H:%M:%S %z",
     absl::CivilSecond(2024, 3, 25, 10, 5, 30)},
    {"2024-03-25T10", "2024-03-25T10", "%Y-%m-%dT%H", "%Y-%m-%dT%H",
     absl::CivilSecond(2024, 3, 25, 10, 0, 0)},
    // Neither peer reads a week date into a calendar date (glibc parses
    // %G-W%V-%u and ignores it); absl is timed on the same text with the
    // week as a literal.
    {"2024-W13-1", "2024-03-25", "%Y-W13-%d", nullptr,
     absl::CivilSecond(2024, 3, 25, 0, 0, 0)},
    {"2024-085", "2024-03-25", "%Y-%j", "%Y-%j",
     absl::CivilSecond(2024, 3, 25, 0, 0, 0)},
    {"10:05 PM, March 25, 2024", "2024-03-25T22:05", "%I:%M %p, %B %d, %Y",
     "%I:%M %p, %B %d, %Y", absl::CivilSecond(2024, 3, 25, 22, 5, 0)},
    {"2024-03-25 10:05:30.123456789 -0700 MST",
     "2024-03-25T10:05:30.123456789-07:00", "%Y-%m-%d %H:%M:%E*S %z MST",
     nullptr, absl::CivilSecond(2024, 3, 25, 17, 5, 30)},
    // The peers read "ET" as a literal, with no offset: lede's figure
    // includes the tz database look-up.
    {"Mar 25, 2024, 10:05 AM ET", "2024-03-25T10:05-04:00",
     "%b %d, %Y, %I:%M %p ET", "%b %d, %Y, %I:%M %p ET",
     absl::CivilSecond(2024, 3, 25, 10, 5, 0)},
    {"2024-03-25T10:05:30+05:30[Asia/Kolkata]", "2024-03-25T10:05:30+05:30",
     "%Y-%m-%dT%H:%M:%S%Ez[Asia/Kolkata]", nullptr,
     absl::CivilSecond(2024, 3, 25, 4, 35, 30)},
    {"@1711361130", "2024-03-25T10:05:30Z", "@%s", nullptr,
     absl::CivilSecond(2024, 3, 25, 10, 5, 30)},
    {"08-08-2014\xc2\xa0"
     "18:29",
     "2014-08-08T18:29", "%m-%d-%Y\xc2\xa0%H:%M", "%m-%d-%Y\xc2\xa0%H:%M",
     absl::CivilSecond(2014, 8, 8, 18, 29, 0)},
};

void Report(benchmark::State& state, const std::string& text,
            long allocations) {
  const auto iterations = static_cast<std::int64_t>(state.iterations());
  state.SetItemsProcessed(iterations);
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(text.size()));
  state.counters["allocs_per_call"] =
      benchmark::Counter(iterations > 0 ? static_cast<double>(allocations) /
                                              static_cast<double>(iterations)
                                        : 0.0);
}

void BM_ParseDate(benchmark::State& state, FamilyId id) {
  const Family& family = kFamilies[id];
  const std::string text = family.text;
  const absl::StatusOr<lede::DateTime> check = lede::ParseDate(text);
  if (!check.ok() || check->FormatIso8601() != family.iso) {
    state.SkipWithError("lede::ParseDate gave the wrong result");
    return;
  }
  const long before = static_cast<long>(lede_testing::AllocationCount());
  for (auto _ : state) {
    absl::StatusOr<lede::DateTime> date = lede::ParseDate(text);
    benchmark::DoNotOptimize(date);
  }
  Report(state, text,
         static_cast<long>(lede_testing::AllocationCount()) - before);
}

void BM_AbslParseTime(benchmark::State& state, FamilyId id) {
  const Family& family = kFamilies[id];
  const std::string text = family.text;
  const std::string format = family.absl_format;
  std::string error;
  absl::Time time;
  if (!absl::ParseTime(format, text, &time, &error) ||
      absl::ToCivilSecond(time, absl::UTCTimeZone()) != family.civil) {
    state.SkipWithError("absl::ParseTime gave the wrong result");
    return;
  }
  const long before = static_cast<long>(lede_testing::AllocationCount());
  for (auto _ : state) {
    const bool ok = absl::ParseTime(format, text, &time, &error);
    benchmark::DoNotOptimize(ok);
    benchmark::DoNotOptimize(time);
  }
  Report(state, text,
         static_cast<long>(lede_testing::AllocationCount()) - before);
}

// strptime is the peer the brief names; the library itself never calls it.
bool StrptimeMatches(const Family& family, const struct tm& tm) {
  // glibc reads %z into tm_gmtoff and leaves the fields as written.
  const absl::CivilSecond as_written =
      absl::CivilSecond(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                        tm.tm_hour, tm.tm_min, tm.tm_sec) -
      tm.tm_gmtoff;
  return as_written == family.civil;
}

void BM_Strptime(benchmark::State& state, FamilyId id) {
  const Family& family = kFamilies[id];
  const std::string text = family.text;
  struct tm tm;
  std::memset(&tm, 0, sizeof(tm));
  const char* end = strptime(text.c_str(), family.strptime_format, &tm);
  if (end == nullptr || *end != '\0' || !StrptimeMatches(family, tm)) {
    state.SkipWithError("strptime gave the wrong result");
    return;
  }
  const long before = static_cast<long>(lede_testing::AllocationCount());
  for (auto _ : state) {
    std::memset(&tm, 0, sizeof(tm));
    const char* parsed = strptime(text.c_str(), family.strptime_format, &tm);
    benchmark::DoNotOptimize(parsed);
    benchmark::DoNotOptimize(tm);
  }
  Report(state, text,
         static_cast<long>(lede_testing::AllocationCount()) - before);
}

// lede, absl::ParseTime and strptime taking turns on one family, 256 calls
// each per turn, each going first in turn, and timed apart: a slow moment of
// a shared machine then falls on all three alike, where the separate
// benchmarks above may each meet a different one. Counters: vs_absl and
// vs_strptime, the peer's time per date over lede's (the ratios to quote).
void BM_DateTurns(benchmark::State& state, FamilyId id) {
  using Clock = std::chrono::steady_clock;
  constexpr int kTurn = 256;
  const Family& family = kFamilies[id];
  const std::string text = family.text;
  const std::string format = family.absl_format;
  std::string error;
  absl::Time time;
  struct tm tm;
  std::memset(&tm, 0, sizeof(tm));
  const bool has_strptime = family.strptime_format != nullptr;
  const absl::StatusOr<lede::DateTime> check = lede::ParseDate(text);
  if (!check.ok() || check->FormatIso8601() != family.iso ||
      !absl::ParseTime(format, text, &time, &error)) {
    state.SkipWithError("a parser gave the wrong result");
    return;
  }
  Clock::duration lede_time{};
  Clock::duration absl_time{};
  Clock::duration strptime_time{};
  int first = 0;
  for (auto _ : state) {
    for (int turn = 0; turn < 3; ++turn) {
      const int who = (first + turn) % 3;
      const Clock::time_point start = Clock::now();
      if (who == 0) {
        for (int i = 0; i < kTurn; ++i) {
          absl::StatusOr<lede::DateTime> date = lede::ParseDate(text);
          benchmark::DoNotOptimize(date);
        }
        lede_time += Clock::now() - start;
      } else if (who == 1) {
        for (int i = 0; i < kTurn; ++i) {
          const bool ok = absl::ParseTime(format, text, &time, &error);
          benchmark::DoNotOptimize(ok);
          benchmark::DoNotOptimize(time);
        }
        absl_time += Clock::now() - start;
      } else if (has_strptime) {
        for (int i = 0; i < kTurn; ++i) {
          std::memset(&tm, 0, sizeof(tm));
          const char* parsed =
              strptime(text.c_str(), family.strptime_format, &tm);
          benchmark::DoNotOptimize(parsed);
          benchmark::DoNotOptimize(tm);
        }
        strptime_time += Clock::now() - start;
      }
    }
    first = (first + 1) % 3;
  }
  const double lede_ns = std::chrono::duration<double>(lede_time).count();
  state.counters["vs_absl"] =
      std::chrono::duration<double>(absl_time).count() / lede_ns;
  if (has_strptime) {
    state.counters["vs_strptime"] =
        std::chrono::duration<double>(strptime_time).count() / lede_ns;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          kTurn);
}
BENCHMARK_CAPTURE(BM_DateTurns, iso_date, kIsoDate);
BENCHMARK_CAPTURE(BM_DateTurns, iso_datetime, kIsoDateTime);
BENCHMARK_CAPTURE(BM_DateTurns, iso_fraction, kIsoFraction);
BENCHMARK_CAPTURE(BM_DateTurns, iso_basic, kIsoBasic);
BENCHMARK_CAPTURE(BM_DateTurns, rfc2822, kRfc2822);
BENCHMARK_CAPTURE(BM_DateTurns, rfc850, kRfc850);
BENCHMARK_CAPTURE(BM_DateTurns, asctime, kAsctime);
BENCHMARK_CAPTURE(BM_DateTurns, written_date, kWrittenDate);
BENCHMARK_CAPTURE(BM_DateTurns, written_datetime, kWrittenDateTime);
BENCHMARK_CAPTURE(BM_DateTurns, numeric, kNumeric);
BENCHMARK_CAPTURE(BM_DateTurns, common_log, kCommonLog);
BENCHMARK_CAPTURE(BM_DateTurns, iso_hour, kIsoHour);
BENCHMARK_CAPTURE(BM_DateTurns, iso_week, kIsoWeek);
BENCHMARK_CAPTURE(BM_DateTurns, iso_ordinal, kIsoOrdinal);
BENCHMARK_CAPTURE(BM_DateTurns, time_first, kTimeFirst);
BENCHMARK_CAPTURE(BM_DateTurns, go_string, kGoString);
BENCHMARK_CAPTURE(BM_DateTurns, generic_zone, kGenericZone);
BENCHMARK_CAPTURE(BM_DateTurns, iana_bracket, kIanaBracket);
BENCHMARK_CAPTURE(BM_DateTurns, unix_at, kUnixAt);
BENCHMARK_CAPTURE(BM_DateTurns, no_break_space, kNoBreakSpace);

void BM_ParseDatePrefix(benchmark::State& state, const char* line,
                        std::size_t expected_length) {
  const std::string text = line;
  const absl::StatusOr<lede::DatePrefix> check = lede::ParseDatePrefix(text);
  if (!check.ok() || check->length != expected_length) {
    state.SkipWithError("lede::ParseDatePrefix gave the wrong result");
    return;
  }
  const long before = static_cast<long>(lede_testing::AllocationCount());
  for (auto _ : state) {
    absl::StatusOr<lede::DatePrefix> prefix = lede::ParseDatePrefix(text);
    benchmark::DoNotOptimize(prefix);
  }
  Report(state, text,
         static_cast<long>(lede_testing::AllocationCount()) - before);
}

#define LEDE_DATE_FAMILY(name, id)           \
  BENCHMARK_CAPTURE(BM_ParseDate, name, id); \
  BENCHMARK_CAPTURE(BM_AbslParseTime, name, id)

LEDE_DATE_FAMILY(iso_date, kIsoDate);
LEDE_DATE_FAMILY(iso_datetime, kIsoDateTime);
LEDE_DATE_FAMILY(iso_fraction, kIsoFraction);
LEDE_DATE_FAMILY(iso_basic, kIsoBasic);
LEDE_DATE_FAMILY(rfc2822, kRfc2822);
LEDE_DATE_FAMILY(rfc850, kRfc850);
LEDE_DATE_FAMILY(asctime, kAsctime);
LEDE_DATE_FAMILY(written_date, kWrittenDate);
LEDE_DATE_FAMILY(written_datetime, kWrittenDateTime);
LEDE_DATE_FAMILY(numeric, kNumeric);
LEDE_DATE_FAMILY(common_log, kCommonLog);
LEDE_DATE_FAMILY(iso_hour, kIsoHour);
LEDE_DATE_FAMILY(iso_week, kIsoWeek);
LEDE_DATE_FAMILY(iso_ordinal, kIsoOrdinal);
LEDE_DATE_FAMILY(time_first, kTimeFirst);
LEDE_DATE_FAMILY(go_string, kGoString);
LEDE_DATE_FAMILY(generic_zone, kGenericZone);
LEDE_DATE_FAMILY(iana_bracket, kIanaBracket);
LEDE_DATE_FAMILY(unix_at, kUnixAt);
LEDE_DATE_FAMILY(no_break_space, kNoBreakSpace);

BENCHMARK_CAPTURE(BM_Strptime, iso_date, kIsoDate);
BENCHMARK_CAPTURE(BM_Strptime, iso_datetime, kIsoDateTime);
BENCHMARK_CAPTURE(BM_Strptime, iso_basic, kIsoBasic);
BENCHMARK_CAPTURE(BM_Strptime, rfc2822, kRfc2822);
BENCHMARK_CAPTURE(BM_Strptime, rfc850, kRfc850);
BENCHMARK_CAPTURE(BM_Strptime, asctime, kAsctime);
BENCHMARK_CAPTURE(BM_Strptime, written_date, kWrittenDate);
BENCHMARK_CAPTURE(BM_Strptime, written_datetime, kWrittenDateTime);
BENCHMARK_CAPTURE(BM_Strptime, numeric, kNumeric);

// Forms no peer parses (an ordinal, "at", "a.m.", a zone name): lede's
// general scanner rather than its fast paths for exact common forms.
void BM_ParseDateScanner(benchmark::State& state, const char* input,
                         const char* iso) {
  const std::string text = input;
  const absl::StatusOr<lede::DateTime> check = lede::ParseDate(text);
  if (!check.ok() || check->FormatIso8601() != iso) {
    state.SkipWithError("lede::ParseDate gave the wrong result");
    return;
  }
  const long before = static_cast<long>(lede_testing::AllocationCount());
  for (auto _ : state) {
    absl::StatusOr<lede::DateTime> date = lede::ParseDate(text);
    benchmark::DoNotOptimize(date);
  }
  Report(state, text,
         static_cast<long>(lede_testing::AllocationCount()) - before);
}

BENCHMARK_CAPTURE(BM_ParseDateScanner, written_ordinal_zone,
                  "Monday, March 25th, 2024 at 10:05 a.m. EDT",
                  "2024-03-25T10:05-04:00");
BENCHMARK_CAPTURE(BM_ParseDateScanner, rfc2822_comment,
                  "Mon, 25 Mar 2024 10:05:30 -0400 (EDT)",
                  "2024-03-25T10:05:30-04:00");
BENCHMARK_CAPTURE(BM_ParseDateScanner, numeric_day_first_time,
                  "25.03.2024 14:30", "2024-03-25T14:30");

BENCHMARK_CAPTURE(BM_ParseDatePrefix, header_line,
                  "March 25, 2024 10:05 AM EDT Following a deadly storm, "
                  "officials said on Monday that",
                  std::size_t{27});

}  // namespace

BENCHMARK_MAIN();
