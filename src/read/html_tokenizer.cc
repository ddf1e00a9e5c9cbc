// See html_tokenizer.h. Tested by html_tokenizer_test.cc, and against gumbo by
// fuzz/fuzz_html_tree.cc.
#include "read/html_tokenizer.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>

#include "core/utf8.h"
#include "read/strings.h"

namespace sitrep {
namespace {

struct NamedReference {
  std::string_view name;
  std::string_view value;
};

constexpr NamedReference kNamedReferences[] = {
#include "read/html_entities.inc"
};

// The longest name in the table ("CounterClockwiseContourIntegral;").
constexpr size_t kMaxReferenceName = 32;
// Legacy names, the ones valid without ";", are at most this long ("middot", "frac12").
constexpr size_t kMaxLegacyName = 6;

// Where the names that start with each byte begin in the sorted table (and end: at the next
// byte's start), so that a look-up searches the hundred-odd names of its letter, not all 2,231.
constexpr std::array<uint16_t, 257> kFirstOfLetter = [] {
  std::array<uint16_t, 257> first{};
  size_t entry = 0;
  for (size_t b = 0; b < 256; ++b) {
    first[b] = static_cast<uint16_t>(entry);
    while (entry < std::size(kNamedReferences) &&
           static_cast<unsigned char>(kNamedReferences[entry].name[0]) == b) {
      ++entry;
    }
  }
  first[256] = static_cast<uint16_t>(entry);
  return first;
}();
static_assert(kFirstOfLetter[256] == std::size(kNamedReferences), "the table must be sorted");

std::string_view LookUpReference(std::string_view name) {
  if (name.empty()) return {};
  const auto letter = static_cast<unsigned char>(name[0]);
  const NamedReference* begin = kNamedReferences + kFirstOfLetter[letter];
  const NamedReference* end = kNamedReferences + kFirstOfLetter[letter + 1];
  const auto it = std::lower_bound(
      begin, end, name,
      [](const NamedReference& entry, std::string_view key) { return entry.name < key; });
  return it != end && it->name == name ? it->value : std::string_view();
}

// The references pages write most, answered before the search of their letter's names: a
// URL's "&amp;" and the JSON some attributes hold in "&quot;" are most of a page's.
constexpr NamedReference kFrequentReferences[] = {
    {"amp;", "&"}, {"quot;", "\""}, {"nbsp;", "\xC2\xA0"}, {"lt;", "<"}, {"gt;", ">"}};
constexpr bool TableAgrees(const NamedReference& frequent) {
  for (const NamedReference& entry : kNamedReferences) {
    if (entry.name == frequent.name) return entry.value == frequent.value;
  }
  return false;
}
static_assert(std::all_of(std::begin(kFrequentReferences), std::end(kFrequentReferences),
                          TableAgrees));

// What "&#128;" to "&#159;" stand for: pages meant windows-1252's characters there.
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHexDigit(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int HexValue(char c) { return IsDigit(c) ? c - '0' : ToLowerAscii(c) - 'a' + 10; }

// Reads the numeric reference after "&#" at |s[*i]|; false, with nothing read, when no digit
// follows.
bool ReadNumericReference(std::string_view s, size_t* i, std::string* out) {
  size_t at = *i;
  const bool hex = at < s.size() && (s[at] == 'x' || s[at] == 'X');
  if (hex) ++at;
  const size_t digits = at;
  char32_t value = 0;
  while (at < s.size() && (hex ? IsHexDigit(s[at]) : IsDigit(s[at]))) {
    value = value * (hex ? 16 : 10) + static_cast<char32_t>(hex ? HexValue(s[at]) : s[at] - '0');
    if (value > 0x10FFFF) value = 0x110000;  // stays out of range however many digits follow
    ++at;
  }
  if (at == digits) return false;
  if (at < s.size() && s[at] == ';') ++at;
  *i = at;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    value = 0xFFFD;
  } else if (value >= 0x80 && value <= 0x9F) {
    value = kWindows1252[value - 0x80];
  }
  AppendUtf8(value, out);
  return true;
}

// Reads the named reference at |s[*i]| (after the '&'); false, with nothing read, when none
// applies. In an attribute a legacy name followed by '=' or a letter or digit is left as written
// ("?a=1&copy=2" in a link).
bool ReadNamedReference(std::string_view s, size_t* i, bool in_attribute, std::string* out) {
  size_t end = *i;
  while (end < s.size() && end - *i < kMaxReferenceName && IsAsciiAlnum(s[end])) ++end;
  if (end == *i) return false;
  if (end < s.size() && s[end] == ';') {
    const std::string_view name = s.substr(*i, end + 1 - *i);
    for (const NamedReference& frequent : kFrequentReferences) {
      if (SameBytes(name, frequent.name)) {
        out->append(frequent.value);
        *i = end + 1;
        return true;
      }
    }
    const std::string_view value = LookUpReference(name);
    if (!value.empty()) {
      out->append(value);
      *i = end + 1;
      return true;
    }
  }
  for (size_t length = std::min(end - *i, kMaxLegacyName); length > 0; --length) {
    const std::string_view value = LookUpReference(s.substr(*i, length));
    if (value.empty()) continue;
    const size_t after = *i + length;
    if (in_attribute && after < s.size() && (s[after] == '=' || IsAsciiAlnum(s[after]))) {
      return false;
    }
    out->append(value);
    *i = after;
    return true;
  }
  return false;
}

// The length of the code point at |s[i]| when it is one gumbo replaces with U+FFFD, as this
// parser does to give the records gumbo gave: controls other than white space (C0, DEL, C1) and
// the noncharacters (U+FDD0 to U+FDEF, and the last two of each plane); else 0.
size_t InvalidCodePointAt(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned b = byte(i);
  if (b < 0x20) return b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == 0 ? 0 : 1;
  if (b == 0x7F) return 1;
  if (b == 0xC2) return byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F ? 2 : 0;
  if (b == 0xEF) {
    const unsigned b1 = byte(i + 1);
    const unsigned b2 = byte(i + 2);
    if (b1 == 0xB7 && b2 >= 0x90 && b2 <= 0xAF) return 3;
    return b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    return (byte(i + 1) & 0x0F) == 0x0F && byte(i + 2) == 0xBF &&
                   (byte(i + 3) == 0xBE || byte(i + 3) == 0xBF)
               ? 4
               : 0;
  }
  return 0;
}

// Bytes that may start something Decode changes.
constexpr std::array<bool, 256> kSpecialBytes = [] {
  std::array<bool, 256> special{};
  for (int b = 0; b < 0x20; ++b) special[b] = b != '\t' && b != '\n' && b != '\f';
  for (const int b : {int{'&'}, 0x7F, 0xC2, 0xEF, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4}) special[b] = true;
  return special;
}();

// Whether the byte at |s[i]|, one kSpecialBytes marks, starts something Decode changes: an
// ampersand but in raw text, a carriage return, a NUL, or a code point gumbo replaces.
bool ChangesAt(std::string_view s, size_t i, bool raw) {
  const char b = s[i];
  if (b == '&') return !raw;
  return b == '\r' || b == '\0' || InvalidCodePointAt(s, i) > 0;
}

#ifdef __SSE2__
// The bytes of the sixteen at |p| that kSpecialBytes marks, a bit each. Most blocks of text and
// attribute values are ASCII with no control, '&' or DEL and pass the first test; the exact one
// then lets line feeds, tabs and the letters of most languages ("ä" is C3 A4) through, where a
// scan stopping at every control and non-ASCII byte went back to one byte at a time. Inlined
// always: its two callers loop over it, and a call a block cost more than the test.
[[gnu::always_inline]] inline int SpecialByteMask(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto is = [&](unsigned char c) {
    return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c)));
  };
  // Below 0x20 as a signed byte: the controls, and every byte from 0x80 up.
  const __m128i coarse =
      _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_or_si128(is('&'), is(0x7F)));
  if (_mm_movemask_epi8(coarse) == 0) return 0;
  const __m128i below_space = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
  const __m128i kept_space = _mm_or_si128(is('\t'), _mm_or_si128(is('\n'), is('\f')));
  // F0 to F4, the lead bytes of the planes past the first: v - 0xF0 is at most 4 unsigned.
  const __m128i past_f0 = _mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>(0xF0)));
  const __m128i plane_lead = _mm_cmpeq_epi8(_mm_min_epu8(past_f0, _mm_set1_epi8(4)), past_f0);
  const __m128i special = _mm_or_si128(
      _mm_or_si128(_mm_andnot_si128(kept_space, below_space), _mm_or_si128(is('&'), is(0x7F))),
      _mm_or_si128(_mm_or_si128(is(0xC2), is(0xEF)), plane_lead));
  return _mm_movemask_epi8(special);
}
#endif

