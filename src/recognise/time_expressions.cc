// Time expressions. Tested by time_expressions_test.cc.
//
// The grammar is a list of token patterns with the kind each one makes; the order breaks ties
// between equally long matches. Reading the fields does not depend on which pattern matched:
// each token class contributes its own field, so a new pattern needs no new reading code.
#include "recognise/time_expressions.h"

#include <array>
#include <charconv>

#include "core/result.h"

namespace sitrep::timex {
namespace {

struct Rule {
  std::string_view pattern;
  Kind kind;
};

// Longest match wins; among equally long matches, the earlier rule.
constexpr Rule kRules[] = {
    // Calendar dates: March 7, 2023; Monday, 7 March; the 7th of March; March 2023.
    {"THE? WEEKDAY? COMMA? MONTH DAY|ORD COMMA? YEAR?", Kind::kDate},
    {"REL REL? WEEKDAY COMMA? MONTH DAY|ORD COMMA? YEAR?", Kind::kDate},  // this Sunday, March 8
    {"WEEKDAY? COMMA? THE? DAY|ORD OF? MONTH COMMA? YEAR?", Kind::kDate},
    {"THE? MOD? MONTH COMMA? OF? YEAR", Kind::kDate},
    {"THE? MOD? MONTH DAY|ORD? COMMA? REL UNIT", Kind::kDate},  // July last year
    {"THE? MOD? MONTH", Kind::kDate},
    {"THE? MOD? MONTH COMMA? NUM NUM", Kind::kDate},          // January nineteen ninety-seven
    {"REL MONTH DAY|ORD COMMA? YEAR?", Kind::kDate},          // last Oct. 23
    {"THE UNIT OF MONTH DAY|ORD COMMA? YEAR?", Kind::kDate},  // the week of March 6
    {"THE UNIT NUM NUM?", Kind::kDate},                       // the year two thousand
    {"THE? MOD? UNIT? YEAR", Kind::kDate},
    {"THE? MOD? APOS? DECADE", Kind::kDate},
    {"APOS YEAR", Kind::kDate},
    {"WEEKDAY? COMMA? NUMDATE", Kind::kDate},
    {"HOLIDAY UNIT? COMMA? YEAR?", Kind::kDate},
    // The end of March, the beginning of the year, the middle of next week.
    {"THE? EDGE OF MONTH|YEAR|DECADE", Kind::kDate},
    {"THE? EDGE OF THE? REL? FISCAL? UNIT|WEEKDAY|MONTH|SEASON", Kind::kDate},
    // Quarters, halves, centuries: the third quarter (of 1998), third-quarter, the 21st century.
    {"THE? MOD? ORD UNIT|HALF", Kind::kDate},
    {"THE? MOD? ORD UNIT|HALF OF THE? FISCAL? UNIT? YEAR", Kind::kDate},
    {"THE? MOD? ORD UNIT|HALF OF THE? REL? FISCAL? UNIT", Kind::kDate},
    {"THE REL HALF OF YEAR", Kind::kDate},  // the last half of 1989
    {"THE? REL? FISCAL? YEAR? PERIODWORD", Kind::kDate},
    {"THE? YEAR ORD UNIT|HALF", Kind::kDate},
    // The period a report covers: the 1988 quarter, the latest period, this year's third
    // quarter, last year's quarter.
    {"THE YEAR UNIT|PERIOD", Kind::kDate},
    {"THE REL PERIOD", Kind::kDate},
    {"THE THAT PERIOD REL UNIT", Kind::kDate},  // the same period last year
    {"THE? REL UNIT POSS MOD? ORD? UNIT|PERIOD", Kind::kDate},
    // Years said in words, as broadcasts write them: nineteen ninety-six.
    {"NUM NUM", Kind::kDate},
    {"THE? REL? FISCAL UNIT? YEAR?", Kind::kDate},
    // Seasons: summer 1998, the spring of 1998, last fall.
    {"THE? MOD? SEASON", Kind::kDate},
    {"THE? MOD? SEASON OF? YEAR", Kind::kDate},
    {"THE? MOD? SEASON OF? NUM NUM", Kind::kDate},
    // Relative to the article: last week, this past weekend, late last year, this morning.
    {"THE? MOD? REL REL? UNIT|WEEKDAY|MONTH|SEASON|PART", Kind::kDate},
    {"AGO REL UNIT|MONTH|SEASON", Kind::kDate},
    {"THE UNIT", Kind::kDate},
    {"THE? AGOWORD UNIT|PERIOD?", Kind::kDate},
    {"THE? AGOWORD ORD UNIT", Kind::kDate},      // the year-ago third quarter
    {"THE AGOWORD NUM UNITS", Kind::kDuration},  // the year-earlier nine months
    {"THE UNIT A UNIT AGO", Kind::kDate},        // the quarter a year ago
    {"MORE|APPROX? THAN? A|NUM|FEW NUM? UNIT|UNITS AGO", Kind::kDate},
    {"MORE|APPROX? THAN? A FEW UNITS AGO", Kind::kDate},
    {"UNITS AGO", Kind::kDate},
    {"MOD? WEEKDAY PART?", Kind::kDate},
    {"MOD? DEICTIC PART?", Kind::kDate},
    {"PART WEEKDAY|DEICTIC", Kind::kTime},
    {"PART", Kind::kTime},  // at noon, by midnight
    {"THE REFNOUN", Kind::kDate},
    {"THE NEAR REFNOUN|TERM", Kind::kDate},  // the near future, the short term
    // The story's own time: that day, earlier that year, the same day.
    {"AGO? THAT UNIT|PART", Kind::kDate},
    {"AGO? THE|THAT THAT UNIT|PART", Kind::kDate},  // the same day, that same morning
    // The end of the period the article is in: by year-end, by year's end.
    {"UNITEND", Kind::kDate},
    {"UNIT POSS? EDGE", Kind::kDate},
    {"THE FULL FISCAL? UNIT", Kind::kDate},  // the full year
    {"THE? REL UNITS", Kind::kDate},
    // Clock times: 10:30 a.m. EST, 9 p.m. Monday.
    {"CLOCK|NUM AMPM? ZONE? WEEKDAY|DEICTIC?", Kind::kTime},
    {"CLOCK|NUM AMPM? ZONE? COMMA? MONTH DAY|ORD", Kind::kTime},
    // Durations: two days, a year, more than three years, the past two months, the first nine
    // months, months, a year-long (war).
    {"MORE|APPROX? THAN? A UNIT", Kind::kDuration},
    {"MORE|APPROX? THAN? A? NUM|FEW NUM? UNIT|UNITS", Kind::kDuration},
    {"MORE|APPROX? THAN? NUM FRAC UNIT|UNITS", Kind::kDuration},    // 5 1/2 hours
    {"MORE|APPROX? THAN? A|NUM FULL UNIT|UNITS", Kind::kDuration},  // a full year
    {"A? NUM|FEW NUM? MORE UNITS", Kind::kDuration},                // two more weeks
    {"A MORE UNIT", Kind::kDuration},                               // an additional year
    {"A|NUM|FEW NUM? WORKDAY UNIT|UNITS", Kind::kDuration},         // eight trading days
    {"MORE|APPROX? THAN? A? FEW OF UNITS", Kind::kDuration},        // a couple of years
    {"THE? REL A? NUM|FEW NUM? UNIT|UNITS", Kind::kDuration},
    {"THE? REL NUM|FEW NUM? WORKDAY UNITS", Kind::kDuration},  // the past five trading days
    {"THE ORD? NUM NUM? UNITS", Kind::kDuration},
    {"MORE|APPROX? THAN? DURWORD", Kind::kDuration},
    {"UNITS", Kind::kDuration},
    {"REL? UNITS OR UNITS", Kind::kDuration},  // weeks or months, recent weeks and months
    // Sets: every Monday, each year, every two weeks, daily, on Mondays, twice a year.
    {"EVERY UNIT|WEEKDAY|MONTH|SEASON|PART", Kind::kSet},
    {"EVERY NUM|FEW NUM? UNITS", Kind::kSet},
    {"SETADV", Kind::kSet},
    {"WEEKDAYS", Kind::kSet},
    {"NUM? TIMES A UNIT", Kind::kSet},
};

// Classes that make no expression of their own: a sentence none of whose tokens has a class
// outside these holds none, and most sentences of a page (all of those in other languages without
// a number) are passed over without being tokenized. Grammar() checks that no rule matches
// tokens of these classes alone.
constexpr ClassMask kFunctionClasses =
    Bit(kThe) | Bit(kA) | Bit(kOf) | Bit(kComma) | Bit(kOr) | Bit(kRel) | Bit(kThat) | Bit(kMore) |
    Bit(kThan) | Bit(kApprox) | Bit(kNear) | Bit(kTimes) | Bit(kEvery) | Bit(kAgo) | Bit(kFull) |
    Bit(kWorkday) | Bit(kEdge) | Bit(kMod) | Bit(kFew) | Bit(kHalf) | Bit(kApostrophe) |
    Bit(kPoss) | Bit(kAmPm) | Bit(kZone) | Bit(kFraction);

const TokenPatterns& Grammar() {
  static const TokenPatterns kGrammar = [] {
    std::array<std::string_view, std::size(kRules)> patterns;
    for (size_t i = 0; i < std::size(kRules); ++i) patterns[i] = kRules[i].pattern;
    Result<TokenPatterns> compiled = TokenPatterns::Compile(patterns, ClassOf);
    SITREP_ASSERT(compiled.ok());  // the grammar is a constant: a bad rule is a bug
    // Tokens of every function class at once, longer than any rule: no rule may match them.
    const std::array<ClassMask, 32> function_words = [] {
      std::array<ClassMask, 32> masks;
      masks.fill(kFunctionClasses);
      return masks;
    }();
    SITREP_ASSERT(compiled.value().Longest(function_words, 0).length == 0);
    return std::move(compiled).value();
  }();
  return kGrammar;
}

// A sentence may hold an expression only if it may hold a token of another class.
const TimeWordFilter& KeyWords() {
  static const TimeWordFilter kFilter(~kFunctionClasses);
  return kFilter;
}

bool Is(const TimeToken& t, TimeClass c) { return t.classes & Bit(c); }

bool WordIs(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w.size() == x.size()) {
      bool same = true;
      for (size_t i = 0; i < w.size() && same; ++i) {
        same = (w[i] | 0x20) == (x[i] | 0x20);
      }
      if (same) return true;
    }
  }
  return false;
}

