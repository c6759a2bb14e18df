// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0

#include "src/internal/text/cpu.h"

namespace lede {
namespace internal {
namespace {

Isa DetectIsa() {
#if LEDE_SIMD_X86_64 && defined(__GNUC__)
  // The vector code is compiled with the bit instructions that come with
  // these extensions (BMI1, BMI2, POPCNT; LZCNT, which no compiler here can
  // test for, comes with BMI1 on every CPU that has AVX2), and a virtual
  // machine may hide some of them: each is checked.
  __builtin_cpu_init();
  const bool avx2 =
      __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
      __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
  if (avx2 && __builtin_cpu_supports("avx512f") &&
      __builtin_cpu_supports("avx512bw")) {
    return Isa::kAvx512;
  }
  if (avx2) return Isa::kAvx2;
#endif
#if LEDE_SIMD_SSE2
  return Isa::kSse2;
#else
  return Isa::kScalar;
#endif
}

// The narrowest Isa of every build for this target: its code is compiled
// into the generic files.
constexpr Isa kBaseline = LEDE_SIMD_SSE2 ? Isa::kSse2 : Isa::kScalar;

Isa Detected() {
  static const Isa detected = DetectIsa();
  return detected;
}

}  // namespace

namespace cpu_internal {
Isa active_isa = Detected();
}  // namespace cpu_internal

const char* IsaName(Isa isa) {
  switch (isa) {
    case Isa::kScalar:
      return "scalar";
    case Isa::kSse2:
      return "sse2";
    case Isa::kAvx2:
      return "avx2";
    case Isa::kAvx512:
      return "avx512";
  }
  return "scalar";
}

IsaList SupportedIsas() {
  IsaList list;
  for (int i = static_cast<int>(kBaseline); i <= static_cast<int>(Detected());
       ++i) {
    list.isas[list.count++] = static_cast<Isa>(i);
  }
  return list;
}

ScopedIsaForTesting::ScopedIsaForTesting(Isa isa)
    : previous_(cpu_internal::active_isa) {
  int value = static_cast<int>(isa);
  if (value > static_cast<int>(Detected()))
    value = static_cast<int>(Detected());
  if (value < static_cast<int>(kBaseline)) value = static_cast<int>(kBaseline);
  cpu_internal::active_isa = static_cast<Isa>(value);
}

ScopedIsaForTesting::~ScopedIsaForTesting() {
  cpu_internal::active_isa = previous_;
}

}  // namespace internal
}  // namespace lede