// Where the first byte at or after |i| that kSpecialBytes marks is; |s.size()| when none is.
size_t NextSpecialByte(std::string_view s, size_t i) {
#ifdef __SSE2__
  for (; i + 16 <= s.size(); i += 16) {
    if (const int mask = SpecialByteMask(s.data() + i); mask != 0) return i + __builtin_ctz(mask);
  }
#endif
  while (i < s.size() && !kSpecialBytes[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

// Whether Decode would change |s|.
bool NeedsDecoding(std::string_view s, bool raw) {
  size_t i = 0;
#ifdef __SSE2__
  if (s.size() >= 16) {
    while (true) {
      // The last block ends where |s| does, overlapping the one before: the bytes past |s| may
      // be past the page.
      const size_t at = std::min(i, s.size() - 16);
      for (int mask = SpecialByteMask(s.data() + at); mask != 0; mask &= mask - 1) {
        if (ChangesAt(s, at + static_cast<size_t>(__builtin_ctz(mask)), raw)) return true;
      }
      if (at + 16 == s.size()) return false;
      i = at + 16;
    }
  }
#endif
  for (; i < s.size(); ++i) {
    if (kSpecialBytes[static_cast<unsigned char>(s[i])] && ChangesAt(s, i, raw)) return true;
  }
  return false;
}

// Where the quoted value from |from| closes with |quote|, |s.size()| when it does not; with
// |*plain| set when the value is known to need no decoding. Most values (class names, short
// links) close within sixteen bytes, which one block's test reads for both, where a search for
// the quote and NeedsDecoding were two calls; a longer value is left to those.
size_t ClosingQuote(std::string_view s, size_t from, char quote, bool* plain) {
#ifdef __SSE2__
  if (from + 16 <= s.size()) {
    const char* p = s.data() + from;
    const int quotes = _mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8(quote)));
    if (quotes != 0) {
      *plain = (SpecialByteMask(p) & ((quotes & -quotes) - 1)) == 0;
      return from + static_cast<size_t>(__builtin_ctz(quotes));
    }
  }
#endif
  const size_t close = s.find(quote, from);
  return close == std::string_view::npos ? s.size() : close;
}

// What a byte is to the scans of a tag, one table look-up a byte: tags are most of a page's
// markup, and their names and attributes were read with several compares a byte.
enum TagByte : uint8_t {
  kSpace = 1,        // white space: between attributes, and it ends a name or unquoted value
  kEndsName = 2,     // white space, '/' or '>': ends a tag's name
  kEndsAttr = 4,     // the same or '=': ends an attribute's name
  kEndsValue = 8,    // white space or '>': ends an unquoted value
  kNeedsLower = 16,  // upper case, or a byte that may start a code point LowerName replaces
};
constexpr std::array<uint8_t, 256> kTagBytes = [] {
  std::array<uint8_t, 256> bytes{};
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    uint8_t k = 0;
    if (space) k |= kSpace | kEndsName | kEndsAttr | kEndsValue;
    if (c == '/' || c == '>') k |= kEndsName | kEndsAttr;
    if (c == '=') k |= kEndsAttr;
    if (c == '>') k |= kEndsValue;
    if ((c >= 'A' && c <= 'Z') || kSpecialBytes[b]) k |= kNeedsLower;
    bytes[b] = k;
  }
  return bytes;
}();

