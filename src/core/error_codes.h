// The stable, numbered error codes of sitrep (after spaCy's E040). A code never changes meaning
// once released: scripts match on "E104" in JSON output and on stderr. Add new codes at the end
// of their block. SITREP_ASSERT lives here too because it is the one error that is not a value.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace sitrep {

enum class ErrorCode : int {
  kOk = 0,
  // 1xx: reading input.
  kNotFound = 101,        // the file does not exist or cannot be opened
  kIoError = 102,         // a read failed part way
  kEmptyInput = 103,      // zero bytes, or nothing but whitespace
  kBinaryInput = 104,     // looks like binary data, not text or markup
  kTooLarge = 105,        // over the size limit (--max-size)
  kParseError = 106,      // the document could not be parsed at all
  kCorruptArchive = 107,  // truncated or damaged compressed input
  // 2xx: usage.
  kInvalidArgument = 201,
  // 9xx: bugs and resources.
  kInternal = 901,
};

// "E104" for kBinaryInput.
std::string_view ErrorCodeName(ErrorCode code);
// "binary input" for kBinaryInput: the short, human half of a message.
std::string_view ErrorCodeSummary(ErrorCode code);

[[noreturn]] void AssertFailed(const char* condition, const char* file, int line);

}  // namespace sitrep

// A violated invariant is a bug: stop at once with where it happened (simdjson's ASSUME).
#define SITREP_ASSERT(cond) ((cond) ? (void)0 : ::sitrep::AssertFailed(#cond, __FILE__, __LINE__))