// A token's word is its tagger form: an en dash reads "-", a curly quote a straight one.
bool WordIs(std::string_view, const ner::Token& t, std::initializer_list<std::string_view> words) {
  return WordIs(t.word, words);
}

// Words before a bare month, year or season that make it a time ("in May", "since 2014").
bool TemporalLead(std::string_view text, const ner::Token& t) {
  return WordIs(text, t, {"in",     "since",   "by",     "until",  "till",       "of",    "from",
                          "to",     "through", "during", "before", "after",      "early", "late",
                          "mid",    "last",    "next",   "this",   "and",        "or",    "between",
                          "around", "circa",   "for",    "into",   "throughout", "than",  "on"});
}

bool IsWordToken(std::string_view w) {
  return !w.empty() && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'));
}

// Parses 2023-03-07, 07.03.2023, 3/7/2023 into |e|. Dots and a four-digit year last mean the
// day comes first; with slashes the locale decides unless one number cannot be a month.
void ReadNumericDate(std::string_view s, const TimeOptions& options, TimeExpression* e) {
  int parts[3] = {0, 0, 0}, lengths[3] = {0, 0, 0}, n = 0;
  char sep = 0;
  if (s.ends_with('.')) s.remove_suffix(1);  // a full stop the tokenizer left on
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      parts[n] = parts[n] * 10 + (c - '0');
      ++lengths[n];
    } else if (n < 2) {
      sep = c;
      ++n;
    }
  }
  int y, m, d;
  if (lengths[0] == 4) {
    y = parts[0], m = parts[1], d = parts[2];
  } else {
    y = lengths[2] == 2 ? 2000 + parts[2] : parts[2];
    bool day_first = sep == '.' || (sep == '-') || options.day_first;
    if (parts[0] > 12) day_first = true;
    if (parts[1] > 12) day_first = false;
    d = day_first ? parts[0] : parts[1];
    m = day_first ? parts[1] : parts[0];
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return;
  e->year = y, e->month = m, e->day = d;
}

