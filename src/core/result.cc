// Messages for the error codes in error_codes.h and Status::ToString. Tested by result_test.cc.
#include "core/result.h"

namespace sitrep {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "E000";
    case ErrorCode::kNotFound: return "E101";
    case ErrorCode::kIoError: return "E102";
    case ErrorCode::kEmptyInput: return "E103";
    case ErrorCode::kBinaryInput: return "E104";
    case ErrorCode::kTooLarge: return "E105";
    case ErrorCode::kParseError: return "E106";
    case ErrorCode::kCorruptArchive: return "E107";
    case ErrorCode::kInvalidArgument: return "E201";
    case ErrorCode::kInternal: return "E901";
  }
  return "E999";
}

std::string_view ErrorCodeSummary(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kNotFound: return "cannot open";
    case ErrorCode::kIoError: return "read error";
    case ErrorCode::kEmptyInput: return "empty input";
    case ErrorCode::kBinaryInput: return "binary input";
    case ErrorCode::kTooLarge: return "too large";
    case ErrorCode::kParseError: return "cannot parse";
    case ErrorCode::kCorruptArchive: return "corrupt archive";
    case ErrorCode::kInvalidArgument: return "invalid argument";
    case ErrorCode::kInternal: return "internal error";
  }
  return "unknown error";
}

std::string Status::ToString() const {
  std::string out(ErrorCodeName(code_));
  out += ' ';
  out += ErrorCodeSummary(code_);
  if (!message_.empty()) {
    out += ": ";
    out += message_;
  }
  return out;
}

void AssertFailed(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "sitrep: internal error: assertion '%s' failed at %s:%d\n", condition, file,
               line);
  std::abort();
}

}  // namespace sitrep
