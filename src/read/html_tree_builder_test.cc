#include "read/html_tree_builder.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

// The tree as nested tags with text in quotes: "html(head body(p('a')))".
std::string Outline(const HtmlNode* node) {
  std::string out;
  if (IsText(node)) return "'" + std::string(node->text) + "'";
  if (IsElement(node)) out = std::string(node->name) + (node->foreign ? "*" : "");
  if (node->first_child == nullptr) return out;
  out += "(";
  for (const HtmlNode* child = node->first_child; child != nullptr; child = child->next_sibling) {
    if (child != node->first_child) out += " ";
    out += Outline(child);
  }
  return out + ")";
}

std::string Parse(const std::string& html) {
  TreeBuildNotes notes;
  const auto document = BuildHtmlTree(html, &notes);
  return Outline(document->root);
}

// The body's outline only.
std::string Body(const std::string& html) {
  const std::string all = Parse(html);
  const size_t body = all.find("body");
  return body == std::string::npos ? "" : all.substr(body, all.size() - body - 2);
}

// TagOfName reads a name by loads of a few fixed sizes: every length up to the longest name, and
// names that share bytes with a known one, must come out right.
TEST(TagOfName, KnowsEveryNameOfTheListAndNoOther) {
#define SITREP_TAG_CHECK(id, name) EXPECT_EQ(TagOfName(name), Tag::id) << name;
  SITREP_HTML_TAGS(SITREP_TAG_CHECK)
#undef SITREP_TAG_CHECK
  for (const char* other : {"", "x", "ab", "di", "dvi", "divv", "h7", "spam", "sectio", "sections",
                            "blockquot", "blockquotes", "figcaptio", "figcaptionx", "aa", "bb",
                            "tablex", "abcdefghijk", "custom-element"}) {
    EXPECT_EQ(TagOfName(other), Tag::kUnknown) << other;
  }
}

TEST(HtmlTreeBuilder, ImpliesHtmlHeadAndBody) {
  EXPECT_EQ(Parse(""), "(html(head body))");
  EXPECT_EQ(Parse("<title>T</title><p>x"), "(html(head(title('T')) body(p('x'))))");
  // Head elements after the head go into it; white space between stays in <html>.
  EXPECT_EQ(Parse("<html><head></head> <meta name=a><body>b</body></html>"),
            "(html(head(meta) ' ' body('b')))");
  // Text before any body opens it.
  EXPECT_EQ(Parse("<meta charset=utf-8> hello"), "(html(head(meta ' ') body('hello')))");
}

TEST(HtmlTreeBuilder, ClosesWhatStartTagsImply) {
  EXPECT_EQ(Body("<p>a<p>b<div>c</div>"), "body(p('a') p('b') div('c'))");
  EXPECT_EQ(Body("<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>"),
            "body(ul(li('a') li('b')) dl(dt('t') dd('d')))");
  EXPECT_EQ(Body("<h2>a<h3>b</h3>"), "body(h2('a') h3('b'))");
  EXPECT_EQ(Body("<select><option>a<option>b</select>"), "body(select(option('a') option('b')))");
  EXPECT_EQ(Body("<a href=1>a<a href=2>b"), "body(a('a') a('b'))");
}

TEST(HtmlTreeBuilder, HonoursEndTagsOnlyInScope) {
  // </div> inside a cell of a table that the div holds does not reach the div.
  EXPECT_EQ(Body("<div><table><tr><td>a</div>b</td></tr></table>c</div>"),
            "body(div(table(tbody(tr(td('a' 'b')))) 'c'))");
  EXPECT_EQ(Body("<span>a</p>b</span>"), "body(span('a' p 'b'))");
  EXPECT_EQ(Body("<div><span>a</div>b"), "body(div(span('a')) 'b')");
}

TEST(HtmlTreeBuilder, BuildsTablesWithTheirImpliedParts) {
  EXPECT_EQ(Body("<table><td>a<td>b<tr><th>c</table>"),
            "body(table(tbody(tr(td('a') td('b')) tr(th('c')))))");
}

