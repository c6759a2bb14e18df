// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The article parser end to end, against the machine's limits and its peers,
// on the same bytes in the same run, so that ratios come out of one run:
//
//   BM_Memchr, BM_Memcpy          the ceiling: touching every byte once
//   BM_NaiveSplitter              a plain string-copying blank-line splitter
//   BM_ZeroCopySplitter           a plain zero-copy blank-line splitter
//   BM_Md4c, BM_Cmark             Markdown parsers over the Markdown twin
//   BM_ArticleParserParse         lede, reused parser (the zero-copy path)
//   BM_ArticleParserParseFresh    lede, a new parser per article
//   BM_LedeVsMd4c                 lede and md4c taking turns: their ratio
//   BM_ParseArticle               lede, owning results
//   BM_ArticleParserScaling/N     one document of N bytes, 1 KB to 64 MB
//   BM_ArticleParserScalingTurns  the same sizes taking turns: their ratio
//   BM_ArticleParserHostile/...   pathological inputs, per byte
//   BM_Md4cHostile/...            md4c over the same inputs, its yardstick
//
// Every benchmark reports bytes/s and items/s (articles); lede's also report
// allocs_per_article (tests/testing/allocation_counter.h). The corpus is
// LEDE_BENCH_CORPUS_MB megabytes (default 64) from benchmarks/corpus.h.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "corpus.h"
#include "lede/article.h"
#include "tests/testing/allocation_counter.h"

#if defined(LEDE_HAVE_MD4C)
#include <md4c.h>
#endif
#if defined(LEDE_HAVE_CMARK)
#include <cmark.h>
#endif

namespace {

const lede_bench::Corpus& BenchCorpus() {
  static const lede_bench::Corpus* corpus = [] {
    std::size_t megabytes = 64;
    if (const char* env = std::getenv("LEDE_BENCH_CORPUS_MB")) {
      megabytes = std::strtoull(env, nullptr, 10);
      if (megabytes == 0) megabytes = 1;
    }
    return new lede_bench::Corpus(lede_bench::MakeCorpus(megabytes << 20));
  }();
  return *corpus;
}

// The single article: the first one of at least 2.5 KB.
std::string_view SingleArticle() {
  const lede_bench::Corpus& corpus = BenchCorpus();
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    if (corpus.Text(i).size() >= 2500) return corpus.Text(i);
  }
  return corpus.Text(0);
}

void Report(benchmark::State& state, std::size_t bytes, std::size_t items) {
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(
      static_cast<std::int64_t>(state.iterations() * items));
}

void ReportAllocations(benchmark::State& state, std::uint64_t allocations,
                       std::size_t items_per_iteration) {
  const double articles = static_cast<double>(state.iterations()) *
                          static_cast<double>(items_per_iteration);
  state.counters["allocs_per_article"] =
      articles > 0 ? static_cast<double>(allocations) / articles : 0.0;
}

// ---- The ceiling
// ---------------------------------------------------------------

void BM_Memchr(benchmark::State& state) {
  const std::string& text = BenchCorpus().text;
  for (auto _ : state) {
    std::size_t lines = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p)))) {
      ++lines;
      ++p;
    }
    benchmark::DoNotOptimize(lines);
  }
  Report(state, text.size(), BenchCorpus().size());
}
BENCHMARK(BM_Memchr)->Unit(benchmark::kMillisecond);

void BM_Memcpy(benchmark::State& state) {
  const std::string& text = BenchCorpus().text;
  std::string copy(text.size(), '\0');
  for (auto _ : state) {
    std::memcpy(copy.data(), text.data(), text.size());
    benchmark::DoNotOptimize(copy.data());
    benchmark::ClobberMemory();
  }
  Report(state, text.size(), BenchCorpus().size());
}
BENCHMARK(BM_Memcpy)->Unit(benchmark::kMillisecond);

// ---- Plain splitters
// -------------------------------------------------------------

// Splits at blank lines, copying each block into its own string: what a
// quick script does.
std::size_t NaiveSplit(std::string_view text,
                       std::vector<std::string>* blocks) {
  blocks->clear();
  std::string current;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (!current.empty()) blocks->push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty()) current += '\n';
      current += line;
    }
    pos = end + 1;
  }
  if (!current.empty()) blocks->push_back(std::move(current));
  return blocks->size();
}

