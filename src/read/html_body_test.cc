// Boilerplate removal on small pages written for these tests: each kind of page furniture the
// extraction issue names, placed around and inside a story, must stay out of the body.
#include "read/html_body.h"

#include <gtest/gtest.h>

#include <string>

#include "read/html_reader.h"

namespace sitrep {
namespace {

const char* const kStory = R"(
  <p>Floodwaters rose across the valley on Monday, forcing hundreds of families from their homes,
    officials said, as rescue crews worked through the night.</p>
  <p>The river, swollen by a week of rain, broke its banks near the old bridge, and the town's
    mayor said shelters had opened in two schools and a sports hall.</p>
  <p>Forecasters expect more rain on Wednesday, though they said the worst of the storm, which
    has already cut power to thousands, should pass by the weekend.</p>)";

const char* const kStoryText =
    "Floodwaters rose across the valley on Monday, forcing hundreds of families from their "
    "homes, officials said, as rescue crews worked through the night.\n\n"
    "The river, swollen by a week of rain, broke its banks near the old bridge, and the town's "
    "mayor said shelters had opened in two schools and a sports hall.\n\n"
    "Forecasters expect more rain on Wednesday, though they said the worst of the storm, which "
    "has already cut power to thousands, should pass by the weekend.";

std::string BodyOf(const std::string& body) {
  Result<Article> read = ReadHtml(
      "<!doctype html><html><head><title>T</title></head><body>" + body + "</body></html>", {});
  EXPECT_TRUE(read.ok());
  return read.ok() ? read.value().text : "";
}

// The story inside |before| and |after|, in a <div> of its own.
std::string Around(const std::string& before, const std::string& after) {
  return BodyOf(before + "<div class=\"story\">" + kStory + "</div>" + after);
}

TEST(HtmlBodyFurniture, Navigation) {
  EXPECT_EQ(Around(R"(<nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul>
                   </nav><div class="breadcrumbs"><a href="/">Home</a> &gt; World</div>)",
                   R"(<div class="pagination"><a href="/p2">Next page</a></div>)"),
            kStoryText);
}

TEST(HtmlBodyFurniture, HeadersAndFooters) {
  EXPECT_EQ(Around(R"(<header><p>Example News, the valley's paper since 1901, every day.</p>
                   </header>)",
                   R"(<footer><p>Copyright 2024 Example News. All rights reserved, everywhere,
                   for ever and ever.</p></footer><div id="site-footer">Imprint, contact and
                   the terms of use of this site, which nobody reads.</div>)"),
            kStoryText);
}

TEST(HtmlBodyFurniture, RelatedArticleLists) {
  EXPECT_EQ(Around("", R"(<div class="related-articles"><h3>Related</h3><ul>
                   <li><a href="/a">Storm closes the harbour for a second day, officials say</a>
                   </li><li><a href="/b">Insurers weigh the cost of a wet spring</a></li></ul>
                   </div><aside><h3>Most read</h3><p>A very long teaser paragraph about
                   another story, with commas, clauses, and more words than a teaser needs.</p>
                   </aside>)"),
            kStoryText);
}

TEST(HtmlBodyFurniture, CommentSections) {
  EXPECT_EQ(Around("", R"(<section id="comments" class="comments-area"><h3>3 Comments</h3>
                   <div class="comment"><p>What a terrible week it has been for all of us down
                   by the river, and the council did nothing, as usual.</p></div>
                   <div class="comment"><p>Stay safe, everyone, and check on your neighbours,
                   especially the old ones.</p></div></section>)"),
            kStoryText);
}

TEST(HtmlBodyFurniture, Ads) {
  const std::string ad = R"(<div class="ad ad-slot"><p>Buy the best boots for wet weather, now,
      at half price, while stocks last, in every store.</p></div>)";
  EXPECT_EQ(BodyOf(R"(<div class="story"><p>Floodwaters rose across the valley on Monday,
      forcing hundreds of families from their homes, officials said, as rescue crews worked
      through the night.</p>)" +
                   ad + R"(<p>Advertisement</p><p>The river, swollen by a week of
      rain, broke its banks near the old bridge, and the town's mayor said shelters had opened
      in two schools and a sports hall.</p><p>Forecasters expect more rain on Wednesday, though
      they said the worst of the storm, which has already cut power to thousands, should pass
      by the weekend.</p></div>)"),
            kStoryText);
}

