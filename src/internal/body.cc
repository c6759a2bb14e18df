// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Placeholder: the body is one paragraph.

#include "src/internal/body.h"

namespace lede {
namespace internal {

void ParseBody(ParseState* state) {
  const std::size_t begin = state->view.body_offset;
  if (begin >= state->input.size()) return;
  state->section_blocks.push_back(IndexRange{state->blocks.size(), 1});
  std::string_view text = state->input.substr(begin);
  state->blocks.push_back(Block{BlockKind::kParagraph, text, begin, text.size()});
  state->sections.push_back(Section{std::nullopt, 0, begin, text.size(), {}});
}

void ScanText(ParseState*) {}

}  // namespace internal
}  // namespace lede
