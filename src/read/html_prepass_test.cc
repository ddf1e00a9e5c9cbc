#include "read/html_prepass.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep {
namespace {

std::string Prepass(std::string_view html) {
  std::string out;
  EXPECT_FALSE(PrepassHtml(html, &out).flattened) << html;
  return out;
}

TEST(HtmlPrepass, EmptiesScriptsButJsonLd) {
  EXPECT_EQ(Prepass("<p>a<script>var x = '<p>';</script>b"), "<p>a<script></script>b");
  EXPECT_EQ(Prepass("<script type=\"application/ld+json\">{\"a\": 1}</script>"),
            "<script type=\"application/ld+json\">{\"a\": 1}</script>");
  EXPECT_EQ(Prepass("<script TYPE='Application/LD+JSON'>{}</script>"),
            "<script TYPE='Application/LD+JSON'>{}</script>");
  // Only the parser decodes a character reference, so such a type keeps its text.
  EXPECT_EQ(Prepass("<script type=ld&#43;json>{}</script>"),
            "<script type=ld&#43;json>{}</script>");
}

TEST(HtmlPrepass, ScriptsEndWhereTheTokenizerEndsThem) {
  // "</script" ends a script only before white space, '/' or '>'.
  EXPECT_EQ(Prepass("<script>a</scripts>b</script >c"), "<script></script >c");
  // Inside "<!--", a "<script>" opens a run that its own "</script>" ends, not the script.
  EXPECT_EQ(Prepass("<script><!--<script></script>x</script>y"), "<script></script>y");
  EXPECT_EQ(Prepass("<script><!--<script>--></script>y"), "<script></script>y");
  EXPECT_EQ(Prepass("<script><!--x--></script>y"), "<script></script>y");
  // At the end of the page a script takes the rest.
  EXPECT_EQ(Prepass("<p>a<script>b</script"), "<p>a<script>");
}

TEST(HtmlPrepass, EmptiesStyleSheetsAndKeepsOtherRawText) {
  EXPECT_EQ(Prepass("<style>p { color: red }</style><p>a"), "<style></style><p>a");
  EXPECT_EQ(Prepass("<title>a <b> c</title>"), "<title>a <b> c</title>");
  EXPECT_EQ(Prepass("<textarea><!-- x --></textarea>"), "<textarea><!-- x --></textarea>");
}

TEST(HtmlPrepass, DropsCommentsWithoutJoiningMarkup) {
  EXPECT_EQ(Prepass("<p>a <!-- x --> b</p><!----><p>c"), "<p>a  b</p><p>c");
  EXPECT_EQ(Prepass("<!-->x<!--->y<!-- a --!>z"), "x<!---->y<!---->z");
  // Text runs that the comment separated could join into a tag or a character reference.
  EXPECT_EQ(Prepass("<<!-- -->p>&am<!-- -->p;"), "<<!---->p>&am<!---->p;");
}

TEST(HtmlPrepass, DropsStyleAndEventAttributes) {
  EXPECT_EQ(Prepass("<p style=\"color: red\" class=a onclick='go()'>x"), "<p class=a>x");
  // "a.jpg/" would be the value: a white space stays before the "/>".
  EXPECT_EQ(Prepass("<img src=a.jpg STYLE=x onLoad=\"y\"/>"), "<img src=a.jpg />");
  EXPECT_EQ(Prepass("<p a=\"1\"style=\"x\">"), "<p a=\"1\">");
  EXPECT_EQ(Prepass("<p style=\"x\"b c onclick='y'd>"), "<p b c d>");
  EXPECT_EQ(Prepass("<p a=\"1\"style=\"x\"b>"), "<p a=\"1\"b>");
  EXPECT_EQ(Prepass("<p a=1 style=\"x\"/b>"), "<p a=1 /b>");
  // A '>' inside a quoted value does not end the tag.
  EXPECT_EQ(Prepass("<p title=\"a>b\" style=\"c>d\">e"), "<p title=\"a>b\">e");
  // "<p />" would be self-closing, which "<p / style=x>" is not.
  EXPECT_EQ(Prepass("<p / style=x>"), "<p / style=x>");
  EXPECT_EQ(Prepass("<p style=x/>y"), "<p>y");
  EXPECT_EQ(Prepass("<p a style=\"x\" =\"b\">"), "<p a style=\"x\" =\"b\">");
  // So is a tag with a NUL in it, which gumbo reads in ways of its own.
  const std::string with_nul("<p a\0 style=x>", 14);
  EXPECT_EQ(Prepass(with_nul), with_nul);
  // A tag that repeats an attribute is left as written.
  EXPECT_EQ(Prepass("<p a=1 style=x A=2>"), "<p a=1 style=x A=2>");
}

TEST(HtmlPrepass, EmptiesSvgDrawings) {
  EXPECT_EQ(
      Prepass("<p>a<svg viewBox=\"0 0 1 1\"><g><path d=\"M0\"/><text>Share</text></g></svg>b"),
      "<p>a<svg viewBox=\"0 0 1 1\"></svg>b");
  EXPECT_EQ(Prepass("<svg><svg></svg><!-- </svg> --></svg>x"), "<svg></svg>x");
  // HTML inside a drawing, and a drawing that never ends, are the parser's to place.
  EXPECT_EQ(Prepass("<svg><p>a</svg>b"), "<svg><p>a</svg>b");
  EXPECT_EQ(Prepass("<svg><foreignObject><p>a</p></foreignObject></svg>"),
            "<svg><foreignObject><p>a</p></foreignObject></svg>");
  EXPECT_EQ(Prepass("<svg><g>"), "<svg><g>");
}

TEST(HtmlPrepass, LeavesThePageFromSvgThatIsNotAWholeDrawingOnAsWritten) {
  EXPECT_EQ(Prepass("<p>a<!-- b --><svg><g><!-- c --><title>d</title><script>e</script></g><p>f"
                    "<!-- g --><math></math><script>h</script>"),
            "<p>a<!----><svg><g><!-- c --><title>d</title><script>e</script></g><p>f"
            "<!-- g --><math></math><script>h</script>");
}

TEST(HtmlPrepass, StopsCuttingWhereItCannotTellHtmlFromSvg) {
  // A <font> in SVG leaves it or not by its attributes, which the scan does not weigh.
  EXPECT_EQ(Prepass("<svg><g><font><script>x</script><!-- y -->"),
            "<svg><g><font><script>x</script><!-- y -->");
}

TEST(HtmlPrepass, FlattensDeepMarkupAndSaysSo) {
  std::string deep;
  for (size_t i = 0; i < kMaxHtmlDepth + 10; ++i) deep += "<div>";
  std::string out;
  EXPECT_TRUE(PrepassHtml(deep + "x<script>y</script>", &out).flattened);
  std::string kept;
  for (size_t i = 0; i < kMaxHtmlDepth; ++i) kept += "<div>";
  EXPECT_EQ(out, kept + "x<script></script>");
}

}  // namespace
}  // namespace sitrep