// Splits at blank lines into views: the least a splitter can do.
std::size_t ZeroCopySplit(std::string_view text,
                          std::vector<std::string_view>* blocks) {
  blocks->clear();
  std::size_t block_start = std::string_view::npos;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const void* nl = std::memchr(text.data() + pos, '\n', text.size() - pos);
    const std::size_t end = nl ? static_cast<std::size_t>(
                                     static_cast<const char*>(nl) - text.data())
                               : text.size();
    bool blank = true;
    for (std::size_t i = pos; i < end; ++i) {
      const char c = text[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        blank = false;
        break;
      }
    }
    if (blank) {
      if (block_start != std::string_view::npos) {
        blocks->push_back(text.substr(block_start, pos - block_start));
        block_start = std::string_view::npos;
      }
    } else if (block_start == std::string_view::npos) {
      block_start = pos;
    }
    pos = end + 1;
  }
  if (block_start != std::string_view::npos) {
    blocks->push_back(text.substr(block_start));
  }
  return blocks->size();
}

void BM_NaiveSplitter(benchmark::State& state) {
  const lede_bench::Corpus& corpus = BenchCorpus();
  std::vector<std::string> blocks;
  if (NaiveSplit(corpus.Text(0), &blocks) < 2) {
    state.SkipWithError("the naive splitter found too few blocks");
    return;
  }
  for (auto _ : state) {
    std::size_t total = 0;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      total += NaiveSplit(corpus.Text(i), &blocks);
    }
    benchmark::DoNotOptimize(total);
  }
  Report(state, corpus.text.size(), corpus.size());
}
BENCHMARK(BM_NaiveSplitter)->Unit(benchmark::kMillisecond);

void BM_ZeroCopySplitter(benchmark::State& state) {
  const lede_bench::Corpus& corpus = BenchCorpus();
  std::vector<std::string_view> blocks;
  if (ZeroCopySplit(corpus.Text(0), &blocks) < 2) {
    state.SkipWithError("the zero-copy splitter found too few blocks");
    return;
  }
  for (auto _ : state) {
    std::size_t total = 0;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      total += ZeroCopySplit(corpus.Text(i), &blocks);
    }
    benchmark::DoNotOptimize(total);
  }
  Report(state, corpus.text.size(), corpus.size());
}
BENCHMARK(BM_ZeroCopySplitter)->Unit(benchmark::kMillisecond);

// ---- Markdown peers over the Markdown twin
// ---------------------------------------

#if defined(LEDE_HAVE_MD4C)
int Md4cEnterBlock(MD_BLOCKTYPE, void*, void* user) {
  ++*static_cast<std::size_t*>(user);
  return 0;
}
int Md4cLeaveBlock(MD_BLOCKTYPE, void*, void*) { return 0; }
int Md4cSpan(MD_SPANTYPE, void*, void*) { return 0; }
int Md4cText(MD_TEXTTYPE, const MD_CHAR*, MD_SIZE, void*) { return 0; }

std::size_t Md4cParse(std::string_view text) {
  MD_PARSER parser = {};
  parser.abi_version = 0;
  parser.flags = MD_DIALECT_COMMONMARK;
  parser.enter_block = Md4cEnterBlock;
  parser.leave_block = Md4cLeaveBlock;
  parser.enter_span = Md4cSpan;
  parser.leave_span = Md4cSpan;
  parser.text = Md4cText;
  std::size_t blocks = 0;
  md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &blocks);
  return blocks;
}

void BM_Md4c(benchmark::State& state) {
  const lede_bench::Corpus& corpus = BenchCorpus();
  if (Md4cParse(corpus.Markdown(0)) < 2) {
    state.SkipWithError("md4c found too few blocks");
    return;
  }
  for (auto _ : state) {
    std::size_t total = 0;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      total += Md4cParse(corpus.Markdown(i));
    }
    benchmark::DoNotOptimize(total);
  }
  Report(state, corpus.markdown.size(), corpus.size());
}
BENCHMARK(BM_Md4c)->Unit(benchmark::kMillisecond);

