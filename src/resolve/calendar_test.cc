#include "resolve/calendar.h"

#include <gtest/gtest.h>

namespace sitrep::timex {
namespace {

TEST(Calendar, DayNumbersRoundTripAcrossCenturiesAndLeapDays) {
  EXPECT_EQ(DayNumber({1970, 1, 1}), 0);
  EXPECT_EQ(DayNumber({2000, 3, 1}) - DayNumber({2000, 2, 28}), 2);  // 2000 is a leap year
  EXPECT_EQ(DayNumber({1900, 3, 1}) - DayNumber({1900, 2, 28}), 1);  // 1900 is not
  for (int64_t n = -800000; n < 800000; n += 997) EXPECT_EQ(DayNumber(FromDayNumber(n)), n);
}

TEST(Calendar, Weekdays) {
  EXPECT_EQ(Weekday({2023, 3, 6}), 1);  // Monday
  EXPECT_EQ(Weekday({2023, 3, 7}), 2);
  EXPECT_EQ(Weekday({2024, 2, 29}), 4);
  EXPECT_EQ(Weekday({1998, 1, 8}), 4);
}

TEST(Calendar, IsoWeeksAtYearBoundaries) {
  EXPECT_EQ(FormatWeek(IsoWeekOf({2023, 3, 7})), "2023-W10");
  EXPECT_EQ(FormatWeek(IsoWeekOf({2021, 1, 3})), "2020-W53");  // Sunday of 2020's last week
  EXPECT_EQ(FormatWeek(IsoWeekOf({2019, 12, 30})), "2020-W01");
  EXPECT_EQ(FormatWeek(IsoWeekOf({2023, 1, 1})), "2022-W52");
}

TEST(Calendar, MonthsAddAndClamp) {
  EXPECT_EQ(AddMonths({2023, 1, 31}, 1), (Date{2023, 2, 28}));
  EXPECT_EQ(AddMonths({2024, 1, 31}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(AddMonths({2023, 1, 15}, -1), (Date{2022, 12, 15}));
  EXPECT_EQ(AddMonths({2024, 2, 29}, -12), (Date{2023, 2, 28}));
  EXPECT_EQ(AddDays({2023, 12, 31}, 1), (Date{2024, 1, 1}));
}

TEST(Calendar, ParsesIsoDatesAndRejectsImpossibleOnes) {
  EXPECT_EQ(ParseIsoDate("2023-03-07T10:00:00Z"), (Date{2023, 3, 7}));
  EXPECT_EQ(ParseIsoDate("19980108"), (Date{1998, 1, 8}));
  EXPECT_FALSE(ParseIsoDate("2023-02-29"));
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_FALSE(ParseIsoDate("March 7"));
  EXPECT_FALSE(ParseIsoDate(""));
}

}  // namespace
}  // namespace sitrep::timex
