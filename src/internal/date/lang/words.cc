// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/date/lang/words.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "src/internal/text/text_class.h"

namespace lede {
namespace internal {
namespace lang {
namespace {

#include "src/internal/date/lang/words_data.inc"

std::uint32_t Fnv1a(std::string_view bytes) {
  std::uint32_t h = 2166136261u;
  for (const char c : bytes) {
    h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  return h;
}

// Writes `c` as UTF-8 at `out`; returns its length.
std::size_t EncodeUtf8(std::uint32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

}  // namespace

int WordMeanings::Value(WordKind kind, int language) const {
  for (int i = 0; i < count; ++i) {
    if (begin[i].kind == kind && ((begin[i].languages >> language) & 1u)) {
      return begin[i].value;
    }
  }
  return -1;
}

std::uint32_t FoldCodePoint(std::uint32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c < 0x100) {
    return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
  }
  if (c < 0x180) {  // Latin Extended-A: pairs, with a few exceptions
    if (c == 0x130) return 'i';
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    if (c == 0x178) return 0xFF;
    const bool odd_upper =
        (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_upper) return (c & 1u) ? c + 1 : c;
    return (c & 1u) ? c : c + 1;
  }
  if (c == 0x1A0 || c == 0x1AF) return c + 1;  // Ơ, Ư (Vietnamese)
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
  if (c >= 0x386 && c <= 0x38F) {
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    return c;
  }
  if (c >= 0x410 && c <= 0x42F) return c + 32;  // Cyrillic А..Я
  if (c >= 0x400 && c <= 0x40F) return c + 80;  // Ѐ..Џ (Ё, Є, І, Ї)
  if (c >= 0x460 && c <= 0x4FF && c != 0x482 && !(c >= 0x483 && c <= 0x489)) {
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1u) ? c + 1 : c;
    if (c == 0x4C0) return 0x4CF;
    return (c & 1u) ? c : c + 1;  // Ґ, and the other pairs
  }
  if (c >= 0x1E00 && c <= 0x1EFF && !(c >= 0x1E96 && c <= 0x1E9F)) {
    return (c & 1u) ? c : c + 1;  // Latin Extended Additional (Vietnamese)
  }
  if (c >= 0xFF21 && c <= 0xFF3A) return c - 0xFF21 + 'a';  // full-width A..Z
  if (c >= 0xFF41 && c <= 0xFF5A) return c - 0xFF41 + 'a';
  return c;
}

bool FoldWord(std::string_view text, char* out, std::size_t* length) {
  const char* p = text.data();
  const char* const end = p + text.size();
  std::size_t n = *length;
  while (p < end) {
    const unsigned char b = static_cast<unsigned char>(*p);
    if (b < 0x80) {
      if (n >= kMaxFoldedWord) return false;
      out[n++] = AsciiLower(*p);
      ++p;
      continue;
    }
    const Utf8Char ch = DecodeUtf8(p, end);
    if (!ch.valid || n + 4 > kMaxFoldedWord) return false;
    n += EncodeUtf8(FoldCodePoint(ch.code_point), out + n);
    p += ch.length;
  }
  *length = n;
  return true;
}

WordMeanings LookUpWord(std::string_view folded) {
  constexpr std::uint32_t kMask = kWordSlotCount - 1;
  static_assert((kWordSlotCount & kMask) == 0, "slots must be a power of 2");
  for (std::uint32_t h = Fnv1a(folded) & kMask;; h = (h + 1) & kMask) {
    const std::uint16_t slot = kWordSlots[h];
    if (slot == 0) return {};
    const WordEntry& entry = kWords[slot - 1];
    if (entry.length == folded.size() &&
        std::string_view(kWordText + entry.offset, entry.length) == folded) {
      return {kWordMeanings + entry.first, entry.count};
    }
  }
}

}  // namespace lang
}  // namespace internal
}  // namespace lede
