#include "core/article.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Article, IdComesFromTheUrlWhenKnown) {
  Article a, b;
  a.url = b.url = "https://example.org/story";
  a.text = "one version";
  b.text = "another version";
  AssignStableId(a);
  AssignStableId(b);
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.id.size(), 16u);
}

TEST(Article, CanonicalUrlWinsOverUrl) {
  Article a, b;
  a.url = "https://example.org/story?utm_source=feed";
  b.url = "https://m.example.org/story";
  a.canonical_url = b.canonical_url = "https://example.org/story";
  AssignStableId(a);
  AssignStableId(b);
  EXPECT_EQ(a.id, b.id);
}

TEST(Article, IdFallsBackToTheText) {
  Article a, b, c;
  a.text = b.text = "Same words.";
  c.text = "Other words.";
  AssignStableId(a);
  AssignStableId(b);
  AssignStableId(c);
  EXPECT_EQ(a.id, b.id);
  EXPECT_NE(a.id, c.id);
}

TEST(Article, HashIsStableAcrossRuns) {
  // FNV-1a 64 of the empty string is the offset basis; a changed constant would change ids.
  EXPECT_EQ(HashHex(""), "cbf29ce484222325");
  EXPECT_EQ(HashHex("a"), "af63dc4c8601ec8c");
}

TEST(Span, SlicesAndContains) {
  const std::string_view text = "Hello, world";
  const Span s{7, 12};
  EXPECT_EQ(s.Of(text), "world");
  EXPECT_TRUE((Span{0, 12}).Contains(s));
  EXPECT_FALSE(s.Contains(Span{6, 12}));
  EXPECT_TRUE((Span{3, 3}).empty());
}

}  // namespace
}  // namespace sitrep
