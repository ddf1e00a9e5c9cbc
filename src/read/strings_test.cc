#include "read/strings.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(Strings, ComparesAsciiWithoutCase) {
  EXPECT_TRUE(EqualsNoCase("OG:Title", "og:title"));
  EXPECT_FALSE(EqualsNoCase("og:title", "og:titles"));
  EXPECT_TRUE(StartsWithNoCase("Related Articles", "related"));
  EXPECT_TRUE(EndsWithNoCase("Headline | THE SITE", "the site"));
  EXPECT_TRUE(ContainsNoCase("article-Body main", "body"));
  EXPECT_EQ(LowerAscii("Ünter DEN"), "Ünter den");  // only ASCII letters change
}

TEST(Strings, ComparesBytesExactly) {
  EXPECT_TRUE(SameBytes("data-src", "data-src"));
  EXPECT_TRUE(SameBytes("", ""));
  EXPECT_FALSE(SameBytes("src", "Src"));
  EXPECT_FALSE(SameBytes("src", "srcset"));
  EXPECT_TRUE(StartsWithBytes("sidebar-left", "sidebar"));
  EXPECT_TRUE(StartsWithBytes("share", ""));
  EXPECT_FALSE(StartsWithBytes("side", "sidebar"));
  EXPECT_FALSE(StartsWithBytes("a-sidebar", "sidebar"));
}

TEST(Strings, CountsWordsInAnyScript) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("Read more: "), 2);
  EXPECT_EQ(CountWords("Київ, 24 лютого"), 3);
  EXPECT_EQ(CountWords("U.S.-based"), 3);
}

}  // namespace
}  // namespace sitrep