// lede against md4c on the same articles, taking turns every kTurn articles
// and timing each side, so that a slow moment of a shared machine (they come
// and go over seconds here) falls on both alike. The counter lede_vs_md4c is
// lede's throughput over md4c's; the figure to quote for the ratio.
void BM_LedeVsMd4c(benchmark::State& state) {
  using Clock = std::chrono::steady_clock;
  constexpr std::size_t kTurn = 64;
  const lede_bench::Corpus& corpus = BenchCorpus();
  lede::ArticleParser parser;
  Clock::duration lede_time{};
  Clock::duration md4c_time{};
  bool lede_first = true;
  for (auto _ : state) {
    for (std::size_t begin = 0; begin < corpus.size(); begin += kTurn) {
      const std::size_t end = std::min(corpus.size(), begin + kTurn);
      // Each side goes first in every other turn.
      for (int side = 0; side < 2; ++side) {
        const Clock::time_point start = Clock::now();
        if ((side == 0) == lede_first) {
          for (std::size_t i = begin; i < end; ++i) {
            absl::StatusOr<lede::ArticleView> view =
                parser.Parse(corpus.Text(i));
            benchmark::DoNotOptimize(view->stats.words);
          }
          lede_time += Clock::now() - start;
        } else {
          std::size_t blocks = 0;
          for (std::size_t i = begin; i < end; ++i) {
            blocks += Md4cParse(corpus.Markdown(i));
          }
          benchmark::DoNotOptimize(blocks);
          md4c_time += Clock::now() - start;
        }
      }
      lede_first = !lede_first;
    }
  }
  const double lede_rate = static_cast<double>(corpus.text.size()) /
                           std::chrono::duration<double>(lede_time).count();
  const double md4c_rate = static_cast<double>(corpus.markdown.size()) /
                           std::chrono::duration<double>(md4c_time).count();
  state.counters["lede_vs_md4c"] = lede_rate / md4c_rate;
  Report(state, corpus.text.size() + corpus.markdown.size(), 2 * corpus.size());
}
BENCHMARK(BM_LedeVsMd4c)->Unit(benchmark::kMillisecond);
#endif

#if defined(LEDE_HAVE_CMARK)
void BM_Cmark(benchmark::State& state) {
  const lede_bench::Corpus& corpus = BenchCorpus();
  for (auto _ : state) {
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      const std::string_view text = corpus.Markdown(i);
      cmark_node* document =
          cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT);
      benchmark::DoNotOptimize(document);
      cmark_node_free(document);
    }
  }
  Report(state, corpus.markdown.size(), corpus.size());
}
BENCHMARK(BM_Cmark)->Unit(benchmark::kMillisecond);
#endif

// ---- lede
// ------------------------------------------------------------------------

// Checks, before timing, that lede read the article as it should: a date,
// sections, words.
bool LooksParsed(const lede::ArticleView& view) {
  return !view.sections.empty() && view.stats.words > 0;
}

void BM_ArticleParserParse(benchmark::State& state) {
  const lede_bench::Corpus& corpus = BenchCorpus();
  lede::ArticleParser parser;
  std::size_t dated = 0;
  for (std::size_t i = 0; i < corpus.size(); ++i) {  // warm up, and check
    absl::StatusOr<lede::ArticleView> view = parser.Parse(corpus.Text(i));
    if (!view.ok() || !LooksParsed(*view)) {
      state.SkipWithError("lede did not parse an article of the corpus");
      return;
    }
    dated += view->date.has_value();
  }
  state.counters["dated_share"] =
      static_cast<double>(dated) / static_cast<double>(corpus.size());
  const std::uint64_t allocations_before = lede_testing::AllocationCount();
  for (auto _ : state) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      absl::StatusOr<lede::ArticleView> view = parser.Parse(corpus.Text(i));
      words += view->stats.words;
    }
    benchmark::DoNotOptimize(words);
  }
  ReportAllocations(state, lede_testing::AllocationCount() - allocations_before,
                    corpus.size());
  Report(state, corpus.text.size(), corpus.size());
}
BENCHMARK(BM_ArticleParserParse)->Unit(benchmark::kMillisecond);

void BM_ArticleParserParseSingle(benchmark::State& state) {
  const std::string_view article = SingleArticle();
  lede::ArticleParser parser;
  absl::StatusOr<lede::ArticleView> check = parser.Parse(article);
  if (!check.ok() || !LooksParsed(*check)) {
    state.SkipWithError("lede did not parse the single article");
    return;
  }
  const std::uint64_t allocations_before = lede_testing::AllocationCount();
  for (auto _ : state) {
    absl::StatusOr<lede::ArticleView> view = parser.Parse(article);
    benchmark::DoNotOptimize(view->stats.words);
  }
  ReportAllocations(state, lede_testing::AllocationCount() - allocations_before,
                    1);
  Report(state, article.size(), 1);
}
BENCHMARK(BM_ArticleParserParseSingle);

