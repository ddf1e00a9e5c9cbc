// Time words. Tested by time_words_test.cc.
//
// One table of words, looked up through a hash map built on first use; numbers, clock times,
// numeric dates and hyphenated compounds are read by hand, since they are open classes.
#include "recognise/time_words.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <unordered_map>

namespace sitrep::timex {
namespace {

constexpr std::string_view kClassNames[] = {
    "THE",     "A",      "MONTH",   "WEEKDAY", "WEEKDAYS",   "SEASON",  "PART",    "UNIT",
    "UNITS",   "NUM",    "FEW",     "ORD",     "DAY",        "YEAR",    "DECADE",  "REL",
    "MOD",     "EDGE",   "OF",      "COMMA",   "DEICTIC",    "REFNOUN", "AGO",     "EVERY",
    "SETADV",  "FISCAL", "HALF",    "CLOCK",   "AMPM",       "ZONE",    "HOLIDAY", "MORE",
    "THAN",    "APPROX", "NUMDATE", "DURWORD", "PERIODWORD", "AGOWORD", "PERIOD",  "APOS",
    "TIMES",   "POSS",   "THAT",    "FRAC",    "FULL",       "UNITEND", "NEAR",    "TERM",
    "WORKDAY", "OR"};
static_assert(std::size(kClassNames) == kClassCount);

struct Entry {
  ClassMask classes = 0;
  int32_t number = 0;
  int8_t unit = kNoUnit;
  int8_t lex = 0;
};

using Lexicon = std::unordered_map<std::string_view, Entry>;

void AddNumbers(Lexicon& lex) {
  static constexpr std::string_view kOnes[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  static constexpr std::string_view kOrdinals[] = {
      "",           "first",      "second",     "third",        "fourth",        "fifth",
      "sixth",      "seventh",    "eighth",     "ninth",        "tenth",         "eleventh",
      "twelfth",    "thirteenth", "fourteenth", "fifteenth",    "sixteenth",     "seventeenth",
      "eighteenth", "nineteenth", "twentieth",  "twenty-first", "twenty-second", "twenty-third"};
  for (int i = 0; i < 20; ++i) lex[kOnes[i]].classes |= Bit(kNum), lex[kOnes[i]].number = i;
  for (int i = 0; i < 8; ++i) {
    lex[kTens[i]].classes |= Bit(kNum);
    lex[kTens[i]].number = 20 + 10 * i;
  }
  lex["hundred"] = {Bit(kNum), 100};
  lex["thousand"] = {Bit(kNum), 1000};
  lex["dozen"] = {Bit(kNum), 12};
  for (int i = 1; i < int(std::size(kOrdinals)); ++i) {
    lex[kOrdinals[i]].classes |= Bit(kOrd);
    lex[kOrdinals[i]].number = i;
  }
  lex["thirtieth"] = {Bit(kOrd), 30};
  lex["thirty-first"] = {Bit(kOrd), 31};
}

const Lexicon& Words() {
  static const Lexicon kLexicon = [] {
    Lexicon lex;
    AddNumbers(lex);
    static constexpr std::string_view kMonthNames[][3] = {
        {"january", "jan", ""}, {"february", "feb", ""}, {"march", "mar", ""},
        {"april", "apr", ""},   {"may", "", ""},         {"june", "jun", ""},
        {"july", "jul", ""},    {"august", "aug", ""},   {"september", "sep", "sept"},
        {"october", "oct", ""}, {"november", "nov", ""}, {"december", "dec", ""}};
    for (int m = 0; m < 12; ++m) {
      for (std::string_view w : kMonthNames[m]) {
        if (!w.empty()) lex[w] = {Bit(kMonth), 0, kNoUnit, int8_t(m + 1)};
      }
    }
    static constexpr std::string_view kWeekdayNames[][4] = {
        {"monday", "mon", "", ""},    {"tuesday", "tue", "tues", ""},
        {"wednesday", "wed", "", ""}, {"thursday", "thu", "thur", "thurs"},
        {"friday", "fri", "", ""},    {"saturday", "sat", "", ""},
        {"sunday", "sun", "", ""}};
    static constexpr std::string_view kWeekdayPlurals[] = {
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"};
    for (int d = 0; d < 7; ++d) {
      for (std::string_view w : kWeekdayNames[d]) {
        if (!w.empty()) lex[w] = {Bit(kWeekday), 0, kNoUnit, int8_t(d + 1)};
      }
      lex[kWeekdayPlurals[d]] = {Bit(kWeekdays), 0, kNoUnit, int8_t(d + 1)};
    }
    for (auto [w, s] : {std::pair<std::string_view, Season>{"spring", kSpring},
                        {"summer", kSummer},
                        {"fall", kFall},
                        {"autumn", kFall},
                        {"winter", kWinter}}) {
      lex[w] = {Bit(kSeason), 0, kNoUnit, s};
    }
    for (auto [w, p] : {std::pair<std::string_view, PartOfDay>{"morning", kMorning},
                        {"afternoon", kAfternoon},
                        {"evening", kEvening},
                        {"night", kNight},
                        {"noon", kNoon},
                        {"midday", kNoon},
                        {"midnight", kMidnight},
                        {"dawn", kMorning},
                        {"daybreak", kMorning},
                        {"dusk", kEvening}}) {
      lex[w] = {Bit(kPart), 0, kNoUnit, p};
    }
    struct UnitWord {
      std::string_view singular, plural;
      Unit unit;
    };
    for (const UnitWord& u : {UnitWord{"second", "seconds", kSecondUnit},
                              {"minute", "minutes", kMinuteUnit},
                              {"hour", "hours", kHourUnit},
                              {"day", "days", kDayUnit},
                              {"weekend", "weekends", kWeekendUnit},
                              {"week", "weeks", kWeekUnit},
                              {"fortnight", "", kFortnightUnit},
                              {"month", "months", kMonthUnit},
                              {"quarter", "quarters", kQuarterUnit},
                              {"year", "years", kYearUnit},
                              {"decade", "decades", kDecadeUnit},
                              {"century", "centuries", kCenturyUnit}}) {
      lex[u.singular].classes |= Bit(kUnit);
      lex[u.singular].unit = u.unit;
      if (!u.plural.empty()) lex[u.plural] = {Bit(kUnits), 0, u.unit};
    }
    lex["yr"] = lex["year"];
    lex["yrs"] = lex["years"];
    lex["hrs"] = lex["hours"];
    lex["mins"] = lex["minutes"];
    for (auto w : {"few", "several", "many"}) lex[w] = {Bit(kFew), -1};
    lex["couple"] = {Bit(kFew), 2};  // "a couple of years" is two, as TimeML counts it
    struct Lex {
      std::string_view word;
      TimeClass cls;
      int lex;
    };
    for (const Lex& l : {Lex{"the", kThe, 0},
                         {"a", kA, 0},
                         {"an", kA, 0},
                         {"of", kOf, 0},
                         {",", kComma, 0},
                         {"last", kRel, -1},
                         {"past", kRel, -1},
                         {"previous", kRel, -1},
                         {"prior", kRel, -1},
                         {"preceding", kRel, -1},
                         {"latest", kRel, -1},
                         {"this", kRel, 0},
                         {"current", kRel, 0},
                         {"next", kRel, 1},
                         {"coming", kRel, 1},
                         {"following", kRel, 1},
                         {"upcoming", kRel, 1},
                         {"recent", kRel, -2},
                         {"early", kMod, kStart},
                         {"late", kMod, kEnd},
                         {"mid", kMod, kMid},
                         {"beginning", kEdge, kStart},
                         {"start", kEdge, kStart},
                         {"middle", kEdge, kMid},
                         {"end", kEdge, kEnd},
                         {"today", kDeictic, kToday},
                         {"yesterday", kDeictic, kYesterday},
                         {"tomorrow", kDeictic, kTomorrow},
                         {"tonight", kDeictic, kTonight},
                         {"overnight", kDeictic, kOvernight},
                         {"now", kDeictic, kNow},
                         {"currently", kDeictic, kNow},
                         {"nowadays", kDeictic, kNow},
                         {"recently", kDeictic, kRecently},
                         {"lately", kDeictic, kRecently},
                         {"future", kRefNoun, 1},
                         {"present", kRefNoun, 0},
                         {"ago", kAgo, -1},
                         {"earlier", kAgo, -1},
                         {"later", kAgo, 1},
                         {"hence", kAgo, 1},
                         {"every", kEvery, 0},
                         {"each", kEvery, 0},
                         {"fiscal", kFiscal, 0},
                         {"half", kHalf, 0},
                         {"a.m.", kAmPm, 0},
                         {"am", kAmPm, 0},
                         {"p.m.", kAmPm, 12},
                         {"pm", kAmPm, 12},
                         {"more", kMore, kMoreThan},
                         {"less", kMore, kLessThan},
                         {"fewer", kMore, kLessThan},
                         {"than", kThan, 0},
                         {"about", kApprox, kApproximately},
                         {"around", kApprox, kApproximately},
                         {"nearly", kApprox, kLessThan},
                         {"almost", kApprox, kLessThan},
                         {"roughly", kApprox, kApproximately},
                         {"approximately", kApprox, kApproximately},
                         {"period", kPeriodNoun, 0},
                         {"'", kApostrophe, 0},
                         {"once", kTimes, 1},
                         {"twice", kTimes, 2},
                         {"times", kTimes, 0},
                         {"'s", kPoss, 0},
                         {"that", kThat, 0},
                         {"same", kThat, 0},
                         {"corresponding", kThat, 0},
                         {"comparable", kThat, 0},
                         {"full", kFull, 0},
                         {"near", kNear, 0},
                         {"short", kNear, 0},
                         {"long", kNear, 0},
                         {"term", kTerm, 1},
                         {"trading", kWorkday, 0},
                         {"or", kOr, 0},
                         {"and", kOr, 0},
                         {"business", kWorkday, 0},
                         {"working", kWorkday, 0},
                         {"additional", kMore, kNoMod},  // "an additional year": one more
                         {"extra", kMore, kNoMod},
                         {"further", kMore, kNoMod},
                         {"\xC2\xBD", kFraction, 0},
                         {"christmas", kHoliday, kChristmas},
                         {"independence", kHoliday, kIndependenceDay},
                         {"election", kHoliday, kElectionDay},
                         {"memorial", kHoliday, kMemorialDay},
                         {"labor", kHoliday, kLaborDay},
                         {"halloween", kHoliday, kHalloween},
                         {"thanksgiving", kHoliday, kThanksgiving}}) {
      Entry& e = lex[l.word];
      e.classes |= Bit(l.cls);
      e.lex = int8_t(l.lex);
    }
    for (int d = 2; d <= 9; ++d) {  // the twenties ... the nineties
      static constexpr std::string_view kDecadeWords[] = {
          "",        "",        "twenties",  "thirties", "forties",
          "fifties", "sixties", "seventies", "eighties", "nineties"};
      lex[kDecadeWords[d]] = {Bit(kDecade), 1900 + 10 * d};
    }
    lex["past"].classes |= Bit(kRefNoun);     // "the past": PAST_REF; its REL direction stays -1
    lex["current"].classes |= Bit(kDeictic);  // "its current chairman": PRESENT_REF, alone
    for (const auto& [w, unit] : {std::pair<std::string_view, Unit>{"daily", kDayUnit},
                                  {"nightly", kDayUnit},
                                  {"weekly", kWeekUnit},
                                  {"monthly", kMonthUnit},
                                  {"annually", kYearUnit},
                                  {"annual", kYearUnit},
                                  {"yearly", kYearUnit},
                                  {"hourly", kHourUnit}}) {
      lex[w] = {Bit(kSetAdverb), 1, unit};
    }
    lex["annual"].classes = 0;  // an adjective of things ("annual report"), not a set of times
    for (auto w : {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
                   "cet", "cest", "eet", "eest", "msk", "et", "pt"}) {
      lex[w] = {Bit(kZone)};
    }
    lex["gmt"].lex = lex["utc"].lex = 1;  // universal time: the value ends in Z
    return lex;
  }();
  return kLexicon;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}
int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Lower-case ASCII copy into |buf|, without an abbreviation's final period; empty if too long.
std::string_view Lower(std::string_view word, char (&buf)[32]) {
  if (word.size() >= sizeof buf) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  }
  std::string_view out(buf, word.size());
  if (out.size() > 2 && out.back() == '.' && out != "a.m." && out != "p.m.") out.remove_suffix(1);
  return out;
}

// A bit for each word's length and first, second and last letters, hashed: most words of a text
// are not time words, and one bit test rules out most of those before the lexicon is hashed.
constexpr size_t kSketchBits = 4096;
size_t SketchBit(std::string_view lower) {
  const auto at = [&](size_t i) { return static_cast<unsigned char>(lower[i]); };
  const size_t second = lower.size() > 1 ? at(1) : 0;
  return (lower.size() * 977 + at(0) * 131 + second * 31 + at(lower.size() - 1)) % kSketchBits;
}

const Entry* Find(std::string_view lower) {
  const Lexicon& lex = Words();
  static const std::array<uint64_t, kSketchBits / 64> kSketch = [&lex] {
    std::array<uint64_t, kSketchBits / 64> bits{};
    for (const auto& [word, entry] : lex) {
      if (word.empty()) continue;  // asked of the lexicon itself, below
      const size_t bit = SketchBit(word);
      bits[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    return bits;
  }();
  if (!lower.empty()) {
    const size_t bit = SketchBit(lower);
    if ((kSketch[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return nullptr;
  }
  auto it = lex.find(lower);
  return it == lex.end() ? nullptr : &it->second;
}

// A number word or numeral: 3, three, twenty-four.
bool NumberOf(std::string_view lower, int* out) {
  if (AllDigits(lower) && lower.size() <= 4) {
    *out = ToInt(lower);
    return true;
  }
  const Entry* e = Find(lower);
  if (e && (e->classes & Bit(kNum))) {
    *out = e->number;
    return true;
  }
  return false;
}

// 1990s, 90s: the decade's first year.
bool DecadeOf(std::string_view s, int* out) {
  if (s.size() == 5 && s[4] == 's' && AllDigits(s.substr(0, 4)) && s[3] == '0') {
    *out = ToInt(s.substr(0, 4));
    return true;
  }
  if (s.size() == 3 && s[2] == 's' && AllDigits(s.substr(0, 2)) && s[1] == '0') {
    const int d = ToInt(s.substr(0, 2));
    *out = d >= 30 ? 1900 + d : 2000 + d;
    return true;
  }
  return false;
}

// 10:30, 10:30:15, 9am, 10:30pm, 9a.m.
bool IsClock(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsDigit(s[i])) ++i;
  if (i == 0 || i > 2) return false;
  if (i < s.size() && s[i] == ':') {
    const size_t j = i + 1;
    if (s.size() < j + 2 || !IsDigit(s[j]) || !IsDigit(s[j + 1])) return false;
    i = j + 2;
    if (i < s.size() && s[i] == ':') i += 3;
    if (i > s.size()) return false;
    if (i == s.size()) return true;
  }
  const std::string_view rest = s.substr(i);
  return rest == "am" || rest == "pm" || rest == "a.m." || rest == "p.m." || rest == "a.m" ||
         rest == "p.m" || rest == "h";
}

// 2023-03-07, 2023/03/07, 07.03.2023, 3/7/2023, 3/7/23: three groups of digits with one
// separator, a four-digit group first or last (or two-digit last with '/').
bool IsNumericDate(std::string_view s) {
  int groups = 1, lengths[3] = {0, 0, 0};
  char sep = 0;
  for (char c : s) {
    if (IsDigit(c)) {
      if (groups > 3) return false;
      ++lengths[groups - 1];
    } else if (c == '-' || c == '/' || c == '.') {
      if (sep && c != sep) return false;
      sep = c;
      if (++groups > 3) return false;
    } else {
      return false;
    }
  }
  if (groups != 3 || !lengths[0] || !lengths[1] || !lengths[2]) return false;
  if (lengths[0] == 4) return lengths[1] <= 2 && lengths[2] <= 2;
  if (lengths[0] > 2 || lengths[1] > 2) return false;
  return lengths[2] == 4 || (lengths[2] == 2 && sep == '/');
}

// The classes of the parts ClassifyCompound reads a hyphenated form by: the inner word of
// "mid-March" and "post-1990", and the numbers, units and ordinals of "twenty-four", "two-year",
// "year-long", "year-end", "third-quarter" and "fiscal-first". TimeWordFilter looks for these.
constexpr ClassMask kCompoundPartClasses = Bit(kMonth) | Bit(kYear) | Bit(kDecade) | Bit(kUnit) |
                                           Bit(kUnits) | Bit(kSeason) | Bit(kNum) | Bit(kOrd) |
                                           Bit(kFiscal);

void ClassifyCompound(std::string_view word, std::string_view lower, TimeToken* t) {
  const size_t dash = lower.find('-');
  const std::string_view head = lower.substr(0, dash), tail = lower.substr(dash + 1);
  if (tail.find('-') != std::string_view::npos) return;
  const Entry* tail_entry = Find(tail);
  if (head == "mid" || head == "late" || head == "early") {  // mid-March, late-November
    TimeToken inner = ClassifyTimeToken(word.substr(dash + 1), t->span);
    const ClassMask keep = Bit(kMonth) | Bit(kYear) | Bit(kDecade) | Bit(kUnit) | Bit(kSeason);
    if (inner.classes & keep) {
      *t = inner;
      t->classes &= keep;
      t->mod = head == "mid" ? kMid : head == "late" ? kEnd : kStart;
    }
    return;
  }
  if (head == "post" || head == "pre") {  // post-1959, pre-war is no time
    TimeToken inner = ClassifyTimeToken(word.substr(dash + 1), t->span);
    if (inner.classes & (Bit(kYear) | Bit(kDecade))) {
      *t = inner;
      t->classes &= Bit(kYear) | Bit(kDecade);
    }
    return;
  }
  int n = 0;
  if (tail_entry && (tail_entry->classes & Bit(kNum)) && NumberOf(head, &n) && n >= 20) {
    t->classes = Bit(kNum);  // twenty-four
    t->number = n + tail_entry->number;
    return;
  }
  const Entry* head_entry = Find(head);
  if (tail == "long" && head_entry && (head_entry->classes & (Bit(kUnit) | Bit(kUnits)))) {
    t->classes = Bit(kDurationWord);  // year-long, months-long
    t->unit = head_entry->unit;
    t->number = (head_entry->classes & Bit(kUnits)) ? -1 : 1;
    return;
  }
  if (tail == "end" && head_entry && (head_entry->classes & Bit(kUnit)) &&
      head_entry->unit >= kMonthUnit && head_entry->unit <= kYearUnit) {
    t->classes = Bit(kUnitEnd);  // year-end, month-end
    t->unit = head_entry->unit;
    t->mod = kEnd;
    return;
  }
  if ((tail == "earlier" || tail == "ago") && head_entry && (head_entry->classes & Bit(kUnit))) {
    t->classes = Bit(kAgoWord);  // year-earlier
    t->unit = head_entry->unit;
    t->number = 1;
    return;
  }
  if (tail_entry && (tail_entry->classes & Bit(kUnit)) && NumberOf(head, &n) && n > 0) {
    t->classes = Bit(kDurationWord);  // two-year, 16-hour
    t->unit = tail_entry->unit;
    t->number = n;
    return;
  }
  if (head == "fiscal" && tail_entry && (tail_entry->classes & Bit(kOrd))) {
    t->classes = Bit(kOrd);  // "the fiscal-first quarter"
    t->number = tail_entry->number;
    return;
  }
  if (head_entry && (head_entry->classes & Bit(kOrd)) && (tail == "quarter" || tail == "half")) {
    t->classes = Bit(kPeriodWord);  // third-quarter
    t->unit = tail == "quarter" ? kQuarterUnit : kHalfUnit;
    t->number = head_entry->number;
  }
}

// What MayHold makes of a byte: a letter, a digit, or neither.
enum ByteKind : uint8_t { kOtherByte, kLetterByte, kDigitByte };
constexpr std::array<ByteKind, 256> kByteKinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (int c = 'a'; c <= 'z'; ++c) kinds[c] = kLetterByte;
  for (int c = 'A'; c <= 'Z'; ++c) kinds[c] = kLetterByte;
  for (int c = '0'; c <= '9'; ++c) kinds[c] = kDigitByte;
  return kinds;
}();
ByteKind KindOf(char c) { return kByteKinds[static_cast<unsigned char>(c)]; }
char LowerLetter(char c) { return char(c | 0x20); }

// TimeWordFilter's sketch: a bit for a run of letters, from its length and its first two and
// last two letters in lower case, mixed so that the runs of a page's other words scatter over
// all the bits (few pass for a lexicon run they are not).
constexpr size_t kFilterBits = 16384;
size_t FilterBit(std::string_view run) {
  const size_t n = run.size();
  const auto at = [&](size_t i) { return uint64_t{static_cast<unsigned char>(run[i])}; };
  const size_t second = n > 1 ? 1 : 0;
  const uint64_t key =
      (n << 32 | at(0) << 24 | at(second) << 16 | at(n - 1 - second) << 8 | at(n - 1)) |
      0x20202020u;  // lower case: the bytes are letters
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15u) >> 50);  // 14 bits
}

}  // namespace

TimeWordFilter::TimeWordFilter(ClassMask classes) {
  classes |= kCompoundPartClasses;
  for (const auto& [word, entry] : Words()) {
    if (!(entry.classes & classes)) continue;
    bool letters = false;
    for (size_t i = 0; i < word.size();) {
      if (KindOf(word[i]) != kLetterByte) {
        ++i;
        continue;
      }
      size_t end = i;
      while (end < word.size() && KindOf(word[end]) == kLetterByte) ++end;
      runs_.push_back(word.substr(i, end - i));
      letters = true;
      i = end;
    }
    always_ |= !letters;
  }
  std::sort(runs_.begin(), runs_.end());
  runs_.erase(std::unique(runs_.begin(), runs_.end()), runs_.end());
  sketch_.assign(kFilterBits / 64, 0);
  for (const std::string_view run : runs_) {
    const size_t bit = FilterBit(run);
    sketch_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
}

bool TimeWordFilter::MayHold(std::string_view text) const {
  if (always_) return true;
  // Whether the letters |run| are one of runs_. The sketch's bit is made from the run as it
  // stands; only a run that passes it is copied in lower case and searched for.
  const auto known = [this](std::string_view run) {
    char buf[32];
    if (run.size() >= sizeof buf) return false;  // longer than any lexicon word
    const size_t bit = FilterBit(run);
    if ((sketch_[bit / 64] & (uint64_t{1} << (bit % 64))) == 0) return false;
    for (size_t i = 0; i < run.size(); ++i) buf[i] = LowerLetter(run[i]);
    return std::binary_search(runs_.begin(), runs_.end(), std::string_view(buf, run.size()));
  };
  for (size_t i = 0; i < text.size();) {
    const ByteKind kind = KindOf(text[i]);
    if (kind == kDigitByte) return true;
    if (kind == kOtherByte) {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && KindOf(text[end]) == kLetterByte) ++end;
    const std::string_view run = text.substr(i, end - i);
    if (known(run) || (run.size() > 1 && LowerLetter(run.back()) == 'n' &&
                       known(run.substr(0, run.size() - 1)))) {
      return true;
    }
    i = end;
  }
  return false;
}

std::string_view ClassName(TimeClass c) { return kClassNames[c]; }

ClassMask ClassOf(std::string_view name) {
  for (int i = 0; i < kClassCount; ++i) {
    if (kClassNames[i] == name) return Bit(TimeClass(i));
  }
  return 0;
}

TimeToken ClassifyTimeToken(std::string_view word, Span span) {
  TimeToken t;
  t.span = span;
  if (word.empty()) return t;
  t.capitalised = word[0] >= 'A' && word[0] <= 'Z';
  char buf[32];
  const std::string_view lower = Lower(word, buf);
  if (lower.empty()) return t;
  if (IsDigit(lower[0])) {
    if (AllDigits(lower)) {
      if (lower.size() > 4) return t;
      const int n = ToInt(lower);
      t.number = n;
      t.classes = Bit(kNum);
      if (n >= 1 && n <= 31 && lower.size() <= 2) t.classes |= Bit(kDay);
      if (lower.size() == 4 && n >= 1000 && n <= 2099) t.classes |= Bit(kYear);
      if (lower.size() == 2) t.classes |= Bit(kYear);  // only after an apostrophe ('98)
      return t;
    }
    if (lower == "1/2") {
      t.classes = Bit(kFraction);
    } else if (DecadeOf(lower, &t.number)) {
      t.classes = Bit(kDecade);
    } else if (IsNumericDate(lower)) {
      t.classes = Bit(kNumDate);
    } else if (IsClock(lower)) {
      t.classes = Bit(kClock);
    } else if (lower.size() >= 3 && lower.size() <= 4) {
      const std::string_view suffix = lower.substr(lower.size() - 2);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        const std::string_view digits = lower.substr(0, lower.size() - 2);
        if (AllDigits(digits)) {
          t.number = ToInt(digits);
          t.classes = Bit(kOrd) | (t.number >= 1 && t.number <= 31 ? Bit(kDay) : 0);
        }
      }
    }
    if (!t.classes && lower.find('-') != std::string_view::npos) ClassifyCompound(word, lower, &t);
    return t;
  }
  if (const Entry* e = Find(lower)) {
    t.classes = e->classes;
    t.number = e->number;
    t.unit = e->unit;
    t.lex = e->lex;
    const bool all_caps = word.size() > 1 && word[1] >= 'A' && word[1] <= 'Z';
    if (!t.capitalised && !all_caps) t.classes &= ~(Bit(kMonth) | Bit(kWeekday) | Bit(kWeekdays));
    // Three-letter names are month or weekday names only as abbreviations ("Sun." not "Sun").
    if ((t.classes & (Bit(kMonth) | Bit(kWeekday))) && lower.size() <= 4 && word.back() != '.' &&
        lower != "may" && lower != "june" && lower != "july") {
      t.classes &= ~(Bit(kMonth) | Bit(kWeekday));
    }
    return t;
  }
  if (lower.find('-') != std::string_view::npos) ClassifyCompound(word, lower, &t);
  return t;
}

}  // namespace sitrep::timex
