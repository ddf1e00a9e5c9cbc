// The front door of the read stage: bytes in, an Article with metadata, text and paragraphs out.
//
// ReadArticle sniffs the format when asked to (by file name, then by content), refuses what is
// not an article (empty, binary), repairs invalid UTF-8 with U+FFFD and a warning, and hands the
// text to one format reader. Each format reader is a file pair of its own in this folder.
#pragma once

#include <string>
#include <string_view>

#include "core/article.h"
#include "core/result.h"
#include "read/read_options.h"

namespace sitrep {

// Reads a whole file ("-" is standard input), refusing anything over max_bytes. The bytes are
// read into |buffer|, which may hold more after them: a batch passes the same buffer for every
// input, so each is read into memory an earlier one has already touched. The view is valid
// until the buffer is next used or changed. |waited|, when given, is set to whether some of a
// file's bytes had to come from the disk rather than the kernel's cache (false for a pipe).
Result<std::string_view> LoadInput(const std::string& path, size_t max_bytes, std::string* buffer,
                                   bool* waited = nullptr);

// Asks the kernel to start reading the file at |path| into its cache and returns at once, so
// that a LoadInput of it later finds the bytes there instead of waiting on the disk. A batch
// calls it for the input a few ahead of the one it reads while its reads find pages no longer
// cached: the disk then reads while the CPU parses. Nothing is promised: a missing file, a
// directory, a FIFO or "-" is passed over, and LoadInput says what is wrong with it.
void PrefetchInput(const std::string& path);

// The format that |name| and |bytes| suggest, for InputFormat::kAuto.
InputFormat DetectFormat(std::string_view name, std::string_view bytes);

// |name| is used for format detection and messages only.
Result<Article> ReadArticle(std::string_view bytes, std::string_view name,
                            const ReadOptions& options);

}  // namespace sitrep
