// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ArticleParser::Parse() on one article per header style, built in this
// file: a header (inline date line, key-value block, YAML, TOML, date lines,
// or none) and a short body. A reused parser, through the public API, as a
// caller parses a stream of articles; each input is parsed and checked once
// before timing. Reports bytes/s, articles/s and allocs_per_article, counted
// by tests/testing/allocation_counter.h: a reused parser must not allocate.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>

#include "benchmark/benchmark.h"
#include "lede/article.h"
#include "tests/testing/allocation_counter.h"

namespace {

constexpr std::string_view kBody =
    "Crews began work on the harbour wall on Monday, the council said, after "
    "a winter of storms left the northern stretch cracked.\n\n"
    "The repairs will take six weeks. Boats will use the southern berths "
    "until the work is done, and the ferry keeps its timetable.\n\n"
    "Residents asked for a second meeting in April.\n";

std::string InlineDateArticle() {
  return " date 2024-03-25 Following a winter of storms, the town council "
         "agreed a repair plan for the harbour wall.\n\n" +
         std::string(kBody);
}

std::string KeyValueArticle() {
  return "Title: Harbour Wall Repairs Begin\n"
         "Date: March 25, 2024 10:05 AM\n"
         "Updated: 2024-03-26T08:00:00Z\n"
         "Author: Jane Doe, Staff Reporter\n"
         "Tags: harbour, council, weather, repairs\n"
         "Source: Example Gazette\n"
         "URL: https://example.invalid/harbour-wall\n"
         "Summary: The council agreed a plan\n"
         "  to fix the sea wall before winter.\n\n" +
         std::string(kBody);
}

std::string YamlArticle() {
  return "---\n"
         "title: \"Harbour \\\"Wall\\\" Repairs Begin\"\n"
         "date: 2024-03-25T10:05:30+09:00\n"
         "lastmod: '2024-03-26'\n"
         "author: Jane Doe\n"
         "tags: [harbour, \"council\", weather]\n"
         "categories:\n  - News\n  - Local\n"
         "description: A plan to fix the wall before winter.\n"
         "draft: false\n"
         "params:\n  featured: true\n"
         "---\n\n" +
         std::string(kBody);
}

std::string TomlArticle() {
  return "+++\n"
         "title = \"Harbour Wall Repairs Begin\"\n"
         "date = 2024-03-25T10:05:30Z\n"
         "lastmod = 2024-03-26\n"
         "author = 'Jane Doe'\n"
         "tags = [\"harbour\", \"council\", 'weather']\n"
         "summary = \"A plan to fix\\tthe wall.\"\n"
         "draft = false\n\n"
         "[params]\nfeatured = true\n"
         "+++\n\n" +
         std::string(kBody);
}

std::string DateLinesArticle() {
  return "# Harbour Wall Repairs Begin\n"
         "By Jane Doe and John Roe\n"
         "Published: March 25, 2024\n"
         "Updated March 26, 2024\n\n" +
         std::string(kBody);
}

std::string NoHeaderArticle() {
  return "Harbour Wall Repairs Begin\n\n" + std::string(kBody);
}

void RunParse(benchmark::State& state, const std::string& text,
              lede::HeaderStyle style) {
  lede::ArticleParser parser;
  {
    absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
    if (!view.ok() || view->header_style != style ||
        (style != lede::HeaderStyle::kNone && !view->date)) {
      state.SkipWithError("the header was not read as expected");
      return;
    }
  }
  const std::uint64_t before = lede_testing::AllocationCount();
  for (auto _ : state) {
    absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
    benchmark::DoNotOptimize(view);
  }
  const std::uint64_t allocations = lede_testing::AllocationCount() - before;
  const auto iterations = static_cast<std::int64_t>(state.iterations());
  state.SetBytesProcessed(iterations * static_cast<std::int64_t>(text.size()));
  state.SetItemsProcessed(iterations);
  state.counters["allocs_per_article"] =
      benchmark::Counter(static_cast<double>(allocations) /
                         static_cast<double>(iterations > 0 ? iterations : 1));
}

void BM_ParseHeaderInlineDate(benchmark::State& state) {
  RunParse(state, InlineDateArticle(), lede::HeaderStyle::kInlineDate);
}
BENCHMARK(BM_ParseHeaderInlineDate);

void BM_ParseHeaderKeyValue(benchmark::State& state) {
  RunParse(state, KeyValueArticle(), lede::HeaderStyle::kKeyValue);
}
BENCHMARK(BM_ParseHeaderKeyValue);

void BM_ParseHeaderYaml(benchmark::State& state) {
  RunParse(state, YamlArticle(), lede::HeaderStyle::kYaml);
}
BENCHMARK(BM_ParseHeaderYaml);

void BM_ParseHeaderToml(benchmark::State& state) {
  RunParse(state, TomlArticle(), lede::HeaderStyle::kToml);
}
BENCHMARK(BM_ParseHeaderToml);

void BM_ParseHeaderDateLines(benchmark::State& state) {
  RunParse(state, DateLinesArticle(), lede::HeaderStyle::kDateLines);
}
BENCHMARK(BM_ParseHeaderDateLines);

void BM_ParseHeaderNone(benchmark::State& state) {
  RunParse(state, NoHeaderArticle(), lede::HeaderStyle::kNone);
}
BENCHMARK(BM_ParseHeaderNone);

}  // namespace

BENCHMARK_MAIN();
