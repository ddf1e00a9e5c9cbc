// Date-line parsing for page metadata. Tested by date_line_test.cc.
//
// The line is split into words and each word classified (weekday, month, day, year, time,
// meridiem); the line is a date only when every word is used and a year, month and day were
// found. Requiring the whole line keeps body sentences that start with a date from being taken
// for the publication date.
#include "read/date_line.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <span>

#include "read/strings.h"

namespace sitrep {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
// German pages are the other half of the input; names equal to the English ones are left out.
constexpr std::array<std::pair<std::string_view, int>, 9> kGermanMonths = {{{"januar", 1},
                                                                            {"j\u00e4nner", 1},
                                                                            {"februar", 2},
                                                                            {"m\u00e4rz", 3},
                                                                            {"maerz", 3},
                                                                            {"mai", 5},
                                                                            {"juni", 6},
                                                                            {"juli", 7},
                                                                            {"oktober", 10}}};
// French, Spanish, Italian and Portuguese names, in full or as pages abbreviate them, matched
// whole: their prefixes clash ("mar" is March in English but could start "martes").
constexpr auto kRomanceMonths = std::to_array<std::pair<std::string_view, int>>(
    {{"janvier", 1},    {"janv", 1},       {"f\u00e9vrier", 2},
     {"f\u00e9vr", 2},  {"mars", 3},       {"avril", 4},
     {"avr", 4},        {"juin", 6},       {"juillet", 7},
     {"juil", 7},       {"ao\u00fbt", 8},  {"septembre", 9},
     {"octobre", 10},   {"novembre", 11},  {"d\u00e9cembre", 12},
     {"d\u00e9c", 12},  {"enero", 1},      {"febrero", 2},
     {"marzo", 3},      {"abril", 4},      {"mayo", 5},
     {"junio", 6},      {"julio", 7},      {"agosto", 8},
     {"septiembre", 9}, {"setiembre", 9},  {"octubre", 10},
     {"noviembre", 11}, {"diciembre", 12}, {"gennaio", 1},
     {"febbraio", 2},   {"aprile", 4},     {"maggio", 5},
     {"giugno", 6},     {"luglio", 7},     {"settembre", 9},
     {"ottobre", 10},   {"dicembre", 12},  {"janeiro", 1},
     {"fevereiro", 2},  {"mar\u00e7o", 3}, {"maio", 5},
     {"junho", 6},      {"julho", 7},      {"setembro", 9},
     {"outubro", 10},   {"dezembro", 12}});
// Polish, Russian and Ukrainian names as dates write them, in the genitive ("3 marca 2021", "15
// августа 2016"), matched whole; the Cyrillic ones only in lower case, as dates set them.
constexpr auto kSlavicMonths = std::to_array<std::pair<std::string_view, int>>(
    {{"stycznia", 1},
     {"lutego", 2},
     {"marca", 3},
     {"kwietnia", 4},
     {"maja", 5},
     {"czerwca", 6},
     {"lipca", 7},
     {"sierpnia", 8},
     {"wrze\u015bnia", 9},
     {"pa\u017adziernika", 10},
     {"listopada", 11},
     {"grudnia", 12},
     {"\u044f\u043d\u0432\u0430\u0440\u044f", 1},
     {"\u0444\u0435\u0432\u0440\u0430\u043b\u044f", 2},
     {"\u043c\u0430\u0440\u0442\u0430", 3},
     {"\u0430\u043f\u0440\u0435\u043b\u044f", 4},
     {"\u043c\u0430\u044f", 5},
     {"\u0438\u044e\u043d\u044f", 6},
     {"\u0438\u044e\u043b\u044f", 7},
     {"\u0430\u0432\u0433\u0443\u0441\u0442\u0430", 8},
     {"\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f", 9},
     {"\u043e\u043a\u0442\u044f\u0431\u0440\u044f", 10},
     {"\u043d\u043e\u044f\u0431\u0440\u044f", 11},
     {"\u0434\u0435\u043a\u0430\u0431\u0440\u044f", 12},
     {"\u0441\u0456\u0447\u043d\u044f", 1},
     {"\u043b\u044e\u0442\u043e\u0433\u043e", 2},
     {"\u0431\u0435\u0440\u0435\u0437\u043d\u044f", 3},
     {"\u043a\u0432\u0456\u0442\u043d\u044f", 4},
     {"\u0442\u0440\u0430\u0432\u043d\u044f", 5},
     {"\u0447\u0435\u0440\u0432\u043d\u044f", 6},
     {"\u043b\u0438\u043f\u043d\u044f", 7},
     {"\u0441\u0435\u0440\u043f\u043d\u044f", 8},
     {"\u0432\u0435\u0440\u0435\u0441\u043d\u044f", 9},
     {"\u0436\u043e\u0432\u0442\u043d\u044f", 10},
     {"\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430", 11},
     {"\u0433\u0440\u0443\u0434\u043d\u044f", 12}});
// After a day's number ("7th"). Named, so that their lengths are not counted at every word.
constexpr std::string_view kOrdinalSuffixes[] = {"st", "nd", "rd", "th"};
// English, German, French, Spanish and Italian, as the months are.
constexpr auto kWeekdays = std::to_array<std::string_view>(
    {"monday",         "tuesday",      "wednesday",    "thursday", "friday",      "saturday",
     "sunday",         "montag",       "dienstag",     "mittwoch", "donnerstag",  "freitag",
     "samstag",        "sonntag",      "lundi",        "mardi",    "mercredi",    "jeudi",
     "vendredi",       "samedi",       "dimanche",     "lunes",    "martes",      "mi\u00e9rcoles",
     "jueves",         "viernes",      "s\u00e1bado",  "domingo",  "luned\u00ec", "marted\u00ec",
     "mercoled\u00ec", "gioved\u00ec", "venerd\u00ec", "sabato",   "domenica"});

// The letters month and weekday names start with, as bits of a mask: a word starting with any
// other byte is neither, and most words are ruled out before they are lowered and compared.
constexpr uint32_t InitialBit(char c) {
  return c >= 'a' && c <= 'z' ? uint32_t{1} << (c - 'a') : 0;
}
constexpr uint32_t kMonthInitials = [] {
  uint32_t bits = InitialBit('d');  // "dez", "dezember"
  for (const std::string_view name : kMonths) bits |= InitialBit(name[0]);
  for (const auto& [name, number] : kGermanMonths) bits |= InitialBit(name[0]);
  for (const auto& [name, number] : kRomanceMonths) bits |= InitialBit(name[0]);
  return bits;
}();
constexpr uint32_t kSlavicInitials = [] {
  uint32_t bits = 0;
  for (const auto& [name, number] : kSlavicMonths) bits |= InitialBit(name[0]);
  return bits;
}();
constexpr uint32_t kWeekdayInitials = [] {
  uint32_t bits = 0;
  for (const std::string_view name : kWeekdays) bits |= InitialBit(name[0]);
  return bits;
}();
// Which names of a list (bits of their index) start with each letter a-z: a word is compared only
// with the names that start with its own first letter, in the list's order.
template <typename Names, typename NameOf>
constexpr std::array<uint64_t, 26> ByInitial(const Names& names, NameOf name_of) {
  std::array<uint64_t, 26> masks{};
  for (size_t i = 0; i < names.size(); ++i) masks[name_of(names[i])[0] - 'a'] |= uint64_t{1} << i;
  return masks;
}
static_assert(kRomanceMonths.size() <= 64 && kWeekdays.size() <= 64,
              "a name's index is a bit of a 64-bit mask");
constexpr auto kName = [](std::string_view name) { return name; };
constexpr auto kPairName = [](const std::pair<std::string_view, int>& pair) { return pair.first; };
constexpr auto kMonthsByInitial = ByInitial(kMonths, kName);
constexpr auto kGermanByInitial = ByInitial(kGermanMonths, kPairName);
constexpr auto kRomanceByInitial = ByInitial(kRomanceMonths, kPairName);
constexpr auto kWeekdaysByInitial = ByInitial(kWeekdays, kName);

// The first index among the bits of |names| for which |matches| holds, or -1.
template <typename Matches>
int FirstMatch(uint64_t names, Matches matches) {
  for (; names != 0; names &= names - 1) {
    if (const int i = std::countr_zero(names); matches(static_cast<size_t>(i))) return i;
  }
  return -1;
}

bool MayStartWith(uint32_t initials, std::string_view word) {
  return !word.empty() && (initials & InitialBit(ToLowerAscii(word[0]))) != 0;
}

// The longest name of each kind, in bytes: a longer word is none of them, and the rest are lowered
// into a buffer on the stack rather than a std::string at every word a line is tried with.
template <typename Names, typename NameOf>
constexpr size_t LongestName(const Names& names, NameOf name_of) {
  size_t longest = 0;
  for (const auto& name : names)
    longest = std::max(longest, std::string_view(name_of(name)).size());
  return longest;
}
constexpr size_t kLongestMonth =
    std::max({LongestName(kMonths, kName), LongestName(kGermanMonths, kPairName),
              LongestName(kRomanceMonths, kPairName), std::string_view("dezember").size()});
constexpr size_t kLongestSlavicMonth = LongestName(kSlavicMonths, kPairName);
constexpr size_t kLongestWeekday = LongestName(kWeekdays, kName);
constexpr size_t kLongestLowered = std::max({kLongestMonth, kLongestSlavicMonth, kLongestWeekday});

// |word| (no longer than kLongestLowered) with its ASCII letters lowered, as LowerAscii does.
class Lowered {
 public:
  explicit Lowered(std::string_view word) : size_(word.size()) {
    for (size_t i = 0; i < size_; ++i) bytes_[i] = ToLowerAscii(word[i]);
  }
  std::string_view view() const { return std::string_view(bytes_.data(), size_); }

