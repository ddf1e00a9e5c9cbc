// A file or standard input read a line at a time, gzip undone as it goes: the input side of a
// JSON Lines stream of articles (read/article_line.h), whose length has no bound.
//
// Memory is bounded by the longest line kept (|max_line|) and a read chunk, never by the input:
// a line longer than |max_line| is skipped to its end, not held, and reported on its own. Gzip is
// recognised by its magic number, so "feed.jsonl.gz", "feed" and a gzip stream on a pipe all work
// alike, as whole-file inputs do (read/decompress.h). A line is handed over as soon as its bytes
// have arrived: a slow feed on a pipe is read line by line, not a buffer at a time.
//
// Not for: whole-file inputs (reader.h's LoadInput), nor what a line means.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "read/decompress.h"

namespace sitrep {

class LineReader {
 public:
  enum class Next {
    kLine,     // a line, without its "\n"
    kTooLong,  // a line over the limit, skipped to its end
    kEnd,      // the input is over
    kFailed,   // it cannot be read further: failure() says why (E102, E107)
  };

  // Opens |path| ("-" is standard input, left open when the reader is done). E101 when it
  // cannot be opened, E102 when it is a directory.
  static Result<std::unique_ptr<LineReader>> Open(const std::string& path, size_t max_line);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line into |line|, valid until the next call. A last line without "\n" is a
  // line too.
  Next Read(std::string_view* line);
  // 1-based: the line Read last returned (or failed in).
  size_t line_number() const { return line_number_; }
  const Status& failure() const { return failure_; }

 private:
  LineReader(int fd, size_t max_line);
  // Adds bytes after the unread ones in buffer_ (inflated when the input is gzip); false at the
  // end or on failure (failure_ then set).
  bool Fill();
  // One read(2) into raw_ after its first |kept| bytes, all of them then pending_; false (and
  // pending_ as it was) at the end of the input or on failure.
  bool ReadRaw(size_t kept);

  int fd_;
  size_t max_line_;
  std::string raw_;             // bytes as read
  std::string_view pending_;    // those of raw_ not yet inflated or copied
  std::string buffer_;          // the input's text
  size_t begin_ = 0, end_ = 0;  // the unread bytes of buffer_
  size_t line_number_ = 0;
  bool started_ = false;              // the first bytes were seen (gzip or not)
  std::optional<GzipInflater> gzip_;  // set when the first bytes say gzip
  bool at_end_ = false;
  Status failure_;
};

}  // namespace sitrep
