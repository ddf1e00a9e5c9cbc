#include "read/markdown_reader.h"

#include <gtest/gtest.h>

#include "read/paragraph_texts.h"

namespace sitrep {
namespace {

// A page in the layout of the saved news pages (written for this test).
constexpr const char* kPage = R"(

# Harbour Reopens After &amp; Storm – Officials

By [Sample Wire](#) and [Jo Field](#)

June 02, 2024



Cranes stand idle at the northern quay. **Port Authority photo**

The harbour reopened on Sunday after a storm closed it for three days, officials said.

Ferries resumed at noon, and a spokesperson for the [port authority](https://port.example.org/news) said traffic would be back to normal by the

weekend.

**Related article:** [Storm Closes Harbour for Third Day](/2024/05/31/storm-closes-harbour)

"We were lucky," a dock worker said.

Original url:

<https://www.example-news.org/2024/06/02/harbour-reopens>
)";

TEST(ReadMarkdown, ReadsTheSavedPageLayout) {
  const Article a = ReadMarkdown(kPage, {}).value();
  EXPECT_EQ(a.title, "Harbour Reopens After & Storm – Officials");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Sample Wire", "Jo Field"}));
  EXPECT_EQ(a.published, "2024-06-02");
  EXPECT_EQ(a.url, "https://www.example-news.org/2024/06/02/harbour-reopens");
  ASSERT_EQ(a.images.size(), 1u);
  EXPECT_EQ(a.images[0].caption, "Cranes stand idle at the northern quay.");
  EXPECT_EQ(a.images[0].credit, "Port Authority photo");
  EXPECT_EQ(
      ParagraphTexts(a),
      (std::vector<std::string>{
          "The harbour reopened on Sunday after a storm closed it for three days, officials said.",
          "Ferries resumed at noon, and a spokesperson for the port authority said traffic would "
          "be back to normal by the weekend.",
          "\"We were lucky,\" a dock worker said."}));
}

TEST(ReadMarkdown, SaysWhereItsMetadataCameFrom) {
  Article a = ReadMarkdown(kPage, {}).value();
  EXPECT_EQ(a.metadata_sources.title, "heading");
  EXPECT_EQ(a.metadata_sources.authors, "byline");
  EXPECT_EQ(a.metadata_sources.published, "dateline");
  EXPECT_EQ(a.metadata_sources.outlet, "");
  ReadOptions options;
  options.date = "2024-06-03";
  a = ReadMarkdown(kPage, options).value();
  EXPECT_EQ(a.metadata_sources.published, "options");
}

TEST(ReadMarkdown, KeepsLinksWithTheirKind) {
  const Article a = ReadMarkdown(kPage, {}).value();
  ASSERT_EQ(a.links.size(), 2u);  // the trailer's "Original url" is the page's own URL, not a link
  EXPECT_EQ(a.links[0].text, "port authority");
  EXPECT_EQ(a.links[0].url, "https://port.example.org/news");
  EXPECT_EQ(a.links[0].kind, LinkKind::kOther);
  EXPECT_EQ(a.links[1].text, "Storm Closes Harbour for Third Day");
  EXPECT_EQ(a.links[1].url, "https://www.example-news.org/2024/05/31/storm-closes-harbour");
  EXPECT_EQ(a.links[1].kind, LinkKind::kRelated);
}

TEST(ReadMarkdown, PlaceholderLinksHaveNoUrl) {
  const Article a =
      ReadMarkdown("# T\n\nBody.\n\n**Related article:** [Other story](#)\n", {}).value();
  ASSERT_EQ(a.links.size(), 1u);
  EXPECT_EQ(a.links[0].url, "");
}

TEST(ReadMarkdown, ImageWithCaptionInTheBody) {
  const Article a = ReadMarkdown(
                        "# T\n\nFirst paragraph.\n\n![alt words](/img/a.jpg)\n\nA bridge at dusk. "
                        "**Photo: Ann Lee**\n\n"
                        "Second paragraph.\n",
                        {})
                        .value();
  ASSERT_EQ(a.images.size(), 1u);
  EXPECT_EQ(a.images[0].url, "/img/a.jpg");
  EXPECT_EQ(a.images[0].caption, "A bridge at dusk.");
  EXPECT_EQ(a.images[0].credit, "Photo: Ann Lee");
  EXPECT_EQ(ParagraphTexts(a), (std::vector<std::string>{"First paragraph.", "Second paragraph."}));
}

TEST(ReadMarkdown, BoldInsideTheBodyIsNotACaption) {
  const Article a =
      ReadMarkdown("# T\n\nBody starts here.\n\nThe minister was **very clear**\n", {}).value();
  EXPECT_TRUE(a.images.empty());
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(ReadMarkdown, ListsQuotesAndSubheadingsAreBody) {
  const Article a =
      ReadMarkdown(
          "# Title\n\nIntro.\n\n## What we know\n\n- one point\n- another\n\n> A quoted line.\n",
          {})
          .value();
  EXPECT_EQ(ParagraphTexts(a), (std::vector<std::string>{"Intro.", "What we know", "one point",
                                                         "another", "A quoted line."}));
}

TEST(ReadMarkdown, EntitiesAndNonAscii) {
  const Article a =
      ReadMarkdown("# Київ &#x2014; Zürich\n\nÉlodie said &ldquo;oui&rdquo; &#0; &bogus;.\n", {})
          .value();
  EXPECT_EQ(a.title, "Київ — Zürich");
  EXPECT_EQ(a.text, "Élodie said “oui” \uFFFD &bogus;.");
}

TEST(ReadMarkdown, PageWithoutBodyHasEmptyText) {
  const Article a = ReadMarkdown("# Only a title\n\nBy Someone\n", {}).value();
  EXPECT_EQ(a.title, "Only a title");
  EXPECT_EQ(a.text, "");
}

}  // namespace
}  // namespace sitrep
