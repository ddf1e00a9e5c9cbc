// See json_tree.h. Tested by json_tree_test.cc.
//
// One pass, no recursion (a script may nest deeply): the containers being read are a stack, and
// the members read so far wait on a second one until their container ends, when they are sorted
// and moved into the tree together.
#include "read/json_tree.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/utf8.h"

namespace sitrep {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The length of the well-formed UTF-8 sequence at |at| (its first byte 0x80 or more), or 0: the
// byte ranges of RFC 3629, which nlohmann checks inside strings too.
size_t Utf8Length(std::string_view s, size_t at) {
  const auto byte = [&](size_t i) -> unsigned {
    return at + i < s.size() ? static_cast<unsigned char>(s[at + i]) : 0;
  };
  const auto in = [&](size_t i, unsigned low, unsigned high) {
    return byte(i) >= low && byte(i) <= high;
  };
  const unsigned lead = byte(0);
  if (lead >= 0xC2 && lead <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned low = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned high = lead == 0xED ? 0x9F : 0xBF;
    return in(1, low, high) && in(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned high = lead == 0xF4 ? 0x8F : 0xBF;
    return in(1, low, high) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// The four hex digits at |at| as a number, or -1.
int HexQuad(std::string_view s, size_t at) {
  if (at + 4 > s.size()) return -1;
  int value = 0;
  for (size_t i = at; i < at + 4; ++i) {
    const char c = s[i];
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool JsonTree::Parse(std::string_view text) {
  text_ = text;
  at_ = 0;
  values_.clear();
  members_.clear();
  decoded_.clear();
  if (Read()) return true;
  values_.clear();
  members_.clear();
  decoded_.clear();
  values_.push_back({});  // Root() stays callable
  root_ = 0;
  return false;
}

std::span<const JsonTree::Member> JsonTree::Members(const Value& value) const {
  if (value.type != Type::kArray && value.type != Type::kObject) return {};
  return std::span(members_).subspan(value.first, value.count);
}

const JsonTree::Value* JsonTree::Find(const Value& object, std::string_view key) const {
  if (object.type != Type::kObject) return nullptr;
  const std::span<const Member> members = Members(object);
  const auto it = std::lower_bound(members.begin(), members.end(), key,
                                   [](const Member& m, std::string_view k) { return m.key < k; });
  return it != members.end() && it->key == key ? it->value : nullptr;
}

// Where a token may start, a NUL byte ends the input, as it does for nlohmann.
bool JsonTree::AtEnd() const { return at_ >= text_.size() || text_[at_] == '\0'; }

// Past white space and comments; false on a comment that is not one.
bool JsonTree::SkipSpace() {
  while (true) {
    while (at_ < text_.size() && IsJsonSpace(text_[at_])) ++at_;
    if (at_ >= text_.size() || text_[at_] != '/') return true;
    const char kind = at_ + 1 < text_.size() ? text_[at_ + 1] : '\0';
    at_ += 2;
    if (kind == '/') {
      while (at_ < text_.size() && text_[at_] != '\n' && text_[at_] != '\r' && text_[at_] != '\0') {
        ++at_;
      }
      at_ = std::min(at_ + 1, text_.size());  // the line's end is read with the comment
    } else if (kind == '*') {
      const size_t end = text_.find("*/", at_);
      const size_t nul = text_.find('\0', at_);
      if (end == std::string_view::npos || nul < end) return false;
      at_ = end + 2;
    } else {
      return false;
    }
  }
}

// A string from its opening quote at at_: a view into the text where it has no escapes.
bool JsonTree::ReadString(std::string_view* out) {
  const size_t start = ++at_;
  std::string* decoded = nullptr;
  size_t copied = start;  // text_ before this is in *decoded
  while (at_ < text_.size()) {
    const auto c = static_cast<unsigned char>(text_[at_]);
    if (c == '"') {
      if (decoded == nullptr) {
        *out = text_.substr(start, at_ - start);
      } else {
        decoded->append(text_.substr(copied, at_ - copied));
        *out = *decoded;
      }
      ++at_;
      return true;
    }
    if (c < 0x20) return false;
    if (c >= 0x80) {
      const size_t length = Utf8Length(text_, at_);
      if (length == 0) return false;
      at_ += length;
      continue;
    }
    if (c != '\\') {
      ++at_;
      continue;
    }
    if (decoded == nullptr) decoded = &decoded_.emplace_back();
    decoded->append(text_.substr(copied, at_ - copied));
    if (at_ + 1 >= text_.size()) return false;
    const char escape = text_[at_ + 1];
    at_ += 2;
    switch (escape) {
      case '"': *decoded += '"'; break;
      case '\\': *decoded += '\\'; break;
      case '/': *decoded += '/'; break;
      case 'b': *decoded += '\b'; break;
      case 'f': *decoded += '\f'; break;
      case 'n': *decoded += '\n'; break;
      case 'r': *decoded += '\r'; break;
      case 't': *decoded += '\t'; break;
      case 'u': {
        int code = HexQuad(text_, at_);
        if (code < 0) return false;
        at_ += 4;
        if (code >= 0xDC00 && code <= 0xDFFF) return false;
        if (code >= 0xD800 && code <= 0xDBFF) {
          // A high surrogate is half of a code point: the low half must follow at once.
          if (text_.substr(at_, 2) != "\\u") return false;
          const int low = HexQuad(text_, at_ + 2);
          if (low < 0xDC00 || low > 0xDFFF) return false;
          at_ += 6;
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        AppendUtf8(static_cast<char32_t>(code), decoded);
        break;
      }
      default: return false;
    }
    copied = at_;
  }
  return false;
}

// A member's key and the colon after it.
bool JsonTree::ReadKey(std::string_view* key) {
  if (!SkipSpace() || AtEnd() || text_[at_] != '"' || !ReadString(key) || !SkipSpace() || AtEnd() ||
      text_[at_] != ':') {
    return false;
  }
  ++at_;
  return true;
}

// A string, number or literal at at_.
bool JsonTree::ReadScalar(uint32_t* value) {
  const char c = text_[at_];
  if (c == '"') {
    std::string_view text;
    if (!ReadString(&text)) return false;
    *value = AddValue({Type::kString, text});
    return true;
  }
  for (const auto& [literal, type] : {std::pair{std::string_view("true"), Type::kBoolean},
                                      std::pair{std::string_view("false"), Type::kBoolean},
                                      std::pair{std::string_view("null"), Type::kNull}}) {
    if (c != literal[0]) continue;
    if (text_.substr(at_, literal.size()) != literal) return false;
    at_ += literal.size();
    *value = AddValue({type});
    return true;
  }
  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  const size_t start = at_;
  const auto digits = [&] {
    const size_t first = at_;
    while (at_ < text_.size() && IsDigit(text_[at_])) ++at_;
    return at_ > first;
  };
  if (at_ < text_.size() && text_[at_] == '-') ++at_;
  if (at_ < text_.size() && text_[at_] == '0') {
    ++at_;
  } else if (!digits()) {
    return false;
  }
  if (at_ < text_.size() && text_[at_] == '.') {
    ++at_;
    if (!digits()) return false;
  }
  if (at_ < text_.size() && (text_[at_] == 'e' || text_[at_] == 'E')) {
    ++at_;
    if (at_ < text_.size() && (text_[at_] == '+' || text_[at_] == '-')) ++at_;
    if (!digits()) return false;
  }
  // A number too large for a double is an error; only a long one or one with an exponent can be.
  const std::string_view number = text_.substr(start, at_ - start);
  if (number.size() > 300 || number.find_first_of("eE") != std::string_view::npos) {
    if (!std::isfinite(std::strtod(std::string(number).c_str(), nullptr))) return false;
  }
  *value = AddValue({Type::kNumber});
  return true;
}

uint32_t JsonTree::AddValue(Value value) {
  values_.push_back(value);
  return static_cast<uint32_t>(values_.size() - 1);
}

bool JsonTree::Read() {
  if (text_.starts_with('\xEF')) {
    if (!text_.starts_with("\xEF\xBB\xBF")) return false;
    at_ = 3;
  }
  struct Open {
    Type type;
    size_t first_pending;  // its members' first place in |pending|
    std::string_view key;  // its own key in the object around it
  };
  std::vector<Open> open;
  // Members read of the open containers, as keys and indices in values_.
  std::vector<std::pair<std::string_view, uint32_t>> pending;
  std::vector<uint32_t> member_values;  // members_[i]'s value, an index in values_
  std::string_view key;                 // the next value's key
  while (true) {
    if (!SkipSpace() || AtEnd()) return false;
    uint32_t value = 0;
    const char c = text_[at_];
    if (c == '{' || c == '[') {
      ++at_;
      open.push_back({c == '{' ? Type::kObject : Type::kArray, pending.size(), key});
      key = {};
      if (!SkipSpace()) return false;
      if (AtEnd() || text_[at_] != (c == '{' ? '}' : ']')) {
        if (c == '{' && !ReadKey(&key)) return false;
        continue;  // to its first member
      }
      ++at_;  // an empty container: it ends at once, below
    } else if (!ReadScalar(&value)) {
      return false;
    }
    // After a value: a member of the innermost open container, then a comma or that container's
    // end, which makes the container a value of the one around it in turn.
    bool closed = c == '{' || c == '[';
    while (true) {
      if (closed) {
        const Open container = open.back();
        open.pop_back();
        const auto first = pending.begin() + static_cast<std::ptrdiff_t>(container.first_pending);
        if (container.type == Type::kObject) {
          std::stable_sort(first, pending.end(),
                           [](const auto& a, const auto& b) { return a.first < b.first; });
        }
        const auto members_first = static_cast<uint32_t>(members_.size());
        for (auto it = first; it != pending.end(); ++it) {
          // Of a repeated key the last value stays, as std::map's operator[] leaves it.
          if (container.type == Type::kObject && it + 1 != pending.end() &&
              (it + 1)->first == it->first) {
            continue;
          }
          members_.push_back({it->first, nullptr});
          member_values.push_back(it->second);
        }
        pending.erase(first, pending.end());
        value = AddValue({container.type,
                          {},
                          members_first,
                          static_cast<uint32_t>(members_.size()) - members_first});
        key = container.key;
      }
      if (open.empty()) {
        root_ = value;
        if (!SkipSpace() || !AtEnd()) return false;
        for (size_t i = 0; i < members_.size(); ++i) members_[i].value = &values_[member_values[i]];
        return true;
      }
      pending.push_back({key, value});
      if (!SkipSpace() || AtEnd()) return false;
      const char next = text_[at_++];
      const Type type = open.back().type;
      if (next == ',') {
        if (type == Type::kObject && !ReadKey(&key)) return false;
        break;  // to the next member
      }
      if (next != (type == Type::kObject ? '}' : ']')) return false;
      closed = true;
    }
  }
}

}  // namespace sitrep