uint8_t TagByteOf(char c) { return kTagBytes[static_cast<unsigned char>(c)]; }

bool StartsWith(std::string_view html, size_t at, std::string_view s) {
  return html.substr(at, s.size()) == s;
}

// One past the end of the comment that opens at |from| ("<!--"): "<!-->" and "<!--->" are whole
// comments, and "--!>" ends one as "-->" does.
size_t CommentEnd(std::string_view html, size_t from) {
  const size_t body = from + 4;
  if (StartsWith(html, body, ">")) return body + 1;
  if (StartsWith(html, body, "->")) return body + 2;
  for (size_t dash = html.find("--", body); dash != std::string_view::npos;
       dash = html.find("--", dash + 1)) {
    if (StartsWith(html, dash + 2, ">")) return dash + 3;
    if (StartsWith(html, dash + 2, "!>")) return dash + 4;
  }
  return html.size();
}

// Whether an end tag "</|name|" followed by white space, '/' or '>' starts at |at|: the only end
// tag that ends raw text.
bool IsEndTagAt(std::string_view html, size_t at, std::string_view name) {
  const size_t after = at + 2 + name.size();
  return after < html.size() && html[at] == '<' && html[at + 1] == '/' &&
         EqualsNoCase(html.substr(at + 2, name.size()), name) &&
         (IsHtmlSpace(html[after]) || html[after] == '/' || html[after] == '>');
}

