// Lines of a file or standard input through zlib's gz* reader. Tested by line_reader_test.cc.
//
// zlib's gzread undoes gzip when the input starts with its magic number (every member of a
// concatenated stream) and passes other bytes through, so one path reads both. Lines are found
// in a buffer that holds the unread bytes: it grows while a line does not fit, up to the limit
// and one chunk past it, and a line that passes the limit is then dropped as it is read, so a
// line of gigabytes costs no more memory than one at the limit.
#include "read/line_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace sitrep {
namespace {

constexpr size_t kChunk = size_t{1} << 16;

}  // namespace

Result<std::unique_ptr<LineReader>> LineReader::Open(const std::string& path, size_t max_line) {
  // The reader owns a descriptor of its own: closing it must not close standard input.
  const int fd = path == "-" ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status(ErrorCode::kNotFound, std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status(ErrorCode::kInvalidArgument, "is a directory");
  }
  gzFile file = gzdopen(fd, "rb");
  if (file == nullptr) {
    ::close(fd);
    return Status(ErrorCode::kInternal, "cannot start zlib");
  }
  gzbuffer(file, 128 * 1024);
  return std::unique_ptr<LineReader>(new LineReader(file, max_line));
}

LineReader::LineReader(gzFile file, size_t max_line) : file_(file), max_line_(max_line) {}

LineReader::~LineReader() { gzclose(file_); }

bool LineReader::Fill() {
  if (at_end_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) {
    buffer_.resize(std::min(std::max(kChunk, buffer_.size() * 2), max_line_ + 1 + kChunk));
  }
  const size_t wanted = std::min<size_t>(buffer_.size() - end_, INT_MAX);
  const int n = gzread(file_, buffer_.data() + end_, static_cast<unsigned>(wanted));
  if (n > 0) {
    end_ += static_cast<size_t>(n);
    return true;
  }
  at_end_ = true;
  // A gzip stream cut short ends as if complete (zlib reads what there was and returns 0), and
  // only the error state tells.
  int code = Z_OK;
  const char* message = gzerror(file_, &code);
  if (n == 0 && code == Z_OK) return false;
  failure_ = code == Z_ERRNO ? Status(ErrorCode::kIoError, std::strerror(errno))
                             : Status(ErrorCode::kCorruptArchive,
                                      std::string(code == Z_BUF_ERROR ? "truncated gzip stream"
                                                                      : "corrupt gzip stream") +
                                          " (" + message + ")");
  return false;
}

LineReader::Next LineReader::Read(std::string_view* line) {
  if (!failure_.ok()) return Next::kFailed;
  bool too_long = false;
  size_t scanned = 0;  // bytes after begin_ known to hold no "\n"
  for (;;) {
    const char* start = buffer_.data() + begin_;
    const void* newline = std::memchr(start + scanned, '\n', end_ - begin_ - scanned);
    if (newline != nullptr) {
      const size_t length = static_cast<size_t>(static_cast<const char*>(newline) - start);
      ++line_number_;
      *line = std::string_view(start, length);
      begin_ += length + 1;
      return too_long || length > max_line_ ? Next::kTooLong : Next::kLine;
    }
    scanned = end_ - begin_;
    if (scanned > max_line_) {
      // Over the limit with no end in sight: drop what is held and read on to the line's end.
      too_long = true;
      begin_ = end_ = scanned = 0;
    }
    if (!Fill()) {
      if (!failure_.ok()) {
        ++line_number_;
        return Next::kFailed;
      }
      if (begin_ == end_ && !too_long) return Next::kEnd;
      ++line_number_;
      *line = std::string_view(buffer_.data() + begin_, end_ - begin_);
      begin_ = end_;
      return too_long ? Next::kTooLong : Next::kLine;
    }
  }
}

}  // namespace sitrep
