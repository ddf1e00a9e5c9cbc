// Gzip decompression with zlib. Tested by decompress_test.cc.
//
// Members are inflated one after another until the input ends, as gzip(1) does with
// concatenated files. The output grows by doubling but never past max_bytes + 1: one byte over
// proves the limit is passed, so a bomb is stopped having cost no more memory than an honest
// input at the limit. Input is handed to zlib in chunks because zlib counts in 32-bit integers.
//
// Limits: zero bytes after the last member (block padding) are ignored; anything else there is
// reported as corrupt rather than dropped unseen. Only gzip: zstd, bzip2 and xz inputs still
// fail as binary.
#include "read/decompress.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

#include "read/read_options.h"

namespace sitrep {
namespace {

constexpr size_t kChunk = size_t{1} << 30;
constexpr size_t kFirstOutput = size_t{1} << 16;

// Owns the inflate state so that every return path frees it.
struct Inflater {
  z_stream stream{};
  ~Inflater() { inflateEnd(&stream); }
};

}  // namespace

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

Result<std::string> Gunzip(std::string_view gz, size_t max_bytes) {
  Inflater inflater;
  z_stream& zs = inflater.stream;
  // 16 + MAX_WBITS asks for the gzip wrapper rather than zlib's own.
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
    return Status(ErrorCode::kInternal, "cannot start zlib");
  }
  const size_t limit = max_bytes == std::numeric_limits<size_t>::max() ? max_bytes : max_bytes + 1;
  std::string out;
  size_t fed = 0;  // bytes of |gz| handed to zlib so far
  size_t used = 0;
  for (;;) {
    if (zs.avail_in == 0 && fed < gz.size()) {
      const size_t n = std::min(kChunk, gz.size() - fed);
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data() + fed));
      zs.avail_in = static_cast<uInt>(n);
      fed += n;
    }
    if (used == out.size()) out.resize(std::min(limit, std::max(kFirstOutput, out.size() * 2)));
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + used);
    zs.avail_out = static_cast<uInt>(std::min(kChunk, out.size() - used));
    const int rc = inflate(&zs, Z_NO_FLUSH);
    used = static_cast<size_t>(reinterpret_cast<char*>(zs.next_out) - out.data());
    const size_t consumed = fed - zs.avail_in;
    if (used > max_bytes) {
      return Status(ErrorCode::kTooLarge, "expands past the limit of " + Megabytes(max_bytes) +
                                              " when decompressed (raise it with --max-size)");
    }
    if (rc == Z_STREAM_END) {
      const std::string_view rest = gz.substr(consumed);
      if (rest.find_first_not_of('\0') == std::string_view::npos) break;
      if (!IsGzip(rest)) {
        return Status(ErrorCode::kCorruptArchive,
                      "data that is not gzip after byte " + std::to_string(consumed));
      }
      inflateReset(&zs);
      continue;
    }
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT) {
      return Status(ErrorCode::kCorruptArchive, "corrupt gzip stream at byte " +
                                                    std::to_string(consumed) + ": " +
                                                    (zs.msg != nullptr ? zs.msg : "invalid data"));
    }
    if (rc == Z_MEM_ERROR) return Status(ErrorCode::kInternal, "out of memory");
    // Z_OK or Z_BUF_ERROR. Room left over with all input read means zlib wants more input.
    if (zs.avail_in == 0 && fed == gz.size() && zs.avail_out > 0) {
      return Status(ErrorCode::kCorruptArchive,
                    "truncated gzip stream after " + std::to_string(gz.size()) + " bytes");
    }
  }
  out.resize(used);
  return out;
}

}  // namespace sitrep
