#include "resolve/time_resolution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::timex {
namespace {

// One case: in |sentence| of an article dated |dct| ("" = unknown), the expression |text| is
// |type| with |value|.
struct Case {
  const char* dct;
  const char* sentence;
  const char* text;
  const char* type;
  const char* value;
};

// Every expression of |sentence|, resolved in order against |dct|.
std::vector<std::pair<std::string, ResolvedTime>> ResolveAll(const std::string& dct,
                                                             const std::string& sentence) {
  TimeScratch scratch;
  std::vector<TimeExpression> found;
  RecogniseTime(sentence, {0, uint32_t(sentence.size())}, {}, &scratch, &found);
  TimeResolver resolver(ParseIsoDate(dct));
  std::vector<std::pair<std::string, ResolvedTime>> out;
  for (const TimeExpression& x : found) {
    out.emplace_back(std::string(x.span.Of(sentence)), resolver.Resolve(x));
  }
  return out;
}

void Check(const Case& c) {
  SCOPED_TRACE(std::string(c.sentence) + " [" + c.dct + "]");
  for (const auto& [text, r] : ResolveAll(c.dct, c.sentence)) {
    if (text != c.text) continue;
    EXPECT_EQ(r.type, c.type);
    EXPECT_EQ(r.value, c.value);
    return;
  }
  ADD_FAILURE() << "'" << c.text << "' not found";
}

// The article of the example is dated Tuesday 2023-03-07.
constexpr const char* kTue = "2023-03-07";

TEST(TimeResolution, WeekdaysByTense) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "Bids are due by 5 p.m. EST March 9.", "5 p.m. EST March 9", "TIME",
            "2023-03-09T17:00"},
           {kTue, "Ukraine vowed Monday to bolster its defenses.", "Monday", "DATE", "2023-03-06"},
           {kTue, "Shoigu spoke at a meeting on Tuesday.", "Tuesday", "DATE", "2023-03-07"},
           {kTue, "Talks took place on Sunday.", "Sunday", "DATE", "2023-03-05"},
           {kTue, "Officials said on Wednesday that it was over.", "Wednesday", "DATE",
            "2023-03-01"},
           {kTue, "The leaders will meet on Friday.", "Friday", "DATE", "2023-03-10"},
           {kTue, "They will vote on Tuesday.", "Tuesday", "DATE", "2023-03-14"},
           {kTue, "The report came out last Friday.", "last Friday", "DATE", "2023-03-03"},
           {kTue, "Talks resume next Monday.", "next Monday", "DATE", "2023-03-13"},
           {kTue, "Zelensky spoke late Monday.", "late Monday", "DATE", "2023-03-06"},
           {kTue, "He spoke on Monday night.", "Monday night", "TIME", "2023-03-06TNI"},
           {kTue, "The blast came at 10:30 a.m. Monday.", "10:30 a.m. Monday", "TIME",
            "2023-03-06T10:30"},
           {kTue, "The curfew began at 9 p.m.", "9 p.m.", "TIME", "2023-03-07T21:00"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, TheFutureSeenFromAReport) {
  for (const Case& c : std::initializer_list<Case>{
           // After the article's date, but a plan for "Tuesday" made on a Tuesday is today's.
           {kTue, "The crew planned to leave the port on Thursday.", "Thursday", "DATE",
            "2023-03-09"},
           {kTue, "The minister said she would fly to Kyiv on Tuesday.", "Tuesday", "DATE",
            "2023-03-07"},
           {kTue, "A convoy could reach the city as early as Friday.", "Friday", "DATE",
            "2023-03-10"},
           {kTue, "Talks are set to resume Monday in Geneva.", "Monday", "DATE", "2023-03-13"},
           {kTue, "Officials postponed the vote until Wednesday.", "Wednesday", "DATE",
            "2023-03-08"},
           // A deadline month is the coming one; a past perfect looks back.
           {"2023-10-20", "The bank gave the firm until mid-November to answer.", "mid-November",
            "DATE", "2023-11"},
           {kTue, "The parties are supposed to reach a deal by May.", "May", "DATE", "2023-05"},
           {kTue, "Eight countries had ratified it by Friday.", "Friday", "DATE", "2023-03-03"},
       }) {
    Check(c);
  }
}

