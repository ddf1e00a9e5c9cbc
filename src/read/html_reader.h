// Reads an HTML page: metadata from <title>, <meta> and OpenGraph tags, the body from the
// paragraphs of the <article> with the most text (else <main>, else <body>). Parsed by
// html_tree_builder, after the HTML5 algorithm browsers use, so any byte soup yields a tree.
#pragma once

#include <string_view>

#include "core/article.h"
#include "core/result.h"
#include "read/html_tree.h"
#include "read/read_options.h"

namespace sitrep {

// |utf8| must be valid UTF-8.
Result<Article> ReadHtml(std::string_view utf8, const ReadOptions& options);

// The Article of a page parsed already: |document| is its document node; |flattened| says the
// parser flattened markup nested too deep. Tests give it other parsers' trees to compare.
Article ReadHtmlTree(const HtmlNode* document, bool flattened, const ReadOptions& options);

}  // namespace sitrep