TEST(HtmlBodyFurniture, ShareAndSubscribeWidgets) {
  EXPECT_EQ(Around(R"(<div class="share-buttons"><a href="https://facebook.com/x">Facebook</a>
                   <a href="https://twitter.com/x">Twitter</a></div>)",
                   R"(<p>Share this:</p><div class="newsletter-box"><h3>Sign up for our
                   newsletter</h3><p>Get the day's news from the valley, every morning, in your
                   inbox, for free, with no spam.</p><form><input type="email"><button>Subscribe
                   </button></form></div>)"),
            kStoryText);
}

TEST(HtmlBodyFurniture, CookieAndPaywallNotices) {
  EXPECT_EQ(Around(R"(<div id="cookie-consent"><p>We use cookies to give you the best
                   experience on our site, to measure traffic, and to show you ads.</p>
                   <button>Accept all</button></div>)",
                   R"(<div class="paywall"><p>You have read all your free articles this month,
                   so please subscribe, for only a little money, to read on.</p></div>)"),
            kStoryText);
}

TEST(HtmlBodyFurniture, GalleryChrome) {
  EXPECT_EQ(Around(R"(<div class="gallery-controls"><span>1 of 12</span>
                   <a href="#prev">Previous</a> <a href="#next">Next</a></div>
                   <div class="image-caption">Rescue crews on the old bridge, on Monday, as the
                   river rose around them, in the rain.</div>)",
                   ""),
            kStoryText);
}

TEST(HtmlBodyFurniture, AuthorBiosAndTags) {
  EXPECT_EQ(Around("", R"(<div class="author-bio"><p>Jana Field has covered the valley, its
                   rivers, its councils and its floods, for twenty years, for this paper.</p>
                   </div><p>Tags: floods, valley, weather</p>)"),
            kStoryText);
}

TEST(HtmlBody, ALedeInTheArticleHeaderIsKept) {
  EXPECT_EQ(BodyOf(R"(<article><div class="intro"><p class="teaser">Hundreds fled their homes as
      the river broke its banks, and more rain is on the way, forecasters warn.</p></div>
      <div class="story">)" +
                   std::string(kStory) + "</div></article>"),
            "Hundreds fled their homes as the river broke its banks, and more rain is on the way, "
            "forecasters warn.\n\n" +
                std::string(kStoryText));
}

TEST(HtmlBody, OnlyLongProseIsReadFromAnArticlesHeader) {
  EXPECT_EQ(BodyOf(R"(<article><header><h1>Valley floods</h1><p class="lede">Hundreds fled their
      homes as the river broke its banks, and more rain is on the way, forecasters warn.</p>
      <p>By Jana Field, valley reporter</p></header>)" +
                   std::string(kStory) + "</article>"),
            "Hundreds fled their homes as the river broke its banks, and more rain is on the way, "
            "forecasters warn.\n\n" +
                std::string(kStoryText));
}

TEST(HtmlBody, ASectionAboutSomethingElseEndsTheStory) {
  // Teasers under a "Related" heading in the story's own container, after the story.
  EXPECT_EQ(BodyOf(R"(<div class="story">)" + std::string(kStory) + R"(
      <h3>You might also like</h3>
      <p>Storm closes the harbour for a second day, and ferries stay in port, officials say.</p>
      <p>Insurers weigh the cost of a wet spring, as claims pile up across the valley.</p></div>)"),
            kStoryText);
  // A "More on this" heading followed by the story's own prose is part of the story.
  EXPECT_EQ(BodyOf(R"(<div class="story">)" + std::string(kStory) + R"(
      <h3>More on this</h3>
      <p>The council will publish its full flood report, with maps of every street that was under
      water, on its website next month.</p></div>)"),
            std::string(kStoryText) +
                "\n\nThe council will publish its full flood report, with maps of every street "
                "that was under water, on its website next month.");
}

TEST(HtmlBody, ShortLooseLabelsAreNoText) {
  // Loose text in a <div> that is short and ends no sentence labels something of the page; a
  // heading of the story is written as a heading.
  EXPECT_EQ(BodyOf(R"(<div class="story"><div class="kicker">Weather desk</div>)" +
                   std::string(kStory) + R"(<div class="box-title">Top 5 Energy</div></div>)"),
            kStoryText);
  EXPECT_EQ(BodyOf(R"(<div class="story">)" + std::string(kStory) +
                   R"(<h2>What comes next</h2><div>The council meets on Friday.</div></div>)"),
            std::string(kStoryText) + "\n\nWhat comes next\n\nThe council meets on Friday.");
}

TEST(HtmlBody, AHeadingWithoutTextIsNoPartOfTheStory) {
  // Teaser headlines after the story head nothing; a subheading under a heading does.
  EXPECT_EQ(BodyOf(R"(<div class="story"><h2>The flood</h2><h3>Monday</h3>)" + std::string(kStory) +
                   R"(<h3>Storm closes the harbour</h3><h3>Insurers weigh the cost</h3></div>)"),
            "The flood\n\nMonday\n\n" + std::string(kStoryText));
}

