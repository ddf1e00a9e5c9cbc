#include "resolve/dates.h"

#include <gtest/gtest.h>

#include "segment/sentences.h"

namespace sitrep {
namespace {

Article Analyzed(std::string text, std::string published, std::string url = "") {
  Article a;
  a.text = std::move(text);
  a.published = std::move(published);
  a.url = std::move(url);
  a.paragraphs = {{0, uint32_t(a.text.size())}};
  EXPECT_TRUE(SentenceSegmenter().Run(a).ok());
  EXPECT_TRUE(DatesStage().Run(a).ok());
  return a;
}

TEST(DatesStage, ResolvesAgainstThePublicationDate) {
  const Article a = Analyzed("Kyiv said on Monday it would hold. Talks resume next week.",
                             "2023-03-07T09:30:00+03:00");
  ASSERT_EQ(a.dates.size(), 2u);
  EXPECT_EQ(a.dates[0].span.Of(a.text), "Monday");
  EXPECT_EQ(a.dates[0].value, "2023-03-06");
  EXPECT_EQ(a.dates[0].precision, "day");
  EXPECT_GT(a.dates[0].confidence, 0.0f);
  EXPECT_EQ(a.dates[1].value, "2023-W11");
}

TEST(DatesStage, UnknownDateLeavesRelativeExpressionsUnresolved) {
  const Article a = Analyzed("Kyiv said on Monday it would hold, as on March 1, 2023.", "");
  ASSERT_EQ(a.dates.size(), 2u);
  EXPECT_EQ(a.dates[0].value, "");
  EXPECT_EQ(a.dates[1].value, "2023-03-01");
}

TEST(DatesStage, NumericDatesFollowTheOutletsCountry) {
  const std::string text = "The decree of 3/7/2023 stands.";
  EXPECT_EQ(Analyzed(text, "2023-08-01", "https://www.bbc.co.uk/news/x").dates[0].value,
            "2023-07-03");
  EXPECT_EQ(Analyzed(text, "2023-08-01", "https://www.nytimes.com/x").dates[0].value, "2023-03-07");
  Article us;
  us.language = "en-US";
  us.url = "https://example.co.uk/";
  EXPECT_FALSE(WritesDayFirst(us));
  us.language = "en-GB";
  EXPECT_TRUE(WritesDayFirst(us));
}

TEST(DatesStage, RangesPointAtTheirEnd) {
  const Article a = Analyzed("The festival runs from May 25 to June 1.", "2023-03-07");
  ASSERT_EQ(a.dates.size(), 2u);
  EXPECT_EQ(a.dates[0].range_end, 1);
  EXPECT_EQ(a.dates[1].value, "2023-06-01");
}

TEST(DatesStage, TitleAndCaptionsHaveTheirDates) {
  Article a;
  a.title = "Talks in Doha will end on Friday";
  a.text = "Negotiators met on Monday.";
  a.published = "2023-03-07";
  a.paragraphs = {{0, uint32_t(a.text.size())}};
  a.images.push_back({"", "Delegates arrive in Doha, March 5, 2023.", "AFP"});
  ASSERT_TRUE(SentenceSegmenter().Run(a).ok());
  ASSERT_TRUE(DatesStage().Run(a).ok());
  ASSERT_EQ(a.dates.size(), 3u);
  EXPECT_EQ(a.dates[0].field, TextField::kBody);
  EXPECT_EQ(a.dates[0].value, "2023-03-06");
  EXPECT_EQ(a.dates[1].field, TextField::kTitle);
  EXPECT_EQ(a.dates[1].span.Of(a.title), "Friday");
  EXPECT_EQ(a.dates[1].value, "2023-03-10");
  EXPECT_EQ(a.dates[2].field, TextField::kCaption);
  EXPECT_EQ(a.dates[2].index, 0u);
  EXPECT_EQ(a.dates[2].value, "2023-03-05");
}

TEST(DatesStage, EachSentenceHasTheTimeItIsAbout) {
  const Article a = Analyzed(
      "Russian forces shelled the city on Monday. Three people died. Officials said it was "
      "over.\n\nAid arrived. On Sunday, a convoy left, and it will return next week.",
      "2023-03-07");
  // As one paragraph (Analyzed makes one), then as the two it is written in.
  ASSERT_EQ(a.sentences.size(), 5u);
  EXPECT_EQ(a.sentence_dates[0], 0);  // Monday
  EXPECT_EQ(a.sentence_dates[1], 0);  // carried on within the paragraph
  EXPECT_EQ(a.sentence_dates[4], 1);  // its first date, Sunday, not next week
  Article two = a;
  const uint32_t second = uint32_t(a.text.find("Aid"));
  two.paragraphs = {{0, second - 2}, {second, uint32_t(a.text.size())}};
  ASSERT_TRUE(DatesStage().Run(two).ok());
  EXPECT_EQ(two.sentence_dates[2], 0);
  EXPECT_EQ(two.sentence_dates[3], -1);  // a new paragraph with no date yet: the article's date
  EXPECT_EQ(two.sentence_dates[4], 1);
}

TEST(DatesStage, EmptyArticle) {
  Article a;
  EXPECT_TRUE(DatesStage().Run(a).ok());
  EXPECT_TRUE(a.dates.empty());
}

}  // namespace
}  // namespace sitrep
