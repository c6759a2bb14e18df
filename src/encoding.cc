// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "lede/encoding.h"

#include <iconv.h>
#include <uchardet.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "src/internal/text/text_class.h"

namespace lede {
namespace {

using internal::DecodeUtf8;
using internal::Utf8Char;

// Whether the 8 bytes at `p` are all ASCII.
bool AllAscii8(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, sizeof(word));
  return (word & 0x8080808080808080u) == 0;
}

struct Utf8Census {
  std::size_t valid_prefix = 0;  // bytes before the first ill-formed one
  std::size_t multi_byte = 0;    // well-formed characters of 2-4 bytes
  std::size_t ill_formed = 0;    // maximal ill-formed subsequences
  bool nul = false;
};

// Counts `text`'s UTF-8; stops at the first ill-formed byte when `all` is
// false.
Utf8Census TakeCensus(std::string_view text, bool all) {
  Utf8Census census;
  const char* begin = text.data();
  const char* end = begin + text.size();
  const char* p = begin;
  bool clean = true;
  while (p < end) {
    if (end - p >= 8 && AllAscii8(p)) {
      if (all && std::memchr(p, '\0', 8) != nullptr) census.nul = true;
      p += 8;
      continue;
    }
    if (static_cast<unsigned char>(*p) < 0x80) {
      if (*p == '\0') census.nul = true;
      ++p;
      continue;
    }
    const Utf8Char c = DecodeUtf8(p, end);
    if (c.valid) {
      ++census.multi_byte;
    } else {
      if (clean) census.valid_prefix = static_cast<std::size_t>(p - begin);
      clean = false;
      ++census.ill_formed;
      if (!all) return census;
    }
    p += c.length;
  }
  if (clean) census.valid_prefix = text.size();
  return census;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

std::string_view BomEncoding(std::string_view text) {
  if (StartsWith(text, "\xEF\xBB\xBF")) return "UTF-8";
  if (StartsWith(text, std::string_view("\xFF\xFE\0\0", 4))) return "UTF-32LE";
  if (StartsWith(text, std::string_view("\0\0\xFE\xFF", 4))) return "UTF-32BE";
  if (StartsWith(text, "\xFF\xFE")) return "UTF-16LE";
  if (StartsWith(text, "\xFE\xFF")) return "UTF-16BE";
  return {};
}

// An iconv descriptor from `encoding` to UTF-8, closed at the end of scope.
class Converter {
 public:
  explicit Converter(std::string_view encoding)
      : name_(encoding.data(), encoding.size()),
        cd_(iconv_open("UTF-8", name_.c_str())) {}
  ~Converter() {
    if (ok()) iconv_close(cd_);
  }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return cd_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  iconv_t cd_;
};

}  // namespace

std::size_t ValidUtf8Prefix(std::string_view text) {
  return TakeCensus(text, /*all=*/false).valid_prefix;
}

absl::StatusOr<std::string> DetectEncoding(std::string_view text) {
  const std::string_view bom = BomEncoding(text);
  if (!bom.empty()) return std::string(bom);
  // UTF-8 (the common case) costs one pass that stops at the first error;
  // past it, the first megabyte says as much about the rest as all of it.
  const Utf8Census first = TakeCensus(text, /*all=*/false);
  if (first.valid_prefix == text.size()) return std::string("UTF-8");
  constexpr std::size_t kSample = std::size_t{1} << 20;
  const std::string_view sample = text.substr(0, kSample);
  const Utf8Census census = TakeCensus(sample, /*all=*/true);
  if (census.multi_byte > census.ill_formed) return std::string("UTF-8");
  if (census.nul) {
    return absl::NotFoundError("binary data (NUL bytes), not text");
  }
  uchardet_t detector = uchardet_new();
  if (detector == nullptr) return absl::ResourceExhaustedError("out of memory");
  std::string name;
  // uchardet wants text: the first 256 KiB are plenty.
  const std::string_view head = sample.substr(0, std::size_t{256} << 10);
  if (uchardet_handle_data(detector, head.data(), head.size()) == 0) {
    uchardet_data_end(detector);
    const char* charset = uchardet_get_charset(detector);
    if (charset != nullptr) name = charset;
  }
  uchardet_delete(detector);
  absl::AsciiStrToUpper(&name);
  // Without a byte order mark, UTF-16 and UTF-32 guesses are guesses about
  // binary data; and this text is not ASCII or UTF-8.
  if (name.empty() || name == "ASCII" || name == "UTF-8" ||
      StartsWith(name, "UTF-16") || StartsWith(name, "UTF-32")) {
    return absl::NotFoundError("no encoding fits the text");
  }
  return name;
}

absl::Status ConvertToUtf8(std::string_view text, std::string_view encoding,
                           std::string* out) {
  Converter converter(encoding);
  if (!converter.ok()) {
    return absl::InvalidArgumentError("no encoding named \"" +
                                      converter.name() + "\"");
  }
  out->resize(text.size() + text.size() / 2 + 16);
  // iconv(3) takes char** for its input, though it does not write there.
  char* in = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  std::size_t written = 0;
  while (in_left > 0) {
    char* to = out->data() + written;
    std::size_t to_left = out->size() - written;
    const std::size_t result =
        iconv(converter.get(), &in, &in_left, &to, &to_left);
    written = static_cast<std::size_t>(to - out->data());
    if (result != static_cast<std::size_t>(-1)) break;
    const int error_number = errno;
    if (error_number == E2BIG) {
      out->resize(out->size() * 2);
      continue;
    }
    return absl::InvalidArgumentError("bytes that are not " + converter.name() +
                                      " at byte " +
                                      std::to_string(text.size() - in_left));
  }
  // The end of the input returns a stateful encoding to its initial state.
  out->resize(written + 16);
  char* to = out->data() + written;
  std::size_t to_left = 16;
  iconv(converter.get(), nullptr, nullptr, &to, &to_left);
  written = static_cast<std::size_t>(to - out->data());
  out->resize(written);
  if (StartsWith(*out, "\xEF\xBB\xBF")) out->erase(0, 3);
  return absl::OkStatus();
}

bool IsKnownEncoding(std::string_view encoding) {
  return Converter(encoding).ok();
}

}  // namespace lede
