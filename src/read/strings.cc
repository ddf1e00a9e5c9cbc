// See strings.h. Tested by strings_test.cc.
#include "read/strings.h"

#include <utf8proc.h>

#include <algorithm>

#include "core/utf8.h"

namespace sitrep {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ToLowerAscii);
  return out;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return ToLowerAscii(x) == ToLowerAscii(y);
         });
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsNoCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsNoCase(s.substr(s.size() - suffix.size()), suffix);
}

bool ContainsNoCase(std::string_view s, std::string_view part) {
  return LowerAscii(s).find(part) != std::string::npos;
}

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (size_t pos = 0; pos < text.size();) {
    bool word_char;
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      // In ASCII the letters and digits are exactly the word characters: no table look-up.
      word_char = IsAsciiAlnum(text[pos++]);
    } else {
      const auto category =
          utf8proc_category(static_cast<utf8proc_int32_t>(DecodeUtf8(text, &pos)));
      word_char = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                  (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
    }
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

}  // namespace sitrep
