// See json_writer.h. Tested by json_writer_test.cc, which also checks the output against
// nlohmann::json's dump() for the strings and numbers a record holds.
#include "core/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/byte_scan.h"
#include "core/error_codes.h"
#include "core/utf8.h"

namespace sitrep {
namespace {

// Whether one of the eight bytes of |word| is a control, '"', '\\' or not ASCII: the bytes a
// string cannot copy as they are.
bool NeedsAttention(uint64_t word) {
  return HasByteBelow(word, 0x20) || HasHighByte(word) || HasByte(word, '"') || HasByte(word, '\\');
}

bool IsPlain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// One past the run of bytes from |i| that go out as they are.
size_t PlainRunEnd(std::string_view s, size_t i) {
#ifdef __SSE2__
  // Signed, the bytes from 0x80 up are below 0x20 as well as the controls.
  const __m128i below = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'),
                backslash = _mm_set1_epi8('\\');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i attention =
        _mm_or_si128(_mm_cmplt_epi8(v, below),
                     _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    if (const int mask = _mm_movemask_epi8(attention); mask != 0) return i + __builtin_ctz(mask);
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    if (NeedsAttention(LoadWord(s, i))) break;
  }
  while (i < s.size() && IsPlain(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

void AppendEscapedControl(unsigned char c, std::string* out) {
  switch (c) {
    case '\b': out->append("\\b"); return;
    case '\t': out->append("\\t"); return;
    case '\n': out->append("\\n"); return;
    case '\f': out->append("\\f"); return;
    case '\r': out->append("\\r"); return;
    default: break;
  }
  constexpr char kHex[] = "0123456789abcdef";
  const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  out->append(escaped, sizeof escaped);
}

// The escape of the three characters that Python's str.splitlines() and the Unicode
// line-breaking rules take as the end of a line (U+0085, U+2028, U+2029), or "" for any other
// code point, which goes out as its own UTF-8: a JSON Lines reader that split on them would cut a
// record in two.
std::string_view LineEndEscape(std::string_view utf8) {
  if (utf8 == "\xC2\x85") return "\\u0085";
  if (utf8 == "\xE2\x80\xA8") return "\\u2028";
  if (utf8 == "\xE2\x80\xA9") return "\\u2029";
  return {};
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  // Bytes that go out as they are, well-formed UTF-8 among them, are appended a stretch at a
  // time: from |copied| to where one must be written otherwise.
  size_t copied = 0;
  for (size_t i = PlainRunEnd(s, 0); i < s.size(); i = PlainRunEnd(s, i)) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t length = 0, bad = 0;
    std::string_view escape;
    if (c >= 0x80) {
      length = WellFormedUtf8Length(s, i, &bad);
      if (length > 0) {
        escape = LineEndEscape(s.substr(i, length));
        if (escape.empty()) {
          i += length;
          continue;
        }
      }
    }
    out->append(s.data() + copied, i - copied);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
      ++i;
    } else if (c < 0x20) {
      AppendEscapedControl(c, out);
      ++i;
    } else if (length > 0) {
      out->append(escape);
      i += length;
    } else {
      out->append("\xEF\xBF\xBD");
      i += bad;
    }
    copied = i;
  }
  out->append(s.data() + copied, s.size() - copied);
  out->push_back('"');
}

void AppendJsonDouble(double d, std::string* out) {
  if (!std::isfinite(d)) {
    out->append("null");
    return;
  }
  if (d == 0) {
    out->append(std::signbit(d) ? "-0.0" : "0.0");
    return;
  }
  // The shortest digits that read back as |d|, as d.ddde±x, laid out again by nlohmann's rule.
  char buffer[40];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, d, std::chars_format::scientific);
  SITREP_ASSERT(error == std::errc());
  std::string_view text(buffer, end - buffer);
  if (text.front() == '-') {
    out->push_back('-');
    text.remove_prefix(1);
  }
  const size_t e = text.find('e');
  std::string digits;
  for (const char c : text.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  int exponent = 0;
  std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(), exponent);
  const int k = static_cast<int>(digits.size());
  const int n = exponent + 1;  // where the decimal point goes, counted from the first digit
  constexpr int kMinExponent = -4;
  constexpr int kMaxExponent = 15;
  if (k <= n && n <= kMaxExponent) {
    out->append(digits);
    out->append(static_cast<size_t>(n - k), '0');
    out->append(".0");
  } else if (0 < n && n <= kMaxExponent) {
    out->append(digits, 0, static_cast<size_t>(n));
    out->push_back('.');
    out->append(digits, static_cast<size_t>(n));
  } else if (kMinExponent < n && n <= 0) {
    out->append("0.");
    out->append(static_cast<size_t>(-n), '0');
    out->append(digits);
  } else {
    out->push_back(digits[0]);
    if (k > 1) {
      out->push_back('.');
      out->append(digits, 1);
    }
    const int shown = n - 1;
    out->push_back('e');
    out->push_back(shown < 0 ? '-' : '+');
    const int magnitude = shown < 0 ? -shown : shown;
    if (magnitude < 10) out->push_back('0');
    out->append(std::to_string(magnitude));
  }
}

void JsonWriter::NewLine(size_t depth) {
  out_->push_back('\n');
  out_->append(depth * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (!level.empty) out_->push_back(',');
  level.empty = false;
  if (indent_ >= 0) NewLine(levels_.size());
}

void JsonWriter::Close(char bracket) {
  SITREP_ASSERT(!levels_.empty() && !after_key_);
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty && indent_ >= 0) NewLine(levels_.size());
  out_->push_back(bracket);
}

void JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  levels_.push_back({});
}

void JsonWriter::EndObject() { Close('}'); }

void JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  levels_.push_back({});
}

void JsonWriter::EndArray() { Close(']'); }

void JsonWriter::Key(std::string_view name) {
  SITREP_ASSERT(!levels_.empty() && !after_key_);
  Separate();
  // A record's names are short and plain ASCII: written with their quotes and colon in one
  // append, where the general string writer took four calls and a scan for escapes.
  char buffer[48];
  if (name.size() + 4 <= sizeof buffer &&
      std::all_of(name.begin(), name.end(), [](char c) { return IsPlain(c); })) {
    buffer[0] = '"';
    std::memcpy(buffer + 1, name.data(), name.size());
    size_t size = name.size() + 1;
    buffer[size++] = '"';
    buffer[size++] = ':';
    if (indent_ >= 0) buffer[size++] = ' ';
    out_->append(buffer, size);
  } else {
    AppendJsonString(name, out_);
    out_->append(indent_ >= 0 ? ": " : ":");
  }
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  Separate();
  AppendJsonString(s, out_);
}

void JsonWriter::StringOrNull(std::string_view s) {
  if (s.empty()) {
    Null();
  } else {
    String(s);
  }
}

void JsonWriter::Null() {
  Separate();
  out_->append("null");
}

void JsonWriter::Bool(bool b) {
  Separate();
  out_->append(b ? "true" : "false");
}

void JsonWriter::Int(int64_t n) {
  Separate();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
  out_->append(buffer, end);
}

void JsonWriter::Uint(uint64_t n) {
  Separate();
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, n).ptr;
  out_->append(buffer, end);
}

void JsonWriter::Raw(std::string_view json) {
  Separate();
  out_->append(json);
}

void JsonWriter::Double(double d) {
  Separate();
  AppendJsonDouble(d, out_);
}

}  // namespace sitrep
