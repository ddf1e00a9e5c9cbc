#include "read/html_tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep {
namespace {

// The tokens of |html| as short strings: "<p a=1>", "</p>", "'text'", "!doctype".
std::vector<std::string> Tokens(std::string_view html) {
  HtmlArena arena;
  HtmlTokenizer tokenizer(html, &arena);
  std::vector<std::string> out;
  while (true) {
    const HtmlToken token = tokenizer.Next();
    switch (token.type) {
      case HtmlToken::Type::kEnd: return out;
      case HtmlToken::Type::kText: out.push_back("'" + std::string(token.text) + "'"); break;
      case HtmlToken::Type::kDoctype:
        out.emplace_back(token.standards_doctype ? "!html" : "!quirks");
        break;
      case HtmlToken::Type::kEndTag: out.push_back("</" + std::string(token.name) + ">"); break;
      case HtmlToken::Type::kStartTag: {
        std::string tag = "<" + std::string(token.name);
        for (uint32_t i = 0; i < token.attribute_count; ++i) {
          tag += " " + std::string(token.attributes[i].name) + "=" +
                 std::string(token.attributes[i].value);
        }
        out.push_back(tag + (token.self_closing ? "/>" : ">"));
        // What the tree builder would ask for.
        if (token.name == "title")
          tokenizer.SetTextState(HtmlTokenizer::TextState::kRcdata, "title");
        if (token.name == "style")
          tokenizer.SetTextState(HtmlTokenizer::TextState::kRawText, "style");
        if (token.name == "script")
          tokenizer.SetTextState(HtmlTokenizer::TextState::kScript, "script");
        break;
      }
    }
  }
}

using Want = std::vector<std::string>;

TEST(HtmlTokenizer, ReadsTagsAttributesAndText) {
  EXPECT_EQ(Tokens("<!DOCTYPE html><P Class=\"lead\" id=a data-x='1 2' hidden>Hi</P >"),
            (Want{"!html", "<p class=lead id=a data-x=1 2 hidden=>", "'Hi'", "</p>"}));
  // The first of a repeated attribute counts; '/' before '>' closes the tag itself.
  EXPECT_EQ(Tokens("<img src=a.png src=b.png /><br/>"), (Want{"<img src=a.png/>", "<br/>"}));
  // A quoted value may hold '>'; a value runs to white space or '>' unquoted.
  EXPECT_EQ(Tokens("<a title='x>y' href=/a?b=1>go</a>"),
            (Want{"<a title=x>y href=/a?b=1>", "'go'", "</a>"}));
}

TEST(HtmlTokenizer, DecodesCharacterReferences) {
  EXPECT_EQ(
      Tokens("Tom &amp; Jerry &eacute;t&eacute; &#8220;x&#x201D; &#150; &copy 2024"),
      (Want{
          "'Tom & Jerry \xC3\xA9t\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x93 \xC2\xA9 2024'"}));
  // Unknown names and a bare '&' stay as written; "&notit;" is "&not" and "it;".
  EXPECT_EQ(Tokens("a & b &bogus; &notit;"), (Want{"'a & b &bogus; \xC2\xACit;'"}));
  // The first and last names of the table, of the first and last letters, and case told apart.
  EXPECT_EQ(Tokens("&AElig;&Aacute&zwj;&zwnj;&aelig;&Zeta;&zeta;&ZZZ;&zz;"),
            (Want{"'\xC3\x86\xC3\x81\xE2\x80\x8D\xE2\x80\x8C\xC3\xA6\xCE\x96\xCE\xB6&ZZZ;&zz;'"}));
  // In an attribute a legacy name before '=' or a letter is part of a URL's query.
  EXPECT_EQ(Tokens("<a href='?x=1&copy=2&amp;y=3&copyz'>"),
            (Want{"<a href=?x=1&copy=2&y=3&copyz>"}));
  EXPECT_EQ(Tokens("&#0;&#x110000;&#xD800;"), (Want{"'\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD'"}));
}

TEST(HtmlTokenizer, SkipsCommentsAndBogusComments) {
  EXPECT_EQ(Tokens("a<!-- <p> -->b<!---->c<!-->d<?xml x?>e</ x>f</>g"),
            (Want{"'a'", "'b'", "'c'", "'d'", "'e'", "'f'", "'g'"}));
  // '<' that starts no markup is text.
  EXPECT_EQ(Tokens("1 < 2 <3"), (Want{"'1 < 2 <3'"}));
  EXPECT_EQ(Tokens("a</"), (Want{"'a</'"}));
}

TEST(HtmlTokenizer, ReadsTheTextOfTitleStyleAndScriptAsText) {
  EXPECT_EQ(Tokens("<title>A &amp; <b>B</b></title>"),
            (Want{"<title>", "'A & <b>B</b>'", "</title>"}));
  EXPECT_EQ(Tokens("<style>p > a { x: '&amp;' }</style>"),
            (Want{"<style>", "'p > a { x: '&amp;' }'", "</style>"}));
  EXPECT_EQ(Tokens("<script>if (a < b) x = '</scr' + 'ipt>';</script>"),
            (Want{"<script>", "'if (a < b) x = '</scr' + 'ipt>';'", "</script>"}));
  // Inside "<!--", "<script>" opens a run that its own "</script>" ends.
  EXPECT_EQ(Tokens("<script><!--<script></script>x--></script>"),
            (Want{"<script>", "'<!--<script></script>x-->'", "</script>"}));
}

TEST(HtmlTokenizer, NormalisesLineEndsAndDropsATagThePageEndsIn) {
  EXPECT_EQ(Tokens("a\r\nb\rc"), (Want{"'a\nb\nc'"}));
  // A NUL is dropped from text, and is U+FFFD in an attribute.
  EXPECT_EQ(Tokens(std::string_view("a\0b<p title='\0'>", 16)),
            (Want{"'ab'", "<p title=\xEF\xBF\xBD>"}));
  EXPECT_EQ(Tokens("text<p class='open"), (Want{"'text'"}));
}

TEST(HtmlTokenizer, FindsWhatItChangesAnywhereInTextsOfAnyLength) {
  // Texts and values are checked sixteen bytes at a time, the last block overlapping the one
  // before (a text or value that ends within its first block, in that block alone): each byte is
  // put at every place of plain runs (with tabs, line feeds and letters such as "ä", which need no
  // change) of lengths either side of those blocks.
  const std::string filler =
      "ab\tc\xC3\xA4"
      "d\ne fgh\xC3\xA4ijklmnopqrstuvwxyz 0123456789 ABCDEFGHIJ";
  const std::string fffd = "\xEF\xBF\xBD";
  // What the text and the attribute value become for each: NUL is dropped from text alone.
  struct Case {
    std::string in, text, value;
  };
  std::vector<Case> cases = {
      {"\r", "\n", "\n"},
      {"\r\n", "\n", "\n"},
      {std::string(1, '\0'), "", fffd},
      {"\x7F", fffd, fffd},
      {"\xC2\x85", fffd, fffd},      // a C1 control
      {"\xEF\xB7\x90", fffd, fffd},  // noncharacters
      {"\xEF\xBF\xBE", fffd, fffd},
      {"\xF0\x9F\xBF\xBF", fffd, fffd},
      {"&amp;", "&", "&"},
      // Bytes of the kinds tested, but no change.
      {"\xC2\xA0", "\xC2\xA0", "\xC2\xA0"},
      {"\xEF\xBC\x8C", "\xEF\xBC\x8C", "\xEF\xBC\x8C"},
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"& ", "& ", "& "},
      {"\f", "\f", "\f"},
  };
  for (int c = 1; c < 0x20; ++c) {
    if (c != '\t' && c != '\n' && c != '\f' && c != '\r') {
      cases.push_back({std::string(1, static_cast<char>(c)), fffd, fffd});
    }
  }
  for (const Case& test : cases) {
    for (size_t length = 0; length <= 40; ++length) {
      for (size_t at = 0; at <= length; ++at) {
        const std::string before = filler.substr(0, at);
        std::string after = filler.substr(at, length - at);
        // A carriage return before the filler's line feed is one line end with it.
        if (test.in == "\r" && after.starts_with('\n')) after.erase(0, 1);
        const std::string text = "<p>" + before + test.in + after;
        const std::string value = "<p title='" + before + test.in + after + "'>";
        const std::string where = " at " + std::to_string(at) + " of " + std::to_string(length);
        EXPECT_EQ(Tokens(text), (Want{"<p>", "'" + before + test.text + after + "'"})) << where;
        EXPECT_EQ(Tokens(value), (Want{"<p title=" + before + test.value + after + ">"})) << where;
        // With more of the page after the text or the value, a short one is read in one block
        // with the bytes past its end, which must not count for it: "&amp;" there, '&' here.
        EXPECT_EQ(Tokens(text + "<b>&amp;"),
                  (Want{"<p>", "'" + before + test.text + after + "'", "<b>", "'&'"}))
            << where;
        const std::string more = "<p title='" + before + test.in + after + "' alt='&amp;'>x";
        EXPECT_EQ(Tokens(more),
                  (Want{"<p title=" + before + test.value + after + " alt=&>", "'x'"}))
            << where;
      }
    }
  }
}

TEST(HtmlTokenizer, TellsStandardsFromQuirksDoctypes) {
  EXPECT_EQ(Tokens("<!doctype HTML>"), (Want{"!html"}));
  EXPECT_EQ(Tokens("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                   "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"),
            (Want{"!html"}));
  EXPECT_EQ(Tokens("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">"),
            (Want{"!quirks"}));
}

}  // namespace
}  // namespace sitrep