void ReadClock(std::string_view s, TimeExpression* e) {
  int h = 0, m = 0;
  size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') h = h * 10 + (s[i++] - '0');
  if (i < s.size() && s[i] == ':') {
    m = (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
    i += 3;
  }
  while (i < s.size() && s[i] == ':') i += 3;  // seconds are not kept
  const std::string_view rest = i < s.size() ? s.substr(i) : std::string_view();
  if (!rest.empty() && (rest[0] == 'p' || rest[0] == 'P') && h < 12) h += 12;
  if (!rest.empty() && (rest[0] == 'a' || rest[0] == 'A') && h == 12) h = 0;
  if (h > 24 || m > 59) return;
  e->hour = h, e->minute = m;
}

// What tokens [b, e) say. Each class adds its field; numbers are read by their neighbours.
TimeExpression Read(std::string_view text, std::span<const TimeToken> t, size_t b, size_t e,
                    Kind kind, const TimeOptions& options) {
  TimeExpression x;
  x.kind = kind;
  x.span = {t[b].span.begin, t[e - 1].span.end};
  bool count_open = false;
  for (size_t i = b; i < e; ++i) {
    const TimeToken& k = t[i];
    const bool next_is_month =
        i + 1 < e &&
        (Is(t[i + 1], kMonth) || (Is(t[i + 1], kOf) && i + 2 < e && Is(t[i + 2], kMonth)));
    const bool next_is_unit = i + 1 < e && (Is(t[i + 1], kUnit) || Is(t[i + 1], kUnits) ||
                                            Is(t[i + 1], kHalf) || Is(t[i + 1], kNum));
    if (k.mod != kNoMod) x.mod = Mod(k.mod);
    if (Is(k, kThe)) {
      x.has_the = true;
    } else if (Is(k, kNumDate)) {
      ReadNumericDate(k.span.Of(text), options, &x);
    } else if (Is(k, kClock)) {
      ReadClock(k.span.Of(text), &x);
    } else if (Is(k, kAmPm)) {
      if (x.hour < 0 && x.count > 0) x.hour = x.count, x.minute = 0, x.count = 0;
      if (x.hour >= 0 && x.hour < 12 && k.lex == 12) x.hour += 12;
      if (x.hour == 12 && k.lex == 0) x.hour = 0;
    } else if (Is(k, kMonth)) {
      x.month = k.lex;
    } else if (Is(k, kWeekday)) {
      x.weekday = k.lex;
    } else if (Is(k, kWeekdays)) {
      x.weekday = k.lex;
    } else if (Is(k, kDecade)) {
      x.decade = k.number;
    } else if (Is(k, kYear) && (k.number >= 1000 || (i > b && Is(t[i - 1], kApostrophe))) &&
               (!next_is_unit ||
                (i > b && Is(t[i - 1], kThe) && (Is(t[i + 1], kOrd) || Is(t[i + 1], kUnit))))) {
      // "the 1988 second quarter", "the 1988 quarter" name the year; "1000 years" is a count.
      x.year = k.number >= 1000 ? k.number : (k.number >= 30 ? 1900 : 2000) + k.number;
    } else if (Is(k, kDay) && (x.month || next_is_month) && !x.day &&
               (!next_is_unit || Is(t[i + 1], kYear))) {  // "March 12 2009"
      x.day = k.number;
    } else if (Is(k, kOrd) && (next_is_month || (x.month && !x.day && !x.year)) && k.number <= 31 &&
               !next_is_unit) {
      x.day = k.number;  // "the eighth of March", "March eighth"
    } else if (Is(k, kOrd) && (!Is(k, kUnit) || next_is_unit)) {
      const Unit u = i + 1 < e ? Unit(t[i + 1].unit) : kNoUnit;
      if (i + 1 < e && Is(t[i + 1], kHalf)) {
        x.half = k.number;
      } else if (u == kQuarterUnit) {
        x.quarter = k.number;
      } else if (u == kCenturyUnit) {
        x.century = k.number;
      } else if (Is(t[i + 1 < e ? i + 1 : i], kNum)) {
        continue;  // "the first nine months": the count follows
      }
      ++i;  // the unit is read with the ordinal
    } else if (Is(k, kMore) && count_open) {
      continue;  // "two more weeks": still two
    } else if (Is(k, kNum) || Is(k, kA) || Is(k, kFew)) {
      if (Is(k, kFew)) {
        x.count = k.number > 0 ? k.number : -1;
      } else if (count_open && (x.count == 19 || x.count == 20) && k.number >= 10 &&
                 k.number <= 99 && !next_is_unit && IsWordToken(k.span.Of(text))) {
        // "nineteen ninety-six" is a year; "June 19 20 people" is not.
        x.year = x.count * 100 + k.number;
        x.count = 0;
      } else if (count_open && (k.number == 100 || k.number == 1000) && x.count > 0 &&
                 x.count < 100) {
        x.count *= k.number;  // "two thousand"
      } else {
        const int n = Is(k, kA) ? 1 : k.number;
        // "twenty four": a tens word then a units word add up.
        x.count = count_open && x.count >= 20 && x.count % 10 == 0 && n < 10 ? x.count + n : n;
        if (Is(k, kA) && i + 1 < e && Is(t[i + 1], kFew)) x.count = t[i + 1].number;
      }
      count_open = true;
      continue;
    } else if (Is(k, kUnit) || Is(k, kUnits)) {
      // "the year 2000" names the year, and "the year-earlier quarter" is a year back: the unit
      // word is no amount there. "the year-ago quarter", "the quarter a year ago": what is a
      // year back is a quarter. "the year-earlier nine months": a counted amount, named as one.
      if ((x.ago_word && k.unit == kQuarterUnit) ||
          (x.unit == kQuarterUnit && k.unit == kYearUnit)) {
        x.quarter_head = true;
      }
      if (x.ago_word && Is(k, kUnits) && x.count > 0) x.ago_word = false;
      if (!(k.unit == kYearUnit && i + 1 < e && Is(t[i + 1], kYear)) && !x.ago_word) {
        x.unit = Unit(k.unit);
      }
      if (Is(k, kUnits) && x.count == 0) x.count = -1;
    } else if (Is(k, kSeason)) {
      x.season = Season(k.lex);
    } else if (Is(k, kPart)) {
      x.part = PartOfDay(k.lex);
    } else if (Is(k, kTerm)) {
      x.ref = 1;  // the near term, the long term
    } else if (Is(k, kRefNoun) && i + 1 == e && i > b &&
               (Is(t[i - 1], kThe) || Is(t[i - 1], kNear))) {
      x.ref = Is(k, kRel) ? -1 : k.lex;
    } else if (Is(k, kDeictic) && Is(k, kRel) && e - b == 1) {
      x.deictic = kNow;  // "current" alone
    } else if (Is(k, kRel)) {
      x.rel = k.lex;  // "this past weekend": the last one read decides
      // "the next day", "the following year", "the previous week": after or before a time the
      // story named ("next week" alone is after the article's date).
      if (i > b && Is(t[i - 1], kThe) &&
          WordIs(k.span.Of(text), {"next", "following", "previous", "preceding", "prior"})) {
        x.anaphor = k.lex;
      }
    } else if (Is(k, kThat)) {
      x.anaphor = 0;
    } else if (Is(k, kMod) || Is(k, kEdge) || Is(k, kMore) || Is(k, kApprox)) {
      x.mod = Mod(k.lex);
    } else if (Is(k, kDeictic)) {
      x.deictic = Deictic(k.lex);
    } else if (Is(k, kAgo)) {
      if (!(i + 1 < e && Is(t[i + 1], kThat))) x.shift = k.lex;  // "later that year": that year
    } else if (Is(k, kAgoWord)) {
      x.ago_word = true;
      x.unit = Unit(k.unit);
    } else if (Is(k, kDurationWord)) {
      x.unit = Unit(k.unit);
      x.count = k.number;
    } else if (Is(k, kPeriodWord)) {
      (k.unit == kQuarterUnit ? x.quarter : x.half) = k.number;
    } else if (Is(k, kSetAdverb)) {
      x.unit = Unit(k.unit);
    } else if (Is(k, kFiscal)) {
      x.fiscal = true;
    } else if (Is(k, kHoliday)) {
      x.holiday = Holiday(k.lex);
    } else if (Is(k, kPeriodNoun)) {
      x.period = true;
    } else if (Is(k, kPoss)) {
      // "last year's": the REL and the year belong to the year; what follows is the period
      // ("last year's quarter"), unless it is the year's own end.
      const bool edge_next = i + 1 < e && Is(t[i + 1], kEdge);
      if (x.unit == kYearUnit && !edge_next) {
        x.year_rel = x.rel, x.rel = kNoRel, x.unit = kNoUnit;
      }
    } else if (Is(k, kUnitEnd)) {
      x.unit = Unit(k.unit);
    } else if (Is(k, kFull)) {
      if (x.has_the) x.rel = 0;  // "the full year" is this one; "a full year" an amount
    } else if (Is(k, kTimes)) {
      x.count = k.lex ? k.lex : x.count;
    } else if (Is(k, kOr)) {
      break;  // "weeks or months": the first amount is read, the second only widens it
    } else if (Is(k, kZone)) {
      x.utc = k.lex == 1;
    } else if (Is(k, kFraction)) {
      x.and_half = true;
    } else if (Is(k, kHalf) && x.rel == -1 && WordIs(t[i - 1].span.Of(text), {"last"})) {
      x.half = 2, x.rel = kNoRel;  // "the last half of 1989"
    }
    count_open = false;
  }
  if (x.unit == kHalfUnit) x.unit = kNoUnit;
  // "the year two thousand", "the year nineteen ninety-six": the words name the year.
  if (kind == Kind::kDate && x.has_the && x.unit == kYearUnit && !x.ago_word && x.rel == kNoRel) {
    if (x.count >= 1000 && x.count <= 2099) x.year = x.count, x.count = 0;
    if (x.year && x.count == 0) x.unit = kNoUnit;
  }
  return x;
}

// Checks on a match's reading that its tokens alone cannot make.
bool Plausible(std::string_view text, std::span<const ner::Token> words,
               std::span<const TimeToken> t, size_t b, size_t e, const TimeExpression& x) {
  const bool lead = b > 0 && TemporalLead(text, words[b - 1]);
  const size_t n = e - b;
  const TimeToken& first = t[b];
  // A reading that says nothing about time ("twenty four" with no unit).
  if (!x.year && !x.month && !x.day && !x.weekday && !x.quarter && !x.half && !x.decade &&
      !x.century && !x.season && !x.part && x.hour < 0 && !x.holiday && x.rel == kNoRel &&
      x.unit == kNoUnit && !x.deictic && x.ref == kNoRel && !x.ago_word) {
    return false;
  }
  // A two-digit number is a year only after an apostrophe ('98).
  if (n == 1 && Is(first, kYear) && first.span.size() == 2) return false;
  // A bare month: "May" alone is the verb unless a preposition leads it.
  if (x.month && !x.day && !x.year && n <= 2 && !x.has_the) {
    if (x.month == 5 && !lead && x.mod == kNoMod) return false;
  }
  // A bare year or two-digit year: a count unless a preposition leads it, or nothing wordy
  // follows it ("in 2014", "2014 was", but not "2000 troops").
  if (x.year && !x.month && !x.season && !x.quarter && !x.half && !x.fiscal && !x.holiday) {
    if (Is(t[e - 1], kYear) && t[e - 1].span.size() == 2 &&
        !(n >= 2 && Is(t[e - 2], kApostrophe))) {
      return false;
    }
    if (n == 1 || (n == 2 && x.has_the)) {
      if (x.year < 1900 && !lead) return false;
      const bool wordy_next = e < words.size() && IsWordToken(words[e].word) &&
                              !WordIs(text, words[e],
                                      {"and", "or", "to", "when", "after", "before", "as", "but",
                                       "that", "with", "while", "until", "was", "were", "is"});
      // "the 1996 law", "its 1990 invasion": a determiner before and a noun after make it the
      // year of the thing named.
      const bool determiner =
          b > 0 && WordIs(text, words[b - 1],
                          {"the", "a", "an", "his", "her", "its", "their", "our", "that", "this",
                           "whose", "last", "next", "'s"});
      // "his unsuccessful 1996 campaign": one adjective may stand between.
      const bool determiner_before_adjective =
          b > 1 && IsWordToken(words[b - 1].word) && words[b - 1].word[0] >= 'a' &&
          WordIs(text, words[b - 2], {"his", "her", "its", "their", "our", "'s"});
      if (!lead && wordy_next && !determiner && !determiner_before_adjective) return false;
      if (b > 0 &&
          WordIs(text, words[b - 1], {"$", "No.", "#", "Route", "Article", "Resolution"})) {
        return false;
      }
    }
  }
  if (x.count > 0 || x.count == -1) {
    // "three quarters of", "a second time", "a quarter of the vote": fractions and ordinals.
    if (x.unit == kQuarterUnit && e < words.size() && WordIs(text, words[e], {"of"})) return false;
    if (x.unit == kSecondUnit && Is(t[e - 1], kUnit) && Is(t[e - 1], kOrd)) return false;
  }
  // "the year", "the week": only the larger units stand alone.
  if (n == 2 && x.has_the && x.unit != kNoUnit && x.count == 0 && x.rel == kNoRel && !x.ago_word &&
      !x.quarter) {
    if (x.unit != kYearUnit && x.unit != kMonthUnit && x.unit != kWeekUnit &&
        x.unit != kWeekendUnit && x.unit != kQuarterUnit) {
      return false;
    }
  }
  // A bare season: "fall", "spring" are verbs and nouns; a preposition must lead, and not the
  // "to" of an infinitive ("began to fall apart").
  if (x.season && !x.year && x.rel == kNoRel && !x.has_the && x.mod == kNoMod &&
      (!lead || WordIs(text, words[b - 1], {"to"}))) {
    return false;
  }
  // An ordinal with a unit that names no period we resolve ("the first day").
  if (Is(first, kOrd) && !x.quarter && !x.half && !x.century && !x.day && x.count == 0) {
    return false;
  }
  if ((first.classes & Bit(kThe)) && n > 1 && Is(t[b + 1], kOrd) && !x.quarter && !x.half &&
      !x.century && !x.day && x.count == 0) {
    return false;
  }
  // "year end", "the full year": only the longer periods have ends and wholes of their own.
  const bool unit_edge = n >= 2 && Is(first, kUnit) && (Is(t[b + 1], kEdge) || Is(t[b + 1], kPoss));
  if ((unit_edge || (n >= 2 && Is(t[b + 1], kFull))) &&
      (x.unit < kMonthUnit || x.unit > kYearUnit)) {
    return false;
  }
  // "Election Day", "Independence Day": the words name a day only capitalised with "Day".
  if (x.holiday >= kIndependenceDay &&
      !(n >= 2 && first.capitalised && t[b + 1].capitalised && t[b + 1].unit == kDayUnit)) {
    return false;
  }
  // A part of day alone is a time only for noon and midnight after a preposition ("at noon");
  // "morning" alone is too often no point in time.
  if (n == 1 && Is(first, kPart) &&
      ((x.part != kNoon && x.part != kMidnight) || b == 0 ||
       !WordIs(text, words[b - 1], {"at", "by", "until", "till", "before", "after", "from"}))) {
    return false;
  }
  // "the future of our peoples" is their fate, not a time.
  if (x.ref == 1 && e < words.size() && WordIs(text, words[e], {"of"})) return false;
  // "52 years old" is an age, said of a person: no time of the story (as "a 6-year-old" is not).
  if (x.kind == Kind::kDuration && e < words.size() && WordIs(text, words[e], {"old"})) {
    return false;
  }
  // "eight trading days", "two working weeks": only days and weeks are worked.
  for (size_t k = b; k < e; ++k) {
    if (Is(t[k], kWorkday) && x.unit != kDayUnit && x.unit != kWeekUnit) return false;
  }
  // "a fiscal year" is a kind of year, not one of them.
  if (x.fiscal && !x.year && b > 0 && WordIs(text, words[b - 1], {"a", "an"})) return false;
  // "fiscal" alone, a number alone with no a.m./p.m.
  if (x.fiscal && !x.year && x.unit == kNoUnit && !x.quarter && !x.half) return false;
  if (Is(first, kNum) && !Is(first, kClock) && x.hour < 0 && x.kind == Kind::kTime) return false;
  if (x.kind == Kind::kTime && x.hour < 0 && !x.part) return false;
  // "recent years", "coming weeks": only recent and coming make a reference of a plural.
  if (Is(t[e - 1], kUnits) && x.count == -1 && x.rel != kNoRel && x.rel != -2 && x.rel != 1 &&
      !(n >= 2 && (Is(t[e - 2], kFew) || Is(t[e - 2], kNum)))) {
    return false;
  }
  // "this past" alone, "the past" as REL without a unit: handled by REFNOUN.
  // Bare plural units: only the longer ones ("months", "years"); "days", "hours" are too often
  // no time expression ("in the days after").
  if (n == 1 && Is(first, kUnits) && first.unit < kWeekUnit) return false;
  return true;
}

// Marks "from X to Y", "between X and Y", "X - Y", "X through Y" as ranges.
void LinkRanges(std::string_view text, std::span<const ner::Token> words, size_t first,
                std::vector<TimeExpression>* out,
                const std::vector<std::pair<size_t, size_t>>& token_spans) {
  for (size_t i = first; i + 1 < out->size(); ++i) {
    const auto [ab, ae] = token_spans[i - first];
    const size_t bb = token_spans[i + 1 - first].first;
    if (bb != ae + 1) continue;
    const ner::Token& sep = words[ae];
    const bool dash = WordIs(text, sep, {"-", "--", "through", "thru"});
    const bool to = WordIs(text, sep, {"to", "until", "till"});
    const bool and_ = WordIs(text, sep, {"and"});
    const bool from = ab > 0 && WordIs(text, words[ab - 1], {"from"});
    const bool between = ab > 0 && WordIs(text, words[ab - 1], {"between"});
    if (dash || (to && from) || (and_ && between)) (*out)[i].range_end = int(i + 1);
  }
}

// "25-27" and "25–27" are one chunk to the tokenizer; for dates they are two days and a dash.
void SplitDayRanges(std::vector<ner::Token>* words) {
  for (size_t i = 0; i < words->size(); ++i) {
    const std::string_view w = (*words)[i].word;
    size_t a = 0;
    while (a < w.size() && a < 3 && w[a] >= '0' && w[a] <= '9') ++a;
    if (a == 0 || a > 2 || a == w.size()) continue;
    const size_t dash = w[a] == '-' ? 1 : w.substr(a).starts_with("\xE2\x80\x93") ? 3 : 0;
    if (dash == 0) continue;
    const std::string_view second = w.substr(a + dash);
    if (second.empty() || second.size() > 2) continue;
    bool digits = true;
    for (char c : second) digits &= c >= '0' && c <= '9';
    if (!digits) continue;
    const uint32_t begin = (*words)[i].span.begin;
    const ner::Token parts[] = {{{begin, uint32_t(begin + a)}, w.substr(0, a)},
                                {{uint32_t(begin + a), uint32_t(begin + a + dash)}, "-"},
                                {{uint32_t(begin + a + dash), (*words)[i].span.end}, second}};
    (*words)[i] = parts[0];
    words->insert(words->begin() + i + 1, parts + 1, parts + 3);
    i += 2;
  }
}

// "``Today" and "week,demanding" (a missing space) are one chunk to the tokenizer; for the time
// grammar they are a quote and a word, and a word, a comma and a word.
void SplitGluedWords(std::vector<ner::Token>* words) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (size_t i = 0; i < words->size(); ++i) {
    const ner::Token w = (*words)[i];
    if (w.word.size() <= 2 || w.span.size() != w.word.size()) continue;  // a word as written
    size_t cut = 0, gap = 0;
    if (w.word.starts_with("``")) {
      cut = 2;
    } else {
      const size_t comma = w.word.find(',');
      if (comma == std::string_view::npos || comma == 0 || comma + 1 >= w.word.size() ||
          !is_letter(w.word[comma - 1]) || !is_letter(w.word[comma + 1])) {
        continue;
      }
      cut = comma, gap = 1;
    }
    std::vector<ner::Token> parts = {
        {{w.span.begin, uint32_t(w.span.begin + cut)}, w.word.substr(0, cut)}};
    if (gap)
      parts.push_back({{uint32_t(w.span.begin + cut), uint32_t(w.span.begin + cut + 1)}, ","});
    parts.push_back({{uint32_t(w.span.begin + cut + gap), w.span.end}, w.word.substr(cut + gap)});
    (*words)[i] = parts[0];
    words->insert(words->begin() + i + 1, parts.begin() + 1, parts.end());
    i += parts.size() - 1;
  }
}

