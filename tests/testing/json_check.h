// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// A strict JSON validator (RFC 8259, UTF-8 checked) for tests and fuzzers, so
// they can prove ToJson's output is valid without an outside library.

#ifndef LEDE_TESTS_TESTING_JSON_CHECK_H_
#define LEDE_TESTS_TESTING_JSON_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lede_testing {

class JsonChecker {
 public:
  explicit JsonChecker(std::string_view text) : text_(text) {}

  // Returns an empty string when the text is exactly one JSON value
  // (surrounding white space allowed), else what is wrong and where.
  std::string Check() {
    SkipSpace();
    if (!Value(0)) return error_;
    SkipSpace();
    if (pos_ != text_.size()) return Fail("text after the value");
    return std::string();
  }

 private:
  static constexpr int kMaxDepth = 256;

  std::string Fail(const char* what) {
    if (error_.empty()) {
      error_ = std::string(what) + " at byte " + std::to_string(pos_);
    }
    return error_;
  }
  bool Failed(const char* what) {
    Fail(what);
    return false;
  }
  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' ||
            text_[pos_] == '\r')) {
      ++pos_;
    }
  }
  bool Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return Failed("bad literal");
    pos_ += word.size();
    return true;
  }
  bool Value(int depth) {
    if (depth > kMaxDepth) return Failed("nesting too deep");
    if (pos_ >= text_.size()) return Failed("value expected");
    switch (text_[pos_]) {
      case '{':
        return Object(depth);
      case '[':
        return Array(depth);
      case '"':
        return String();
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        return Number();
    }
  }
  bool Object(int depth) {
    ++pos_;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != '"') {
        return Failed("object key expected");
      }
      if (!String()) return false;
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != ':')
        return Failed("':' expected");
      ++pos_;
      SkipSpace();
      if (!Value(depth + 1)) return false;
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] == '}') return ++pos_, true;
      return Failed("',' or '}' expected");
    }
  }
  bool Array(int depth) {
    ++pos_;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
    while (true) {
      SkipSpace();
      if (!Value(depth + 1)) return false;
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (pos_ < text_.size() && text_[pos_] == ']') return ++pos_, true;
      return Failed("',' or ']' expected");
    }
  }
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  bool Number() {
    const std::size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '0') {
      ++pos_;
    } else if (pos_ < text_.size() && IsDigit(text_[pos_])) {
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    } else {
      return Failed("number expected");
    }
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      if (pos_ >= text_.size() || !IsDigit(text_[pos_]))
        return Failed("digit expected");
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-'))
        ++pos_;
      if (pos_ >= text_.size() || !IsDigit(text_[pos_]))
        return Failed("digit expected");
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    }
    return pos_ > start;
  }
  static int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex4(unsigned* value) {
    if (text_.size() - pos_ < 4) return Failed("\\u needs four hex digits");
    *value = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = HexValue(text_[pos_++]);
      if (digit < 0) return Failed("bad hex digit");
      *value = *value * 16 + static_cast<unsigned>(digit);
    }
    return true;
  }
  // One UTF-8 sequence starting at pos_, strictly (no overlongs, no
  // surrogates, at most U+10FFFF).
  bool Utf8() {
    const auto byte = [this](std::size_t i) {
      return static_cast<unsigned char>(text_[i]);
    };
    const unsigned char lead = byte(pos_);
    int extra;
    unsigned min;
    unsigned code;
    if (lead < 0x80) return ++pos_, true;
    if ((lead & 0xE0) == 0xC0) {
      extra = 1, min = 0x80, code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      extra = 2, min = 0x800, code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      extra = 3, min = 0x10000, code = lead & 0x07;
    } else {
      return Failed("invalid UTF-8 lead byte");
    }
    if (text_.size() - pos_ <= static_cast<std::size_t>(extra)) {
      return Failed("truncated UTF-8");
    }
    for (int i = 1; i <= extra; ++i) {
      const unsigned char c = byte(pos_ + static_cast<std::size_t>(i));
      if ((c & 0xC0) != 0x80) return Failed("invalid UTF-8 continuation");
      code = (code << 6) | (c & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return Failed("invalid UTF-8 code point");
    }
    pos_ += static_cast<std::size_t>(extra) + 1;
    return true;
  }
  bool String() {
    ++pos_;
    while (pos_ < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') return ++pos_, true;
      if (c < 0x20) return Failed("raw control character in a string");
      if (c == '\\') {
        ++pos_;
        if (pos_ >= text_.size()) return Failed("truncated escape");
        const char e = text_[pos_++];
        if (e == 'u') {
          unsigned value = 0;
          if (!Hex4(&value)) return false;
          if (value >= 0xD800 && value <= 0xDBFF) {
            if (text_.substr(pos_, 2) != "\\u") return Failed("lone surrogate");
            pos_ += 2;
            unsigned low = 0;
            if (!Hex4(&low)) return false;
            if (low < 0xDC00 || low > 0xDFFF)
              return Failed("bad surrogate pair");
          } else if (value >= 0xDC00 && value <= 0xDFFF) {
            return Failed("lone surrogate");
          }
        } else if (std::string_view("\"\\/bfnrt").find(e) ==
                   std::string_view::npos) {
          return Failed("bad escape");
        }
        continue;
      }
      if (!Utf8()) return false;
    }
    return Failed("unterminated string");
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string error_;
};

// CheckJson()
//
// Returns an empty string when `text` is exactly one valid JSON value.
inline std::string CheckJson(std::string_view text) {
  return JsonChecker(text).Check();
}

}  // namespace lede_testing

#endif  // LEDE_TESTS_TESTING_JSON_CHECK_H_
