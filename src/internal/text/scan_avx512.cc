// Copyright 2026 The lede Authors.
// SPDX-License-Identifier: Apache-2.0
//
// The line search with AVX-512: compiled with -mavx512f -mavx512bw -mbmi
// (CMakeLists.txt), called only when ActiveIsa() is Isa::kAvx512.

#include <immintrin.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/numeric/bits.h"
#include "src/internal/text/scan_kernel.h"

namespace lede {
namespace internal {

LineSearch FindLineEndAvx512(const char* p, const char* end) {
  const __m512i lf = _mm512_set1_epi8('\n');
  const __m512i cr = _mm512_set1_epi8('\r');
  // The smallest byte read, as a signed byte: below 1 for NUL or >= 0x80.
  __m512i low = _mm512_set1_epi8(0x7F);
  LineSearch search = {nullptr, nullptr, false, false, false};
  const char* q = p;
  for (; q < end; q += 64) {
    // The lines ahead, whose first read would otherwise wait on memory.
    _mm_prefetch(q + kPrefetchAhead, _MM_HINT_T0);
    const std::size_t left = static_cast<std::size_t>(end - q);
    const __mmask64 in_text =
        left >= 64 ? ~__mmask64{0} : (__mmask64{1} << left) - 1;
    // Bytes past the end are not read (nor faulted on).
    const __m512i x = _mm512_maskz_loadu_epi8(in_text, q);
    low = _mm512_mask_min_epi8(low, in_text, low, x);
    const std::uint64_t crs = _mm512_mask_cmpeq_epi8_mask(in_text, x, cr);
    const std::uint64_t lfs = _mm512_mask_cmpeq_epi8_mask(in_text, x, lf);
    if ((crs | lfs) != 0) {
      if (crs != 0) NoteCrs(crs, lfs, q, end, &search);
      search.end = q + absl::countr_zero(crs | lfs);
      search.read = left >= 64 ? q + 64 : end;
      break;
    }
  }
  if (search.end == nullptr) search.end = search.read = end;
  search.plain = _mm512_cmpgt_epi8_mask(_mm512_set1_epi8(1), low) == 0;
  return search;
}

}  // namespace internal
}  // namespace lede
