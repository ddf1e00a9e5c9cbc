// Small string helpers the readers share: ASCII case-insensitive comparison (HTML tag and
// attribute names, and the keywords pages use, are ASCII-case-insensitive) and word counting.
//
// Not for: Unicode case folding or normalisation; those use utf8proc where a stage needs them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sitrep {

// Inline: the HTML prepass calls these for every byte of a page.
inline bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
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

// A word's three-byte runs as bits of one integer, for words tested against many fixed parts
// (class words against the readers' lists): a part whose first three bytes have no bit set is
// not in the word, and is passed over without a search.
constexpr uint32_t ThreeByteHash(char a, char b, char c) {
  return static_cast<unsigned char>(a) * 961u + static_cast<unsigned char>(b) * 31u +
         static_cast<unsigned char>(c);
}
inline uint64_t ThreeByteRunBit(char a, char b, char c) {
  return uint64_t{1} << (ThreeByteHash(a, b, c) % 64);
}
inline uint64_t ThreeByteRuns(std::string_view word) {
  uint64_t runs = 0;
  for (size_t i = 0; i + 3 <= word.size(); ++i) {
    runs |= ThreeByteRunBit(word[i], word[i + 1], word[i + 2]);
  }
  return runs;
}
// False when |runs| (ThreeByteRuns of a word) shows that the word cannot hold |part|.
inline bool MayHold(uint64_t runs, std::string_view part) {
  return part.size() < 3 || (runs & ThreeByteRunBit(part[0], part[1], part[2])) != 0;
}

// Words are runs of letters and digits, in any script.
int CountWords(std::string_view text);

}  // namespace sitrep
