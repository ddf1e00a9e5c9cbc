// What a page's schema.org JSON-LD (<script type="application/ld+json">) says about its article:
// headline, authors, publisher, dates, section, language and lead image. The scripts are exact
// where pages fill them, so they are the first source the HTML reader trusts.
//
// Not for: finding the scripts (html_metadata does, and hands over only ld+json ones), cleaning
// author names (byline does) or deciding between sources (html_reader does).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

struct JsonLdFacts {
  std::string type;  // the @type of the item the article facts came from, "" when none
  std::string headline;
  std::vector<std::string> authors;  // names as written
  // Every Person item's name: a blog's graph often describes its one author apart from any
  // article.
  std::vector<std::string> people;
  std::string publisher;  // the publisher's name, or the WebSite's
  std::string published;  // as written; the reader normalises it
  std::string modified;
  std::string section;
  std::string language;
  std::string image_url;
  std::string image_caption;
  std::string image_credit;
};

// Reads one script's text into |facts|. Items of an *Article type (NewsArticle, BlogPosting,
// ReportageNewsArticle...) give the article facts; a WebPage gives dates and a headline only where
// no article item did, a Recipe or HowTo only its author where none did, and an Organization or
// WebSite only the publisher. Fields already set
// are kept, so with several scripts the first article wins. Malformed JSON is skipped.
void ReadJsonLd(std::string_view script, JsonLdFacts* facts);

}  // namespace sitrep
