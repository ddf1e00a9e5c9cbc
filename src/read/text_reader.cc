// Plain-text reader. Tested by text_reader_test.cc.
//
// The text is kept exactly (after line-end normalisation) because plain text is what a user
// pastes or pipes in, and they will check offsets against their own copy. Paragraph spans skip
// the blank lines between paragraphs and the white space at either end of each.
#include "read/text_reader.h"

namespace sitrep {
namespace {

bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\f\v") == std::string_view::npos;
}

}  // namespace

Result<Article> ReadText(std::string_view utf8, const ReadOptions& options) {
  Article article;
  if (utf8.find('\r') == std::string_view::npos) {
    article.text = utf8;  // the common case: one copy, no per-byte work
  } else {
    article.text.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size(); ++i) {
      if (utf8[i] == '\r') {
        article.text.push_back('\n');
        if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
      } else {
        article.text.push_back(utf8[i]);
      }
    }
  }
  const std::string_view text = article.text;
  size_t line_start = 0;
  size_t para_begin = std::string_view::npos;
  size_t para_end = 0;
  auto close_paragraph = [&] {
    if (para_begin == std::string_view::npos) return;
    article.paragraphs.push_back(
        {static_cast<uint32_t>(para_begin), static_cast<uint32_t>(para_end)});
    para_begin = std::string_view::npos;
  };
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    if (IsBlankLine(line)) {
      close_paragraph();
    } else {
      if (para_begin == std::string_view::npos) {
        para_begin = line_start + line.find_first_not_of(" \t\f\v");
      }
      para_end = line_start + line.find_last_not_of(" \t\f\v") + 1;
    }
    line_start = line_end + 1;
  }
  close_paragraph();
  // Plain text says nothing about itself; a date can only be the caller's, which the reader
  // around this one sets.
  if (!options.date.empty()) article.metadata_sources.published = "options";
  return article;
}

}  // namespace sitrep