void BM_ArticleParserParseFresh(benchmark::State& state) {
  const std::string_view article = SingleArticle();
  const std::uint64_t allocations_before = lede_testing::AllocationCount();
  for (auto _ : state) {
    lede::ArticleParser parser;
    absl::StatusOr<lede::ArticleView> view = parser.Parse(article);
    benchmark::DoNotOptimize(view->stats.words);
  }
  ReportAllocations(state, lede_testing::AllocationCount() - allocations_before,
                    1);
  Report(state, article.size(), 1);
}
BENCHMARK(BM_ArticleParserParseFresh);

void BM_ParseArticle(benchmark::State& state) {
  const std::string_view article = SingleArticle();
  const std::uint64_t allocations_before = lede_testing::AllocationCount();
  for (auto _ : state) {
    absl::StatusOr<lede::Article> owned = lede::ParseArticle(article);
    benchmark::DoNotOptimize(owned->view().stats.words);
  }
  ReportAllocations(state, lede_testing::AllocationCount() - allocations_before,
                    1);
  Report(state, article.size(), 1);
}
BENCHMARK(BM_ParseArticle);

// ---- Scaling: one document of N bytes
// ----------------------------------------------

// A single long article of about `bytes` bytes: the corpus's bodies joined
// under one header.
const std::string& LongDocument(std::size_t bytes) {
  // A map: its strings stay where they are as others are added.
  static std::map<std::size_t, std::string>* cache =
      new std::map<std::size_t, std::string>();
  if (const auto found = cache->find(bytes); found != cache->end()) {
    return found->second;
  }
  std::string text = "Date: March 25, 2024\nTitle: One Long Document\n\n";
  const lede_bench::Corpus& corpus = BenchCorpus();
  for (std::size_t i = 0; text.size() < bytes; i = (i + 1) % corpus.size()) {
    const lede_bench::GeneratedArticle article = lede_bench::MakeArticle(7, i);
    // The body starts after the first blank line, in LF or in CR LF (an
    // article in CR LF would otherwise bring its header along).
    const std::string& markdown = article.markdown;
    const std::size_t lf = markdown.find("\n\n");
    const std::size_t crlf = markdown.find("\r\n\r\n");
    const std::size_t body = crlf < lf                 ? crlf + 4
                             : lf == std::string::npos ? 0
                                                       : lf + 2;
    text.append(markdown, body);
  }
  text.resize(bytes);
  return cache->emplace(bytes, std::move(text)).first->second;
}

void BM_ArticleParserScaling(benchmark::State& state) {
  const std::string& text =
      LongDocument(static_cast<std::size_t>(state.range(0)));
  lede::ArticleParser parser;
  if (!parser.Parse(text).ok()) {
    state.SkipWithError("lede did not parse the long document");
    return;
  }
  for (auto _ : state) {
    absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
    benchmark::DoNotOptimize(view->stats.words);
  }
  Report(state, text.size(), 1);
}
BENCHMARK(BM_ArticleParserScaling)
    ->RangeMultiplier(16)
    ->Range(1 << 10, 64 << 20)
    ->Unit(benchmark::kMicrosecond);