TEST(HtmlTreeBuilder, KeepsVoidElementsEmptyAndReadsRawText) {
  EXPECT_EQ(Body("<p>a<br>b<img src=x>c</p>"), "body(p('a' br 'b' img 'c'))");
  EXPECT_EQ(Body("<textarea>\n<b>x</b></textarea><pre>\n y</pre>"),
            "body(textarea('<b>x</b>') pre(' y'))");
  EXPECT_EQ(Body("<p>x<script type=application/ld+json>a<b</script>y"),
            "body(p('x' script('a<b') 'y'))");
}

TEST(HtmlTreeBuilder, ReadsSvgAsForeignUntilAnHtmlTagBreaksOut) {
  EXPECT_EQ(Body("<svg><title>t</title><path/></svg><p>x"), "body(svg*(title*('t') path*) p('x'))");
  EXPECT_EQ(Body("<svg><g><p>x"), "body(svg*(g*) p('x'))");
  // Integration points are by namespace: MathML's <mi> holds HTML, an SVG element named mi does
  // not (a NUL there is U+FFFD, as in any foreign text, where the body's text drops it).
  EXPECT_EQ(Body(std::string("<svg><mi>\0", 10)), "body(svg*(mi*('\xEF\xBF\xBD')))");
  EXPECT_EQ(Body("<svg><desc><b>x"), "body(svg*(desc*(b('x'))))");
  EXPECT_EQ(Body("<math><desc><b>x"), "body(math*(desc*) b('x'))");
}

TEST(HtmlTreeBuilder, CapsTheDepthWithoutLosingText) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "<p>bottom";
  TreeBuildNotes notes;
  const auto document = BuildHtmlTree(deep, &notes);
  EXPECT_TRUE(notes.flattened);
  // The paragraph still opens, a little deeper than the last container.
  EXPECT_NE(Outline(document->root).find("p('bottom')"), std::string::npos);
  TreeBuildNotes shallow;
  BuildHtmlTree("<div><p>a</div>", &shallow);
  EXPECT_FALSE(shallow.flattened);
}

TEST(HtmlTreeBuilder, LeavesOutWhatNoReaderUses) {
  // Script text but JSON-LD, style sheets, comments, style= and on* attributes.
  EXPECT_EQ(Body("<p>a<script>var x = '<p>';</script>b<!-- c --><style>p{}</style>"),
            "body(p('a' script 'b' style))");
  EXPECT_EQ(Body("<p>a<script type='application/LD+JSON'>{\"x\": 1}</script>"),
            "body(p('a' script('{\"x\": 1}')))");
  // A script ends where the tokenizer ends it: "</scripts>" is text, "<!--<script>" nests.
  EXPECT_EQ(Body("<p><script>a</scripts>b</script >c"), "body(p(script 'c'))");
  EXPECT_EQ(Body("<p><script><!--<script></script>x</script>y"), "body(p(script 'y'))");
  TreeBuildNotes notes;
  const auto document = BuildHtmlTree("<p style='color: red' class=a onclick='go()'>x", &notes);
  const HtmlNode* p = document->root->first_child->last_child->first_child;
  ASSERT_EQ(p->name, "p");
  EXPECT_EQ(p->attribute_count, 1u);
  EXPECT_EQ(Attr(p, "class"), "a");
}

TEST(HtmlTreeBuilder, TheHeadKeepsItsOwnAttributes) {
  // The page's <head> is the head element, attributes and all; a second one is dropped.
  TreeBuildNotes notes;
  const auto document =
      BuildHtmlTree("<!DOCTYPE html><head lang=en prefix='og: x'><head lang=fr><p>x", &notes);
  const HtmlNode* head = document->root->first_child->first_child;
  ASSERT_EQ(head->name, "head");
  EXPECT_EQ(Attr(head, "lang"), "en");
  EXPECT_EQ(Attr(head, "prefix"), "og: x");
}