// Where the raw text of a <|name|> element that starts at |from| ends: at its end tag (for
// <plaintext>, the page's end).
size_t RawTextEnd(std::string_view html, size_t from, std::string_view name) {
  if (name == "plaintext") return html.size();
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (IsEndTagAt(html, i, name)) return i;
  }
  return html.size();
}

// Where a script's text that starts at |from| ends, by the script data states. Inside "<!--" an
// "<script" opens a nested ("double escaped") run in which "</script" does not
// end the script but the nested run; "-->" ends both.
size_t ScriptEnd(std::string_view html, size_t from) {
  enum { kData, kEscaped, kEscapedDash, kEscapedDashDash, kDouble, kDoubleDash, kDoubleDashDash };
  int state = kData;
  // The ASCII letters after "<" or "</", lower-cased, and one past them, when they spell "script"
  // and a white space, '/' or '>' follows.
  const auto script_name_at = [&](size_t at) {
    return EqualsNoCase(html.substr(at, 6), "script") && at + 6 < html.size() &&
           (IsHtmlSpace(html[at + 6]) || html[at + 6] == '/' || html[at + 6] == '>');
  };
  size_t i = from;
  while (i < html.size()) {
    if (state == kData) {
      // Nothing but "<" matters until an escape opens.
      i = html.find('<', i);
      if (i == std::string_view::npos) return html.size();
    }
    const char c = html[i];
    const bool in_double = state >= kDouble;
    if (c == '<') {
      if (state == kData) {
        if (IsEndTagAt(html, i, "script")) return i;
        if (StartsWith(html, i, "<!--")) {
          state = kEscapedDashDash;
          i += 4;
          continue;
        }
      } else if (!in_double) {
        if (IsEndTagAt(html, i, "script")) return i;
        if (script_name_at(i + 1)) {
          state = kDouble;
          i += 8;  // "<script" and the character after it
          continue;
        }
        state = kEscaped;
      } else {
        if (StartsWith(html, i, "</") && script_name_at(i + 2)) {
          state = kEscaped;
          i += 9;  // "</script" and the character after it
          continue;
        }
        state = kDouble;
      }
      ++i;
      continue;
    }
    if (c == '-') {
      state = state == kEscaped       ? kEscapedDash
              : state == kDouble      ? kDoubleDash
              : state == kEscapedDash ? kEscapedDashDash
              : state == kDoubleDash  ? kDoubleDashDash
                                      : state;
    } else if (c == '>' && (state == kEscapedDashDash || state == kDoubleDashDash)) {
      state = kData;
    } else {
      state = in_double ? kDouble : kEscaped;
    }
    ++i;
  }
  return html.size();
}

}  // namespace

