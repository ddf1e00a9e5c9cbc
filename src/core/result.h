// Status and Result<T>: errors as values, the way sentencepiece's util::Status and simdjson's
// simdjson_result do it. Library code never throws; the CLI and the server are the only places
// that turn a Status into a message and an exit code.
//
// The API stays close to std::expected (C++23) so it can be swapped in once the toolchain has it:
// ok(), value(), status(), and the two macros below.
//
// Not for: programming errors. A violated invariant is a bug and goes through SITREP_ASSERT.
// Tested by result_test.cc.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <variant>

#include "core/error_codes.h"

namespace sitrep {

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "E104 binary input: ..." : the stable code first, so scripts can match on it.
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit, like std::expected
  Result(Status status) : data_(std::move(status)) { SITREP_ASSERT(!std::get<Status>(data_).ok()); }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<Status>(data_);
  }
  T& value() & {
    SITREP_ASSERT(ok());
    return std::get<T>(data_);
  }
  const T& value() const& {
    SITREP_ASSERT(ok());
    return std::get<T>(data_);
  }
  T&& value() && {
    SITREP_ASSERT(ok());
    return std::get<T>(std::move(data_));
  }

 private:
  std::variant<T, Status> data_;
};

}  // namespace sitrep

#define SITREP_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::sitrep::Status sitrep_status_ = (expr);        \
    if (!sitrep_status_.ok()) return sitrep_status_; \
  } while (0)

#define SITREP_CONCAT_INNER_(a, b) a##b
#define SITREP_CONCAT_(a, b) SITREP_CONCAT_INNER_(a, b)
#define SITREP_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()
// SITREP_ASSIGN_OR_RETURN(auto bytes, ReadFile(path));
#define SITREP_ASSIGN_OR_RETURN(lhs, expr) \
  SITREP_ASSIGN_OR_RETURN_IMPL_(SITREP_CONCAT_(sitrep_result_, __LINE__), lhs, expr)
