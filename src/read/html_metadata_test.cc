#include "read/html_metadata.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "read/html_reader.h"
#include "read/html_tree_builder.h"

namespace sitrep {
namespace {

// Every page here was written for these tests.

using Names = std::vector<std::string>;

Article Read(const std::string& html, const ReadOptions& options = {}) {
  Result<Article> result = ReadHtml(html, options);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result).value() : Article();
}

std::string Page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

std::string LdJson(const std::string& json) {
  return R"(<script type="application/ld+json">)" + json + "</script>";
}

const std::string kProse = "<article><p>The bridge reopened on Friday after repairs.</p></article>";

// A class list is read sixteen bytes a step: a word that names a byline counts wherever it
// sits, across a step's end or at the list's end, in any case.
TEST(PageFacts, ClassWordsCountWhereverTheyStandInTheList) {
  for (size_t pad = 0; pad <= 40; ++pad) {
    for (const std::string& classes :
         {std::string(pad, 'x') + " ByLine", std::string(pad, 'x') + " byline  post-meta x"}) {
      bool flattened = false;
      const std::string page = Page("", "<div class=\"" + classes + "\">Ana Ruiz</div>" + kProse);
      const auto document = ParseHtml(page, &flattened);  // the tree's text is views into page
      EXPECT_EQ(ReadPageFacts(document->root).author_blocks, Names{"Ana Ruiz"}) << classes;
    }
  }
  bool flattened = false;
  const std::string page =
      Page("", "<div class=\"" + std::string(20, 'x') + " byline-avatar\">Ana Ruiz</div>");
  const auto document = ParseHtml(page, &flattened);
  EXPECT_EQ(ReadPageFacts(document->root).author_blocks, Names{});  // a picture of the writer
}

// A part is found at every offset of a class word, odd or even, up to its last byte; a part
// that counts only at a word's start ("comments") counts after '-' and not inside a word.
TEST(PageFacts, ClassWordPartsCountAtEveryOffset) {
  for (size_t pad = 0; pad <= 9; ++pad) {
    const std::string before(pad, 'x');
    for (const std::string& word : {before + "author", before + "author" + before}) {
      bool flattened = false;
      const std::string page = Page("", "<div class=\"" + word + "\">Ana Ruiz</div>" + kProse);
      const auto document = ParseHtml(page, &flattened);
      EXPECT_EQ(ReadPageFacts(document->root).author_blocks, Names{"Ana Ruiz"}) << word;
    }
    if (pad == 0) continue;
    for (const bool hyphen : {true, false}) {
      const std::string comments = before + (hyphen ? "-" : "") + "comments";
      bool flattened = false;
      const std::string page = Page(
          "", "<div class=\"" + comments + "\"><div class=byline>Ana Ruiz</div></div>" + kProse);
      const auto document = ParseHtml(page, &flattened);
      EXPECT_EQ(ReadPageFacts(document->root).author_blocks, hyphen ? Names{} : Names{"Ana Ruiz"})
          << comments;
    }
  }
}

// A date in a short run of body text is found however its year is written: a soft hyphen inside
// it, which cleaning drops, joins its digits; a run without a year gives none.
TEST(PageFacts, DatesInBodyTextWhateverTheYearHolds) {
  for (const auto& [run, date] :
       std::vector<std::pair<std::string, std::string>>{{"Am 3. Mai 2024", "2024-05-03"},
                                                        {"Am 3. Mai 20\u00ad24", "2024-05-03"},
                                                        {"Stand 28.01.22", "2022-01-28"},
                                                        {"Am 3. Mai, 2 Kommentare", ""}}) {
    bool flattened = false;
    const std::string page = Page("", "<p>" + run + "</p>" + kProse);
    const auto document = ParseHtml(page, &flattened);
    const PageFacts facts = ReadPageFacts(document->root);
    EXPECT_EQ(facts.text_dates.empty() ? "" : facts.text_dates.front().value, date) << run;
  }
}

// Lists shorter than sixteen bytes are read in two loads that overlap: a short word counts
// before, between or after other short words.
TEST(PageFacts, ClassWordsCountInShortLists) {
  for (size_t before = 0; before <= 10; ++before) {
    for (size_t after = 0; after <= 10; ++after) {
      std::string classes = std::string(before, 'x') + " autor " + std::string(after, 'y');
      bool flattened = false;
      const std::string page = Page("", "<div class=\"" + classes + "\">Ana Ruiz</div>" + kProse);
      const auto document = ParseHtml(page, &flattened);  // the tree's text is views into page
      EXPECT_EQ(ReadPageFacts(document->root).author_blocks, Names{"Ana Ruiz"}) << classes;
    }
  }
}

TEST(JsonLdSource, GivesEveryFieldFirst) {
  const Article a =
      Read(Page(LdJson(R"({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Bridge reopens", "datePublished": "2024-05-14T08:00:00+02:00",
                 "dateModified": "2024-05-15T09:30:00+02:00", "articleSection": "Local",
                 "inLanguage": "de-DE", "author": [{"@type": "Person", "name": "Jana Berg"},
                                                   {"@type": "Organization", "name": "dpa"}],
                 "publisher": {"@type": "Organization", "name": "Harbour Times"},
                 "image": {"url": "/b.jpg", "caption": "The bridge", "creditText": "Tom Ilg"}})") +
                    R"(<meta property="og:title" content="OG title">)"
                    R"(<meta property="article:published_time" content="2020-01-01">)"
                    R"(<meta name="author" content="Someone Else">)"
                    R"(<link rel="canonical" href="https://example.org/news/bridge">)",
                kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.authors, (Names{"Jana Berg", "dpa"}));
  EXPECT_EQ(a.published, "2024-05-14T08:00:00+02:00");
  EXPECT_EQ(a.modified, "2024-05-15T09:30:00+02:00");
  EXPECT_EQ(a.section, "Local");
  EXPECT_EQ(a.language, "de");
  EXPECT_EQ(a.outlet, "Harbour Times");
  ASSERT_FALSE(a.images.empty());
  EXPECT_EQ(a.images[0].url, "https://example.org/b.jpg");
  EXPECT_EQ(a.images[0].caption, "The bridge");
  EXPECT_EQ(a.images[0].credit, "Tom Ilg");
  const MetadataSources& from = a.metadata_sources;
  EXPECT_EQ(from.title, "json-ld");
  EXPECT_EQ(from.authors, "json-ld");
  EXPECT_EQ(from.published, "json-ld");
  EXPECT_EQ(from.modified, "json-ld");
  EXPECT_EQ(from.section, "json-ld");
  EXPECT_EQ(from.language, "json-ld");
  EXPECT_EQ(from.outlet, "json-ld");
  EXPECT_EQ(from.image, "json-ld");
  EXPECT_EQ(from.canonical_url, "link");
}

TEST(JsonLdSource, ThePublisherIsNoAuthor) {
  const Article a = Read(Page(LdJson(R"({"@type": "Article", "headline": "Bridge reopens",
                                        "author": {"@type": "Organization", "name": "Harbour Times"},
                                        "publisher": {"name": "Harbour Times"}})") +
                                  R"(<meta name="author" content="Jana Berg">)",
                              kProse));
  EXPECT_EQ(a.authors, (Names{"Jana Berg"}));
  EXPECT_EQ(a.metadata_sources.authors, "meta");
}

