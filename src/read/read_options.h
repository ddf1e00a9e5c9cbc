// What a caller tells the readers about an input: its format, its URL and date when known, and
// the largest input to accept.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>

namespace sitrep {

// kJsonLines is a stream of articles, one JSON object a line (article_line.h): the caller reads
// it a line at a time and hands each line's page to ReadArticle in the page's own format.
enum class InputFormat { kAuto, kMarkdown, kHtml, kText, kJsonLines };

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::string url;   // overrides what the page says about itself
  std::string date;  // YYYY-MM-DD; overrides the page's date
  // Inputs larger than this are refused before they are read: a 200 MB "article" is a mistake,
  // and refusing it keeps memory bounded for the rest of the batch.
  size_t max_bytes = 64u << 20;
};

// "64.0 MB": how sizes and the limit are written in messages, the same everywhere.
inline std::string Megabytes(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

}  // namespace sitrep
