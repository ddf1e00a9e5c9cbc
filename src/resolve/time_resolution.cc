// Time resolution. Tested by time_resolution_test.cc and tests/example_article_test.cc.
#include "resolve/time_resolution.h"

#include <cstdio>
#include <cstdlib>

namespace sitrep::timex {
namespace {

std::string_view UnitCode(Unit u) {
  switch (u) {
    case kSecondUnit: return "S";
    case kMinuteUnit: return "M";
    case kHourUnit: return "H";
    case kDayUnit: return "D";
    case kWeekendUnit: return "WE";
    case kWeekUnit: return "W";
    case kFortnightUnit: return "W";
    case kMonthUnit: return "M";
    case kQuarterUnit: return "Q";
    case kHalfUnit: return "H";
    case kYearUnit: return "Y";
    case kDecadeUnit: return "DE";
    case kCenturyUnit: return "CE";
    case kNoUnit: return "";
  }
  return "";
}

std::string_view UnitName(Unit u) {
  switch (u) {
    case kSecondUnit: return "second";
    case kMinuteUnit: return "minute";
    case kHourUnit: return "hour";
    case kDayUnit: return "day";
    case kWeekendUnit: return "weekend";
    case kWeekUnit: return "week";
    case kFortnightUnit: return "week";
    case kMonthUnit: return "month";
    case kQuarterUnit: return "quarter";
    case kHalfUnit: return "half";
    case kYearUnit: return "year";
    case kDecadeUnit: return "decade";
    case kCenturyUnit: return "century";
    case kNoUnit: return "";
  }
  return "";
}

// P2D, PT3H, PXY: an amount of a unit; |count| -1 is unspecified. Counted decades and centuries
// are written in years (P20Y), as ISO 8601 has no unit for them. |and_half| adds half a unit in
// the next smaller one (P2Y6M, PT5H30M, PT1M30S, P1DT12H).
std::string DurationValue(int count, Unit unit, bool and_half = false) {
  if (and_half && count >= 0) {
    const std::string n = std::to_string(count == 0 ? 1 : count);
    switch (unit) {
      case kYearUnit: return "P" + n + "Y6M";
      case kDayUnit: return "P" + n + "DT12H";
      case kHourUnit: return "PT" + n + "H30M";
      case kMinuteUnit: return "PT" + n + "M30S";
      default: break;  // half a week, month or quarter has no exact smaller amount
    }
  }
  if (unit == kFortnightUnit) count = count < 0 ? count : 2 * std::max(count, 1);
  if ((unit == kDecadeUnit || unit == kCenturyUnit) && count >= 0) {
    return "P" + std::to_string((count == 0 ? 1 : count) * (unit == kDecadeUnit ? 10 : 100)) + "Y";
  }
  const bool clock = unit == kSecondUnit || unit == kMinuteUnit || unit == kHourUnit;
  std::string out = clock ? "PT" : "P";
  out += count < 0 ? "X" : std::to_string(count == 0 ? 1 : count);
  out += UnitCode(unit);
  return out;
}

std::string_view ModName(Mod m) {
  switch (m) {
    case kStart: return "START";
    case kMid: return "MID";
    case kEnd: return "END";
    case kMoreThan: return "MORE_THAN";
    case kLessThan: return "LESS_THAN";
    case kApproximately: return "APPROX";
    case kNoMod: return "";
  }
  return "";
}

std::string_view PartCode(PartOfDay p) {
  switch (p) {
    case kMorning: return "MO";
    case kAfternoon: return "AF";
    case kEvening: return "EV";
    case kNight: return "NI";
    case kNoon: return "12:00";
    case kMidnight: return "24:00";
    case kNoPart: return "";
  }
  return "";
}

std::string_view PartName(PartOfDay p) {
  switch (p) {
    case kMorning: return "morning";
    case kAfternoon: return "afternoon";
    case kEvening: return "evening";
    case kNight: return "night";
    case kNoon: return "noon";
    case kMidnight: return "midnight";
    case kNoPart: return "";
  }
  return "";
}

std::string_view SeasonCode(Season s) {
  switch (s) {
    case kSpring: return "SP";
    case kSummer: return "SU";
    case kFall: return "FA";
    case kWinter: return "WI";
    case kNoSeason: return "";
  }
  return "";
}

// Which year a month (and day) without one falls in, by the tense of its clause: past on or
// before the article's date, future after it, otherwise the nearest.
int YearFor(const Date& dct, int month, int day, Tense tense) {
  const int d = day ? day : 1;
  auto at = [&](int y) { return DayNumber({y, month, std::min(d, DaysInMonth(y, month))}); };
  const int64_t now = DayNumber(dct);
  // A month said without a day counts as on or before today while today is in it.
  const int64_t this_year = day ? at(dct.year) : (month == dct.month ? now : at(dct.year));
  int nearest = dct.year;
  for (int y : {dct.year - 1, dct.year + 1}) {
    if (std::llabs(at(y) - now) < std::llabs(at(nearest) - now)) nearest = y;
  }
  // A day within a season of the article's date is that one whatever the tense ("said it would
  // pay on Dec. 15" in October); further off, the tense decides.
  if (day && std::llabs(at(nearest) - now) <= 90) return nearest;
  if (tense == Tense::kFuture || tense == Tense::kFutureInPast) {
    return this_year >= now ? dct.year : dct.year + 1;
  }
  // A month with no cue: news reports the past, so only one up to two months ahead is to come.
  if (tense == Tense::kUnknown && !day) {
    const int64_t next = this_year > now ? this_year : at(dct.year + 1);
    if (next - now > 62) tense = Tense::kPast;
  }
  if (tense == Tense::kPast) return this_year <= now ? dct.year : dct.year - 1;
  return nearest;
}

Date WeekdayFor(const Date& dct, int weekday, Tense tense) {
  const int today = Weekday(dct);
  if (tense == Tense::kFuture || tense == Tense::kFutureInPast) {
    // "will vote on Tuesday" said on a Tuesday is next week's; "planned to leave Tuesday" today.
    int ahead = (weekday - today + 7) % 7;
    return AddDays(dct, ahead == 0 && tense == Tense::kFuture ? 7 : ahead);
  }
  return AddDays(dct, -((today - weekday + 7) % 7));
}

std::string WeekendOf(const Date& d) {
  const IsoWeek w = IsoWeekOf(d);
  return FormatWeek(w) + "-WE";
}

std::string QuarterValue(int year, int quarter) {
  return FormatYear(year) + "-Q" + std::to_string(quarter);
}

// The period |rel| units from the article's date: last week, this month, next year.
std::string RelativePeriod(const Date& dct, Unit unit, int rel, std::string* precision) {
  *precision = std::string(UnitName(unit));
  switch (unit) {
    case kDayUnit: return FormatDay(AddDays(dct, rel));
    case kWeekUnit: return FormatWeek(IsoWeekOf(AddDays(dct, 7 * rel)));
    case kWeekendUnit: {
      // "the weekend" in a past clause is the last one; on a weekend day it is the current one.
      Date d = AddDays(dct, 7 * rel);
      if (rel == 0 && Weekday(dct) < 6) d = AddDays(dct, -Weekday(dct));
      return WeekendOf(d);
    }
    case kMonthUnit: {
      const Date d = AddMonths({dct.year, dct.month, 1}, rel);
      return FormatMonth(d.year, d.month);
    }
    case kQuarterUnit: {
      int index = dct.year * 4 + QuarterOf(dct) - 1 + rel;
      return QuarterValue(index / 4, index % 4 + 1);
    }
    case kHalfUnit: {
      int index = dct.year * 2 + (dct.month > 6 ? 1 : 0) + rel;
      return FormatYear(index / 2) + "-H" + std::to_string(index % 2 + 1);
    }
    case kYearUnit: return FormatYear(dct.year + rel);
    case kDecadeUnit: return std::to_string((dct.year / 10 + rel));
    case kCenturyUnit: return std::to_string((dct.year / 100 + rel));
    case kHourUnit:
    case kMinuteUnit:
    case kSecondUnit: *precision = "reference"; return "PRESENT_REF";
    default: return "";
  }
}

}  // namespace

ResolvedTime TimeResolver::Resolve(const TimeExpression& x) {
  ResolvedTime r;
  r.mod = std::string(ModName(x.mod));
  if (x.kind == Kind::kSet) {
    r.type = "SET";
    r.confidence = 0.9f;
    if (x.weekday) {
      r.value = "XXXX-WXX-" + std::to_string(x.weekday);
      r.precision = "day";
    } else if (x.month) {
      r.value = FormatMonth(0, x.month).replace(0, 4, "XXXX");
      r.precision = "month";
    } else if (x.part) {
      r.value = "XXXX-XX-XXT" + std::string(PartCode(x.part));
      r.precision = "part_of_day";
    } else if (x.season) {
      r.value = "XXXX-" + std::string(SeasonCode(x.season));
      r.precision = "season";
    } else {
      // "every two weeks" is P2W; "twice a year" has read its count back to the "a".
      r.value = DurationValue(x.count > 0 ? x.count : 1, x.unit);
      r.precision = std::string(UnitName(x.unit));
    }
    return r;
  }
  const bool anchored_amount = x.shift != 0 || x.ago_word;
  // "in recent years": an amount of time up to now, as TimeML has it.
  if (x.rel == -2 && x.count == -1 && x.unit != kNoUnit && !anchored_amount) {
    r.type = "DURATION";
    r.value = DurationValue(-1, x.unit);
    r.precision = std::string(UnitName(x.unit));
    r.confidence = 0.7f;
    return r;
  }
  if (x.kind == Kind::kDuration && !anchored_amount) {
    if (x.unit == kMonthUnit && x.count >= 2 && x.has_the) {
      months_period_ = true;
      months_count_ = x.count;
    }
    r.type = "DURATION";
    r.value = DurationValue(x.count, x.unit, x.and_half);
    r.precision = std::string(UnitName(x.unit));
    r.confidence = x.count < 0 ? 0.7f : 0.9f;
    return r;
  }
  ResolvedTime r2 = Date_(x);
  NoteStoryTime(r2);
  return r2;
}

void TimeResolver::NoteStoryTime(const ResolvedTime& r) {
  const std::string& v = r.value;
  auto digits = [&](size_t at, size_t n) {
    if (v.size() < at + n) return -1;
    int out = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return -1;
      out = out * 10 + (v[i] - '0');
    }
    return out;
  };
  const int year = digits(0, 4);
  if (year < 0 || (v.size() > 4 && v[4] != '-')) return;  // references, decades, centuries
  story_year_ = year;
  const int month = v.size() >= 7 && v[4] == '-' ? digits(5, 2) : -1;
  if (month < 1) return;
  story_month_ = {year, month, 1};
  const int day = v.size() >= 10 && v[7] == '-' ? digits(8, 2) : -1;
  if (day >= 1) story_day_ = Date{year, month, day};
}

