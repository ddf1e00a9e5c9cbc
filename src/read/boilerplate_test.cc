#include "read/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "read/html_tree.h"
#include "read/html_tree_builder.h"

namespace sitrep {
namespace {

// The cue of the first <div>, <p>, <section> or <article> in |html| (the first element the test
// writes in each page), read from a parsed tree as html_body reads it.
ElementCue CueOfFirst(const std::string& body) {
  bool flattened = false;
  const std::string page = "<html><body>" + body + "</body></html>";
  const auto parsed = ParseHtml(page, &flattened);
  struct Finder {
    const HtmlNode* found = nullptr;
    bool Enter(const HtmlNode* node) {
      if (found != nullptr) return false;
      const Tag tag = HtmlTag(node);
      if (IsElement(node) && tag != Tag::kHtml && tag != Tag::kHead && tag != Tag::kBody) {
        found = node;
        return false;
      }
      return true;
    }
    void Leave(const HtmlNode*) {}
  } finder;
  Walk(parsed->root, finder);
  return finder.found == nullptr ? ElementCue() : ClassifyElement(finder.found);
}

Furniture KindOfFirst(const std::string& body) { return CueOfFirst(body).kind; }

TEST(ClassifyElement, ReadsTagsRolesAndHiding) {
  EXPECT_EQ(KindOfFirst("<nav>x</nav>"), Furniture::kNavigation);
  EXPECT_EQ(KindOfFirst("<header>x</header>"), Furniture::kHeaderFooter);
  EXPECT_EQ(KindOfFirst("<footer>x</footer>"), Furniture::kHeaderFooter);
  EXPECT_EQ(KindOfFirst("<aside>x</aside>"), Furniture::kRelated);
  EXPECT_EQ(KindOfFirst("<form>x</form>"), Furniture::kWidget);
  EXPECT_EQ(KindOfFirst(R"(<div role="navigation">x</div>)"), Furniture::kNavigation);
  EXPECT_EQ(KindOfFirst(R"(<div role="contentinfo">x</div>)"), Furniture::kHeaderFooter);
  EXPECT_EQ(KindOfFirst(R"(<div role="dialog">x</div>)"), Furniture::kNotice);
  EXPECT_EQ(KindOfFirst(R"(<div hidden>x</div>)"), Furniture::kHidden);
  EXPECT_FALSE(CueOfFirst("<nav>x</nav>").from_words);
}

TEST(ClassifyElement, ReadsTheWordsOfClassAndId) {
  const struct {
    const char* html;
    Furniture kind;
  } cases[] = {
      {R"(<div class="breadcrumbs">x</div>)", Furniture::kNavigation},
      {R"(<div id="site-header">x</div>)", Furniture::kHeaderFooter},
      {R"(<div class="jp-relatedposts">x</div>)", Furniture::kRelated},
      {R"(<div class="relatedPosts">x</div>)", Furniture::kRelated},
      {R"(<div id="comments" class="comments-area">x</div>)", Furniture::kComments},
      {R"(<div class="ad ad-slot">x</div>)", Furniture::kAd},
      {R"(<div class="sharebar">x</div>)", Furniture::kShare},
      {R"(<div class="social-icons">x</div>)", Furniture::kShare},
      {R"(<div id="cookie-consent">x</div>)", Furniture::kNotice},
      {R"(<div class="paywall">x</div>)", Furniture::kNotice},
      {R"(<div class="gallery-controls">x</div>)", Furniture::kGallery},
      {R"(<div class="newsletter-signup">x</div>)", Furniture::kNewsletter},
      {R"(<div class="author-bio">x</div>)", Furniture::kBio},
      {R"(<div class="tags">x</div>)", Furniture::kMeta},
      {R"(<span class="sr-only">x</span>)", Furniture::kHidden},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(KindOfFirst(c.html), c.kind) << c.html;
    EXPECT_TRUE(CueOfFirst(c.html).from_words) << c.html;
  }
}

TEST(ClassifyElement, TheFirstCuedWordDecides) {
  // Word by word: the first word with a cue gives the kind, whatever follows it.
  EXPECT_EQ(KindOfFirst(R"(<div class="tag-news share-tools comments">x</div>)"),
            Furniture::kShare);
  EXPECT_EQ(KindOfFirst(R"(<div class="wrap hidden related">x</div>)"), Furniture::kHidden);
  // Within a word, its first token with a cue ("menu" in "site-menu-comments").
  EXPECT_EQ(KindOfFirst(R"(<div class="site-menu-comments">x</div>)"), Furniture::kNavigation);
  // A token holding several stems takes the kind of the one the list names first: a sidebar
  // holding comments is a sidebar, wherever each stem stands in the token.
  EXPECT_EQ(KindOfFirst(R"(<div class="commentsidebar">x</div>)"), Furniture::kRelated);
  EXPECT_EQ(KindOfFirst(R"(<div class="sidebarcomments">x</div>)"), Furniture::kRelated);
  // The same words on element after element get the same answer (they are remembered).
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(KindOfFirst(R"(<div class="menu-item menu-item-type-custom">x</div>)"),
              Furniture::kNavigation);
    EXPECT_EQ(KindOfFirst(R"(<div class="menu-item-content">x</div>)"), Furniture::kNavigation);
    EXPECT_EQ(KindOfFirst(R"(<div class="item-content">x</div>)"), Furniture::kNone);
  }
}

TEST(ClassifyElement, InnocentWordsAreNoCues) {
  for (const char* html : {R"(<div class="header-image-download">x</div>)",
                           R"(<div class="address">x</div>)", R"(<div class="metal">x</div>)",
                           R"(<div class="article-body">x</div>)", R"(<p class="lead">x</p>)"}) {
    // "header" starts the first: the page's header, rightly; the rest are no furniture.
    if (std::string(html).find("header") != std::string::npos) continue;
    EXPECT_EQ(KindOfFirst(html), Furniture::kNone) << html;
  }
  // Hidden on small screens only, or only its label hidden: shown to a reader.
  EXPECT_EQ(KindOfFirst(R"(<div class="hidden-xs">x</div>)"), Furniture::kNone);
  EXPECT_EQ(KindOfFirst(R"(<div class="field field-label-hidden">x</div>)"), Furniture::kNone);
  // The terms a blog post is filed under are no tag list.
  EXPECT_EQ(KindOfFirst(R"(<div class="post type-post tag-floods category-news">x</div>)"),
            Furniture::kNone);
  // An opinion piece is no comment section.
  EXPECT_EQ(KindOfFirst(R"(<div class="news commentary">x</div>)"), Furniture::kNone);
  EXPECT_EQ(KindOfFirst(R"(<div class="kommentar">x</div>)"), Furniture::kNone);
  EXPECT_EQ(KindOfFirst(R"(<div class="kommentare">x</div>)"), Furniture::kComments);
  // Page-state words on the article itself say nothing about it.
  EXPECT_EQ(KindOfFirst(R"(<article class="post tag-politics has-comments">x</article>)"),
            Furniture::kNone);
}

TEST(IsHiddenElement, AgreesWithClassifyElement) {
  for (const char* html :
       {R"(<span class="sr-only">x</span>)", R"(<span class="share hidden">x</span>)",
        R"(<span class="hidden share">x</span>)", R"(<span hidden>x</span>)",
        R"(<span hidden class="share">x</span>)", R"(<a role="navigation" class="hidden">x</a>)",
        R"(<a role="note" class="d-none">x</a>)", R"(<span class="hidden-xs">x</span>)",
        R"(<span class="menu-item visually-hidden">x</span>)",
        R"(<em class="a-very-long-class-word-of-more-than-thirty-bytes screen-reader-text">x</em>)",
        R"(<b id="hide">x</b>)", R"(<i class="plain">x</i>)", "<i>x</i>"}) {
    bool flattened = false;
    const std::string page = std::string("<html><body><p>") + html + "</p></body></html>";
    const auto parsed = ParseHtml(page, &flattened);  // the tree's text is views into page
    const HtmlNode* inline_element = parsed->root;
    while (IsText(inline_element) || HtmlTag(inline_element) == Tag::kUnknown ||
           IsTagOneOf(HtmlTag(inline_element), {Tag::kHtml, Tag::kHead, Tag::kBody, Tag::kP})) {
      inline_element = HtmlTag(inline_element) == Tag::kHead ? inline_element->next_sibling
                                                             : inline_element->first_child;
    }
    EXPECT_EQ(IsHiddenElement(inline_element),
              ClassifyElement(inline_element).kind == Furniture::kHidden)
        << html;
  }
  bool flattened = false;
  const auto parsed =
      ParseHtml(R"(<html><body><span class="x sr-only">x</span></body></html>)", &flattened);
  EXPECT_TRUE(IsHiddenElement(parsed->root->last_child->last_child->first_child));
}

// IsContentMarked of each <div> of |page|, in document order.
std::vector<bool> ContentMarksOfDivs(const std::string& page) {
  bool flattened = false;
  const auto parsed = ParseHtml(page, &flattened);  // the tree's text is views into page
  std::vector<bool> marks;
  struct Collector {
    std::vector<bool>* marks;
    bool Enter(const HtmlNode* node) {
      if (HtmlTag(node) == Tag::kDiv) marks->push_back(IsContentMarked(node));
      return true;
    }
    void Leave(const HtmlNode*) {}
  } collector{&marks};
  Walk(parsed->root, collector);
  return marks;
}

TEST(IsContentMarked, ReadsArticleBodyMarks) {
  EXPECT_EQ(ContentMarksOfDivs(
                R"(<html><body><div itemprop="articleBody">a</div><div class="entry-content">b</div>
         <div class="content">c</div><div class="col wide post-body" id="main">d</div>
         <div class="story-text sidebar">e</div></body></html>)"),
            (std::vector<bool>{true, true, false, true, false}));
}

TEST(ClassifyElement, ACuedWordCountsWhereverItStandsInALongList) {
  // Innocent words of every length to 40 before the cue, and after it: a word is found in
  // the list whatever its place against the list's sixteen-byte steps.
  for (size_t size = 1; size <= 40; ++size) {
    const std::string filler(size, 'x');
    const std::string html = "<div class=\"wrap " + filler + " item-" + filler + " share-bar " +
                             filler + "\" id=\"box" + filler + "\">x</div>";
    EXPECT_EQ(KindOfFirst(html), Furniture::kShare) << html;
    const std::string none = "<div class=\"wrap " + filler + " item-" + filler + "\">x</div>";
    EXPECT_EQ(KindOfFirst(none), Furniture::kNone) << none;
  }
}

TEST(IsContentMarked, FindsAMarkAnywhereInALongList) {
  // The mark at every offset of a list longer than sixteen bytes, first, inside or last; and
  // near-misses; a mark may start or end inside a word ("wrappost-bodytext").
  for (size_t size = 0; size <= 40; ++size) {
    const std::string filler(size, 'o');
    for (const std::string& words :
         {"c" + filler + " entry-content", "entry-content " + filler + " x",
          "wrap" + filler + "post-bodytext", "a " + filler + " story-body"}) {
      const std::string page = "<html><body><div class=\"" + words + "\">a</div><div class=\"" +
                               filler + " entry-contest post-bod " + filler + "\">b</div>" +
                               "</body></html>";
      EXPECT_EQ(ContentMarksOfDivs(page), (std::vector<bool>{true, false})) << words;
    }
  }
}

TEST(ClassifyCueText, ReadsTheOpeningWordsOfShortLines) {
  const struct {
    const char* text;
    Furniture kind;
  } cases[] = {
      {"Related articles", Furniture::kRelated},
      {"» Read more", Furniture::kRelated},
      {"Das könnte Sie auch interessieren", Furniture::kRelated},
      {"Ähnliche Beiträge", Furniture::kRelated},
      {"Comments (3)", Furniture::kComments},
      {"Leave a Reply", Furniture::kComments},
      {"Share this:", Furniture::kShare},
      {"Teilen", Furniture::kShare},
      {"Advertisement", Furniture::kAd},
      {"Subscribe to our newsletter", Furniture::kNewsletter},
      {"We use cookies to improve your experience.", Furniture::kNotice},
      {"Tags: floods, Bosnia", Furniture::kMeta},
      {"About the author", Furniture::kBio},
      {"© 2024 Example News", Furniture::kHeaderFooter},
      {"Back to top", Furniture::kNavigation},
      {"4 min read", Furniture::kMeta},
      {"5 Min. Lesezeit", Furniture::kMeta},
  };
  for (const auto& c : cases) EXPECT_EQ(ClassifyCueText(c.text), c.kind) << c.text;
}

TEST(ClassifyCueText, CaseDoesNotMatterInTheOpening) {
  // Four ASCII letters open most lines and are lowered together; upper case, mixed case, a
  // line shorter than four bytes and openings broken by a space or a non-ASCII letter all read
  // as their lower case.
  for (const char* text : {"RELATED STORIES", "ReLaTeD posts", "Related Posts"}) {
    EXPECT_EQ(ClassifyCueText(text), Furniture::kRelated) << text;
  }
  EXPECT_EQ(ClassifyCueText("TAGS"), Furniture::kMeta);
  EXPECT_EQ(ClassifyCueText("Tags"), Furniture::kMeta);
  EXPECT_EQ(ClassifyCueText("MENU"), Furniture::kNavigation);
  EXPECT_EQ(ClassifyCueText("Men\u00DC"), Furniture::kNavigation);
  EXPECT_EQ(ClassifyCueText("\u00C4HNLICHE ARTIKEL"), Furniture::kRelated);
  EXPECT_EQ(ClassifyCueText("Sign Up"), Furniture::kNewsletter);
  EXPECT_EQ(ClassifyCueText("Home"), Furniture::kNavigation);
  EXPECT_EQ(ClassifyCueText("HOME@WORK"), Furniture::kNone);
  EXPECT_EQ(ClassifyCueText("Homes for sale"), Furniture::kNone);
}

TEST(ClassifyCueText, WhiteSpaceAsThePageHasItCountsAsOneSpace) {
  EXPECT_EQ(ClassifyCueText("\n\t  Related\n\n   articles  \n"), Furniture::kRelated);
  EXPECT_EQ(ClassifyCueText("  \u00BB \n Read\t\tmore "), Furniture::kRelated);
  EXPECT_EQ(ClassifyCueText("\n   Comments \n  (3)\n"), Furniture::kComments);
  // A run of spaces is one space, so a letter after it is as near as after one space.
  EXPECT_EQ(ClassifyCueText("Comments                                                   "
                            "                   were few"),
            Furniture::kNone);
  EXPECT_EQ(ClassifyCueText("Comments \n\n\n were few"), Furniture::kNone);
  // A cue opening a line longer than a label is prose.
  EXPECT_EQ(ClassifyCueText("Related\n one two three four five six seven eight nine ten eleven "
                            "twelve thirteen fourteen fifteen sixteen"),
            Furniture::kNone);
}

TEST(ClassifyCueText, ProseIsNoCue) {
  for (const char* text :
       {"Comments from the minister were few and far between this week.",
        "Related talks continued in Geneva on Monday.", "Shareholders met on Friday.",
        "Subscribers of the service, the company said on Tuesday, will pay more from June, and "
        "those who signed up before will keep their old price for a year.",
        "Tagged animals were released into the river.", "4 minutes later the river rose."}) {
    EXPECT_EQ(ClassifyCueText(text), Furniture::kNone) << text;
  }
}

}  // namespace
}  // namespace sitrep
