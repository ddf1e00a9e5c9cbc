// Span: a half-open range [begin, end) of byte offsets into Article::text.
//
// Inside the library every offset is a byte offset into the UTF-8 text: that is what string_view
// and the parsers speak, and it costs nothing to slice. The record converts to Unicode code points
// only when it is written out (core/utf8.h, CodePointIndex), so a consumer in Python can do
// text[start:end]. Spans never own text; they are meaningless without their Article.
#pragma once

#include <cstdint>
#include <string_view>

namespace sitrep {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& other) const { return begin <= other.begin && other.end <= end; }
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace sitrep
