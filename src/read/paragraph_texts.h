// Test helper for the read stage: an Article's paragraphs as strings, for table-driven checks.
#pragma once

#include <string>
#include <vector>

#include "core/article.h"

namespace sitrep {

inline std::vector<std::string> ParagraphTexts(const Article& a) {
  std::vector<std::string> out;
  for (const Span& p : a.paragraphs) out.emplace_back(p.Of(a.text));
  return out;
}

}  // namespace sitrep
