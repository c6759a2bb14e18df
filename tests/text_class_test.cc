// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Tests of the byte and character classes (src/internal/text/text_class.h).

#include "src/internal/text/text_class.h"

#include <cstddef>
#include <cstring>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace lede {
namespace internal {
namespace {

TEST(DecodeUtf8Test, NeverReadsPastTheEnd) {
  const std::string text = "\xE2\x82\xAC";
  EXPECT_TRUE(DecodeUtf8(text.data(), text.data() + 3).valid);
  const Utf8Char truncated = DecodeUtf8(text.data(), text.data() + 2);
  EXPECT_FALSE(truncated.valid);
  EXPECT_EQ(truncated.length, 2u);
}

TEST(FindLineEndTest, FindsLfAndCrPastSixteenBytes) {
  const std::string text = std::string(40, 'a') + "\r\nb";
  EXPECT_EQ(FindLineEnd(text.data(), text.data() + text.size()),
            text.data() + 40);
  EXPECT_EQ(FindLineEnd(text.data(), text.data() + 10), text.data() + 10);
}

}  // namespace
}  // namespace internal
}  // namespace lede
