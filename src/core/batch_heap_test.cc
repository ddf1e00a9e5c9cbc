#include "core/batch_heap.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace sitrep {
namespace {

// A sanitizer's allocator takes glibc's place and leaves the heap alone: there is nothing to see.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kOtherAllocator = true;
#elif defined(__has_feature)
constexpr bool kOtherAllocator = __has_feature(address_sanitizer);
#else
constexpr bool kOtherAllocator = false;
#endif

std::string ReadFile(const char* path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(BatchHeap, LargeBuffersComeFromTheHeapAndStayForTheNextInput) {
  if (kOtherAllocator) GTEST_SKIP() << "built with a sanitizer's allocator";
  SetUpHeapForBatch();
  // glibc would map a 4 MiB buffer of its own, away from the heap, and unmap it when freed.
  void* first = std::malloc(4 << 20);
  ASSERT_NE(first, nullptr);
  EXPECT_LT(first, sbrk(0));
  const void* top = sbrk(0);
  std::free(first);
  EXPECT_EQ(sbrk(0), top);  // the heap is not trimmed
  void* second = std::malloc(4 << 20);
  EXPECT_LT(second, sbrk(0));
  std::free(second);
}

TEST(BatchHeap, TheHeapIsMarkedForHugePagesWhenTheKernelOffersThem) {
  if (kOtherAllocator) GTEST_SKIP() << "built with a sanitizer's allocator";
  const std::string thp = ReadFile("/sys/kernel/mm/transparent_hugepage/enabled");
  if (thp.find("[always]") == std::string::npos && thp.find("[madvise]") == std::string::npos) {
    GTEST_SKIP() << "no transparent huge pages on this machine";
  }
  SetUpHeapForBatch();
  // /proc/self/smaps lists each mapping's head line, then its fields; "hg" among a [heap]
  // mapping's VmFlags is the advice taken.
  std::istringstream smaps(ReadFile("/proc/self/smaps"));
  bool in_heap = false, marked = false;
  for (std::string line; std::getline(smaps, line);) {
    if (line.find("[heap]") != std::string::npos) in_heap = true;
    if (in_heap && line.starts_with("VmFlags:")) {
      marked = marked || line.find(" hg") != std::string::npos;
      in_heap = false;
    }
  }
  EXPECT_TRUE(marked);
}

}  // namespace
}  // namespace sitrep
