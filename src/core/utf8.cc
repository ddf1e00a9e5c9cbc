// UTF-8 repair and byte-to-code-point offsets.
//
// RepairUtf8 follows the W3C/WHATWG decoder (Unicode's "maximal subpart" practice): a lead byte
// fixes the valid range of the next byte, so an ill-formed sequence is replaced by exactly one
// U+FFFD and decoding resumes at the first byte that could not continue it. That is what browsers
// do, so offsets agree with what a user sees when the same bytes are opened in one.
//
// Tested by utf8_test.cc.
#include "core/utf8.h"

#include <cstdint>
#include <cstring>

#include "core/byte_scan.h"
#include "core/error_codes.h"

namespace sitrep {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// One past the run of ASCII bytes that starts at |i|. Eight bytes at a time: news pages are
// mostly ASCII markup, and every page is checked and copied once before it is parsed.
size_t AsciiRunEnd(std::string_view s, size_t i) {
  i = SkipAscii(s, i);
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

size_t WellFormedUtf8Length(std::string_view s, size_t i, size_t* bad) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;  // no overlong forms
    if (b0 == 0xF4) hi = 0x8F;  // nothing past U+10FFFF
  } else {
    *bad = 1;
    return 0;
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= s.size()) break;
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (b < lo || b > hi) break;
    lo = 0x80;
    hi = 0xBF;
  }
  if (k == need + 1) return k;
  *bad = k;
  return 0;
}

size_t RepairUtf8(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size());
  size_t replaced = 0;
  size_t i = 0;
  while (i < in.size()) {
    // Fast path: copy a run of ASCII at once.
    const size_t run = AsciiRunEnd(in, i);
    out->append(in.data() + i, run - i);
    i = run;
    if (i >= in.size()) break;
    size_t bad = 0;
    const size_t len = WellFormedUtf8Length(in, i, &bad);
    if (len > 0) {
      out->append(in.data() + i, len);
      i += len;
    } else {
      out->append(kReplacement);
      ++replaced;
      i += bad;
    }
  }
  return replaced;
}

bool IsValidUtf8(std::string_view text) {
  const size_t n = text.size();
  size_t i = 0;
  while (true) {
#ifdef __SSE2__
    // Sixty-four bytes a step, a test of their high bits together: every page is checked whole
    // before it is parsed, and most of a page is ASCII markup.
    for (; i + 64 <= n; i += 64) {
      const auto* p = reinterpret_cast<const __m128i*>(text.data() + i);
      const __m128i high =
          _mm_or_si128(_mm_or_si128(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
                       _mm_or_si128(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3)));
      if (_mm_movemask_epi8(high) != 0) break;
    }
#endif
    i = AsciiRunEnd(text, i);
    if (i >= n) return true;
    // The sequences that follow one another, as the letters of a word in most scripts do, are
    // checked without going back to the ASCII scan between them.
    do {
      size_t bad = 0;
      const size_t len = WellFormedUtf8Length(text, i, &bad);
      if (len == 0) return false;
      i += len;
    } while (i < n && static_cast<unsigned char>(text[i]) >= 0x80);
  }
}

char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  const auto b0 = static_cast<unsigned char>(text[*pos]);
  if (b0 < 0x80) {
    ++*pos;
    return b0;
  }
  const size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
  SITREP_ASSERT(*pos + len <= text.size());
  char32_t cp = b0 & (0x7F >> len);
  for (size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[*pos + k]) & 0x3F);
  *pos += len;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {
// Code points are the bytes that are not continuation bytes (10xxxxxx), counted eight at a time.
uint32_t CountCodePoints(std::string_view s) {
  uint32_t n = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const uint64_t word = LoadWord(s, i);
    // A continuation byte has its top bit set and the next one clear; the mask's set bits, moved
    // down to bit 0 of their bytes, are summed into the top byte by the multiplication.
    const uint64_t continuation = (word & ~(word << 1) & kHighBits) >> 7;
    n += 8 - static_cast<uint32_t>((continuation * kEachByte) >> 56);
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}
}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t count = 0;
  for (size_t at = 0; at <= text.size(); at += kStride) {
    checkpoints_.push_back(count);
    count += CountCodePoints(text.substr(at, kStride));
  }
}

uint32_t CodePointIndex::ToCodePoint(uint32_t byte_offset) const {
  SITREP_ASSERT(byte_offset <= text_.size());
  const uint32_t block = byte_offset / kStride;
  const uint32_t from = block * kStride;
  return checkpoints_[block] + CountCodePoints(text_.substr(from, byte_offset - from));
}

}  // namespace sitrep
