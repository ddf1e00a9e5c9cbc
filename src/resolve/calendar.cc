// Calendar arithmetic. Tested by calendar_test.cc.
//
// DayNumber and FromDayNumber follow the well-known era decomposition (400-year cycles of 146097
// days, years starting in March so the leap day falls last), which is exact for every year and
// needs no tables.
#include "resolve/calendar.h"

#include <cstdio>

namespace sitrep::timex {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= DaysInMonth(d.year, d.month);
}

int64_t DayNumber(const Date& d) {
  const int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;
  const int64_t day_of_year = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date FromDayNumber(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t mp = (5 * day_of_year + 2) / 153;
  const int day = int(day_of_year - (153 * mp + 2) / 5 + 1);
  const int month = int(mp < 10 ? mp + 3 : mp - 9);
  return {int(year_of_era + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

Date AddDays(const Date& d, int64_t days) { return FromDayNumber(DayNumber(d) + days); }

Date AddMonths(const Date& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  Date out{index / 12, index % 12 + 1, d.day};
  if (index < 0) out = {(index - 11) / 12, ((index % 12) + 12) % 12 + 1, d.day};
  const int last = DaysInMonth(out.year, out.month);
  if (out.day > last) out.day = last;
  return out;
}

int Weekday(const Date& d) {
  const int64_t n = DayNumber(d);  // 1970-01-01 was a Thursday (4)
  return int(((n % 7) + 7 + 3) % 7) + 1;
}

IsoWeek IsoWeekOf(const Date& d) {
  // The week belongs to the year that holds its Thursday.
  const Date thursday = AddDays(d, 4 - Weekday(d));
  const int64_t first = DayNumber({thursday.year, 1, 1});
  return {thursday.year, int((DayNumber(thursday) - first) / 7) + 1};
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  auto digits = [&](size_t at, size_t n, int* out) {
    if (at + n > text.size()) return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  const bool dashed = text.size() >= 10 && text[4] == '-' && text[7] == '-';
  const bool ok = dashed ? digits(0, 4, &d.year) && digits(5, 2, &d.month) && digits(8, 2, &d.day)
                         : digits(0, 4, &d.year) && digits(4, 2, &d.month) && digits(6, 2, &d.day);
  if (!ok || !IsValidDate(d)) return std::nullopt;
  return d;
}

std::string FormatDay(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string FormatMonth(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string FormatWeek(const IsoWeek& w) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", w.year, w.week);
  return buf;
}

std::string FormatYear(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

}  // namespace sitrep::timex