TEST(JsonLdSource, ABlogsOnePersonIsItsAuthorWhenNothingElseNamesOne) {
  const std::string person = LdJson(R"({"@type": "Person", "name": "Jana Berg"})");
  Article a = Read(Page(person, kProse));
  EXPECT_EQ(a.authors, (Names{"Jana Berg"}));
  EXPECT_EQ(a.metadata_sources.authors, "json-ld");
  a = Read(Page(person + R"(<meta name="author" content="Tom Ilg">)", kProse));
  EXPECT_EQ(a.authors, (Names{"Tom Ilg"}));
  a = Read(Page(person + LdJson(R"({"@type": "Person", "name": "Tom Ilg"})"), kProse));
  EXPECT_TRUE(a.authors.empty());
}

TEST(JsonLdSource, AUserNameGivesWayToTheFullNameTheBylineShows) {
  const std::string byline = R"(<span class="author-name">Von Ana Ruiz</span>)";
  for (const char* user : {"anaruiz", "Ana"}) {
    const Article a =
        Read(Page(LdJson(std::string(R"({"@type": "Article", "author": ")") + user + R"("})"),
                  byline + kProse));
    EXPECT_EQ(a.authors, (Names{"Ana Ruiz"})) << user;
    EXPECT_EQ(a.metadata_sources.authors, "json-ld");
  }
  // Another person's name is left alone.
  const Article a = Read(Page(LdJson(R"({"@type": "Article", "author": "Tom"})"), byline + kProse));
  EXPECT_EQ(a.authors, (Names{"Tom"}));
  // The full name may be in a line of text after a lead-in, not in an element marked as a byline.
  const Article b = Read(Page(LdJson(R"({"@type": "Article", "author": "Ana"})"),
                              "<article><p><strong>Eine Kolumne von Ana Ruiz</strong></p>"
                              "<p>The bridge reopened on Friday after repairs.</p></article>"));
  EXPECT_EQ(b.authors, (Names{"Ana Ruiz"}));
}

TEST(JsonLdSource, ARepublishedArticleIsDatedTheDayItCameOutAgain) {
  const std::string ld = LdJson(R"({"@type": "NewsArticle", "headline": "Bridge reopens",
      "datePublished": "2023-05-03T08:00:00+02:00", "dateModified": "2024-05-20T09:00:00+02:00"})");
  Article a = Read(
      Page(ld + R"(<meta property="article:published_time" content="2024-05-14T07:00:00+02:00">)",
           kProse));
  EXPECT_EQ(a.published, "2024-05-14T07:00:00+02:00");
  EXPECT_EQ(a.metadata_sources.published, "opengraph");
  // A day after the last change is no republication: JSON-LD's date stands.
  a = Read(
      Page(ld + R"(<meta property="article:published_time" content="2024-06-01T07:00:00+02:00">)",
           kProse));
  EXPECT_EQ(a.published, "2023-05-03T08:00:00+02:00");
  EXPECT_EQ(a.metadata_sources.published, "json-ld");
}

