// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Benchmarks for dates written in the languages besides English, against
// English dates of the same shapes in the same run.
//
//   BM_ParseDateLanguage/<code>   lede::ParseDate on one date of a language
//   BM_DateLanguageTurns          the English and the other dates taking
//                                 turns; the counter "vs_english" is the
//                                 cost of a non-English date over an
//                                 English one (the goal: at most 2)
// Every benchmark checks its results before timing and reports the counter
// "allocs_per_call" (tests/testing/allocation_counter.h; the goal: 0).
// benchmarks/python/dateparser_languages.py runs this binary and Python's
// dateparser on the same strings, taking turns, and quotes the ratio.
//
//   build/release/benchmarks/date_languages_benchmark --benchmark_min_time=0.2

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "lede/date.h"
#include "tests/testing/allocation_counter.h"

namespace {

struct Sample {
  const char* code;
  const char* text;
  const char* iso;
};

// One written-out date per language (the strings the Python script reads
// too: keep benchmarks/python/dateparser_languages.py in step).
const Sample kForeign[] = {
    {"ru", "25 марта 2024 г. в 10:05", "2024-03-25T10:05"},
    {"de", "Montag, 25. März 2024 um 10:05 Uhr", "2024-03-25T10:05"},
    {"ja", "2024年3月25日(月) 10時05分", "2024-03-25T10:05"},
    {"zh", "2024年3月25日 星期一 上午10:05", "2024-03-25T10:05"},
    {"es", "lunes, 25 de marzo de 2024, 10:05", "2024-03-25T10:05"},
    {"fr", "lundi 25 mars 2024 à 10h05", "2024-03-25T10:05"},
    {"it", "lunedì 25 marzo 2024 alle 10:05", "2024-03-25T10:05"},
    {"pt", "segunda-feira, 25 de março de 2024 às 10h05", "2024-03-25T10:05"},
    {"nl", "maandag 25 maart 2024 om 10:05", "2024-03-25T10:05"},
    {"pl", "poniedziałek, 25 marca 2024 r., godz. 10:05", "2024-03-25T10:05"},
    {"tr", "25 Mart 2024 Pazartesi 10:05", "2024-03-25T10:05"},
    {"id", "Senin, 25 Maret 2024 10:05", "2024-03-25T10:05"},
    {"cs", "pondělí 25. března 2024 v 10:05", "2024-03-25T10:05"},
    {"vi", "Thứ Hai, ngày 25 tháng 3 năm 2024 lúc 10:05", "2024-03-25T10:05"},
    {"uk", "понеділок, 25 березня 2024 р. о 10:05", "2024-03-25T10:05"},
    {"ko", "2024년 3월 25일 (월) 오전 10:05", "2024-03-25T10:05"},
};

// English dates of the same shapes: weekday, day, month name, year, time.
const Sample kEnglish[] = {
    {"en", "Monday, March 25, 2024 10:05", "2024-03-25T10:05"},
    {"en", "Monday, 25 March 2024 at 10:05", "2024-03-25T10:05"},
    {"en", "25 March 2024 10:05", "2024-03-25T10:05"},
    {"en", "Mon, 25 Mar 2024 10:05", "2024-03-25T10:05"},
};

bool Check(const Sample& sample) {
  const absl::StatusOr<lede::DateTime> date = lede::ParseDate(sample.text);
  return date.ok() && date->FormatIso8601() == sample.iso;
}

void BM_ParseDateLanguage(benchmark::State& state, int index) {
  const Sample& sample = kForeign[index];
  const std::string text = sample.text;
  if (!Check(sample)) {
    state.SkipWithError("lede gave the wrong result");
    return;
  }
  const std::uint64_t before = lede_testing::AllocationCount();
  for (auto _ : state) {
    absl::StatusOr<lede::DateTime> date = lede::ParseDate(text);
    benchmark::DoNotOptimize(date);
  }
  state.counters["allocs_per_call"] = benchmark::Counter(
      static_cast<double>(lede_testing::AllocationCount() - before) /
      static_cast<double>(state.iterations()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

void BM_DateLanguageTurns(benchmark::State& state) {
  using Clock = std::chrono::steady_clock;
  constexpr int kRounds = 16;
  std::vector<std::string> english;
  std::vector<std::string> foreign;
  for (const Sample& s : kEnglish) {
    if (!Check(s)) {
      state.SkipWithError("lede gave the wrong result for an English date");
      return;
    }
    english.emplace_back(s.text);
  }
  for (const Sample& s : kForeign) {
    if (!Check(s)) {
      state.SkipWithError("lede gave the wrong result for a foreign date");
      return;
    }
    foreign.emplace_back(s.text);
  }
  Clock::duration english_time{};
  Clock::duration foreign_time{};
  std::int64_t english_dates = 0;
  std::int64_t foreign_dates = 0;
  bool english_first = true;
  const std::uint64_t before = lede_testing::AllocationCount();
  for (auto _ : state) {
    for (int turn = 0; turn < 2; ++turn) {
      const bool run_english = (turn == 0) == english_first;
      const std::vector<std::string>& texts = run_english ? english : foreign;
      const Clock::time_point start = Clock::now();
      for (int round = 0; round < kRounds; ++round) {
        for (const std::string& text : texts) {
          absl::StatusOr<lede::DateTime> date = lede::ParseDate(text);
          benchmark::DoNotOptimize(date);
        }
      }
      const Clock::duration spent = Clock::now() - start;
      const auto count = static_cast<std::int64_t>(texts.size()) * kRounds;
      if (run_english) {
        english_time += spent;
        english_dates += count;
      } else {
        foreign_time += spent;
        foreign_dates += count;
      }
    }
    english_first = !english_first;
  }
  const double calls = static_cast<double>(english_dates + foreign_dates);
  const double english_ns =
      std::chrono::duration<double, std::nano>(english_time).count() /
      static_cast<double>(english_dates);
  const double foreign_ns =
      std::chrono::duration<double, std::nano>(foreign_time).count() /
      static_cast<double>(foreign_dates);
  state.counters["english_ns"] = english_ns;
  state.counters["foreign_ns"] = foreign_ns;
  state.counters["vs_english"] = foreign_ns / english_ns;
  state.counters["allocs_per_call"] =
      static_cast<double>(lede_testing::AllocationCount() - before) / calls;
  state.SetItemsProcessed(english_dates + foreign_dates);
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 0; i < static_cast<int>(sizeof(kForeign) / sizeof(kForeign[0]));
       ++i) {
    benchmark::RegisterBenchmark(
        (std::string("BM_ParseDateLanguage/") + kForeign[i].code).c_str(),
        BM_ParseDateLanguage, i);
  }
  benchmark::RegisterBenchmark("BM_DateLanguageTurns", BM_DateLanguageTurns);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
