// The words of English time expressions, and the classes a token belongs to for the time
// grammar: "March" is a month, "1990" a year and a number, "third-quarter" a quarter, "year-long"
// a duration, "2023-03-07" a numeric date.
//
// Month and weekday names count only when capitalised ("march", "may" are verbs); everything
// else is matched without regard to case, with an abbreviation's period ("Sept.") ignored.
// Hyphenated forms are read part by part: "mid-March", "two-year", "year-earlier".
//
// Not for: which sequences of classes make an expression (time_expressions.cc) or what they
// mean on the calendar (resolve/time_resolution.h).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "recognise/token_patterns.h"

namespace sitrep::timex {

// Bit positions of the classes; a pattern names them by the strings in ClassName.
enum TimeClass : int {
  kThe,           // the
  kA,             // a, an
  kMonth,         // January, Sept.
  kWeekday,       // Monday, Tues.
  kWeekdays,      // Mondays (a set)
  kSeason,        // spring, summer, fall, autumn, winter
  kPart,          // morning, afternoon, evening, night, noon, midnight
  kUnit,          // day, week, weekend, month, quarter, year, decade, century, hour, minute
  kUnits,         // the plurals
  kNum,           // 3, three, twenty
  kFew,           // few, several, many, couple
  kOrd,           // first, 3rd
  kDay,           // 1..31, 1st..31st
  kYear,          // 1000..2099
  kDecade,        // 1990s, 90s
  kRel,           // last, next, this, past, previous, coming, current, recent, latest
  kMod,           // early, late, mid
  kEdge,          // beginning, start, middle, end
  kOf,            // of
  kComma,         // ,
  kDeictic,       // today, yesterday, now, currently, recently...
  kRefNoun,       // future, past, present (after "the")
  kAgo,           // ago, earlier, later, hence
  kEvery,         // every, each
  kSetAdverb,     // daily, weekly, annually
  kFiscal,        // fiscal
  kHalf,          // half
  kClock,         // 10:30, 9am
  kAmPm,          // a.m., pm
  kZone,          // GMT, EST, UTC
  kHoliday,       // Christmas, Thanksgiving
  kMore,          // more, less, fewer
  kThan,          // than
  kApprox,        // about, around, nearly, almost, roughly
  kNumDate,       // 2023-03-07, 07.03.2023, 3/7/2023
  kDurationWord,  // year-long, two-year, 16-hour
  kPeriodWord,    // third-quarter, first-half
  kAgoWord,       // year-earlier, year-ago
  kPeriodNoun,    // period
  kApostrophe,    // ' before '90s, '98
  kTimes,         // once, twice, times
  kPoss,          // 's
  kThat,          // that (a period the text already named: "that day", "later that year")
  kFraction,      // 1/2, ½ ("5 1/2 hours")
  kFull,          // full ("the full year", "a full month")
  kUnitEnd,       // year-end, month-end, quarter-end
  kNear,          // near, short, long (before "future", "term")
  kTerm,          // term ("the near term": FUTURE_REF)
  kWorkday,       // trading, business, working ("eight trading days")
  kOr,            // or, and between two amounts ("weeks or months")
  kClassCount
};
static_assert(kClassCount <= 64);

// The pattern name of a class ("MONTH"), and the mask of a name (0 when there is none).
std::string_view ClassName(TimeClass c);
ClassMask ClassOf(std::string_view name);
constexpr ClassMask Bit(TimeClass c) { return ClassMask(1) << c; }

enum Unit : int8_t {
  kNoUnit,
  kSecondUnit,
  kMinuteUnit,
  kHourUnit,
  kDayUnit,
  kWeekendUnit,
  kWeekUnit,
  kFortnightUnit,
  kMonthUnit,
  kQuarterUnit,
  kHalfUnit,
  kYearUnit,
  kDecadeUnit,
  kCenturyUnit,
};
enum Season : int8_t { kNoSeason, kSpring, kSummer, kFall, kWinter };
enum PartOfDay : int8_t { kNoPart, kMorning, kAfternoon, kEvening, kNight, kNoon, kMidnight };
enum Deictic : int8_t {
  kNoDeictic,
  kToday,
  kYesterday,
  kTomorrow,
  kTonight,
  kOvernight,
  kNow,
  kRecently,  // PAST_REF
};
enum Mod : int8_t { kNoMod, kStart, kMid, kEnd, kMoreThan, kLessThan, kApproximately };
enum Holiday : int8_t {
  kNoHoliday,
  kChristmas,
  kChristmasEve,
  kNewYearsEve,
  kHalloween,
  kThanksgiving,
  kIndependenceDay,
  // Named with "Day" after them ("Election Day"); alone the words are no dates.
  kElectionDay,
  kMemorialDay,
  kLaborDay,
};

// One token as the time grammar sees it.
struct TimeToken {
  Span span;
  ClassMask classes = 0;
  int32_t number = 0;     // NUM, ORD, DAY, YEAR, DECADE (its first year), counts in compounds
  int8_t unit = kNoUnit;  // UNIT(S), and the unit of a compound ("two-year")
  int8_t lex = 0;       // MONTH 1-12, WEEKDAY 1-7, Season, PartOfDay, Deictic, Holiday, REL and AGO
                        // direction (-1, 0, +1), Mod of MOD/EDGE/MORE/APPROX, 1 for a ZONE of
                        // universal time (UTC, GMT)
  int8_t mod = kNoMod;  // "mid-March": the month, with kMid
  bool capitalised = false;
};

// The classes of one token's text (as the tokenizer cut it).
TimeToken ClassifyTimeToken(std::string_view word, Span span);

// Whether a text may hold a token of some of a set of classes, asked of the raw text before it is
// tokenized: a text with no digit (numbers, numeric dates and clock times start with one) and no
// run of ASCII letters that is, lower-cased, a run of a lexicon word of those classes cannot. A
// run is taken as the text has it, and also without a final "n" ("didn't" is "did" and "n't").
// Hyphenated forms are read by their parts ("two-year"), so the parts' classes are looked for
// too. Not for: a text's tokens themselves, which may still have none of the classes.
class TimeWordFilter {
 public:
  explicit TimeWordFilter(ClassMask classes);
  bool MayHold(std::string_view text) const;

 private:
  std::vector<uint64_t> sketch_;        // a bit for each run (FilterBit)
  std::vector<std::string_view> runs_;  // sorted
  bool always_ = false;  // some word of the classes has no ASCII letter: every text may
};

}  // namespace sitrep::timex
