// Tests on eight bytes at once ("SIMD within a register"), for the scans that skip long runs of
// ordinary bytes: a record's strings, a page's ASCII. Each test is exact as a yes/no for the
// word; which byte matched is left to the byte-at-a-time code the scan falls back to, so no scan
// needs more than these.
//
// Not for: finding the matching byte's position, or text that is not in memory as bytes.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace sitrep {

constexpr uint64_t kEachByte = 0x0101010101010101;
constexpr uint64_t kHighBits = 0x8080808080808080;

// The eight bytes at |s[i]|; i + 8 must be within |s|.
inline uint64_t LoadWord(std::string_view s, size_t i) {
  uint64_t word;
  std::memcpy(&word, s.data() + i, 8);
  return word;
}

// Whether some byte of |word| is below |n| (n <= 128).
constexpr bool HasByteBelow(uint64_t word, uint8_t n) {
  return ((word - kEachByte * n) & ~word & kHighBits) != 0;
}

// Whether some byte of |word| is |c|.
constexpr bool HasByte(uint64_t word, char c) {
  return HasByteBelow(word ^ (kEachByte * static_cast<uint8_t>(c)), 1);
}

// Whether some byte of |word| is not ASCII (0x80 or above).
constexpr bool HasHighByte(uint64_t word) { return (word & kHighBits) != 0; }

// Where the scan for "not ASCII" (UTF-8 checks) stops first at or after |i|: a position no
// later than the first such byte, |s.size()| when there is none. Sixteen bytes a step where SSE2
// is there (every x86-64), eight without; the caller tests the byte it stops at.
inline size_t SkipAscii(std::string_view s, size_t i) {
#ifdef __SSE2__
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (const int mask = _mm_movemask_epi8(v); mask != 0) return i + __builtin_ctz(mask);
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    if (HasHighByte(LoadWord(s, i))) return i;
  }
  return i;
}

#ifdef __SSE2__
// The bytes of |v| from |lo| to |hi|, as 0xFF each.
inline __m128i BytesInRange(__m128i v, unsigned char lo, unsigned char hi) {
  const __m128i past_lo = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(lo)));
  return _mm_cmpeq_epi8(_mm_min_epu8(past_lo, _mm_set1_epi8(static_cast<char>(hi - lo))), past_lo);
}

// Where the text cleaners' runs of words one space apart (CollapseWhitespace, CleanMetaText),
// which they copy whole, may stop first at or after |i| and before |stop|: a byte |ends| marks
// (it gives sixteen bytes' marks, as 0xFF each), or a space followed by such a byte, a space or
// the end of |s|. A position no later than the first such byte, or no more than sixteen short of
// |stop| or of the end of |s| when there is none; the caller tests the bytes from there. Sixteen
// bytes a step, where the runs went a byte at a time (a paragraph is mostly one run).
template <typename Ends>
size_t SkipSpacedRun(std::string_view s, size_t i, size_t stop, Ends ends) {
  const __m128i space = _mm_set1_epi8(' ');
  // Each step reads seventeen bytes: every byte and the one after it.
  for (; i + 16 <= stop && i + 17 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
    const __m128i spaced = _mm_and_si128(_mm_cmpeq_epi8(v, space),
                                         _mm_or_si128(ends(next), _mm_cmpeq_epi8(next, space)));
    if (const int mask = _mm_movemask_epi8(_mm_or_si128(ends(v), spaced)); mask != 0) {
      return i + __builtin_ctz(mask);
    }
  }
  return i;
}
#endif

}  // namespace sitrep