// The value of |text| among the expressions of |sentences|, resolved in order against |dct|.
std::string ValueIn(const std::string& dct, const std::string& sentences, const std::string& text) {
  for (const auto& [t, r] : ResolveAll(dct, sentences)) {
    if (t == text) return r.value;
  }
  return "'" + text + "' not found";
}

TEST(TimeResolution, TheStorysOwnTime) {
  // Placed by the last day, month or year the text named, not the article's date.
  const std::string story =
      "The dam was built on May 22, 2015. The next morning engineers came, and the following "
      "year it cracked; later that year the lake was drained. A guard said he heard it at 3 "
      "a.m.";
  EXPECT_EQ(ValueIn(kTue, story, "The next morning"), "2015-05-23TMO");
  EXPECT_EQ(ValueIn(kTue, story, "the following year"), "2016");
  EXPECT_EQ(ValueIn(kTue, story, "later that year"), "2016");
  EXPECT_EQ(ValueIn(kTue, story, "3 a.m."), "2015-05-23T03:00");
  EXPECT_EQ(ValueIn(kTue, "In March 2021 the port closed. The following month it reopened.",
                    "The following month"),
            "2021-04");
  EXPECT_EQ(ValueIn(kTue, "Shelling began on Feb. 24. Later that day, the airport was hit.",
                    "Later that day"),
            "2023-02-24");
  EXPECT_EQ(ValueIn(kTue, "Sales fell in the second quarter; that quarter was the worst.",
                    "that quarter"),
            "2022-Q2");
  // With no time named yet, these fall back on the article's date; "next week" alone is always
  // the article's.
  EXPECT_EQ(ValueIn(kTue, "They met that day.", "that day"), "2023-03-07");
  EXPECT_EQ(ValueIn(kTue, "The blast was on Feb. 2. Talks resume next week.", "next week"),
            "2023-W11");
  EXPECT_EQ(ValueIn(kTue, "The curfew began at 9 p.m.", "9 p.m."), "2023-03-07T21:00");
}

