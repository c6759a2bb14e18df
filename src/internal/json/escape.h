// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The escapers of lede's writers: JSON strings (json.cc), CSV and TSV fields
// (table.cc), and the prose form of paragraph text both of them offer. Each
// copies runs of plain bytes in one append and writes every byte sequence
// that is not UTF-8 as one U+FFFD per maximal invalid subsequence, so every
// output is valid UTF-8 whatever the input.

#ifndef LEDE_SRC_INTERNAL_JSON_ESCAPE_H_
#define LEDE_SRC_INTERNAL_JSON_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace lede {
namespace internal {

// The UTF-8 of U+FFFD REPLACEMENT CHARACTER.
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// AppendJsonString()
//
// Appends `text` as a JSON string, quotes included: '"', '\' and control
// characters escaped (\b \f \n \r \t, the others as \u00XX), invalid UTF-8
// replaced. With `lower_case`, ASCII capitals are written in lower case (for
// header keys). Allocates only when `*out` must grow.
void AppendJsonString(std::string_view text, bool lower_case, std::string* out);

// AppendJsonStringContent()
//
// AppendJsonString() without the quotes, for a string written in pieces:
// cut `text` only where SafeCut() says, and the pieces give the same bytes
// as the whole.
void AppendJsonStringContent(std::string_view text, bool lower_case,
                             std::string* out);

// SafeCut()
//
// Returns the first index at or after `at` (or text.size()) that does not
// follow a byte of a UTF-8 sequence that could still be going on, so that
// the bytes before and after it validate and replace exactly as the whole.
std::size_t SafeCut(std::string_view text, std::size_t at);

// AppendCsvField()
//
// Appends `text` as one RFC 4180 field: as it is, or between double quotes
// (an inner '"' doubled) when it holds '"', ',', CR or LF. Invalid UTF-8 is
// replaced.
void AppendCsvField(std::string_view text, std::string* out);

// AppendTsvField()
//
// Appends `text` as one field of tab-separated values, which have no quoting:
// '\', tab, LF and CR are written as "\\", "\t", "\n" and "\r". Invalid
// UTF-8 is replaced.
void AppendTsvField(std::string_view text, std::string* out);

// ProseText()
//
// Returns `text` with its hard-wrapped lines joined: every run of blanks
// that holds a line break (CR, LF or CR LF, and the next line's indentation)
// becomes one space. Returns `text` itself when it has no line break, else
// the joined text written into `*scratch` (cleared first).
// Lifetime: points into `text` or `*scratch`; valid while both are alive and
// unmodified.
std::string_view ProseText(std::string_view text, std::string* scratch);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_JSON_ESCAPE_H_
