// What an HTML page says about itself: <title>, <meta> (OpenGraph, article:*, name=...),
// <link rel=canonical>, <base>, <html lang>, and the helpers that turn those into Article fields.
//
// Not for: the body or where it sits; html_body reads that.
#pragma once

#include <gumbo.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

using MetaMap = std::map<std::string, std::vector<std::string>, std::less<>>;

// The facts of a whole page, as written (white space collapsed).
struct PageFacts {
  std::string lang;
  std::string title;
  std::string canonical;
  std::string base;
  MetaMap meta;  // lower-cased property or name -> non-empty contents, in page order
};

// One walk over the document.
PageFacts ReadPageFacts(const GumboNode* document);

// The first, or every, value of a meta key ("og:title"); empty when the page has none.
std::string_view FirstMeta(const MetaMap& meta, std::string_view key);
const std::vector<std::string>& AllMeta(const MetaMap& meta, std::string_view key);

// "Headline | Site" -> "Headline" when "Site" is the page's og:site_name.
std::string StripSiteName(std::string title, std::string_view site_name);

// "By Maria Lind and Tomas Berg", "Lind, Berg & Ames" -> one string per name.
std::vector<std::string> SplitNames(std::string_view byline);

// The authors named by author and article:author meta tags, profile URLs left out.
std::vector<std::string> Authors(const MetaMap& meta);

// The date as the page wrote it when it is ISO 8601, else as ParseDateLine reads it ("May 14,
// 2024" -> "2024-05-14"), else "" so a later source is tried.
std::string PageDate(std::string_view value);

// "en-GB" -> "en"; "" for anything that is not a language subtag.
std::string PrimaryLanguage(std::string_view lang);

}  // namespace sitrep
