// The body of an HTML page: which element holds the article, its prose blocks as paragraphs,
// the links inside them, and the figures and date beside them.
//
// The root is the <article> with the most prose (pages also mark up teasers and comments as
// <article>), else <main>, else <body>. Boilerplate containers (<nav>, <header>, <footer>,
// <aside>, <form>, scripts...) are skipped whole.
//
// Not for: what the page says about itself in <head>; html_metadata reads that.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "core/article.h"

namespace sitrep {

struct HtmlBody {
  const GumboNode* root = nullptr;  // the element the body was read from; null for no <body>
  std::string time;                 // the first <time datetime> in the root
  std::vector<Image> figures;       // <figure>s in the root, URLs as written
};

// Sets article.text, paragraphs and links (resolved against |base|).
HtmlBody ReadHtmlBody(const GumboNode* document, const std::string& base, Article& article);

}  // namespace sitrep
