// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A reused parser does not allocate in the steady state: this binary counts
// allocations (tests/testing/allocation_counter.h), parses every body fixture
// once to grow the parser's buffers, then parses them all again and expects
// no allocation at all.

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "lede/article.h"
#include "src/internal/body/body.h"
#include "src/internal/parse_state.h"
#include "tests/testing/allocation_counter.h"

namespace lede {
namespace {

std::vector<std::string> Fixtures() {
  std::vector<std::string> texts;
  for (const auto& entry :
       std::filesystem::directory_iterator(LEDE_TESTDATA_DIR "/body")) {
    std::ifstream file(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << file.rdbuf();
    texts.push_back(buffer.str());
    // The same text with CRLF line endings and with a BOM.
    std::string crlf;
    for (char c : texts.back()) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    texts.push_back(crlf);
    texts.push_back("\xEF\xBB\xBF" + texts[texts.size() - 2]);
  }
  texts.push_back(std::string("bad \xC0\x80 bytes\0 here\r\nand\rthere", 28));
  return texts;
}

// Counts the allocations made while it is alive.
class CountAllocations {
 public:
  std::uint64_t count() const {
    return lede_testing::AllocationCount() - before_;
  }

 private:
  std::uint64_t before_ = lede_testing::AllocationCount();
};

TEST(BodyAllocationTest, ReusedParserDoesNotAllocate) {
  const std::vector<std::string> texts = Fixtures();
  ASSERT_GE(texts.size(), 10u);
  ArticleParser parser;
  for (const std::string& text : texts) ASSERT_TRUE(parser.Parse(text).ok());
  std::size_t sections = 0;
  std::uint64_t count = 0;
  {
    CountAllocations counter;
    for (const std::string& text : texts) {
      absl::StatusOr<ArticleView> view = parser.Parse(text);
      if (view.ok()) sections += view->sections.size();
    }
    count = counter.count();
  }
  EXPECT_GT(sections, 0u);
  EXPECT_EQ(count, 0u);
}

TEST(BodyAllocationTest, BodyAloneDoesNotAllocateOnceGrown) {
  const std::vector<std::string> texts = Fixtures();
  internal::ParseState state{ParseOptions()};
  const auto parse = [&state](const std::string& text) {
    state.Reset(text);
    internal::ScanText(&state);
    internal::ParseBody(&state);
    state.Finish();
  };
  for (const std::string& text : texts) parse(text);
  std::uint64_t count = 0;
  {
    CountAllocations counter;
    for (const std::string& text : texts) parse(text);
    count = counter.count();
  }
  EXPECT_EQ(count, 0u);
}

TEST(BodyAllocationTest, CounterSeesAllocations) {
  std::uint64_t count = 0;
  {
    CountAllocations counter;
    // Through a volatile pointer, so that the optimiser cannot elide the
    // pair (it may still fold the vector's own buffer away).
    std::vector<int>* volatile v = new std::vector<int>(10);
    delete v;
    count = counter.count();
  }
  EXPECT_GE(count, 1u);
}

}  // namespace
}  // namespace lede