TEST(TimeResolution, AMonthWithNoTenseCueIsInThePast) {
  for (const Case& c : std::initializer_list<Case>{
           // Nearer ahead than behind, but news reports what happened.
           {"2023-10-25", "In January, a week after the floods, the dam gave way.", "January",
            "DATE", "2023-01"},
           {"2023-10-25", "Sales of the new phone, launched in April, lagged.", "April", "DATE",
            "2023-04"},
           // A month or two ahead with no cue is the coming one.
           {"2023-10-25", "Results for the year, due in December, matter.", "December", "DATE",
            "2023-12"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, DaysAndPartsOfDayAroundTheArticle) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "A U.S.-based institute said over the weekend.", "the weekend", "DATE",
            "2023-W09-WE"},
           {kTue, "Missiles hit Kyiv yesterday.", "yesterday", "DATE", "2023-03-06"},
           {kTue, "Today the council meets.", "Today", "DATE", "2023-03-07"},
           {kTue, "The summit is tomorrow.", "tomorrow", "DATE", "2023-03-08"},
           {kTue, "Shelling continued overnight.", "overnight", "TIME", "2023-03-07TNI"},
           {kTue, "She will speak tonight.", "tonight", "TIME", "2023-03-07TNI"},
           {kTue, "The city was shelled this morning.", "this morning", "TIME", "2023-03-07TMO"},
           {kTue, "Sirens sounded last night.", "last night", "TIME", "2023-03-06TNI"},
           {kTue, "Power returned yesterday afternoon.", "yesterday afternoon", "TIME",
            "2023-03-06TAF"},
           {kTue, "The town fell two days ago.", "two days ago", "DATE", "2023-03-05"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, WeeksMonthsYearsRelativeToTheArticle) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "Prices rose last week.", "last week", "DATE", "2023-W09"},
           {kTue, "Exports fell this week.", "this week", "DATE", "2023-W10"},
           {kTue, "Talks are planned for next week.", "next week", "DATE", "2023-W11"},
           {kTue, "Inflation eased last month.", "last month", "DATE", "2023-02"},
           {kTue, "He resigned earlier this month.", "earlier this month", "DATE", "2023-03"},
           {kTue, "The law passed last year.", "last year", "DATE", "2022"},
           {kTue, "Elections are due next year.", "next year", "DATE", "2024"},
           {kTue, "Growth will slow this year.", "this year", "DATE", "2023"},
           {kTue, "The deal was signed three weeks ago.", "three weeks ago", "DATE", "2023-W07"},
           {kTue, "Troops left six months ago.", "six months ago", "DATE", "2022-09"},
           {kTue, "The war began a year ago.", "a year ago", "DATE", "2022"},
           {kTue, "The plant closed a decade ago.", "a decade ago", "DATE", "201"},
           {kTue, "Rates will rise early next year.", "early next year", "DATE", "2024"},
           {kTue, "It started late last year.", "late last year", "DATE", "2022"},
           {kTue, "The offensive began last fall.", "last fall", "DATE", "2022-FA"},
           {kTue, "Harvests will be poor this summer.", "this summer", "DATE", "2023-SU"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, YearBoundariesAndLeapDays) {
  for (const Case& c : std::initializer_list<Case>{
           {"2023-01-05", "The blast on Dec. 28 killed two.", "Dec. 28", "DATE", "2022-12-28"},
           {"2022-12-28", "The law takes effect on Jan. 3.", "Jan. 3", "DATE", "2023-01-03"},
           {"2023-01-02", "They met last week.", "last week", "DATE", "2022-W52"},
           {"2021-01-03", "Cases rose this week.", "this week", "DATE", "2020-W53"},
           {"2023-01-10", "Sales fell last month.", "last month", "DATE", "2022-12"},
           {"2023-01-10", "Sales fell last year.", "last year", "DATE", "2022"},
           {"2023-12-31", "Talks resume next week.", "next week", "DATE", "2024-W01"},
           {"2023-12-31", "Talks resume tomorrow.", "tomorrow", "DATE", "2024-01-01"},
           {"2024-03-01", "The meeting was on Feb. 29.", "Feb. 29", "DATE", "2024-02-29"},
           {"2024-03-01", "It rained yesterday.", "yesterday", "DATE", "2024-02-29"},
           {"2023-03-01", "It rained yesterday.", "yesterday", "DATE", "2023-02-28"},
           {"2024-02-29", "The firm was founded a year ago.", "a year ago", "DATE", "2023"},
           {"2024-02-29", "It rained two days ago.", "two days ago", "DATE", "2024-02-27"},
           {"2024-02-29", "It will rain tomorrow.", "tomorrow", "DATE", "2024-03-01"},
           {"2024-01-03", "They met on Friday.", "Friday", "DATE", "2023-12-29"},
           {"2023-12-30", "They will meet on Tuesday.", "Tuesday", "DATE", "2024-01-02"},
           {"2023-01-15", "The storm hit in December.", "December", "DATE", "2022-12"},
           {"2023-11-20", "Polls open in January.", "January", "DATE", "2024-01"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, CalendarDatesAndPeriods) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "It opened on March 7, 2023.", "March 7, 2023", "DATE", "2023-03-07"},
           {kTue, "It opened on 7 March 2023.", "7 March 2023", "DATE", "2023-03-07"},
           {kTue, "Work ended on the 1st of May 2022.", "the 1st of May 2022", "DATE",
            "2022-05-01"},
           {kTue, "Prices peaked in March 2022.", "March 2022", "DATE", "2022-03"},
           {kTue, "Results were released on Sept. 30.", "Sept. 30", "DATE", "2022-09-30"},
           {kTue, "The vote will take place on April 2.", "April 2", "DATE", "2023-04-02"},
           {kTue, "Troops must withdraw by mid-March.", "mid-March", "DATE", "2023-03"},
           {kTue, "It was founded in 2014.", "2014", "DATE", "2014"},
           {kTue, "Prices doubled in the 1990s.", "the 1990s", "DATE", "199"},
           {kTue, "It began in the mid-1990s.", "the mid-1990s", "DATE", "199"},
           {kTue, "Music of the '80s returned.", "the '80s", "DATE", "198"},
           {kTue, "Wars of the 21st century differ.", "the 21st century", "DATE", "20"},
           {kTue, "Profit rose in the third quarter of 1998.", "the third quarter of 1998", "DATE",
            "1998-Q3"},
           {kTue, "Sales grew in the first half of 2022.", "the first half of 2022", "DATE",
            "2022-H1"},
           {kTue, "Crops failed in summer 1998.", "summer 1998", "DATE", "1998-SU"},
           {kTue, "Filed on 2023-03-07.", "2023-03-07", "DATE", "2023-03-07"},
           {kTue, "Filed on 07.03.2023.", "07.03.2023", "DATE", "2023-03-07"},
           {kTue, "Filed on 3/6/2023.", "3/6/2023", "DATE", "2023-03-06"},
           {kTue, "It ended on Christmas Day 2022.", "Christmas Day 2022", "DATE", "2022-12-25"},
           {"2023-11-01", "Families will gather on Thanksgiving.", "Thanksgiving", "DATE",
            "2023-11-23"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, SpokenYearsSeasonsAndNearDays) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "It ended in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"},
           {kTue, "Talks stalled in mid-1996.", "mid-1996", "DATE", "1996"},
           {kTue, "The vote came at noon Thursday.", "noon Thursday", "TIME", "2023-03-02T12:00"},
           {kTue, "Profit fell in the 1988 third quarter.", "the 1988 third quarter", "DATE",
            "1988-Q3"},
           {kTue, "Snow fell last winter.", "last winter", "DATE", "2022-WI"},
           {"2023-01-20", "Snow fell last winter.", "last winter", "DATE", "2021-WI"},
           {"2023-10-20", "Snow fell last spring.", "last spring", "DATE", "2023-SP"},
           {"2023-10-20", "Crops will be sown next spring.", "next spring", "DATE", "2024-SP"},
           // A day just ahead of the article is that one, though the clause is past.
           {"1989-10-26", "The company said it paid on Dec. 15.", "Dec. 15", "DATE", "1989-12-15"},
           {kTue, "Prices peaked in the January of 2022.", "the January of 2022", "DATE",
            "2022-01"},
       }) {
    Check(c);
  }
  // "twenty four" alone is a number, not a time.
  EXPECT_TRUE(ResolveAll(kTue, "He counted twenty four boats.").empty());
}

