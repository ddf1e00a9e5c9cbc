#include "recognise/time_expressions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::timex {
namespace {

std::vector<TimeExpression> Find(const std::string& text, TimeOptions options = {}) {
  TimeScratch scratch;
  std::vector<TimeExpression> out;
  RecogniseTime(text, {0, uint32_t(text.size())}, options, &scratch, &out);
  return out;
}

std::vector<std::string> Texts(const std::string& text) {
  std::vector<std::string> out;
  for (const TimeExpression& x : Find(text)) out.emplace_back(x.span.Of(text));
  return out;
}

using V = std::vector<std::string>;

TEST(TimeExpressions, SpansKeepTheAndModifiersButNotPrepositions) {
  EXPECT_EQ(Texts("Shares fell on Monday, March 6, 2023 in Tokyo."), V{"Monday, March 6, 2023"});
  EXPECT_EQ(Texts("Profit rose in the third quarter of 1998."), V{"the third quarter of 1998"});
  EXPECT_EQ(Texts("The fighting has gone on for months."), V{"months"});
  EXPECT_EQ(Texts("Moscow's more than year-long invasion."), V{"more than year-long"});
  EXPECT_EQ(Texts("It happened late Monday and early Tuesday."),
            (V{"late Monday", "early Tuesday"}));
  EXPECT_EQ(Texts("A U.S. institute said over the weekend."), V{"the weekend"});
  EXPECT_EQ(Texts("Sales rose in the past two months."), V{"the past two months"});
}

TEST(TimeExpressions, ReadingsThatAreUsuallySomethingElseAreDropped) {
  EXPECT_TRUE(Texts("May I ask? They may march, and prices spring back.").empty());
  EXPECT_EQ(Texts("In May they left."), V{"May"});
  EXPECT_TRUE(Texts("Some 2000 troops and 45 tanks crossed.").empty());
  EXPECT_EQ(Texts("It was built in 1820."), V{"1820"});
  EXPECT_TRUE(Texts("Three quarters of voters agreed, a second time.").empty());
  EXPECT_TRUE(Texts("Leaves fall in the Arab Spring protests.").empty());
  EXPECT_TRUE(Texts("Prices are expected to fall further.").empty());
  EXPECT_EQ(Texts("The offensive stalled in fall and resumed in spring."), V({"fall", "spring"}));
}

TEST(TimeExpressions, FieldsOfEachKind) {
  const auto date = Find("It ended on March 7, 2023.");
  ASSERT_EQ(date.size(), 1u);
  EXPECT_EQ(date[0].year, 2023);
  EXPECT_EQ(date[0].month, 3);
  EXPECT_EQ(date[0].day, 7);
  const auto ago = Find("They left two days ago.");
  ASSERT_EQ(ago.size(), 1u);
  EXPECT_EQ(ago[0].count, 2);
  EXPECT_EQ(ago[0].unit, kDayUnit);
  EXPECT_EQ(ago[0].shift, -1);
  const auto set = Find("They meet every Monday.");
  ASSERT_EQ(set.size(), 1u);
  EXPECT_EQ(set[0].kind, Kind::kSet);
  EXPECT_EQ(set[0].weekday, 1);
  const auto time = Find("The blast came at 10:30 p.m. EST.");
  ASSERT_EQ(time.size(), 1u);
  EXPECT_EQ(time[0].hour, 22);
  EXPECT_EQ(time[0].minute, 30);
  EXPECT_EQ(time[0].span.Of("The blast came at 10:30 p.m. EST."), "10:30 p.m. EST");
}

TEST(TimeExpressions, NumericDatesFollowTheLocale) {
  const auto us = Find("Filed 3/7/2023.");
  ASSERT_EQ(us.size(), 1u);
  EXPECT_EQ(us[0].month, 3);
  EXPECT_EQ(us[0].day, 7);
  const auto uk = Find("Filed 3/7/2023.", {.day_first = true});
  EXPECT_EQ(uk[0].month, 7);
  EXPECT_EQ(uk[0].day, 3);
  EXPECT_EQ(Find("Filed 25/12/2023.")[0].month, 12);  // 25 is no month, whatever the locale
  EXPECT_EQ(Find("Filed 07.03.2023.")[0].month, 3);   // dots: day first
  EXPECT_EQ(Find("Filed 2023-03-07.")[0].day, 7);
}

TEST(TimeExpressions, RangesLinkTheirEnds) {
  const std::string text = "The festival runs from May 25 to June 1.";
  const auto found = Find(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].span.Of(text), "May 25");
  EXPECT_EQ(found[0].range_end, 1);
  EXPECT_EQ(found[1].range_end, -1);
  const auto between = Find("Prices rose between 1990 and 1995.");
  ASSERT_EQ(between.size(), 2u);
  EXPECT_EQ(between[0].range_end, 1);
  const std::string days = "Talks were held May 25-27 in Doha.";
  const auto day_range = Find(days);
  ASSERT_EQ(day_range.size(), 2u);
  EXPECT_EQ(day_range[0].span.Of(days), "May 25");
  EXPECT_EQ(day_range[1].span.Of(days), "27");
  EXPECT_EQ(day_range[0].range_end, 1);
  EXPECT_EQ(day_range[1].month, 5);
  const auto unlinked = Find("It was 1990 and 1995 was worse.");
  ASSERT_EQ(unlinked.size(), 2u);
  EXPECT_EQ(unlinked[0].range_end, -1);
}

TEST(TimeExpressions, TenseOfTheClauseIsKept) {
  EXPECT_EQ(Find("Ukraine vowed Monday to fight.")[0].tense, Tense::kPast);
  EXPECT_EQ(Find("They will meet on Friday.")[0].tense, Tense::kFuture);
}

TEST(TimeExpressions, EmptyAndOddInput) {
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("   \n ").empty());
  EXPECT_TRUE(Find(std::string(5000, '-')).empty());
  EXPECT_TRUE(Find("the the the of of , , ,").empty());
  EXPECT_EQ(Find("Monday").size(), 1u);
}

}  // namespace
}  // namespace sitrep::timex
