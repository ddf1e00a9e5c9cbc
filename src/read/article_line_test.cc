#include "read/article_line.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(ParseArticleLine, ThePageUnderTheKeyOfItsFormatWithWhatTheLineSays) {
  ReadOptions defaults;
  defaults.max_bytes = 1234;
  const Result<ArticleLine> html = ParseArticleLine(
      R"({"url": "https://news.example/2023/03/07/a", "html": "<p>Hi</p>", "date": "2023-03-07",)"
      R"( "id": "crawl-17", "fetched": "ignored"})",
      defaults);
  ASSERT_TRUE(html.ok()) << html.status().ToString();
  EXPECT_EQ(html.value().page, "<p>Hi</p>");
  EXPECT_EQ(html.value().options.format, InputFormat::kHtml);
  EXPECT_EQ(html.value().options.url, "https://news.example/2023/03/07/a");
  EXPECT_EQ(html.value().options.date, "2023-03-07");
  EXPECT_EQ(html.value().options.max_bytes, 1234u);
  EXPECT_EQ(html.value().id, "crawl-17");

  const Result<ArticleLine> text =
      ParseArticleLine(R"({"text": "Kyiv said.\nMoscow did not."})", defaults);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text.value().page, "Kyiv said.\nMoscow did not.");
  EXPECT_EQ(text.value().options.format, InputFormat::kText);
  EXPECT_EQ(text.value().id, "");
  const Result<ArticleLine> markdown = ParseArticleLine(R"({"markdown": "# T", "id": 42})", {});
  ASSERT_TRUE(markdown.ok());
  EXPECT_EQ(markdown.value().options.format, InputFormat::kMarkdown);
  EXPECT_EQ(markdown.value().id, "42");
}

TEST(ParseArticleLine, AWindowsEditorsLineAndNonAsciiPagesEitherWay) {
  // A file saved on Windows opens with a byte order mark and ends its lines in "\r\n" (the
  // line reader leaves the "\r"); a page's Cyrillic comes as UTF-8 or as \u escapes alike.
  const Result<ArticleLine> bom =
      ParseArticleLine("\xEF\xBB\xBF{\"text\": \"\\u041a\\u0438\\u0457\\u0432 said.\"}\r", {});
  ASSERT_TRUE(bom.ok()) << bom.status().ToString();
  EXPECT_EQ(bom.value().page, "Київ said.");
  const Result<ArticleLine> utf8 = ParseArticleLine("{\"text\": \"Київ said.\"}\r", {});
  ASSERT_TRUE(utf8.ok()) << utf8.status().ToString();
  EXPECT_EQ(utf8.value().page, bom.value().page);
}

TEST(ParseArticleLine, TheLinesUrlAndDateWinOverTheRunsAndNullIsAbsent) {
  ReadOptions defaults;
  defaults.url = "https://flag.example/";
  defaults.date = "2020-01-01";
  const Result<ArticleLine> own = ParseArticleLine(
      R"({"text": "x", "url": "https://line.example/", "date": "2023-03-07"})", defaults);
  EXPECT_EQ(own.value().options.url, "https://line.example/");
  EXPECT_EQ(own.value().options.date, "2023-03-07");
  const Result<ArticleLine> none = ParseArticleLine(R"({"text": "x", "url": null})", defaults);
  EXPECT_EQ(none.value().options.url, "https://flag.example/");
  EXPECT_EQ(none.value().options.date, "2020-01-01");
  // A crawler's timestamp is a publication time to the second.
  const Result<ArticleLine> stamped =
      ParseArticleLine(R"({"text": "x", "date": "2023-03-07 09:30:00+01:00"})", defaults);
  EXPECT_EQ(stamped.value().options.date, "2023-03-07T09:30:00+01:00");
}

TEST(ParseArticleLine, WhatIsWrongWithABadLine) {
  const std::pair<std::string, std::string> cases[] = {
      {"{\"text\": \"caf\xE9\"}", "not valid UTF-8, as JSON must be"},
      {R"({"text": "unterminated)", "not JSON (at byte 23)"},
      {"", "not JSON (at byte 1)"},
      {R"(["text", "x"])", "not a JSON object"},
      {R"({"url": "https://a.example/"})", "no page: expected \"html\", \"markdown\" or \"text\""},
      {R"({"html": "<p>a</p>", "text": "a"})", "both \"html\" and \"text\": one page a line"},
      {R"({"html": 12})", "\"html\" is not a string"},
      {R"({"text": "x", "url": 7})", "\"url\" is not a string"},
      {R"({"text": "x", "date": "7 March 2023"})",
       "\"date\" wants a date as YYYY-MM-DD, or with its time as YYYY-MM-DDTHH:MM, seconds and "
       "offset optional, not '7 March 2023'"},
      {R"({"text": "x", "date": "2023-02-30"})",
       "\"date\" wants a date as YYYY-MM-DD, or with its time as YYYY-MM-DDTHH:MM, seconds and "
       "offset optional, not '2023-02-30'"},
      {R"({"text": "x", "id": [1]})", "\"id\" is not a string or an integer"},
      {R"({"text": "x", "views": 1e400})", "a number too large to read"},
  };
  for (const auto& [line, message] : cases) {
    const Result<ArticleLine> parsed = ParseArticleLine(line, {});
    ASSERT_FALSE(parsed.ok()) << line;
    EXPECT_EQ(parsed.status().code(), ErrorCode::kParseError) << line;
    EXPECT_EQ(parsed.status().message(), message) << line;
  }
}

TEST(IsJsonLinesName, ByExtensionGzippedOrNot) {
  for (const char* name : {"feed.jsonl", "feed.ndjson", "a/b/FEED.JSONL", "feed.jsonl.gz"}) {
    EXPECT_TRUE(IsJsonLinesName(name)) << name;
  }
  for (const char* name : {"feed.json", "page.html", "-", "jsonl", "feed.jsonl.zst"}) {
    EXPECT_FALSE(IsJsonLinesName(name)) << name;
  }
}

}  // namespace
}  // namespace sitrep
