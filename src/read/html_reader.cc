// HTML pages to Articles. Tested by html_reader_test.cc.
//
// The pipeline of this reader: html_tree_builder parses the page (behind the prepass);
// html_metadata reads what the page says about itself and picks each metadata field from the
// most trusted source that has it; html_body finds the article's element and reads its prose,
// links and figures; this file ties them into one Article, with the caller's URL and date first.
//
// Why: what a page declares about itself (JSON-LD, <meta>) is exact and read first; what it
// shows (headings, bylines, dates in the text) comes next, and the URL's date path last. Each
// field records its source, so a consumer can weigh a guess as one.
#include "read/html_reader.h"

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "read/caption_credit.h"
#include "read/html_body.h"
#include "read/html_metadata.h"
#include "read/html_tree.h"
#include "read/html_tree_builder.h"
#include "read/url.h"

namespace sitrep {
namespace {

// The lead image is JSON-LD's, else og:image; a figure of the same picture lends it its caption.
void SetImages(const PageFacts& page, std::vector<Image> figures, const std::string& base,
               Article& article) {
  const JsonLdFacts& ld = page.json_ld;
  if (!ld.image_url.empty()) {
    article.images.push_back({ResolveUrl(base, ld.image_url), ld.image_caption, ld.image_credit});
    article.metadata_sources.image = "json-ld";
  } else if (const std::string_view og = FirstMeta(page.meta, "og:image"); !og.empty()) {
    article.images.push_back(
        {ResolveUrl(base, og), std::string(FirstMeta(page.meta, "og:image:alt")), ""});
    article.metadata_sources.image = "opengraph";
  }
  for (Image& figure : figures) {
    figure.url = ResolveUrl(base, figure.url);
    const auto same = std::find_if(article.images.begin(), article.images.end(),
                                   [&](const Image& i) { return i.url == figure.url; });
    if (same == article.images.end()) {
      if (article.images.empty()) article.metadata_sources.image = "figure";
      article.images.push_back(std::move(figure));
      continue;
    }
    // The lead photo is usually also the first figure, whose caption is the real one.
    if (!figure.caption.empty()) same->caption = std::move(figure.caption);
    if (!figure.credit.empty()) same->credit = std::move(figure.credit);
  }
  // Most pages write the credit into the caption's text rather than an element of its own.
  for (Image& image : article.images) {
    if (!image.credit.empty() || image.caption.empty()) continue;
    CaptionCredit split = SplitCaptionCredit(image.caption);
    image.caption = std::move(split.caption);
    image.credit = std::move(split.credit);
  }
}

// Sets url and canonical_url, and returns the base that relative links resolve against.
std::string SetUrls(const PageFacts& page, const ReadOptions& options, Article& article) {
  const std::string_view og_url_as_written = FirstMeta(page.meta, "og:url");
  const std::string og_url =
      og_url_as_written.empty() ? "" : ResolveUrl(options.url, og_url_as_written);
  const std::string canonical =
      page.canonical.empty()
          ? ""
          : ResolveUrl(!options.url.empty() ? options.url : og_url, page.canonical);
  article.url = !options.url.empty() ? options.url : !og_url.empty() ? og_url : canonical;
  article.canonical_url = !canonical.empty() ? canonical : og_url;
  article.metadata_sources.canonical_url = !canonical.empty() ? "link"
                                           : !og_url.empty()  ? "opengraph"
                                                              : "";
  const std::string document_url = !options.url.empty() ? options.url : article.canonical_url;
  return page.base.empty() ? document_url : ResolveUrl(document_url, page.base);
}

}  // namespace

Result<Article> ReadHtml(std::string_view utf8, const ReadOptions& options) {
  bool flattened = false;
  const std::unique_ptr<HtmlDocument> document = ParseHtml(utf8, &flattened);
  return ReadHtmlTree(document->root, flattened, options);
}

Article ReadHtmlTree(const HtmlNode* document, bool flattened, const ReadOptions& options) {
  const PageFacts page = ReadPageFacts(document);

  Article article;
  const std::string base = SetUrls(page, options, article);
  SetPageMetadata(page, article);
  if (!options.date.empty()) {
    article.published = options.date;
    article.metadata_sources.published = "options";
  }

  HtmlBody body = ReadHtmlBody(document, base, article);
  SetImages(page, std::move(body.figures), base, article);

  if (flattened) {
    article.warnings.push_back("markup nested deeper than " + std::to_string(kMaxHtmlDepth) +
                               " elements was flattened");
  }
  if (article.text.empty()) article.warnings.emplace_back("no article text found");
  return article;
}

}  // namespace sitrep
