// Compressed input: gzip files are read as what they hold, recognised by their magic number so
// that a saved "page.html.gz", a "page" without extension and a gzip stream on standard input
// all work alike.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sitrep {

// True when |bytes| start with the gzip magic number (1f 8b).
bool IsGzip(std::string_view bytes);

// A gzip stream undone as its bytes come, member after member (as `cat a.gz b.gz` makes), zero
// bytes of block padding between members skipped: Gunzip hands it a whole file, LineReader each
// read(2) of a pipe. Errors are kCorruptArchive for damage, saying at which byte of the stream.
class GzipInflater {
 public:
  GzipInflater();
  ~GzipInflater();
  // zlib's state points back at the z_stream, so it stays where it was made.
  GzipInflater(const GzipInflater&) = delete;
  GzipInflater& operator=(const GzipInflater&) = delete;

  // Inflates from the front of |*in| into |out|, at most |room| bytes, and drops from |*in| what
  // it took; the bytes written. Fewer than |room| with |*in| emptied means zlib wants input.
  Result<size_t> Inflate(std::string_view* in, char* out, size_t room);
  // Whether the stream may end here: between members, not inside one.
  bool Complete() const { return !in_member_; }

 private:
  z_stream zs_{};
  bool ready_;  // zlib set up
  bool in_member_ = true;
  size_t taken_ = 0;  // bytes of the stream taken so far
};

// Inflates every member of the gzip stream |gz| (as `cat a.gz b.gz` makes) into one string.
// kCorruptArchive when the stream is truncated or damaged; kTooLarge as soon as the output
// passes |max_bytes|, so a decompression bomb never costs more than that in memory. Messages
// name no file: the caller knows which input it was.
Result<std::string> Gunzip(std::string_view gz, size_t max_bytes);

}  // namespace sitrep
