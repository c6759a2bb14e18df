// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Splitting a byline ("By Jane Doe and John Roe", "Jane Doe, Staff Reporter")
// into authors, shared by the header and the body parsers.

#ifndef LEDE_SRC_INTERNAL_BODY_BYLINE_H_
#define LEDE_SRC_INTERNAL_BODY_BYLINE_H_

#include <cstddef>
#include <string_view>

#include "lede/article.h"
#include "src/internal/parse_state.h"

namespace lede {
namespace internal {

// kMaxBylineBytes
//
// The longest line (trimmed) that may be a byline.
inline constexpr std::size_t kMaxBylineBytes = 200;

// IsBylineLine()
//
// Returns true when `line` (one line, trimmed) reads as a byline: "By " (any
// case) followed by one to a few capitalised names, optionally with roles or
// an outlet ("By Jane Doe, Staff Reporter", "By JANE DOE and JOHN ROE").
// Prose that starts with "By" ("By the time the rescuers arrived, ...") is not
// a byline.
bool IsBylineLine(std::string_view line);

// ReadsAsNames()
//
// Returns true when `text` reads as the names of a byline without its "By":
// one to 24 words, the first capitalised (or non-ASCII), the others
// capitalised or particles ("de", "van", "and").
bool ReadsAsNames(std::string_view text);

// SetByline()
//
// Sets `state->view.byline` to `text` (a "By ..." line or an author header's
// value; a leading "By" is dropped from the byline's text) and appends its
// names, with roles set apart, to `state->authors`. Separators: ",", ";",
// " and ", " & ", " with "; a part that reads as a role or an outlet
// ("Staff Reporter", "Reuters", "Associated Press") is the role of the name
// before it.
void SetByline(const TextSpan& text, ParseState* state);

// AppendAuthors()
//
// Appends the names in `text` (one byline, or one item of an author list),
// with roles set apart as SetByline() does, to `state->authors`, without
// touching `state->view.byline`. Each name's and role's offset/length locate
// it in the input when `text` is the input's own bytes, else they are
// `text`'s offset and length.
void AppendAuthors(const TextSpan& text, ParseState* state);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_BODY_BYLINE_H_
