// Compressed input: gzip files are read as what they hold, recognised by their magic number so
// that a saved "page.html.gz", a "page" without extension and a gzip stream on standard input
// all work alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sitrep {

// True when |bytes| start with the gzip magic number (1f 8b).
bool IsGzip(std::string_view bytes);

// Inflates every member of the gzip stream |gz| (as `cat a.gz b.gz` makes) into one string.
// kCorruptArchive when the stream is truncated or damaged; kTooLarge as soon as the output
// passes |max_bytes|, so a decompression bomb never costs more than that in memory. Messages
// name no file: the caller knows which input it was.
Result<std::string> Gunzip(std::string_view gz, size_t max_bytes);

}  // namespace sitrep