TEST(JsonLdSource, OnlyLdJsonScriptsAreRead) {
  const Article a = Read(Page(
      R"(<script type="text/javascript">var x = {"@type": "Article", "headline": "Code"};</script>)",
      kProse));
  EXPECT_EQ(a.title, "");
}

TEST(OpenGraphSource, GivesTitleDatesSectionOutletAndImage) {
  const Article a = Read(Page(R"(<meta property="og:title" content="Bridge reopens">)"
                              R"(<meta property="og:site_name" content="Harbour Times">)"
                              R"(<meta property="article:published_time" content="2024-05-14">)"
                              R"(<meta property="article:modified_time" content="2024-05-16">)"
                              R"(<meta property="article:section" content="Local">)"
                              R"(<meta property="og:locale" content="de_DE">)"
                              R"(<meta property="og:image" content="https://example.org/b.jpg">)",
                              kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.outlet, "Harbour Times");
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.modified, "2024-05-16");
  EXPECT_EQ(a.section, "Local");
  EXPECT_EQ(a.language, "de");
  const MetadataSources& from = a.metadata_sources;
  for (const std::string* source : {&from.title, &from.outlet, &from.published, &from.modified,
                                    &from.section, &from.language, &from.image}) {
    EXPECT_EQ(*source, "opengraph");
  }
  // The published time under a share plug-in's prefix, before the dates the page shows.
  const Article b = Read(
      Page(R"(<meta name="sharetool:article_published_time" content="2024-05-14T08:00:00+02:00">)",
           R"(<div class="meta">20. Mai 2024</div>)" + kProse));
  EXPECT_EQ(b.published, "2024-05-14T08:00:00+02:00");
  EXPECT_EQ(b.metadata_sources.published, "opengraph");
}

TEST(DublinCoreSource, IsReadWhateverTheCaseOfItsNames) {
  const Article a = Read(Page(R"(<meta name="DC.title" content="Bridge reopens">)"
                              R"(<meta name="DC.Creator" content="Jana Berg">)"
                              R"(<meta name="dcterms.issued" content="2024-05-14">)"
                              R"(<meta name="DCTERMS.modified" content="2024-05-16">)"
                              R"(<meta name="dc.language" content="de">)",
                              kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.authors, (Names{"Jana Berg"}));
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.modified, "2024-05-16");
  EXPECT_EQ(a.language, "de");
  const MetadataSources& from = a.metadata_sources;
  for (const std::string* source :
       {&from.title, &from.authors, &from.published, &from.modified, &from.language}) {
    EXPECT_EQ(*source, "dublin-core");
  }
}

TEST(MetaSource, ReadsTheCommonNames) {
  for (const char* name : {"date", "pubdate", "publish-date", "publishdate", "sailthru.date"}) {
    const Article a =
        Read(Page(std::string(R"(<meta name=")") + name + R"(" content="14.05.2024">)", kProse));
    EXPECT_EQ(a.published, "2024-05-14") << name;
    EXPECT_EQ(a.metadata_sources.published, "meta") << name;
  }
  const Article a = Read(Page(R"(<meta name="author" content="Von Jana Berg und Tom Ilg">)"
                              R"(<meta name="twitter:title" content="Bridge reopens">)",
                              kProse));
  EXPECT_EQ(a.authors, (Names{"Jana Berg", "Tom Ilg"}));
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.metadata_sources.title, "meta");
}

TEST(MetaSource, AShareCardsFieldLabelledAsTheWriter) {
  const Article a = Read(Page(R"(<meta name="twitter:label1" content="Reading time">)"
                              R"(<meta name="twitter:data1" content="4 minutes">)"
                              R"(<meta name="twitter:label2" content="Verfasst von">)"
                              R"(<meta name="twitter:data2" content="Jana Berg">)",
                              kProse));
  EXPECT_EQ(a.authors, (Names{"Jana Berg"}));
  EXPECT_EQ(a.metadata_sources.authors, "meta");
  // A field labelled otherwise names no writer.
  const Article b = Read(Page(R"(<meta name="twitter:label1" content="Filed under">)"
                              R"(<meta name="twitter:data1" content="Harbour News">)",
                              kProse));
  EXPECT_TRUE(b.authors.empty());
}

TEST(MicrodataSource, ItempropDatesAndAuthor) {
  const Article a = Read(Page("", R"(<article><meta itemprop="datePublished" content="2024-05-14">)"
                                  R"(<span itemprop="dateModified">16 May 2024</span>)"
                                  R"(<span itemprop="author">By Jana Berg</span>)"
                                  "<p>The bridge reopened on Friday after repairs.</p></article>"));
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.metadata_sources.published, "microdata");
  EXPECT_EQ(a.modified, "2024-05-16");
  EXPECT_EQ(a.authors, (Names{"Jana Berg"}));
  EXPECT_EQ(a.metadata_sources.authors, "byline");
}

