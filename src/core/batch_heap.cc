// See batch_heap.h. Tested by batch_heap_test.cc.
#include "core/batch_heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace sitrep {
namespace {

constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
// What the heap grows by past a request: room for a typical page's buffers and tree (the
// extraction bench's processes peak at 12 MiB), so that they fall in the huge-page range below.
constexpr uintptr_t kHeapReserve = uintptr_t{16} << 20;

}  // namespace

void SetUpHeapForBatch() {
  // Keep what one input needed for the next: no fresh mapping for buffers under 32 MiB (glibc's
  // largest threshold), no trimming of the heap's top under 256 MiB.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, static_cast<int>(kHeapReserve));
  // A block larger than what the heap has left makes it grow now, by the block and the reserve.
  // The block is then stretched in place to end on the second 2 MiB boundary after it, and kept:
  // what the batch allocates next comes from there on, and the whole 2 MiB pages up to the new
  // top are marked for huge pages, which the kernel backs at their first touch (one fault and a
  // 2 MiB clear instead of 512 faults). Not the first boundary: glibc wrote the heap's free top
  // just past the block, and a 2 MiB page already touched is backed by 4 KiB pages for good.
  // Kept, the block costs address space only: glibc touches a page at each of its ends.
  static void* kept = nullptr;
  if (kept != nullptr) return;
  void* block = std::malloc(kHugePage);
  if (block == nullptr) return;
  const auto at = reinterpret_cast<uintptr_t>(block);
  const auto top = reinterpret_cast<uintptr_t>(sbrk(0));
  const uintptr_t start = ((at + kHugePage - 1) & ~(kHugePage - 1)) + kHugePage;
  const uintptr_t end = top & ~(kHugePage - 1);
  // Another allocator (a sanitizer's) does not grow the heap: leave its memory alone.
  if (at > top || end <= start) {
    std::free(block);
    return;
  }
  // glibc puts an 8-byte size word before the next block: asking for that much less than the
  // distance makes the heap's free top begin on the boundary.
  kept = std::realloc(block, start - at - sizeof(size_t));
  // The advice is a hint: a kernel without huge pages refuses it, and the heap works as before.
  if (kept == block) madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
}

}  // namespace sitrep
