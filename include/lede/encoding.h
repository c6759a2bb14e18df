// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: encoding.h
// -----------------------------------------------------------------------------
//
// Text that is not UTF-8, made UTF-8 before parsing. lede parses UTF-8 and
// hands out views into it; an article saved as UTF-16 or in a legacy
// single-byte encoding (Windows-1252, ISO-8859-x, ...) must be converted
// first, into a buffer of the caller's, and every offset of the parse is then
// into that converted text, not into the original bytes.
//
//   std::string utf8;  // reuse it across articles
//   absl::StatusOr<std::string> name = lede::DetectEncoding(bytes);
//   std::string_view text = bytes;
//   if (name.ok() && *name != "UTF-8" &&
//       lede::ConvertToUtf8(bytes, *name, &utf8).ok()) {
//     text = utf8;
//   }
//   absl::StatusOr<lede::ArticleView> article = parser.Parse(text);
//
// Detection reads byte order marks itself and asks Debian's libuchardet for
// the rest; conversion is iconv(3). UTF-8 input costs one validating pass and
// no copy.

#ifndef LEDE_ENCODING_H_
#define LEDE_ENCODING_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "lede/export.h"

namespace lede {

// ValidUtf8Prefix()
//
// Returns the length of the longest prefix of `text` that is well-formed
// UTF-8 (no overlong forms, surrogates or code points over U+10FFFF); equal
// to `text.size()` when all of it is.
[[nodiscard]] LEDE_EXPORT std::size_t ValidUtf8Prefix(std::string_view text);

// DetectEncoding()
//
// Returns the name of the encoding `text` is most likely in, as iconv names
// it: "UTF-8" for UTF-8 (ASCII included, and a UTF-8 text with some damage:
// one whose well-formed multi-byte characters outnumber its ill-formed
// bytes in its first megabyte); "UTF-16LE", "UTF-16BE", "UTF-32LE" or
// "UTF-32BE" when a byte order mark says so; otherwise libuchardet's guess
// ("WINDOWS-1252", "ISO-8859-2",
// ...; it reads the first 256 KiB). Returns absl::NotFoundError when nothing
// fits (binary data: a text with NUL bytes in its first megabyte and no byte
// order mark is never guessed at). Linear in the size of `text`, and for
// text that is not UTF-8 in at most the first megabyte.
[[nodiscard]] LEDE_EXPORT absl::StatusOr<std::string> DetectEncoding(
    std::string_view text);

// ConvertToUtf8()
//
// Replaces `*out` with `text` converted from `encoding` (any name iconv
// knows: "WINDOWS-1252", "latin1", "UTF-16", ...) to UTF-8, without the byte
// order mark. Errors: absl::InvalidArgumentError for an encoding iconv does
// not know ("no encoding named \"x\"") or for bytes that are not text in it
// ("bytes that are not WINDOWS-1252 at byte 17"); `*out` is then
// unspecified. Allocates only when `*out` must grow.
LEDE_EXPORT absl::Status ConvertToUtf8(std::string_view text,
                                       std::string_view encoding,
                                       std::string* out);

// IsKnownEncoding()
//
// Returns whether iconv can convert from `encoding` to UTF-8.
[[nodiscard]] LEDE_EXPORT bool IsKnownEncoding(std::string_view encoding);

}  // namespace lede

#endif  // LEDE_ENCODING_H_