ResolvedTime TimeResolver::Date_(const TimeExpression& x) {
  ResolvedTime r;
  r.type = "DATE";
  r.mod = std::string(ModName(x.mod));
  r.confidence = 0.9f;
  const bool has_dct = dct_.has_value();
  const Date dct = has_dct ? *dct_ : Date{};
  auto reference = [&](const char* value) {
    r.value = value;
    r.precision = "reference";
    r.confidence = 0.6f;
    return r;
  };
  // A day, with a part of day or clock time when one was said.
  auto day = [&](const Date& d, PartOfDay part) {
    r.value = FormatDay(d);
    r.precision = "day";
    if (x.hour >= 0) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "T%02d:%02d", x.hour, std::max(x.minute, 0));
      r.value += buf;
      if (x.utc) r.value += 'Z';  // ISO 8601's mark of universal time
      r.type = "TIME";
      r.precision = "minute";
    } else if (part) {
      r.value += "T" + std::string(PartCode(part));
      r.type = "TIME";
      r.precision = "part_of_day";
      r.part_of_day = std::string(PartName(part));
    } else if (x.mod == kEnd || x.mod == kStart) {
      r.part_of_day = x.mod == kEnd ? "late" : "early";
    }
    return r;
  };
  auto unresolved = [&](const char* precision) {
    r.value.clear();
    r.precision = precision;
    r.confidence = 0;
    return r;
  };

  if (x.ref != kNoRel)
    return reference(x.ref < 0 ? "PAST_REF" : x.ref > 0 ? "FUTURE_REF" : "PRESENT_REF");
  if (x.rel == -2 || (x.rel == 1 && x.count == -1 && x.unit != kNoUnit)) {
    return reference(x.rel == -2 ? "PAST_REF" : "FUTURE_REF");  // recent years, coming weeks
  }
  switch (x.deictic) {
    case kNow: return reference("PRESENT_REF");
    case kRecently: return reference("PAST_REF");
    case kToday:
    case kYesterday:
    case kTomorrow:
    case kTonight:
    case kOvernight: {
      if (!has_dct) return unresolved("day");
      const int offset = x.deictic == kYesterday ? -1 : x.deictic == kTomorrow ? 1 : 0;
      const bool night = x.deictic == kTonight || x.deictic == kOvernight;
      r.confidence = 0.95f;
      return day(AddDays(dct, offset), night && !x.part ? kNight : x.part);
    }
    case kNoDeictic: break;
  }
  // "the same period last year": the period reported on, in that year.
  if (x.anaphor == 0 && x.period && x.unit == kYearUnit && x.rel != kNoRel && has_dct) {
    if (quarter_ && !months_period_) {
      r.value = QuarterValue(quarter_year_ + x.rel, quarter_);
      r.precision = "quarter";
      return r;
    }
    r.value = FormatYear(dct.year + x.rel);
    r.precision = "year";
    return r;
  }
  // The story's own time: that day, the next morning, the following year, earlier that week.
  if (x.anaphor != kNoRel) {
    const int n = x.anaphor;
    const Unit unit = x.part && x.unit == kNoUnit ? kDayUnit : x.unit;
    if ((unit == kDayUnit || unit == kWeekUnit) && story_day_) {
      if (unit == kDayUnit) return day(AddDays(*story_day_, n), x.part);
      r.value = FormatWeek(IsoWeekOf(AddDays(*story_day_, 7 * n)));
      r.precision = "week";
      return r;
    }
    if (unit == kMonthUnit && story_month_.year) {
      const Date d = AddMonths(story_month_, n);
      r.value = FormatMonth(d.year, d.month);
      r.precision = "month";
      return r;
    }
    if (unit == kQuarterUnit && n == 0 && quarter_) {
      r.value = QuarterValue(quarter_year_, quarter_);
      r.precision = "quarter";
      return r;
    }
    if (unit == kYearUnit && story_year_) {
      r.value = FormatYear(story_year_ + n);
      r.precision = "year";
      return r;
    }
    // "that day" with no day named is the article's own; "the following year" counts from it.
  }
  // Written-out calendar dates.
  if (x.holiday) {
    int month = 12, dd = 25;
    if (x.holiday == kHalloween) month = 10, dd = 31;
    if (x.holiday == kChristmasEve) dd = 24;
    if (x.holiday == kNewYearsEve) dd = 31;
    if (x.holiday == kIndependenceDay) month = 7, dd = 4;
    if (x.holiday == kThanksgiving || x.holiday == kElectionDay) month = 11, dd = 1;
    if (x.holiday == kMemorialDay) month = 5, dd = 31;
    if (x.holiday == kLaborDay) month = 9, dd = 1;
    int year = x.year;
    if (!year && !has_dct) return unresolved("day");
    if (!year) year = YearFor(dct, month, dd, x.tense);
    // Days fixed by weekday: the first |weekday| on or after the 1st, or on or before the 31st.
    const int first_monday = 1 + (1 - Weekday({year, month, 1}) + 7) % 7;
    if (x.holiday == kThanksgiving) dd = 1 + (4 - Weekday({year, 11, 1}) + 7) % 7 + 21;
    if (x.holiday == kElectionDay)
      dd = first_monday + 1;  // the Tuesday after November's first Monday
    if (x.holiday == kLaborDay) dd = first_monday;
    if (x.holiday == kMemorialDay) dd = 31 - (Weekday({year, 5, 31}) - 1);  // May's last Monday
    return day({year, month, dd}, x.part);
  }
  if (x.month && x.day) {
    int year = x.year;
    if (!year && has_dct && x.rel != kNoRel && x.unit == kYearUnit) year = dct.year + x.rel;
    if (!year && has_dct && x.rel != kNoRel) {
      // "last Oct. 23": the latest one before the article's date; "next March 1" the first after.
      year = dct.year;
      const int64_t d = DayNumber({year, x.month, std::min(x.day, DaysInMonth(year, x.month))});
      if (x.rel < 0 && d >= DayNumber(dct)) --year;
      if (x.rel > 0 && d <= DayNumber(dct)) ++year;
    }
    if (!year && has_dct) year = YearFor(dct, x.month, x.day, x.tense);
    const Date d{year ? year : 2000, x.month, x.day};
    if (!IsValidDate(d) && !(x.month == 2 && x.day == 29 && !year)) return unresolved("day");
    if (!year) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", x.month, x.day);
      r.value = buf;
      r.precision = "day";
      r.confidence = 0.5f;
      return r;
    }
    if (!x.year) r.confidence = 0.85f;
    if (x.unit == kWeekUnit) {  // "the week of March 6"
      r.value = FormatWeek(IsoWeekOf(d));
      r.precision = "week";
      return r;
    }
    return day(d, x.part);
  }
  if (x.month) {
    int year = x.year;
    if (!year && x.rel != kNoRel && has_dct && x.unit == kYearUnit) {
      year = dct.year + x.rel;  // "July last year", "April next year"
    }
    if (!year && x.rel != kNoRel && has_dct) {
      // last November: the latest November before this month; next March: the first after.
      year = dct.year;
      if (x.rel < 0 && x.month >= dct.month) --year;
      if (x.rel > 0 && x.month <= dct.month) ++year;
    }
    if (!year && has_dct) year = YearFor(dct, x.month, 0, x.tense);
    r.precision = "month";
    if (!year) {
      r.value = FormatMonth(0, x.month).replace(0, 4, "XXXX");
      r.confidence = 0.5f;
      return r;
    }
    r.value = FormatMonth(year, x.month);
    if (!x.year) r.confidence = 0.8f;
    return r;
  }
  // The period a report covers: "the 1988 period" is that year's quarter like the one named
  // last; "the latest period" is that quarter itself.
  if (x.period && x.rel != kNoRel && !quarter_ && has_dct) {
    const int index = dct.year * 4 + QuarterOf(dct) - 2;  // the last quarter over
    r.value = QuarterValue(index / 4, index % 4 + 1);
    r.precision = "quarter";
    return r;
  }
  if (x.period && quarter_ && (x.year || x.rel != kNoRel)) {
    const int year = x.year ? x.year : quarter_year_;
    if (months_period_) {
      r.value = FormatYear(year);
      r.precision = "year";
      return r;
    }
    r.value = QuarterValue(year, quarter_);
    r.precision = "quarter";
    return r;
  }
  if (x.quarter || (x.unit == kQuarterUnit &&
                    ((x.has_the && x.rel == kNoRel && !x.count && x.shift == 0 && !x.ago_word) ||
                     x.year != 0 || x.year_rel != kNoRel))) {
    int year = x.year, quarter = x.quarter;
    if (!year && x.year_rel != kNoRel && has_dct) year = dct.year + x.year_rel;
    if (!year && x.ago_word && has_dct) year = dct.year - 1;  // the year-ago third quarter
    if (!year && x.rel != kNoRel && has_dct)
      year = dct.year + (x.fiscal || x.unit == kYearUnit ? x.rel : 0);
    if (!quarter) {
      // "the quarter": the one the article is about, else the last one reported; "last year's
      // quarter" is that quarter of last year.
      if (quarter_) {
        r.value = QuarterValue(year ? year : quarter_year_, quarter_);
        r.precision = "quarter";
        return r;
      }
      if (!has_dct) return unresolved("quarter");
      const int index = dct.year * 4 + QuarterOf(dct) - 2;
      if (!year) year = index / 4;
      quarter = index % 4 + 1;
    }
    if (!year && has_dct) {
      year = dct.year;
      if (x.tense == Tense::kPast && quarter > QuarterOf(dct)) --year;
    }
    if (!year) return unresolved("quarter");
    // A quarter not over yet, named outside a past clause ("will result in a fourth-quarter
    // charge"), is a forecast, not the period the article reports on.
    const bool forecast =
        has_dct && year * 4 + quarter >= dct.year * 4 + QuarterOf(dct) && x.tense != Tense::kPast;
    // Nor is an earlier quarter named after it ("after a flat second quarter" in a report on
    // the third): the period reported on is the latest one named that is over.
    // A fiscal quarter is counted in another calendar: it is no look back.
    const bool look_back =
        quarter_ && !x.fiscal && year * 4 + quarter < quarter_year_ * 4 + quarter_;
    if (!forecast && !look_back) quarter_year_ = year, quarter_ = quarter, months_period_ = false;
    r.value = QuarterValue(year, quarter);
    r.precision = "quarter";
    return r;
  }
  if (x.half) {
    int year = x.year;
    if (!year && has_dct) year = dct.year + (x.rel != kNoRel && x.unit == kYearUnit ? x.rel : 0);
    if (!year) return unresolved("half");
    r.value = FormatYear(year) + "-H" + std::to_string(x.half);
    r.precision = "half";
    return r;
  }
  if (x.season) {
    int year = x.year;
    if (!year && has_dct) {
      // Seasons start in March, June, September and December (winter runs into the next
      // year and is named by the year it starts in). "last fall" is the latest one over before
      // the article's date; "next spring" the first one to start after it; "this summer" (and a
      // bare season) the one of the article's year, moved by tense when it is past or to come.
      const int start_month = 3 * int(x.season);
      auto start = [&](int y) { return DayNumber({y, start_month, 1}); };
      auto end = [&](int y) { return DayNumber(AddMonths({y, start_month, 1}, 3)); };
      const int64_t now = DayNumber(dct);
      const int rel = x.rel == kNoRel
                          ? (x.tense == Tense::kPast                                        ? -3
                             : x.tense == Tense::kFuture || x.tense == Tense::kFutureInPast ? 3
                                                                                            : 0)
                          : x.rel;
      year = dct.year - (dct.month < 3 && x.season == kWinter ? 1 : 0);
      if (rel == -1) {
        year = dct.year + 1;
        while (end(year) > now) --year;
      } else if (rel == 1) {
        year = dct.year - 1;
        while (start(year) <= now) ++year;
      } else if (rel == -3 && start(year) > now) {
        --year;
      } else if (rel == 3 && end(year) <= now) {
        ++year;
      }
    }
    r.precision = "season";
    if (!year) {
      r.value = "XXXX-" + std::string(SeasonCode(x.season));
      r.confidence = 0.5f;
      return r;
    }
    r.value = FormatYear(year) + "-" + std::string(SeasonCode(x.season));
    return r;
  }
  if (x.year) {
    r.value = FormatYear(x.year);
    r.precision = "year";
    return r;
  }
  if (x.decade) {
    r.value = std::to_string(x.decade / 10);
    r.precision = "decade";
    return r;
  }
  if (x.century) {
    r.value = std::to_string(x.century - 1);
    r.precision = "century";
    return r;
  }
  if (!has_dct)
    return unresolved(x.weekday                  ? "day"
                      : UnitName(x.unit).empty() ? "day"
                                                 : UnitName(x.unit).data());
  if (x.weekday) {
    Date d;
    if (x.rel == kNoRel || x.rel == 0) {
      // "this Wednesday" with no cue is the last one; said in the present ("is this
      // Wednesday") it is the coming one, today included.
      Tense tense = x.tense;
      if (x.rel == 0 && tense == Tense::kUnknown) tense = Tense::kPast;
      if (x.rel == 0 && tense == Tense::kPresent) tense = Tense::kFutureInPast;
      d = WeekdayFor(dct, x.weekday, tense);
      r.confidence = x.tense == Tense::kUnknown ? 0.7f : 0.8f;
    } else {
      // "last Friday" is before the article's date; "the previous Friday", "the following
      // Monday" count from the day the story is at.
      const Date base = x.anaphor != kNoRel && story_day_ ? *story_day_ : dct;
      d = x.rel < 0 ? AddDays(base, -((Weekday(base) - x.weekday + 6) % 7 + 1))
                    : AddDays(base, (x.weekday - Weekday(base) + 6) % 7 + 1);
    }
    return day(d, x.part);
  }
  // Amounts before or after the article's date: two days ago, a year earlier, year-earlier.
  if ((x.shift != 0 || x.ago_word) && x.unit != kNoUnit && x.rel == kNoRel) {
    if (x.count < 0) return reference(x.shift < 0 ? "PAST_REF" : "FUTURE_REF");
    const int n = (x.count == 0 ? 1 : x.count) * (x.shift > 0 ? 1 : -1);
    switch (x.unit) {
      case kDayUnit: return day(AddDays(dct, n), x.part);
      case kWeekUnit:
        r.precision = "week";
        r.value = FormatWeek(IsoWeekOf(AddDays(dct, 7 * n)));
        return r;
      case kFortnightUnit:
        r.precision = "week";
        r.value = FormatWeek(IsoWeekOf(AddDays(dct, 14 * n)));
        return r;
      case kMonthUnit: {
        const Date d = AddMonths({dct.year, dct.month, 1}, n);
        r.precision = "month";
        r.value = FormatMonth(d.year, d.month);
        return r;
      }
      case kYearUnit:
        // "the year-earlier period" after "the nine months": those months a year back, an
        // amount as "the year-earlier nine months" is.
        if (x.period && months_period_ && x.ago_word) {
          r.type = "DURATION";
          r.value = DurationValue(months_count_, kMonthUnit);
          r.precision = "month";
          return r;
        }
        if (quarter_ && (!months_period_ || x.quarter_head)) {
          r.precision = "quarter";
          r.value = QuarterValue(quarter_year_ + n, quarter_);
          return r;
        }
        r.precision = "year";
        r.value = FormatYear(dct.year + n);
        return r;
      case kQuarterUnit: {
        const int index = dct.year * 4 + QuarterOf(dct) - 1 + n;
        r.precision = "quarter";
        r.value = QuarterValue(index / 4, index % 4 + 1);
        return r;
      }
      case kDecadeUnit:
        r.precision = "decade";
        r.value = std::to_string((dct.year + 10 * n) / 10);
        return r;
      case kCenturyUnit:
        r.precision = "century";
        r.value = std::to_string((dct.year + 100 * n) / 100);
        return r;
      default: return reference(x.shift < 0 ? "PAST_REF" : "FUTURE_REF");
    }
  }
  // Periods relative to the article's date: last week, this year, the year, this morning.
  if (x.part && x.rel != kNoRel) {
    // "last night" is the night before the article's day; "this morning" its own morning.
    return day(AddDays(dct, x.rel < 0 && x.part == kNight ? -1 : x.rel), x.part);
  }
  if (x.unit != kNoUnit) {
    const int rel = x.rel == kNoRel ? 0 : x.rel;
    if (x.unit == kQuarterUnit && rel < 0 && quarter_) {
      r.value = QuarterValue(quarter_year_, quarter_);
      r.precision = "quarter";
      return r;
    }
    r.value = RelativePeriod(dct, x.unit, rel, &r.precision);
    if (r.value.empty()) return unresolved("day");
    if (x.unit == kDayUnit) return day(AddDays(dct, rel), x.part);
    return r;
  }
  // A clock time alone is on the day the story is at ("shot at 10 p.m." after "on Oct. 23"),
  // else on the article's day.
  if (x.hour >= 0 && !x.part && story_day_ && x.tense == Tense::kPast)
    return day(*story_day_, x.part);
  if (x.part || x.hour >= 0) return day(dct, x.part);
  return unresolved("day");
}

}  // namespace sitrep::timex