// The same sweep with the sizes taking turns, the figure to quote for the
// ratio: each round parses every size for about the same number of bytes (a
// 1 KB document 16,384 times, the 64 MB one once), starting with the next
// size each round, and times each size; a slow moment of a shared machine
// (they last seconds here, longer than a round) then falls on every size
// alike, where the separate benchmarks above may each meet a different one.
// Counters: ns_per_byte_<size> and worst_over_best, the largest per-byte
// cost over the smallest.
void BM_ArticleParserScalingTurns(benchmark::State& state) {
  using Clock = std::chrono::steady_clock;
  constexpr std::size_t kSizes[] = {1 << 10, 4 << 10,  64 << 10,
                                    1 << 20, 16 << 20, 64 << 20};
  constexpr std::size_t kCount = sizeof(kSizes) / sizeof(kSizes[0]);
  constexpr std::size_t kRoundBytes = 16 << 20;
  const std::string* texts[kCount];
  std::size_t repeats[kCount];
  lede::ArticleParser parser;
  for (std::size_t i = 0; i < kCount; ++i) {
    texts[i] = &LongDocument(kSizes[i]);
    repeats[i] = std::max<std::size_t>(1, kRoundBytes / kSizes[i]);
    if (!parser.Parse(*texts[i]).ok()) {
      state.SkipWithError("lede did not parse a long document");
      return;
    }
  }
  Clock::duration times[kCount] = {};
  std::size_t bytes[kCount] = {};
  std::size_t first = 0;
  std::size_t total = 0;
  for (auto _ : state) {
    for (std::size_t turn = 0; turn < kCount; ++turn) {
      const std::size_t i = (first + turn) % kCount;
      const std::string& text = *texts[i];
      const Clock::time_point start = Clock::now();
      for (std::size_t r = 0; r < repeats[i]; ++r) {
        absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
        benchmark::DoNotOptimize(view->stats.words);
      }
      times[i] += Clock::now() - start;
      bytes[i] += repeats[i] * text.size();
      total += repeats[i] * text.size();
    }
    first = (first + 1) % kCount;
  }
  double best = 0;
  double worst = 0;
  for (std::size_t i = 0; i < kCount; ++i) {
    const double per_byte =
        std::chrono::duration<double, std::nano>(times[i]).count() /
        static_cast<double>(bytes[i]);
    state.counters["ns_per_byte_" + std::to_string(kSizes[i])] = per_byte;
    best = i == 0 ? per_byte : std::min(best, per_byte);
    worst = std::max(worst, per_byte);
  }
  state.counters["worst_over_best"] = worst / best;
  state.SetBytesProcessed(static_cast<std::int64_t>(total));
}
BENCHMARK(BM_ArticleParserScalingTurns)->Unit(benchmark::kMillisecond);

// ---- Hostile inputs, per byte
// --------------------------------------------------------

std::string Repeat(std::string_view piece, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + piece.size());
  while (out.size() < bytes) out.append(piece);
  return out;
}

const std::string& HostileInput(int kind) {
  static std::string* inputs[5] = {};
  constexpr std::size_t kBytes = 8 << 20;
  if (inputs[kind] == nullptr) {
    switch (kind) {
      case 0:  // one huge paragraph: no blank line, no line break
        inputs[kind] =
            new std::string(Repeat("word and another word, ", kBytes));
        break;
      case 1:  // thousands of headings
        inputs[kind] = new std::string(
            Repeat("## A Heading Here\n\nOne short paragraph.\n\n", kBytes));
        break;
      case 2:  // a huge key-value header
        inputs[kind] = new std::string(
            Repeat("X-Key: a value of the header\n", kBytes) + "\nBody.\n");
        break;
      case 3:  // a million blank lines and more
        inputs[kind] = new std::string(Repeat("\n", kBytes) + "Body.\n");
        break;
      default:  // plain-text headings, one-line blocks all the way
        inputs[kind] = new std::string(
            Repeat("A Heading Here\n\nOne short paragraph here.\n\n", kBytes));
        break;
    }
  }
  return *inputs[kind];
}

void BM_ArticleParserHostile(benchmark::State& state) {
  const std::string& text = HostileInput(static_cast<int>(state.range(0)));
  lede::ArticleParser parser;
  if (!parser.Parse(text).ok()) {
    state.SkipWithError("lede did not parse the hostile input");
    return;
  }
  for (auto _ : state) {
    absl::StatusOr<lede::ArticleView> view = parser.Parse(text);
    benchmark::DoNotOptimize(view->stats.words);
  }
  Report(state, text.size(), 1);
}
BENCHMARK(BM_ArticleParserHostile)
    ->ArgName("kind")
    ->DenseRange(0, 4)
    ->Unit(benchmark::kMillisecond);

#if defined(LEDE_HAVE_MD4C)
// md4c over the same hostile inputs (all of them are Markdown too): its own
// per-byte cost on them against its cost on the corpus's Markdown twin is
// the yardstick for lede's.
void BM_Md4cHostile(benchmark::State& state) {
  const std::string& text = HostileInput(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(Md4cParse(text));
  }
  Report(state, text.size(), 1);
}
BENCHMARK(BM_Md4cHostile)
    ->ArgName("kind")
    ->DenseRange(0, 4)
    ->Unit(benchmark::kMillisecond);
#endif

}  // namespace

BENCHMARK_MAIN();