TEST(HtmlBody, AStoryCutIntoPiecesIsReadWhole) {
  // Each paragraph in a column of its own, with an ad between two of them.
  EXPECT_EQ(BodyOf(R"(<section class="story"><div class="column"><p>Floodwaters rose across the
      valley on Monday, forcing hundreds of families from their homes, officials said, as rescue
      crews worked through the night.</p></div><div class="ad">Buy boots</div><div
      class="column"><p>The river, swollen by a week of rain, broke its banks near the old
      bridge, and the town's mayor said shelters had opened in two schools and a sports
      hall.</p></div><div class="column"><p>Forecasters expect more rain on Wednesday, though
      they said the worst of the storm, which has already cut power to thousands, should pass
      by the weekend.</p></div></section>)"),
            kStoryText);
}

TEST(HtmlBody, AStoryClassedAsFurnitureIsStillFound) {
  // The page wraps everything in an element whose class reads as furniture; the story is all
  // the prose there is, so the cue is outweighed.
  EXPECT_EQ(BodyOf(R"(<div class="page has-sidebar"><div class="story">)" + std::string(kStory) +
                   "</div></div>"),
            kStoryText);
}

TEST(HtmlBody, ARubysWordsRunOnWithoutTheirReading) {
  // A ruby glosses the words it sits over (<rt>, with <rp> for readers without ruby): the words
  // stay in their line, the gloss goes.
  EXPECT_EQ(
      BodyOf(R"(<div class="story">)" + std::string(kStory) +
             R"(<p>The <ruby>tsunami<rp>(</rp><rt>harbour wave</rt><rp>)</rp></ruby> )"
             R"(warning was lifted at noon, the agency said.</p></div>)"),
      std::string(kStoryText) + "\n\nThe tsunami warning was lifted at noon, the agency said.");
}

TEST(HtmlBody, IndentedBlocksAndTheirLinksReadAsWritten) {
  // Markup's indentation opens every block here: the text, the links and the words before each
  // link (a citing phrase near it, another too far before it) read as if it were not there.
  Result<Article> read = ReadHtml(R"(<!doctype html><html><head><title>T</title></head><body>
    <div class="story">
      <p>
          <a href="/topics/floods">Floods</a> rose across the valley on Monday, forcing hundreds
          of families from their homes, as rescue crews worked through the night.</p>
      <p>
         The river broke its banks near the old bridge, and shelters opened in two schools,
         according to            the
             <a href="/topics/agency">agency</a>, which has asked people to stay away.</p>
      <p>
         Officials said, according to the mayor, that the water had peaked near the bridge
         by the evening, and <a href="/topics/bridge">the bridge</a> stays closed for now.</p>
      <p>
         Read more:
         <a href="/news/earlier">Storm closes harbour</a></p>
    </div></body></html>)",
                                  {});
  ASSERT_TRUE(read.ok());
  const Article& a = read.value();
  EXPECT_EQ(a.text,
            "Floods rose across the valley on Monday, forcing hundreds of families from their "
            "homes, as rescue crews worked through the night.\n\n"
            "The river broke its banks near the old bridge, and shelters opened in two schools, "
            "according to the agency, which has asked people to stay away.\n\n"
            "Officials said, according to the mayor, that the water had peaked near the bridge by "
            "the evening, and the bridge stays closed for now.");
  ASSERT_EQ(a.links.size(), 4u);
  EXPECT_EQ(a.links[0].text, "Floods");
  EXPECT_EQ(a.links[0].kind, LinkKind::kOther);
  EXPECT_EQ(a.links[1].text, "agency");
  EXPECT_EQ(a.links[1].kind, LinkKind::kSource);
  EXPECT_EQ(a.links[2].text, "the bridge");
  EXPECT_EQ(a.links[2].kind, LinkKind::kOther);
  EXPECT_EQ(a.links[3].text, "Storm closes harbour");
  EXPECT_EQ(a.links[3].kind, LinkKind::kRelated);
}

TEST(HtmlBody, TablesAreReadCellByCell) {
  EXPECT_EQ(BodyOf(R"(<div class="story">)" + std::string(kStory) +
                   R"(<table><tr><th>Town</th><th>Evacuated</th></tr>
                   <tr><td>Orasje</td><td>1,200</td></tr></table></div>)"),
            std::string(kStoryText) + "\n\nTown\n\nEvacuated\n\nOrasje\n\n1,200");
}

}  // namespace
}  // namespace sitrep
