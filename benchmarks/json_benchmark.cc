// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// JsonWriter and TableWriter over the benchmark corpus: the articles are
// parsed once, outside the timed loop, into owning Articles; the loop writes
// each one's JSON (or flat record) into one reused string with one reused
// writer, as `lede parse` does. Bytes are the bytes written; the input bytes
// are reported as a counter too, the figure to compare writers by.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "benchmark/benchmark.h"
#include "corpus.h"
#include "lede/article.h"
#include "lede/json.h"
#include "lede/table.h"

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

std::vector<const lede::Article*> CorpusPointers();

// Checks, before anything is timed, that the writer writes an object.
bool LooksLikeJson(const std::string& out) {
  return out.size() > 2 && out.front() == '{' &&
         out.find("\"source\"") != std::string::npos && out.back() == '}' &&
         out.find("\"warnings\":") != std::string::npos;
}

// Runs `write(view, &out)` over `articles`; `check(out)` must hold first.
template <typename Write, typename Check>
void RunWriter(benchmark::State& state,
               const std::vector<const lede::Article*>& articles, Write write,
               Check check) {
  std::string out;
  std::size_t input_bytes = 0;
  for (const lede::Article* article : articles) {
    out.clear();
    write(article->view(), &out);
    if (!check(out)) {
      state.SkipWithError("the writer did not write what it should");
      return;
    }
    input_bytes += article->view().input.size();
  }
  std::int64_t written_bytes = 0;
  for (auto _ : state) {
    for (const lede::Article* article : articles) {
      out.clear();  // reused: no allocation once it has grown
      write(article->view(), &out);
      written_bytes += static_cast<std::int64_t>(out.size());
      benchmark::DoNotOptimize(out.data());
    }
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(written_bytes);
  state.SetItemsProcessed(state.iterations() *
                          static_cast<std::int64_t>(articles.size()));
  state.counters["input_bytes_per_second"] =
      benchmark::Counter(static_cast<double>(input_bytes) *
                             static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate);
}

void RunToJson(benchmark::State& state,
               const std::vector<const lede::Article*>& articles,
               const lede::JsonOptions& options) {
  lede::JsonWriter writer(options);
  RunWriter(
      state, articles,
      [&writer](const lede::ArticleView& view, std::string* out) {
        writer.Write(view, out);
      },
      LooksLikeJson);
}

void RunTable(benchmark::State& state, lede::TableFormat format,
              std::vector<lede::TableField> fields) {
  lede::TableOptions options;
  options.format = format;
  options.fields = std::move(fields);
  lede::TableWriter writer(options);
  RunWriter(
      state, CorpusPointers(),
      [&writer](const lede::ArticleView& view, std::string* out) {
        writer.Write(view, "corpus/000123.txt", out);
      },
      [](const std::string& out) {
        return out.size() > 2 && out.back() == '\n' &&
               out.find("corpus/000123.txt") != std::string::npos;
      });
}

std::vector<lede::TableField> AllTableFields() {
  std::vector<lede::TableField> fields;
  for (int i = 0; i < lede::kTableFieldCount; ++i) {
    fields.push_back(static_cast<lede::TableField>(i));
  }
  return fields;
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

void BM_ToJsonProse(benchmark::State& state) {
  lede::JsonOptions options;
  options.source = "corpus/000123.txt";
  options.prose = true;
  RunToJson(state, CorpusPointers(), options);
}
BENCHMARK(BM_ToJsonProse);

// The convenience function, which makes a writer (and its scratch) a call.
void BM_ToJsonConvenience(benchmark::State& state) {
  lede::JsonOptions options;
  options.source = "corpus/000123.txt";
  RunWriter(
      state, CorpusPointers(),
      [&options](const lede::ArticleView& view, std::string* out) {
        lede::ToJson(view, options, out);
      },
      LooksLikeJson);
}
BENCHMARK(BM_ToJsonConvenience);

void BM_TableCsv(benchmark::State& state) {
  RunTable(state, lede::TableFormat::kCsv, lede::DefaultTableFields());
}
BENCHMARK(BM_TableCsv);

void BM_TableCsvAllFields(benchmark::State& state) {
  RunTable(state, lede::TableFormat::kCsv, AllTableFields());
}
BENCHMARK(BM_TableCsvAllFields);

void BM_TableTsv(benchmark::State& state) {
  RunTable(state, lede::TableFormat::kTsv, lede::DefaultTableFields());
}
BENCHMARK(BM_TableTsv);

void BM_TableJsonLines(benchmark::State& state) {
  RunTable(state, lede::TableFormat::kJsonLines, lede::DefaultTableFields());
}
BENCHMARK(BM_TableJsonLines);

}  // namespace

BENCHMARK_MAIN();