TEST(TimeSource, TheArticlesTimeOrOneMarkedAsThePublicationDate) {
  Article a = Read(Page("", R"(<article><time datetime="2024-05-14T08:00:00+02:00">14 May</time>)"
                            "<p>The bridge reopened on Friday after repairs.</p></article>"));
  EXPECT_EQ(a.published, "2024-05-14T08:00:00+02:00");
  EXPECT_EQ(a.metadata_sources.published, "time");
  a = Read(Page("", R"(<div><time class="entry-date published" datetime="2024-05-14">May 14</time>)"
                    R"(<time class="updated" datetime="2024-05-16">May 16</time></div>)" +
                        kProse));
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.modified, "2024-05-16");
  EXPECT_EQ(a.metadata_sources.modified, "time");
}

TEST(BylineSource, RelAuthorClassNamesAndLeadIns) {
  EXPECT_EQ(Read(Page("", R"(<a rel="author" href="/ana">Ana Ruiz</a>)" + kProse)).authors,
            (Names{"Ana Ruiz"}));
  EXPECT_EQ(Read(Page("", R"(<div class="byline">By Ana Ruiz and Li Wei, Reuters</div>)" + kProse))
                .authors,
            (Names{"Ana Ruiz", "Li Wei", "Reuters"}));
  EXPECT_EQ(
      Read(Page("", R"(<span class="post-author">Von <a href="/jb">Jana Berg</a></span>)" + kProse))
          .authors,
      (Names{"Jana Berg"}));
  const Article a = Read(Page("",
                              "<article><p>14.05.2024 | von Jana Berg</p>"
                              "<p>The bridge reopened on Friday after repairs.</p></article>"));
  EXPECT_EQ(a.authors, (Names{"Jana Berg"}));
  EXPECT_EQ(a.metadata_sources.authors, "byline");
  // Topics linked inside the byline are none of its names.
  EXPECT_EQ(Read(Page("", R"(<div class="post-author">Jana Berg <a rel="tag" href="/t/ferries">)"
                          R"(Ferries</a> / <a rel="category tag" href="/t/port">Port</a></div>)" +
                              kProse))
                .authors,
            (Names{"Jana Berg"}));
  // A photo's credit is not the article's author.
  EXPECT_TRUE(
      Read(Page("", R"(<figure><img src="b.jpg"><figcaption>The bridge )"
                    R"(<span class="media-license-author">zvg</span></figcaption></figure>)" +
                        kProse))
          .authors.empty());
  // Readers' comments have their own authors.
  EXPECT_TRUE(Read(Page("", kProse + R"(<div id="comments"><span class="comment-author">)"
                                     "Troll</span></div>"))
                  .authors.empty());
}

TEST(DatelineSource, GermanAndEnglishDatesBesideTheArticle) {
  Article a =
      Read(Page("", R"(<div class="meta">Ver&ouml;ffentlicht am 14. Mai 2024</div>)" + kProse));
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.metadata_sources.published, "dateline");
  a = Read(Page("", R"(<p class="post-date">Posted on May 14, 2024 at 2:05 pm</p>)" + kProse));
  EXPECT_EQ(a.published, "2024-05-14T14:05");
  a = Read(Page("",
                "<article><p>Pressemitteilung vom 14.05.2024</p>"
                "<p>The bridge reopened on Friday after repairs.</p></article>"));
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.metadata_sources.published, "text");
  // A long paragraph gives its date only when it opens with one.
  const std::string story(300, 'x');
  a = Read(Page("", "<article><p>Am 12.05.2024 " + story + "</p><p>01.02.2024 Die Agentur " +
                        story + "</p></article>"));
  EXPECT_EQ(a.published, "2024-02-01");
  // A date from before the Web is history the text tells; a later one is still looked for.
  a = Read(Page("",
                "<article><p>Gegr\u00fcndet am 18.10.1819</p><p>Stand: 14.05.2024</p>"
                "<p>The bridge reopened on Friday after repairs.</p></article>"));
  EXPECT_EQ(
      a.published,
      "2024-05-14");  // A teaser of another article shows that article's date, not the page's.
  a = Read(Page("", R"(<div class="related-teaser"><h3>Ferry returns</h3>)"
                    R"(<span class="teaser-date">02.05.2024</span><time datetime="2024-05-02">)"
                    R"(2. Mai</time></div><div class="meta">14. Mai 2024</div>)" +
                        kProse));
  EXPECT_EQ(a.published, "2024-05-14");
}

