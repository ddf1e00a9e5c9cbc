// Calendar arithmetic for resolving dates: civil dates to day numbers and back, weekdays, ISO
// weeks, quarters, month lengths and leap years (proleptic Gregorian).
//
// A day number counts days from 1970-01-01, so adding days is integer addition and a weekday is a
// remainder. Not for: time zones or clock times (a resolved time keeps the article's own day).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::timex {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const Date&, const Date&) = default;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(const Date& d);

int64_t DayNumber(const Date& d);
Date FromDayNumber(int64_t days);
Date AddDays(const Date& d, int64_t days);
// The same day |months| later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29).
Date AddMonths(const Date& d, int months);

// 1 = Monday ... 7 = Sunday (ISO 8601).
int Weekday(const Date& d);

struct IsoWeek {
  int year = 0;  // the ISO week-numbering year, which differs from the calendar year near Jan 1
  int week = 0;  // 1..53
};
IsoWeek IsoWeekOf(const Date& d);
inline int QuarterOf(const Date& d) { return (d.month - 1) / 3 + 1; }

// "2023-03-07", "2023-03-07T10:00:00Z" (the time part is ignored), "20230307": the date, or
// nothing when the text does not start with a valid date.
std::optional<Date> ParseIsoDate(std::string_view text);

// "2023-03-07", "2023-03", "2023-W10", "2023-Q1": TIMEX3 value forms, zero-padded.
std::string FormatDay(const Date& d);
std::string FormatMonth(int year, int month);
std::string FormatWeek(const IsoWeek& w);
std::string FormatYear(int year);

}  // namespace sitrep::timex