 private:
  std::array<char, kLongestLowered> bytes_;
  size_t size_;
};

// "marca", "Października", "августа" -> 3, 10, 8; 0 when not one of kSlavicMonths. The Latin
// ones all end in 'a' or 'o' ("lutego"): other words are ruled out before they are lowered.
int SlavicMonthNumber(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.empty()) return 0;
  const bool cyrillic = word[0] == '\xd0' || word[0] == '\xd1';  // lead bytes of U+0400-U+047F
  if (!cyrillic &&
      (!MayStartWith(kSlavicInitials, word) || (word.back() != 'a' && word.back() != 'o'))) {
    return 0;
  }
  if (word.size() > kLongestSlavicMonth) return 0;
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  for (const auto& [name, number] : kSlavicMonths) {
    if (w == name) return number;
  }
  return 0;
}

// "mar", "mar.", "march", "sept" -> 3; 0 when not a month.
int MonthNumber(std::string_view word) {
  if (const int slavic = SlavicMonthNumber(word); slavic != 0) return slavic;
  if (!MayStartWith(kMonthInitials, word)) return 0;
  if (word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > kLongestMonth) return 0;
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  const size_t initial = static_cast<size_t>(w[0] - 'a');  // a-z: MayStartWith said so
  if (const int m = FirstMatch(kMonthsByInitial[initial],
                               [&](size_t i) { return StartsWithBytes(kMonths[i], w); });
      m >= 0) {
    return m + 1;
  }
  if (w == "dez" || w == "dezember") return 12;
  if (const int m = FirstMatch(kRomanceByInitial[initial],
                               [&](size_t i) { return w == kRomanceMonths[i].first; });
      m >= 0) {
    return kRomanceMonths[static_cast<size_t>(m)].second;
  }
  if (const int m =
          FirstMatch(kGermanByInitial[initial],
                     [&](size_t i) { return StartsWithBytes(kGermanMonths[i].first, w); });
      m >= 0) {
    return kGermanMonths[static_cast<size_t>(m)].second;
  }
  return 0;
}

