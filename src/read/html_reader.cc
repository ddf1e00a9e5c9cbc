// HTML pages to Articles. Tested by html_reader_test.cc.
//
// The pipeline of this reader: html_tree parses the page (gumbo, behind the depth guard);
// html_metadata reads what the page says about itself; html_body finds the article's element and
// reads its prose, links and figures; this file ties them into one Article and decides between
// sources where they disagree.
//
// Why: what a page declares about itself is exact, so it is read and never guessed: a title
// suffix is stripped only when it equals og:site_name, an unknown date stays empty.
#include "read/html_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "read/html_body.h"
#include "read/html_depth_guard.h"
#include "read/html_metadata.h"
#include "read/html_tree.h"
#include "read/url.h"

namespace sitrep {
namespace {

void SetImages(const MetaMap& meta, std::vector<Image> figures, const std::string& base,
               Article& article) {
  if (const std::string_view og = FirstMeta(meta, "og:image"); !og.empty()) {
    article.images.push_back(
        {ResolveUrl(base, og), std::string(FirstMeta(meta, "og:image:alt")), ""});
  }
  for (Image& figure : figures) {
    figure.url = ResolveUrl(base, figure.url);
    const auto same = std::find_if(article.images.begin(), article.images.end(),
                                   [&](const Image& i) { return i.url == figure.url; });
    if (same == article.images.end()) {
      article.images.push_back(std::move(figure));
      continue;
    }
    // The lead photo is usually also the first figure, whose caption is the real one.
    if (!figure.caption.empty()) same->caption = std::move(figure.caption);
    if (!figure.credit.empty()) same->credit = std::move(figure.credit);
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
  const std::string document_url = !options.url.empty() ? options.url : article.canonical_url;
  return page.base.empty() ? document_url : ResolveUrl(document_url, page.base);
}

}  // namespace

Result<Article> ReadHtml(std::string_view utf8, const ReadOptions& options) {
  bool flattened = false;
  const ParsedHtml parsed = ParseHtml(utf8, &flattened);
  if (parsed == nullptr) {
    return Status(ErrorCode::kParseError, "the HTML parser could not build a tree for this page");
  }
  const PageFacts page = ReadPageFacts(parsed->document);
  const MetaMap& meta = page.meta;

  Article article;
  const std::string base = SetUrls(page, options, article);

  article.outlet = FirstMeta(meta, "og:site_name");
  const std::string_view og_title = FirstMeta(meta, "og:title");
  article.title =
      StripSiteName(!og_title.empty() ? std::string(og_title) : page.title, article.outlet);
  article.authors = Authors(meta);
  article.language = PrimaryLanguage(page.lang);

  HtmlBody body = ReadHtmlBody(parsed->document, base, article);
  SetImages(meta, std::move(body.figures), base, article);

  // A <time> in <body> at large is as likely today's date in the site header as the article's.
  const bool time_is_the_articles =
      body.root != nullptr &&
      (HtmlTag(body.root) == GUMBO_TAG_ARTICLE || HtmlTag(body.root) == GUMBO_TAG_MAIN);
  for (const std::string_view candidate :
       {FirstMeta(meta, "article:published_time"),
        time_is_the_articles ? std::string_view(body.time) : std::string_view(),
        FirstMeta(meta, "date"), FirstMeta(meta, "pubdate")}) {
    if (article.published.empty()) article.published = PageDate(candidate);
  }
  if (!options.date.empty()) article.published = options.date;

  if (flattened) {
    article.warnings.push_back("markup nested deeper than " + std::to_string(kMaxHtmlDepth) +
                               " elements was flattened");
  }
  if (article.text.empty()) article.warnings.emplace_back("no article text found");
  return article;
}

}  // namespace sitrep
