// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "lede/version.h"

namespace lede {

std::string_view Version() { return LEDE_VERSION_STRING; }

}  // namespace lede