bool IsWeekday(std::string_view word) {
  if (!MayStartWith(kWeekdayInitials, word)) return false;
  if (word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > kLongestWeekday) return false;
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  return FirstMatch(kWeekdaysByInitial[static_cast<size_t>(w[0] - 'a')],
                    [&](size_t i) { return StartsWithBytes(kWeekdays[i], w); }) >= 0;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool ValidDate(int year, int month, int day) {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// "14.05.2024", "14.5.2024", "2024/05/14", "2024.05.14" -> true with the parts. Slashed day-first
// or month-first dates ("05/06/2024") are left alone: which one a page means is a guess.
bool NumericDate(std::string_view w, int* year, int* month, int* day) {
  int parts[3] = {0, 0, 0};
  size_t sizes[3] = {0, 0, 0};
  char separator = 0;
  int part = 0;
  for (const char c : w) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (sizes[part] == 4) return false;
      parts[part] = parts[part] * 10 + (c - '0');
      ++sizes[part];
    } else if ((c == '.' || c == '/') && (separator == 0 || separator == c) && part < 2 &&
               sizes[part] > 0) {
      separator = c;
      ++part;
    } else {
      return false;
    }
  }
  if (part != 2) return false;
  if (sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2 && sizes[1] > 0 && sizes[2] > 0) {
    *year = parts[0], *month = parts[1], *day = parts[2];
    return true;
  }
  if (separator == '.' && sizes[0] <= 2 && sizes[1] <= 2 && sizes[2] == 4) {
    *day = parts[0], *month = parts[1], *year = parts[2];
    return true;
  }
  // "28.01.22": German pages shorten the year in lists and bylines. Every part has two digits,
  // so version numbers ("1.2.19") stay what they are; the century is this one.
  if (separator == '.' && sizes[0] == 2 && sizes[1] == 2 && sizes[2] == 2) {
    *day = parts[0], *month = parts[1], *year = 2000 + parts[2];
    return true;
  }
  return false;
}

