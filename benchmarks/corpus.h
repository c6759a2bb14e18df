// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A deterministic corpus of generated articles for the benchmarks: every
// header style the parser knows, 2-8 sections, paragraphs of 40-250 words,
// some CRLF, some Markdown, a few with non-ASCII text; and the Markdown twin of
// each article (the same text with "##" headings) for the Markdown peers.
// The same seed always gives the same bytes.

#ifndef LEDE_BENCHMARKS_CORPUS_H_
#define LEDE_BENCHMARKS_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede_bench {

// GeneratedArticle
//
// One article: `text` as lede reads it, `markdown` its Markdown twin.
struct GeneratedArticle {
  std::string text;
  std::string markdown;
};

// MakeArticle()
//
// Returns article number `index` of the corpus seeded with `seed`.
GeneratedArticle MakeArticle(std::uint64_t seed, std::size_t index);

// Corpus
//
// Articles laid end to end in one buffer each (so a benchmark walks real
// memory, not a cache-resident string), with the byte range of each.
struct Corpus {
  std::string text;
  std::string markdown;
  std::vector<std::size_t> text_ends;      // article i is [end(i-1), end(i))
  std::vector<std::size_t> markdown_ends;  // likewise in `markdown`

  std::size_t size() const { return text_ends.size(); }
  std::string_view Text(std::size_t i) const;
  std::string_view Markdown(std::size_t i) const;
};

// MakeCorpus()
//
// Returns articles from index 0 on until `text` holds at least
// `target_bytes` (at least one article).
Corpus MakeCorpus(std::size_t target_bytes, std::uint64_t seed = 2024);

// Dates in each format family the date parser knows, for the date benchmarks.
// `family` is one of "iso_date", "iso_datetime", "rfc2822", "written",
// "numeric"; returns `count` strings.
std::vector<std::string> MakeDates(std::string_view family, std::size_t count,
                                   std::uint64_t seed = 2024);

}  // namespace lede_bench

#endif  // LEDE_BENCHMARKS_CORPUS_H_
