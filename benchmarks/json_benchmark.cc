// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// ToJson() over the benchmark corpus: the articles are parsed once, outside
// the timed loop, into owning Articles; the loop writes each one's JSON into
// one reused string, as `lede parse` does. Bytes are the JSON bytes written;
// the input bytes are reported as a counter too.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "benchmark/benchmark.h"
#include "corpus.h"
#include "lede/article.h"
#include "lede/json.h"

namespace {

const std::vector<lede::Article>& CorpusArticles() {
  static const std::vector<lede::Article>* const articles = [] {
    const lede_bench::Corpus corpus =
        lede_bench::MakeCorpus(std::size_t{4} << 20);
    auto* result = new std::vector<lede::Article>();
    result->reserve(corpus.size());
    lede::ArticleParser parser;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      absl::StatusOr<lede::ArticleView> view = parser.Parse(corpus.Text(i));
      if (view.ok()) result->emplace_back(*view);
    }
    return result;
  }();
  return *articles;
}

// An article full of what the escaper works hardest on: quotes, control
// characters, multi-byte UTF-8 and invalid bytes.
const lede::Article& EscapeHeavyArticle() {
  static const lede::Article* const article = [] {
    std::string text =
        "---\ntitle: \"Caf\xC3\xA9 \\\"quotes\\\" \xE6\x9D\xB1\xE4\xBA\xAC\"\n"
        "date: 2024-03-25T10:05:30+09:00\ntags: [a, \"b c\", d\xC3\xA9]\n"
        "---\n\n";
    for (int i = 0; i < 200; ++i) {
      text +=
          "A \"quoted\" line\twith tabs, \\backslashes\\, caf\xC3\xA9, "
          "\xE6\x9D\xB1\xE4\xBA\xAC, \xF0\x9F\x98\x80 and a bad \xFF byte.";
      text += (i % 4 == 3) ? "\n\n" : "\n";
    }
    static const std::string* const input = new std::string(text);
    lede::ArticleParser parser;
    absl::StatusOr<lede::ArticleView> view = parser.Parse(*input);
    return new lede::Article(*view);
  }();
  return *article;
}

// Checks, before anything is timed, that ToJson writes an object.
bool LooksLikeJson(const std::string& out) {
  return out.size() > 2 && out.front() == '{' &&
         out.find("\"source\"") != std::string::npos && out.back() == '}' &&
         out.find("\"warnings\":") != std::string::npos;
}

void RunToJson(benchmark::State& state,
               const std::vector<const lede::Article*>& articles,
               const lede::JsonOptions& options) {
  std::string out;
  std::size_t input_bytes = 0;
  for (const lede::Article* article : articles) {
    out.clear();
    lede::ToJson(article->view(), options, &out);
    if (!LooksLikeJson(out)) {
      state.SkipWithError("ToJson did not write a JSON object");
      return;
    }
    input_bytes += article->view().input.size();
  }
  std::int64_t json_bytes = 0;
  for (auto _ : state) {
    for (const lede::Article* article : articles) {
      out.clear();  // reused: no allocation once it has grown
      lede::ToJson(article->view(), options, &out);
      json_bytes += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out.data());
    }
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(json_bytes);
  state.SetItemsProcessed(state.iterations() *
                          static_cast<std::int64_t>(articles.size()));
  state.counters["input_bytes_per_second"] =
      benchmark::Counter(static_cast<double>(input_bytes) *
                             static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

std::vector<const lede::Article*> CorpusPointers() {
  std::vector<const lede::Article*> pointers;
  for (const lede::Article& article : CorpusArticles()) {
    pointers.push_back(&article);
  }
  return pointers;
}

void BM_ToJson(benchmark::State& state) {
  lede::JsonOptions options;
  options.source = "corpus/000123.txt";
  RunToJson(state, CorpusPointers(), options);
}
BENCHMARK(BM_ToJson);

void BM_ToJsonNoText(benchmark::State& state) {
  lede::JsonOptions options;
  options.source = "corpus/000123.txt";
  options.include_text = false;
  RunToJson(state, CorpusPointers(), options);
}
BENCHMARK(BM_ToJsonNoText);

void BM_ToJsonPretty(benchmark::State& state) {
  lede::JsonOptions options;
  options.source = "corpus/000123.txt";
  options.pretty = true;
  RunToJson(state, CorpusPointers(), options);
}
BENCHMARK(BM_ToJsonPretty);

void BM_ToJsonEscapeHeavy(benchmark::State& state) {
  lede::JsonOptions options;
  RunToJson(state, {&EscapeHeavyArticle()}, options);
}
BENCHMARK(BM_ToJsonEscapeHeavy);

}  // namespace

BENCHMARK_MAIN();
