#include "read/link_kind.h"

#include <gtest/gtest.h>

#include <string>

#include "read/url.h"

namespace sitrep {
namespace {

constexpr const char* kPage = "https://news.example.org/world/2024/story";

LinkKind Kind(const char* anchor, const char* before, const char* url, bool related_line = false) {
  const std::string page_host = HostOf(kPage);
  return KindOfLink({anchor, before, url, page_host, related_line});
}

TEST(KindOfLink, RelatedLinksAnnounceThemselves) {
  EXPECT_EQ(Kind("Storm closes harbour",
                 "Related article: ", "https://news.example.org/world/2024/earlier", true),
            LinkKind::kRelated);
  EXPECT_EQ(Kind("Read more about the floods", "", "https://news.example.org/floods"),
            LinkKind::kRelated);
}

TEST(KindOfLink, SourcesAreElsewhereOrCited) {
  // A page on another site.
  EXPECT_EQ(Kind("report", "The ministry published a ",
                 "https://www.gov.example.com/reports/2024/floods.html"),
            LinkKind::kSource);
  // A document, even on the site itself.
  EXPECT_EQ(Kind("the full text", "Read ", "https://news.example.org/files/ruling.pdf"),
            LinkKind::kSource);
  // A link right after a citing phrase.
  EXPECT_EQ(Kind("the institute", "The river peaked, according to ",
                 "https://news.example.org/topics/institute"),
            LinkKind::kSource);
}

TEST(KindOfLink, EverythingElseIsOther) {
  // The site's own topic page, a subdomain of the site, and another site's home page (an
  // organisation named, not a page cited).
  EXPECT_EQ(Kind("Bosnia", "Floods in ", "https://news.example.org/topics/bosnia"),
            LinkKind::kOther);
  EXPECT_EQ(Kind("port authority", "The ", "https://port.example.org/news"), LinkKind::kOther);
  EXPECT_EQ(Kind("UN agency", "The ", "https://www.unocha.org/"), LinkKind::kOther);
  // Social networks are share buttons more often than sources.
  EXPECT_EQ(Kind("Twitter", "Follow us on ", "https://twitter.com/example/status/1"),
            LinkKind::kOther);
  // "via" must be a word: "aviation" cites nothing.
  EXPECT_EQ(Kind("rules", "New aviation ", "https://news.example.org/rules"), LinkKind::kOther);
}

TEST(KindOfLink, CountryDomainsKeepTheirSite) {
  // bbc.co.uk and news.bbc.co.uk are one site; example.co.uk is another.
  const std::string bbc = HostOf("https://www.bbc.co.uk/x");
  EXPECT_EQ(KindOfLink({"story", "", "https://news.bbc.co.uk/a/b", bbc}), LinkKind::kOther);
  EXPECT_EQ(KindOfLink({"story", "", "https://example.co.uk/a/b", bbc}), LinkKind::kSource);
}

TEST(RelatedCueLength, MeasuresTheCue) {
  EXPECT_EQ(RelatedCueLength("Read more: x"), 9u);
  EXPECT_EQ(RelatedCueLength("Lesen Sie auch: x"), 14u);
  EXPECT_EQ(RelatedCueLength("Relatedness"), 0u);
}

TEST(RelatedCueLength, ReadsNoFurtherThanItsReach) {
  for (const std::string_view line :
       {"Related article: Floods in the north", "Lesen Sie mehr über die Wahl", "Relatedness of x",
        "Read more", "See also the report", "Weiterlesen >>"}) {
    EXPECT_EQ(RelatedCueLength(line.substr(0, kRelatedCueReach + 1)), RelatedCueLength(line))
        << line;
  }
}

}  // namespace
}  // namespace sitrep