// The value of a run of ASCII digits (checked by the caller): at most four of them here.
int DigitsValue(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

// Appends |value| (0 <= value < 10^width) as |width| digits, zeros in front.
void AppendDigits(int value, int width, std::string* out) {
  out->append(static_cast<size_t>(width), '0');
  for (size_t at = out->size(); value > 0; value /= 10)
    (*out)[--at] = static_cast<char>('0' + value % 10);
}

// "2024-05-14" for a valid date (a year of four digits), written without snprintf, which took
// a thousand instructions a date.
std::string Format(int year, int month, int day) {
  std::string iso;
  AppendDigits(year, 4, &iso);
  iso += '-';
  AppendDigits(month, 2, &iso);
  iso += '-';
  AppendDigits(day, 2, &iso);
  return iso;
}

// What a word may give a date line (ParseDateLine): bits of DateWordBits.
enum DateWordBits : uint8_t {
  kDateWord = 1,    // ParseDateLine may accept it: it turns down a line with any other word
  kWholeDate = 2,   // a numeric or ISO date, year, month and day in one
  kMonthName = 4,   // a month's name, or its number with a dot ("2.")
  kFourDigits = 8,  // "2024", "2024.": a year
};

// Which of DateWordBits |w| has. FindDate tries no window that holds a word ParseDateLine turns
// down, nor one that lacks a year and a month, which ParseDateLine needs.
uint8_t DateWordParts(std::string_view w) {
  if (IsIsoDate(w.substr(0, 10)) && (w.size() == 10 || w[10] == 'T')) {
    return kDateWord | kWholeDate;
  }
  if (int y = 0, m = 0, d = 0; NumericDate(w, &y, &m, &d)) return kDateWord | kWholeDate;
  if (MonthNumber(w) != 0) return kDateWord | kMonthName;
  if (IsWeekday(w)) return kDateWord;
  // The joining words and meridiems have four bytes at most ("a.m."): longer words are not lowered.
  if (w.size() <= 4 && IsOneOf(Lowered(w).view(), {"um", "uhr", "at", "am", "de", "del", "le", "el",
                                                   "a.m.", "pm", "p.m."})) {
    return kDateWord;
  }
  if (w.find(':') != std::string_view::npos) return kDateWord;
  std::string_view digits = w;
  if (digits.size() > 1 && digits.back() == '.') digits.remove_suffix(1);
  for (const std::string_view suffix : kOrdinalSuffixes) {
    if (digits.size() > 2 && digits.ends_with(suffix)) digits.remove_suffix(2);
  }
  if (!AllDigits(digits)) return 0;
  if (digits.size() == 4) return kDateWord | kFourDigits;
  // "2." may be a month's number set apart from its day ("4. 2. 2022").
  if (w.size() == digits.size() + 1 && w.back() == '.' && digits.size() <= 2 &&
      (digits.size() == 1 ? digits[0] != '0'
                          : digits[0] == '0' || (digits[0] == '1' && digits[1] <= '2'))) {
    return kDateWord | kMonthName;
  }
  return kDateWord;
}

}  // namespace