TEST(TimeResolution, QuartersFollowTheArticlesOwnQuarter) {
  const auto found = ResolveAll("1989-10-26",
                                "Third-quarter profit rose, and a year earlier it fell; "
                                "the year-earlier quarter was weak.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].second.value, "1989-Q3");
  EXPECT_EQ(found[1].second.value, "1988-Q3");
  EXPECT_EQ(found[2].second.value, "1988-Q3");
  Check({"1989-10-26", "Profit fell in the latest quarter.", "the latest quarter", "DATE",
         "1989-Q3"});
}

TEST(TimeResolution, ThePeriodAReportCovers) {
  // After a quarter is named, "the 2022 period" and "last year's quarter" are that quarter of
  // the year said; "the latest period" is the quarter itself.
  const auto found = ResolveAll("2023-04-27",
                                "First-quarter sales rose 5%, against the 2022 period; last "
                                "year's quarter was weak, and the latest period had no gains.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].second.value, "2023-Q1");
  EXPECT_EQ(found[1].first, "the 2022 period");
  EXPECT_EQ(found[1].second.value, "2022-Q1");
  EXPECT_EQ(found[2].first, "last year's quarter");
  EXPECT_EQ(found[2].second.value, "2022-Q1");
  EXPECT_EQ(found[3].second.value, "2023-Q1");
  for (const Case& c : std::initializer_list<Case>{
           {"2023-10-26", "In this year's third quarter, net rose.", "this year's third quarter",
            "DATE", "2023-Q3"},
           {"2023-10-26", "Output should recover in next year's first quarter.",
            "next year's first quarter", "DATE", "2024-Q1"},
           {"2023-10-26", "It lost money in the 2022 second quarter.", "the 2022 second quarter",
            "DATE", "2022-Q2"},
           // With no quarter named yet, the latest period is the last quarter over.
           {"2023-10-26", "Margins widened in the latest period.", "the latest period", "DATE",
            "2023-Q3"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, AYearBeforeANounIsThatYear) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "The 2014 annexation changed the map.", "2014", "DATE", "2014"},
           {kTue, "Critics cite its 1991 declaration of independence.", "1991", "DATE", "1991"},
           {kTue, "A 2019 law banned the party.", "2019", "DATE", "2019"},
           {kTue, "The army sent 2000 troops to the front.", "", "", ""},
       }) {
    if (*c.text == 0) {
      EXPECT_TRUE(ResolveAll(c.dct, c.sentence).empty()) << c.sentence;
      continue;
    }
    Check(c);
  }
  EXPECT_EQ(
      ResolveAll("1989-10-26", "Its current chairman, in the current quarter.")[0].second.value,
      "PRESENT_REF");
}

TEST(TimeResolution, Durations) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "Fighting has raged for months.", "months", "DURATION", "PXM"},
           {kTue, "Moscow's more than year-long invasion.", "more than year-long", "DURATION",
            "P1Y"},
           {kTue, "A year-long invasion.", "year-long", "DURATION", "P1Y"},
           {kTue, "The siege lasted two weeks.", "two weeks", "DURATION", "P2W"},
           {kTue, "He was held for 16 hours.", "16 hours", "DURATION", "PT16H"},
           {kTue, "Sales rose in the past two months.", "the past two months", "DURATION", "P2M"},
           {kTue, "Rates stay low for the next three years.", "the next three years", "DURATION",
            "P3Y"},
           {kTue, "It took a few days.", "a few days", "DURATION", "PXD"},
           {kTue, "A five-year plan passed.", "five-year", "DURATION", "P5Y"},
           {kTue, "They waited for 10 minutes.", "10 minutes", "DURATION", "PT10M"},
           {kTue, "Stocks fell in the last twenty four hours.", "the last twenty four hours",
            "DURATION", "PT24H"},
           // Decades and centuries in years, as ISO 8601 writes them.
           {kTue, "The trial lasted a decade.", "a decade", "DURATION", "P10Y"},
           {kTue, "Rates were last this low almost two decades ago, for two decades.",
            "two decades", "DURATION", "P20Y"},
           {kTue, "The church stood for three centuries.", "three centuries", "DURATION", "P300Y"},
           {kTue, "The ceasefire holds for two more weeks.", "two more weeks", "DURATION", "P2W"},
           {kTue, "The lease runs at least 20 more years.", "20 more years", "DURATION", "P20Y"},
           {kTue, "Prices may stay high for a couple of years.", "a couple of years", "DURATION",
            "P2Y"},
           // The twelve months a report covers.
           {"2023-10-26", "Net rose in the year ended June 30.", "the year", "DURATION", "P1Y"},
           {"2023-10-26", "It expects a loss for the fiscal year ending March 31.",
            "the fiscal year", "DURATION", "P1Y"},
           {kTue, "The strike lasted about three months.", "about three months", "DURATION", "P3M"},
       }) {
    Check(c);
  }
  EXPECT_EQ(ResolveAll(kTue, "for more than two years")[0].second.mod, "MORE_THAN");
}

