// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// Counts heap allocations, so that tests and benchmarks can show the steady
// state of a reused parser does not allocate. Linking
// tests/testing/allocation_counter.cc (the lede_allocation_counter target)
// replaces the global operator new and delete of the whole program with
// counting versions.
//
//   const std::uint64_t before = lede_testing::AllocationCount();
//   parser.Parse(text);
//   EXPECT_EQ(lede_testing::AllocationCount() - before, 0u);

#ifndef LEDE_TESTS_TESTING_ALLOCATION_COUNTER_H_
#define LEDE_TESTS_TESTING_ALLOCATION_COUNTER_H_

#include <cstdint>

namespace lede_testing {

// AllocationCount()
//
// Returns how many times the global operator new (any form) has been called
// in this program, on any thread.
std::uint64_t AllocationCount();

}  // namespace lede_testing

#endif  // LEDE_TESTS_TESTING_ALLOCATION_COUNTER_H_