void HtmlTokenizer::SetTextState(TextState state, std::string_view end_tag_name, bool skip) {
  state_ = state;
  end_tag_name_ = end_tag_name;
  skip_text_ = skip;
}

std::string_view HtmlTokenizer::Decode(std::string_view s, TextKind kind) {
  const bool raw = kind == TextKind::kRaw;
  const bool in_attribute = kind == TextKind::kAttribute;
  scratch_.clear();
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '&' && !raw) {
      size_t at = i + 1;
      const bool read = at < s.size() && s[at] == '#'
                            ? ReadNumericReference(s, &++at, &scratch_)
                            : ReadNamedReference(s, &at, in_attribute, &scratch_);
      if (read) {
        i = at;
      } else {
        scratch_ += '&';
        ++i;
      }
    } else if (c == '\r') {
      scratch_ += '\n';
      i += i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    } else if (c == '\0') {
      // The body's text drops a NUL; elsewhere it is U+FFFD.
      if (kind != TextKind::kData) scratch_ += "\xEF\xBF\xBD";
      dropped_nul_ = kind == TextKind::kData;
      ++i;
    } else if (const size_t invalid = InvalidCodePointAt(s, i); invalid > 0) {
      scratch_ += "\xEF\xBF\xBD";
      i += invalid;
    } else {
      // The run up to the next byte that may need a change goes as it is.
      const size_t end = NextSpecialByte(s, i + 1);
      scratch_.append(s.substr(i, end - i));
      i = end;
    }
  }
  return arena_->Copy(scratch_);
}

HtmlToken HtmlTokenizer::TextToken(size_t begin, size_t end, TextKind kind, bool plain) {
  HtmlToken token;
  token.type = HtmlToken::Type::kText;
  const std::string_view text = html_.substr(begin, end - begin);
  dropped_nul_ = false;
  token.text = !plain && NeedsDecoding(text, kind == TextKind::kRaw) ? Decode(text, kind) : text;
  token.dropped_nul = dropped_nul_;
  return token;
}

HtmlToken HtmlTokenizer::Next() {
  const size_t n = html_.size();
  if (state_ != TextState::kData) {
    const TextState state = state_;
    state_ = TextState::kData;
    const size_t begin = pos_;
    pos_ = state == TextState::kPlaintext ? n
           : state == TextState::kScript  ? ScriptEnd(html_, begin)
                                          : RawTextEnd(html_, begin, end_tag_name_);
    if (pos_ > begin && !skip_text_) {
      return TextToken(begin, pos_,
                       state == TextState::kRcdata ? TextKind::kRcdata : TextKind::kRaw);
    }
  }
  while (pos_ < n) {
    // Text runs to the next '<' that starts markup; any other '<' is text.
    size_t lt = pos_;
    // Most text between tags is short (white space, a word or two): one block's test finds its
    // '<' and whether anything before it may need decoding, where the search and NeedsDecoding
    // were two calls. Text up to |plain_end| needs none.
    size_t plain_end = 0;
    bool found = false;  // |lt| is the first '<' from |pos_| on
#ifdef __SSE2__
    if (pos_ + 16 <= n) {
      const char* p = html_.data() + pos_;
      const int lts = _mm_movemask_epi8(
          _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), _mm_set1_epi8('<')));
      if (lts == 0) {
        lt = pos_ + 16;
      } else {
        found = true;
        lt = pos_ + static_cast<size_t>(__builtin_ctz(lts));
        if (lt > pos_ && (SpecialByteMask(p) & ((lts & -lts) - 1)) == 0) plain_end = lt;
      }
    }
