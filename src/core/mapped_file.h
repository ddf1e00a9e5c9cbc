// Read-only data files (models, the gazetteer): a file's bytes memory-mapped once and shared by
// every copy of the handle, plus the little-endian writing, reading and checksum helpers that
// sitrep's binary formats have in common.
//
// Not for: input articles (read/reader.h reads those, with size limits and decompression) or a
// file format's own layout and checks; each format decodes and checks its own header.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sitrep {

// Bytes that stay put for the handle's lifetime: a private read-only mapping of a file, or an
// owned string (tests, data built in memory). Copies share the bytes; the last one releases them.
class MappedBytes {
 public:
  MappedBytes() = default;  // no bytes

  // kNotFound when the file cannot be opened, kIoError when it is empty or cannot be mapped;
  // |what| names the file's role in the message ("gazetteer").
  static Result<MappedBytes> Map(const std::string& path, std::string_view what);
  static MappedBytes Own(std::string bytes);

  const unsigned char* data() const { return data_; }
  size_t size() const { return size_; }

 private:
  struct Storage;
  explicit MappedBytes(std::shared_ptr<const Storage> storage);

  std::shared_ptr<const Storage> storage_;
  const unsigned char* data_ = nullptr;
  size_t size_ = 0;
};

// A 64-bit checksum over whole words plus the tail: several GB/s, so checking a data file of
// tens of MB at load costs a few milliseconds. It finds damage, not tampering.
uint64_t Checksum64(const unsigned char* data, size_t n);

// Little-endian fields, whatever the host; formats decode headers with these, field by field.
void PutU32(std::string& out, uint32_t v);
void PutU64(std::string& out, uint64_t v);
uint32_t GetU32(const unsigned char* p);
uint64_t GetU64(const unsigned char* p);

// Pads |out| with zero bytes to a multiple of |align|, and the same rounding for a size.
void PadTo(std::string& out, size_t align);
inline size_t RoundUp(size_t n, size_t align) { return (n + align - 1) / align * align; }

}  // namespace sitrep
