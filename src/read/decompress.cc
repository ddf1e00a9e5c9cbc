// Gzip decompression with zlib. Tested by decompress_test.cc.
//
// Members are inflated one after another until the input ends, as gzip(1) does with
// concatenated files. The output grows by doubling but never past max_bytes + 1: one byte over
// proves the limit is passed, so a bomb is stopped having cost no more memory than an honest
// input at the limit.
//
// Limits: zero bytes after the last member (block padding) are ignored; anything else there is
// reported as corrupt rather than dropped unseen. Only gzip: zstd, bzip2 and xz inputs still
// fail as binary.
#include "read/decompress.h"

#include <algorithm>
#include <climits>
#include <limits>

#include "read/read_options.h"

namespace sitrep {
namespace {

constexpr size_t kFirstOutput = size_t{1} << 16;

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

GzipInflater::GzipInflater() {
  // 16 + MAX_WBITS asks for the gzip wrapper rather than zlib's own.
  ready_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
}

GzipInflater::~GzipInflater() {
  if (ready_) inflateEnd(&zs_);
}

Result<size_t> GzipInflater::Inflate(std::string_view* in, char* out, size_t room) {
  if (!ready_) return Status(ErrorCode::kInternal, "cannot start zlib");
  auto take = [&](size_t n) {
    in->remove_prefix(n);
    taken_ += n;
  };
  if (!in_member_) {
    // Between members: padding, or the next member's header.
    const size_t data = in->find_first_not_of('\0');
    take(data == std::string_view::npos ? in->size() : data);
    if (in->empty()) return size_t{0};
    if (in->size() >= 2 && !IsGzip(*in)) {
      return Status(ErrorCode::kCorruptArchive,
                    "data that is not gzip after byte " + std::to_string(taken_));
    }
    inflateReset(&zs_);
    in_member_ = true;
  }
  // zlib counts in 32-bit integers.
  zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in->data()));
  zs_.avail_in = static_cast<uInt>(std::min<size_t>(in->size(), UINT_MAX));
  zs_.next_out = reinterpret_cast<Bytef*>(out);
  zs_.avail_out = static_cast<uInt>(std::min<size_t>(room, UINT_MAX));
  const int rc = inflate(&zs_, Z_NO_FLUSH);
  take(size_t(reinterpret_cast<const char*>(zs_.next_in) - in->data()));
  if (rc == Z_STREAM_END) {
    in_member_ = false;
  } else if (rc == Z_MEM_ERROR) {
    return Status(ErrorCode::kInternal, "out of memory");
  } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
    return Status(ErrorCode::kCorruptArchive, "corrupt gzip stream at byte " +
                                                  std::to_string(taken_) + ": " +
                                                  (zs_.msg != nullptr ? zs_.msg : "invalid data"));
  }
  return size_t(reinterpret_cast<char*>(zs_.next_out) - out);
}

Result<std::string> Gunzip(std::string_view gz, size_t max_bytes) {
  GzipInflater inflater;
  const size_t limit = max_bytes == std::numeric_limits<size_t>::max() ? max_bytes : max_bytes + 1;
  std::string out;
  size_t used = 0;
  for (std::string_view rest = gz;;) {
    if (used == out.size()) out.resize(std::min(limit, std::max(kFirstOutput, out.size() * 2)));
    const size_t room = out.size() - used;
    SITREP_ASSIGN_OR_RETURN(const size_t n, inflater.Inflate(&rest, out.data() + used, room));
    used += n;
    if (used > max_bytes) {
      return Status(ErrorCode::kTooLarge, "expands past the limit of " + Megabytes(max_bytes) +
                                              " when decompressed (raise it with --max-size)");
    }
    // All read, with room to spare: zlib has given all it holds.
    if (rest.empty() && n < room) break;
  }
  if (!inflater.Complete()) {
    return Status(ErrorCode::kCorruptArchive,
                  "truncated gzip stream after " + std::to_string(gz.size()) + " bytes");
  }
  out.resize(used);
  return out;
}

}  // namespace sitrep
