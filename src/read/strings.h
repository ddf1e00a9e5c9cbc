// Small string helpers the readers share: ASCII case-insensitive comparison (HTML tag and
// attribute names, and the keywords pages use, are ASCII-case-insensitive) and word counting.
//
// Not for: Unicode case folding or normalisation; those use utf8proc where a stage needs them.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/byte_scan.h"

namespace sitrep {

// Inline: the HTML prepass calls these for every byte of a page.
inline bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

#ifdef __SSE2__
// The bytes of |v| that are HTML white space (IsHtmlSpace), as 0xFF each: for the sixteen-byte
// scans over markup's line breaks and indentation.
inline __m128i HtmlSpaceBytes(__m128i v) {
  return _mm_or_si128(
      _mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
      _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\v')), BytesInRange(v, '\t', '\r')));
}
#endif
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }
inline char ToLowerAscii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
std::string LowerAscii(std::string_view s);
bool EqualsNoCase(std::string_view a, std::string_view b);
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
bool EndsWithNoCase(std::string_view s, std::string_view suffix);
// |part| must be lower case.
bool ContainsNoCase(std::string_view s, std::string_view part);
// Byte compares written out inline, for the short names and words the readers test millions of
// times a batch (tag and attribute names, class words, cue words): a call to memcmp costs more
// than such a compare, which mostly stops at its first or second byte.
inline bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}
// Inline, with SameBytes: the lists are written out at the call, and each comparison with a
// name of known length becomes a length test and a few byte compares, not a call to memcmp.
inline bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (const std::string_view n : names) {
    if (SameBytes(n, name)) return true;
  }
  return false;
}
inline bool StartsWithBytes(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && SameBytes(s.substr(0, prefix.size()), prefix);
}

// Words are runs of letters and digits, in any script.
int CountWords(std::string_view text);

}  // namespace sitrep
