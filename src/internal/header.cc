// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Placeholder: no header is recognised yet.

#include "src/internal/header.h"

namespace lede {
namespace internal {

void ParseHeader(ParseState* state, std::size_t begin) {
  state->view.header_style = HeaderStyle::kNone;
  state->view.body_offset = begin;
}

}  // namespace internal
}  // namespace lede