#endif
    while (true) {
      if (!found) lt = html_.find('<', lt);
      found = false;
      if (lt == std::string_view::npos || lt + 1 >= n) {
        lt = n;
        break;
      }
      const char next = html_[lt + 1];
      // "</" at the page's end is text too.
      if (IsAsciiAlpha(next) || (next == '/' && lt + 2 < n) || next == '!' || next == '?') break;
      ++lt;
    }
    if (lt > pos_) {
      const size_t begin = pos_;
      pos_ = lt;
      // SVG and MathML keep a NUL as U+FFFD, as RCDATA does.
      return TextToken(begin, lt, foreign_text_ ? TextKind::kRcdata : TextKind::kData,
                       lt == plain_end);
    }
    const char next = html_[lt + 1];
    if (IsAsciiAlpha(next)) return ReadTag(lt, false);
    if (next == '/') {
      if (lt + 2 < n && IsAsciiAlpha(html_[lt + 2])) return ReadTag(lt, true);
      if (lt + 2 < n && html_[lt + 2] == '>') {
        pos_ = lt + 3;  // "</>" is dropped
        continue;
      }
    } else if (next == '!') {
      if (StartsWith(html_, lt, "<!--")) {
        pos_ = CommentEnd(html_, lt);
        continue;
      }
      if (lt + 9 <= n && EqualsNoCase(html_.substr(lt + 2, 7), "doctype")) return ReadDoctype(lt);
      if (in_foreign_content_ && StartsWith(html_, lt, "<![CDATA[")) {
        const size_t begin = lt + 9;
        const size_t close = html_.find("]]>", begin);
        const size_t end = close == std::string_view::npos ? n : close;
        pos_ = close == std::string_view::npos ? n : close + 3;
        if (end > begin) return TextToken(begin, end, TextKind::kRaw);
        continue;
      }
    }
    // A bogus comment ("<?xml ...>", "</ x>", "<!x>") runs to the next '>'.
    const size_t close = html_.find('>', lt + 2);
    pos_ = close == std::string_view::npos ? n : close + 1;
  }
  return {};
}

HtmlToken HtmlTokenizer::ReadDoctype(size_t lt) {
  const size_t n = html_.size();
  size_t close = html_.find('>', lt + 9);
  if (close == std::string_view::npos) close = n;
  pos_ = close == n ? n : close + 1;
  std::string_view rest = html_.substr(lt + 9, close - lt - 9);
  while (!rest.empty() && IsHtmlSpace(rest.front())) rest.remove_prefix(1);
  size_t name_end = 0;
  while (name_end < rest.size() && !IsHtmlSpace(rest[name_end])) ++name_end;
  HtmlToken token;
  token.type = HtmlToken::Type::kDoctype;
  // "<!DOCTYPE html>" and the XHTML and HTML 4.01 ones that name their DTD file ask for
  // standards mode; anything older is read in quirks mode, where a <table> does not close a <p>.
  const std::string_view ids = rest.substr(name_end);
  const bool has_system =
      ids.find("http") != std::string_view::npos || ids.find(".dtd") != std::string_view::npos;
  token.standards_doctype = EqualsNoCase(rest.substr(0, name_end), "html") &&
                            (ids.find_first_not_of(" \t\n\r\f") == std::string_view::npos ||
                             ContainsNoCase(ids, "-//w3c//dtd xhtml") ||
                             (ContainsNoCase(ids, "-//w3c//dtd html 4.01") && has_system) ||
                             ContainsNoCase(ids, "-//w3c//dtd html 4.01//"));
  return token;
}

std::string_view HtmlTokenizer::LowerName(std::string_view name) {
  scratch_.clear();
  for (size_t i = 0; i < name.size();) {
    const size_t invalid = name[i] == '\0' ? 1 : InvalidCodePointAt(name, i);
    if (invalid > 0) {
      scratch_ += "\xEF\xBF\xBD";
      i += invalid;
    } else {
      scratch_ += ToLowerAscii(name[i++]);
    }
  }
  return arena_->Copy(scratch_);
}