TEST(HtmlTreeBuilder, FindsEachAttributeByItsName) {
  TreeBuildNotes notes;
  // "class", "id", "lang", "name" and "data-src" share a bit of attribute_names: only the
  // attributes themselves tell them apart.
  const auto document = BuildHtmlTree(
      "<html lang=de><body lang=fr><p class=a id=b data-src=c>x<a href=/y rel=author>y", &notes);
  const HtmlNode* html = document->root->first_child;
  const HtmlNode* body = html->last_child;
  const HtmlNode* p = body->first_child;
  ASSERT_EQ(p->name, "p");
  EXPECT_EQ(Attr(p, "class"), "a");
  EXPECT_EQ(Attr(p, "id"), "b");
  EXPECT_EQ(Attr(p, "data-src"), "c");
  EXPECT_EQ(Attr(p, "lang"), "");
  EXPECT_EQ(Attr(p, "name"), "");
  EXPECT_FALSE(HasAttr(p, "itemprop"));
  EXPECT_FALSE(HasAttr(p, "aria-hidden"));
  const HtmlNode* a = p->last_child;
  EXPECT_EQ(Attr(a, "href"), "/y");
  EXPECT_EQ(Attr(a, "rel"), "author");
  EXPECT_EQ(Attr(a, "class"), "");
  // A second <body> tag adds the attributes the first lacked, and they are found too.
  const auto merged = BuildHtmlTree("<body class=x><p>a</p><body id=y itemprop=z>", &notes);
  const HtmlNode* merged_body = merged->root->first_child->last_child;
  EXPECT_EQ(Attr(merged_body, "class"), "x");
  EXPECT_EQ(Attr(merged_body, "itemprop"), "z");
  EXPECT_EQ(merged_body->class_and_id, "x y ");
  EXPECT_EQ(Attr(html, "lang"), "de");
}

// An element's class and id, lower case with white space as ' ', for long lists too (copied
// sixteen bytes a step): each kind of byte at every position of a long class list.
TEST(HtmlTreeBuilder, LowerCasesClassAndIdAtEveryPosition) {
  TreeBuildNotes notes;
  const std::string base = "Lead-Story mainCol x9 col-MD-8 article__Body Z";
  for (const std::string odd : {"\t", "\n", "\f", " ", "A", "Z", "@", "[", "\u00c9"}) {
    for (size_t at = 0; at <= base.size(); ++at) {
      const std::string value = base.substr(0, at) + odd + base.substr(at);
      const auto doc = BuildHtmlTree("<p class=\"" + value + "\" id=\"Top\tA\">x</p>", &notes);
      const HtmlNode* p = doc->root->first_child->last_child->first_child;
      std::string expected;
      for (const char c : value + " Top\tA ") {
        expected += c == '\t' || c == '\n' || c == '\f' ? ' '
                    : c >= 'A' && c <= 'Z'              ? static_cast<char>(c - 'A' + 'a')
                                                        : c;
      }
      ASSERT_EQ(p->class_and_id, expected) << "at " << at;
    }
  }
}

// Whether the builder says it simplified the standard's rules on |html|.
bool Simplified(const std::string& html) {
  TreeBuildNotes notes;
  BuildHtmlTree(html, &notes);
  return notes.simplified;
}

TEST(HtmlTreeBuilder, MarksWhereItSimplifiesTheStandard) {
  EXPECT_FALSE(Simplified("<p><b>bold</b> <a href=x>link</a></p>"));
  EXPECT_TRUE(Simplified("<b><p>x</b>y</p>"));              // misnested
  EXPECT_TRUE(Simplified("<table>text<tr><td>x</table>"));  // fostered
  // A link opened inside a block inside a link is split by the standard; one after the first
  // closed, or out of its scope, is not.
  EXPECT_TRUE(Simplified("<a href=1>x<div><a href=2>y</a></div></a>"));
  EXPECT_FALSE(Simplified("<a href=1>x</a><div><a href=2>y</a></div><p><a href=3>z"));
}

TEST(HtmlTreeBuilder, OpensAFormOnlyWhenNoneIsOpen) {
  EXPECT_EQ(Body("<form><div><form><p>a</div></form><form>b"), "body(form(div(p('a'))) form('b'))");
}

}  // namespace
}  // namespace sitrep
