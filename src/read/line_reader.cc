// Lines of a file or standard input, gzip undone as the bytes arrive. Tested by
// line_reader_test.cc.
//
// Bytes are taken with read(2), which returns what a pipe holds now, so a line a crawler writes is
// analysed when it arrives: zlib's gzread would wait for its whole buffer (128 KiB) first, and a
// slow feed would sit unread. Gzip is recognised by the first two bytes and undone by
// decompress.h's GzipInflater as the bytes come; a stream that ends inside a member is a truncated
// one, E107. Lines are found in a buffer that holds the unread bytes: it grows while a line does
// not fit, up to the limit and one chunk past it, and a line that passes the limit is then dropped
// as it is read, so a line of gigabytes costs no more memory than one at the limit.
#include "read/line_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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
  return std::unique_ptr<LineReader>(new LineReader(fd, max_line));
}

LineReader::LineReader(int fd, size_t max_line) : fd_(fd), max_line_(max_line), raw_(kChunk, 0) {}

LineReader::~LineReader() { ::close(fd_); }

bool LineReader::ReadRaw(size_t kept) {
  for (;;) {
    const ssize_t n = ::read(fd_, raw_.data() + kept, raw_.size() - kept);
    if (n > 0) {
      pending_ = std::string_view(raw_.data(), kept + size_t(n));
      return true;
    }
    if (n == 0) return false;
    if (errno != EINTR) {
      failure_ = Status(ErrorCode::kIoError, std::strerror(errno));
      return false;
    }
  }
}

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
  for (;;) {
    if (pending_.empty() && !ReadRaw(0)) break;
    if (!started_) {
      // The first two bytes say whether it is gzip; a pipe may hand them over one at a time.
      started_ = true;
      // At the end after one byte, that byte is all there is: not gzip.
      if (pending_.size() == 1 && pending_[0] == '\x1f' && !ReadRaw(1) && !failure_.ok()) break;
      if (IsGzip(pending_)) gzip_.emplace();
    }
    const size_t space = buffer_.size() - end_;
    if (!gzip_) {
      const size_t n = std::min(space, pending_.size());
      std::memcpy(buffer_.data() + end_, pending_.data(), n);
      end_ += n;
      pending_.remove_prefix(n);
      return true;
    }
    const Result<size_t> produced = gzip_->Inflate(&pending_, buffer_.data() + end_, space);
    if (!produced.ok()) {
      failure_ = produced.status();
      break;
    }
    end_ += produced.value();
    if (produced.value() > 0) return true;
  }
  at_end_ = true;
  if (failure_.ok() && gzip_ && !gzip_->Complete()) {
    failure_ = Status(ErrorCode::kCorruptArchive, "truncated gzip stream");
  }
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
