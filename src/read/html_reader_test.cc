#include "read/html_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace sitrep {
namespace {

// Every page here was written for these tests.

Article Read(const std::string& html, const ReadOptions& options = {}) {
  Result<Article> result = ReadHtml(html, options);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result).value() : Article();
}

std::vector<std::string> Paragraphs(const Article& a) {
  std::vector<std::string> out;
  for (const Span& p : a.paragraphs) out.emplace_back(p.Of(a.text));
  return out;
}

// A page with |head| inside <head> and |body| inside <body>.
std::string Page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

const std::string kProse = "<article><p>The bridge reopened on Friday.</p></article>";

TEST(HtmlMetadata, TitlePrefersOgTitleOverTitleElement) {
  EXPECT_EQ(Read(Page(R"(<title>Page title</title><meta property="og:title" content="OG title">)",
                      kProse))
                .title,
            "OG title");
  EXPECT_EQ(Read(Page("<title>  Page\n title </title>", kProse)).title, "Page title");
  // Many pages write name= where OpenGraph says property=.
  EXPECT_EQ(Read(Page(R"(<meta name="og:title" content="Named">)", kProse)).title, "Named");
  // An SVG <title> is a tooltip, not the page's title.
  EXPECT_EQ(Read(Page("", "<svg><title>Icon</title></svg>" + kProse)).title, "");
}

TEST(HtmlMetadata, StripsTheSiteNameSuffixOnlyWhenItIsOgSiteName) {
  const std::string site = R"(<meta property="og:site_name" content="Harbour Times">)";
  EXPECT_EQ(Read(Page(site + "<title>Bridge reopens | Harbour Times</title>", kProse)).title,
            "Bridge reopens");
  EXPECT_EQ(Read(Page(site + "<title>Bridge reopens - Harbour Times</title>", kProse)).title,
            "Bridge reopens");
  EXPECT_EQ(
      Read(Page(site + R"(<meta property="og:title" content="Bridge reopens – Harbour Times">)",
                kProse))
          .title,
      "Bridge reopens");
  // Without og:site_name, or with another one, the suffix may be part of the headline.
  EXPECT_EQ(Read(Page("<title>Bridge reopens | Harbour Times</title>", kProse)).title,
            "Bridge reopens | Harbour Times");
  EXPECT_EQ(Read(Page(R"(<meta property="og:site_name" content="Other">)"
                      "<title>Storm - Day Two</title>",
                      kProse))
                .title,
            "Storm - Day Two");
  // No separator, no stripping.
  EXPECT_EQ(Read(Page(site + "<title>Life at the Harbour Times</title>", kProse)).title,
            "Life at the Harbour Times");
}

TEST(HtmlMetadata, OutletIsOgSiteNameOrEmpty) {
  EXPECT_EQ(Read(Page(R"(<meta property="og:site_name" content="Harbour Times">)", kProse)).outlet,
            "Harbour Times");
  EXPECT_EQ(Read(Page("<title>Bridge | Harbour Times</title>", kProse)).outlet, "");
}

TEST(HtmlMetadata, AuthorsAreSplitAndStrippedOfBy) {
  EXPECT_EQ(Read(Page(R"(<meta name="author" content="By Ana Ruiz and Li Wei">)", kProse)).authors,
            (std::vector<std::string>{"Ana Ruiz", "Li Wei"}));
  EXPECT_EQ(Read(Page(R"(<meta name="author" content="Ana Ruiz, Li Wei &amp; Jo Park">)", kProse))
                .authors,
            (std::vector<std::string>{"Ana Ruiz", "Li Wei", "Jo Park"}));
  // article:author adds names, but not profile URLs, and a name is listed once.
  EXPECT_EQ(Read(Page(R"(<meta name="author" content="Ana Ruiz">)"
                      R"(<meta property="article:author" content="https://example.org/ana-ruiz">)"
                      R"(<meta property="article:author" content="Ana Ruiz">)"
                      R"(<meta property="article:author" content="Li Wei">)",
                      kProse))
                .authors,
            (std::vector<std::string>{"Ana Ruiz", "Li Wei"}));
  EXPECT_TRUE(Read(Page("", kProse)).authors.empty());
}