TEST(TimeResolution, SetsAndReferences) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"},
           {kTue, "The paper appears daily.", "daily", "SET", "P1D"},
           {kTue, "Reports are filed each year.", "each year", "SET", "P1Y"},
           {kTue, "Buses come every two weeks.", "every two weeks", "SET", "P2W"},
           {kTue, "Prices are set twice a year.", "twice a year", "SET", "P1Y"},
           {kTue, "Guards walk every morning.", "every morning", "SET", "XXXX-XX-XXTMO"},
           {kTue, "Trains run on Sundays.", "Sundays", "SET", "XXXX-WXX-7"},
           {kTue, "Prices are high now.", "now", "DATE", "PRESENT_REF"},
           {kTue, "He recently resigned.", "recently", "DATE", "PAST_REF"},
           {kTue, "It may change in the future.", "the future", "DATE", "FUTURE_REF"},
           {kTue, "Wages rose in recent years.", "recent years", "DURATION", "PXY"},
           {kTue, "Rates will stay low in the near future.", "the near future", "DATE",
            "FUTURE_REF"},
           {kTue, "Profits will suffer in the short term.", "the short term", "DATE", "FUTURE_REF"},
           {kTue, "Over the long term, prices rise.", "the long term", "DATE", "FUTURE_REF"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, RangesResolveBothEnds) {
  const auto found = ResolveAll(kTue, "The festival runs from May 25 to June 1.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].second.value, "2023-05-25");
  EXPECT_EQ(found[1].second.value, "2023-06-01");
  // A day range within one month: "May 25-27", with an en dash, with the year after it.
  for (const char* sentence : {"The fair runs May 25-27.", "The fair runs May 25\u201327.",
                               "The fair ran May 25-27, 2022.", "The fair runs May 25 to 27."}) {
    SCOPED_TRACE(sentence);
    const auto days = ResolveAll(kTue, sentence);
    ASSERT_EQ(days.size(), 2u);
    EXPECT_EQ(days[0].first, "May 25");
    EXPECT_EQ(days[1].first.substr(0, 2), "27");
    const bool past = std::string(sentence).find("2022") != std::string::npos;
    EXPECT_EQ(days[0].second.value, past ? "2022-05-25" : "2023-05-25");
    EXPECT_EQ(days[1].second.value, past ? "2022-05-27" : "2023-05-27");
  }
  // A number after the dash that counts something else is no day.
  for (const auto& [text, r] : ResolveAll(kTue, "Since May 25, 20 to 30 people crossed.")) {
    EXPECT_EQ(text, "May 25");
  }
  const auto years = ResolveAll(kTue, "Prices rose between 1990 and 1995.");
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[1].second.value, "1995");
}

