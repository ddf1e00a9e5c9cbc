// Article: the one document object that every stage annotates (spaCy's Doc).
//
// A reader creates it from bytes and fills the metadata, `text` (the body, paragraphs joined by a
// blank line) and `paragraphs`; each later stage adds one layer (sentences, entities, dates...)
// as spans into `text`. `text` does not change after the reader is done, so spans stay valid.
// Every offset here is a byte offset; the record converts to code points on output.
//
// Not for: storage or presentation. The JSON and text forms live in src/record/.
#pragma once

#include <string>
#include <vector>

#include "core/span.h"

namespace sitrep {

struct Image {
  std::string url;
  std::string caption;
  std::string credit;
};

enum class LinkKind { kRelated, kSource, kOther };
std::string_view LinkKindName(LinkKind kind);

struct Link {
  std::string text;
  std::string url;
  LinkKind kind = LinkKind::kOther;
};

// Where each metadata field of an Article came from, as a short name: "json-ld", "opengraph",
// "meta", "dublin-core", "time", "byline", "dateline", "url-path", "url" (an outlet named after
// the URL's host), "title-element", "h1", "h2", "options" (the caller said so). Empty when the
// field is empty: a consumer weighing a field (a date from a URL path is a day at best) needs to
// know how it was found.
struct MetadataSources {
  std::string title;
  std::string authors;
  std::string published;
  std::string modified;
  std::string outlet;
  std::string canonical_url;
  std::string language;
  std::string section;
  std::string image;  // the lead image, images.front()
};

struct Article {
  // Identity and metadata, as the reader found them. Empty means unknown.
  std::string id;      // stable: derived from the URL when there is one, else from the text
  std::string source;  // the file it was read from ("-" for standard input), for messages
  std::string url;
  std::string canonical_url;
  std::string outlet;
  std::vector<std::string> authors;
  std::string title;
  std::string published;  // ISO 8601; a date alone when only the date is known
  std::string modified;   // the same form; the last update the page declares
  std::string language;   // BCP 47, "en"
  std::string section;    // the outlet's section or desk ("Politics"), as the page names it
  MetadataSources metadata_sources;

  std::string text;  // valid UTF-8, LF line ends
  std::vector<Span> paragraphs;
  std::vector<Span> sentences;  // written by the segment stage

  std::vector<Image> images;
  std::vector<Link> links;

  // The versioned names of the reader and the stages that made this record ("sentences.v1").
  std::vector<std::string> stages;
  // What went wrong without stopping the article (repaired UTF-8, a dropped element...).
  std::vector<std::string> warnings;
};

// Sets `id` from the URL when known, else from the text: the same page read twice gets the same
// id, and two different pages collide only by 64-bit hash accident.
void AssignStableId(Article& article);

// 64-bit FNV-1a, as 16 lower-case hex digits: small, fast, stable across platforms.
std::string HashHex(std::string_view bytes);

}  // namespace sitrep