TEST(HtmlMetadata, PublishedFollowsItsFallbackOrder) {
  const std::string meta_time =
      R"(<meta property="article:published_time" content="2024-03-01T08:00:00Z">)";
  const std::string meta_date = R"(<meta name="date" content="2024-03-03">)";
  const std::string meta_pubdate = R"(<meta name="pubdate" content="2024-03-04T10:15:00-05:00">)";
  const std::string article_with_time =
      R"(<article><time datetime="2024-03-02T09:30:00+02:00">2 March</time><p>Text.</p></article>)";
  EXPECT_EQ(Read(Page(meta_time + meta_date, article_with_time)).published, "2024-03-01T08:00:00Z");
  EXPECT_EQ(Read(Page(meta_date, article_with_time)).published, "2024-03-02T09:30:00+02:00");
  EXPECT_EQ(Read(Page(meta_date + meta_pubdate, kProse)).published, "2024-03-03");
  EXPECT_EQ(Read(Page(meta_pubdate, kProse)).published, "2024-03-04T10:15:00-05:00");
  EXPECT_EQ(Read(Page("", kProse)).published, "");
  // A <time> outside any article may be today's date in the site header.
  EXPECT_EQ(Read(Page("", R"(<div><time datetime="2024-03-09">Today</time><p>Text.</p></div>)"))
                .published,
            "");
  // A date that is not ISO is read as a date line, and one that is no date at all is skipped.
  EXPECT_EQ(Read(Page(R"(<meta name="date" content="March 5, 2024">)", kProse)).published,
            "2024-03-05");
  EXPECT_EQ(Read(Page(R"(<meta property="article:published_time" content="yesterday">)" + meta_date,
                      kProse))
                .published,
            "2024-03-03");
  ReadOptions options;
  options.date = "2024-04-01";
  EXPECT_EQ(Read(Page(meta_time, kProse), options).published, "2024-04-01");
}

TEST(HtmlMetadata, UrlAndCanonicalFallBackToEachOther) {
  const std::string og = R"(<meta property="og:url" content="https://example.org/og">)";
  const std::string canonical = R"(<link rel="canonical" href="https://example.org/canonical">)";
  Article a = Read(Page(og + canonical, kProse));
  EXPECT_EQ(a.url, "https://example.org/og");
  EXPECT_EQ(a.canonical_url, "https://example.org/canonical");

  a = Read(Page(canonical, kProse));
  EXPECT_EQ(a.url, "https://example.org/canonical");
  EXPECT_EQ(a.canonical_url, "https://example.org/canonical");

  a = Read(Page(og, kProse));
  EXPECT_EQ(a.url, "https://example.org/og");
  EXPECT_EQ(a.canonical_url, "https://example.org/og");

  ReadOptions options;
  options.url = "https://mirror.example.net/copy";
  a = Read(Page(og + R"(<link rel="alternate canonical" href="/canonical">)", kProse), options);
  EXPECT_EQ(a.url, "https://mirror.example.net/copy");
  EXPECT_EQ(a.canonical_url, "https://mirror.example.net/canonical");

  a = Read(Page("", kProse));
  EXPECT_EQ(a.url, "");
  EXPECT_EQ(a.canonical_url, "");
}

TEST(HtmlMetadata, LanguageIsThePrimarySubtagInLowerCase) {
  EXPECT_EQ(Read("<html lang=\"en-GB\"><body>" + kProse).language, "en");
  EXPECT_EQ(Read("<html lang=\"FR\"><body>" + kProse).language, "fr");
  EXPECT_EQ(Read("<html lang=\"uk_UA\"><body>" + kProse).language, "uk");
  EXPECT_EQ(Read("<html><body>" + kProse).language, "");
  EXPECT_EQ(Read("<html lang=\"12\"><body>" + kProse).language, "");
}