// After "May 25" a dash, "to" or "through" and a lone day number: the range's end, in the same
// month ("May 25-27", "May 25 to 27, 2023"). Returns the tokens it takes, 0 when none.
size_t RangeEndDay(std::string_view text, std::span<const ner::Token> words,
                   std::span<const TimeToken> t, size_t begin, size_t e, TimeExpression* start,
                   TimeExpression* end) {
  if (!start->month || !start->day || start->hour >= 0 || e + 1 >= t.size()) return 0;
  const bool between = begin > 0 && WordIs(text, words[begin - 1], {"between"});
  const bool and_ = WordIs(text, words[e], {"and"});
  if (!WordIs(text, words[e], {"-", "--", "to", "through", "until"}) && !and_) return 0;
  const size_t d = e + 1;
  if (!Is(t[d], kDay)) return 0;
  // "on April 24 and 25." names two days; "May 5 and 6 people" does not.
  if (and_ && !between && d + 1 < t.size() && IsWordToken(words[d + 1].word)) return 0;
  // "May 25 to 27 June", "25 to 27 years": the number belongs to what follows.
  if (d + 1 < t.size() &&
      (Is(t[d + 1], kMonth) || Is(t[d + 1], kUnit) || Is(t[d + 1], kUnits) || Is(t[d + 1], kOf))) {
    return 0;
  }
  *end = *start;
  end->day = t[d].number;
  end->span = t[d].span;
  end->range_end = -1;
  size_t taken = 2;
  if (d + 2 < t.size() && Is(t[d + 1], kComma) && Is(t[d + 2], kYear) && t[d + 2].number >= 1000) {
    end->year = t[d + 2].number;
    end->span.end = t[d + 2].span.end;
    if (!start->year) start->year = end->year;
    taken = 4;
  }
  return taken;
}

}  // namespace

