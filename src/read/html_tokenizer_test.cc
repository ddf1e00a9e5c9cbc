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
