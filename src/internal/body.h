// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The body half of ArticleParser: splits the body into blocks and sections,
// finds the title, byline and dateline that open it, the lead, and counts.

#ifndef LEDE_SRC_INTERNAL_BODY_H_
#define LEDE_SRC_INTERNAL_BODY_H_

#include "src/internal/parse_state.h"

namespace lede {
namespace internal {

// ParseBody()
//
// Reads the body of `state->input` from `state->view.body_offset` to the end,
// after ParseHeader(). Fills `state->blocks`, `state->sections`,
// `state->section_blocks`, and in `state->view`: title (unless the header gave
// one), byline (unless the header gave one), dateline, lead and stats; adds
// the body's warnings. One pass, no recursion, linear time; never allocates
// once the state's buffers have grown to the input's needs.
void ParseBody(ParseState* state);

// ScanText()
//
// Checks the whole input's bytes once: NUL bytes, invalid UTF-8 and line
// endings (CR LF, lone CR, mixed), adding a warning with the offset of each
// problem (up to the warning cap).
void ScanText(ParseState* state);

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_BODY_H_
