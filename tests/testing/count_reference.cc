// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "tests/testing/count_reference.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "src/internal/text/count.h"
#include "src/internal/text/count_rules.h"
#include "src/internal/text/cpu.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace {

constexpr std::size_t kNone = ~std::size_t{0};

}  // namespace

TextCounts CountTextScalar(std::string_view text, bool count_sentences) {
  TextCounts counts;
  const char* begin = text.data();
  const char* end = begin + text.size();
  // The word status, joiner and digit status of the last two bytes.
  bool word1 = false, word2 = false, joiner1 = false, numsep1 = false;
  bool digit1 = false, digit2 = false;
  std::size_t last_word = kNone;
  std::size_t last_end = kNone;
  for (const char* p = begin; p < end;) {
    const std::size_t at = static_cast<std::size_t>(p - begin);
    const std::uint16_t cls = ByteClass(*p);
    std::uint32_t length = 1;
    bool word = false;
    bool digit = false;
    if (!(cls & kByteHigh)) {
      word = (cls & kByteAlnum) != 0;
      digit = (cls & kByteDigit) != 0;
      if (count_sentences && (cls & kByteStop) && IsSentenceEndAt(text, at)) {
        ++counts.sentences;
        last_end = at;
      }
    } else {
      const Utf8Char c = DecodeUtf8(p, end);
      length = c.length;
      switch (ActionFor(c, p, begin, end)) {
        case CharAction::kKeepWord:
          word = true;
          break;
        case CharAction::kClearWord:
          break;
        case CharAction::kCjkWord:
          ++counts.words;
          ++counts.cjk_characters;
          last_word = at;
          break;
        case CharAction::kCjkSentenceEnd:
          if (count_sentences) {
            ++counts.sentences;
            last_end = at;
          }
          break;
      }
    }
    const bool joined = (joiner1 && word2) || (numsep1 && digit2 && digit);
    if (word && !word1 && !joined) {
      ++counts.words;
      last_word = at;
    }
    // Advance the two-byte history over every byte of the character.
    for (std::uint32_t k = 0; k < length; ++k) {
      word2 = word1;
      digit2 = digit1;
      word1 = word;
      digit1 = digit;
      joiner1 = length == 1 && IsAsciiJoiner(*p);
      numsep1 = length == 1 && IsNumberSeparator(*p);
    }
    p += length;
  }
  if (count_sentences && counts.words > 0 &&
      (last_end == kNone || (last_word != kNone && last_word > last_end))) {
    ++counts.sentences;
  }
  return counts;
}

std::vector<TextCounts> CountTextWithEveryIsa(std::string_view text,
                                              bool count_sentences,
                                              std::string_view buffer) {
  std::vector<TextCounts> counts;
  for (Isa isa : SupportedIsas()) {
    const ScopedIsaForTesting scoped(isa);
    counts.push_back(CountText(text, count_sentences, buffer));
  }
  return counts;
}

}  // namespace internal
}  // namespace lede
