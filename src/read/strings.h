// Small string helpers the readers share: ASCII case-insensitive comparison (HTML tag and
// attribute names, and the keywords pages use, are ASCII-case-insensitive) and word counting.
//
// Not for: Unicode case folding or normalisation; those use utf8proc where a stage needs them.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace sitrep {

bool IsHtmlSpace(char c);
bool IsAsciiAlpha(char c);
bool IsAsciiAlnum(char c);
char ToLowerAscii(char c);
std::string LowerAscii(std::string_view s);
bool EqualsNoCase(std::string_view a, std::string_view b);
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
bool EndsWithNoCase(std::string_view s, std::string_view suffix);
// |part| must be lower case.
bool ContainsNoCase(std::string_view s, std::string_view part);
bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names);
// Words are runs of letters and digits, in any script.
int CountWords(std::string_view text);

}  // namespace sitrep
