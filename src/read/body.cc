// Paragraph cleaning and joining for every reader. Tested by body_test.cc.
//
// The rejoin rule is deliberately narrow: a break is an artefact only when the first paragraph
// lacks closing punctuation AND the second starts in lower case. Headlines, list items and
// datelines fail one side or the other, so they stay apart.
#include "read/body.h"

#include <utf8proc.h>

#include <algorithm>

#include "core/byte_scan.h"
#include "core/utf8.h"

namespace sitrep {
namespace {

bool IsCollapsibleSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Closing punctuation that may end a paragraph, after any closing quotes or brackets.
bool EndsClosed(std::string_view p) {
  size_t end = p.size();
  // Skip closing quotes and brackets, ASCII or typographic (” ’ » are 2-3 bytes).
  while (end > 0) {
    const std::string_view tail = p.substr(0, end);
    if (tail.ends_with('"') || tail.ends_with('\'') || tail.ends_with(')') || tail.ends_with(']')) {
      --end;
    } else if (tail.ends_with("\u201D") || tail.ends_with("\u2019")) {
      end -= 3;
    } else if (tail.ends_with("\u00BB")) {
      end -= 2;
    } else {
      break;
    }
  }
  if (end == 0) return true;
  const char last = p[end - 1];
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' ||
         p.substr(0, end).ends_with("\u2026");
}

bool StartsLowercase(std::string_view p) {
  if (p.empty()) return false;
  size_t pos = 0;
  const char32_t cp = DecodeUtf8(p, &pos);
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

}  // namespace

std::string CollapseWhitespace(std::string_view paragraph, size_t max_bytes) {
  std::string out;
  CollapseWhitespaceInto(paragraph, &out, max_bytes);
  return out;
}

void CollapseWhitespaceInto(std::string_view paragraph, std::string* out, size_t max_bytes) {
  out->clear();
  out->reserve(std::min(paragraph.size(), max_bytes));
  bool pending_space = false;
  for (size_t i = 0; i < paragraph.size() && out->size() <= max_bytes;) {
    if (IsCollapsibleSpace(static_cast<unsigned char>(paragraph[i]))) {
      pending_space = !out->empty();
      ++i;
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    if (out->size() > max_bytes) break;
    // The run up to the next space that changes anything goes at once: a single ' ' between
    // words stays as it is, and most text is words one space apart. With |max_bytes| the run
    // stops one byte past it: a paragraph is mostly one run, and a test of a line's start
    // copied all of it.
    const auto kept = [&](size_t k) {
      return !IsCollapsibleSpace(static_cast<unsigned char>(paragraph[k]));
    };
    const size_t stop = max_bytes == std::string::npos
                            ? paragraph.size()
                            : std::min(paragraph.size(), i + (max_bytes + 1 - out->size()));
    size_t end = i + 1;
#ifdef __SSE2__
    end =
        SkipSpacedRun(paragraph, end, stop, [](__m128i v) { return BytesInRange(v, '\t', '\r'); });
#endif
    while (end < stop &&
           (kept(end) || (paragraph[end] == ' ' && end + 1 < paragraph.size() && kept(end + 1)))) {
      ++end;
    }
    out->append(paragraph.substr(i, end - i));
    i = end;
  }
}

void SetBody(const std::vector<BodyParagraph>& paragraphs, Article& article) {
  // Written straight into article.text, each paragraph collapsed into one scratch buffer: a
  // string a paragraph, and a copy of all of them, cost more than the collapsing.
  article.text.clear();
  article.paragraphs.clear();
  std::string p;
  bool last_prose = false;
  for (const BodyParagraph& raw : paragraphs) {
    CollapseWhitespaceInto(raw.text, &p);
    if (p.empty()) continue;
    const auto last = [&] {
      return std::string_view(article.text).substr(article.paragraphs.back().begin);
    };
    if (last_prose && raw.prose && !EndsClosed(last()) && StartsLowercase(p)) {
      article.text += ' ';
      article.text += p;
      article.paragraphs.back().end = static_cast<uint32_t>(article.text.size());
    } else {
      if (!article.text.empty()) article.text += "\n\n";
      const auto begin = static_cast<uint32_t>(article.text.size());
      article.text += p;
      article.paragraphs.push_back({begin, static_cast<uint32_t>(article.text.size())});
      last_prose = raw.prose;
    }
  }
}

}  // namespace sitrep
