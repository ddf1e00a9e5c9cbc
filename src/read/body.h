// Building an Article's body from the paragraphs a reader found: the one place that decides how
// paragraphs are cleaned and joined, so every input format yields the same kind of `text`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"

namespace sitrep {

// Collapses runs of white space (including NBSP-free newlines and tabs) to single spaces and
// trims the ends. Non-breaking spaces are kept: they are the author's. With |max_bytes| it stops
// once the result is longer than that: a start of the whole result, for tests of a line's start.
std::string CollapseWhitespace(std::string_view paragraph, size_t max_bytes = std::string::npos);
// The same into |out|, which is cleared first: for a caller that collapses many short texts only
// to look at them, and keeps one buffer for all.
void CollapseWhitespaceInto(std::string_view paragraph, std::string* out,
                            size_t max_bytes = std::string::npos);

// One block of body text as a reader found it, in memory the reader keeps until SetBody returns.
// Only running prose is ever rejoined: a heading, a list item or a table cell ends where the page
// says it ends.
struct BodyParagraph {
  std::string_view text;
  bool prose = true;
};

// Sets article.text to the paragraphs joined by a blank line and article.paragraphs to their
// spans. Each paragraph is whitespace-collapsed, empty ones are dropped, and a break between two
// prose paragraphs that falls inside a sentence (the first has no closing punctuation and the
// next starts with a lower-case letter) is treated as an artefact of the page and rejoined.
void SetBody(const std::vector<BodyParagraph>& paragraphs, Article& article);

}  // namespace sitrep