TEST(TimeResolution, HalvesLaterAndYearsInWords) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"},
           {kTue, "He served 2 1/2 years in prison.", "2 1/2 years", "DURATION", "P2Y6M"},
           {kTue, "The talks lasted an hour and a half.", "an hour and a half", "DURATION",
            "PT1H30M"},
           {kTue, "The siege lasted a year and a half.", "a year and a half", "DURATION", "P1Y6M"},
           {kTue, "The rally ran two days and a half.", "two days and a half", "DURATION",
            "P2DT12H"},
           // "later" orders the amount after an event of the story, not after the article.
           {kTue, "Three days later, the bridge fell.", "Three days", "DURATION", "P3D"},
           {kTue, "A few weeks later they came back.", "A few weeks", "DURATION", "PXW"},
           {kTue, "Just over an hour later the lights went out.", "an hour", "DURATION", "PT1H"},
           // Years said in words, as broadcasts write them.
           {kTue, "The plan looks ahead to the year two thousand.", "the year two thousand", "DATE",
            "2000"},
           {kTue, "It opened in January nineteen ninety-seven.", "January nineteen ninety-seven",
            "DATE", "1997-01"},
           {kTue, "Snow fell in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four", "DATE", "1994-WI"},
           // Numbers after a month that make no year are not its own.
           {kTue, "On June 19 20 people were hurt.", "June 19", "DATE", "2022-06-19"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, WeeksOfADateAndNamedDays) {
  for (const Case& c : std::initializer_list<Case>{
           {kTue, "Talks are planned for the week of March 20.", "the week of March 20", "DATE",
            "2023-W12"},
           {"2024-01-03", "The vote is set for the week of Jan. 1.", "the week of Jan. 1", "DATE",
            "2024-W01"},
           {kTue, "He was shot last Oct. 23 at home.", "last Oct. 23", "DATE", "2022-10-23"},
           {kTue, "Sales should recover in the last half of 2024.", "the last half of 2024", "DATE",
            "2024-H2"},
           // The clause's verbs place a bare weekday.
           {kTue, "The offer had been due to expire Friday.", "Friday", "DATE", "2023-03-03"},
           {kTue, "A bomb exploded next to the embassy on Friday.", "Friday", "DATE", "2023-03-03"},
           {kTue, "\"He will leave at 4 a.m. Thursday,\" the minister said.", "4 a.m. Thursday",
            "TIME", "2023-03-09T04:00"},
           {"2023-03-29", "The case is heard in May by the court.", "May", "DATE", "2023-05"},
           {kTue, "Protesters were planning a march on Saturday.", "Saturday", "DATE",
            "2023-03-11"},
           {kTue, "They said they would try to overturn Friday's ruling.", "Friday", "DATE",
            "2023-03-03"},
           {kTue, "The rebels took the town in July last year.", "July last year", "DATE",
            "2022-07"},
           {kTue, "The treaty takes effect in April next year.", "April next year", "DATE",
            "2024-04"},
           {kTue, "Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D"},
           // Universal time is marked Z; other zones are left as the clock said.
           {kTue, "The probe landed at 18:00 UTC on Monday.", "18:00 UTC", "TIME",
            "2023-03-07T18:00Z"},
           {kTue, "Bids are due at 9 a.m. EST Thursday.", "9 a.m. EST Thursday", "TIME",
            "2023-03-09T09:00"},
           {kTue, "The index peaked on March 1 2022 before falling.", "March 1 2022", "DATE",
            "2022-03-01"},
           {kTue, "The ship has been at sea since March and was scheduled to return.", "March",
            "DATE", "2023-03"},
           {kTue, "Stocks fell on March 3, down 2% from the previous Friday.",
            "the previous Friday", "DATE", "2023-02-24"},
           {kTue, "Women's Day is this Wednesday, March eighth.", "this Wednesday, March eighth",
            "DATE", "2023-03-08"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, EndsWholesAndPairsOfDays) {
  constexpr const char* kOct = "2023-10-26";
  for (const Case& c : std::initializer_list<Case>{
           {kOct, "The deal should close by year-end.", "year-end", "DATE", "2023"},
           {kOct, "Layoffs will be done by year end.", "year end", "DATE", "2023"},
           {kOct, "New rules take effect by year's end.", "year's end", "DATE", "2023"},
           {kOct, "It forecast higher sales for the full year.", "the full year", "DATE", "2023"},
           {kOct, "The plant was shut for a full year.", "a full year", "DURATION", "P1Y"},
           {kOct, "The company's 2022 results were restated.", "2022", "DATE", "2022"},
           {kOct, "He lost his bitter 2016 race for mayor.", "2016", "DATE", "2016"},
           {kOct, "Jazz changed in the twenties.", "the twenties", "DATE", "192"},
           {kOct, "The lease runs for an additional year.", "an additional year", "DURATION",
            "P1Y"},
           {kOct, "The summit is on April 24 and 25.", "25", "DATE", "2024-04-25"},
           {kOct, "Shares fell on Oct. 2 and the same day the chief quit.", "the same day", "DATE",
            "2023-10-02"},
           {kOct, "``Today is a sad day,'' she said.", "Today", "DATE", "2023-10-26"},
       }) {
    Check(c);
  }
  for (const Case& c : std::initializer_list<Case>{
           // Holidays fixed by weekday, and their words alone are no dates.
           {kOct, "Voters go to the polls on Election Day.", "Election Day", "DATE", "2023-11-07"},
           {"2024-10-01", "Polls close on Election Day.", "Election Day", "DATE", "2024-11-05"},
           {kOct, "Parades were held on Labor Day.", "Labor Day", "DATE", "2023-09-04"},
           {kOct, "The park opened on Memorial Day.", "Memorial Day", "DATE", "2023-05-29"},
           {kOct, "Fireworks lit the sky on Independence Day.", "Independence Day", "DATE",
            "2023-07-04"},
           {kOct, "The post-1945 order is fraying.", "post-1945", "DATE", "1945"},
           {kOct, "The judge will hear him at midday.", "midday", "TIME", "2023-10-26T12:00"},
           {kOct, "Rents doubled over the past decade.", "the past decade", "DURATION", "P10Y"},
           {kOct, "He died within weeks or months of his capture.", "weeks or months", "DURATION",
            "PXW"},
           {kOct, "The offer runs until 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "TIME",
            "2023-11-06T17:00"},
           {kOct, "The index lost 9% in the past five trading days.", "the past five trading days",
            "DURATION", "P5D"},
           {kOct, "In the year-ago third quarter it earned $3 million.",
            "the year-ago third quarter", "DATE", "2022-Q3"},
           // A missing space after a comma does not hide a time.
           {kOct, "He wrote earlier this week,asking for help.", "earlier this week", "DATE",
            "2023-W43"},
       }) {
    Check(c);
  }
  EXPECT_TRUE(ResolveAll(kOct, "The election was close and the memorial stands.").empty());
  EXPECT_TRUE(ResolveAll(kOct, "Morning came. It was High Noon in the film.").empty());
  EXPECT_TRUE(ResolveAll(kOct, "Mr. Reed, 52 years old, will succeed her.").empty());
  EXPECT_TRUE(ResolveAll(kOct, "Trade matters to the future of both peoples.").empty());
  EXPECT_TRUE(ResolveAll(kOct, "It moved from a fiscal year to a calendar year.").empty());
  // A dateline's comma is not in the expression.
  EXPECT_EQ(ResolveAll(kOct, "LONDON, Oct. 25 (Reuters) -- Shares rose.")[0].first, "Oct. 25");
  // Numbers after "and" that count something else are no second day.
  for (const auto& [text, r] : ResolveAll(kOct, "On May 5 and 6 people were hurt.")) {
    EXPECT_EQ(text, "May 5");
  }
  // "year end" and "the full" need a month, quarter or year; "the term" alone is no time.
  EXPECT_TRUE(ResolveAll(kOct, "The day end came.").empty());
  EXPECT_TRUE(ResolveAll(kOct, "The term of the loan is long.").empty());
  EXPECT_TRUE(ResolveAll(kOct, "They sold 2000 shares.").empty());
}

TEST(TimeResolution, WhatAYearEarlierComparesWith) {
  constexpr const char* kOct = "2023-10-26";
  for (const Case& c : std::initializer_list<Case>{
           // After a quarter's figures, a year earlier is that quarter of last year; after the
           // nine months', it is last year.
           {kOct, "Third-quarter net rose to $5 million from $4 million a year earlier.",
            "a year earlier", "DATE", "2022-Q3"},
           {kOct,
            "Third-quarter net rose 5%. For the nine months, net fell to $9 million from $10 "
            "million a year earlier.",
            "a year earlier", "DATE", "2022"},
           {kOct,
            "Third-quarter net rose 5%. For the nine months, net fell 2%. In the 2022 period, "
            "it had a gain.",
            "the 2022 period", "DATE", "2022"},
           {kOct, "Third-quarter net fell. For the quarter a year ago, it earned $2 million.",
            "the quarter a year ago", "DATE", "2022-Q3"},
           {kOct, "Net rose in the fiscal-first quarter, from a loss a year earlier.",
            "a year earlier", "DATE", "2022-Q1"},
           // The same run of months a year back is an amount of those months.
           {kOct, "For the nine months, net rose. Net for the year-earlier nine months fell.",
            "the year-earlier nine months", "DURATION", "P9M"},
           {kOct, "For the nine months, net rose. In the year-earlier period, it fell.",
            "the year-earlier period", "DURATION", "P9M"},
           // A quarter looked back on after the one reported does not replace it.
           {kOct,
            "Third-quarter net rose 20%. After a flat second quarter, sales grew. In the "
            "year-earlier period, net was $9 million.",
            "the year-earlier period", "DATE", "2022-Q3"},
           {kOct,
            "Third-quarter net fell to $2 million from $3 million for the corresponding period "
            "last year.",
            "the corresponding period last year", "DATE", "2022-Q3"},
           {kOct, "Sales rose 5% from the same period last year.", "the same period last year",
            "DATE", "2022"},
           // A fiscal quarter is counted in another calendar: no look back.
           {kOct,
            "Third-quarter net rose 20%. Acme posted net income for the fiscal second-quarter. "
            "The latest period includes a gain.",
            "The latest period", "DATE", "2023-Q2"},
           // A quarter still to come is a forecast, not the quarter the report is about.
           {kOct,
            "Net rose in the third quarter. The storm will result in a fourth-quarter charge. "
            "In the latest quarter, sales fell.",
            "the latest quarter", "DATE", "2023-Q3"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, WithoutAnArticleDateRelativeExpressionsStayUnresolved) {
  for (const Case& c : std::initializer_list<Case>{
           {"", "Missiles hit Kyiv yesterday.", "yesterday", "DATE", ""},
           {"", "Ukraine vowed Monday to fight.", "Monday", "DATE", ""},
           {"", "Prices rose last week.", "last week", "DATE", ""},
           {"", "It opened on March 7, 2023.", "March 7, 2023", "DATE", "2023-03-07"},
           {"", "It opened on March 7.", "March 7", "DATE", "XXXX-03-07"},
           {"", "Fighting has raged for months.", "months", "DURATION", "PXM"},
           {"", "It was founded in 2014.", "2014", "DATE", "2014"},
       }) {
    Check(c);
  }
}

TEST(TimeResolution, PrecisionAndPartOfDay) {
  const auto late = ResolveAll(kTue, "Zelensky spoke late Monday.");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].second.precision, "day");
  EXPECT_EQ(late[0].second.part_of_day, "late");
  EXPECT_EQ(late[0].second.mod, "END");
  EXPECT_EQ(ResolveAll(kTue, "Prices rose last week.")[0].second.precision, "week");
  EXPECT_EQ(ResolveAll(kTue, "It was said over the weekend.")[0].second.precision, "weekend");
  EXPECT_EQ(ResolveAll(kTue, "Prices peaked in March 2022.")[0].second.precision, "month");
  EXPECT_GT(ResolveAll(kTue, "Prices peaked in March 2022.")[0].second.confidence, 0.5f);
}

}  // namespace
}  // namespace sitrep::timex
