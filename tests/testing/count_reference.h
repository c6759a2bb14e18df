// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The scalar reference the tests hold CountText() to, in the test-support
// target (not in liblede).

#ifndef LEDE_TESTS_TESTING_COUNT_REFERENCE_H_
#define LEDE_TESTS_TESTING_COUNT_REFERENCE_H_

#include <string_view>
#include <vector>

#include "src/internal/text/count.h"

namespace lede {
namespace internal {

// CountTextScalar()
//
// The counts of CountText(), one byte at a time by the rules in count.h.
TextCounts CountTextScalar(std::string_view text, bool count_sentences);

// CountTextWithEveryIsa()
//
// CountText(text, count_sentences, buffer) once under each Isa this machine
// has (ScopedIsaForTesting), widest last.
std::vector<TextCounts> CountTextWithEveryIsa(std::string_view text,
                                              bool count_sentences,
                                              std::string_view buffer = {});

}  // namespace internal
}  // namespace lede

#endif  // LEDE_TESTS_TESTING_COUNT_REFERENCE_H_
