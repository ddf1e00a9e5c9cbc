// See html_metadata.h. Tested through html_reader_test.cc.
#include "read/html_metadata.h"

#include <algorithm>

#include "read/body.h"
#include "read/date_line.h"
#include "read/html_tree.h"
#include "read/strings.h"

namespace sitrep {
namespace {

class FactCollector {
 public:
  explicit FactCollector(PageFacts* facts) : facts_(facts) {}

  bool Enter(const GumboNode* node) {
    if (!IsElement(node)) return node->type == GUMBO_NODE_DOCUMENT;
    const GumboTag tag = HtmlTag(node);
    switch (tag) {
      case GUMBO_TAG_HTML:
        if (facts_->lang.empty()) facts_->lang = Attr(node, "lang");
        break;
      case GUMBO_TAG_TITLE:
        if (!seen_title_) facts_->title = ChildText(node);
        seen_title_ = true;
        break;
      case GUMBO_TAG_META: AddMeta(node); break;
      case GUMBO_TAG_LINK:
        if (facts_->canonical.empty() && HasToken(Attr(node, "rel"), "canonical")) {
          facts_->canonical = CollapseWhitespace(Attr(node, "href"));
        }
        break;
      case GUMBO_TAG_BASE:
        if (facts_->base.empty()) facts_->base = CollapseWhitespace(Attr(node, "href"));
        break;
      default: break;
    }
    // <meta> and <link> may sit anywhere, even in the body.
    return true;
  }

  void Leave(const GumboNode*) {}

 private:
  static bool HasToken(std::string_view list, std::string_view token) {
    size_t start = 0;
    while (start < list.size()) {
      size_t end = start;
      while (end < list.size() && !IsHtmlSpace(list[end])) ++end;
      if (EqualsNoCase(list.substr(start, end - start), token)) return true;
      start = end + 1;
    }
    return false;
  }

  void AddMeta(const GumboNode* node) {
    // OpenGraph says property=, but many pages write name="og:title"; both mean the same.
    std::string_view key = Attr(node, "property");
    if (key.empty()) key = Attr(node, "name");
    std::string content = CollapseWhitespace(Attr(node, "content"));
    if (!key.empty() && !content.empty()) {
      facts_->meta[LowerAscii(CollapseWhitespace(key))].push_back(std::move(content));
    }
  }

  PageFacts* facts_;
  bool seen_title_ = false;
};

bool LooksLikeUrl(std::string_view s) {
  return s.find("://") != std::string_view::npos || s.starts_with("/") ||
         StartsWithNoCase(s, "www.");
}

}  // namespace

PageFacts ReadPageFacts(const GumboNode* document) {
  PageFacts facts;
  FactCollector collector(&facts);
  Walk(document, collector);
  return facts;
}

std::string_view FirstMeta(const MetaMap& meta, std::string_view key) {
  const auto it = meta.find(key);
  return it == meta.end() ? std::string_view() : std::string_view(it->second.front());
}

const std::vector<std::string>& AllMeta(const MetaMap& meta, std::string_view key) {
  static const std::vector<std::string> kNone;
  const auto it = meta.find(key);
  return it == meta.end() ? kNone : it->second;
}

std::string StripSiteName(std::string title, std::string_view site_name) {
  if (site_name.empty() || !EndsWithNoCase(title, site_name)) return title;
  const std::string_view head = std::string_view(title).substr(0, title.size() - site_name.size());
  for (const std::string_view separator :
       {" | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 ", " :: "}) {
    if (head.size() > separator.size() && head.ends_with(separator)) {
      return CollapseWhitespace(head.substr(0, head.size() - separator.size()));
    }
  }
  return title;
}

std::vector<std::string> SplitNames(std::string_view byline) {
  std::string list = CollapseWhitespace(byline);
  if (StartsWithNoCase(list, "by ")) list.erase(0, 3);
  std::string lower = LowerAscii(list);  // same offsets as |list|
  for (const std::string_view separator : {" and ", " & ", ";"}) {
    for (size_t at = lower.find(separator); at != std::string::npos;
         at = lower.find(separator, at)) {
      list.replace(at, separator.size(), ",");
      lower.replace(at, separator.size(), ",");
    }
  }
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= list.size()) {
    const size_t comma = std::min(list.find(',', start), list.size());
    std::string name = CollapseWhitespace(std::string_view(list).substr(start, comma - start));
    if (!name.empty()) names.push_back(std::move(name));
    start = comma + 1;
  }
  return names;
}

std::vector<std::string> Authors(const MetaMap& meta) {
  std::vector<std::string> authors;
  for (const std::string_view key : {"author", "article:author"}) {
    for (const std::string& value : AllMeta(meta, key)) {
      // article:author is often the author's profile page, which is no name.
      if (LooksLikeUrl(value)) continue;
      for (std::string& name : SplitNames(value)) {
        if (std::find(authors.begin(), authors.end(), name) == authors.end()) {
          authors.push_back(std::move(name));
        }
      }
    }
  }
  return authors;
}

std::string PageDate(std::string_view value) {
  const std::string trimmed = CollapseWhitespace(value);
  if (trimmed.size() >= 10 && IsIsoDate(std::string_view(trimmed).substr(0, 10))) return trimmed;
  return ParseDateLine(trimmed);
}

std::string PrimaryLanguage(std::string_view lang) {
  const std::string trimmed = CollapseWhitespace(lang);
  const std::string_view primary = std::string_view(trimmed).substr(0, trimmed.find_first_of("-_"));
  if (primary.size() < 2 || primary.size() > 8 ||
      !std::all_of(primary.begin(), primary.end(), IsAsciiAlpha)) {
    return "";
  }
  return LowerAscii(primary);
}

}  // namespace sitrep
