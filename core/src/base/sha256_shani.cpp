// SHA-256 with the x86 SHA extensions (Intel's "SHA Extensions" paper, §4): four rounds per step,
// the message schedule computed by sha256msg1/msg2. Inputs digests are taken once per evaluation,
// and this is about six times faster than the portable code on the same CPU (docs/performance.md).
#include "base/sha256_blocks.hpp"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define HASHIGO_HAVE_SHANI 1
#endif

namespace hashigo::detail {

#ifdef HASHIGO_HAVE_SHANI

// CPUID itself rather than __builtin_cpu_supports("sha"), which clang 14 does not know.
bool sha256_shani_available() noexcept {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1)) return false;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
  return (b & bit_SHA) != 0;
}

__attribute__((target("sha,sse4.1"))) void sha256_blocks_shani(std::uint32_t h[8], const unsigned char* p,
                                                                std::size_t blocks) noexcept {
  // Big-endian words of the message, in the lane order the instructions expect.
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  // The state as the instructions hold it: ABEF and CDGH.
  __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h)), 0xB1);       // CDAB
  __m128i cdgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h + 4)), 0x1B);  // EFGH
  __m128i abef = _mm_alignr_epi8(tmp, cdgh, 8);
  cdgh = _mm_blend_epi16(cdgh, tmp, 0xF0);

  for (; blocks > 0; --blocks, p += 64) {
    const __m128i abef_in = abef, cdgh_in = cdgh;
    __m128i w[4];
    for (int i = 0; i < 16; ++i) {
      __m128i& wi = w[i & 3];
      if (i < 4) {
        wi = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i)), byte_swap);
      } else {
        // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four words at a time.
        const __m128i& w1 = w[(i - 1) & 3];
        const __m128i& w2 = w[(i - 2) & 3];
        wi = _mm_sha256msg1_epu32(wi, w[(i - 3) & 3]);
        wi = _mm_add_epi32(wi, _mm_alignr_epi8(w1, w2, 4));
        wi = _mm_sha256msg2_epu32(wi, w1);
      }
      const auto* k = reinterpret_cast<const __m128i*>(sha256_round_constants + 4 * i);
      __m128i msg = _mm_add_epi32(wi, _mm_load_si128(k));
      cdgh = _mm_sha256rnds2_epu32(cdgh, abef, msg);
      msg = _mm_shuffle_epi32(msg, 0x0E);
      abef = _mm_sha256rnds2_epu32(abef, cdgh, msg);
    }
    abef = _mm_add_epi32(abef, abef_in);
    cdgh = _mm_add_epi32(cdgh, cdgh_in);
  }

  tmp = _mm_shuffle_epi32(abef, 0x1B);   // FEBA
  cdgh = _mm_shuffle_epi32(cdgh, 0xB1);  // DCHG
  _mm_storeu_si128(reinterpret_cast<__m128i*>(h), _mm_blend_epi16(tmp, cdgh, 0xF0));    // DCBA
  _mm_storeu_si128(reinterpret_cast<__m128i*>(h + 4), _mm_alignr_epi8(cdgh, tmp, 8));  // HGFE
}

#else

bool sha256_shani_available() noexcept { return false; }
void sha256_blocks_shani(std::uint32_t h[8], const unsigned char* p, std::size_t blocks) noexcept {
  sha256_blocks_portable(h, p, blocks);
}

#endif

}  // namespace hashigo::detail
