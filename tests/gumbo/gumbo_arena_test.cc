#include "gumbo/gumbo_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <set>
#include <string_view>

namespace sitrep {
namespace {

TEST(GumboArena, BlocksAreAlignedDistinctAndWritable) {
  GumboArena arena;
  std::set<void*> seen;
  for (size_t size : {0, 1, 15, 16, 17, 100, 4096, 300000, 600000, 3000000}) {
    void* block = arena.Allocate(size);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(block) % 16, 0u) << size;
    EXPECT_TRUE(seen.insert(block).second) << size;
    std::memset(block, 0xab, size);
  }
}

TEST(GumboArena, FreedBlocksAreReusedBySize) {
  GumboArena arena;
  void* small = arena.Allocate(40);
  void* large = arena.Allocate(2 * GumboArena::kChunkBytes);
  arena.Free(small);
  arena.Free(large);
  arena.Free(nullptr);
  EXPECT_EQ(arena.Allocate(33), small);  // the same 64-byte class
  EXPECT_NE(arena.Allocate(20), small);
}

TEST(GumboArena, ParsesPagesOneAfterAnother) {
  for (int page = 0; page < 3; ++page) {
    GumboArena arena;
    const GumboOptions options = arena.Options(kGumboDefaultOptions);
    const std::string_view html = "<p class=a>One <b>two</b></p><table><td>three";
    GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    ASSERT_NE(output, nullptr);
    const GumboNode* body = static_cast<GumboNode*>(output->root->v.element.children.data[1]);
    EXPECT_EQ(body->v.element.tag, GUMBO_TAG_BODY);
    EXPECT_EQ(body->v.element.children.length, 2u);
    // No gumbo_destroy_output: the arena frees the tree.
  }
}

}  // namespace
}  // namespace sitrep
