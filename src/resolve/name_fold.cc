// Place-name folding. Tested by name_fold_test.cc.
//
// Plain ASCII, most of what news text names, takes a fast path without utf8proc; the rest goes
// code point by code point through utf8proc's compatibility decomposition with case folding,
// mark stripping and lumping (which maps the many dashes and quotes to ASCII ones first).
#include "resolve/name_fold.h"

#include <utf8proc.h>

#include "core/utf8.h"

namespace sitrep::places {
namespace {

// Appends one folded ASCII character: letters and digits lowercased, separators as a single
// space, apostrophes, quotes and full stops dropped, and other symbols kept as they are.
void AppendAscii(char c, std::string& out) {
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  switch (c) {
    case '\'':
    case '`':
    case '"':
    case '.': return;
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case '-':
    case '_':
    case '/':
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      return;
    default: out.push_back(c);
  }
}

// Letters that compatibility decomposition leaves alone but readers take for plain Latin.
const char* LatinSpelling(char32_t cp) {
  switch (cp) {
    case U'ø': return "o";
    case U'ł': return "l";
    case U'đ': return "d";
    case U'ð': return "d";
    case U'æ': return "ae";
    case U'œ': return "oe";
    case U'ı': return "i";
    case U'þ': return "th";
    case U'ħ': return "h";
    default: return nullptr;
  }
}

bool IsApostropheLike(char32_t cp) {
  // Modifier letters used as apostrophes and primes (ʼ ʹ ʻ ʽ ′ ´), which lumping leaves.
  return cp == 0x02BC || cp == 0x02B9 || cp == 0x02BB || cp == 0x02BD || cp == 0x2032 ||
         cp == 0x00B4 || cp == 0x2018 || cp == 0x2019 || cp == 0x201B;
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  constexpr auto kOptions =
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK | UTF8PROC_LUMP | UTF8PROC_IGNORE);
  size_t pos = 0;
  while (pos < name.size()) {
    const auto byte = static_cast<unsigned char>(name[pos]);
    if (byte < 0x80) {
      AppendAscii(static_cast<char>(byte), out);
      ++pos;
      continue;
    }
    const char32_t cp = DecodeUtf8(name, &pos);
    if (IsApostropheLike(cp)) continue;
    utf8proc_int32_t parts[16];
    int boundclass = 0;
    const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts, 16,
                                                       kOptions, &boundclass);
    if (n < 0 || n > 16) continue;
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
      const auto part = static_cast<char32_t>(parts[i]);
      if (part < 0x80) {
        AppendAscii(static_cast<char>(part), out);
      } else if (const char* latin = LatinSpelling(part)) {
        out += latin;
      } else if (IsApostropheLike(part)) {
        continue;
      } else if (utf8proc_category(parts[i]) == UTF8PROC_CATEGORY_ZS) {
        AppendAscii(' ', out);
      } else {
        AppendUtf8(part, &out);
      }
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty() && out.front() == ' ') out.erase(0, 1);
  return out;
}

}  // namespace sitrep::places