void RecogniseTime(std::string_view text, Span sentence, const TimeOptions& options,
                   TimeScratch* scratch, std::vector<TimeExpression>* out) {
  const TokenPatterns& grammar = Grammar();
  if (!KeyWords().MayHold(text.substr(sentence.begin, sentence.end - sentence.begin))) return;
  auto& words = scratch->tokens;
  auto& t = scratch->time_tokens;
  auto& masks = scratch->masks;
  words.clear();
  t.clear();
  masks.clear();
  ner::Tokenize(text, sentence, &words);
  SplitGluedWords(&words);
  SplitDayRanges(&words);
  t.reserve(words.size());
  masks.reserve(words.size());
  for (const ner::Token& w : words) {
    t.push_back(ClassifyTimeToken(w.word, w.span));
    // "07.03.2023." ends a sentence: the tokenizer leaves the full stop on a dotted word.
    if ((t.back().classes & Bit(kNumDate)) && w.word.ends_with('.')) --t.back().span.end;
    masks.push_back(t.back().classes);
  }
  const size_t first = out->size();
  auto& token_spans = scratch->token_spans;
  token_spans.clear();
  for (size_t i = 0; i < t.size();) {
    const PatternMatch m = grammar.Longest(masks, i);
    // A match never opens with a comma (", August 11"): the expression starts after it.
    if (m.length == 0 || Is(t[i], kComma)) {
      ++i;
      continue;
    }
    size_t e = i + m.length;
    // "May 25, 20 to 30 people": a two-digit number is a year only after an apostrophe, and a
    // comma ends no expression.
    if (e - i > 2 && Is(t[e - 2], kComma) && Is(t[e - 1], kYear) && t[e - 1].span.size() == 2) {
      e -= 2;
    }
    while (e - i > 1 && Is(t[e - 1], kComma)) --e;
    TimeExpression x = Read(text, t, i, e, kRules[m.pattern].kind, options);
    // "June 19 20 people": numbers after a month or season that make no year are not its own.
    while ((x.month || x.season) && !x.year && x.count != 0 && x.unit == kNoUnit &&
           Is(t[e - 1], kNum)) {
      --e;
      while (e - i > 1 && Is(t[e - 1], kComma)) --e;
      x = Read(text, t, i, e, kRules[m.pattern].kind, options);
    }
    if (!Plausible(text, words, t, i, e, x)) {
      ++i;
      continue;
    }
    // "a year and a half", "a minute and a half": half a unit more.
    if (x.kind == Kind::kDuration && x.unit != kNoUnit && x.count > 0 && !x.and_half &&
        e + 2 < words.size() && WordIs(text, words[e], {"and"}) &&
        WordIs(text, words[e + 1], {"a"}) && WordIs(text, words[e + 2], {"half"})) {
      x.and_half = true;
      e += 3;
      x.span.end = t[e - 1].span.end;
    }
    // "three days later": the amount, as TimeML reads it; "later" tells its order, and what it
    // is later than is an event of the story, not the article's date.
    if (x.kind == Kind::kDate && x.shift > 0 && x.count != 0 && x.unit != kNoUnit &&
        x.rel == kNoRel && !x.ago_word && e - i > 1 && Is(t[e - 1], kAgo)) {
      x.kind = Kind::kDuration;
      x.shift = 0;
      --e;
      x.span.end = t[e - 1].span.end;
    }
    x.tense = ClauseTense(words, i, e);
    // "Wednesday's ruling": a day named for what happened on it is past, unless a future is
    // said outright ("will").
    if (x.weekday && x.tense == Tense::kFutureInPast && e < words.size() && words[e].word == "'s") {
      x.tense = Tense::kPast;
    }
    // "the past decade", "over the past century": the ten (hundred) years up to now, as "the
    // past ten years" is.
    if (x.has_the && x.rel == -1 && x.count == 0 && e - i == 3 &&
        (x.unit == kDecadeUnit || x.unit == kCenturyUnit) && WordIs(text, words[i + 1], {"past"})) {
      x.kind = Kind::kDuration;
      x.rel = kNoRel;
    }
    // "in the year ended June 30": the twelve months a report covers, an amount.
    if (x.has_the && x.unit == kYearUnit && x.count == 0 && x.rel == kNoRel && !x.year &&
        e < words.size() && WordIs(text, words[e], {"ended", "ending"})) {
      x.kind = Kind::kDuration;
      x.count = 1;
    }
    TimeExpression range_end;
    const size_t taken = RangeEndDay(text, words, t, i, e, &x, &range_end);
    out->push_back(x);
    token_spans.push_back({i, e});
    i = e;
    if (taken) {
      out->push_back(range_end);
      token_spans.push_back({e + 1, e + taken});
      i = e + taken;
    }
  }
  if (token_spans.size() > 1) LinkRanges(text, words, first, out, scratch->token_spans);
}

}  // namespace sitrep::timex
