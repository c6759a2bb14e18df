// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Placeholder: bylines are kept whole.

#include "src/internal/byline.h"

namespace lede {
namespace internal {

bool IsBylineLine(std::string_view) { return false; }

void SetByline(const TextSpan& text, ParseState* state) {
  state->view.byline = Byline{text, {}};
}

}  // namespace internal
}  // namespace lede
