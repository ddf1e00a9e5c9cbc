// Places a recognised time expression on the calendar against the document creation time (the
// article's publication date): a TIMEX3-style value ("2023-03-06", "2023-W10", "2023-03",
// "P1Y", "PRESENT_REF", "2023-W09-WE"), its type (DATE, TIME, DURATION, SET) and precision.
//
// News conventions: a bare weekday, month or month-and-day is placed by the tense of its clause,
// on or before the article's date when past (the usual case in news), after it when future;
// "a year ago" and "the year-earlier period" take the granularity of the last quarter the
// article named, as financial reports compare quarters. With no article date, expressions that
// need one stay unresolved (an empty value) rather than being guessed from the clock; fully
// written dates still resolve, and a month and day without a year keep the year unknown
// ("XXXX-03-07").
//
// Not for: finding expressions (recognise/time_expressions.h) or event ordering.
#pragma once

#include <optional>
#include <string>

#include "recognise/time_expressions.h"
#include "resolve/calendar.h"

namespace sitrep::timex {

struct ResolvedTime {
  std::string type;         // DATE, TIME, DURATION, SET
  std::string value;        // TIMEX3 value; empty when it needs an article date that is unknown
  std::string precision;    // day, week, weekend, month, quarter, half, season, year, decade,
                            // century, hour, minute, part_of_day, reference
  std::string mod;          // START, MID, END, MORE_THAN, LESS_THAN, APPROX; empty when none
  std::string part_of_day;  // morning, afternoon, evening, night, late, early: when one is said
  float confidence = 0;
};

// Resolves the expressions of one document in reading order: it remembers the last quarter
// named and the story's own time (the last day, month and year the text placed), so make one
// per document. "That day", "the next morning", "the following year" and a clock time with no
// day are placed by the story's time, as TimeML reads them; with none yet, by the article's date.
class TimeResolver {
 public:
  explicit TimeResolver(std::optional<Date> dct) : dct_(dct) {}
  ResolvedTime Resolve(const TimeExpression& x);

 private:
  ResolvedTime Date_(const TimeExpression& x);
  void NoteStoryTime(const ResolvedTime& r);
  std::optional<Date> dct_;
  int quarter_year_ = 0;  // the last quarter named: year and quarter, 0 when none yet
  int quarter_ = 0;
  // A run of months ("the nine months") named since that quarter: what is a year back from
  // it is in last year, not in last year's quarter.
  bool months_period_ = false;
  int months_count_ = 0;           // how many months that run has
  std::optional<Date> story_day_;  // the last day the text placed
  Date story_month_{};             // the last month (day 1); year 0 when none
  int story_year_ = 0;             // the last year
};

}  // namespace sitrep::timex
