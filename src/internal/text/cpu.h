// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// -----------------------------------------------------------------------------
// File: cpu.h
// -----------------------------------------------------------------------------
//
// The instruction sets lede's vector code is written for, and the one this
// process uses, picked once. The vector kernels live in per-ISA files
// (count_avx2.cc, scan_avx512.cc, ...) that CMake compiles with that ISA's
// target options; the code around them asks ActiveIsa() which to call.
//
// With -DLEDE_SIMD=OFF (LEDE_SIMD defined to 0) no intrinsic is compiled
// anywhere and ActiveIsa() is always Isa::kScalar: plain C++17.
//
//   LEDE_SIMD_SSE2    1 where SSE2 is the baseline (x86-64) and SIMD is on:
//                     the 16-byte loops compiled into the generic files.
//   LEDE_SIMD_X86_64  1 where the AVX2 and AVX-512 files are compiled.

#ifndef LEDE_SRC_INTERNAL_TEXT_CPU_H_
#define LEDE_SRC_INTERNAL_TEXT_CPU_H_

#include <array>
#include <cstddef>

#ifndef LEDE_SIMD
#define LEDE_SIMD 1
#endif

#if LEDE_SIMD && defined(__SSE2__)
#define LEDE_SIMD_SSE2 1
#else
#define LEDE_SIMD_SSE2 0
#endif

// CMake defines LEDE_SIMD_X86_64 when it compiles the per-ISA files.
#ifndef LEDE_SIMD_X86_64
#define LEDE_SIMD_X86_64 0
#endif

// LEDE_FLATTEN: inline every call in the function (GCC and Clang), so that a
// kernel and what it calls share registers.
#if defined(__GNUC__)
#define LEDE_FLATTEN __attribute__((flatten))
#else
#define LEDE_FLATTEN
#endif

namespace lede {
namespace internal {

// Isa
//
// The instruction sets the vector code is written for, narrowest first.
// kSse2 is the 16-byte code (the baseline on x86-64); kAvx2 also needs BMI1,
// BMI2, LZCNT and POPCNT; kAvx512 AVX-512F and BW on top of those.
enum class Isa { kScalar, kSse2, kAvx2, kAvx512 };

inline constexpr std::size_t kIsaCount = 4;

// IsaName()
//
// "scalar", "sse2", "avx2" or "avx512".
const char* IsaName(Isa isa);

// ActiveIsa()
//
// The widest Isa this build has code for and this CPU (and OS) can run,
// detected once per process, or the ScopedIsaForTesting override.
namespace cpu_internal {
// Set once, before main(), by cpu.cc; zero (kScalar, which every build can
// run) until then.
extern Isa active_isa;
}  // namespace cpu_internal

inline Isa ActiveIsa() { return cpu_internal::active_isa; }

// SupportedIsas()
//
// Every Isa ActiveIsa() may be set to on this machine, narrowest first: from
// the build's baseline (kSse2 on x86-64 with SIMD on, the 16-byte code being
// compiled into the generic files; else kScalar) to the detected one. The
// first `count` entries of `isas` are valid. For tests and benchmarks.
struct IsaList {
  std::array<Isa, kIsaCount> isas{};
  std::size_t count = 0;

  const Isa* begin() const { return isas.data(); }
  const Isa* end() const { return isas.data() + count; }
};
IsaList SupportedIsas();

// ScopedIsaForTesting
//
// Makes ActiveIsa() return `isa` (clamped to SupportedIsas()) until
// destruction, for tests that hold each ISA's code to the others. Not thread
// safe: construct it only while no other thread parses.
class ScopedIsaForTesting {
 public:
  explicit ScopedIsaForTesting(Isa isa);
  ~ScopedIsaForTesting();
  ScopedIsaForTesting(const ScopedIsaForTesting&) = delete;
  ScopedIsaForTesting& operator=(const ScopedIsaForTesting&) = delete;

 private:
  Isa previous_;
};

}  // namespace internal
}  // namespace lede

#endif  // LEDE_SRC_INTERNAL_TEXT_CPU_H_