// Most runs of text with a digit in them ("3 Kommentare", "Seite 2") have no such year, and
// FindDate passes them over without splitting them into words.
bool MayHoldDate(std::string_view text) {
  const auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!digit(i)) {
      run = 0;
      continue;
    }
    if (++run == 4) return true;
    if (run == 2 && i + 6 < text.size() && text[i + 1] == '.' && digit(i + 2) && digit(i + 3) &&
        text[i + 4] == '.' && digit(i + 5) && digit(i + 6)) {
      return true;
    }
  }
  return false;
}

bool IsIsoDate(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  if (!AllDigits(iso.substr(0, 4)) || !AllDigits(iso.substr(5, 2)) ||
      !AllDigits(iso.substr(8, 2))) {
    return false;
  }
  return ValidDate(DigitsValue(iso.substr(0, 4)), DigitsValue(iso.substr(5, 2)),
                   DigitsValue(iso.substr(8, 2)));
}

std::string PublicationTime(std::string_view given) {
  if (given.size() < 10 || !IsIsoDate(given.substr(0, 10))) return "";
  std::string out(given);
  if (given.size() == 10) return out;
  // Two digits at |at| no greater than |max|.
  auto two = [&](size_t at, int max) {
    return at + 2 <= given.size() && AllDigits(given.substr(at, 2)) &&
           DigitsValue(given.substr(at, 2)) <= max;
  };
  if ((given[10] != 'T' && given[10] != ' ') || !two(11, 23) || given.size() < 16 ||
      given[13] != ':' || !two(14, 59)) {
    return "";
  }
  out[10] = 'T';
  size_t at = 16;
  if (at < given.size() && given[at] == ':') {
    if (!two(at + 1, 60)) return "";  // 60: a leap second
    at += 3;
    if (at < given.size() && (given[at] == '.' || given[at] == ',')) {
      const size_t digits = at + 1;
      for (at = digits; at < given.size() && std::isdigit(static_cast<unsigned char>(given[at]));) {
        ++at;
      }
      if (at == digits) return "";
    }
  }
  if (at == given.size()) return out;
  if (given[at] == 'Z' && at + 1 == given.size()) return out;
  if (given[at] != '+' && given[at] != '-') return "";
  // +HH:MM or +HHMM, up to 14 hours (Kiribati).
  const std::string_view zone = given.substr(at + 1);
  const bool colon = zone.size() == 5 && zone[2] == ':';
  if (!(colon || zone.size() == 4) || !two(at + 1, 14) || !two(at + (colon ? 4 : 3), 59)) {
    return "";
  }
  return out;
}

