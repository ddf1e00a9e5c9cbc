#include "recognise/time_words.h"

#include <gtest/gtest.h>

namespace sitrep::timex {
namespace {

TimeToken Of(std::string_view w) { return ClassifyTimeToken(w, {0, uint32_t(w.size())}); }
bool Has(std::string_view w, TimeClass c) { return Of(w).classes & Bit(c); }

TEST(TimeWords, MonthsAndWeekdaysOnlyWhenCapitalised) {
  EXPECT_TRUE(Has("March", kMonth));
  EXPECT_EQ(Of("Sept.").lex, 9);
  EXPECT_FALSE(Has("march", kMonth));
  EXPECT_FALSE(Has("may", kMonth));
  EXPECT_TRUE(Has("MAY", kMonth));  // headlines in capitals
  EXPECT_TRUE(Has("Tues.", kWeekday));
  EXPECT_FALSE(Has("Sun", kWeekday));  // a newspaper, not Sunday, without its period
  EXPECT_EQ(Of("Fridays").classes, Bit(kWeekdays));
}

TEST(TimeWords, NumbersYearsDaysAndDecades) {
  EXPECT_EQ(Of("1990").classes, Bit(kNum) | Bit(kYear));
  EXPECT_EQ(Of("14").number, 14);
  EXPECT_TRUE(Has("14", kDay));
  EXPECT_FALSE(Has("45", kDay));
  EXPECT_EQ(Of("twenty-four").number, 24);
  EXPECT_EQ(Of("1990s").number, 1990);
  EXPECT_EQ(Of("90s").number, 1990);
  EXPECT_TRUE(Has("3rd", kOrd) && Has("3rd", kDay));
  EXPECT_TRUE(Has("second", kOrd) && Has("second", kUnit));
}

TEST(TimeWords, CompoundsAreReadPartByPart) {
  EXPECT_EQ(Of("year-long").classes, Bit(kDurationWord));
  EXPECT_EQ(Of("year-long").unit, kYearUnit);
  EXPECT_EQ(Of("two-year").number, 2);
  EXPECT_EQ(Of("16-hour").unit, kHourUnit);
  EXPECT_EQ(Of("third-quarter").classes, Bit(kPeriodWord));
  EXPECT_EQ(Of("year-earlier").classes, Bit(kAgoWord));
  EXPECT_EQ(Of("mid-March").lex, 3);
  EXPECT_EQ(Of("mid-March").mod, kMid);
  EXPECT_EQ(Of("mid-1990s").classes, Bit(kDecade));
  EXPECT_EQ(Of("late-November").lex, 11);
  EXPECT_EQ(Of("late-November").mod, kEnd);
  EXPECT_EQ(Of("early-2022").mod, kStart);
  EXPECT_EQ(Of("pre-war").classes, 0u);
}

TEST(TimeWords, NumericDatesAndClockTimes) {
  EXPECT_EQ(Of("2023-03-07").classes, Bit(kNumDate));
  EXPECT_EQ(Of("07.03.2023").classes, Bit(kNumDate));
  EXPECT_EQ(Of("3/7/2023").classes, Bit(kNumDate));
  EXPECT_EQ(Of("3/7/23").classes, Bit(kNumDate));
  EXPECT_EQ(Of("3.5").classes, 0u);
  EXPECT_EQ(Of("1/2").classes, Bit(kFraction));  // a fraction, no date
  EXPECT_EQ(Of("\xC2\xBD").classes, Bit(kFraction));
  EXPECT_EQ(Of("10:30").classes, Bit(kClock));
  EXPECT_EQ(Of("9pm").classes, Bit(kClock));
  EXPECT_EQ(Of("p.m.").classes, Bit(kAmPm));
}

TEST(TimeWords, ClassNamesRoundTrip) {
  for (int c = 0; c < kClassCount; ++c)
    EXPECT_EQ(ClassOf(ClassName(TimeClass(c))), Bit(TimeClass(c)));
  EXPECT_EQ(ClassOf("NOPE"), 0u);
}

TEST(TimeWordFilter, FindsAWordOfTheClassesOrADigit) {
  const TimeWordFilter units(Bit(kUnit) | Bit(kDeictic));
  EXPECT_TRUE(units.MayHold("We met last week."));
  EXPECT_TRUE(units.MayHold("YESTERDAY it rained"));   // any case
  EXPECT_TRUE(units.MayHold("\"Today\", she said"));   // punctuation around the word
  EXPECT_TRUE(units.MayHold("a quarter-end review"));  // a part of a hyphenated form
  EXPECT_TRUE(units.MayHold("Der Umsatz stieg 2021 um vier Prozent."));  // a digit
  EXPECT_FALSE(units.MayHold("Der Hund bellt laut."));
  EXPECT_FALSE(units.MayHold("The weekly report"));  // "weekly" is no run of a unit word
  EXPECT_FALSE(units.MayHold(""));
}

TEST(TimeWordFilter, LooksForThePartsOfHyphenatedForms) {
  // "two-year" is a duration read from "two" and "year": a filter for durations alone still
  // finds it by its parts.
  const TimeWordFilter durations(Bit(kDurationWord));
  EXPECT_TRUE(Has("two-year", kDurationWord));
  EXPECT_TRUE(durations.MayHold("a two-year deal"));
  EXPECT_FALSE(durations.MayHold("a new deal"));
}

TEST(TimeWordFilter, AWordBeforeNtIsFound) {
  // The tokenizer cuts "didn't" into "did" and "n't": a word of the classes followed by "n't"
  // is found though its run of letters goes on into the n.
  const TimeWordFilter units(Bit(kUnit));
  EXPECT_TRUE(units.MayHold("the yearn't"));
  EXPECT_TRUE(units.MayHold("the year\u2019s"));
}

}  // namespace
}  // namespace sitrep::timex
