// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The header half of ArticleParser: finds where the header ends and the body
// begins, and what the header says. The styles, the order they are tried in
// and the rule that keeps prose such as "Note: the meeting was moved." from
// being read as a header are written down at the top of header.cc.

#ifndef LEDE_SRC_INTERNAL_HEADER_HEADER_H_
#define LEDE_SRC_INTERNAL_HEADER_HEADER_H_

#include <cstddef>
#include <string_view>

#include "src/internal/parse_state.h"

namespace lede {
namespace internal {

// ParseHeader()
//
// Reads the header of `state->input` starting at byte `begin` (after any BOM,
// which article.cc has already skipped and warned about). Sets, in
// `state->view`: header_style, header_offset/header_length, body_offset, and
// from the header: date/date_text, updated/updated_text (when only an updated
// date is given it is also the date), title, byline (with `state->authors`),
// and fills `state->fields`, `state->field_items`, `state->items`,
// `state->tags` and the header's warnings. With no header, sets header_style
// kNone and body_offset to `begin`. Never allocates once the state's buffers
// have grown to the input's needs.
void ParseHeader(ParseState* state, std::size_t begin);

// IsMetaLine()
//
// Returns true when `line` (one line of the input) is a date line, a byline
// or a meta line of the date-lines style ("Posted on March 25, 2024 by
// Admin", "By Jane Doe | March 25, 2024", "*March 25, 2024*"), as the
// header reads them; for the body, whose lead is never such a line. Adds
// nothing to `state`.
bool IsMetaLine(ParseState* state, std::string_view line);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_HEADER_HEADER_H_
