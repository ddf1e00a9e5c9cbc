#include "read/url.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(ResolveUrl, JoinsTheFormsPagesUse) {
  const std::string base = "https://news.example.org/world/2024/05/story.html?page=2#top";
  const std::pair<const char*, const char*> cases[] = {
      {"/about", "https://news.example.org/about"},
      {"other.html", "https://news.example.org/world/2024/05/other.html"},
      {"../04/old.html", "https://news.example.org/world/2024/04/old.html"},
      {"./same.html", "https://news.example.org/world/2024/05/same.html"},
      {"//cdn.example.net/a.jpg", "https://cdn.example.net/a.jpg"},
      {"?page=3", "https://news.example.org/world/2024/05/story.html?page=3"},
      {"#comments", "https://news.example.org/world/2024/05/story.html?page=2#comments"},
      {"https://elsewhere.example/x", "https://elsewhere.example/x"},
      {"mailto:desk@example.org", "mailto:desk@example.org"},
      {"../../../../../up", "https://news.example.org/up"},
  };
  for (const auto& [ref, want] : cases) EXPECT_EQ(ResolveUrl(base, ref), want) << ref;
}

TEST(ResolveUrl, LeavesRefAloneWithoutABase) {
  EXPECT_EQ(ResolveUrl("", "/relative"), "/relative");
  EXPECT_EQ(ResolveUrl("not a url", "/relative"), "/relative");
  EXPECT_EQ(ResolveUrl("https://a.example", "b"), "https://a.example/b");
}

TEST(HostOf, LowercasesAndDropsWwwPortAndUser) {
  EXPECT_EQ(HostOf("https://www.TheMoscowTimes.com/2023/03/07/x"), "themoscowtimes.com");
  EXPECT_EQ(HostOf("http://user@news.example.org:8080/a?b#c"), "news.example.org");
  EXPECT_EQ(HostOf("/just/a/path"), "");
  EXPECT_EQ(HostOf(""), "");
}

}  // namespace
}  // namespace sitrep