HtmlToken HtmlTokenizer::ReadTag(size_t lt, bool end_tag) {
  const size_t n = html_.size();
  size_t i = lt + (end_tag ? 2 : 1);
  const size_t name_begin = i;
  uint8_t seen = 0;
  for (uint8_t k; i < n && !((k = TagByteOf(html_[i])) & kEndsName); ++i) seen |= k;
  const bool upper = seen & kNeedsLower;
  HtmlToken token;
  token.type = end_tag ? HtmlToken::Type::kEndTag : HtmlToken::Type::kStartTag;
  token.name = html_.substr(name_begin, i - name_begin);
  if (upper) token.name = LowerName(token.name);
  token.tag = TagOfName(token.name);
  attributes_.clear();
  // The attribute states: a name runs to white space, '/', '>' or '=' (and may start with '=');
  // a value is quoted or runs to white space or '>'; a '/' right before '>' closes the tag
  // itself. A page that ends inside a tag loses the tag.
  while (i < n) {
    const char c = html_[i];
    if (TagByteOf(c) & kSpace) {
      ++i;
      continue;
    }
    if (c == '>') {
      pos_ = i + 1;
      token.attributes = attributes_.data();
      token.attribute_count = static_cast<uint32_t>(attributes_.size());
      return token;
    }
    if (c == '/') {
      if (i + 1 < n && html_[i + 1] == '>') {
        token.self_closing = true;
        pos_ = i + 2;
        token.attributes = attributes_.data();
        token.attribute_count = static_cast<uint32_t>(attributes_.size());
        return token;
      }
      ++i;
      continue;
    }
    const size_t attr_begin = i;
    seen = TagByteOf(c);
    ++i;  // the first character belongs to the name, even '='
    for (uint8_t k; i < n && !((k = TagByteOf(html_[i])) & kEndsAttr); ++i) seen |= k;
    const bool attr_upper = seen & kNeedsLower;
    std::string_view name = html_.substr(attr_begin, i - attr_begin);
    size_t after_name = i;
    while (after_name < n && (TagByteOf(html_[after_name]) & kSpace)) ++after_name;
    std::string_view value;
    bool plain_value = false;  // known to need no decoding
    if (after_name < n && html_[after_name] == '=') {
      i = after_name + 1;
      while (i < n && (TagByteOf(html_[i]) & kSpace)) ++i;
      if (i < n && (html_[i] == '"' || html_[i] == '\'')) {
        const size_t close = ClosingQuote(html_, i + 1, html_[i], &plain_value);
        if (close == n) break;
        value = html_.substr(i + 1, close - i - 1);
        i = close + 1;
      } else {
        const size_t value_begin = i;
        while (i < n && !(TagByteOf(html_[i]) & kEndsValue)) ++i;
        value = html_.substr(value_begin, i - value_begin);
      }
    }
    if (end_tag) continue;
    if (attr_upper) name = LowerName(name);
    // SameBytes, a loop inline, where == called memcmp for every name of the same length
    // ("class" is as long as "style").
    if (SameBytes(name, "style") || (name.size() > 2 && name[0] == 'o' && name[1] == 'n')) continue;
    const bool repeated =
        std::any_of(attributes_.begin(), attributes_.end(),
                    [&](const HtmlAttribute& a) { return SameBytes(a.name, name); });
    if (repeated) {
      repeated_attribute_ = true;
      continue;
    }
    // Asked only of the values kept: style= values are long, and end tags' and repeated
    // attributes are dropped too.
    if (!plain_value && NeedsDecoding(value, false)) value = Decode(value, TextKind::kAttribute);
    attributes_.push_back({name, value});
  }
  pos_ = n;
  // The same object as the other returns, so that it is built in the caller's place (a return
  // of another one made every tag's a copy).
  token = HtmlToken();
  return token;
}

}  // namespace sitrep
