// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// make_corpus: writes the benchmark corpus to disk, for the CLI benchmark and
// for anyone who wants to see what the benchmarks parse.
//
//   make_corpus --dir DIR --articles N [--seed S] [--markdown]
//       writes N files DIR/000000.txt ... (or .md twins with --markdown)
//   make_corpus --bytes N [--seed S] [--markdown]
//       writes at least N bytes of articles, end to end, to stdout

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "corpus.h"

int main(int argc, char** argv) {
  std::string dir;
  std::size_t articles = 0;
  std::size_t bytes = 0;
  std::uint64_t seed = 2024;
  bool markdown = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--dir" && has_value) {
      dir = argv[++i];
    } else if (arg == "--articles" && has_value) {
      articles = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--bytes" && has_value) {
      bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--seed" && has_value) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--markdown") {
      markdown = true;
    } else {
      std::fprintf(stderr,
                   "usage: make_corpus (--dir DIR --articles N | --bytes N) "
                   "[--seed S] [--markdown]\n");
      return 2;
    }
  }
  if (!dir.empty()) {
    for (std::size_t i = 0; i < articles; ++i) {
      lede_bench::GeneratedArticle article = lede_bench::MakeArticle(seed, i);
      const std::string& text = markdown ? article.markdown : article.text;
      char name[64];
      std::snprintf(name, sizeof name, "/%06zu.%s", i, markdown ? "md" : "txt");
      const std::string path = dir + name;
      std::FILE* f = std::fopen(path.c_str(), "wb");
      if (f == nullptr) {
        std::fprintf(stderr, "make_corpus: %s: %s\n", path.c_str(),
                     std::strerror(errno));
        return 1;
      }
      std::fwrite(text.data(), 1, text.size(), f);
      std::fclose(f);
    }
    return 0;
  }
  if (bytes == 0) {
    std::fprintf(stderr,
                 "make_corpus: give --dir and --articles, or --bytes\n");
    return 2;
  }
  lede_bench::Corpus corpus = lede_bench::MakeCorpus(bytes, seed);
  const std::string& out = markdown ? corpus.markdown : corpus.text;
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