std::string ParseDateLine(std::string_view line) {
  constexpr size_t kLongestLine = 80;
  if (line.size() > kLongestLine) return "";
  // A word and the gap after it take two bytes at least.
  std::array<std::string_view, (kLongestLine + 1) / 2> words;
  size_t n = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() &&
           (line[i] == ' ' || line[i] == ',' || line[i] == '\t' || line[i] == '|'))
      ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != ',' && line[i] != '\t' && line[i] != '|')
      ++i;
    if (i > start) words[n++] = line.substr(start, i - start);
  }
  int year = 0, month = 0, day = 0, hour = -1, minute = 0;
  bool day_dotted = false;  // the day was written "4."
  for (const std::string_view w : std::span(words).first(n)) {
    if (IsIsoDate(w.substr(0, 10)) && (w.size() == 10 || w[10] == 'T')) {
      if (year) return "";
      year = DigitsValue(w.substr(0, 4));
      month = DigitsValue(w.substr(5, 2));
      day = DigitsValue(w.substr(8, 2));
      if (w.size() > 10) return Format(year, month, day) + std::string(w.substr(10));
      continue;
    }
    if (int y = 0, m = 0, d = 0; NumericDate(w, &y, &m, &d)) {
      if (year) return "";
      year = y, month = m, day = d;
      continue;
    }
    if (const int m = MonthNumber(w); m && !month) {
      month = m;
      continue;
    }
    if (IsWeekday(w)) continue;
    const std::string lw = LowerAscii(w);
    // "May 14, 2024 at 2:05 pm"; German "am 14. Mai 2024 um 10:15 Uhr".
    if (lw == "um" || lw == "uhr" || lw == "at" || (lw == "am" && hour < 0)) continue;
    // "3 de mayo de 2022", "le 30 septembre 2018".
    if (lw == "de" || lw == "del" || lw == "le" || lw == "el") continue;
    if (lw == "am" || lw == "a.m." || lw == "pm" || lw == "p.m.") {
      if (hour > 12) return "";
      if (lw[0] == 'p' && hour < 12) hour += 12;
      if (lw[0] == 'a' && hour == 12) hour = 0;
      continue;
    }
    if (const size_t colon = w.find(':'); colon != std::string_view::npos && hour < 0) {
      if (!AllDigits(w.substr(0, colon)) || colon > 2 || w.size() - colon - 1 != 2 ||
          !AllDigits(w.substr(colon + 1))) {
        return "";
      }
      hour = DigitsValue(w.substr(0, colon));
      minute = DigitsValue(w.substr(colon + 1));
      if (hour > 23 || minute > 59) return "";
      continue;
    }
    std::string_view digits = w;
    if (digits.size() > 1 && digits.back() == '.') digits.remove_suffix(1);  // "14. Mai"
    for (const std::string_view suffix : kOrdinalSuffixes) {
      if (digits.size() > 2 && digits.ends_with(suffix)) digits.remove_suffix(2);
    }
    if (!AllDigits(digits)) return "";
    if (digits.size() == 4 && !year) {
      year = DigitsValue(digits);
    } else if (digits.size() <= 2 && !day) {
      day = DigitsValue(digits);
      day_dotted = w.back() == '.';
    } else if (digits.size() <= 2 && day_dotted && !month && w.back() == '.') {
      // "4. 2. 2022": day and month each with its dot, set apart by (thin) spaces.
      month = DigitsValue(digits);
    } else {
      return "";
    }
  }
  if (!ValidDate(year, month, day)) return "";
  std::string iso = Format(year, month, day);
  if (hour >= 0) {
    iso += 'T';
    AppendDigits(hour, 2, &iso);
    iso += ':';
    AppendDigits(minute, 2, &iso);
  }
  return iso;
}

