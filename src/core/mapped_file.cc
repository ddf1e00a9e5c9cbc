// Mapped data files and the binary helpers. Tested by mapped_file_test.cc.
#include "core/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>

namespace sitrep {

struct MappedBytes::Storage {
  const unsigned char* data = nullptr;
  size_t size = 0;
  void* mapped = nullptr;  // from mmap, or null when |owned| holds the bytes
  std::string owned;
  ~Storage() {
    if (mapped) munmap(mapped, size);
  }
};

MappedBytes::MappedBytes(std::shared_ptr<const Storage> storage)
    : storage_(std::move(storage)), data_(storage_->data), size_(storage_->size) {}

Result<MappedBytes> MappedBytes::Map(const std::string& path, std::string_view what) {
  const std::string role(what);
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status(ErrorCode::kNotFound, path + ": cannot open " + role);
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size <= 0) {
    close(fd);
    return Status(ErrorCode::kIoError, path + ": cannot read " + role + " (empty or unreadable)");
  }
  void* mapped = mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (mapped == MAP_FAILED) return Status(ErrorCode::kIoError, path + ": cannot map " + role);
  auto storage = std::make_shared<Storage>();
  storage->mapped = mapped;
  storage->data = static_cast<const unsigned char*>(mapped);
  storage->size = size_t(st.st_size);
  return MappedBytes(std::move(storage));
}

MappedBytes MappedBytes::Own(std::string owned) {
  auto storage = std::make_shared<Storage>();
  storage->owned = std::move(owned);
  storage->data = reinterpret_cast<const unsigned char*>(storage->owned.data());
  storage->size = storage->owned.size();
  return MappedBytes(std::move(storage));
}

uint64_t Checksum64(const unsigned char* data, size_t n) {
  uint64_t h = 0x84222325cbf29ce4ull;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, data + i, 8);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  for (; i < n; ++i) h = (h ^ data[i]) * 0x100000001b3ull;
  return h;
}

void PutU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i)));
}
void PutU64(std::string& out, uint64_t v) {
  PutU32(out, static_cast<uint32_t>(v));
  PutU32(out, static_cast<uint32_t>(v >> 32));
}
uint32_t GetU32(const unsigned char* p) {
  return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
uint64_t GetU64(const unsigned char* p) {
  return uint64_t(GetU32(p)) | uint64_t(GetU32(p + 4)) << 32;
}

void PadTo(std::string& out, size_t align) { out.resize(RoundUp(out.size(), align), '\0'); }

}  // namespace sitrep