TEST(HtmlImages, OgImageIsTheLeadImageWithItsAltAsCaption) {
  const Article a = Read(Page(R"(<meta property="og:image" content="https://example.org/lead.jpg">)"
                              R"(<meta property="og:image:alt" content="Cranes at the quay">)",
                              kProse));
  ASSERT_EQ(a.images.size(), 1u);
  EXPECT_EQ(a.images[0].url, "https://example.org/lead.jpg");
  EXPECT_EQ(a.images[0].caption, "Cranes at the quay");
  EXPECT_EQ(a.images[0].credit, "");
}

TEST(HtmlImages, FigureGivesCaptionAndCreditApart) {
  const Article a = Read(Page("", R"(<article>
      <figure><img src="https://example.org/a.jpg" alt="alt text">
        <figcaption>Ferries wait in the harbour.
          <span class="photo-credit">Photo: J. Field/Port Authority</span></figcaption></figure>
      <p>The harbour reopened.</p>
      <figure><img src="https://example.org/b.jpg"><figcaption>A second view.<br>At dusk.
        <small class="Copyright">© Sample Agency</small></figcaption></figure>
      <figure><blockquote>A pull quote is no image.</blockquote></figure>
    </article>)"));
  ASSERT_EQ(a.images.size(), 2u);
  EXPECT_EQ(a.images[0].url, "https://example.org/a.jpg");
  EXPECT_EQ(a.images[0].caption, "Ferries wait in the harbour.");
  EXPECT_EQ(a.images[0].credit, "Photo: J. Field/Port Authority");
  EXPECT_EQ(a.images[1].caption, "A second view. At dusk.");
  EXPECT_EQ(a.images[1].credit, "© Sample Agency");
  // Figures are images, not body text.
  EXPECT_EQ(a.text, "The harbour reopened.");
}

TEST(HtmlImages, ACreditWrittenIntoTheCaptionIsTakenApart) {
  const Article a =
      Read(Page(R"(<meta property="og:image" content="https://example.org/lead.jpg">)"
                R"x(<meta property="og:image:alt" content="Cranes at the quay (Foto: Hafenamt)">)x",
                R"(<article><p>The harbour reopened.</p>
         <figure><img src="https://example.org/a.jpg">
           <figcaption>Ferries wait in the harbour. Photo: J. Field/Port Authority</figcaption>
         </figure></article>)"));
  ASSERT_EQ(a.images.size(), 2u);
  EXPECT_EQ(a.images[0].caption, "Cranes at the quay");
  EXPECT_EQ(a.images[0].credit, "Foto: Hafenamt");
  EXPECT_EQ(a.images[1].caption, "Ferries wait in the harbour.");
  EXPECT_EQ(a.images[1].credit, "Photo: J. Field/Port Authority");
}

TEST(HtmlImages, FigureOfTheOgImageFillsInItsCaption) {
  ReadOptions options;
  options.url = "https://example.org/news/story";
  const Article a = Read(Page(R"(<meta property="og:image" content="https://example.org/lead.jpg">)"
                              R"(<meta property="og:image:alt" content="Alt text">)",
                              R"(<article><header><figure>
                                   <img src="data:image/gif;base64,R0lGOD" data-src="/lead.jpg">
                                   <figcaption>The real caption. <em class="credit">Credit</em>
                                 </figcaption></figure></header><p>Text.</p></article>)"),
                         options);
  ASSERT_EQ(a.images.size(), 1u);
  EXPECT_EQ(a.images[0].url, "https://example.org/lead.jpg");
  EXPECT_EQ(a.images[0].caption, "The real caption.");
  EXPECT_EQ(a.images[0].credit, "Credit");
}

TEST(HtmlBody, ReadsParagraphsHeadingsListItemsAndQuotes) {
  const Article a = Read(Page("", R"(<article>
      <h1>The headline is metadata</h1>
      <p>First paragraph.</p>
      <h2>A subheading</h2>
      <ul><li>One item.</li><li>Another item.</li></ul>
      <blockquote><p>A quoted paragraph.</p>And its tail.</blockquote>
      <div>Loose text in a div is a paragraph too.</div>
    </article>)"));
  EXPECT_EQ(Paragraphs(a),
            (std::vector<std::string>{"First paragraph.", "A subheading", "One item.",
                                      "Another item.", "A quoted paragraph.", "And its tail.",
                                      "Loose text in a div is a paragraph too."}));
  EXPECT_EQ(a.text,
            "First paragraph.\n\nA subheading\n\nOne item.\n\nAnother item.\n\n"
            "A quoted paragraph.\n\nAnd its tail.\n\nLoose text in a div is a paragraph too.");
  EXPECT_TRUE(a.warnings.empty());
}

TEST(HtmlBody, RejoinsABrokenSentenceOnlyInRunningText) {
  const Article a = Read(Page("", R"(<article>
      <p>A soldier near the</p><p>town said so.</p>
      <ul><li>troops moved</li><li>north of the city</li></ul>
      <h2>What we know</h2><p>little, officials said.</p>
    </article>)"));
  EXPECT_EQ(Paragraphs(a), (std::vector<std::string>{"A soldier near the town said so.",
                                                     "troops moved", "north of the city",
                                                     "What we know", "little, officials said."}));
}

TEST(HtmlBody, ConcatenatesInlineTextAndReadsBrAsASpace) {
  const Article a = Read(Page("", R"(<article><p>The <a href="/x">port</a> <em>re</em>opened
      on <strong>Friday</strong>,<br>officials said.</p></article>)"));
  EXPECT_EQ(a.text, "The port reopened on Friday, officials said.");
}

TEST(HtmlBody, SkipsBoilerplateContainers) {
  const Article a = Read(Page("<style>p { color: red }</style>", R"(<article>
      <header><p>By Somebody</p></header>
      <nav><ul><li>Home</li></ul></nav>
      <p>Kept one.<script>var skipped = "script";</script></p>
      <noscript><p>Enable JavaScript.</p></noscript>
      <aside><p>Most read</p></aside>
      <form><p>Sign up for the newsletter</p><button>Subscribe</button></form>
      <figure><p>Figure text</p></figure>
      <template><p>Template text</p></template>
      <p>Kept two. <button>Share</button></p>
      <footer><p>Copyright footer</p></footer>
    </article>)"));
  EXPECT_EQ(Paragraphs(a), (std::vector<std::string>{"Kept one.", "Kept two."}));
}

TEST(HtmlBody, UsesArticleThenMainThenBody) {
  EXPECT_EQ(Read(Page("",
                      "<p>Body text.</p><main><p>Main text.</p></main>"
                      "<article><p>Article text.</p></article>"))
                .text,
            "Article text.");
  EXPECT_EQ(Read(Page("", "<p>Body text.</p><main><p>Main text.</p></main>")).text, "Main text.");
  EXPECT_EQ(Read(Page("", "<header><p>Site name</p></header><p>Body text.</p>")).text,
            "Body text.");
  // An <article> with no prose does not hide the prose elsewhere.
  EXPECT_EQ(Read(Page("", "<article><img src=a.jpg></article><main><p>Main text.</p></main>")).text,
            "Main text.");
}

TEST(HtmlBody, PrefersTheArticleWithTheMostProse) {
  const Article a = Read(Page("", R"(
      <article class="teaser"><p>A short teaser.</p></article>
      <article class="story">
        <p>The story has the longest paragraph of all.</p><p>And more.</p>
      </article>
      <section class="comments"><article><p>A comment.</p></article></section>
      <aside><article><p>A related story with a very long paragraph, far longer than the story
        itself, which must not win.</p></article></aside>)"));
  EXPECT_EQ(a.text, "The story has the longest paragraph of all.\n\nAnd more.");
}

TEST(HtmlLinks, ARelatedArticleLineIsALinkNotText) {
  ReadOptions options;
  options.url = "https://example.org/news/2024/story";
  const Article a = Read(Page("", R"html(<article>
      <p>Ferries resumed, a <a href="https://port.example.org/news">port spokesperson</a> said.</p>
      <p><strong>Related article:</strong> <a href="/news/2024/earlier">Storm closes harbour</a></p>
      <p>Read more: <a href="earlier-2">Insurers weigh risks</a></p>
      <p>Related articles: <a href="/a">One</a>, <a href="/b">Two</a></p>
      <p>Related talks continued in Geneva on Monday, <a href="/un">the UN said</a> in a
        statement.</p>
      <p>The port said more. <a href="/more">See also the timeline</a></p>
      <p><a href="#">Placeholder</a> and <a href="javascript:void(0)">script</a> links are no
        links.</p>
    </article>)html"),
                         options);
  EXPECT_EQ(Paragraphs(a),
            (std::vector<std::string>{
                "Ferries resumed, a port spokesperson said.",
                "Related talks continued in Geneva on Monday, the UN said in a statement.",
                "The port said more. See also the timeline",
                "Placeholder and script links are no links."}));
  ASSERT_EQ(a.links.size(), 7u);
  EXPECT_EQ(a.links[0].text, "port spokesperson");
  EXPECT_EQ(a.links[0].url, "https://port.example.org/news");
  EXPECT_EQ(a.links[0].kind, LinkKind::kOther);
  EXPECT_EQ(a.links[1].text, "Storm closes harbour");
  EXPECT_EQ(a.links[1].url, "https://example.org/news/2024/earlier");
  EXPECT_EQ(a.links[1].kind, LinkKind::kRelated);
  EXPECT_EQ(a.links[2].text, "Insurers weigh risks");
  EXPECT_EQ(a.links[2].url, "https://example.org/news/2024/earlier-2");
  EXPECT_EQ(a.links[2].kind, LinkKind::kRelated);
  EXPECT_EQ(a.links[3].kind, LinkKind::kRelated);
  EXPECT_EQ(a.links[4].kind, LinkKind::kRelated);
  // A paragraph that merely begins with the word "Related" still cues its links.
  EXPECT_EQ(a.links[5].text, "the UN said");
  EXPECT_EQ(a.links[5].kind, LinkKind::kRelated);
  EXPECT_EQ(a.links[6].text, "See also the timeline");
  EXPECT_EQ(a.links[6].kind, LinkKind::kRelated);
}

TEST(HtmlLinks, RelativeUrlsAreResolved) {
  const std::string body = R"(<article><p>
      <a href="/root">a</a> <a href="sibling">b</a> <a href="//cdn.example.net/x">c</a>
      <a href="#part-2">d</a> <a href="https://other.example.com/abs">e</a></p></article>)";
  auto urls = [](const Article& a) {
    std::vector<std::string> out;
    for (const Link& l : a.links) out.push_back(l.url);
    return out;
  };
  ReadOptions options;
  options.url = "https://example.org/news/story.html";
  EXPECT_EQ(urls(Read(Page("", body), options)),
            (std::vector<std::string>{
                "https://example.org/root", "https://example.org/news/sibling",
                "https://cdn.example.net/x", "https://example.org/news/story.html#part-2",
                "https://other.example.com/abs"}));
  // Without options.url, the canonical URL is the base.
  EXPECT_EQ(urls(Read(Page(R"(<link rel="canonical" href="http://example.org/a/b">)", body)))[1],
            "http://example.org/a/sibling");
  // <base href> moves the base, as in a browser.
  EXPECT_EQ(urls(Read(Page(R"(<base href="/static/">)", body), options))[1],
            "https://example.org/static/sibling");
  // Without any base, links stay as the page wrote them.
  EXPECT_EQ(urls(Read(Page("", body)))[0], "/root");
}

TEST(HtmlText, DecodesEntitiesAndKeepsNonAscii) {
  const Article a =
      Read(Page(R"(<meta property="og:title" content="Kyiv &amp; Київ">)"
                R"(<meta name="author" content="José Núñez and Олена Петренко">)",
                R"(<article><p>Rock &amp; roll&nbsp;in Zürich &lt;3 &#8212; caf&eacute;.</p>
                                 <p>Мер Києва заявив, що мости відкриті.</p></article>)"));
  EXPECT_EQ(a.title, "Kyiv & Київ");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"José Núñez", "Олена Петренко"}));
  EXPECT_EQ(Paragraphs(a), (std::vector<std::string>{"Rock & roll\u00A0in Zürich <3 \u2014 café.",
                                                     "Мер Києва заявив, що мости відкриті."}));
}

TEST(HtmlRobustness, PageWithoutProseWarnsInsteadOfFailing) {
  for (const std::string& html : {Page("<title>Gallery</title>", "<div><img src=a.jpg></div>"),
                                  std::string("<html></html>"), std::string("just < > text")}) {
    const Article a = Read(html);
    EXPECT_EQ(a.text, "") << html;
    EXPECT_TRUE(a.paragraphs.empty());
    EXPECT_EQ(a.warnings, (std::vector<std::string>{"no article text found"})) << html;
  }
}

TEST(HtmlRobustness, HundredThousandNestedDivsNeitherCrashNorHang) {
  constexpr int kDepth = 100000;
  std::string open;
  std::string close;
  for (int i = 0; i < kDepth; ++i) open += "<div>";
  for (int i = 0; i < kDepth; ++i) close += "</div>";
  const auto start = std::chrono::steady_clock::now();
  for (const std::string& html :
       {"<html><body>" + open + "<p>Deep text.</p>" + close + "<p>After.</p></body></html>",
        "<html><body>" + open + "<p>Deep text.</p>"}) {
    const Article a = Read(html);
    EXPECT_EQ(a.text.substr(0, 10), "Deep text.");
    ASSERT_FALSE(a.warnings.empty());
    EXPECT_EQ(a.warnings[0], "markup nested deeper than 512 elements was flattened");
  }
  // Unguarded, gumbo needs minutes and gigabytes for these; guarded, well under a second each.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST(HtmlRobustness, TheDepthGuardFollowsTheParser) {
  // Each unit repeated: deep when the parser would nest it without end (and the guard must
  // flatten it), shallow when the parser closes what it opens (and the guard must not).
  const struct {
    std::string_view unit;
    bool deep;
  } kCases[] = {
      {"<span>", true},               // inline elements nest
      {"<ul><li>", true},             // so do lists
      {"<table><tr><td>", true},      // and tables, with implied <tbody>
      {"<b><i>", true},               // and formatting elements
      {"<span><div></span>", true},   // a special <div> keeps </span> from closing the <span>
      {"<div></x>", true},            // a stray end tag closes nothing
      {"<svg><g>", true},             // foreign content
      {"<svg><div/>", true},          // <div> leaves SVG, where "/>" does not close it
      {"<rt>", true},                 // outside <ruby>, nothing closes <rt>
      {"<h2><option>", true},         // a heading closes a heading only when it is current
      {"<!--><div>", true},           // "<!-->" is a whole comment
      {"<a href=x>", false},          // a link closes the link before it
      {"<p>x<span>", false},          // a paragraph closes the one before, with its inline tags
      {"<li>x", false},               // as does a list item
      {"<svg><path/></svg>", false},  // SVG elements close themselves
  };
  for (const auto& c : kCases) {
    std::string html = "<html><body><article>";
    for (int i = 0; i < 20000; ++i) html += c.unit;
    html += "<p>Bottom.</p>";
    const Article a = Read(html);
    EXPECT_NE(a.text.find("Bottom."), std::string::npos) << c.unit;
    EXPECT_EQ(!a.warnings.empty() && a.warnings[0].starts_with("markup nested deeper"), c.deep)
        << c.unit;
  }
}

TEST(HtmlRobustness, OrdinaryPagesAreNotFlattened) {
  std::string open;
  std::string close;
  for (int i = 0; i < 300; ++i) open += "<div class=\"x\"><p>unclosed <span>";
  for (int i = 0; i < 300; ++i) close += "</span></div>";
  const Article a = Read("<html><body><article>" + open + "<p>Text.</p>" + close);
  EXPECT_TRUE(a.warnings.empty());
  // Tags inside comments, scripts and attribute values are not tags.
  std::string tricky = "<html><body><article><p>Text.</p>";
  for (int i = 0; i < 600; ++i) {
    tricky += "<!-- <div> --><script>'<div>'</script><p title='<div>'>x</p>";
  }
  EXPECT_TRUE(Read(tricky).warnings.empty());
}

TEST(HtmlSample, ReadsTheFloodReliefExample) {
  std::ifstream file(SITREP_SOURCE_DIR "/examples/sample-html-flood-relief.html");
  ASSERT_TRUE(file) << "missing examples/sample-html-flood-relief.html";
  std::stringstream html;
  html << file.rdbuf();
  const Article a = Read(html.str());

  EXPECT_EQ(a.title, "Thousands Evacuated as Sava River Floods Towns in Northern Bosnia");
  EXPECT_EQ(a.outlet, "Example News");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Maria Lind", "Tomas Berg"}));
  EXPECT_EQ(a.published, "2024-05-14T09:30:00+02:00");
  EXPECT_EQ(a.language, "en");
  const std::string canonical =
      "https://www.example-news.org/world/2024/05/14/sava-floods-northern-bosnia-evacuations";
  EXPECT_EQ(a.canonical_url, canonical);
  EXPECT_EQ(a.url, canonical);

  const std::vector<std::string> paragraphs = Paragraphs(a);
  ASSERT_EQ(paragraphs.size(), 11u);
  EXPECT_EQ(paragraphs[0],
            "About 3,000 people were evacuated from towns along the Sava River in northern Bosnia "
            "and Herzegovina over the weekend, after days of heavy rain pushed the river to its "
            "highest level in a decade, officials said on Monday.");
  EXPECT_TRUE(paragraphs[2].starts_with("\u201CWe are fighting the river")) << paragraphs[2];
  EXPECT_EQ(paragraphs[4], "Aid arrives from abroad");
  EXPECT_TRUE(paragraphs.back().starts_with("Prime Minister Edin Mahmutović is"))
      << paragraphs.back();
  for (const std::string_view boilerplate :
       {"cookies", "Accept all", "Home", "Share on", "Most read", "Central bank",
        "Morning Briefing", "Sign up", "Comments", "rivergazer", "Great reporting",
        "Privacy policy", "All rights reserved", "Additional reporting", "By Maria Lind",
        "Read more", "dataLayer", "Rescuers use a boat"}) {
    EXPECT_EQ(a.text.find(boilerplate), std::string::npos) << boilerplate;
  }

  ASSERT_EQ(a.images.size(), 1u);
  EXPECT_EQ(a.images[0].url, "https://www.example-news.org/media/2024/05/14/sava-flood-orasje.jpg");
  EXPECT_EQ(a.images[0].caption,
            "Rescuers use a boat to reach homes in Orašje, northern Bosnia, on Monday.");
  EXPECT_EQ(a.images[0].credit, "Photo: Example News/Jana Petrović");

  ASSERT_EQ(a.links.size(), 2u);
  EXPECT_EQ(a.links[0].url, "https://www.unocha.org/");
  EXPECT_EQ(a.links[0].kind, LinkKind::kOther);
  EXPECT_EQ(a.links[1].text, "Forecasters warn of heavy rain across the western Balkans");
  EXPECT_EQ(a.links[1].url,
            "https://www.example-news.org/world/2024/05/10/balkans-heavy-rain-warning");
  EXPECT_EQ(a.links[1].kind, LinkKind::kRelated);
  EXPECT_TRUE(a.warnings.empty());
}

}  // namespace
}  // namespace sitrep
