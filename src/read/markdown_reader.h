// Reads a news page saved as Markdown, in the layout of the pages in ../shared/examples: a
// heading for the title, "By [Agency](#)", a date line, a photo caption with its credit in bold,
// "**Related article:** [title](url)" lines, the body, and "Original url:" followed by <url>.
#pragma once

#include <string_view>

#include "core/article.h"
#include "core/result.h"
#include "read/read_options.h"

namespace sitrep {

// |utf8| must be valid UTF-8.
Result<Article> ReadMarkdown(std::string_view utf8, const ReadOptions& options);

}  // namespace sitrep