std::string FindDate(std::string_view text) {
  if (text.size() > kMaxDateSearch) text = text.substr(0, kMaxDateSearch);
  if (!MayHoldDate(text)) return "";
  // Words with the punctuation around them trimmed; a dot stays, since "14." and "Mai." use it.
  // Words and the gaps between them take a byte each at least, so the arrays hold them all. A
  // word is kept as its offset and size: arrays of bytes are left as they are until written, an
  // array of views was cleared on every call.
  constexpr size_t kMostWords = (kMaxDateSearch + 1) / 2;
  static_assert(kMaxDateSearch <= 255, "offsets in the text fit a byte");
  std::array<uint8_t, kMostWords> word_start, word_size;
  const auto word_at = [&](size_t w) { return text.substr(word_start[w], word_size[w]); };
  size_t n = 0;
  size_t i = 0;
  const auto is_gap = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '|' || c == '(' ||
           c == ')' || c == '[' || c == ']' || c == ';' || c == '"' || c == '/';
  };
  while (i < text.size()) {
    while (i < text.size() && is_gap(text[i])) ++i;
    const size_t start = i;
    // A slash separates words ("News / 14.05.2024") but not the parts of "2024/05/14".
    while (i < text.size() &&
           (!is_gap(text[i]) || (text[i] == '/' && i > start && i + 1 < text.size() &&
                                 std::isdigit(static_cast<unsigned char>(text[i + 1]))))) {
      ++i;
    }
    std::string_view word = text.substr(start, i - start);
    while (!word.empty() && (word.back() == ':' || word.back() == '-')) word.remove_suffix(1);
    if (!word.empty()) {
      word_start[n] = static_cast<uint8_t>(start);
      word_size[n++] = static_cast<uint8_t>(word.size());
    }
  }
  // "Tuesday 7 March 2023 2:05 pm", "Jueves 28 de abril de 2022 5:03 pm".
  constexpr size_t kMaxWords = 8;
  // A date line has a year and a month: from one whole date, or from a month's name and four
  // digits. Most runs of words have neither and are skipped without building them. Counts of
  // the first k words: whole[k] whole dates, months[k] month names, years[k] four-digit words.
  std::array<uint8_t, kMostWords + 1> whole, months, years;
  whole[0] = months[0] = years[0] = 0;
  // date_words[k]: how many of the words from k on, in a row, ParseDateLine may accept.
  std::array<uint8_t, kMostWords + 1> date_words;
  std::array<uint8_t, kMostWords> parts;
  for (size_t w = 0; w < n; ++w) {
    parts[w] = DateWordParts(word_at(w));
    whole[w + 1] = whole[w] + ((parts[w] & kWholeDate) ? 1 : 0);
    months[w + 1] = months[w] + ((parts[w] & kMonthName) ? 1 : 0);
    years[w + 1] = years[w] + ((parts[w] & kFourDigits) ? 1 : 0);
  }
  date_words[n] = 0;
  for (size_t w = n; w-- > 0;) {
    date_words[w] = (parts[w] & kDateWord) ? date_words[w + 1] + 1 : 0;
  }
  std::array<char, kMaxDateSearch> window;  // the words one space apart are no longer than text
  for (size_t start = 0; start < n; ++start) {
    const size_t most = std::min<size_t>(kMaxWords, date_words[start]);
    for (size_t count = most; count > 0; --count) {
      const size_t end = start + count;
      // Shorter runs lack what this one lacks.
      if (whole[end] == whole[start] &&
          (months[end] == months[start] || years[end] == years[start])) {
        break;
      }
      size_t size = 0;
      for (size_t w = start; w < end; ++w) {
        if (size > 0) window[size++] = ' ';
        std::memcpy(window.data() + size, text.data() + word_start[w], word_size[w]);
        size += word_size[w];
      }
      std::string date = ParseDateLine(std::string_view(window.data(), size));
      if (!date.empty()) return date;
    }
  }
  return "";
}

}  // namespace sitrep
