#include "read/json_ld.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

using Names = std::vector<std::string>;

JsonLdFacts Read(std::initializer_list<std::string> scripts) {
  JsonLdFacts facts;
  for (const std::string& script : scripts) ReadJsonLd(script, &facts);
  return facts;
}

TEST(ReadJsonLd, ReadsANewsArticle) {
  const JsonLdFacts f = Read({R"({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Bridge reopens", "datePublished": "2024-05-14T08:00:00+02:00",
    "dateModified": "2024-05-15T09:30:00+02:00", "articleSection": ["Local", "Traffic"],
    "inLanguage": "de-DE", "author": {"@type": "Person", "name": "Jana Berg"},
    "publisher": {"@type": "Organization", "name": "Harbour Times"},
    "image": {"@type": "ImageObject", "url": "https://example.org/b.jpg",
              "caption": "The bridge", "creditText": "Tom Ilg"}})"});
  EXPECT_EQ(f.type, "NewsArticle");
  EXPECT_EQ(f.headline, "Bridge reopens");
  EXPECT_EQ(f.published, "2024-05-14T08:00:00+02:00");
  EXPECT_EQ(f.modified, "2024-05-15T09:30:00+02:00");
  EXPECT_EQ(f.section, "Local");
  EXPECT_EQ(f.language, "de-DE");
  EXPECT_EQ(f.authors, (Names{"Jana Berg"}));
  EXPECT_EQ(f.publisher, "Harbour Times");
  EXPECT_EQ(f.image_url, "https://example.org/b.jpg");
  EXPECT_EQ(f.image_caption, "The bridge");
  EXPECT_EQ(f.image_credit, "Tom Ilg");
}

TEST(ReadJsonLd, AuthorsAsStringArrayOfObjectsAndIdReferences) {
  EXPECT_EQ(Read({R"({"@type": "Article", "author": "Ana Ruiz"})"}).authors, (Names{"Ana Ruiz"}));
  EXPECT_EQ(Read({R"({"@type": "BlogPosting", "author": [{"name": "Ana Ruiz"}, {"name": "Li Wei"},
                 "Ana Ruiz"]})"})
                .authors,
            (Names{"Ana Ruiz", "Li Wei"}));
  // Yoast-style graphs name the author by @id.
  EXPECT_EQ(Read({R"({"@context": "https://schema.org", "@graph": [
                   {"@type": "WebPage", "@id": "https://example.org/#page", "name": "Page"},
                   {"@type": "Article", "headline": "Bridge reopens",
                    "author": {"@id": "https://example.org/#/person/1"}},
                   {"@type": "Person", "@id": "https://example.org/#/person/1",
                    "name": "Jana Berg"}]})"})
                .authors,
            (Names{"Jana Berg"}));
}

TEST(ReadJsonLd, TheArticleOutranksTheWebPageAndTheFirstArticleWins) {
  const JsonLdFacts f = Read({R"({"@type": "WebPage", "datePublished": "2020-01-01"})",
                              R"([{"@type": ["ReportageNewsArticle"], "headline": "First",
                                   "datePublished": "2024-05-14"},
                                  {"@type": "NewsArticle", "headline": "Teaser",
                                   "datePublished": "2024-01-01"}])"});
  EXPECT_EQ(f.type, "ReportageNewsArticle");
  EXPECT_EQ(f.headline, "First");
  EXPECT_EQ(f.published, "2024-05-14");
  // Without an article, the page's dates are the best there is.
  EXPECT_EQ(Read({R"({"@type": "WebPage", "datePublished": "2020-01-01"})"}).published,
            "2020-01-01");
}

TEST(ReadJsonLd, PeopleAreListedApartFromTheArticle) {
  const JsonLdFacts f = Read({R"({"@graph": [{"@type": "WebPage", "name": "Blog"},
                                             {"@type": ["Person", "Organization"],
                                              "name": "Jana Berg"}]})"});
  EXPECT_TRUE(f.authors.empty());
  EXPECT_EQ(f.people, (Names{"Jana Berg"}));
  // An article read after the person keeps the list.
  EXPECT_EQ(Read({R"({"@type": "Person", "name": "Jana Berg"})",
                  R"({"@type": "Article", "headline": "Bridge reopens"})"})
                .people,
            (Names{"Jana Berg"}));
}

TEST(ReadJsonLd, ARecipesWriterButNotItsDates) {
  JsonLdFacts f = Read({R"({"@type": "Recipe", "name": "Harbour fish soup",
    "author": {"@type": "Person", "name": "ana_r"}, "datePublished": "2024-05-14",
    "review": [{"@type": "Review", "author": {"@type": "Person", "name": "Li Wei"}}]})"});
  EXPECT_EQ(f.authors, (Names{"ana_r"}));
  EXPECT_EQ(f.published, "");
  // An article's writer outranks it.
  f = Read({R"([{"@type": "HowTo", "author": "ana_r"},
               {"@type": "Article", "author": "Jana Berg"}])"});
  EXPECT_EQ(f.authors, (Names{"Jana Berg"}));
}

TEST(ReadJsonLd, PublisherFromAnOrganizationOrWebSite) {
  EXPECT_EQ(Read({R"({"@type": "WebSite", "name": "Harbour Times"})"}).publisher, "Harbour Times");
  EXPECT_EQ(Read({R"({"@type": "Article", "publisher": "Harbour Times"})"}).publisher,
            "Harbour Times");
}

TEST(ReadJsonLd, RepairsLineBreaksInStringsAndDecodesEntities) {
  const JsonLdFacts f =
      Read({"{\"@type\": \"Article\", \"headline\": \"Bridge\nreopens &amp; more\"}"});
  EXPECT_EQ(f.headline, "Bridge reopens & more");
  const JsonLdFacts g = Read({R"({"@type": "Article", "headline": "Puente &#8211; caf&eacute;",
                                  "author": "Redacci&oacute;n Diario, J&#xFC;rgen &Uuml;ber"})"});
  EXPECT_EQ(g.headline, "Puente \u2013 caf\u00e9");
  EXPECT_EQ(g.authors, (std::vector<std::string>{"Redacci\u00f3n Diario, J\u00fcrgen \u00dcber"}));
  // Unknown or malformed entities stay as written.
  EXPECT_EQ(Read({R"({"@type": "Article", "headline": "A &bogus; &#xZZ; & B"})"}).headline,
            "A &bogus; &#xZZ; & B");
}

TEST(ReadJsonLd, SkipsWhatIsNotJsonOrNotAnArticle) {
  for (const char* script : {"", "not json", "{\"@type\": \"Article\", ", "[1, 2, 3]", "null",
                             R"({"@type": "BreadcrumbList", "name": "Home"})"}) {
    const JsonLdFacts f = Read({script});
    EXPECT_EQ(f.headline, "") << script;
    EXPECT_TRUE(f.authors.empty()) << script;
  }
}

TEST(ReadJsonLd, DeepNestingIsBounded) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "[";
  for (int i = 0; i < 5000; ++i) deep += "]";
  EXPECT_EQ(Read({deep}).headline, "");
}

}  // namespace
}  // namespace sitrep
