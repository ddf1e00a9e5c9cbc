// Reads plain text: `text` is the input exactly, after CRLF (and lone CR) to LF; paragraphs are
// the runs of non-blank lines; no metadata is guessed.
#pragma once

#include <string_view>

#include "core/article.h"
#include "core/result.h"
#include "read/read_options.h"

namespace sitrep {

// |utf8| must be valid UTF-8.
Result<Article> ReadText(std::string_view utf8, const ReadOptions& options);

}  // namespace sitrep
