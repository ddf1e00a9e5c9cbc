// What an HTML page says about itself, and the Article metadata decided from it.
//
// The facts come from one walk: <title>, <meta> (OpenGraph, article:*, Dublin Core, name=...),
// itemprop, <link rel=canonical>, <base>, <html lang>, JSON-LD scripts, the page's <h1> and <h2>
// headings, visible bylines (rel=author, itemprop=author, class names with "author" or
// "byline"), <time> elements and datelines (class names with "date", "time", "posted"...).
// SetPageMetadata then picks each field from the most trusted source that has it: JSON-LD,
// OpenGraph, Dublin Core and other <meta>, then what the page shows, then the URL.
//
// Not for: the body or where it sits; html_body reads that.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "read/html_tree.h"
#include "read/json_ld.h"

namespace sitrep {

using MetaMap = std::map<std::string, std::vector<std::string>, std::less<>>;

// A date the page shows, and whether it sits where the article's own date does (inside an
// <article> or <main>, or marked as the publication date) rather than in a site header.
struct ShownDate {
  std::string value;
  bool in_article = false;
  bool after_headline = false;  // it follows an <h1> of the page's own (not its menus')
};

// A heading's text, and the offsets in it where an element inside the heading starts: a
// subtitle set in its own <small> or <span> begins at one of them.
struct Heading {
  std::string text;
  std::vector<size_t> breaks;
  // In a <nav>, <footer> or <aside>, or hidden: the headline only if the page's titles say so.
  bool chrome = false;
  // The address all of its text links to, or "": a heading that is one link to another page
  // ("<h1><a href=/topics/bangkok>Bangkok</a></h1>") names that page.
  std::string link;
};

// The facts of a whole page, as written (white space collapsed).
struct PageFacts {
  std::string lang;
  std::string title;
  std::string canonical;
  std::string base;
  MetaMap meta;  // lower-cased property or name -> non-empty contents, in page order
  JsonLdFacts json_ld;
  std::vector<Heading> h1;  // in page order, comments left out
  std::vector<Heading> h2;
  // Texts of <h1> and <h2> that link to the site's front page: its logo, which names the site.
  std::vector<std::string> home_headings;
  std::vector<std::string> author_marks;   // rel=author and itemprop=author texts
  std::vector<std::string> author_blocks;  // texts of elements whose class names an author
  std::string item_published;              // itemprop=datePublished
  std::string item_modified;               // itemprop=dateModified
  std::vector<ShownDate> times;            // <time datetime> (or its text)
  std::vector<ShownDate> datelines;        // texts of elements whose class names a date
  std::string time_modified;               // a <time> whose class says "updated" or "modified"
  std::vector<std::string> short_blocks;   // short <p> and <address> texts, for bylines
  std::vector<ShownDate> text_dates;       // dates in short runs of body text, as ISO 8601
  // The first date of a short run of body text that notes a change ("Aktualisiert: 30.12.2016").
  std::string noted_update;
};

// One walk over the document.
PageFacts ReadPageFacts(const HtmlNode* document);

// The first, or every, value of a meta key ("og:title"); empty when the page has none.
std::string_view FirstMeta(const MetaMap& meta, std::string_view key);
const std::vector<std::string>& AllMeta(const MetaMap& meta, std::string_view key);

// The date as the page wrote it when it is ISO 8601, else as ParseDateLine reads it ("May 14,
// 2024" -> "2024-05-14"), else "" so a later source is tried.
std::string PageDate(std::string_view value);

// "en-GB" -> "en"; "" for anything that is not a language subtag.
std::string PrimaryLanguage(std::string_view lang);

// Sets title, authors, published, modified, outlet, language, section and their
// metadata_sources from |page|. article.url and canonical_url must be set already: their paths
// are the last source of the date.
void SetPageMetadata(const PageFacts& page, Article& article);

}  // namespace sitrep
