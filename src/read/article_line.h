// One article as one line of JSON: the form a crawler or a script hands over a stream of pages
// with what it knows about each (`sitrep analyze --as jsonl`).
//
//   {"url": "https://...", "html": "<html>...", "date": "2023-03-07", "id": "crawl-17"}
//
// The page is under the key that names its format, exactly one of "html", "markdown" and
// "text"; "url" and "date" mean what --url and --date mean for a file (and win over them);
// "id" is the caller's own key for the article and becomes the record's id. Other keys are
// ignored, so a line may carry more than sitrep reads. A line that is not this is an error of
// that line alone: the caller reports it and reads on.
//
// Not for: reading the lines (line_reader.h), nor the page itself (reader.h).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "read/read_options.h"

namespace sitrep {

struct ArticleLine {
  std::string page;     // the page's bytes, for ReadArticle
  ReadOptions options;  // the defaults given, with the line's format, url and date
  std::string id;       // "" when the line gives none
};

// |defaults| are the run's options: a line keeps what it does not say (the size limit, a
// --url or --date for lines without one).
Result<ArticleLine> ParseArticleLine(std::string_view line, const ReadOptions& defaults);

// True for the names of JSON Lines files, gzipped or not ("feed.jsonl", "feed.ndjson.gz"): what
// `--as auto` reads a line at a time.
bool IsJsonLinesName(std::string_view name);

}  // namespace sitrep