TEST(UrlPathSource, TheDateInTheUrlIsTheLastResort) {
  ReadOptions options;
  options.url = "https://example.org/2024/05/14/bridge-reopens/";
  Article a = Read(Page("", kProse), options);
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.metadata_sources.published, "url-path");
  a = Read(
      Page(R"(<link rel="canonical" href="https://example.org/news/2024-05-14-bridge">)", kProse));
  EXPECT_EQ(a.published, "2024-05-14");
  a = Read(Page(R"(<meta name="date" content="2024-05-13">)", kProse), options);
  EXPECT_EQ(a.published, "2024-05-13");
  EXPECT_EQ(a.metadata_sources.published, "meta");
  options.date = "2024-06-01";
  a = Read(Page("", kProse), options);
  EXPECT_EQ(a.metadata_sources.published, "options");
}

TEST(TitleElementSource, ADateOpeningTheTitleIsTheLastResort) {
  Article a = Read(Page("<title>14.05.2024 | Harbour open day</title>", kProse));
  EXPECT_EQ(a.published, "2024-05-14");
  EXPECT_EQ(a.metadata_sources.published, "title-element");
  // Any other source comes first, and a date further in the title is the story's.
  a = Read(Page(R"(<title>14.05.2024 | Harbour open day</title>)"
                R"(<meta name="date" content="2024-05-02">)",
                kProse));
  EXPECT_EQ(a.published, "2024-05-02");
  a = Read(Page("<title>Harbour open day | 14.05.2024</title>", kProse));
  EXPECT_EQ(a.published, "");
}

TEST(TitleSource, TheHeadlineTheTitlesConfirm) {
  // The <h1> agrees with a part of <title>: it is the headline without the site's name.
  Article a = Read(
      Page("<title>Bridge reopens | Harbour Times</title>", "<h1>Bridge reopens</h1>" + kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.metadata_sources.title, "h1");
  // The site's logo heading agrees with a part too, but the article's heading is preferred.
  a = Read(
      Page("<title>Bridge reopens | Harbour Times</title>",
           R"(<div class="site-branding"><h1>Harbour Times</h1></div><h2>Bridge reopens</h2>)" +
               kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.metadata_sources.title, "h2");
  a = Read(Page("<title>Harbour Times - Bridge reopens</title>",
                R"(<h1><a href="/">Harbour Times</a></h1><h2>Bridge reopens</h2>)" + kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  // A kicker set inline in the <h1> is cut where og:title sets it off with a colon.
  a = Read(Page(R"(<meta property="og:title" content="Harbour: The bridge reopens at last">)",
                "<h1><span>Harbour</span> The bridge reopens at last</h1>" + kProse));
  EXPECT_EQ(a.title, "The bridge reopens at last");
  // So is one set off by a separator; a colon alone makes it part of the headline.
  a = Read(Page(R"(<meta property="og:title" content="The bridge reopens at last">)",
                "<h1>Harbour : The bridge reopens at last</h1>" + kProse));
  EXPECT_EQ(a.title, "The bridge reopens at last");
  a = Read(Page(R"(<meta property="og:title" content="The bridge reopens at last">)",
                "<h1>Local News | The bridge reopens at last</h1>" + kProse));
  EXPECT_EQ(a.title, "The bridge reopens at last");
  a = Read(Page(R"(<meta property="og:title" content="The bridge reopens at last">)",
                "<h1>Harbour: The bridge reopens at last</h1>" + kProse));
  EXPECT_EQ(a.title, "Harbour: The bridge reopens at last");
  // A hidden heading, or one of a menu, is the headline only where the titles confirm it.
  a = Read(Page("", R"(<h1 class="aural">Harbour Times</h1><nav><h1>Navigation</h1></nav>)"
                    "<h1>Bridge reopens</h1>" +
                        kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  a = Read(Page("<title>Bridge reopens - Harbour Times</title>",
                "<nav><h1>Bridge reopens</h1></nav><h1>Partner</h1>" + kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  // An element's end parts the heading as its start does: a kicker set before the headline with
  // nothing between is cut where the titles say; punctuation after an element stays with it.
  a = Read(Page(R"(<meta property="og:title" content="Harbour: The bridge reopens at last">)",
                "<h1><span>Harbour</span>The bridge reopens at last</h1>" + kProse));
  EXPECT_EQ(a.title, "The bridge reopens at last");
  a = Read(Page("", "<h1>The <abbr>IMO</abbr>: ships wait at the bridge</h1>" + kProse));
  EXPECT_EQ(a.title, "The IMO: ships wait at the bridge");
  // A heading that is a label of what follows is no headline.
  a = Read(Page("", "<h1>You are here:</h1><h1>Bridge reopens</h1>" + kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  // Soft hyphens are not part of the title.
  a = Read(Page("<title>Bridge reopens</title>", "<h1>Bridge re&shy;opens</h1>" + kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  // A subtitle set inside the <h1> is cut where og:title ends.
  a = Read(
      Page(R"(<meta property="og:title" content="The bridge reopens at last">)",
           "<h1>The bridge reopens at last <small>Ferries stop on Monday</small></h1>" + kProse));
  EXPECT_EQ(a.title, "The bridge reopens at last");
  // Without a heading, the <title> loses the part that names the site.
  ReadOptions options;
  options.url = "https://harbourtimes.example/bridge";
  a = Read(Page("<title>Bridge reopens - Harbour Times</title>", kProse), options);
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.metadata_sources.title, "title-element");
  a = Read(Page("<title>Bridge reopens : Harbour Times</title>", kProse), options);
  EXPECT_EQ(a.title, "Bridge reopens");
  // An end that starts with the name the domain spells names the site, whatever follows it.
  options.url = "https://archiv.harbourblog.example/?p=12";
  a = Read(
      Page("<title>Bridge reopens : Harbourblog-Archiv | Since 2005 | Issue 6</title>", kProse),
      options);
  EXPECT_EQ(a.title, "Bridge reopens");
}

TEST(TitleSource, DashesOfEveryWidthAgree) {
  // The <h1> sets an en dash where the <title> has a hyphen: the titles confirm the whole
  // headline, not only its part after the dash.
  const Article a =
      Read(Page("<title>Ferries stop - the bridge reopens at last | Harbour Times</title>",
                "<h1>Ferries stop \u2013 the bridge reopens at last</h1>" + kProse));
  EXPECT_EQ(a.title, "Ferries stop \u2013 the bridge reopens at last");
}

TEST(TitleSource, TheLogoHeadingNamesTheSite) {
  // The heading that links to the front page is the site's logo: the <title>'s end that repeats
  // it, separator and all, is the site's name.
  const Article a =
      Read(Page("<title>Ferry timetable - Harbour - News from the Bay</title>",
                R"(<h1><a href="/"><span>Harbour - News from the Bay</span></a></h1>)" + kProse));
  EXPECT_EQ(a.title, "Ferry timetable");
  EXPECT_EQ(a.metadata_sources.title, "title-element");
}

TEST(TitleSource, MarksAloneAtEitherEndGo) {
  EXPECT_EQ(Read(Page("", "<h2>[&gt; Ana Ruiz</h2>" + kProse)).title, "Ana Ruiz");
  EXPECT_EQ(Read(Page("<title>Harbour Ferries -</title>", kProse)).title, "Harbour Ferries");
  // Punctuation set apart as French sets it, and quotation marks, stay.
  EXPECT_EQ(Read(Page("", "<h1>Le pont rouvre-t-il ?</h1>" + kProse)).title,
            "Le pont rouvre-t-il ?");
  EXPECT_EQ(Read(Page("", "<h1>\" Bridge reopens \"</h1>" + kProse)).title, "\" Bridge reopens \"");
}

TEST(TitleSource, APageLeftInsideANoscriptIsRead) {
  const Article a =
      Read(Page("<title>Harbour Times</title>",
                R"(<noscript><div id="nojs"></noscript><h1>Bridge reopens</h1>)" + kProse));
  EXPECT_EQ(a.title, "Bridge reopens");
  EXPECT_EQ(a.metadata_sources.title, "h1");
}

TEST(Sources, UnknownFieldsHaveNoSource) {
  const Article a = Read(Page("", kProse));
  const MetadataSources& from = a.metadata_sources;
  for (const std::string* source :
       {&from.title, &from.authors, &from.published, &from.modified, &from.outlet,
        &from.canonical_url, &from.language, &from.section, &from.image}) {
    EXPECT_EQ(*source, "");
  }
}

TEST(PageDate, IsoAsWrittenElseParsed) {
  EXPECT_EQ(PageDate(" 2024-05-14T08:00:00+02:00 "), "2024-05-14T08:00:00+02:00");
  EXPECT_EQ(PageDate("14. Mai 2024"), "2024-05-14");
  EXPECT_EQ(PageDate("yesterday"), "");
}

TEST(TitleSource, ALoneH2OnAPageWithoutH1) {
  const std::string titles =
      "<title>The bridge - Harbour News - Local</title>"
      "<meta property=og:title content='The bridge [2024/5]'>";
  Article a = Read(Page(titles, "<nav><h2>Menu</h2></nav><h2>Bridge reopens in May</h2>" + kProse));
  EXPECT_EQ(a.title, "Bridge reopens in May");
  EXPECT_EQ(a.metadata_sources.title, "h2");
  // A date set as a heading, as blogs head a day's posts, is none; nor are two headings.
  a = Read(Page(titles, "<h2>mardi 5 juin 2018</h2>" + kProse));
  EXPECT_EQ(a.title, "The bridge [2024/5]");
  a = Read(Page(titles, "<h2>Bridge reopens</h2><h2>Ferry returns</h2>" + kProse));
  EXPECT_EQ(a.title, "The bridge [2024/5]");
}

TEST(TitleSource, WordsOnlyScreenReadersGetAreNoPartOfTheHeadline) {
  const Article a = Read(Page(R"(<meta property="og:title" content="Harbour bridge reopens">)",
                              R"(<h1><span class="sr-only">Headline:</span> Harbour bridge )"
                              R"(reopens</h1>)" +
                                  kProse));
  EXPECT_EQ(a.title, "Harbour bridge reopens");
  // A kicker set off by a separator only screen readers get: the titles confirm the headline.
  const Article b =
      Read(Page(R"(<meta property="og:title" content="Floods - Harbour bridge reopens in May">)",
                R"(<h1><span class="kicker">Floods</span><span aria-hidden="true"> - </span>)"
                R"(<span>Harbour bridge reopens in May</span></h1>)" +
                    kProse));
  EXPECT_EQ(b.title, "Harbour bridge reopens in May");
}

TEST(DateSources, AUtcTimeIsShownOnTheSitesClock) {
  // 23:00 UTC on 4 November is midnight in Berlin: the German site's readers saw 5 November.
  const std::string head = R"(<meta property="article:published_time" content="2021-11-04T23:00Z">)"
                           R"(<link rel="canonical" href="https://www.example.de/a">)";
  EXPECT_EQ(Read(Page(head, kProse)).published, "2021-11-05T00:00+01:00");
  // A .com site in English could be anywhere: its time stays as given.
  const std::string elsewhere =
      R"(<meta property="article:published_time" content="2021-11-04T23:00Z">)"
      R"(<link rel="canonical" href="https://www.example.com/a">)";
  EXPECT_EQ(Read(Page(elsewhere, kProse)).published, "2021-11-04T23:00Z");
}

TEST(DateSources, AUtcTimeTheSiteShowsOnItsOwnClockKeepsItsOffset) {
  // A .com site in English could be anywhere; the page's <time> says where.
  const Article a = Read(
      Page(LdJson(R"({"@type": "NewsArticle", "datePublished": "2022-05-04T03:37:37Z"})") +
               R"(<link rel="canonical" href="https://harbour.example.com/a">)",
           R"(<time class="updated" datetime="2022-05-03T23:37:37-04:00">May 3</time>)" + kProse));
  EXPECT_EQ(a.published, "2022-05-03T23:37:37-04:00");
  EXPECT_EQ(a.metadata_sources.published, "json-ld");
  // Another instant on the page says nothing of the zone.
  const Article b = Read(
      Page(LdJson(R"({"@type": "NewsArticle", "datePublished": "2022-05-04T03:37:37Z"})"),
           R"(<time class="updated" datetime="2022-05-03T21:00:00-04:00">May 3</time>)" + kProse));
  EXPECT_EQ(b.published, "2022-05-04T03:37:37Z");
}

TEST(DateSources, AUtcTimeADayOffTheUrlsDateGivesTheUrlsDay) {
  // Filed under 8 May, stamped 02:30 UTC on 9 May: evening of the 8th somewhere west of London.
  const Article a =
      Read(Page(R"(<meta property="article:published_time" content="2023-05-09T02:30:00Z">)"
                R"(<link rel="canonical" href="https://www.example.com/2023/05/08/ferry/">)",
                kProse));
  EXPECT_EQ(a.published, "2023-05-08");
  EXPECT_EQ(a.metadata_sources.published, "url-path");
  // The same day, or a time with its own offset, stays as given.
  const Article b =
      Read(Page(R"(<meta property="article:published_time" content="2023-05-08T02:30:00Z">)"
                R"(<link rel="canonical" href="https://www.example.com/2023/05/08/ferry/">)",
                kProse));
  EXPECT_EQ(b.published, "2023-05-08T02:30:00Z");
  const Article c =
      Read(Page(R"(<meta property="article:published_time" content="2023-05-09T02:30:00-04:00">)"
                R"(<link rel="canonical" href="https://www.example.com/2023/05/08/ferry/">)",
                kProse));
  EXPECT_EQ(c.published, "2023-05-09T02:30:00-04:00");
}

TEST(TitleSource, AHeadingThatLinksToAnotherPageIsNoHeadline) {
  // The section's name above the story links to the section; no title confirms either <h1>.
  ReadOptions options;
  options.url = "https://example.org/news/ferry-returns";
  const std::string story =
      R"(<h1><a href="/topics/harbour">Harbour</a></h1><h1>The ferry returns in May</h1>)";
  Article a = Read(Page("<title>Ferry news</title>", story + kProse), options);
  EXPECT_EQ(a.title, "The ferry returns in May");
  // A headline that links to the page itself is still the headline.
  const std::string linked =
      R"(<h1><a href="/news/ferry-returns#top">The ferry returns in May</a></h1>)";
  a = Read(Page("<title>Ferry news</title>", linked + kProse), options);
  EXPECT_EQ(a.title, "The ferry returns in May");
}

TEST(TitleSource, ARubysReadingIsNoPartOfTheHeadline) {
  const Article a = Read(
      Page("", "<h1><ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby>の橋が開く</h1>" + kProse));
  EXPECT_EQ(a.title, "港の橋が開く");
}

TEST(BylineSource, TheHeadlineClassedAsABylineIsNone) {
  const Article a =
      Read(Page("", R"(<h1>Harbour Bridge Reopens</h1><span class="author">Harbour Bridge )"
                    R"(Reopens</span><span class="author">Ana Ruiz</span>)" +
                        kProse));
  EXPECT_EQ(a.authors, (Names{"Ana Ruiz"}));
}

TEST(BylineSource, ALineOfADateAndANameAlone) {
  Article a = Read(Page("", "<h1>Bridge reopens</h1><p>14.05.2024 - Ana Ruiz</p>" + kProse));
  EXPECT_EQ(a.authors, (Names{"Ana Ruiz"}));
  EXPECT_EQ(a.metadata_sources.authors, "byline");
  a = Read(Page("", "<h1>Bridge reopens</h1><p>14.05.2024 | Hamburg</p>" + kProse));
  EXPECT_TRUE(a.authors.empty());
}

TEST(AuthorSources, TheSitesOwnNameIsNoAuthor) {
  const Article a = Read(Page(R"(<meta name="author" content="HARBOUR TIMES">)"
                              R"(<link rel="canonical" href="https://news.harbourtimes.de/a">)",
                              kProse));
  EXPECT_TRUE(a.authors.empty());
  // A blog's subdomain names its author, who stays.
  const Article b = Read(Page(R"(<meta name="author" content="Jana Berg">)"
                              R"(<link rel="canonical" href="https://janaberg.blog.example/a">)",
                              kProse));
  EXPECT_EQ(b.authors, (Names{"Jana Berg"}));
  // The site's name set before the writer's in one author field.
  const Article c = Read(Page(R"(<meta name="author" content="harbourtimes - Ana Ruiz">)"
                              R"(<link rel="canonical" href="https://www.harbourtimes.de/a">)",
                              kProse));
  EXPECT_EQ(c.authors, (Names{"Ana Ruiz"}));
}

TEST(AuthorSources, TheSiteNameTheTitleGivesIsNoAuthor) {
  // The <title> ends with the site's name, which its domain does not spell.
  const std::string site = R"(<meta name="author" content="Die Harbour Post">)"
                           R"(<link rel="canonical" href="https://www.hpost.example/a">)";
  Article a = Read(Page("<title>Bridge reopens | Die Harbour Post</title>" + site, kProse));
  EXPECT_TRUE(a.authors.empty());
  // Or opens with it; the byline the page shows is then the author.
  a = Read(Page("<title>Die Harbour Post - Bridge reopens</title>" + site,
                R"(<span class="author">Ana Ruiz</span>)" + kProse));
  EXPECT_EQ(a.authors, (Names{"Ana Ruiz"}));
  // A title without a separator names no site.
  a = Read(Page("<title>Die Harbour Post</title>" + site, kProse));
  EXPECT_EQ(a.authors, (Names{"Die Harbour Post"}));
  // The site's name is one name, whatever joins its words.
  a = Read(
      Page(R"(<title>Bridge reopens : Home : Harbour &amp; Bay</title>)"
           R"(<meta name="author" content="Harbour &amp; Bay">)",
           R"(<div class="wrote_by">By <a href="/reporters/ana">Ana Ruiz</a></div>)" + kProse));
  EXPECT_EQ(a.authors, (Names{"Ana Ruiz"}));
}

TEST(DatelineSource, TheLineAfterTheHeadlineBeforeTeasersAndHeaders) {
  // Teasers of other stories, set in <article>s of their own, before and after the story's.
  const Article a =
      Read(Page("", R"(<article><h2>Ferry returns</h2><p class="date">2024-05-02</p></article>)"
                    R"(<h1>Bridge reopens</h1><p class="date">Written: 2024-05-14 08:00</p>)"
                    "<p>The bridge reopened on Friday after repairs.</p>"
                    R"(<article><h2>Tram delays</h2><p class="date">2024-05-03</p></article>)"));
  EXPECT_EQ(a.published, "2024-05-14T08:00");
  EXPECT_EQ(a.metadata_sources.published, "dateline");
  // A heading of the page's menus is no headline.
  const Article b =
      Read(Page("", R"(<nav><h1>Menu</h1></nav><article><p class="date">2024-05-02</p>)"
                    R"(</article><p class="date">2024-05-14</p>)" +
                        kProse));
  EXPECT_EQ(b.published, "2024-05-02");
}

TEST(DateSources, ALineOfTheLastChangeGivesTheDateOnlyWhenNothingElseDoes) {
  Article a = Read(Page("",
                        "<article><p>Letzte \u00c4nderung: 31.10.2024<br>"
                        "Erschienen am: 01.11.2024</p>"
                        "<p>The bridge reopened on Friday after repairs.</p></article>"));
  EXPECT_EQ(a.published, "2024-11-01");
  EXPECT_EQ(a.modified, "2024-10-31");
  EXPECT_EQ(a.metadata_sources.modified, "text");
  a = Read(Page("",
                "<article><p>The bridge reopened on Friday after repairs.</p>"
                "<p>Updated: 30.12.2023</p></article>"));
  EXPECT_EQ(a.published, "2023-12-30");
}

}  // namespace
}  // namespace sitrep
