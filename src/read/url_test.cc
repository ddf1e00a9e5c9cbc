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

TEST(Url, SpacesAroundAnAddressAreNoPartOfIt) {
  // As a page's href=" /a " or an address on a feed's line of its own comes.
  EXPECT_EQ(HostOf("\n      https://www.example.ca/news/1\n    "), "example.ca");
  EXPECT_EQ(PathOf("  https://example.ca/news/1 \t"), "/news/1");
  EXPECT_EQ(ResolveUrl(" https://example.ca/a/b ", " c "), "https://example.ca/a/c");
  EXPECT_EQ(DateFromUrlPath("\nhttps://example.ca/2024/05/14/x\n"), "2024-05-14");
}

TEST(SiteOf, KeepsTheRegistrablePart) {
  EXPECT_EQ(SiteOf("news.example.com"), "example.com");
  EXPECT_EQ(SiteOf("news.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(SiteOf("abc.net.au"), "abc.net.au");
  EXPECT_EQ(SiteOf("example.de"), "example.de");
  EXPECT_EQ(SiteOf("localhost"), "localhost");
}

TEST(HostOf, LowercasesAndDropsWwwPortAndUser) {
  EXPECT_EQ(HostOf("https://www.TheMoscowTimes.com/2023/03/07/x"), "themoscowtimes.com");
  EXPECT_EQ(HostOf("http://user@news.example.org:8080/a?b#c"), "news.example.org");
  EXPECT_EQ(HostOf("/just/a/path"), "");
  EXPECT_EQ(HostOf(""), "");
}

TEST(PathOf, IsThePathWithoutHostQueryOrFragment) {
  EXPECT_EQ(PathOf("https://www.example.org/news/2024/slug?page=2#top"), "/news/2024/slug");
  EXPECT_EQ(PathOf("http://user@example.org:8080/a/"), "/a/");
  EXPECT_EQ(PathOf("https://example.org"), "");
  EXPECT_EQ(PathOf("https://example.org?next=/a/b"), "");
  EXPECT_EQ(PathOf("https://example.org#/a/b"), "");
  EXPECT_EQ(PathOf("/a/b?c"), "/a/b");
  EXPECT_EQ(PathOf(""), "");
}

TEST(WithoutFragment, DropsTheFragmentAndATrailingSlash) {
  EXPECT_EQ(WithoutFragment("https://example.org/a/#top"), "https://example.org/a");
  EXPECT_EQ(WithoutFragment("https://example.org/a"), "https://example.org/a");
  EXPECT_EQ(WithoutFragment("/news/bridge/"), "/news/bridge");
  EXPECT_EQ(WithoutFragment("#top"), "");
  EXPECT_EQ(WithoutFragment(""), "");
}

TEST(DateFromUrlPath, ReadsTheDatesSitesFileArticlesUnder) {
  EXPECT_EQ(DateFromUrlPath("https://example.org/2024/05/14/bridge-reopens/"), "2024-05-14");
  EXPECT_EQ(DateFromUrlPath("https://example.org/news/2024/5/4/bridge"), "2024-05-04");
  EXPECT_EQ(DateFromUrlPath("https://example.org/news/2024-05-14-bridge"), "2024-05-14");
  EXPECT_EQ(DateFromUrlPath("/2024/05/14/bridge"), "2024-05-14");
  EXPECT_EQ(DateFromUrlPath("https://example.org/news/23-05-2024-bridge"), "2024-05-23");
  EXPECT_EQ(DateFromUrlPath("https://example.org/news/23-05-2024"), "2024-05-23");
}

TEST(DateFromUrlPath, RefusesWhatIsNoDay) {
  for (const char* url : {"", "https://example.org/", "https://example.org/2024/05/bridge",
                          "https://example.org/2024/13/01/x", "https://example.org/2023/02/29/x",
                          "https://example.org/a2024/05/14/x", "https://example.org/2024/05/145/x",
                          "https://2024.example.org/05/14", "https://example.org/x?date=2024/05/14",
                          "https://example.org/1850/05/14/x", "https://example.org/05-06-2024/x",
                          "https://example.org/31-02-2024/x", "https://example.org/23-05-20245",
                          "https://example.org?from=/2024/05/14/x"}) {
    EXPECT_EQ(DateFromUrlPath(url), "") << url;
  }
}

}  // namespace
}  // namespace sitrep
