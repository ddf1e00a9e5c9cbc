// English time expressions in running text: where each one is and what it says, before it is
// placed on the calendar (resolve/time_resolution.h does that against the article's date).
//
// A compiled set of token patterns (token_patterns.h) over the classes of each token
// (time_words.h) finds the longest expression at each token; a few checks then drop readings
// that are usually something else ("May" alone with no preposition is the verb, "2000" before a
// noun is a count). What the matched tokens say is read into a TimeExpression: calendar fields
// ("March 7, 2023"), a relative anchor ("last week", "next Friday", "two days ago"), a duration
// ("for months", "a year-long invasion"), a set ("every Monday"), a reference to the present,
// past or future ("now", "recently"), with modifiers ("late", "more than") and the tense of its
// clause. Two expressions joined by "to", "through" or a dash after "from"/"between" are marked
// as the two ends of one range.
//
// Spans follow TimeML's TIMEX3: a leading "the" and modifiers ("early", "more than") are in,
// prepositions ("on", "for", "since") are out.
//
// Not for: resolving (resolve/time_resolution.h), or events the expressions anchor.
#pragma once

#include <span>
#include <vector>

#include "core/span.h"
#include "recognise/clause_tense.h"
#include "recognise/time_words.h"
#include "recognise/tokenizer.h"

namespace sitrep::timex {

enum class Kind : int8_t { kDate, kTime, kDuration, kSet };
constexpr int kNoRel = 99;

struct TimeExpression {
  Span span;  // bytes of the text
  Kind kind = Kind::kDate;
  // Calendar fields, 0 (or kNo...) when not said.
  int year = 0;
  int month = 0;
  int day = 0;
  int weekday = 0;  // 1 = Monday
  int quarter = 0;
  int half = 0;
  int decade = 0;   // its first year: 1990 for "the 1990s"
  int century = 0;  // ordinal: 21 for "the 21st century"
  Season season = kNoSeason;
  PartOfDay part = kNoPart;
  int hour = -1;
  int minute = -1;
  bool utc = false;  // "18:00 UTC", "noon GMT"
  Holiday holiday = kNoHoliday;
  // Relative anchors and amounts.
  int rel = kNoRel;  // -1 last/past/previous, 0 this/current, +1 next/coming, -2 recent
  int shift = 0;     // -1 "ago", "earlier"; +1 "later"
  Unit unit = kNoUnit;
  int count = 0;          // 0 not said, -1 said but not counted ("months", "a few weeks")
  bool and_half = false;  // "5 1/2 hours", "a year and a half": half a unit more
  Deictic deictic = kNoDeictic;
  int ref = kNoRel;  // "the past" -1, "the present" 0, "the future" +1
  Mod mod = kNoMod;
  bool ago_word = false;      // "year-earlier": a year before the period the text is about
  bool quarter_head = false;  // "the year-ago quarter": what is a year back is a quarter
  bool fiscal = false;
  bool period = false;    // "the 1988 period", "the latest period": the period reported on
  int year_rel = kNoRel;  // "last year's quarter": the year's REL, apart from the quarter's
  // A period placed by the story's own time, not the article's date: 0 "that day", +1 "the
  // following year", "the next morning", -1 "the previous day"; kNoRel when not.
  int anaphor = kNoRel;
  bool has_the = false;
  Tense tense = Tense::kUnknown;
  int range_end = -1;  // index (in the same output) of the range's other end, on its start
};

struct TimeOptions {
  // 3/7/2023 is 3 July rather than March 7: true where the outlet's country writes the day first.
  bool day_first = false;
};

// Reusable buffers, so recognising allocates nothing once warm.
struct TimeScratch {
  std::vector<ner::Token> tokens;
  std::vector<TimeToken> time_tokens;
  std::vector<ClassMask> masks;
  std::vector<std::pair<size_t, size_t>> token_spans;  // of each expression found
};

// Appends the expressions of one sentence (|sentence| is its span in |text|) to |out|.
void RecogniseTime(std::string_view text, Span sentence, const TimeOptions& options,
                   TimeScratch* scratch, std::vector<TimeExpression>* out);

}  // namespace sitrep::timex
