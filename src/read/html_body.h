// The body of an HTML page: which element holds the article, its text blocks (paragraphs,
// headings, list items, quotes, table cells) as paragraphs, the links inside them with their
// kind, and the figures and date beside them.
//
// The article's element is found by scoring containers by the prose they hold, after page
// furniture (boilerplate.h) is set aside; html_body.cc explains the steps.
//
// Not for: what the page says about itself in <head>; html_metadata reads that.
#pragma once

#include <string>
#include <vector>

#include "core/article.h"
#include "read/html_tree.h"

namespace sitrep {

struct HtmlBody {
  const HtmlNode* root = nullptr;  // the element the body was read from; null for no <body>
  std::string time;                // the first <time datetime> in the root
  std::vector<Image> figures;      // <figure>s in the root, URLs as written
};

// Sets article.text, paragraphs and links (resolved against |base|).
HtmlBody ReadHtmlBody(const HtmlNode* document, const std::string& base, Article& article);

}  // namespace sitrep
