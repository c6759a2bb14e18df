// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A reused parser does not allocate in the steady state: this binary replaces
// the global operator new with one that counts, parses every body fixture
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
#include "src/internal/body.h"
#include "src/internal/parse_state.h"

namespace {

std::atomic<bool> counting{false};
std::atomic<std::size_t> allocations{0};

void* CountedAllocate(std::size_t size) {
  if (counting.load(std::memory_order_relaxed)) {
    allocations.fetch_add(1, std::memory_order_relaxed);
  }
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) std::abort();
  return p;
}

}  // namespace

void* operator new(std::size_t size) { return CountedAllocate(size); }
void* operator new[](std::size_t size) { return CountedAllocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

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

class CountAllocations {
 public:
  CountAllocations() {
    allocations = 0;
    counting = true;
  }
  ~CountAllocations() { counting = false; }
  std::size_t count() const { return allocations.load(); }
};

TEST(BodyAllocationTest, ReusedParserDoesNotAllocate) {
  const std::vector<std::string> texts = Fixtures();
  ASSERT_GE(texts.size(), 10u);
  ArticleParser parser;
  for (const std::string& text : texts) ASSERT_TRUE(parser.Parse(text).ok());
  std::size_t sections = 0;
  std::size_t count = 0;
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
  std::size_t count = 0;
  {
    CountAllocations counter;
    for (const std::string& text : texts) parse(text);
    count = counter.count();
  }
  EXPECT_EQ(count, 0u);
}

TEST(BodyAllocationTest, CounterSeesAllocations) {
  std::size_t count = 0;
  {
    CountAllocations counter;
    std::vector<int>* v = new std::vector<int>(10);
    delete v;
    count = counter.count();
  }
  EXPECT_EQ(count, 2u);
}

}  // namespace
}  // namespace lede
