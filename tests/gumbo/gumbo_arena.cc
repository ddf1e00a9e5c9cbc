// See gumbo_arena.h. Tested by gumbo_arena_test.cc.
#include "gumbo/gumbo_arena.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <utility>

namespace sitrep {
namespace {

// Each block is preceded by a 16-byte header holding its class, so that Free knows its size and
// the block stays 16-byte aligned.
constexpr size_t kHeaderBytes = 16;
constexpr uint32_t kLargeClass = UINT32_MAX;

// Chunks the thread's last arenas gave back.
std::vector<std::unique_ptr<std::byte[]>>& SpareChunks() {
  thread_local std::vector<std::unique_ptr<std::byte[]>> spare;
  return spare;
}

uint32_t& ClassOf(void* block) {
  return *reinterpret_cast<uint32_t*>(static_cast<std::byte*>(block) - kHeaderBytes);
}

}  // namespace

GumboArena::~GumboArena() {
  std::vector<std::unique_ptr<std::byte[]>>& spare = SpareChunks();
  for (std::unique_ptr<std::byte[]>& chunk : chunks_) {
    if (spare.size() >= kKeptChunks) break;
    spare.push_back(std::move(chunk));
  }
}

void* GumboArena::Allocate(size_t size) {
  const size_t units = std::max<size_t>(1, (size + 15) / 16);
  if (units * 16 > kMaxClassBytes) {
    large_.push_back(std::make_unique_for_overwrite<std::byte[]>(kHeaderBytes + size));
    void* block = large_.back().get() + kHeaderBytes;
    ClassOf(block) = kLargeClass;
    return block;
  }
  const auto k = static_cast<uint32_t>(std::bit_width(units - 1));  // 16 << k >= size
  if (void* block = free_lists_[k]; block != nullptr) {
    free_lists_[k] = *static_cast<void**>(block);
    return block;
  }
  const size_t bytes = kHeaderBytes + (size_t{16} << k);
  if (static_cast<size_t>(end_ - next_) < bytes) {
    std::vector<std::unique_ptr<std::byte[]>>& spare = SpareChunks();
    if (spare.empty()) {
      chunks_.push_back(std::make_unique_for_overwrite<std::byte[]>(kChunkBytes));
    } else {
      chunks_.push_back(std::move(spare.back()));
      spare.pop_back();
    }
    next_ = chunks_.back().get();
    end_ = next_ + kChunkBytes;
  }
  void* block = next_ + kHeaderBytes;
  next_ += bytes;
  ClassOf(block) = k;
  return block;
}

void GumboArena::Free(void* block) {
  if (block == nullptr) return;
  const uint32_t k = ClassOf(block);
  if (k == kLargeClass) {
    // Few blocks are this large (long text runs while they grow), so a linear search is cheap.
    const auto it = std::find_if(large_.begin(), large_.end(),
                                 [&](const auto& b) { return b.get() + kHeaderBytes == block; });
    if (it != large_.end()) {
      std::swap(*it, large_.back());
      large_.pop_back();
    }
    return;
  }
  *static_cast<void**>(block) = free_lists_[k];
  free_lists_[k] = block;
}

GumboOptions GumboArena::Options(GumboOptions base) {
  base.allocator = [](void* arena, size_t size) {
    return static_cast<GumboArena*>(arena)->Allocate(size);
  };
  base.deallocator = [](void* arena, void* block) { static_cast<GumboArena*>(arena)->Free(block); };
  base.userdata = this;
  return base;
}

}  // namespace sitrep
