// The memory gumbo builds one page's tree in: a bump allocator over 1 MiB chunks, with free lists
// by power-of-two size for what gumbo frees while it parses, and nothing freed node by node after.
//
// Why: with malloc, a fifth of gumbo's time went to malloc and free, most of it to freeing the
// tree one node at a time (recursively, too: a deep tree could overflow the stack). Here the whole
// tree goes at once when the arena does, and its chunks stay with the thread for the next page.
//
// Test and fuzz code only, where gumbo is the oracle for html_tree_builder (gumbo_tree.h); it
// frees what gumbo leaks on some tag soup, which LeakSanitizer would report.
//
// Not for: anything but gumbo's GumboOptions allocator and deallocator; an arena serves one
// parse on one thread.
#pragma once

#include <gumbo.h>

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

namespace sitrep {

class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  // Frees every block at once; up to kKeptChunks chunks wait for the thread's next arena.
  ~GumboArena();

  // 16-byte aligned, uninitialised, as malloc's.
  void* Allocate(size_t size);
  void Free(void* block);

  // |base| with its allocator and deallocator set to this arena.
  GumboOptions Options(GumboOptions base);

  static constexpr size_t kChunkBytes = size_t{1} << 20;
  static constexpr size_t kKeptChunks = 16;

 private:
  // Blocks up to kMaxClassBytes come in classes of 16 << k bytes; larger ones are allocated alone.
  static constexpr size_t kClasses = 16;
  static constexpr size_t kMaxClassBytes = size_t{16} << (kClasses - 1);

  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  std::byte* next_ = nullptr;  // the free rest of the last chunk
  std::byte* end_ = nullptr;
  std::array<void*, kClasses> free_lists_{};
  std::vector<std::unique_ptr<std::byte[]>> large_;
};

}  // namespace sitrep
